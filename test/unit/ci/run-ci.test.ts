// runCi with its production parts swapped through CiServices: the in-process registry stand-in, a
// local key signer and a recording fake of the cluster (stand-ins: a unit test; the same runs against
// the real Distribution registry, cosign, Fulcio and a real API server are the Action's and the
// component's e2e tests). Action and component runs vary sign, attest-*, verify, push and apply, and
// each asserts which stages ran, which outputs and files were written, and what reached the cluster.
import { generateKeyPairSync } from 'node:crypto';
import { startRegistryStub, type RegistryStub } from '../../support/registry-stub.ts';
import { RegistryClient } from '../../../src/registry/index.ts';
import { KeySigner } from '../../../src/sign/key-signer.ts';
import type { KubeApi } from '../../../src/cluster/kube-client.ts';
import type { KubeObject } from '../../../src/cluster/types.ts';
import type { ExecFile } from '../../../src/build/exec.ts';
import type { PipelineStage } from '../../../src/pipeline/run-pipeline.ts';
import { runCi, type CiAdapter, type CiServices } from '../../../src/ci/common/run-ci.ts';
import { toCiFailure } from '../../../src/ci/common/ci-failure.ts';
import { runComponent } from '../../../src/ci/gitlab/component.ts';
import { INPUTS } from '../../../src/ci/common/inputs.ts';
import { timedByTsa, type CiSigning } from '../../../src/ci/common/pipeline-deps.ts';
import type { Host } from '../../../src/ci/common/host.ts';
import { SignetError } from '../../../src/errors.ts';
import { pushImage as pushTestImage } from '../../support/push-image.ts';

const newKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (k: ReturnType<typeof newKey>) => k.publicKey.export({ type: 'spki', format: 'pem' }).toString();

let stub: RegistryStub;
let pushes = 0;

beforeAll(async () => {
  stub = await startRegistryStub();
});
afterAll(async () => {
  await stub.stop();
});

/** A small image in a repository of its own (each test reads back only what it signed). */
async function pushImage(): Promise<{ tag: string; digest: string }> {
  const client = new RegistryClient({ retry: { baseDelayMs: 1, maxAttempts: 2 } });
  try {
    const repo = { registry: stub.host, repository: `ci/app${++pushes}` };
    const { digest } = await pushTestImage(client, repo, `layer ${pushes}`, { tag: 'v1' });
    return { tag: `${repo.registry}/${repo.repository}:v1`, digest };
  } finally {
    client.close();
  }
}

const SPDX = JSON.stringify({
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'app',
  documentNamespace: 'https://signet.test/spdx/app',
  creationInfo: { created: '2026-12-05T00:00:00Z', creators: ['Tool: signet-test'] },
  packages: [{ SPDXID: 'SPDXRef-Package-a', name: 'a', downloadLocation: 'NOASSERTION' }],
});

/** What a fake run saw: stages, files, cluster calls, builder argv, the env each part was made with. */
interface Seen {
  stages: PipelineStage[];
  files: Map<string, string>;
  kube: string[];
  exec: string[][];
  warnings: string[];
  made: string[];
  env: Record<string, Readonly<Record<string, string | undefined>>>;
}

