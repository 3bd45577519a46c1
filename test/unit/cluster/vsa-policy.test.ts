// The `-vsa` admission targets: objects valid against the controllers' CRDs (test/fixtures/crds) and
// policy-controller's webhook rules, the Rego/Kyverno/CEL conditions they carry, and the refusals of bad
// VSA options. Whether the real controllers admit and refuse with them is
// test/integration/vsa.itg.test.ts (Kyverno CLI and policy-controller's tester).
import { generateAdmission, type KubeObject } from '../../../src/cluster/index.ts';
import { crdValidator } from './crds.ts';
import { BUILD_SUBJECT, fullInput, PUBLIC_KEY } from './fixtures.ts';

const VSA = 'https://slsa.dev/verification_summary/v1';
const byName = (objects: KubeObject[], name: string) => objects.find((o) => o.metadata.name === name)!;

describe('generateAdmission with the -vsa targets', () => {
  const validate = crdValidator();

  it('writes a ClusterImagePolicy, a ClusterPolicy and an ImageValidatingPolicy that the CRDs accept', () => {
    const out = generateAdmission(fullInput({ vsa: { minLevel: 'SLSA_BUILD_LEVEL_2', maxAge: '24h' } }), [
      'policy-controller-vsa',
      'kyverno-vsa',
      'kyverno-ivp-vsa',
    ]);
    expect(out.objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'TrustRoot/acme-app-trust-root',
      'ClusterImagePolicy/acme-app-vsa',
      'ClusterPolicy/acme-app-vsa',
      'ImageValidatingPolicy/acme-app-vsa',
    ]);
    for (const o of out.objects) {
      expect({ name: o.metadata.name, errors: validate(o) }).toEqual({ name: o.metadata.name, errors: [] });
    }
    expect(out.warnings).toEqual([
      expect.stringContaining('kyverno ImageValidatingPolicy (vsa): Kyverno 1.19 initialises TUF'),
      expect.stringContaining('the maximum age is not enforced'),
    ]);
  });

  it('policy-controller: the build identity’s VSA attestation must satisfy a Rego policy over the statement', () => {
    const { objects } = generateAdmission(
      fullInput({ vsa: { minLevel: 'SLSA_BUILD_LEVEL_2', maxAge: '24h' } }),
      ['policy-controller-vsa'],
    );
    const cip = byName(objects, 'acme-app-vsa') as KubeObject & {
      spec: { authorities: Record<string, unknown>[]; images: { glob: string }[] };
    };
    const globs = cip.spec.images.map((i) => i.glob);
    expect(globs.length).toBeGreaterThan(0);
    for (const g of globs)
      expect(g).toMatch(/^(ghcr\.io\/acme\/app|registry\.example\.com:5000\/acme\/worker)/);
    const [authority] = cip.spec.authorities;
    expect(authority).toMatchObject({
      name: 'vsa',
      keyless: {
        identities: [{ issuer: expect.any(String), subject: BUILD_SUBJECT }],
        trustRootRef: 'acme-app-trust-root',
      },
      attestations: [{ name: 'vsa', predicateType: VSA, policy: { type: 'rego' } }],
    });
    const rego = (authority!.attestations as { policy: { data: string } }[])[0]!.policy.data;
    expect(rego).toContain('package sigstore');
    expect(rego).toContain('p.verificationResult == "PASSED"');
    expect(rego).toContain(
      'prefixes := ["oci://ghcr.io/acme/app@","oci://registry.example.com:5000/acme/worker@"]',
    );
    expect(rego).toContain(`verifiers := ["${BUILD_SUBJECT}"]`);
    expect(rego).toContain('levels := ["SLSA_BUILD_LEVEL_2","SLSA_BUILD_LEVEL_3"]');
    expect(rego).toContain('time.now_ns() - verified <= 86400 * 1000000000');
  });

  it('kyverno: a verifyImages attestation of the VSA type with conditions, signed by the build identity', () => {
    const { objects } = generateAdmission(fullInput({ vsa: { maxAge: '7d' } }), ['kyverno-vsa']);
    const policy = byName(objects, 'acme-app-vsa') as KubeObject & {
      spec: { rules: { verifyImages: Record<string, unknown>[] }[] };
    };
    const [verify] = policy.spec.rules[0]!.verifyImages;
    expect(verify).toMatchObject({ failureAction: 'Enforce', required: true, type: 'Cosign' });
    expect(verify).not.toHaveProperty('attestors');
    const [att] = verify!.attestations as {
      type: string;
      attestors: unknown[];
      conditions: { all: unknown[] }[];
    }[];
    expect(att!.type).toBe(VSA);
    expect(att!.attestors).toEqual([
      { count: 1, entries: [{ keyless: expect.objectContaining({ subject: BUILD_SUBJECT }) }] },
    ]);
    expect(att!.conditions[0]!.all).toEqual([
      { key: '{{ verificationResult }}', operator: 'Equals', value: 'PASSED' },
      {
        key: '{{ resourceUri }}',
        operator: 'Equals',
        value: 'oci://{{ image.registry }}/{{ image.path }}@*',
      },
      { key: '{{ verifier.id }}', operator: 'AnyIn', value: [BUILD_SUBJECT] },
      {
        key: "{{ time_since('', timeVerified, '') }}",
        operator: 'DurationLessThanOrEquals',
        value: '604800s',
      },
    ]);
  });

  it('a key build signer: no verifier pinned by default (the key binds who wrote it)', () => {
    const { objects } = generateAdmission(
      fullInput({
        build: { kind: 'key', publicKey: PUBLIC_KEY },
        release: undefined,
        trustedRoot: undefined,
        noTlog: true,
      }),
      ['policy-controller-vsa', 'kyverno-ivp-vsa'],
    );
    const rego = JSON.stringify(byName(objects, 'acme-app-vsa'));
    expect(rego).toContain('verifiers := []');
    const ivp = objects.find((o) => o.kind === 'ImageValidatingPolicy')!;
    expect(JSON.stringify(ivp)).not.toContain('verifier.id in');
  });

  it.each([
    [{ minLevel: 'SLSA_BUILD_LEVEL_4' }, /minimum level/],
    [{ minLevel: 'SLSA_SOURCE_LEVEL_1' }, /minimum level/],
    [{ maxAge: '1w' }, /maximum age/],
    [{ verifierIds: ['my laptop'] }, /not a URI/],
  ])('refuses vsa options %j (POLICY_INVALID_INPUT)', (vsa, message) => {
    expect(() => generateAdmission(fullInput({ vsa }), ['kyverno-vsa'])).toThrow(
      expect.objectContaining({ code: 'POLICY_INVALID_INPUT', message: expect.stringMatching(message) }),
    );
  });

  it('writes no VSA objects unless a -vsa target is asked for', () => {
    const { objects } = generateAdmission(fullInput({ vsa: { maxAge: '1h' } }), ['kyverno']);
    expect(objects.some((o) => o.metadata.name.endsWith('-vsa'))).toBe(false);
  });
});
