// Retries with exponential backoff and full jitter (AWS architecture blog, "Exponential Backoff And
// Jitter"), honouring Retry-After, for steps that are safe to repeat. Which failures are temporary is
// decided by RegistryError.temporary (429, 5xx, resets, timeouts); non-idempotent steps never come here.
import { isRegistryError } from '../errors.ts';

/** How hard to try. */
export interface RetryPolicy {
  /** Attempts in total, the first included (1 = no retry). */
  maxAttempts: number;
  /** Backoff before the second attempt; doubles each time. */
  baseDelayMs: number;
  /** Cap on one backoff delay. */
  maxDelayMs: number;
  /** Longest Retry-After honoured; a registry asking for longer makes the step fail now. */
  maxRetryAfterMs: number;
}

/** Defaults close to ggcr's (`remote/options.go`: 3 tries, 1 s ×3) but with jitter and more tries. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 60_000,
};

/** The clock and randomness a retry loop uses; tests pass fakes. */
export interface RetryDeps {
  sleep(ms: number): Promise<void>;
  random(): number;
  now(): number;
}

/** Parses `Retry-After`: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** The wait before attempt `attempt + 1` (attempt counts from 1): Retry-After, else jittered backoff. */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: number,
  retryAfterMs?: number,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  // "Equal jitter": never less than half the ceiling, so a storm of clients still spreads out.
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** True when `err` is worth another try. */
export function isTemporary(err: unknown): boolean {
  return isRegistryError(err) && err.temporary;
}

/**
 * Runs `step` until it succeeds, fails permanently, or attempts run out; the last error is thrown.
 * `onRetry` is told about each retry (for logs and counters).
 */
export async function withRetry<T>(
  step: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  deps: RetryDeps,
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step(attempt);
    } catch (err) {
      if (!isTemporary(err) || attempt >= policy.maxAttempts) throw err;
      const retryAfterMs = isRegistryError(err) ? err.retryAfterMs : undefined;
      if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) throw err;
      const delay = backoffDelay(attempt, policy, deps.random(), retryAfterMs);
      onRetry?.(err, attempt, delay);
      await deps.sleep(delay);
    }
  }
}