function fakes(opts: {
  signingKey: ReturnType<typeof newKey>;
  files?: Record<string, string>;
  env?: Record<string, string>;
}) {
  const seen: Seen = { stages: [], files: new Map(), kube: [], exec: [], warnings: [], made: [], env: {} };
  const host: Host = {
    env: { ...opts.env },
    cwd: '/work',
    readFile: async (p) => {
      const text = opts.files?.[p];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return Buffer.from(text);
    },
    readDir: async () => undefined,
    writeFile: async (p, data) => void seen.files.set(p, Buffer.from(data).toString('utf8')),
    stdout: () => {},
    stderr: () => {},
    interactive: false,
    promptSecret: () => Promise.reject(new Error('no prompts')),
    fetch: () => Promise.reject(new Error('no network expected')),
  };
  const kube: KubeApi = {
    read: async () => undefined,
    apply: async (o: KubeObject) => (seen.kube.push(`apply ${o.kind}`), o),
    list: async () => [],
    delete: async (o: KubeObject) => void seen.kube.push(`delete ${o.kind}`),
  };
  const exec: ExecFile = async (argv) => {
    seen.exec.push(argv);
    return { code: 0, stdout: '', stderr: '' };
  };
  const services: CiServices = {
    async registry(_options, h) {
      seen.made.push('registry');
      seen.env.registry = h.env;
      return new RegistryClient({ retry: { baseDelayMs: 1, maxAttempts: 2 } });
    },
    async signing(options, h) {
      seen.made.push('signing');
      seen.env.signing = h.env;
      // A keyless run's signer (a stand-in: a local key whose public half the run does not know).
      return {
        signer: new KeySigner(opts.signingKey.privateKey),
        witnesses: {},
        ...(options.key ? { publicKeyPem: pem(opts.signingKey) } : {}),
        notices: [],
      };
    },
    async kube(text) {
      seen.made.push(`kube ${text}`);
      return kube;
    },
    exec,
    builderEnv: async () => ({}),
  };
  const adapter = (name: CiAdapter['name'], values: Record<string, string>): CiAdapter => ({
    name,
    host,
    input: (n) => values[n] ?? INPUTS.find((i) => i.name === n)!.default,
    log: { info: () => {}, notice: () => {}, warning: (m) => seen.warnings.push(m) },
    mask: () => {},
    outputDir: '/out',
    runIdentity: () => undefined,
    provenance: () => ({
      predicate: {
        buildDefinition: { buildType: 'https://signet.test/build', externalParameters: {} },
        runDetails: { builder: { id: 'https://signet.test/runner' } },
      },
    }),
    visibility: 'private',
    onStage: (stage) => seen.stages.push(stage),
  });
  return { seen, services, adapter };
}

/** A key-signed run of an image another step pushed: no builder process, no Sigstore services. */
const keyRun = (tag: string, digest: string, more: Record<string, string> = {}) => ({
  build: 'none',
  tags: tag,
  digest,
  key: '/work/cosign.key',
  'tlog-upload': 'false',
  'sigstore-instance': 'custom',
  'push-to-github': 'false',
  'sbom-source': 'file',
  'sbom-file': 'sbom.spdx.json',
  ...more,
});

