// Many images per call (issue 18): `signet sign|verify|attest IMAGE… --images-from FILE` from src/, against
// the bed's Distribution registry, checked with the real cosign; keyless against the bed's real Fulcio,
// whose meter counts certificates: one per run, however many images.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { run } from '../support/run.ts';
import { signetFromSource } from '../support/cli.ts';
import { parseReference, RegistryClient } from '../../src/registry/index.ts';
import { pushImage as pushTestImage } from '../support/push-image.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
let bed: Bed;
let registry: BedRegistry;
let work: string;
let client: RegistryClient;
const env = () => ({ HOME: work, COSIGN_PASSWORD: 'many-images' });

beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous'] });
  registry = bed.registries.anonymous!;
  work = mkdtempSync(join(bed.dir, 'many-'));
  client = new RegistryClient();
  const keys = await signetFromSource(['generate-key-pair'], { env: env(), cwd: work });
  expect(keys.code).toBe(0);
});
afterAll(async () => {
  client?.close();
  await bed?.stop();
});

let pushed = 0;
/** Pushes a fresh one-layer image and returns `host/repo@digest`. */
async function pushImage(repo = 'many/app'): Promise<string> {
  const n = ++pushed;
  const ref = parseReference(`${registry.host}/${repo}`);
  const { digest } = await pushTestImage(client, ref, `many ${n} ${Math.random()}`, { tag: `v${n}` });
  return `${registry.host}/${repo}@${digest}`;
}

const signet = (args: string[]) => signetFromSource(args, { env: env(), cwd: work, timeoutMs: 120_000 });

function cosignVerifyKey(image: string, legacy: boolean) {
  return run(
    [
      toolPath('cosign'),
      'verify',
      '--key',
      join(work, 'cosign.pub'),
      '--insecure-ignore-tlog=true',
      '--allow-http-registry',
      ...(legacy ? ['--new-bundle-format=false'] : []),
      image,
    ],
    { env: { HOME: work } },
  );
}

describe('signet sign IMAGE… --images-from FILE (key)', () => {
  it('signs every image in one call; cosign verifies each, in both formats', async () => {
    const images = await Promise.all([pushImage(), pushImage(), pushImage()]);
    writeFileSync(join(work, 'list.txt'), `# the release\n\n${images[2]}   # third\n`);
    const r = await signet([
      'sign',
      '--key',
      'cosign.key',
      '--tlog-upload=false',
      '--concurrency=2',
      images[0]!,
      images[1]!,
      '--images-from',
      'list.txt',
    ]);
    expect(r.stderr).toContain('signed 3 of 3 images');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').sort()).toEqual([...images].sort());
    for (const image of images) {
      expect((await cosignVerifyKey(image, true)).code).toBe(0);
      expect((await cosignVerifyKey(image, false)).code).toBe(0);
    }
  });

  it('prints one JSON document per image with --output json', async () => {
    const images = await Promise.all([pushImage(), pushImage()]);
    const r = await signet([
      'sign',
      '--key',
      'cosign.key',
      '--tlog-upload=false',
      '--output=json',
      ...images,
    ]);
    expect(r.code).toBe(0);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { schema: string; image: string });
    expect(docs.map((d) => d.schema)).toEqual(['signet.sign/v1', 'signet.sign/v1']);
    expect(docs.map((d) => d.image).sort()).toEqual([...images].sort());
  });

  it('refuses a bad line of --images-from in one line, before signing anything', async () => {
    const image = await pushImage();
    writeFileSync(join(work, 'bad.txt'), `${image}\nnot a reference\n`);
    const r = await signet([
      'sign',
      '--key',
      'cosign.key',
      '--tlog-upload=false',
      '--images-from',
      'bad.txt',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'signet sign: --images-from bad.txt line 2: one image reference per line, got "not a reference"',
    );
    expect((await cosignVerifyKey(image, true)).code).not.toBe(0);
  });
});

