// Real admission checks against the bed: images signed by the real cosign (legacy `.sig` format, keyless
// against the bed's Fulcio, Rekor and TSA) are judged by sigstore policy-controller's own `tester`
// (its webhook's verification code) under the ClusterImagePolicies and TrustRoot Signet generates, and
// Signet's pre-flight verifies the same images with src/verify. A missing tool fails the suite and
// names the install (`npm run tools`).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  anchorRegExp,
  generateAdmission,
  parsePreflightPolicy,
  preflight,
  type KubeObject,
  type PreflightDeps,
} from '../../src/cluster/index.ts';
import { RegistryClient, parseReference } from '../../src/registry/index.ts';
import { parseTrustedRoot } from '../../src/verify/index.ts';
import { preflightVerifier } from '../../src/ci/common/preflight-verifier.ts';
import { realSigstoreOf, startBed, registryOf, type Bed } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { run, runOk } from '../support/run.ts';

const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const BUILD_IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const RELEASE_REF = 'signet-bed/app/.github/workflows/release.yml@refs/tags/v1.0.0';
const OTHER_REF = 'someone/else/.github/workflows/release.yml@refs/heads/main';
/** A ref that only shares a prefix with the allowed `…@refs/heads/main` (issue 11 item 2). */
const EVIL_REF = GITHUB_JOB_WORKFLOW_REF.replace(/@refs\/heads\/main$/, '@refs/heads/main-evil');
const BUILD_WORKFLOW_RE = escapeRegExp(BUILD_IDENTITY.replace(/@refs\/heads\/main$/, ''));
/** The pattern forms under test: a user's `^A|B$` alternation, and bare text with no anchors. */
const ANCHOR_FORMS: Record<string, string> = {
  'bed-alt': `^${BUILD_WORKFLOW_RE}@refs/heads/main|^${BUILD_WORKFLOW_RE}@refs/tags/v1$`,
  'bed-bare': `${BUILD_WORKFLOW_RE}@refs/heads/main`,
};

