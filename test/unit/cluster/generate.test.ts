import {
  generateAdmission,
  checkClusterImagePolicy,
  PolicyError,
  toRefSubjectRegExp,
  type KubeObject,
} from '../../../src/cluster/index.ts';
import { parseReference } from '../../../src/registry/index.ts';
import { crdValidator } from './crds.ts';
import {
  BUILD_SUBJECT,
  DIGEST_A,
  GITHUB_ISSUER,
  PUBLIC_KEY,
  RELEASE_WORKFLOW,
  fullInput,
} from './fixtures.ts';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const spec = (o: KubeObject | undefined) => (o?.spec ?? {}) as Any;
const byName = (objects: KubeObject[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name);

describe('generateAdmission', () => {
  describe('with two trust levels, a private trusted root, digests, attestations and a bypass', () => {
    const out = generateAdmission(fullInput());

    it('produces every object in a stable order', () => {
      expect(out.objects.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`)).toEqual([
        'policy.sigstore.dev/v1alpha1 TrustRoot acme-app-trust-root',
        'policy.sigstore.dev/v1beta1 ClusterImagePolicy acme-app-build',
        'policy.sigstore.dev/v1beta1 ClusterImagePolicy acme-app-release',
        'policy.sigstore.dev/v1beta1 ClusterImagePolicy acme-app-aaaaaaaaaaaa',
        'kyverno.io/v1 ClusterPolicy acme-app',
        'policies.kyverno.io/v1 ImageValidatingPolicy acme-app-development',
        'policies.kyverno.io/v1 ImageValidatingPolicy acme-app-production',
        'kyverno.io/v2 PolicyException acme-app-bypass',
        'policies.kyverno.io/v1 PolicyException acme-app-bypass-ivp',
      ]);
      expect(generateAdmission(fullInput())).toEqual(out);
    });

    it('validates every object against its upstream CRD with unknown fields rejected', () => {
      const validate = crdValidator();
      for (const o of out.objects)
        expect({ name: o.metadata.name, errors: validate(o) }).toEqual({ name: o.metadata.name, errors: [] });
    });

    it('passes the policy-controller webhook rules', () => {
      for (const o of out.objects.filter((x) => x.kind === 'ClusterImagePolicy'))
        expect(checkClusterImagePolicy(o)).toEqual([]);
    });

    it('never uses the non-existent sigstore.dev group', () => {
      expect(out.objects.every((o) => !o.apiVersion.startsWith('sigstore.dev/'))).toBe(true);
    });

    it('enforces build AND release in policy-controller with two policies over the same globs, one authority each', () => {
      const build = spec(byName(out.objects, 'ClusterImagePolicy', 'acme-app-build'));
      const release = spec(byName(out.objects, 'ClusterImagePolicy', 'acme-app-release'));
      expect(build.images).toEqual(release.images);
      expect(build.images).toEqual([
        { glob: 'ghcr.io/acme/app:*' },
        { glob: 'ghcr.io/acme/app@*' },
        { glob: 'registry.example.com:5000/acme/worker:*' },
        { glob: 'registry.example.com:5000/acme/worker@*' },
      ]);
      expect(build.authorities).toHaveLength(1);
      expect(release.authorities).toHaveLength(1);
      expect(build.authorities[0].keyless.identities).toEqual([
        { issuer: GITHUB_ISSUER, subject: BUILD_SUBJECT },
      ]);
      expect(release.authorities[0].keyless.identities[0].subjectRegExp).toMatch(/^\^.*\$$/);
      expect(build.mode).toBe('enforce');
    });

    it('points keyless authorities, the tlog and the signature format at the private trust root', () => {
      const a = spec(byName(out.objects, 'ClusterImagePolicy', 'acme-app-build')).authorities[0];
      expect(a).toMatchObject({
        keyless: { url: 'http://127.0.0.1:36347', trustRootRef: 'acme-app-trust-root' },
        ctlog: { url: 'http://127.0.0.1:45773', trustRootRef: 'acme-app-trust-root' },
        signatureFormat: 'legacy',
        attestations: [
          { name: 'sbom', predicateType: 'https://cyclonedx.org/bom' },
          { name: 'provenance', predicateType: 'https://slsa.dev/provenance/v1' },
        ],
      });
    });

    it('writes the TrustRoot keys as base64 of PEM, as policy-controller unmarshals []byte', () => {
      const keys = spec(byName(out.objects, 'TrustRoot', 'acme-app-trust-root')).sigstoreKeys;
      expect(Buffer.from(keys.tLogs[0].publicKey, 'base64').toString()).toMatch(
        /^-----BEGIN PUBLIC KEY-----\n/,
      );
      expect(Buffer.from(keys.certificateAuthorities[0].certChain, 'base64').toString()).toMatch(
        /^-----BEGIN CERTIFICATE-----\n/,
      );
      expect(keys.timestampAuthorities).toHaveLength(1);
      expect(keys.ctLogs).toHaveLength(1);
    });

    it('labels the per-digest policy for pruning and pins its glob to the digest', () => {
      const o = byName(out.objects, 'ClusterImagePolicy', 'acme-app-aaaaaaaaaaaa');
      expect(o?.metadata.labels).toEqual({
        'app.kubernetes.io/managed-by': 'signet',
        'signet.dev/policy': 'acme-app',
        'signet.dev/scope': 'digest',
      });
      expect(o?.metadata.annotations).toEqual({ 'signet.dev/digest': DIGEST_A });
      expect(spec(o).images).toEqual([
        { glob: `ghcr.io/acme/app@${DIGEST_A}` },
        { glob: `registry.example.com:5000/acme/worker@${DIGEST_A}` },
      ]);
      expect(spec(o).authorities[0].name).toBe('release');
    });

    it('gives Kyverno an Audit development rule and an Enforce production rule with count 2 over both identities', () => {
      const rules = spec(byName(out.objects, 'ClusterPolicy', 'acme-app')).rules as Any;
      expect(rules.map((r: Any) => r.name)).toEqual(['verify-development', 'verify-production']);
      const [dev, prod] = rules.map((r: Any) => r.verifyImages[0]);
      expect(dev).toMatchObject({
        failureAction: 'Audit',
        mutateDigest: false,
        required: true,
        type: 'Cosign',
      });
      expect(prod).toMatchObject({
        failureAction: 'Enforce',
        mutateDigest: true,
        verifyDigest: true,
        required: true,
      });
      expect(dev.attestors).toEqual([
        {
          count: 1,
          entries: [
            expect.objectContaining({ keyless: expect.objectContaining({ subject: BUILD_SUBJECT }) }),
          ],
        },
      ]);
      expect(prod.attestors[0].count).toBe(2);
      expect(prod.attestors[0].entries.map((e: Any) => e.keyless.subject ?? e.keyless.subjectRegExp)).toEqual(
        [BUILD_SUBJECT, expect.stringContaining('release')],
      );
      expect(prod.attestations.map((a: Any) => a.type)).toEqual([
        'https://cyclonedx.org/bom',
        'https://slsa.dev/provenance/v1',
      ]);
    });

    it('scopes Kyverno rules by exact namespace label values and excludes system namespaces', () => {
      const [dev, prod] = (spec(byName(out.objects, 'ClusterPolicy', 'acme-app')).rules as Any).map(
        (r: Any) => r,
      );
      expect(dev.match.any[0].resources.namespaceSelector).toEqual({
        matchExpressions: [{ key: 'signet.dev/trust-level', operator: 'In', values: ['development'] }],
      });
      expect(prod.match.any[0].resources.namespaceSelector.matchExpressions[0].values).toEqual([
        'production',
      ]);
      expect(prod.exclude.any[0].resources.namespaces).toEqual(
        expect.arrayContaining(['kube-system', 'kyverno']),
      );
    });

    it('makes the production ImageValidatingPolicy deny unless both attestors verify', () => {
      const p = spec(byName(out.objects, 'ImageValidatingPolicy', 'acme-app-production'));
      expect(p.validationActions).toEqual(['Deny']);
      expect(p.attestors.map((a: Any) => a.name)).toEqual(['build', 'release']);
      expect(p.validations[0].expression).toContain(
        'verifyImageSignatures(image, [attestors.build, attestors.release]) == 2',
      );
      expect(
        spec(byName(out.objects, 'ImageValidatingPolicy', 'acme-app-development')).validationActions,
      ).toEqual(['Audit']);
    });

    it('bypasses through PolicyExceptions naming the rules, including Kyverno’s autogen rules', () => {
      const e = byName(out.objects, 'PolicyException', 'acme-app-bypass');
      expect(e?.metadata.namespace).toBe('kyverno');
      expect(spec(e).exceptions[0].ruleNames).toContain('autogen-verify-production');
      expect(spec(e).match.any[0].resources.namespaces).toEqual(['incident-42']);
      expect(out.objects.some((o) => JSON.stringify(o).includes('policies.kyverno.io/skip'))).toBe(false);
    });

    it('writes Connaisseur values requiring both trust roots', () => {
      expect(out.connaisseurValues).toMatchObject({
        application: {
          validators: [
            { name: 'acme-app', type: 'cosign', trustRoots: [{ name: 'build' }, { name: 'release' }] },
          ],
          policy: [
            {
              pattern: 'ghcr.io/acme/app:*',
              validator: 'acme-app',
              with: { trustRoot: '*', required: ['build', 'release'] },
            },
            { pattern: 'registry.example.com:5000/acme/worker:*', validator: 'acme-app' },
          ],
        },
      });
    });
  });

  describe('with a public key and the development level', () => {
    const out = generateAdmission(
      fullInput({
        build: { kind: 'key', publicKey: PUBLIC_KEY },
        release: undefined,
        trustedRoot: undefined,
        digests: [],
        bypass: undefined,
        noTlog: true,
        mode: 'warn',
      }),
    );

    it('writes one key authority without a tlog and validates against the CRDs', () => {
      const cips = out.objects.filter((o) => o.kind === 'ClusterImagePolicy');
      expect(cips.map((o) => o.metadata.name)).toEqual(['acme-app-build']);
      expect(spec(cips[0]).mode).toBe('warn');
      expect(spec(cips[0]).authorities[0]).toEqual(
        expect.objectContaining({
          key: { data: PUBLIC_KEY, hashAlgorithm: 'sha256' },
          signatureFormat: 'legacy',
        }),
      );
      expect(spec(cips[0]).authorities[0].ctlog).toBeUndefined();
      const validate = crdValidator();
      for (const o of out.objects) expect(validate(o)).toEqual([]);
    });

    it('tells Kyverno to ignore the tlog and SCT for the key', () => {
      const prod = (spec(out.objects.find((o) => o.kind === 'ClusterPolicy')).rules as Any)[1]
        .verifyImages[0];
      expect(prod.attestors[0]).toEqual({
        count: 1,
        entries: [
          {
            keys: expect.objectContaining({
              rekor: expect.objectContaining({ ignoreTlog: true }),
              ctlog: { ignoreSCT: true },
            }),
          },
        ],
      });
    });

    it('writes Docker Hub repositories the way each controller names them', () => {
      const hub = generateAdmission(
        fullInput({ repositories: [parseReference('nginx')], bypass: undefined }),
        ['policy-controller', 'kyverno'],
      );
      expect(spec(hub.objects.find((o) => o.kind === 'ClusterImagePolicy')).images[0]).toEqual({
        glob: 'index.docker.io/library/nginx:*',
      });
      expect(
        (spec(hub.objects.find((o) => o.kind === 'ClusterPolicy')).rules as Any)[0].verifyImages[0]
          .imageReferences[0],
      ).toBe('docker.io/library/nginx:*');
    });
  });

  describe('with the bundle format', () => {
    it('uses SigstoreBundle in Kyverno', () => {
      const out = generateAdmission(fullInput({ signatureFormat: 'bundle', bypass: undefined }), ['kyverno']);
      expect(
        (spec(out.objects.find((o) => o.kind === 'ClusterPolicy')).rules as Any)[0].verifyImages[0].type,
      ).toBe('SigstoreBundle');
      const validate = crdValidator();
      for (const o of out.objects) expect(validate(o)).toEqual([]);
    });

    it('refuses it for policy-controller, which reads bundles only for attestations, naming the fix', () => {
      for (const build of [fullInput().build, { kind: 'key' as const, publicKey: PUBLIC_KEY }]) {
        expect(() =>
          generateAdmission(fullInput({ signatureFormat: 'bundle', build }), ['policy-controller']),
        ).toThrow(
          expect.objectContaining({
            code: 'POLICY_INVALID_INPUT',
            message: expect.stringContaining('legacy'),
          }),
        );
      }
    });

    it('refuses the bundle format for Connaisseur', () => {
      expect(() => generateAdmission(fullInput({ signatureFormat: 'bundle' }), ['connaisseur'])).toThrow(
        PolicyError,
      );
    });
  });

  describe('with a TUF mirror of the private Sigstore', () => {
    const root = JSON.stringify({ signed: { _type: 'root', version: 1 }, signatures: [] });
    const tuf = { mirror: 'http://127.0.0.1:8088', rootJSON: root };

    it('gives each keyless ImageValidatingPolicy attestor the mirror and its root, and drops the warning', () => {
      const out = generateAdmission(fullInput({ tuf }), ['kyverno-ivp']);
      const p = spec(byName(out.objects, 'ImageValidatingPolicy', 'acme-app-production'));
      for (const a of p.attestors)
        expect(a.cosign.tuf).toEqual({
          mirror: 'http://127.0.0.1:8088',
          root: { data: Buffer.from(root).toString('base64') },
        });
      expect(out.warnings.join('\n')).not.toContain('initialises TUF');
      const validate = crdValidator();
      for (const o of out.objects) expect(validate(o)).toEqual([]);
      expect(generateAdmission(fullInput(), ['kyverno-ivp']).warnings.join('\n')).toContain(
        'initialises TUF',
      );
    });

    it('leaves key attestors without TUF (no Sigstore services are consulted)', () => {
      const out = generateAdmission(
        fullInput({ build: { kind: 'key', publicKey: PUBLIC_KEY }, release: undefined, tuf }),
        ['kyverno-ivp'],
      );
      const p = spec(byName(out.objects, 'ImageValidatingPolicy', 'acme-app-production'));
      expect(p.attestors[0].cosign.tuf).toBeUndefined();
    });

    it.each([
      [
        'a mirror that is not an http(s) URL',
        { mirror: 'file:///tuf', rootJSON: root },
        'is not an http(s) URL',
      ],
      [
        'a root that is not TUF root metadata',
        { mirror: 'https://tuf.example.com', rootJSON: '{}' },
        'not a TUF root.json',
      ],
    ])('refuses %s', (_what, bad, message) => {
      expect(() => generateAdmission(fullInput({ tuf: bad }), ['kyverno-ivp'])).toThrow(
        expect.objectContaining({ code: 'POLICY_INVALID_INPUT', message: expect.stringContaining(message) }),
      );
    });
  });

  describe('when the input is unsafe or incomplete', () => {
    it.each([
      [
        'a .* identity',
        { build: { kind: 'keyless' as const, issuer: GITHUB_ISSUER, subjectRegExp: '.*' } },
        'POLICY_INVALID_IDENTITY',
      ],
      [
        'no issuer',
        { build: { kind: 'keyless' as const, issuer: '', subject: BUILD_SUBJECT } },
        'POLICY_INVALID_IDENTITY',
      ],
      [
        'subject and regexp',
        { build: { kind: 'keyless' as const, issuer: GITHUB_ISSUER, subject: 'a', subjectRegExp: 'b' } },
        'POLICY_INVALID_IDENTITY',
      ],
      ['a bad key', { build: { kind: 'key' as const, publicKey: 'not a key' } }, 'POLICY_INVALID_IDENTITY'],
      ['no repositories', { repositories: [] }, 'POLICY_INVALID_INPUT'],
      ['an upper-case name', { name: 'Acme' }, 'POLICY_INVALID_INPUT'],
      [
        'a predicate type that is no URI',
        { attestations: [{ name: 'sbom', predicateType: 'cyclonedx' }] },
        'POLICY_INVALID_INPUT',
      ],
    ])('throws for %s', (_, over, code) => {
      expect(() => generateAdmission(fullInput(over))).toThrow(expect.objectContaining({ code }));
    });

    it('anchors regular expressions that were given unanchored', () => {
      const out = generateAdmission(
        fullInput({
          release: {
            kind: 'keyless',
            issuer: GITHUB_ISSUER,
            subjectRegExp: 'https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/tags/v.+',
          },
        }),
        ['policy-controller'],
      );
      expect(
        spec(out.objects.find((o) => o.metadata.name === 'acme-app-release')).authorities[0].keyless
          .identities[0].subjectRegExp,
      ).toBe('^(?:https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/tags/v.+)$');
    });
  });
});

describe('toRefSubjectRegExp', () => {
  const re = new RegExp(toRefSubjectRegExp(RELEASE_WORKFLOW, 'refs/tags/v*'));
  it.each([
    [`${RELEASE_WORKFLOW}@refs/tags/v1.2.3`, true],
    [`${RELEASE_WORKFLOW}@refs/heads/main`, false],
    [`${RELEASE_WORKFLOW}@refs/tags/v`, false],
    [`https://github.com/acme/app/.github/workflows/release.yml.evil@refs/tags/v1`, false],
    [`https://github.com/acme/appx/.github/workflows/release.yml@refs/tags/v1`, false],
  ])('%s → %s', (subject, ok) => expect(re.test(subject)).toBe(ok));
});

describe('the emergency bypass', () => {
  it.each([
    ['*'],
    ['incident-*'],
    ['incident-?'],
    [''],
    ['Prod'],
    ['a_b'],
    ['-a'],
    ['a.b'],
    ['x'.repeat(64)],
  ])('refuses the namespace %j with POLICY_INVALID_INPUT, naming the flag', (ns) => {
    expect(() =>
      generateAdmission(fullInput({ bypass: { namespaces: ['incident-42', ns], reason: 'r' } })),
    ).toThrow(
      expect.objectContaining({
        code: 'POLICY_INVALID_INPUT',
        message: expect.stringContaining(`--bypass-namespace ${JSON.stringify(ns)} is not a namespace name`),
      }),
    );
  });

  it('refuses a bypass naming no namespace', () => {
    expect(() => generateAdmission(fullInput({ bypass: { namespaces: [], reason: 'r' } }))).toThrow(
      expect.objectContaining({ code: 'POLICY_INVALID_INPUT' }),
    );
  });

  it('gives the ClusterPolicy and the ImageValidatingPolicy exceptions exactly the same namespaces', () => {
    const out = generateAdmission(
      fullInput({ bypass: { namespaces: ['b-ns', 'a-ns', 'b-ns', 'x'.repeat(63)], reason: 'r' } }),
    );
    const classic = spec(byName(out.objects, 'PolicyException', 'acme-app-bypass'));
    const cel = spec(byName(out.objects, 'PolicyException', 'acme-app-bypass-ivp'));
    const classicNs = classic.match.any.flatMap((m: Any) => m.resources.namespaces);
    const expression: string = cel.matchConditions[0].expression;
    const celNs = JSON.parse(expression.replace(/^request\.namespace in /, '')) as string[];
    expect(classicNs).toEqual(['a-ns', 'b-ns', 'x'.repeat(63)]);
    expect(celNs).toEqual(classicNs);
  });
});
