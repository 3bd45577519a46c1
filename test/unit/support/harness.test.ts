// The test harness itself: a skipped check never passes in CI, and a command that outlives its timeout
// is stopped even when it ignores SIGTERM.
import { runVerdict } from '../../support/summary-reporter.js';
import { run } from '../../support/run.ts';

describe('runVerdict', () => {
  const counts = { passed: 10, failed: 0, skipped: 0, total: 10 };

  it('passes a run with no skips', () => {
    expect(runVerdict(counts, {})).toBeUndefined();
  });

  it('fails a run with skips, unless a developer allows them outside CI', () => {
    const skipped = { ...counts, skipped: 1, total: 11 };
    expect(runVerdict(skipped, {})).toMatch(/1 test\(s\) skipped; skipped checks are failures/);
    expect(runVerdict(skipped, { SIGNET_ALLOW_SKIPS: '1' })).toBeUndefined();
  });

  it('ignores SIGNET_ALLOW_SKIPS under CI=true', () => {
    const skipped = { ...counts, skipped: 2, total: 12 };
    for (const CI of ['true', '1'])
      expect(runVerdict(skipped, { CI, SIGNET_ALLOW_SKIPS: '1' })).toMatch(
        /2 test\(s\) skipped; .*CI=true: SIGNET_ALLOW_SKIPS has no effect/,
      );
  });

  it('fails a run in which no test ran', () => {
    expect(runVerdict({ passed: 0, failed: 0, skipped: 0, total: 0 }, {})).toBe('no test ran');
  });
});

describe('run (test/support)', () => {
  it('stops a command that ignores SIGTERM with SIGKILL after the grace period', async () => {
    const stubborn = `process.on('SIGTERM', () => console.log('TERM ignored')); console.log('ready'); setInterval(() => {}, 1000);`;
    const r = await run([process.execPath, '-e', stubborn], { timeoutMs: 2_000, killGraceMs: 300 });
    expect(r).toMatchObject({ code: null, timedOut: true, stdout: 'ready\nTERM ignored\n' });
  });

  it('says nothing of a timeout when the command ends in time', async () => {
    const r = await run(['true'], { timeoutMs: 5_000 });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
