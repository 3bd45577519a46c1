// The README's quick start runs `npm run demo`: keep it true. Runs the demo script as a process.
import { fileURLToPath } from 'node:url';
import { run } from '../support/run.ts';

it('a newcomer without cosign still gets the whole pipeline verified by signet, and is told how to add cosign', async () => {
  const script = fileURLToPath(new URL('../bed/smoke.ts', import.meta.url));
  const r = await run([process.execPath, script], {
    timeoutMs: 170_000,
    env: { ...process.env, SIGNET_DEMO_WITHOUT_COSIGN: '1' },
  });
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(
    /^ +verification +✅ verified: 2 signature\(s\) read back from the registry; expected https:\/\/github.com\//m,
  );
  expect(r.stdout).toContain(
    'cosign is not installed, so the cross-check with cosign did not run: `npm run tools` builds it',
  );
  expect(r.stdout).not.toContain('cosign verify accepts');
  expect(r.stdout).toMatch(/demo passed in [\d.]+ s/);
  expect(r.code).toBe(0);
});

it('npm run demo runs the whole pipeline with signet run, and cosign accepts the result', async () => {
  const script = fileURLToPath(new URL('../bed/smoke.ts', import.meta.url));
  const r = await run([process.execPath, script], { timeoutMs: 170_000 });
  expect(r.stderr).toBe('');
  for (const stage of ['build', 'sign', 'sbom', 'verify', 'admission'])
    expect(r.stdout).toMatch(new RegExp(`^ +signet ${stage}: `, 'm'));
  expect(r.stdout).toMatch(/^ +signatures +2 \(legacy \+ bundle; 2 new\), Rekor \d+ \d+$/m);
  expect(r.stdout).toMatch(
    /^ +SBOM attestations +linux\/amd64: cyclonedx-json from generate, 1 components$/m,
  );
  expect(r.stdout).toMatch(
    /^ +verification +✅ verified: 2 signature\(s\) read back from the registry; expected https:\/\/github.com\//m,
  );
  // signet run read the SBOM attestation back in both formats too, as cosign verify-attestation does.
  expect(r.stdout).toMatch(
    /^ +attestations +✅ verified: https:\/\/cyclonedx\.org\/bom \(bundle \+ legacy\)$/m,
  );
  expect(r.stdout).toContain(
    'cosign verify accepts both the bundle referrer and the legacy .sig, and verify-attestation the SBOM',
  );
  expect(r.stdout).toMatch(/^ {2}\S+cosign verify --allow-http-registry .*@sha256:[0-9a-f]{64}$/m);
  expect(r.stdout).not.toContain('no SLSA provenance');
  expect(r.stdout).toMatch(/demo passed in [\d.]+ s/);
  expect(r.code).toBe(0);
});
