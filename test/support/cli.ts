// Runs the built CLI (dist/cli/index.js) as a separate process on this Node, as users run `signet`.
import { fileURLToPath } from 'node:url';
import { run, type RunResult } from './run.ts';

/** Path of the bundled CLI. */
export const SIGNET_CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));

/** Runs `signet …args` with `env` over a minimal environment (no stdin, CI set). */
export function signet(
  args: string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string; input?: string } = {},
): Promise<RunResult> {
  return run([process.execPath, SIGNET_CLI, ...args], {
    ...opts,
    env: { CI: 'true', COSIGN_PASSWORD: undefined, SIGSTORE_ID_TOKEN: undefined, ...opts.env },
  });
}
