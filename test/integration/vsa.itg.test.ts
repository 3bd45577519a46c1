// SLSA verification summaries end to end on the test bed: the real Distribution registry, the bed's
// Fulcio, Rekor and TSA, and the real judges — cosign v3.1.3 (`verify-attestation --type
// https://slsa.dev/verification_summary/v1`), sigstore policy-controller's `tester` (its webhook's
// verification code) and the Kyverno CLI. A pipeline run (runPipeline: sign, provenance, read-back
// verify, VSA) writes a VSA in both formats; cosign accepts it; the `-vsa` admission objects admit that
// image and refuse images whose VSA is missing, FAILED, signed by another identity, or made for another
// digest (the good image's `.att` replayed onto another digest). A missing tool fails the suite and
// names the install (`npm run tools`).
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { stringify } from 'yaml';
import {
  attestVsa,
  buildProvenance,
  checkVsa,
  SLSA_PROVENANCE_V1,
  SLSA_VSA_V1,
  toPolicyDocument,
  verifyAttestations,
} from '../../src/attest/index.ts';
// The generator by file: the cluster index also loads the Kubernetes client, which this test does not use.
import { generateAdmission } from '../../src/cluster/generate.ts';
import type { KubeObject } from '../../src/cluster/types.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run-pipeline.ts';
import { RegistryClient, formatReference, type Digest, type ImageRef } from '../../src/registry/index.ts';
import { KeySigner } from '../../src/sign/key-signer.ts';
import { ReusableCertificateSigner } from '../../src/sign/reusable-certificate-signer.ts';
import { buildVerifyPolicy, parseTrustedRoot, type VerifyPolicy } from '../../src/verify/index.ts';
import { registryOf, startBed, type Bed } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { run } from '../support/run.ts';
import { pushImage } from '../support/push-image.ts';
import { pushedBy } from '../support/build-input.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const OTHER_REF = 'someone/else/.github/workflows/release.yml@refs/heads/main';

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/slsa/verification_summary_v1.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validateVsa = ajv.compile(schema);

