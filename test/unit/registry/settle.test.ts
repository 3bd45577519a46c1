// SettleBatch: the read-backs of a run's race-safe tag writes, waited for once.
import { SettleBatch } from '../../../src/registry/index.ts';

function fakeClock() {
  const c = {
    t: 1000,
    sleeps: [] as number[],
    now: () => c.t,
    sleep: async (ms: number) => {
      c.sleeps.push(ms);
      c.t += ms;
    },
  };
  return c;
}

describe('SettleBatch', () => {
  it('waits once, until the latest read-back is due, then runs every read-back', async () => {
    const clock = fakeClock();
    const batch = new SettleBatch(clock);
    const ran: string[] = [];
    batch.defer(1100, async () => void ran.push(`a@${clock.t}`));
    batch.defer(1250, async () => void ran.push(`b@${clock.t}`));
    batch.defer(1050, async () => void ran.push(`c@${clock.t}`));
    await batch.settle();
    expect(clock.sleeps).toEqual([250]);
    expect(ran.sort()).toEqual(['a@1250', 'b@1250', 'c@1250']);
  });

  it('does not wait when every read-back is due already, nor when nothing was deferred', async () => {
    const clock = fakeClock();
    const batch = new SettleBatch(clock);
    await batch.settle();
    batch.defer(900, async () => {});
    await batch.settle();
    expect(clock.sleeps).toEqual([]);
  });

  it('waits again for read-backs that wrote again and deferred themselves', async () => {
    const clock = fakeClock();
    const batch = new SettleBatch(clock);
    let checks = 0;
    const check = async () => {
      checks++;
      if (checks < 3) batch.defer(clock.now() + 100, check);
    };
    batch.defer(1100, check);
    await batch.settle();
    expect(checks).toBe(3);
    expect(clock.sleeps).toEqual([100, 100, 100]);
  });

  it('throws the first failure after every read-back of the round ran, and is empty after', async () => {
    const clock = fakeClock();
    const batch = new SettleBatch(clock);
    let other = false;
    batch.defer(1010, async () => {
      throw new Error('lost the race');
    });
    batch.defer(1010, async () => {
      other = true;
    });
    await expect(batch.settle()).rejects.toThrow('lost the race');
    expect(other).toBe(true);
    await expect(batch.settle()).resolves.toBeUndefined();
  });
});
