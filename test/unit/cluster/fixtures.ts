// Inputs shared by the cluster tests: the bed-shaped identities, a key and a private trusted root.
import { readFileSync } from 'node:fs';
import type { AdmissionInput, TrustedRootJSON } from '../../../src/cluster/index.ts';
import { parseReference } from '../../../src/registry/index.ts';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const BUILD_SUBJECT = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main';
export const RELEASE_WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml';
export const PUBLIC_KEY = readFileSync(
  new URL('../../fixtures/cosign-v3.1.3/cosign.pub', import.meta.url),
  'utf8',
);
export const TRUSTED_ROOT = JSON.parse(
  readFileSync(new URL('../../fixtures/cosign-v3.1.3-keyless/trusted_root.json', import.meta.url), 'utf8'),
) as TrustedRootJSON;
export const DIGEST_A = `sha256:${'a'.repeat(64)}` as const;
export const DIGEST_B = `sha256:${'b'.repeat(64)}` as const;

/** A two-level keyless input with every option set. */
export function fullInput(over: Partial<AdmissionInput> = {}): AdmissionInput {
  return {
    name: 'acme-app',
    repositories: [
      parseReference('ghcr.io/acme/app'),
      parseReference('registry.example.com:5000/acme/worker:v1'),
    ],
    signatureFormat: 'legacy',
    build: { kind: 'keyless', issuer: GITHUB_ISSUER, subject: BUILD_SUBJECT },
    release: {
      kind: 'keyless',
      issuer: GITHUB_ISSUER,
      subjectRegExp: `^${RELEASE_WORKFLOW.replaceAll('.', '\\.').replaceAll('/', '\\/')}@refs\\/tags\\/v.+$`,
    },
    digests: [DIGEST_A],
    attestations: [
      { name: 'sbom', predicateType: 'https://cyclonedx.org/bom' },
      { name: 'provenance', predicateType: 'https://slsa.dev/provenance/v1' },
    ],
    trustedRoot: TRUSTED_ROOT,
    bypass: { namespaces: ['incident-42'], reason: 'INC-42 approved by sre-lead' },
    ...over,
  };
}
