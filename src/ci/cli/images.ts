// Many images per call (`signet sign|verify|attest IMAGE… --images-from FILE`): the image list read once,
// how many run at once (sized from the machine, not a fixed 8: on 2 cores 8 in flight is slower than
// 1), and the fan-out that runs every image to its own result, so one failure neither hides nor stops
// the others and the command still fails closed.
import { availableParallelism } from 'node:os';
import { describeError, SignetError } from '../../errors.ts';
import { formatReference, parseReference, type ImageRef } from '../../registry/index.ts';
import { toTerminalLine } from '../common/sanitize.ts';
import type { Host } from '../common/host.ts';
import { str, UsageError, type FlagValues } from '../common/values.ts';
import { countFlag } from './args.ts';

/** The largest --images-from file read (about 4,000 references of 256 characters). */
export const MAX_IMAGES_FILE_BYTES = 1024 * 1024;
/** The most images one call takes. */
export const MAX_IMAGES = 10_000;

/**
 * Operations in flight by default, from the CPUs Node may use. Verifications are mostly CPU (signature
 * and certificate checks): one per CPU, at least 2 (a registry round trip overlaps another image's
 * checks), at most 16. Writes (sign, attest) mostly wait on the registry (uploads, the read-back after
 * a tag update): four per CPU, at most 32.
 */
export function defaultConcurrency(
  work: 'verify' | 'write' = 'verify',
  cpus: number = availableParallelism(),
): number {
  return work === 'write' ? Math.min(32, Math.max(4, 4 * cpus)) : Math.min(16, Math.max(2, cpus));
}

/**
 * Parses an --images-from file: one image reference per line; `#` starts a comment (a reference never
 * holds one), blank lines are ignored. A bad line is a usage error naming the file and the line.
 */
export function parseImagesFile(text: string, path: string): ImageRef[] {
  const images: ImageRef[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    if (/\s/.test(line)) {
      throw new UsageError(
        `--images-from ${path} line ${i + 1}: one image reference per line, got ${JSON.stringify(line)}`,
      );
    }
    try {
      images.push(parseReference(line));
    } catch (err) {
      throw new UsageError(`--images-from ${path} line ${i + 1}: ${(err as Error).message}`);
    }
    if (images.length > MAX_IMAGES) {
      throw new UsageError(`--images-from ${path}: more than ${MAX_IMAGES} images; split the list`);
    }
  }
  return images;
}

/** The IMAGE arguments, then the images of --images-from; at least one, duplicates kept once. */
export async function imagesArgument(
  positionals: string[],
  flags: FlagValues,
  host: Host,
  command: string,
): Promise<ImageRef[]> {
  const images = positionals.map((p) => parseReference(p));
  const file = str(flags, 'images-from');
  if (file !== undefined) {
    let bytes: Buffer;
    try {
      bytes = await host.readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(`--images-from ${file} cannot be read${code ? ` (${code})` : ''}: check the path`);
    }
    if (bytes.length > MAX_IMAGES_FILE_BYTES) {
      throw new UsageError(
        `--images-from ${file} is ${bytes.length} bytes, more than ${MAX_IMAGES_FILE_BYTES}: split the list`,
      );
    }
    images.push(...parseImagesFile(bytes.toString('utf8'), file));
  }
  if (images.length === 0) {
    throw new UsageError(`signet ${command} takes an IMAGE (or --images-from FILE), got none`);
  }
  if (images.length > MAX_IMAGES)
    throw new UsageError(`signet ${command} takes at most ${MAX_IMAGES} images`);
  const seen = new Set<string>();
  return images.filter((i) => {
    const key = JSON.stringify([i.registry, i.repository, i.tag, i.digest]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `--concurrency`, else the machine's default for this kind of work. */
export function concurrencyFlag(flags: FlagValues, work: 'verify' | 'write'): number {
  return countFlag(flags, 'concurrency', 256) ?? defaultConcurrency(work);
}

/** One image's outcome: its result, or the error that ended it. */
export type ImageOutcome<R> = { image: ImageRef; result: R } | { image: ImageRef; error: unknown };

/**
 * Runs `fn` for every image, at most `limit` at once, and returns each image's outcome in the order
 * given. Unlike mapLimit, a failed image does not stop the others: each gets its own result.
 */
export async function forEachImage<R>(
  images: readonly ImageRef[],
  limit: number,
  fn: (image: ImageRef) => Promise<R>,
): Promise<ImageOutcome<R>[]> {
  const out = new Array<ImageOutcome<R>>(images.length);
  let next = 0;
  const worker = async () => {
    while (next < images.length) {
      const i = next++;
      const image = images[i]!;
      try {
        out[i] = { image, result: await fn(image) };
      } catch (error) {
        out[i] = { image, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, images.length) }, worker));
  return out;
}

/**
 * After a run over many images: one line per image that failed (with its code), a count, and the exit
 * code: 0 only when every image succeeded.
 */
export function reportFailures(
  command: string,
  outcomes: ({ image: ImageRef; result: unknown } | { image: ImageRef; error: unknown })[],
  host: Host,
  done: string,
  succeeded: (result: unknown) => boolean = () => true,
): number {
  let failed = 0;
  for (const o of outcomes) {
    if ('error' in o) {
      failed++;
      const e = o.error;
      const message =
        e instanceof SignetError ? `${e.message} [${e.code}]` : e instanceof Error ? e.message : String(e);
      host.stderr(`signet ${command}: ${formatReference(o.image)}: ${toTerminalLine(message)}\n`);
      if (host.env.SIGNET_DEBUG && e instanceof Error && e.cause)
        host.stderr(`  caused by: ${describeError(e.cause)}\n`);
    } else if (!succeeded(o.result)) failed++;
  }
  host.stderr(`${done} ${outcomes.length - failed} of ${outcomes.length} images\n`);
  return failed === 0 ? 0 : 1;
}
