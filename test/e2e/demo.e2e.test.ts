// The README's quick start runs `npm run demo`: keep it true. Runs the demo script as a process.
import { fileURLToPath } from 'node:url';
import { run } from '../support/run.ts';

it('npm run demo builds, pushes, signs with signet and verifies with signet and cosign', async () => {
  const script = fileURLToPath(new URL('../bed/smoke.ts', import.meta.url));
  const r = await run([process.execPath, script], { timeoutMs: 170_000 });
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/signet verify: verified .*: 2 of 2 signatures passed/);
  expect(r.stdout).toContain('cosign verify accepts both the bundle referrer and the legacy .sig');
  expect(r.stdout).toMatch(/demo passed in [\d.]+ s/);
  expect(r.code).toBe(0);
});
