// The checks every generated object goes through, shown to refuse the defects hand-written policies have.
import { checkClusterImagePolicy, compileGlob, matchesGlob } from '../../../src/cluster/index.ts';
import { crdValidator } from './crds.ts';
import { PUBLIC_KEY } from './fixtures.ts';

const cip = (spec: unknown, apiVersion = 'policy.sigstore.dev/v1beta1') => ({
  apiVersion,
  kind: 'ClusterImagePolicy',
  metadata: { name: 'x' },
  spec,
});
const keyless = {
  url: 'https://fulcio.sigstore.dev',
  identities: [
    {
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'https://github.com/a/b/.github/workflows/c.yml@refs/heads/main',
    },
  ],
};

describe('compileCrdValidator', () => {
  const validate = crdValidator();

  it('refuses the sigstore.dev group that does not exist', () => {
    expect(validate(cip({ images: [{ glob: 'ghcr.io/a/*' }] }, 'sigstore.dev/v1beta1'))).toEqual([
      'no CRD for sigstore.dev/v1beta1 ClusterImagePolicy',
    ]);
  });

  it('refuses a misspelt field the API server would silently prune', () => {
    const errs = validate(
      cip({ images: [{ glob: 'ghcr.io/a/*' }], authorities: [{ keyless, signatureformat: 'bundle' }] }),
    );
    expect(errs).toEqual(['/spec/authorities/0: must NOT have additional properties (signatureformat)']);
  });

  it('refuses a Kyverno failure action that is not Audit or Enforce', () => {
    const errs = validate({
      apiVersion: 'kyverno.io/v1',
      kind: 'ClusterPolicy',
      metadata: { name: 'x' },
      spec: {
        rules: [
          {
            name: 'r',
            match: { any: [{ resources: { kinds: ['Pod'] } }] },
            verifyImages: [{ imageReferences: ['a'], failureAction: 'enforce' }],
          },
        ],
      },
    });
    expect(errs.join('\n')).toContain(
      '/spec/rules/0/verifyImages/0/failureAction: must be equal to one of the allowed values',
    );
  });

  it('accepts both served ClusterImagePolicy versions', () => {
    for (const v of ['v1alpha1', 'v1beta1'])
      expect(
        validate(
          cip({ images: [{ glob: 'a/b:*' }], authorities: [{ keyless }] }, `policy.sigstore.dev/${v}`),
        ),
      ).toEqual([]);
  });
});

describe('checkClusterImagePolicy (the policy-controller webhook rules)', () => {
  it.each([
    ['no images', { authorities: [{ keyless }] }, 'spec: missing field(s): images'],
    ['an image without glob', { images: [{}] }, 'spec.images[0]: missing field(s): glob'],
    [
      'a glob with a bad character',
      { images: [{ glob: 'ghcr.io/a/[b]' }] },
      'spec.images[0].glob: invalid image glob',
    ],
    [
      'no key, keyless or static',
      { images: [{ glob: 'a/b' }], authorities: [{ name: 'x' }] },
      'expected exactly one, got neither: key, keyless, static',
    ],
    [
      'key and keyless',
      { images: [{ glob: 'a/b' }], authorities: [{ key: { data: PUBLIC_KEY }, keyless }] },
      'expected exactly one, got both: key, keyless, static',
    ],
    [
      'keyless without identities',
      { images: [{ glob: 'a/b' }], authorities: [{ keyless: { url: 'https://f' } }] },
      'keyless: missing field(s): identities',
    ],
    [
      'an identity without issuer',
      {
        images: [{ glob: 'a/b' }],
        authorities: [{ keyless: { url: 'https://f', identities: [{ subject: 's' }] } }],
      },
      'missing field(s): issuer, issuerRegExp',
    ],
    [
      'subject and subjectRegExp',
      {
        images: [{ glob: 'a/b' }],
        authorities: [
          { keyless: { url: 'https://f', identities: [{ issuer: 'i', subject: 's', subjectRegExp: 's' }] } },
        ],
      },
      'got both: subject, subjectRegExp',
    ],
    [
      'keyless without url or ca-cert',
      { images: [{ glob: 'a/b' }], authorities: [{ keyless: { identities: keyless.identities } }] },
      'got neither: url, ca-cert',
    ],
    [
      'a key that is no PEM',
      { images: [{ glob: 'a/b' }], authorities: [{ key: { data: 'x' } }] },
      'key.data: invalid value',
    ],
    ['a bad mode', { images: [{ glob: 'a/b' }], mode: 'audit' }, 'unsupported mode'],
    [
      'a key with the bundle format',
      { images: [{ glob: 'a/b' }], authorities: [{ key: { data: PUBLIC_KEY }, signatureFormat: 'bundle' }] },
      'bundle signature format needs a keyless authority',
    ],
    [
      'two sources',
      { images: [{ glob: 'a/b' }], authorities: [{ keyless, source: [{ oci: 'a/b' }, { oci: 'c/d' }] }] },
      'only single source is supported',
    ],
    [
      'an attestation without predicateType',
      { images: [{ glob: 'a/b' }], authorities: [{ keyless, attestations: [{ name: 'a' }] }] },
      'missing field(s): predicateType',
    ],
  ])('refuses %s', (_, spec, msg) => {
    expect(checkClusterImagePolicy(cip(spec)).join('\n')).toContain(msg);
  });

  it('accepts a complete keyless policy', () => {
    expect(
      checkClusterImagePolicy(
        cip({
          images: [{ glob: 'ghcr.io/a/b:*' }],
          authorities: [{ keyless, signatureFormat: 'legacy' }],
          mode: 'warn',
        }),
      ),
    ).toEqual([]);
  });
});

describe('image globs (policy-controller semantics)', () => {
  it.each([
    ['ghcr.io/acme/app:*', 'ghcr.io/acme/app:v1', true],
    ['ghcr.io/acme/app@*', 'ghcr.io/acme/app@sha256:abc', true],
    ['ghcr.io/acme/app:*', 'ghcr.io/acme/app-evil:v1', false],
    ['ghcr.io/acme/*', 'ghcr.io/acme/team/app', false],
    ['ghcr.io/acme/**', 'ghcr.io/acme/team/app', true],
    ['ghcr.io/acme/app', 'ghcrXio/acme/app', false],
  ])('%s matches %s: %s', (glob, name, ok) => expect(matchesGlob(glob, name)).toBe(ok));

  it('refuses characters policy-controller refuses', () => {
    expect(() => compileGlob('ghcr.io/a/b?')).toThrow(
      expect.objectContaining({ code: 'POLICY_INVALID_GLOB' }),
    );
  });
});
