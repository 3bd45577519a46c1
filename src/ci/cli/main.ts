#!/usr/bin/env node
// Entry point of the `signet` binary (bundled as dist/cli/index.js).
import { processHost } from './host.ts';
import { runCli } from './run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), processHost());