describe('runCi', () => {
  describe('an Action run that signs, attests, verifies and applies', () => {
    it('runs every stage in order, writes every file and output, and applies only after verifying', async () => {
      const key = newKey();
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({
        signingKey: key,
        files: { '/work/sbom.spdx.json': SPDX },
      });
      const run = await runCi(
        adapter(
          'github',
          keyRun(tag, digest, {
            admission: 'policy-controller',
            apply: 'true',
            kubeconfig: 'KUBECONFIG-TEXT',
          }),
        ),
        services,
      );
      expect(seen.stages).toEqual(['build', 'sign', 'sbom', 'provenance', 'verify', 'verify', 'admission']);
      expect(run.expected).toBe('key');
      expect(run.result?.verify?.verified).toBe(true);
      expect(run.outputs).toMatchObject({
        digest,
        verified: 'true',
        'sbom-path': `/out/sbom-${digest.slice(7, 19)}.spdx.json`,
        'report-path': '/out/verify-report.json',
        'policy-path': '/out/policy',
      });
      expect(JSON.parse(run.outputs.signatures!).length).toBe(2);
      expect(run.outputs['bundle-path']).toMatch(/^\/out\/signature-[0-9a-f]{12}\.sigstore\.json$/);
      expect([...seen.files.keys()]).toEqual(
        expect.arrayContaining([
          run.outputs['bundle-path'],
          '/out/verify-report.json',
          run.outputs['sbom-path'],
        ]),
      );
      expect([...seen.files.keys()].some((p) => p.startsWith('/out/policy/'))).toBe(true);
      expect(seen.made).toEqual(['registry', 'signing', 'kube KUBECONFIG-TEXT']);
      expect(seen.kube.filter((c) => c.startsWith('apply ')).length).toBe(
        run.result!.admission!.objects.length,
      );
      expect(seen.exec).toEqual([]);
    });
  });

  describe('a component run that only signs (verify: false)', () => {
    it('signs and stops: no SBOM, no provenance, no verification, no report, no cluster', async () => {
      const key = newKey();
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({ signingKey: key });
      const run = await runCi(
        adapter(
          'gitlab',
          keyRun(tag, digest, { 'attest-sbom': 'false', 'attest-provenance': 'false', verify: 'false' }),
        ),
        services,
      );
      expect(seen.stages).toEqual(['build', 'sign']);
      expect(run.outputs.verified).toBe('false');
      expect(run.outputs['report-path']).toBeUndefined();
      expect(run.outputs['policy-path']).toBeUndefined();
      expect(run.outputs['sbom-path']).toBeUndefined();
      expect(
        JSON.parse(run.outputs.signatures!)
          .map((s: { format: string }) => s.format)
          .sort(),
      ).toEqual(['bundle', 'legacy']);
      expect([...seen.files.keys()]).toEqual([run.outputs['bundle-path']]);
    });
  });

  describe('a component run that only attests provenance (sign: false, attest-sbom: false)', () => {
    it('attests and writes no signature', async () => {
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({ signingKey: newKey() });
      const run = await runCi(
        adapter('gitlab', keyRun(tag, digest, { sign: 'false', 'attest-sbom': 'false', verify: 'false' })),
        services,
      );
      expect(seen.stages).toEqual(['build', 'provenance']);
      expect(run.result?.provenance?.attestations.length).toBeGreaterThan(0);
      expect(run.outputs.signatures).toBe('[]');
      expect(run.outputs['bundle-path']).toBeUndefined();
    });
  });

  describe('a verification that fails', () => {
    it('returns the failed verification, writes its report, and generates and applies nothing', async () => {
      const signer = newKey();
      const { tag, digest } = await pushImage();
      // First a run signs with one key; then a verify-only run expects another key.
      const first = fakes({ signingKey: signer });
      await runCi(
        first.adapter(
          'gitlab',
          keyRun(tag, digest, { 'attest-sbom': 'false', 'attest-provenance': 'false', verify: 'false' }),
        ),
        first.services,
      );
      const other = newKey();
      const { seen, services, adapter } = fakes({
        signingKey: other,
        files: { '/work/other.pub': pem(other) },
      });
      const run = await runCi(
        adapter(
          'github',
          keyRun(tag, digest, {
            key: '/work/other.pub',
            sign: 'false',
            'attest-sbom': 'false',
            'attest-provenance': 'false',
            admission: 'kyverno',
            apply: 'true',
            kubeconfig: 'KUBECONFIG-TEXT',
          }),
        ),
        services,
      );
      expect(seen.stages).toEqual(['build', 'verify']);
      expect(run.result?.verify?.verified).toBe(false);
      expect(run.outputs.verified).toBe('false');
      expect(run.outputs['report-path']).toBe('/out/verify-report.json');
      expect(run.outputs['policy-path']).toBeUndefined();
      expect(seen.kube).toEqual([]);
      // Nothing was signed: the signer was never made.
      expect(seen.made).toEqual(['registry', 'kube KUBECONFIG-TEXT']);
    });
  });

  describe('push: false', () => {
    it('builds only: the builder runs without pushing, and nothing is signed, verified or made', async () => {
      const { seen, services, adapter } = fakes({ signingKey: newKey() });
      const run = await runCi(
        adapter('github', {
          build: 'docker',
          push: 'false',
          tags: `${stub.host}/ci/local:v1`,
          'push-to-github': 'false',
        }),
        services,
      );
      expect(run.buildOnly).toBe(true);
      expect(run.outputs).toEqual({ verified: 'false' });
      expect(seen.stages).toEqual(['build']);
      expect(seen.exec.map((a) => a.slice(0, 2))).toEqual([['docker', 'build']]);
      expect(seen.made).toEqual([]);
      expect(seen.files.size).toBe(0);
    });
  });

  describe('inputs that are refused before anything runs', () => {
    it.each([
      [
        'apply without verify',
        { verify: 'false', apply: 'true', admission: 'kyverno' },
        /apply needs verify: true/,
      ],
      ['dry-run without apply', { 'dry-run': 'true' }, /dry-run only applies to apply/],
      ['build-args with build: none', { 'build-args': 'A=1' }, /^input build-args: not used by build: none/],
      [
        'several build inputs with build: none',
        { file: 'Dockerfile', platforms: 'linux/arm64', context: 'app' },
        /^input context, file, platforms: not used by build: none.*drop them, or choose a builder/,
      ],
      ['vsa-on-failure without vsa', { 'vsa-on-failure': 'true' }, /vsa-on-failure needs vsa: true/],
    ])('%s', async (_name, values, message) => {
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({ signingKey: newKey() });
      const failure = runCi(adapter('github', keyRun(tag, digest, values)), services);
      await expect(failure).rejects.toThrow(message);
      await expect(failure).rejects.toMatchObject({ code: 'USAGE_CONFLICTING_INPUTS' });
      expect(seen.stages).toEqual([]);
      expect(seen.made).toEqual([]);
    });
  });

  describe('inputs that name nothing known, or files that are not what they say', () => {
    it('an unknown sbom-source is refused before anything is made', async () => {
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({ signingKey: newKey() });
      const failure = runCi(adapter('github', keyRun(tag, digest, { 'sbom-source': 'syft' })), services);
      await expect(failure).rejects.toThrow(
        'input sbom-source: "syft" is not one of buildkit, file, generate',
      );
      await expect(failure).rejects.toMatchObject({ code: 'USAGE_INVALID_INPUT' });
      expect(seen.made).toEqual([]);
    });

    it('a secrets line without "=" is refused without printing it', async () => {
      const { seen, services, adapter } = fakes({ signingKey: newKey() });
      const failure = runCi(
        adapter('github', {
          tags: `${stub.host}/ci/secret:v1`,
          secrets: 'planted-SECRET-without-equals',
          'sigstore-instance': 'public-good',
        }),
        services,
      );
      await expect(failure).rejects.toThrow('input secrets: expected KEY=VALUE, got a line without "="');
      await expect(failure).rejects.not.toThrow(/planted-SECRET/);
      expect(seen.made).toEqual([]);
      expect(seen.exec).toEqual([]);
    });

    it('a trusted-root that is not JSON is refused before any stage writes', async () => {
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({
        signingKey: newKey(),
        files: { '/work/root.json': 'this is { not json' },
      });
      const failure = runCi(
        adapter(
          'gitlab',
          keyRun(tag, digest, {
            'attest-sbom': 'false',
            'attest-provenance': 'false',
            verify: 'false',
            admission: 'kyverno',
            'trusted-root': 'root.json',
          }),
        ),
        services,
      );
      await expect(failure).rejects.toThrow('input trusted-root: root.json is not JSON');
      expect(seen.stages).toEqual([]);
      expect(seen.files.size).toBe(0);
    });
  });

  describe('inputs beat the environment', () => {
    it('key-password is the key password over COSIGN_PASSWORD, github-token the GITHUB_TOKEN', async () => {
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({
        signingKey: newKey(),
        env: { COSIGN_PASSWORD: 'from-env', GITHUB_TOKEN: 'env-token' },
      });
      await runCi(
        adapter(
          'github',
          keyRun(tag, digest, {
            'key-password': 'from-input',
            'github-token': 'input-token',
            'attest-sbom': 'false',
            'attest-provenance': 'false',
            verify: 'false',
          }),
        ),
        services,
      );
      expect(seen.env.signing).toMatchObject({ COSIGN_PASSWORD: 'from-input', GITHUB_TOKEN: 'input-token' });
      expect(seen.env.registry).toMatchObject({ GITHUB_TOKEN: 'input-token' });
    });

    it('the environment still serves when the input is not given', async () => {
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({
        signingKey: newKey(),
        env: { COSIGN_PASSWORD: 'from-env' },
      });
      await runCi(
        adapter(
          'gitlab',
          keyRun(tag, digest, { 'attest-sbom': 'false', 'attest-provenance': 'false', verify: 'false' }),
        ),
        services,
      );
      expect(seen.env.signing).toMatchObject({ COSIGN_PASSWORD: 'from-env' });
    });
  });

  describe('verify claims', () => {
    // Keyless, admission objects written for review (verify: false keeps the run off Sigstore's trust).
    const keyless = {
      key: '',
      'allow-public-logs': 'true',
      'attest-sbom': 'false',
      'attest-provenance': 'false',
      verify: 'false',
      admission: 'policy-controller',
      'certificate-identity': 'https://gitlab.test/acme/app//.gitlab-ci.yml@refs/heads/main',
      'certificate-oidc-issuer': 'https://gitlab.test',
    };

    it('warns that the admission objects cannot pin them', async () => {
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({ signingKey: newKey() });
      const run = await runCi(
        adapter(
          'gitlab',
          keyRun(tag, digest, {
            ...keyless,
            'source-repository-ref': 'refs/heads/main',
            'build-trigger': 'push',
          }),
        ),
        services,
      );
      expect(seen.stages).toEqual(['build', 'sign', 'admission']);
      expect(run.result?.admission?.input.build).toEqual({
        kind: 'keyless',
        issuer: keyless['certificate-oidc-issuer'],
        subject: keyless['certificate-identity'],
      });
      expect(seen.warnings).toContainEqual(
        expect.stringMatching(
          /^source-repository-ref, build-trigger: not checked \(verify: false\), and not at admission: the admission objects pin the signer's issuer and subject only/,
        ),
      );
    });

    it('are refused with a key: a key signature has no certificate claims', async () => {
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({ signingKey: newKey() });
      const failure = runCi(
        adapter('github', keyRun(tag, digest, { 'source-repository-digest': 'a'.repeat(40) })),
        services,
      );
      await expect(failure).rejects.toThrow(
        'source-repository-digest: a key signature carries no certificate claims to check; drop it, or sign and verify keyless',
      );
      await expect(failure).rejects.toMatchObject({ code: 'USAGE_CONFLICTING_INPUTS' });
      expect(seen.made).toEqual([]);
    });

    it('does not warn without admission objects', async () => {
      const { tag, digest } = await pushImage();
      const { seen, services, adapter } = fakes({ signingKey: newKey() });
      await runCi(
        adapter('gitlab', keyRun(tag, digest, { ...keyless, admission: '', 'build-trigger': 'push' })),
        services,
      );
      expect(seen.stages).toEqual(['build', 'sign']);
      expect(seen.warnings.filter((w) => w.includes('not at admission'))).toEqual([]);
    });
  });
});

