// signImage against the test bed: the real Distribution 2.8 registry (anonymous and token flavours),
// the bed's Fulcio, Rekor and TSA, and the real cosign v3.1.3 as the judge. Keyless and key signatures,
// in the legacy and the bundle format, in the image's repository and in a signature repository
// (COSIGN_REPOSITORY); indexes; and failures: Sigstore down writes nothing, registry faults mid-write
// end correct or with a clear RegistryError.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry, type RegistryFlavour } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { run } from '../support/run.ts';
import {
  OCI_INDEX_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  formatReference,
  type ImageRef,
} from '../../src/registry/index.ts';
import { signImage, type SignDeps, type SignInput } from '../../src/sign/index.ts';
import { KeySigner } from '../../src/sign/key-signer.ts';
import { ReusableCertificateSigner } from '../../src/sign/reusable-certificate-signer.ts';
import { pushImage as pushTestImage } from '../support/push-image.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const FLAVOURS: RegistryFlavour[] = ['anonymous', 'token'];

let bed: Bed;
let dir: string;
let key: { privateKey: KeyObject; publicKey: KeyObject };
let pubPath: string;
const clients: RegistryClient[] = [];
const timings: Record<string, number> = {};

beforeAll(async () => {
  const t0 = Date.now();
  bed = await startBed({ registries: FLAVOURS, sigstore: true, oidc: true });
  timings.bedStartMs = Date.now() - t0;
  dir = mkdtempSync(join(tmpdir(), 'signet-sign-image-'));
  mkdirSync(join(dir, 'home'));
  key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  pubPath = join(dir, 'cosign.pub');
  writeFileSync(pubPath, key.publicKey.export({ type: 'spki', format: 'pem' }));
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.close();
  await bed?.stop();
  console.log(`sign-image timings: ${JSON.stringify(timings)}`);
});

function clientFor(reg: BedRegistry, host = reg.host): RegistryClient {
  const explicit = reg.username ? [{ registry: host, username: reg.username, password: reg.password! }] : [];
  const c = new RegistryClient({ credentials: { explicit }, retry: { baseDelayMs: 20 } });
  clients.push(c);
  return c;
}

const keylessSigner = () =>
  new ReusableCertificateSigner({
    fulcioURL: bed.sigstore!.fulcioURL,
    getToken: async () => bed.oidc!.githubToken(),
  });
const keylessWitnesses = () => ({ rekorURL: bed.sigstore!.rekorURL, tsaURL: bed.sigstore!.tsaURL });

let imageCount = 0;
/** Pushes a tiny single-layer image and returns it by digest. */
async function pushImage(c: RegistryClient, repo: ImageRef, tag?: string) {
  const n = ++imageCount;
  return await pushTestImage(c, repo, `image ${n} ${Math.random()}`, { tag: tag ?? `t${n}` });
}

