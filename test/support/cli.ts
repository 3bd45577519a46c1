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

/** The CLI's entry point in src/, run by Node 24 directly (type stripping): no build needed. */
export const SIGNET_SOURCE = fileURLToPath(new URL('../../src/ci/cli/main.ts', import.meta.url));

/**
 * Runs `signet …args` from src/ with exactly `env` (nothing inherited but what is passed: the caller
 * decides what a run may see), no stdin and CI set.
 */
export function signetFromSource(
  args: string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  const env: Record<string, string | undefined> = {};
  for (const name of Object.keys(process.env)) env[name] = undefined;
  return run([process.execPath, SIGNET_SOURCE, ...args], {
    ...opts,
    env: { ...env, PATH: process.env.PATH, CI: 'true', ...opts.env },
  });
}