describe('toCiFailure', () => {
  it('puts the code on the first line and the cause chain below it, one line each', () => {
    const root = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const mid = new SignetError('REGISTRY_UNAVAILABLE', 'GET https://r.test/v2/: unreachable\nsecond line', {
      cause: root,
    });
    const err = new SignetError('SIGN_FAILED', 'signing r.test/app@sha256:ab: registry\nhint: check', {
      cause: mid,
    });
    expect(toCiFailure(err)).toEqual({
      message: 'signing r.test/app@sha256:ab: registry [SIGN_FAILED]\nhint: check',
      causes: [
        'caused by: GET https://r.test/v2/: unreachable [REGISTRY_UNAVAILABLE]',
        'caused by: connect ECONNREFUSED 127.0.0.1:1 [ECONNREFUSED]',
      ],
    });
  });

  it('stops at a cycle', () => {
    const a: Error = new Error('a');
    const b = new Error('b', { cause: a });
    Object.defineProperty(a, 'cause', { value: b });
    expect(toCiFailure(a).causes.length).toBe(8);
  });
});

describe('a failed component run', () => {
  it('prints the one error line with its code, then the cause chain below it', async () => {
    const stderr: string[] = [];
    const host: Host = {
      env: { SIGNET_INPUT_TAGS: 'Bad Tag', SIGNET_INPUT_DIGEST: `sha256:${'a'.repeat(64)}` },
      cwd: '/nonexistent',
      readFile: () => Promise.reject(new Error('no file reads expected')),
      readDir: () => Promise.reject(new Error('no reads expected')),
      writeFile: () => Promise.reject(new Error('no writes expected')),
      stdout: () => {},
      stderr: (t) => void stderr.push(t),
      interactive: false,
      promptSecret: () => Promise.reject(new Error('no prompts')),
      fetch: () => Promise.reject(new Error('no network expected')),
    };
    expect(await runComponent(host)).toBe(1);
    expect(stderr.join('').split('\n')).toEqual([
      expect.stringMatching(/^signet: input tags: .*\[REGISTRY_INVALID_REFERENCE\]$/),
      expect.stringMatching(/^ {2}caused by: .*\[REGISTRY_INVALID_REFERENCE\]$/),
      '',
    ]);
  });
});