/** cosign verify of `image` (by digest); resolves to cosign's exit code and output. */
function cosignVerify(
  reg: BedRegistry,
  image: string,
  opts: { keyless: boolean; legacy: boolean; signatureRepository?: string },
) {
  const home = join(dir, 'home');
  return run(
    [
      toolPath('cosign'),
      'verify',
      '--allow-http-registry',
      ...(opts.legacy ? ['--new-bundle-format=false'] : []),
      ...(opts.keyless
        ? [
            `--trusted-root=${bed.sigstore!.trustedRootPath}`,
            `--certificate-identity=${IDENTITY}`,
            `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
          ]
        : [`--key=${pubPath}`, '--insecure-ignore-tlog=true']),
      image,
    ],
    {
      env: {
        HOME: home,
        TUF_ROOT: join(home, '.sigstore'),
        DOCKER_CONFIG: reg.dockerConfigDir,
        COSIGN_REPOSITORY: opts.signatureRepository,
        NO_PROXY: '127.0.0.1,localhost',
      },
    },
  );
}

describe.each(FLAVOURS)('signImage on Distribution 2.8 (%s)', (flavour) => {
  const reg = () => bed.registries[flavour]!;

  describe.each([
    ['keyless', true],
    ['key', false],
  ] as const)('%s signatures', (_name, keyless) => {
    describe.each([
      ['in the image repository', false],
      ['in a signature repository', true],
    ] as const)('%s', (_where, useSigRepo) => {
      it.each(['legacy', 'bundle'] as const)(
        'are accepted by cosign verify in the %s format',
        async (format) => {
          const c = clientFor(reg());
          const repo: ImageRef = {
            registry: reg().host,
            repository: `${flavour}/app-${keyless ? 'kl' : 'k'}`,
          };
          const sigRepo: ImageRef = { registry: reg().host, repository: `${flavour}/signatures` };
          const img = await pushImage(c, repo);
          const input: SignInput = { image: { ...repo, digest: img.digest }, format };
          if (useSigRepo) input.signatureRepository = sigRepo;
          const t0 = Date.now();
          const res = await signImage(input, {
            registry: c,
            signer: keyless ? keylessSigner() : new KeySigner(key.privateKey),
            witnesses: keyless ? keylessWitnesses() : {},
          });
          timings[`sign ${flavour} ${keyless ? 'keyless' : 'key'} ${format}${useSigRepo ? ' sigrepo' : ''}`] =
            Date.now() - t0;
          expect(res.signatures).toHaveLength(1);
          const [sig] = res.signatures;
          expect(sig).toMatchObject({ format, unchanged: false });
          expect(sig!.location.repository).toBe((useSigRepo ? sigRepo : repo).repository);
          if (keyless) expect(sig!.logIndex).toEqual(expect.any(Number));
          else expect(sig!.logIndex).toBeUndefined();

          const image = formatReference({ ...repo, digest: img.digest });
          const ok = await cosignVerify(reg(), image, {
            keyless,
            legacy: format === 'legacy',
            signatureRepository: useSigRepo ? `${sigRepo.registry}/${sigRepo.repository}` : undefined,
          });
          expect({ code: ok.code, stderr: ok.code === 0 ? '' : ok.stderr }).toEqual({ code: 0, stderr: '' });
          // A bundle is not a legacy signature: cosign's legacy mode finds nothing. (Its default mode
          // falls back to `.sig` when there are no bundles, so the converse does not hold.)
          if (format === 'bundle') {
            const legacyOnly = await cosignVerify(reg(), image, {
              keyless,
              legacy: true,
              signatureRepository: useSigRepo ? `${sigRepo.registry}/${sigRepo.repository}` : undefined,
            });
            expect(legacyOnly.code).not.toBe(0);
          }
        },
      );
    });
  });
});

describe('signImage of an index', () => {
  it('signs the index and both platform manifests; cosign verify accepts each, in both formats', async () => {
    const reg = bed.registries.anonymous!;
    const c = clientFor(reg);
    const repo: ImageRef = { registry: reg.host, repository: 'index/app' };
    const amd = await pushImage(c, repo);
    const arm = await pushImage(c, repo);
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX_MEDIA_TYPE,
        manifests: [
          { mediaType: OCI_MANIFEST_MEDIA_TYPE, ...amd, platform: { architecture: 'amd64', os: 'linux' } },
          { mediaType: OCI_MANIFEST_MEDIA_TYPE, ...arm, platform: { architecture: 'arm64', os: 'linux' } },
        ],
      }),
    );
    const put = await c.putManifest({ ...repo, tag: 'multi' }, index);
    const t0 = Date.now();
    const res = await signImage(
      { image: { ...repo, tag: 'multi' } },
      { registry: c, signer: keylessSigner(), witnesses: keylessWitnesses() },
    );
    timings['sign index keyless both'] = Date.now() - t0;
    expect(res.digest).toBe(put.digest);
    expect(res.signatures.map((s) => [s.subject.digest, s.format])).toEqual([
      [put.digest, 'legacy'],
      [put.digest, 'bundle'],
      [amd.digest, 'legacy'],
      [amd.digest, 'bundle'],
      [arm.digest, 'legacy'],
      [arm.digest, 'bundle'],
    ]);
    const checks = [put.digest, amd.digest, arm.digest].flatMap((d) =>
      [true, false].map(async (legacy) => {
        const r = await cosignVerify(reg, formatReference({ ...repo, digest: d }), { keyless: true, legacy });
        return [d, legacy, r.code === 0 ? 0 : r.stderr] as const;
      }),
    );
    for (const [d, legacy, code] of await Promise.all(checks))
      expect([d, legacy, code]).toEqual([d, legacy, 0]);
  });
});

describe('signImage when something fails', () => {
  const reg = () => bed.registries.anonymous!;
  let proxy: FaultProxy | undefined;
  afterEach(async () => {
    await proxy?.stop();
    proxy = undefined;
  });

  const closedPort = async () => {
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as { port: number }).port;
    await new Promise<void>((r) => srv.close(() => r()));
    return port;
  };

  async function expectNothingWritten(deps: Omit<SignDeps, 'registry'>, code: string) {
    const c = clientFor(reg());
    const repo: ImageRef = { registry: reg().host, repository: `faults/${code.toLowerCase()}-${imageCount}` };
    const sigRepo: ImageRef = { registry: reg().host, repository: `faults/sigs-${imageCount}` };
    const img = await pushImage(c, repo, 'v1');
    const before = await c.listTags(repo);
    await expect(
      signImage({ image: { ...repo, digest: img.digest } }, { registry: c, ...deps }),
    ).rejects.toMatchObject({ code });
    await expect(
      signImage(
        { image: { ...repo, digest: img.digest }, signatureRepository: sigRepo },
        { registry: c, ...deps },
      ),
    ).rejects.toMatchObject({ code });
    expect(await c.listTags(repo)).toEqual(before);
    expect(await c.headManifest({ ...sigRepo, tag: `${img.digest.replace(':', '-')}.sig` })).toBeUndefined();
    await expect(c.listTags(sigRepo)).rejects.toMatchObject({ code: 'REGISTRY_NOT_FOUND' });
  }

  it('writes nothing when Fulcio cannot be reached', async () => {
    const signer = new ReusableCertificateSigner({
      fulcioURL: `http://127.0.0.1:${await closedPort()}`,
      getToken: async () => bed.oidc!.githubToken(),
      retries: 0,
    });
    await expectNothingWritten({ signer, witnesses: keylessWitnesses() }, 'SIGN_FAILED');
  });

  it('writes nothing when Rekor answers errors', async () => {
    proxy = await startFaultProxy({ target: bed.sigstore!.rekorURL });
    proxy.addRule({ path: /\/api\/v1\/log\/entries/, times: 1000, fault: { kind: 'status', status: 500 } });
    const before = bed.sigstore!.counters.entries;
    await expectNothingWritten(
      {
        signer: keylessSigner(),
        witnesses: { rekorURL: proxy.url, tsaURL: bed.sigstore!.tsaURL, retries: 0 },
      },
      'SIGN_FAILED',
    );
    expect(proxy.requests.filter((r) => r.fault === 'status').length).toBeGreaterThan(0);
    expect(bed.sigstore!.counters.entries).toBe(before);
  });

  it('ends correct when the registry fails the manifest PUTs with 500s and resets', async () => {
    proxy = await startFaultProxy({ target: reg().url });
    const c = clientFor(reg(), proxy.host);
    const repo: ImageRef = { registry: proxy.host, repository: 'faults/flaky' };
    const img = await pushImage(c, repo);
    proxy.addRule({
      method: 'PUT',
      path: /\/manifests\/sha256-[0-9a-f]+\.sig$/,
      times: 2,
      fault: { kind: 'status', status: 500 },
    });
    proxy.addRule({
      method: 'PUT',
      path: /\/manifests\/sha256:/,
      times: 1,
      fault: { kind: 'reset-request', afterBytes: 10 },
    });
    proxy.addRule({
      method: 'PUT',
      path: /\/manifests\/sha256-[0-9a-f]+$/,
      times: 2,
      fault: { kind: 'status', status: 500 },
    });
    const res = await signImage(
      { image: { ...repo, digest: img.digest } },
      { registry: c, signer: keylessSigner(), witnesses: keylessWitnesses(), settle: { settleMs: 20 } },
    );
    expect(proxy.requests.filter((r) => r.fault).length).toBe(5);
    expect(res.signatures.map((s) => s.unchanged)).toEqual([false, false]);
    const image = formatReference({ ...repo, digest: img.digest });
    for (const legacy of [true, false]) {
      const r = await cosignVerify(reg(), image, { keyless: true, legacy });
      expect({ legacy, code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({
        legacy,
        code: 0,
        stderr: '',
      });
    }
  });

  it('fails with a clear RegistryError when the registry keeps failing the .sig PUT', async () => {
    proxy = await startFaultProxy({ target: reg().url });
    const c = clientFor(reg(), proxy.host);
    const repo: ImageRef = { registry: proxy.host, repository: 'faults/down' };
    const img = await pushImage(c, repo);
    proxy.addRule({ method: 'PUT', path: /\.sig$/, times: 1000, fault: { kind: 'status', status: 503 } });
    const err = await signImage(
      { image: { ...repo, digest: img.digest }, format: 'legacy' },
      {
        registry: c,
        signer: new KeySigner(key.privateKey),
        witnesses: {},
        settle: { settleMs: 10, maxRounds: 3 },
      },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'RegistryError', code: 'REGISTRY_UNAVAILABLE' });
    expect((err as Error).message).toMatch(
      /^PUT http:\/\/127\.0\.0\.1:\d+\/v2\/faults\/down\/manifests\/sha256-[0-9a-f]+\.sig: 503/,
    );
    expect(await c.headManifest({ ...repo, tag: `${img.digest.replace(':', '-')}.sig` })).toBeUndefined();
  });
});
