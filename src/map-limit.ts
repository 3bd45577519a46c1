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
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