// Which runs make admission objects that require a signed timestamp (see timedByTsa).
describe('timedByTsa', () => {
  const signer = new KeySigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
  const run = (witnesses: CiSigning['witnesses'], publicKeyPem?: string): CiSigning => ({
    signer,
    witnesses,
    notices: [],
    ...(publicKeyPem ? { publicKeyPem } : {}),
  });
  const tsa = 'http://tsa.test/api/v1/timestamp';

  it('is true for keyless signing through Rekor v2 with a TSA, or through a TSA alone', () => {
    expect(timedByTsa(run({ rekorURL: 'http://rekor.test', rekorMajorApiVersion: 2, tsaURL: tsa }))).toBe(
      true,
    );
    expect(timedByTsa(run({ tsaURL: tsa }))).toBe(true);
  });

  it('is false for a Rekor v1 entry (its integrated time), a key, or no signing', () => {
    expect(timedByTsa(run({ rekorURL: 'http://rekor.test', tsaURL: tsa }))).toBe(false);
    expect(timedByTsa(run({ rekorURL: 'http://rekor.test', rekorMajorApiVersion: 1 }))).toBe(false);
    expect(timedByTsa(run({ tsaURL: tsa }, '-----BEGIN PUBLIC KEY-----'))).toBe(false);
    expect(timedByTsa(undefined)).toBe(false);
  });
});
