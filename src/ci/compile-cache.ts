// V8's compile cache for the bundle, in a folder that survives where it can: beside the bundle (the
// Action's own checkout, which a self-hosted runner keeps between jobs, or a CLI install the user owns)
// when that folder is writable, else the temp dir (empty on a fresh hosted runner). NODE_COMPILE_CACHE,
// when set, wins: Node has then enabled the cache at start-up and this call changes nothing.
import { accessSync, constants, realpathSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The cache folder for the bundle at `entry`: `<its folder>/.node-compile-cache` when writable. */
export function compileCacheDir(entry: string, canWrite: (dir: string) => boolean = isWritable): string {
  const own = dirname(entry);
  // Sources run by Node directly (tests, development) keep the temp dir: nothing is written into src/.
  return !entry.endsWith('.ts') && canWrite(own)
    ? join(own, '.node-compile-cache')
    : join(tmpdir(), 'node-compile-cache');
}

function isWritable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Switches the compile cache on for the script node was started with (`process.argv[1]`, the bundle
 * itself: a bundler rewrites `import.meta.url` to the source file's); never fails the run.
 */
export function enableBundleCompileCache(script: string | undefined): void {
  try {
    enableCompileCache?.(script ? compileCacheDir(realpathSync(script)) : undefined);
  } catch {
    // A cache that cannot be written only costs start-up time.
  }
}