describe('SLSA verification summaries on the bed', () => {
  let bed: Bed;
  let dir: string;
  let env: Record<string, string | undefined>;
  let client: RegistryClient;
  let policy: VerifyPolicy;
  let repo: ImageRef;
  let pipeline: PipelineResult;
  const images: Record<
    'good' | 'failed' | 'other' | 'replayed' | 'missing' | 'low' | 'keyed' | 'keyedFailed',
    Digest
  > = {
    keyed: 'sha256:',
    keyedFailed: 'sha256:',
    good: 'sha256:',
    low: 'sha256:',
    failed: 'sha256:',
    other: 'sha256:',
    replayed: 'sha256:',
    missing: 'sha256:',
  };
  const files: Record<string, string> = {};
  const ref = (d: Digest) => formatReference({ ...repo, digest: d });

  const signer = (jobWorkflowRef?: string) =>
    new ReusableCertificateSigner({
      fulcioURL: bed.sigstore!.fulcioURL,
      getToken: async () =>
        jobWorkflowRef
          ? bed.oidc!.githubToken({ job_workflow_ref: jobWorkflowRef })
          : bed.oidc!.githubToken(),
    });
  const witnesses = () => ({ rekorURL: bed.sigstore!.rekorURL, tsaURL: bed.sigstore!.tsaURL });

  const pushManifest = async (text: string): Promise<Digest> =>
    (await pushImage(client, repo, text, { tag: text })).digest;

  /** The pipeline as the Action runs it for an image another step pushed (`build: none`). */
  const runFor = (digest: Digest, opts: { sign: boolean; onFailure?: boolean }) =>
    runPipeline(
      {
        build: pushedBy(repo, digest, dir),
        ...(opts.sign ? { sign: { format: 'both' as const } } : {}),
        ...(opts.sign
          ? {
              provenance: {
                predicateType: SLSA_PROVENANCE_V1,
                predicate: buildProvenance({
                  serverURL: 'https://github.com',
                  repository: 'signet-bed/app',
                  workflowRef: GITHUB_JOB_WORKFLOW_REF,
                  eventName: 'push',
                  ref: 'refs/heads/main',
                  sha: 'a'.repeat(40),
                  runId: '7',
                  runAttempt: '1',
                }),
              },
            }
          : {}),
        verify: { policy, formats: 'both' },
        vsa: { verifierId: IDENTITY, verifierVersion: 'itg', onFailure: opts.onFailure ?? false },
      },
      {
        build: {
          exec: () => Promise.reject(new Error('build: none runs no builder')),
          readFile: () => Promise.reject(new Error('build: none reads no files')),
          registry: client,
          env: {},
        },
        registry: client,
        signing: { signer: signer(), witnesses: witnesses() },
        now: () => new Date(),
      },
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'signet-vsa-itg-'));
    bed = await startBed({ registries: ['anonymous'], sigstore: true });
    const home = join(dir, 'home');
    mkdirSync(home);
    env = {
      HOME: home,
      TUF_ROOT: join(home, '.sigstore'),
      DOCKER_CONFIG: registryOf(bed, 'anonymous').dockerConfigDir,
      NO_PROXY: '127.0.0.1,localhost',
    };
    client = new RegistryClient({ retry: { baseDelayMs: 20 } });
    repo = { registry: registryOf(bed, 'anonymous').host, repository: 'bed/vsa' };
    policy = buildVerifyPolicy({
      trustedRoot: parseTrustedRoot(JSON.parse(readFileSync(bed.sigstore!.trustedRootPath, 'utf8')), 'bed'),
      identity: { certificateIdentity: IDENTITY, certificateOidcIssuer: GITHUB_ISSUER },
    });
    for (const k of Object.keys(images) as (keyof typeof images)[]) images[k] = await pushManifest(k);

    // The good image: the whole pipeline, VSA included.
    pipeline = await runFor(images.good, { sign: true });
    // The failed image: never signed; the read-back finds nothing and, asked to, writes a FAILED VSA.
    await expect(runFor(images.failed, { sign: false, onFailure: true })).rejects.toMatchObject({
      code: 'VERIFY_NO_SIGNATURES',
    });
    // Another identity's (PASSED) VSA.
    await attestVsa(
      {
        image: repo,
        digest: images.other,
        verifierId: `https://github.com/${OTHER_REF}`,
        timeVerified: new Date(),
        policy: toPolicyDocument(policy, []),
        inputAttestations: [],
        result: 'PASSED',
        verifiedLevels: ['SLSA_BUILD_LEVEL_3'],
      },
      { registry: client, signer: signer(OTHER_REF), witnesses: witnesses() },
    );
    // A PASSED VSA by the CI identity, but for signatures alone (build level 0).
    await attestVsa(
      {
        image: repo,
        digest: images.low,
        verifierId: IDENTITY,
        timeVerified: new Date(),
        policy: toPolicyDocument(policy, []),
        inputAttestations: [],
        result: 'PASSED',
        verifiedLevels: ['SLSA_BUILD_LEVEL_0'],
      },
      { registry: client, signer: signer(), witnesses: witnesses() },
    );
    // Key-signed summaries without a tlog: what Kyverno's ImageValidatingPolicy can verify offline (for
    // keyless it initialises TUF, which the bed's private Sigstore does not serve).
    const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    for (const [which, result] of [
      ['keyed', 'PASSED'],
      ['keyedFailed', 'FAILED'],
    ] as const) {
      await attestVsa(
        {
          image: repo,
          digest: images[which],
          verifierId: IDENTITY,
          timeVerified: new Date(),
          policy: toPolicyDocument(policy, []),
          inputAttestations: [],
          result,
          verifiedLevels: result === 'PASSED' ? ['SLSA_BUILD_LEVEL_0'] : ['FAILED'],
        },
        { registry: client, signer: new KeySigner(key.privateKey), witnesses: {} },
      );
    }
    // The good image's legacy `.att` (a PASSED VSA by the right identity) replayed onto another digest.
    const att = await client.getManifest({ ...repo, tag: `${images.good.replace(':', '-')}.att` });
    await client.putManifest({ ...repo, tag: `${images.replayed.replace(':', '-')}.att` }, att.bytes, {
      mediaType: att.mediaType,
    });

    const objects = generateAdmission(
      {
        name: 'bed-vsa',
        repositories: [repo],
        signatureFormat: 'legacy',
        build: { kind: 'keyless', issuer: GITHUB_ISSUER, subject: IDENTITY },
        trustedRoot: bed.sigstore!.trustedRoot,
        vsa: { minLevel: 'SLSA_BUILD_LEVEL_2', maxAge: '1h' },
      },
      ['policy-controller-vsa', 'kyverno-vsa'],
    ).objects;
    // The same with a one-second maximum age: the good image's summary is soon too old.
    objects.push(
      ...generateAdmission(
        {
          name: 'bed-vsa-young',
          repositories: [repo],
          signatureFormat: 'legacy',
          build: { kind: 'keyless', issuer: GITHUB_ISSUER, subject: IDENTITY },
          trustedRoot: bed.sigstore!.trustedRoot,
          vsa: { maxAge: '1s' },
        },
        ['policy-controller-vsa', 'kyverno-vsa'],
      ).objects,
    );
    objects.push(
      ...generateAdmission(
        {
          name: 'bed-vsa-keys',
          repositories: [repo],
          signatureFormat: 'legacy',
          build: { kind: 'key', publicKey: key.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
          noTlog: true,
        },
        ['kyverno-ivp-vsa'],
      ).objects,
    );
    for (const o of objects) {
      files[`${o.kind}/${o.metadata.name}`] = join(dir, `${o.kind}-${o.metadata.name}.yaml`);
      writeFileSync(files[`${o.kind}/${o.metadata.name}`]!, stringify(o as KubeObject));
    }
  }, 300_000);

  afterAll(async () => {
    client?.close();
    await bed?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('the pipeline', () => {
    it('writes a PASSED VSA of the read-back (signature and provenance) at build level 2, in both formats', () => {
      expect(pipeline.verify?.verified).toBe(true);
      expect(pipeline.provenanceVerify?.verified).toBe(true);
      const vsa = pipeline.vsa!;
      expect(vsa.attestations.map((a) => [a.format, a.subject.digest])).toEqual([
        ['legacy', images.good],
        ['bundle', images.good],
      ]);
      expect(vsa.predicate).toMatchObject({
        verifier: { id: IDENTITY },
        resourceUri: `oci://${repo.registry}/${repo.repository}@${images.good}`,
        verificationResult: 'PASSED',
        verifiedLevels: ['SLSA_BUILD_LEVEL_2'],
      });
      // Every signature and provenance attestation read back is an input, each with its digest.
      expect(vsa.predicate.inputAttestations).toHaveLength(
        pipeline.verify!.signatures.length + pipeline.provenanceVerify!.attestations.length,
      );
      expect(vsa.predicate.inputAttestations.length).toBeGreaterThanOrEqual(4);
      expect(validateVsa(vsa.predicate) ? [] : validateVsa.errors).toEqual([]);
    });
  });

  describe('cosign verify-attestation --type https://slsa.dev/verification_summary/v1', () => {
    const cosign = (image: string, legacy: boolean, identity = IDENTITY) =>
      run(
        [
          toolPath('cosign'),
          'verify-attestation',
          '--allow-http-registry',
          ...(legacy ? ['--new-bundle-format=false'] : []),
          '--type',
          SLSA_VSA_V1,
          `--trusted-root=${bed.sigstore!.trustedRootPath}`,
          `--certificate-identity=${identity}`,
          `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
          image,
        ],
        { env },
      );

    it.each([
      ['bundle', false],
      ['legacy', true],
    ])(
      'accepts the pipeline’s VSA in the %s format, and its predicate is a valid VSA v1',
      async (_f, legacy) => {
        const r = await cosign(ref(images.good), legacy);
        expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
        const envelope = JSON.parse(r.stdout.trim().split('\n')[0]!) as { payload: string };
        const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
          predicateType: string;
          predicate: unknown;
        };
        expect(statement.predicateType).toBe(SLSA_VSA_V1);
        expect(validateVsa(statement.predicate) ? [] : validateVsa.errors).toEqual([]);
      },
    );

    it('refuses the VSA replayed onto another digest (no matching subject digest)', async () => {
      const r = await cosign(ref(images.replayed), true);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('no matching subject digest');
    });

    it('refuses the other identity’s VSA under the CI identity', async () => {
      const r = await cosign(ref(images.other), true);
      expect(r.code).not.toBe(0);
    });
  });

  describe('verifyAttestations + checkVsa (signet verify-attestation --type vsa)', () => {
    const check = async (digest: Digest, expect_: { levels?: string[]; maxAgeMs?: number } = {}) => {
      const read = await verifyAttestations(
        { image: { ...repo, digest }, predicateType: SLSA_VSA_V1, policy },
        { registry: client },
      );
      return read.attestations.map((a) => {
        try {
          checkVsa(a.statement, { image: repo, digest, now: new Date(), ...expect_ });
          return 'accepted';
        } catch (err) {
          return (err as { code: string }).code;
        }
      });
    };

    it('accepts the pipeline’s VSA (both formats) at level 2 and within an hour', async () => {
      expect(await check(images.good, { levels: ['SLSA_BUILD_LEVEL_2'], maxAgeMs: 3_600_000 })).toEqual([
        'accepted',
        'accepted',
      ]);
    });

    it('refuses the FAILED VSA the failed run wrote', async () => {
      expect(await check(images.failed)).toEqual(['ATTEST_VSA_MISMATCH', 'ATTEST_VSA_MISMATCH']);
    });

    it('finds no VSA of the CI identity for the other identity’s image, nor any for the missing one', async () => {
      const other = await verifyAttestations(
        { image: { ...repo, digest: images.other }, predicateType: SLSA_VSA_V1, policy },
        { registry: client },
      );
      expect(other.verified).toBe(false);
      expect(other.rejected.map((r) => r.code)).toEqual([
        'VERIFY_IDENTITY_MISMATCH',
        'VERIFY_IDENTITY_MISMATCH',
      ]);
      await expect(
        verifyAttestations(
          { image: { ...repo, digest: images.missing }, predicateType: SLSA_VSA_V1, policy },
          { registry: client },
        ),
      ).rejects.toMatchObject({ code: 'ATTEST_NOT_FOUND' });
    });
  });

  describe('policy-controller tester with the policy-controller-vsa ClusterImagePolicy', () => {
    const admit = (digest: Digest, name = 'bed-vsa') =>
      run(
        [
          toolPath('tester'),
          `--policy=${files[`ClusterImagePolicy/${name}-vsa`]}`,
          `--image=${ref(digest)}`,
          `--trustroot=${files[`TrustRoot/${name}-trust-root`]}`,
          '--log-level=error',
        ],
        { env, timeoutMs: 120_000 },
      );

    it('admits the image on its passing VSA from the CI identity', async () => {
      const r = await admit(images.good);
      expect({ code: r.code, out: r.code === 0 ? '' : r.stdout + r.stderr }).toEqual({ code: 0, out: '' });
    });

    it.each([
      ['missing', 'no matching attestations'],
      ['failed', 'policy is not compliant'],
      ['other', 'none of the expected identities matched'],
      ['replayed', 'no matching attestations'],
      ['low', 'policy is not compliant'],
    ] as const)('refuses the image whose VSA is %s', async (which, message) => {
      const r = await admit(images[which]);
      expect(r.code).not.toBe(0);
      expect(r.stdout + r.stderr).toContain(message);
    });

    it('refuses the good image once its VSA is older than the maximum age', async () => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const r = await admit(images.good, 'bed-vsa-young');
      expect(r.code).not.toBe(0);
      expect(r.stdout + r.stderr).toContain('policy is not compliant');
    });
  });

  describe('Kyverno CLI with the kyverno-vsa ClusterPolicy', () => {
    const pod = (digest: Digest) => {
      const p = join(dir, `pod-${digest.slice(7, 19)}.yaml`);
      writeFileSync(
        p,
        stringify({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'p', namespace: 'prod' },
          spec: { containers: [{ name: 'app', image: ref(digest) }] },
        }),
      );
      return p;
    };
    const kyverno = (digest: Digest, name = 'bed-vsa') =>
      run(
        [
          toolPath('kubectl-kyverno'),
          'apply',
          files[`ClusterPolicy/${name}-vsa`]!,
          `--resource=${pod(digest)}`,
          '--registry',
          '--remove-color',
        ],
        { env, timeoutMs: 120_000 },
      );

    it('admits the image on its passing VSA from the CI identity', async () => {
      const r = await kyverno(images.good);
      expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({
        code: 0,
        out: expect.stringMatching(/pass: [1-9]\d*, fail: 0,/),
      });
    });

    it.each([
      ['missing', 'no matching attestations'],
      ['failed', 'attestation checks failed'],
      ['other', 'subject mismatch'],
      ['replayed', 'no matching subject digest found'],
      ['low', 'attestation checks failed'],
    ] as const)('refuses the image whose VSA is %s', async (which, message) => {
      const r = await kyverno(images[which]);
      expect({ code: r.code, out: r.stdout }).toEqual({
        code: 1,
        out: expect.stringMatching(/fail: [1-9]/),
      });
      expect(r.stdout).toContain(message);
    });

    it('ImageValidatingPolicy (key-signed summaries): admits on a PASSED VSA, refuses FAILED and missing ones', async () => {
      const values = join(dir, 'values.yaml');
      writeFileSync(
        values,
        stringify({
          apiVersion: 'cli.kyverno.io/v1alpha1',
          kind: 'Value',
          metadata: { name: 'values' },
          namespaceSelector: [{ name: 'prod', labels: { 'kubernetes.io/metadata.name': 'prod' } }],
        }),
      );
      const ivp = (digest: Digest) =>
        run(
          [
            toolPath('kubectl-kyverno'),
            'apply',
            files['ImageValidatingPolicy/bed-vsa-keys-vsa']!,
            `--resource=${pod(digest)}`,
            `--values-file=${values}`,
            '--registry',
            '--remove-color',
          ],
          { env, timeoutMs: 120_000 },
        );
      const good = await ivp(images.keyed);
      expect({ code: good.code, out: good.stdout + good.stderr }).toEqual({
        code: 0,
        out: expect.stringMatching(/pass: [1-9]\d*, fail: 0,/),
      });
      for (const which of ['keyedFailed', 'missing'] as const) {
        const bad = await ivp(images[which]);
        expect({ which, code: bad.code, out: bad.stdout }).toEqual({
          which,
          code: 1,
          out: expect.stringMatching(/fail: [1-9]/),
        });
      }
    });

    it('refuses the good image once its VSA is older than the maximum age', async () => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const r = await kyverno(images.good, 'bed-vsa-young');
      expect({ code: r.code, out: r.stdout }).toEqual({ code: 1, out: expect.stringMatching(/fail: [1-9]/) });
      expect(r.stdout).toContain('attestation checks failed');
    });
  });
});
