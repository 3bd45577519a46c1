// sigstore policy-controller objects. Within one ClusterImagePolicy any authority suffices (OR);
// across the policies matching an image all must pass (AND). So two trust levels are two policies
// over the same globs: `<name>-build` (the developer build identity) and `<name>-release` (the
// release identity), never two authorities in one policy. policy-controller cannot select namespaces
// by label (it only has the opt-in `policy.sigstore.dev/include`), so a cluster runs at one level:
// a production cluster gets both policies, a development cluster only the build policy.
// Webhook rules: pkg/apis/policy/v1beta1/clusterimagepolicy_validation.go; signature checks:
// pkg/webhook/validator.go (checkOptsFromAuthority). Image signatures must be in the legacy format:
// policy-controller v0.13 reads bundle-format (OCI referrer) signatures only for attestations.
import { formatRepository } from '../registry/index.ts';
import { DIGEST_ANNOTATION, POLICY_CONTROLLER_GROUP, SCOPE_LABEL } from './constants.ts';
import { PolicyError } from './errors.ts';
import { toGlobRepository, toRepositoryGlobs } from './glob.ts';
import { shortDigest, signersOf, toLabels, type CheckedInput } from './input.ts';
import { buildTrustRoot, toTrustPems } from './trust-root.ts';
import type { KubeObject, Signer } from './types.ts';

/** Public-good Fulcio and Rekor, used when no private trusted root is given. */
export const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';

/** An authority of a ClusterImagePolicy (the subset Signet writes). */
export interface CipAuthority {
  name: string;
  key?: { data: string; hashAlgorithm: string };
  keyless?: {
    url: string;
    trustRootRef?: string;
    identities: ({ issuer: string } & ({ subject: string } | { subjectRegExp: string }))[];
  };
  ctlog?: { url?: string; trustRootRef?: string };
  rfc3161timestamp?: { trustRootRef: string };
  signatureFormat: 'legacy' | 'bundle';
  source?: { oci: string }[];
  attestations?: { name: string; predicateType: string; policy?: { type: 'cue' | 'rego'; data: string } }[];
}

/** The TrustRoot name for policy `name`. */
export const trustRootName = (name: string) => `${name}-trust-root`;

/** The authority that checks `signer` (with the input's build attestations when asked). */
export function toAuthority(
  input: CheckedInput,
  name: string,
  signer: Signer,
  withAttestations: boolean,
): CipAuthority {
  const trustRef = input.trustedRoot ? trustRootName(input.name) : undefined;
  const pems = input.trustedRoot ? toTrustPems(input.trustedRoot) : undefined;
  const rekorURL = pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL;
  const a: CipAuthority = { name, signatureFormat: input.signatureFormat };
  if (input.signatureFormat === 'bundle') {
    // policy-controller v0.13.1 passes `signatureFormat: bundle` to cosign v2.5's VerifyImageSignatures,
    // which answers "bundle support for image signatures is not yet implemented" (only attestations
    // are read as bundles), and accepts it only from keyless authorities at all.
    throw new PolicyError(
      'POLICY_INVALID_INPUT',
      'policy-controller (v0.13) cannot verify bundle-format image signatures: also write the legacy format (--signature-format legacy or both) for policy-controller, or use Kyverno',
    );
  }
  if (signer.kind === 'key') {
    a.key = { data: signer.publicKey, hashAlgorithm: 'sha256' };
  } else {
    const identity =
      signer.subject !== undefined
        ? { issuer: signer.issuer, subject: signer.subject }
        : { issuer: signer.issuer, subjectRegExp: signer.subjectRegExp ?? '' };
    a.keyless = { url: pems?.fulcio[0]?.url ?? PUBLIC_FULCIO_URL, identities: [identity] };
    if (trustRef) a.keyless.trustRootRef = trustRef;
  }
  // Without a tlog entry, or with a Rekor v2 one, the signing time comes from the TSA (bundle or legacy
  // RFC 3161 annotation).
  if ((input.noTlog || input.signedTimestamps) && trustRef && pems && pems.tsas.length > 0)
    a.rfc3161timestamp = { trustRootRef: trustRef };
  if (!input.noTlog) a.ctlog = trustRef ? { url: rekorURL, trustRootRef: trustRef } : { url: rekorURL };
  if (input.signatureRepository) a.source = [{ oci: formatRepository(input.signatureRepository) }];
  if (withAttestations && (input.attestations?.length ?? 0) > 0) {
    a.attestations = (input.attestations ?? []).map((x) => ({
      name: x.name,
      predicateType: x.predicateType,
    }));
  }
  return a;
}

function cip(
  input: CheckedInput,
  name: string,
  globs: string[],
  authorities: CipAuthority[],
  extraLabels: Record<string, string> = {},
  annotations: Record<string, string> = {},
): KubeObject {
  const metadata: KubeObject['metadata'] = { name, labels: toLabels(input.name, extraLabels) };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  return {
    apiVersion: `${POLICY_CONTROLLER_GROUP}/${input.policyControllerVersion}`,
    kind: 'ClusterImagePolicy',
    metadata,
    spec: { mode: input.mode, images: globs.map((glob) => ({ glob })), authorities },
  };
}

/**
 * The policy-controller objects: a TrustRoot for a private Sigstore, one ClusterImagePolicy per
 * required identity (ANDed by the controller), and one per asked-for digest pinning it to the
 * strongest identity of the cluster's level.
 */
export function buildClusterImagePolicies(input: CheckedInput): KubeObject[] {
  const objects: KubeObject[] = [];
  if (input.trustedRoot)
    objects.push(buildTrustRoot(trustRootName(input.name), input.trustedRoot, toLabels(input.name)));
  const globs = input.repositories.flatMap(toRepositoryGlobs);
  const signers = signersOf(input, input.clusterLevel);
  for (const { name, signer } of signers) {
    objects.push(
      cip(input, `${input.name}-${name}`, globs, [toAuthority(input, name, signer, name === 'build')]),
    );
  }
  const strongest = signers[signers.length - 1];
  for (const digest of input.digests) {
    if (!strongest) break;
    objects.push(
      cip(
        input,
        `${input.name}-${shortDigest(digest)}`,
        input.repositories.map((r) => `${toGlobRepository(r)}@${digest}`),
        [toAuthority(input, strongest.name, strongest.signer, false)],
        { [SCOPE_LABEL]: 'digest' },
        { [DIGEST_ANNOTATION]: digest },
      ),
    );
  }
  return objects;
}
