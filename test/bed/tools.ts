// Locates the pinned tools that `npm run tools` (.ci/install-tools.sh) builds into .cache/tools/bin,
// falling back to PATH. Tests call these instead of relying on whatever `cosign` the machine has.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in `<repo>/test/bed`). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where `npm run tools` puts the pinned cosign and crane. */
export const TOOLS_BIN = join(REPO_ROOT, '.cache', 'tools', 'bin');

/** Returns the path of executable `name` from `.cache/tools/bin`, else PATH; throws naming the fix if absent. */
export function toolPath(name: string): string {
  const dirs = [TOOLS_BIN, ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) {
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  throw new Error(`test bed: ${name} not found: run npm run tools`);
}

/** PATH with `.cache/tools/bin` first, for child processes that look tools up themselves. */
export function toolsPATH(): string {
  return [TOOLS_BIN, process.env.PATH ?? ''].filter(Boolean).join(delimiter);
}
