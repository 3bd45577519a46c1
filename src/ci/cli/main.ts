#!/usr/bin/env node
// Entry point of the `signet` binary (bundled as dist/cli/index.js). V8's compile cache is switched on
// before the bundle proper loads: compiling its 2 MB of JavaScript is most of a cold start.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
// Dependencies' deprecation notices (punycode from a URL library) are not the user's to act on, and
// would break the promise of one-line errors on stderr.
process.noDeprecation = true;
const { processHost } = await import('../common/host.ts');
const { runCli } = await import('./run-cli.ts');
process.exitCode = await runCli(process.argv.slice(2), processHost());
