// What every comparison in bench/ measures: a whole process started from its command line, with its
// wall time, its CPU time (user + sys of the child and every descendant it waited for, from wait4's
// rusage as GNU time reports it) and its peak RSS (the largest resident set of the process or of any
// descendant). Both tools of a comparison go through the same function, interleaved run by run and
// alternating who goes first, and the summary is medians and the median of the per-pair ratios.
// (In bench/lib/, not bench/: `npm run bench` runs every .ts file of bench/ as a bench.)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** GNU time (Debian's `time` package), which reports a child's rusage. */
export const GNU_TIME = '/usr/bin/time';

/** One process run. */
export interface Measured {
  code: number | null;
  wallMs: number;
  /** user + sys CPU of the process and the descendants it waited for. */
  cpuMs: number;
  /** Peak resident set, MiB (ru_maxrss: the largest of the process and its waited-for descendants). */
  peakRssMiB: number;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Written to the child's stdin. */
  input?: string;
  /** Throw with the stderr when the process fails (default true). */
  check?: boolean;
}

/** Runs `argv` as a whole process under GNU time (argv only, no shell). */
export async function measure(argv: readonly string[], opts: MeasureOptions = {}): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'signet-bench-time-'));
  const report = join(dir, 'rusage');
  try {
    const t0 = performance.now();
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(GNU_TIME, ['-f', '%U %S %M', '-o', report, '--', ...argv], {
          env: { ...process.env, ...opts.env } as NodeJS.ProcessEnv,
          ...(opts.cwd ? { cwd: opts.cwd } : {}),
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (d: Buffer) => out.push(d));
        child.stderr.on('data', (d: Buffer) => err.push(d));
        child.on('error', reject);
        child.on('close', (code) =>
          resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
        );
        child.stdin.end(opts.input ?? '');
      },
    );
    const wallMs = performance.now() - t0;
    // GNU time writes "Command exited with non-zero status N" first when the child fails.
    const last = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
    const [user, sys, maxKiB] = last.split(' ').map(Number);
    if (![user, sys, maxKiB].every((n) => Number.isFinite(n)))
      throw new Error(`${GNU_TIME} reported no rusage for ${argv[0]}: ${last}`);
    const m: Measured = {
      ...r,
      wallMs,
      cpuMs: (user! + sys!) * 1000,
      peakRssMiB: maxKiB! / 1024,
    };
    if ((opts.check ?? true) && r.code !== 0)
      throw new Error(`${argv.slice(0, 3).join(' ')} … exited ${r.code}:\n${r.stderr.slice(-2000)}`);
    return m;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Several processes run one after another as one job (a chain of commands): summed, peak of peaks. */
export function sumOf(parts: readonly Measured[]): Measured {
  return {
    code: parts.find((p) => p.code !== 0)?.code ?? 0,
    wallMs: parts.reduce((n, p) => n + p.wallMs, 0),
    cpuMs: parts.reduce((n, p) => n + p.cpuMs, 0),
    peakRssMiB: Math.max(0, ...parts.map((p) => p.peakRssMiB)),
    stdout: parts.map((p) => p.stdout).join(''),
    stderr: parts.map((p) => p.stderr).join(''),
  };
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The medians of one side and the median per-pair ratios signet/other. */
export interface Compared {
  name: string;
  runs: number;
  signet: { wallMs: number; cpuMs: number; peakRssMiB: number };
  other: { wallMs: number; cpuMs: number; peakRssMiB: number };
  ratio: { wall: number; cpu: number; rss: number };
}

/**
 * Runs `signet` and `other` `runs` times, interleaved and alternating who goes first (machine noise
 * hits both alike); `prepare` runs before each pair (e.g. a fresh image for both to sign).
 */
export async function compare<C>(
  name: string,
  runs: number,
  sides: {
    prepare?: (run: number) => Promise<C>;
    signet: (ctx: C) => Promise<Measured>;
    other: (ctx: C) => Promise<Measured>;
  },
): Promise<Compared> {
  const s: Measured[] = [];
  const o: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    const ctx = (await sides.prepare?.(i)) as C;
    if (i % 2 === 0) {
      s.push(await sides.signet(ctx));
      o.push(await sides.other(ctx));
    } else {
      o.push(await sides.other(ctx));
      s.push(await sides.signet(ctx));
    }
  }
  const side = (xs: Measured[]) => ({
    wallMs: median(xs.map((x) => x.wallMs)),
    cpuMs: median(xs.map((x) => x.cpuMs)),
    peakRssMiB: median(xs.map((x) => x.peakRssMiB)),
  });
  const ratio = (k: 'wallMs' | 'cpuMs' | 'peakRssMiB') => median(s.map((x, i) => x[k] / o[i]![k]));
  return {
    name,
    runs,
    signet: side(s),
    other: side(o),
    ratio: { wall: ratio('wallMs'), cpu: ratio('cpuMs'), rss: ratio('peakRssMiB') },
  };
}

/** A Markdown table of comparisons: medians of each side and the ratios. */
export function table(rows: readonly Compared[], otherName: string): string {
  const f = (n: number, d = 0) => n.toFixed(d);
  const lines = [
    `| operation | runs | signet wall ms | ${otherName} wall ms | wall ratio | signet CPU ms | ${otherName} CPU ms | CPU ratio | signet peak RSS MiB | ${otherName} peak RSS MiB |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${r.runs} | ${f(r.signet.wallMs)} | ${f(r.other.wallMs)} | ${f(r.ratio.wall, 2)} | ${f(r.signet.cpuMs)} | ${f(r.other.cpuMs)} | ${f(r.ratio.cpu, 2)} | ${f(r.signet.peakRssMiB)} | ${f(r.other.peakRssMiB)} |`,
    );
  return lines.join('\n');
}

/** Where a process's wall time goes, by the lines it prints to stderr: each line with its time since start. */
export async function timeline(
  argv: readonly string[],
  opts: MeasureOptions = {},
): Promise<{ ms: number; line: string }[]> {
  const t0 = performance.now();
  const lines: { ms: number; line: string }[] = [];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      env: { ...process.env, ...opts.env } as NodeJS.ProcessEnv,
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let rest = '';
    child.stderr.on('data', (d: Buffer) => {
      const parts = (rest + d.toString()).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) lines.push({ ms: performance.now() - t0, line });
    });
    child.on('error', reject);
    child.on('close', () => {
      lines.push({ ms: performance.now() - t0, line: '(exit)' });
      resolve();
    });
  });
  return lines;
}
