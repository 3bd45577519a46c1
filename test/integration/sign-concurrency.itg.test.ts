// Concurrent signers of one digest on Distribution 2.8 (no referrers API, ignores If-Match): eight
// Signet signers, each with its own RegistryClient as eight CI jobs would have, keep all eight
// signatures in the legacy `.sig` image AND all eight bundle referrers in the fallback tag index; the
// real cosign accepts every one. For comparison, eight concurrent real cosign runs writing the legacy
// format: how many of their signatures survive is printed (cosign's read-modify-write has no guard).
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { toolPath } from '../bed/tools.ts';
import { run } from '../support/run.ts';
import { RegistryClient, formatReference, type Digest, type ImageRef } from '../../src/registry/index.ts';
import { signImage } from '../../src/sign/index.ts';
import { KeySigner } from '../../src/sign/key-signer.ts';
import { generateKeyPair } from '../../src/sign/keys/index.ts';
import { pushImage as pushTestImage } from '../support/push-image.ts';

const WRITERS = 8;
let bed: Bed;
let reg: BedRegistry;
let dir: string;
const clients: RegistryClient[] = [];
const timings: Record<string, number | number[]> = {};

beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous'] });
  reg = bed.registries.anonymous!;
  dir = mkdtempSync(join(tmpdir(), 'signet-sign-concurrency-'));
  mkdirSync(join(dir, 'home'));
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.close();
  await bed?.stop();
  console.log(`sign-concurrency timings: ${JSON.stringify(timings)}`);
});

const newClient = () => {
  const c = new RegistryClient({});
  clients.push(c);
  return c;
};

const pushImage = async (c: RegistryClient, repo: ImageRef, text: string) =>
  (await pushTestImage(c, repo, text, { tag: text.replace(/[^\w.-]/g, '-'), layer: false })).digest;

async function sigLayerCount(c: RegistryClient, repo: ImageRef, digest: Digest): Promise<number> {
  const m = await c.getManifest({ ...repo, tag: `${digest.replace(':', '-')}.sig` });
  return (JSON.parse(m.bytes.toString()) as { layers: unknown[] }).layers.length;
}

const cosignEnv = () => ({
  HOME: join(dir, 'home'),
  TUF_ROOT: join(dir, 'home', '.sigstore'),
  DOCKER_CONFIG: reg.dockerConfigDir,
  COSIGN_PASSWORD: '',
  NO_PROXY: '127.0.0.1,localhost',
});

