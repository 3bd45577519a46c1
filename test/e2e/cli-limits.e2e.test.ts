// `signet verify` as a binary against the hostile loopback STAND-IN (test/support/hostile-registry.ts,
// which injects behaviour no real registry shows): it fails closed with one line naming the exceeded
// cap and how to raise it, the cap can be raised with --limit or SIGNET_LIMITS, and a malformed cap is
// a usage error (exit 2).
import { fileURLToPath } from 'node:url';
import { signet } from '../support/cli.ts';
import { startHostileRegistry, type HostileRegistry } from '../support/hostile-registry.ts';

const pub = fileURLToPath(new URL('../fixtures/cosign-v3.1.3/cosign.pub', import.meta.url));
let reg: HostileRegistry;
let image: string;

beforeAll(async () => {
  reg = await startHostileRegistry({ referrers: { pages: 1000, perPage: 15_000 } });
  image = `${reg.host}/${reg.repository}@${reg.subject}`;
});
afterAll(async () => {
  await reg.stop();
});

const verify = (extra: string[], env: Record<string, string> = {}) =>
  signet(['verify', '--key', pub, '--insecure-ignore-tlog', ...extra, image], { env });

describe('signet verify against a registry serving 1,000 pages of 15,000 referrers', () => {
  it('exits 1 with REGISTRY_LIMIT_EXCEEDED on one line, after one referrers request', async () => {
    const before = reg.requests.length;
    const r = await verify([]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('15000 exceeds the referrers limit of 10000');
    expect(r.stderr).toContain('--limit referrers=N');
    expect(r.stderr).toContain('[REGISTRY_LIMIT_EXCEEDED]');
    const referrers = reg.requests.slice(before).filter((q) => q.path.includes('/referrers/'));
    expect(referrers).toHaveLength(1);
  });

  it('takes raised caps from --limit, then stops at the next one', async () => {
    const r = await verify(['--limit', 'referrers=20000,referrers-pages=3']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('30000 exceeds the referrers limit of 20000');
  });

  it('takes caps from SIGNET_LIMITS', async () => {
    const r = await verify([], { SIGNET_LIMITS: 'referrers=40000,referrers-pages=2' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('exceeds the referrers-pages limit of 2');
  });

  it('refuses a malformed cap as a usage error, before any request', async () => {
    const before = reg.requests.length;
    const r = await verify(['--limit', 'referrers=lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('limit "referrers=lots"');
    expect(reg.requests.length).toBe(before);
  });
});
