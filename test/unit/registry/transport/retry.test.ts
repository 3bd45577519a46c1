import { RegistryError } from '../../../../src/registry/errors.ts';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  withRetry,
} from '../../../../src/registry/transport/retry.ts';

const temporary = (retryAfterMs?: number) =>
  new RegistryError('REGISTRY_UNAVAILABLE', 'GET x: 503 service unavailable', {
    temporary: true,
    retryAfterMs,
  });

function fakeDeps() {
  const slept: number[] = [];
  return {
    slept,
    deps: {
      sleep: async (ms: number) => void slept.push(ms),
      random: () => 0.5,
      now: () => Date.parse('2025-01-01T00:00:00Z'),
    },
  };
}

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each([
    ['3', 3000],
    ['0', 0],
    ['Wed, 01 Jan 2025 00:00:05 GMT', 5000],
    ['Tue, 31 Dec 2024 00:00:00 GMT', 0],
    ['soon', undefined],
    [undefined, undefined],
    ['', undefined],
  ])('reads %j as %j ms', (v, want) => {
    expect(parseRetryAfter(v, now)).toBe(want);
  });
});

describe('backoffDelay', () => {
  it('doubles up to the cap, jittered between half and all of it', () => {
    const p = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(1, p, 0)).toBe(50);
    expect(backoffDelay(1, p, 1)).toBe(100);
    expect(backoffDelay(3, p, 1)).toBe(400);
    expect(backoffDelay(10, p, 1)).toBe(1000);
  });
  it('uses Retry-After when given', () => {
    expect(backoffDelay(1, DEFAULT_RETRY_POLICY, 0.5, 7000)).toBe(7000);
  });
});

describe('withRetry', () => {
  it('retries temporary failures and returns the first success', async () => {
    const { slept, deps } = fakeDeps();
    let n = 0;
    const out = await withRetry(
      async () => (++n < 3 ? Promise.reject(temporary()) : 'ok'),
      DEFAULT_RETRY_POLICY,
      deps,
    );
    expect(out).toBe('ok');
    expect(slept).toEqual([150, 300]);
  });
  it('honours Retry-After', async () => {
    const { slept, deps } = fakeDeps();
    let n = 0;
    await withRetry(
      async () => (++n < 2 ? Promise.reject(temporary(2000)) : 'ok'),
      DEFAULT_RETRY_POLICY,
      deps,
    );
    expect(slept).toEqual([2000]);
  });
  it('gives up now when Retry-After is longer than allowed', async () => {
    const { slept, deps } = fakeDeps();
    await expect(
      withRetry(() => Promise.reject(temporary(3_600_000)), DEFAULT_RETRY_POLICY, deps),
    ).rejects.toThrow('503');
    expect(slept).toEqual([]);
  });
  it('does not retry permanent failures', async () => {
    const { deps } = fakeDeps();
    let n = 0;
    const err = new RegistryError('REGISTRY_DENIED', 'denied');
    await expect(withRetry(() => (n++, Promise.reject(err)), DEFAULT_RETRY_POLICY, deps)).rejects.toBe(err);
    expect(n).toBe(1);
  });
  it('stops after maxAttempts and throws the last error', async () => {
    const { deps } = fakeDeps();
    let n = 0;
    await expect(
      withRetry(() => (n++, Promise.reject(temporary())), { ...DEFAULT_RETRY_POLICY, maxAttempts: 3 }, deps),
    ).rejects.toThrow('503');
    expect(n).toBe(3);
  });
});
