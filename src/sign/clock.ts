// Time as a dependency: the sign stage stamps referrers with `now` and waits between the rounds of a
// race-safe tag update; tests pass a fake to make both deterministic and fast.

/** What the sign stage needs of time and chance. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1), for jitter. */
  random(): number;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};
