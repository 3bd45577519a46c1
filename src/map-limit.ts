// Bounded parallelism for the stages that fan out over registry reads (verify, attestations,
// pre-flight): one helper, so every fan-out keeps the same order and limit semantics.

/**
 * Runs `fn` over `items`, at most `limit` at a time, keeping the order of `items`. After one call
 * fails no further item is started (a failure such as an exceeded read budget ends the fan-out).
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  // A limit that is not a positive whole number (NaN from a bad flag) would start no worker at all and
  // return holes where results belong: refuse it, so no caller can mistake "nothing ran" for success.
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${String(limit)}`);
  }
  const out = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i] as T, i);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
