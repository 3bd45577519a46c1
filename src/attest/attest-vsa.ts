// Signs and stores a verification summary (VSA) of one verification, through the attest stage: the
// same DSSE signing, the same two storage formats (cosign's `.att` tag and a bundle referrer), on the
// verified digest only (a VSA is about what was verified, never about an index's children). And the
// step before: turning what a verification found into the VSA's facts (result, inputs, levels, policy).
import type { Digest, ImageRef } from '../registry/index.ts';
import { COSIGN_SIGN_PREDICATE_TYPE } from '../sign/constants.ts';
import type { SignFormat } from '../sign/sign-image.ts';
import type { VerifyPolicy, VerifyResult } from '../verify/index.ts';
import { attestImage, type AttestDeps, type AttestResult } from './attest-image.ts';
import { SLSA_PROVENANCE_V1, SLSA_VSA_V1 } from './constants.ts';
import type { VerifyAttestationsResult } from './verify-attestations.ts';
import {
  buildVsa,
  toInputAttestation,
  toPolicyDocument,
  toVerifiedLevels,
  type VerificationSummaryV1,
  type VsaInput,
} from './vsa.ts';
import { AttestError } from './errors.ts';

/** What a verification found, as the VSA records it. */
export type VsaEvidence = Pick<VsaInput, 'policy' | 'inputAttestations' | 'result' | 'verifiedLevels'>;

/**
 * The VSA facts of one verification: PASSED only when the signature check (when made) and every
 * attestation check passed; the inputs are every signature and attestation that passed; the policy
 * document names the signer and each predicate type checked.
 */
export function toVsaEvidence(checked: {
  policy: VerifyPolicy;
  signatures?: VerifyResult;
  attestations?: VerifyAttestationsResult[];
}): VsaEvidence {
  const attestations = checked.attestations ?? [];
  const types = attestations.map((a) => a.predicateType);
  if (checked.signatures) types.push(COSIGN_SIGN_PREDICATE_TYPE);
  const passed =
    (checked.signatures === undefined || checked.signatures.verified) &&
    attestations.every((a) => a.verified) &&
    (checked.signatures !== undefined || attestations.length > 0);
  const inputs = [
    ...(checked.signatures?.signatures ?? []).map(toInputAttestation),
    ...attestations.flatMap((a) =>
      a.attestations.flatMap((v) =>
        v.bundle ? [toInputAttestation({ location: v.location, bundle: v.bundle })] : [],
      ),
    ),
  ];
  const provenance = attestations.some((a) => a.predicateType === SLSA_PROVENANCE_V1 && a.verified);
  return {
    policy: toPolicyDocument(checked.policy, types),
    inputAttestations: inputs,
    result: passed ? 'PASSED' : 'FAILED',
    verifiedLevels: toVerifiedLevels({
      passed,
      ...(provenance ? { provenance: { keyless: checked.policy.signer.kind === 'keyless' } } : {}),
    }),
  };
}

/**
 * The evidence of several checks that all had to pass (pre-flight's signers, AND): PASSED only when
 * each did; every input; the lowest build level of them; the policies as one set.
 */
export function combineVsaEvidence(all: VsaEvidence[]): VsaEvidence {
  const [first, ...rest] = all;
  if (!first) throw new AttestError('ATTEST_INVALID_INPUT', 'combineVsaEvidence: nothing to combine');
  if (rest.length === 0) return first;
  const passed = all.every((e) => e.result === 'PASSED');
  const level = (e: VsaEvidence) =>
    Number(/^SLSA_BUILD_LEVEL_(\d)$/.exec(e.verifiedLevels[0] ?? '')?.[1] ?? 0);
  const lowest = Math.min(...all.map(level));
  return {
    policy: {
      kind: 'https://signet.dev/verify-policy/v1#all',
      all: all.flatMap((e) => ('all' in e.policy ? e.policy.all : [e.policy])),
    },
    inputAttestations: all.flatMap((e) => e.inputAttestations),
    result: passed ? 'PASSED' : 'FAILED',
    verifiedLevels: passed ? [`SLSA_BUILD_LEVEL_${lowest}`] : ['FAILED'],
  };
}

/** What to attest: the verified image and the summary's facts. */
export interface AttestVsaInput extends Omit<VsaInput, 'image' | 'digest'> {
  /** The verified image (its repository); the VSA goes to `digest`. */
  image: ImageRef;
  digest: Digest;
  /** Default `both`. */
  format?: SignFormat;
  signatureRepository?: ImageRef;
}

/** The stored VSA and its predicate. */
export interface AttestVsaResult extends AttestResult {
  predicate: VerificationSummaryV1;
}

/** Builds, signs and stores the VSA on the verified digest; writes nothing unless every bundle was made. */
export async function attestVsa(input: AttestVsaInput, deps: AttestDeps): Promise<AttestVsaResult> {
  const { image, digest, format, signatureRepository, ...facts } = input;
  const predicate = buildVsa({ ...facts, image, digest });
  const result = await attestImage(
    {
      image: { registry: image.registry, repository: image.repository, digest },
      predicateType: SLSA_VSA_V1,
      predicate,
      recursive: false,
      ...(format ? { format } : {}),
      ...(signatureRepository ? { signatureRepository } : {}),
    },
    deps,
  );
  return { ...result, predicate };
}
