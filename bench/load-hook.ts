// Preloaded with `node --import ./bench/load-hook.ts …` by bench/load.ts: records every module the
// process loads (ES modules and CommonJS, through node:module's synchronous hooks) and, at exit, writes
// to $SIGNET_LOAD_REPORT one JSON line: how many modules, how many bytes of JavaScript source, the
// process's CPU time (user + system) and its wall time from Node's start, and the biggest packages.
import { registerHooks } from 'node:module';
import { appendFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const seen = new Map<string, number>();

function sizeOf(url: string, source: unknown): number {
  if (typeof source === 'string') return Buffer.byteLength(source);
  if (source instanceof Uint8Array) return source.byteLength;
  // CommonJS modules loaded by require() may come without source here: read the file's size.
  try {
    return url.startsWith('file:') ? statSync(fileURLToPath(url)).size : 0;
  } catch {
    return 0;
  }
}

registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    if (!url.startsWith('node:') && !seen.has(url)) seen.set(url, sizeOf(url, result.source));
    return result;
  },
});

/** The package a module belongs to (`@sigstore/sign`), or its folder in the repository. */
function packageOf(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  const src = /\/(src\/[^/]+|dist(?:\/cli)?\/[^/]+)/.exec(url);
  return src ? src[1]! : url;
}

const report = process.env.SIGNET_LOAD_REPORT;
if (report) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    const byPackage = new Map<string, number>();
    for (const [url, bytes] of seen)
      byPackage.set(packageOf(url), (byPackage.get(packageOf(url)) ?? 0) + bytes);
    const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12);
    appendFileSync(
      report,
      JSON.stringify({
        modules: seen.size,
        bytes: [...seen.values()].reduce((a, b) => a + b, 0),
        cpuMs: (cpu.user + cpu.system) / 1000,
        wallMs: performance.now(),
        top,
      }) + '\n',
    );
  });
}