describe('admission objects judged by the real controllers’ code', () => {
  let bed: Bed;
  let dir: string;
  let cosign: string;
  let crane: string;
  let tester: string;
  let env: Record<string, string | undefined>;
  const images: Record<'both' | 'buildOnly' | 'unsigned' | 'other' | 'bundled' | 'evil', string> = {
    both: '',
    buildOnly: '',
    unsigned: '',
    other: '',
    bundled: '',
    evil: '',
  };
  let objects: KubeObject[];
  const files: Record<string, string> = {};

  const push = async (name: string): Promise<string> => {
    const host = registryOf(bed, 'anonymous').host;
    const layer = join(dir, `${name}.tar`);
    const src = join(dir, `layer-${name}`);
    mkdirSync(src);
    writeFileSync(join(src, 'hello.txt'), `image ${name}\n`);
    await runOk(['tar', '-cf', layer, '-C', src, 'hello.txt']);
    const tag = `${host}/bed/${name}:v1`;
    await runOk([crane, 'append', '--insecure', `--new_layer=${layer}`, `--new_tag=${tag}`], { env });
    const digest = (await runOk([crane, 'digest', '--insecure', tag], { env })).stdout.trim();
    return `${host}/bed/${name}@${digest}`;
  };
  const sign = async (image: string, jobWorkflowRef?: string) => {
    const s = bed.sigstore;
    const o = bed.oidc;
    if (!s || !o) throw new Error('test bed: sigstore did not start');
    const token = jobWorkflowRef ? o.githubToken({ job_workflow_ref: jobWorkflowRef }) : o.githubToken();
    await runOk(
      [
        cosign,
        'sign',
        '--yes',
        `--identity-token=${token}`,
        '--use-signing-config=false',
        '--new-bundle-format=false',
        `--fulcio-url=${s.fulcioURL}`,
        `--rekor-url=${s.rekorURL}`,
        `--timestamp-server-url=${s.tsaURL}`,
        `--trusted-root=${s.trustedRootPath}`,
        '--allow-http-registry',
        image,
      ],
      { env },
    );
  };

  const keySign = async (image: string, key: string) => {
    await runOk(
      [
        cosign,
        'sign',
        `--key=${key}`,
        '--use-signing-config=false',
        '--tlog-upload=false',
        '--new-bundle-format=false',
        '--allow-http-registry',
        '--yes',
        image,
      ],
      { env: { ...env, COSIGN_PASSWORD: '' } },
    );
  };
  const keyPair = async (name: string): Promise<{ key: string; pub: string }> => {
    const d = join(dir, `keys-${name}`);
    mkdirSync(d);
    await runOk([cosign, 'generate-key-pair'], { env: { ...env, COSIGN_PASSWORD: '' }, cwd: d });
    return { key: join(d, 'cosign.key'), pub: readFileSync(join(d, 'cosign.pub'), 'utf8') };
  };

  beforeAll(async () => {
    cosign = toolPath('cosign');
    crane = toolPath('crane');
    tester = toolPath('tester');
    dir = mkdtempSync(join(tmpdir(), 'signet-cluster-itg-'));
    bed = await startBed({ registries: ['anonymous'], sigstore: true });
    const home = join(dir, 'home');
    mkdirSync(home);
    env = {
      HOME: home,
      TUF_ROOT: join(home, '.sigstore'),
      DOCKER_CONFIG: registryOf(bed, 'anonymous').dockerConfigDir,
      NO_PROXY: '127.0.0.1,localhost',
    };
    images.both = await push('app');
    images.buildOnly = await push('dev');
    images.unsigned = await push('unsigned');
    images.other = await push('other');
    await sign(images.both);
    await sign(images.both, RELEASE_REF);
    await sign(images.buildOnly);
    await sign(images.other, OTHER_REF);
    images.evil = await push('evil');
    await sign(images.evil, EVIL_REF);
    // cosign v3's default: a Sigstore bundle stored as an OCI referrer (signing config, no flags).
    images.bundled = await push('bundled');
    await runOk(
      [
        cosign,
        'sign',
        '--yes',
        `--identity-token=${bed.oidc?.githubToken()}`,
        `--signing-config=${bed.sigstore?.signingConfigPath}`,
        `--trusted-root=${bed.sigstore?.trustedRootPath}`,
        '--allow-http-registry',
        images.bundled,
      ],
      { env },
    );
    // The same images signed with cosign keys and no tlog: what Kyverno's ImageValidatingPolicy can
    // verify offline (for keyless it initialises TUF, which a private Sigstore does not serve here).
    const buildKey = await keyPair('build');
    const releaseKey = await keyPair('release');
    await keySign(images.both, buildKey.key);
    await keySign(images.both, releaseKey.key);
    await keySign(images.buildOnly, buildKey.key);
    if (!bed.sigstore) throw new Error('test bed: sigstore did not start');
    objects = generateAdmission(
      {
        name: 'bed-app',
        repositories: ['app', 'dev', 'unsigned', 'other'].map((n) =>
          parseReference(`${registryOf(bed, 'anonymous').host}/bed/${n}`),
        ),
        signatureFormat: 'legacy',
        build: { kind: 'keyless', issuer: GITHUB_ISSUER, subject: BUILD_IDENTITY },
        release: {
          kind: 'keyless',
          issuer: GITHUB_ISSUER,
          subjectRegExp:
            '^https://github\\.com/signet-bed/app/\\.github/workflows/release\\.yml@refs/tags/v.+$',
        },
        clusterLevel: 'production',
        bypass: { namespaces: ['incident-1'], reason: 'test' },
        trustedRoot: bed.sigstore.trustedRoot,
      },
      ['policy-controller', 'kyverno', 'kyverno-ivp'],
    ).objects;
    // policy-controller v0.13 cannot verify bundle-format image signatures, so Signet refuses to write
    // such a policy; a hand-switched copy shows the real tester's refusal.
    const legacyForBundle = generateAdmission(
      {
        name: 'bed-bundle',
        repositories: [parseReference(`${registryOf(bed, 'anonymous').host}/bed/bundled`)],
        signatureFormat: 'legacy',
        build: { kind: 'keyless', issuer: GITHUB_ISSUER, subject: BUILD_IDENTITY },
        trustedRoot: bed.sigstore.trustedRoot,
      },
      ['policy-controller'],
    ).objects;
    const bundleCip = structuredClone(
      legacyForBundle.find((o) => o.metadata.name === 'bed-bundle-build'),
    ) as KubeObject & {
      spec: { authorities: { signatureFormat: string }[] };
    };
    for (const a of bundleCip.spec.authorities) a.signatureFormat = 'bundle';
    bundleCip.metadata.name = 'bed-bundle-bundleformat';
    objects.push(...legacyForBundle, bundleCip);
    // A TrustRoot that also carries the bed's Rekor v2 (Ed25519) log key, as Signet does not write it:
    // shows the real tester's refusal, the reason Signet keeps only ECDSA (Rekor v1) keys in tLogs.
    const real = realSigstoreOf(bed);
    const v2Root = structuredClone(
      objects.find((o) => o.metadata.name === 'bed-app-trust-root'),
    ) as KubeObject & {
      spec: { sigstoreKeys: { tLogs: Record<string, string>[] } };
    };
    v2Root.metadata.name = 'bed-v2key-trust-root';
    v2Root.spec.sigstoreKeys.tLogs.push({
      baseURL: real.rekorV2URL,
      hashAlgorithm: 'sha-256',
      publicKey: Buffer.from(real.rekorV2PublicKeyPem).toString('base64'),
    });
    const v2Cip = structuredClone(objects.find((o) => o.metadata.name === 'bed-app-build')) as KubeObject;
    v2Cip.metadata.name = 'bed-v2key-build';
    const v2Text = JSON.stringify(v2Cip).replaceAll('"bed-app-trust-root"', '"bed-v2key-trust-root"');
    objects.push(v2Root, JSON.parse(v2Text) as KubeObject);
    objects.push(
      ...generateAdmission(
        {
          name: 'bed-keys',
          repositories: ['app', 'dev', 'unsigned', 'other'].map((n) =>
            parseReference(`${registryOf(bed, 'anonymous').host}/bed/${n}`),
          ),
          signatureFormat: 'legacy',
          build: { kind: 'key', publicKey: buildKey.pub },
          release: { kind: 'key', publicKey: releaseKey.pub },
          noTlog: true,
        },
        ['kyverno-ivp'],
      ).objects,
    );
    // Item 11.2: identity patterns as users write them; Signet anchors them as a whole.
    const anchorRepos = ['dev', 'evil'].map((n) =>
      parseReference(`${registryOf(bed, 'anonymous').host}/bed/${n}`),
    );
    for (const [name, subjectRegExp] of Object.entries(ANCHOR_FORMS)) {
      objects.push(
        ...generateAdmission(
          {
            name,
            repositories: anchorRepos,
            signatureFormat: 'legacy',
            build: { kind: 'keyless', issuer: GITHUB_ISSUER, subjectRegExp },
            clusterLevel: 'production',
            trustedRoot: bed.sigstore.trustedRoot,
          },
          ['policy-controller', 'kyverno'],
        ).objects,
      );
    }
    // The same ClusterImagePolicy with the user's `^A|B$` written verbatim, as Signet wrote it before
    // anchoring as a whole: shows that the real controller reads it as a prefix match.
    const verbatim = structuredClone(
      objects.find((o) => o.metadata.name === 'bed-alt-build'),
    ) as KubeObject & {
      spec: { authorities: { keyless: { identities: { subjectRegExp: string }[] } }[] };
    };
    verbatim.metadata.name = 'bed-alt-verbatim';
    verbatim.spec.authorities[0]!.keyless.identities[0]!.subjectRegExp = ANCHOR_FORMS['bed-alt'] ?? '';
    objects.push(verbatim);
    // Item 11.5: the key-signed ImageValidatingPolicies with an emergency bypass for incident-1.
    objects.push(
      ...generateAdmission(
        {
          name: 'bed-keys-bypass',
          repositories: ['app', 'dev', 'unsigned', 'other'].map((n) =>
            parseReference(`${registryOf(bed, 'anonymous').host}/bed/${n}`),
          ),
          signatureFormat: 'legacy',
          build: { kind: 'key', publicKey: buildKey.pub },
          release: { kind: 'key', publicKey: releaseKey.pub },
          noTlog: true,
          bypass: { namespaces: ['incident-1'], reason: 'test' },
        },
        ['kyverno-ivp'],
      ).objects,
    );
    for (const o of objects) {
      files[o.metadata.name] = join(dir, `${o.metadata.name}.yaml`);
      writeFileSync(files[o.metadata.name] ?? '', stringify(o));
    }
  });

  afterAll(async () => {
    await bed?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const admit = (policy: string, image: string) =>
    run(
      [
        tester,
        `--policy=${files[policy]}`,
        `--image=${image}`,
        `--trustroot=${files[`${policy.replace(/-(build|release|bundleformat|verbatim)$/, '')}-trust-root`]}`,
        '--log-level=error',
      ],
      {
        env,
        timeoutMs: 120_000,
      },
    );

  describe('policy-controller tester', () => {
    it('admits the image signed by the build and the release identity under both policies', async () => {
      for (const p of ['bed-app-build', 'bed-app-release']) {
        const r = await admit(p, images.both);
        expect({ policy: p, code: r.code, out: r.code === 0 ? '' : r.stdout + r.stderr }).toEqual({
          policy: p,
          code: 0,
          out: '',
        });
      }
    });

    it('refuses the image signed only by the build identity under the release policy (the AND holds)', async () => {
      expect((await admit('bed-app-build', images.buildOnly)).code).toBe(0);
      const r = await admit('bed-app-release', images.buildOnly);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toContain('none of the expected identities matched');
    });

    it('cannot verify bundle-format image signatures (why Signet refuses signatureFormat: bundle for it)', async () => {
      expect(() =>
        generateAdmission(
          {
            name: 'x',
            repositories: [parseReference(images.bundled)],
            signatureFormat: 'bundle',
            build: { kind: 'keyless', issuer: GITHUB_ISSUER, subject: BUILD_IDENTITY },
          },
          ['policy-controller'],
        ),
      ).toThrow(expect.objectContaining({ code: 'POLICY_INVALID_INPUT' }));
      const r = await admit('bed-bundle-bundleformat', images.bundled);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toContain('bundle support for image signatures is not yet implemented');
      // The legacy policy finds no .sig signature for a bundle-only image: also a refusal.
      expect((await admit('bed-bundle-build', images.bundled)).code).not.toBe(0);
    });

    it('fails a TrustRoot holding a Rekor v2 (Ed25519) log key (why Signet writes only the ECDSA ones)', async () => {
      // The same image and policy pass with Signet's TrustRoot (first test above); only the extra key differs.
      const r = await admit('bed-v2key-build', images.buildOnly);
      expect(r.code).not.toBe(0);
      expect(r.stdout + r.stderr).toMatch(/ecdsa/i);
    });

    it('refuses an unsigned image', async () => {
      const r = await admit('bed-app-build', images.unsigned);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toContain('no signatures found');
    });

    it('refuses an image signed by another identity', async () => {
      const r = await admit('bed-app-build', images.other);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toContain('none of the expected identities matched');
    });

    it.each(Object.keys(ANCHOR_FORMS))(
      '%s: admits …@refs/heads/main and refuses …@refs/heads/main-evil (the pattern is anchored as a whole)',
      async (name) => {
        const cip = objects.find((o) => o.metadata.name === `${name}-build`) as KubeObject & {
          spec: { authorities: { keyless: { identities: { subjectRegExp: string }[] } }[] };
        };
        expect(cip.spec.authorities[0]?.keyless.identities[0]?.subjectRegExp).toBe(
          anchorRegExp(ANCHOR_FORMS[name] ?? ''),
        );
        const good = await admit(`${name}-build`, images.buildOnly);
        expect({ code: good.code, out: good.code === 0 ? '' : good.stdout + good.stderr }).toEqual({
          code: 0,
          out: '',
        });
        const evil = await admit(`${name}-build`, images.evil);
        expect(evil.code).not.toBe(0);
        expect(evil.stdout).toContain('none of the expected identities matched');
      },
    );

    it('admits …@refs/heads/main-evil when ^A|B$ is written verbatim (why Signet wraps it)', async () => {
      const r = await admit('bed-alt-verbatim', images.evil);
      expect({ code: r.code, out: r.code === 0 ? '' : r.stdout + r.stderr }).toEqual({ code: 0, out: '' });
    });
  });

  describe('Kyverno CLI', () => {
    const values = () => {
      const p = join(dir, 'values.yaml');
      writeFileSync(
        p,
        stringify({
          apiVersion: 'cli.kyverno.io/v1alpha1',
          kind: 'Value',
          metadata: { name: 'values' },
          namespaceSelector: [
            { name: 'prod', labels: { 'signet.dev/trust-level': 'production' } },
            { name: 'dev', labels: { 'signet.dev/trust-level': 'development' } },
            { name: 'incident-1', labels: { 'signet.dev/trust-level': 'production' } },
            { name: 'incident-10', labels: { 'signet.dev/trust-level': 'production' } },
            { name: 'xincident-1', labels: { 'signet.dev/trust-level': 'production' } },
          ],
        }),
      );
      return p;
    };
    const pod = (ns: string, image: string) => {
      const p = join(dir, `pod-${ns}-${image.replace(/[^a-z0-9]/g, '').slice(-12)}.yaml`);
      writeFileSync(
        p,
        stringify({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'p', namespace: ns },
          spec: { containers: [{ name: 'app', image }] },
        }),
      );
      return p;
    };
    const kyverno = (policy: string, resource: string, extra: string[] = []) =>
      run(
        [
          toolPath('kubectl-kyverno'),
          'apply',
          files[policy] ?? '',
          `--resource=${resource}`,
          `--values-file=${values()}`,
          '--registry',
          '--remove-color',
          ...extra,
        ],
        {
          env,
          timeoutMs: 120_000,
        },
      );

    it('admits the image signed by both identities in a production namespace', async () => {
      const r = await kyverno('bed-app', pod('prod', images.both));
      expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({
        code: 0,
        out: expect.stringMatching(/pass: [1-9]\d*, fail: 0,/),
      });
    });

    it('refuses the build-only image in a production namespace (count 2 over both identities)', async () => {
      const r = await kyverno('bed-app', pod('prod', images.buildOnly));
      expect(r.code).not.toBe(0);
      expect(r.stdout).toMatch(/fail: [1-9]/);
      expect(r.stdout).toContain('.attestors[0].entries[1].keyless: subject mismatch');
    });

    it('refuses an unsigned image and one signed by another identity', async () => {
      for (const img of [images.unsigned, images.other]) {
        const r = await kyverno('bed-app', pod('prod', img));
        expect(r.code).not.toBe(0);
      }
    });

    it('lets the PolicyException bypass production for the listed namespace only', async () => {
      const r = await kyverno('bed-app', pod('incident-1', images.unsigned), [
        `--exceptions=${files['bed-app-bypass']}`,
      ]);
      expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({
        code: 0,
        out: expect.stringMatching(/skip: [1-9]/),
      });
    });

    it('evaluates the production ImageValidatingPolicy (keys): both signers pass, build-only and unsigned are denied', async () => {
      const good = await kyverno('bed-keys-production', pod('prod', images.both));
      expect({ code: good.code, out: good.stdout + good.stderr }).toEqual({
        code: 0,
        out: expect.stringMatching(/pass: [1-9]\d*, fail: 0,/),
      });
      for (const img of [images.buildOnly, images.unsigned]) {
        const bad = await kyverno('bed-keys-production', pod('prod', img));
        expect({ code: bad.code, out: bad.stdout }).toEqual({
          code: 1,
          out: expect.stringContaining(
            'every image must be signed by the build identity and the release identity',
          ),
        });
      }
    });

    it('evaluates the development ImageValidatingPolicy (keys): the build signature is enough', async () => {
      const r = await kyverno('bed-keys-development', pod('dev', images.buildOnly));
      expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({
        code: 0,
        out: expect.stringMatching(/pass: [1-9]\d*, fail: 0,/),
      });
    });

    it.each(Object.keys(ANCHOR_FORMS))(
      '%s ClusterPolicy: admits …@refs/heads/main and refuses …@refs/heads/main-evil',
      async (name) => {
        const good = await kyverno(name, pod('prod', images.buildOnly));
        expect({ code: good.code, out: good.stdout + good.stderr }).toEqual({
          code: 0,
          out: expect.stringMatching(/pass: [1-9]\d*, fail: 0,/),
        });
        const evil = await kyverno(name, pod('prod', images.evil));
        expect(evil.code).not.toBe(0);
        expect(evil.stdout).toMatch(/fail: [1-9]/);
        expect(evil.stdout).toContain('subject mismatch');
      },
    );

    it('admits …@refs/heads/main-evil when ^A|B$ is written verbatim into the ClusterPolicy (why Signet wraps it)', async () => {
      const verbatim = structuredClone(objects.find((o) => o.metadata.name === 'bed-alt')) as KubeObject & {
        spec: {
          rules: { verifyImages: { attestors: { entries: { keyless: Record<string, string> }[] }[] }[] }[];
        };
      };
      for (const rule of verbatim.spec.rules)
        for (const v of rule.verifyImages)
          for (const a of v.attestors)
            for (const e of a.entries) e.keyless.subjectRegExp = ANCHOR_FORMS['bed-alt'] ?? '';
      const p = join(dir, 'bed-alt-verbatim-kyverno.yaml');
      writeFileSync(p, stringify(verbatim));
      files['bed-alt-verbatim-kyverno'] = p;
      const r = await kyverno('bed-alt-verbatim-kyverno', pod('prod', images.evil));
      expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({
        code: 0,
        out: expect.stringMatching(/pass: [1-9]\d*, fail: 0,/),
      });
    });

    it('bypasses exactly the listed namespace: ClusterPolicy and ImageValidatingPolicy exceptions agree', async () => {
      const outcome = async (policy: string, exception: string, ns: string) => {
        const r = await kyverno(policy, pod(ns, images.unsigned), [`--exceptions=${files[exception]}`]);
        return {
          ns,
          code: r.code,
          skipped: /skip: [1-9]/.test(r.stdout),
          failed: /fail: [1-9]/.test(r.stdout),
        };
      };
      for (const [policy, exception] of [
        ['bed-app', 'bed-app-bypass'],
        ['bed-keys-bypass-production', 'bed-keys-bypass-bypass-ivp'],
      ] as const) {
        const results = [];
        for (const ns of ['incident-1', 'incident-10', 'xincident-1', 'prod']) {
          results.push(await outcome(policy, exception, ns));
        }
        expect({ policy, results }).toEqual({
          policy,
          results: [
            { ns: 'incident-1', code: 0, skipped: true, failed: false },
            { ns: 'incident-10', code: 1, skipped: false, failed: true },
            { ns: 'xincident-1', code: 1, skipped: false, failed: true },
            { ns: 'prod', code: 1, skipped: false, failed: true },
          ],
        });
      }
    });

    it('with a wildcard (which Signet refuses) the two exception kinds would disagree', async () => {
      // Hand-edited copies of the generated exceptions, as Signet wrote them before it took names only.
      type Exception = KubeObject & { spec: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
      const classic = structuredClone(objects.find((o) => o.metadata.name === 'bed-app-bypass')) as Exception;
      classic.spec.match.any[0].resources.namespaces = ['incident-*'];
      const cel = structuredClone(
        objects.find((o) => o.metadata.name === 'bed-keys-bypass-bypass-ivp'),
      ) as Exception;
      cel.spec.matchConditions[0].expression = 'request.namespace in ["incident-*"]';
      const write = (o: KubeObject, name: string) => {
        const p = join(dir, `${name}.yaml`);
        writeFileSync(p, stringify(o));
        return p;
      };
      const classicRun = await kyverno('bed-app', pod('incident-10', images.unsigned), [
        `--exceptions=${write(classic, 'wildcard-classic')}`,
      ]);
      const celRun = await kyverno('bed-keys-bypass-production', pod('incident-10', images.unsigned), [
        `--exceptions=${write(cel, 'wildcard-cel')}`,
      ]);
      expect({ classic: classicRun.code, cel: celRun.code }).toEqual({ classic: 0, cel: 1 });
      expect(() =>
        generateAdmission(
          {
            name: 'x',
            repositories: [parseReference(images.unsigned)],
            signatureFormat: 'legacy',
            build: { kind: 'keyless', issuer: GITHUB_ISSUER, subject: BUILD_IDENTITY },
            bypass: { namespaces: ['incident-*'], reason: 'r' },
          },
          ['kyverno', 'kyverno-ivp'],
        ),
      ).toThrow(expect.objectContaining({ code: 'POLICY_INVALID_INPUT' }));
    });

    it('accepts the build-only image in a development namespace', async () => {
      const r = await kyverno('bed-app', pod('dev', images.buildOnly));
      expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({
        code: 0,
        out: expect.stringMatching(/pass: [1-9]\d*, fail: 0,/),
      });
    });
  });

  describe('preflight with src/verify against the same signatures', () => {
    it('verifies the release image, pins it, and fails naming the image signed by another identity', async () => {
      const host = registryOf(bed, 'anonymous').host;
      const policy = parsePreflightPolicy(`
rules:
  - images: ["${host}/bed/app", "${host}/bed/other"]
    signers:
      - issuer: ${GITHUB_ISSUER}
        subject: ${BUILD_IDENTITY}
      - issuer: ${GITHUB_ISSUER}
        subjectRegExp: '^https://github\\.com/signet-bed/app/\\.github/workflows/release\\.yml@refs/tags/v.+$'
`);
      if (!bed.sigstore) throw new Error('test bed: sigstore did not start');
      const trustedRoot = parseTrustedRoot(bed.sigstore.trustedRoot, 'bed');
      const registry = new RegistryClient({ insecureRegistries: [host] });
      // The verifier `signet preflight` itself uses (src/ci/common), over the one verify stage.
      const deps: PreflightDeps = {
        verify: preflightVerifier({ registry, trustedRoot, formats: 'legacy' }).verify,
      };
      const tagged = images.both.replace(/@sha256:.*/, ':v1');
      const manifest = (img: string) =>
        `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: ${img}\n`;
      const ok = await preflight({ files: [{ path: 'ok.yaml', text: manifest(tagged) }], policy }, deps);
      expect(ok.error).toBeUndefined();
      expect(ok.files[0]?.text).toContain(`image: ${images.both}`);
      const bad = await preflight(
        { files: [{ path: 'bad.yaml', text: manifest(images.other) }], policy },
        deps,
      );
      expect(bad.error?.code).toBe('POLICY_UNVERIFIED');
      expect(bad.error?.message).toContain(`image ${images.other} at bad.yaml:7 Pod/p container app`);
      registry.close();
    });
  });
});
