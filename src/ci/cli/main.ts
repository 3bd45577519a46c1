#!/usr/bin/env node
// Entry point of the `signet` binary (bundled as dist/cli/index.js). V8's compile cache is switched on
// before the bundle proper loads (beside the bundle when writable: see compile-cache.ts), and each
// command loads only its own modules.
import { enableBundleCompileCache } from '../compile-cache.ts';

enableBundleCompileCache(process.argv[1]);
// Dependencies' deprecation notices (punycode from a URL library) are not the user's to act on, and
// would break the promise of one-line errors on stderr.
process.noDeprecation = true;
const { processHost } = await import('../common/host.ts');
const { runCli } = await import('./run-cli.ts');
process.exitCode = await runCli(process.argv.slice(2), processHost());