describe(`${WRITERS} concurrent signers of one digest on Distribution 2.8`, () => {
  const repo = (): ImageRef => ({ registry: reg.host, repository: 'concurrency/app' });
  let keys: { privateKey: KeyObject; publicKey: KeyObject; pubPath: string }[];
  let digest: Digest;

  beforeAll(async () => {
    keys = Array.from({ length: WRITERS }, (_, i) => {
      const k = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const pubPath = join(dir, `signet-${i}.pub`);
      writeFileSync(pubPath, k.publicKey.export({ type: 'spki', format: 'pem' }));
      return { ...k, pubPath };
    });
    digest = await pushImage(newClient(), repo(), 'signet-v1');
  });

  it(`keeps all ${WRITERS} signatures in the .sig image and all ${WRITERS} bundle referrers`, async () => {
    const t0 = Date.now();
    const results = await Promise.all(
      keys.map((k) =>
        signImage(
          { image: { ...repo(), digest } },
          { registry: newClient(), signer: new KeySigner(k.privateKey), witnesses: {} },
        ),
      ),
    );
    timings.signetConcurrentMs = Date.now() - t0;
    expect(results.flatMap((r) => r.signatures.map((s) => s.unchanged))).toEqual(
      Array(2 * WRITERS).fill(false),
    );
    const c = newClient();
    expect(await sigLayerCount(c, repo(), digest)).toBe(WRITERS);
    const listed = await c.listReferrers({ ...repo(), digest });
    expect(listed.source).toBe('fallback');
    expect(listed.referrers.map((d) => d.digest).sort()).toEqual(
      results.map((r) => r.signatures[1]!.location.digest).sort(),
    );
  });

  it('has every signature accepted by cosign verify, in both formats', async () => {
    const image = formatReference({ ...repo(), digest });
    const verdicts = await Promise.all(
      keys.flatMap((k, i) =>
        [true, false].map(async (legacy) => {
          const r = await run(
            [
              toolPath('cosign'),
              'verify',
              '--allow-http-registry',
              ...(legacy ? ['--new-bundle-format=false'] : []),
              `--key=${k.pubPath}`,
              '--insecure-ignore-tlog=true',
              image,
            ],
            { env: cosignEnv() },
          );
          return { key: i, legacy, code: r.code, stderr: r.code === 0 ? '' : r.stderr };
        }),
      ),
    );
    for (const v of verdicts) expect(v).toEqual({ ...v, code: 0, stderr: '' });
  });

  it('adds nothing when the same keys sign again, concurrently', async () => {
    const results = await Promise.all(
      keys.map((k) =>
        signImage(
          { image: { ...repo(), digest } },
          { registry: newClient(), signer: new KeySigner(k.privateKey), witnesses: {} },
        ),
      ),
    );
    expect(results.flatMap((r) => r.signatures.map((s) => s.unchanged))).toEqual(
      Array(2 * WRITERS).fill(true),
    );
    const c = newClient();
    expect(await sigLayerCount(c, repo(), digest)).toBe(WRITERS);
    expect((await c.listReferrers({ ...repo(), digest })).referrers).toHaveLength(WRITERS);
  });
});

describe(`${WRITERS} concurrent cosign sign runs (legacy format), for comparison`, () => {
  it('prints how many of their signatures survive in the .sig image', async () => {
    const keyFiles = await Promise.all(
      Array.from({ length: WRITERS }, async (_, i) => {
        const pair = await generateKeyPair('');
        const path = join(dir, `cosign-${i}.key`);
        writeFileSync(path, pair.privateKeyPem, { mode: 0o600 });
        return path;
      }),
    );
    const survived: number[] = [];
    const succeeded: number[] = [];
    const failures: string[] = [];
    const c = newClient();
    for (let trial = 1; trial <= 3; trial++) {
      const repo: ImageRef = { registry: reg.host, repository: 'concurrency/cosign' };
      const digest = await pushImage(c, repo, `cosign-trial-${trial}`);
      const image = formatReference({ ...repo, digest });
      const t0 = Date.now();
      const runs = await Promise.all(
        keyFiles.map((keyPath) =>
          run(
            [
              toolPath('cosign'),
              'sign',
              '--yes',
              `--key=${keyPath}`,
              '--new-bundle-format=false',
              '--tlog-upload=false',
              '--use-signing-config=false',
              '--allow-http-registry',
              image,
            ],
            { env: cosignEnv() },
          ),
        ),
      );
      timings[`cosignConcurrentMs${trial}`] = Date.now() - t0;
      succeeded.push(runs.filter((r) => r.code === 0).length);
      for (const r of runs.filter((x) => x.code !== 0))
        failures.push(r.stderr.trim().split('\n').pop() ?? '');
      survived.push(await sigLayerCount(c, repo, digest));
    }
    timings.cosignSurvivors = survived;
    console.log(
      `cosign: ${WRITERS} concurrent legacy signers per trial; runs that exited 0: ${succeeded.join(', ')}; ` +
        `signatures left in the .sig image: ${survived.join(', ')} (3 trials)` +
        (failures.length ? `\nfailed runs said:\n${[...new Set(failures)].join('\n')}` : ''),
    );
    // Not a fixed number: whatever cosign kept, it is never more than the runs that said they signed.
    survived.forEach((n, i) => {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(succeeded[i]!);
    });
  });
});
