// A private instance's trusted root with a Rekor v1 log, a Rekor v2 log (Ed25519) and two timestamp
// authorities, in the generated admission objects: what each controller can load gets it. The TrustRoot
// (policy-controller v0.13.1 loads tLogs keys as ECDSA only, and verifies the legacy format, which has no
// Rekor v2 entries) keeps the ECDSA log and every TSA chain; Kyverno's ImageValidatingPolicy carries the
// whole trusted root inline (both logs, both TSAs) for bundle verification.
import { generateKeyPairSync } from 'node:crypto';
import { generateAdmission, type KubeObject, type TrustedRootJSON } from '../../../src/cluster/index.ts';
import { fullInput, TRUSTED_ROOT } from './fixtures.ts';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const spec = (o: KubeObject | undefined) => (o?.spec ?? {}) as Any;

const ed25519 = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' });
const base = TRUSTED_ROOT as Any;
const root: TrustedRootJSON = {
  ...base,
  tlogs: [
    ...base.tlogs,
    {
      baseUrl: 'http://127.0.0.1:9/rekor-v2',
      hashAlgorithm: 'SHA2_256',
      publicKey: {
        rawBytes: ed25519.toString('base64'),
        keyDetails: 'PKIX_ED25519',
        validFor: { start: '2026-01-01T00:00:00Z' },
      },
      logId: { keyId: Buffer.alloc(32, 7).toString('base64') },
    },
  ],
  timestampAuthorities: [
    ...base.timestampAuthorities,
    { ...base.timestampAuthorities[0], uri: 'http://127.0.0.1:9/second-tsa/api/v1/timestamp' },
  ],
};

describe('generateAdmission with Rekor v1 and v2 logs and two TSAs in the trusted root', () => {
  const out = generateAdmission(fullInput({ trustedRoot: root }), [
    'policy-controller',
    'kyverno',
    'kyverno-ivp',
  ]);
  const pem = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');

  it('the TrustRoot keeps the ECDSA (Rekor v1) log only, and every TSA chain', () => {
    const keys = spec(out.objects.find((o) => o.kind === 'TrustRoot')).sigstoreKeys;
    expect(keys.tLogs.map((l: Any) => l.baseURL)).toEqual([base.tlogs[0].baseUrl]);
    expect(keys.timestampAuthorities.map((t: Any) => t.uri)).toEqual([
      base.timestampAuthorities[0].uri,
      'http://127.0.0.1:9/second-tsa/api/v1/timestamp',
    ]);
    expect(pem(keys.timestampAuthorities[1].certChain)).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
  });

  it("Kyverno's ImageValidatingPolicy carries the Rekor v2 key and both TSA chains in its inline trusted root", () => {
    const ivp = out.objects.find(
      (o) => o.kind === 'ImageValidatingPolicy' && o.metadata.name.endsWith('-production'),
    );
    const keyless = spec(ivp).attestors.find((a: Any) => a.cosign.keyless);
    const inline = JSON.parse(keyless.cosign.trustedRoot.value) as Any;
    expect(inline.tlogs.map((l: Any) => l.publicKey.keyDetails)).toEqual([
      base.tlogs[0].publicKey.keyDetails,
      'PKIX_ED25519',
    ]);
    expect(inline.tlogs[1].publicKey.rawBytes).toBe(ed25519.toString('base64'));
    expect(inline.timestampAuthorities).toHaveLength(2);
  });
});

// Kyverno turns a named TSA chain into cosign's UseSignedTimestamps: a policy that names it denies every
// signature without an RFC 3161 timestamp (Rekor v1 entries are timed by their integrated time). So the
// chain is named only when the signatures are timed by a TSA: no log, or Rekor v2 (signedTimestamps).
describe('the TSA chain in the Kyverno and policy-controller objects', () => {
  const targets = ['policy-controller', 'kyverno', 'kyverno-ivp'] as const;
  const tsaUse = (extra: Partial<Parameters<typeof fullInput>[0]>) => {
    const out = generateAdmission(fullInput({ trustedRoot: root, ...extra }), [...targets]);
    const ivp = out.objects.find(
      (o) => o.kind === 'ImageValidatingPolicy' && o.metadata.name.endsWith('-production'),
    );
    const ivpKeyless = spec(ivp).attestors.find((a: Any) => a.cosign.keyless);
    const cpol = out.objects.find((o) => o.kind === 'ClusterPolicy' && spec(o).rules?.[0]?.verifyImages);
    const entries = spec(cpol).rules.flatMap((r: Any) =>
      r.verifyImages.flatMap((v: Any) => v.attestors.flatMap((a: Any) => a.entries)),
    );
    const cip = out.objects.filter((o) => o.kind === 'ClusterImagePolicy');
    return {
      ivp: ivpKeyless.cosign.ctlog.tsaCertChain !== undefined,
      clusterPolicy: entries.some((e: Any) => e.keyless?.ctlog?.tsaCertChain !== undefined),
      clusterImagePolicy: cip.some((o) => spec(o).authorities.some((a: Any) => a.rfc3161timestamp)),
    };
  };

  it('is left out for signatures timed by a Rekor v1 entry (the default)', () => {
    expect(tsaUse({})).toEqual({ ivp: false, clusterPolicy: false, clusterImagePolicy: false });
  });

  it('is named, and required, for signatures timed by a TSA (Rekor v2 or no log)', () => {
    expect(tsaUse({ signedTimestamps: true })).toEqual({
      ivp: true,
      clusterPolicy: true,
      clusterImagePolicy: true,
    });
  });
});
