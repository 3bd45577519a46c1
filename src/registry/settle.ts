// The settle wait of race-safe tag updates, taken once per run instead of once per write.
//
// A registry that ignores If-Match (Distribution 2.8) gives no compare-and-swap, so a writer of a
// read-modify-write tag (cosign's `.sig`/`.att` images, the referrers fallback index) checks its write
// by reading the tag back once every writer whose read-modify-write overlapped its own has written:
// some time after the write, longer than a read-modify-write takes. Every write of a run can share
// that wait: each write defers its read-back to a SettleBatch with the earliest time it is
// meaningful, and the run settles the batch once, after its last write (the sign stage after its
// writes; `signet run` after sign and both attestations). A read-back that finds a layer missing
// merges it back and writes again, deferring a new read-back; settle() runs until none is left.
// Writes the registry made exact by compare-and-swap, and referrers the registry indexes itself,
// defer nothing.

/** What a SettleBatch needs of time. */
export interface SettleClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The read-backs a run owes, waited for once. */
export class SettleBatch {
  private readonly clock: SettleClock;
  private pending: { dueAt: number; check: () => Promise<void> }[] = [];

  constructor(clock: SettleClock) {
    this.clock = clock;
  }

  /** Runs `check` when the run settles, no earlier than `dueAt` (the clock's milliseconds). */
  defer(dueAt: number, check: () => Promise<void>): void {
    this.pending.push({ dueAt, check });
  }

  /**
   * Waits until the latest deferred read-back is due, then runs every one; those that had to write
   * again defer themselves again, and are waited for the same way. Throws the first failure, after
   * every read-back of the round ran.
   */
  async settle(): Promise<void> {
    while (this.pending.length > 0) {
      const round = this.pending.splice(0);
      const wait = Math.max(...round.map((p) => p.dueAt)) - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      const results = await Promise.allSettled(round.map((p) => p.check()));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) {
        this.pending = [];
        throw failed.reason;
      }
    }
  }
}