describe('signet verify IMAGE… (fails closed)', () => {
  it('exits 0 only when every image verified, and names the one that did not', async () => {
    const signed = await Promise.all([pushImage(), pushImage()]);
    const unsigned = await pushImage();
    const s = await signet(['sign', '--key', 'cosign.key', '--tlog-upload=false', ...signed]);
    expect(s.code).toBe(0);

    const all = await signet(['verify', '--key', 'cosign.pub', '--insecure-ignore-tlog', ...signed]);
    expect(all.stderr).toContain('verified 2 of 2 images');
    expect(all.code).toBe(0);

    const mixed = await signet([
      'verify',
      '--key',
      'cosign.pub',
      '--insecure-ignore-tlog',
      ...signed,
      unsigned,
    ]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain(`signet verify: ${unsigned}: `);
    expect(mixed.stderr).toMatch(/\[VERIFY_NO_SIGNATURES\]/);
    expect(mixed.stderr).toContain('verified 2 of 3 images');
    // Each verified image still printed its verdict.
    for (const image of signed) expect(mixed.stdout).toContain(image.split('@')[1]!);
  });

  it('counts an image signed by another key as not verified', async () => {
    const image = await pushImage();
    const other = mkdtempSync(join(work, 'other-'));
    expect((await signetFromSource(['generate-key-pair'], { env: env(), cwd: other })).code).toBe(0);
    const s = await signetFromSource(['sign', '--key', 'cosign.key', '--tlog-upload=false', image], {
      env: env(),
      cwd: other,
    });
    expect(s.code).toBe(0);
    const signedByUs = await pushImage();
    expect((await signet(['sign', '--key', 'cosign.key', '--tlog-upload=false', signedByUs])).code).toBe(0);
    const r = await signet(['verify', '--key', 'cosign.pub', '--insecure-ignore-tlog', signedByUs, image]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('verified 1 of 2 images');
  });
});

describe('signet attest IMAGE…', () => {
  it('attests every image; verify-attestation accepts each', async () => {
    const images = await Promise.all([pushImage(), pushImage()]);
    writeFileSync(join(work, 'predicate.json'), JSON.stringify({ release: 'many' }));
    const a = await signet([
      'attest',
      '--key',
      'cosign.key',
      '--tlog-upload=false',
      '--type',
      'custom',
      '--predicate',
      'predicate.json',
      ...images,
    ]);
    expect(a.stderr).toContain('attested 2 of 2 images');
    expect(a.code).toBe(0);
    for (const image of images) {
      const v = await signet([
        'verify-attestation',
        '--key',
        'cosign.pub',
        '--insecure-ignore-tlog',
        '--type',
        'custom',
        image,
      ]);
      expect(v.code).toBe(0);
      expect(JSON.parse(v.stdout.trim().split('\n')[0]!)).toMatchObject({ predicate: { release: 'many' } });
    }
  });
});

describe('signet sign IMAGE… keyless', () => {
  let keyless: Bed;
  beforeAll(async () => {
    keyless = await startBed({ sigstore: true, oidc: true });
  });
  afterAll(async () => {
    await keyless?.stop();
  });

  it('asks Fulcio for one certificate for all the images of the run', async () => {
    const sigstore = keyless.sigstore!;
    const images = await Promise.all([pushImage(), pushImage(), pushImage()]);
    const before = sigstore.counters.certificates;
    const r = await signet([
      'sign',
      `--identity-token=${keyless.oidc!.githubToken()}`,
      `--fulcio-url=${sigstore.fulcioURL}`,
      `--rekor-url=${sigstore.rekorURL}`,
      '--concurrency=3',
      ...images,
    ]);
    expect(r.stderr).toContain('signed 3 of 3 images');
    expect(r.code).toBe(0);
    expect(sigstore.counters.certificates - before).toBe(1);
    const v = await signet([
      'verify',
      `--certificate-identity=${IDENTITY}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--trusted-root=${sigstore.trustedRootPath}`,
      ...images,
    ]);
    expect(v.stderr).toContain('verified 3 of 3 images');
    expect(v.code).toBe(0);
  });
});
