// Verifies the attestations of an image: reads both of cosign's formats (the layers of the legacy
// `sha256-<hex>.att` image and the bundle referrers of the digest), keeps those of the asked predicate
// type, and runs the verify stage's verifySignature on each with the same policy as `verify`. Legacy
// layers are DSSE envelopes, converted to bundles first (legacy-attestation.ts).
import { formatReference, type ReadBudget, type Digest, type ImageRef } from '../registry/index.ts';
import { ANNOTATION_PREDICATE_TYPE } from '../sign/constants.ts';
import type { SignatureStore, VerifyFormats, VerifyPolicy } from '../verify/index.ts';
import { resolveDigest, VerifyError } from '../verify/index.ts';
import { asSignetError, readAttachedLayers } from '../storage/attached-layers.ts';
import { toAttestationTag } from '../storage/cosign-tags.ts';
import { collectSignatures, newVerificationBudget } from '../verify/collect.ts';
import type { CertificateIdentity } from '../verify/identity.ts';
import {
  verifySignature,
  type SignatureCandidate,
  type SignatureCheck,
  type VerifiedSignature,
} from '../verify/signature.ts';
import { AttestError } from './errors.ts';
import { attestationLayerToBundleJSON } from './legacy-attestation.ts';

/** What to verify and against what. */
export interface VerifyAttestationsInput {
  image: ImageRef;
  /** The predicate type URI the attestations must carry. */
  predicateType: string;
  policy: VerifyPolicy;
  signatureRepository?: ImageRef;
  /** Default `both`. */
  formats?: VerifyFormats;
  concurrency?: number;
}

/** The registry reads verifyAttestations makes. */
export interface VerifyAttestationsDeps {
  registry: SignatureStore;
}

/** An in-toto statement that passed every check. */
export interface VerifiedAttestation {
  format: 'legacy' | 'bundle';
  location: string;
  /** The decoded statement (its predicate is the attested JSON). */
  statement: { _type: string; subject: unknown[]; predicateType: string; predicate: unknown };
  identity?: CertificateIdentity;
  tlog?: { logIndex: number; integratedTime: Date };
  /** The bundle it was verified as (a legacy layer converted), for digests of what was checked. */
  bundle?: VerifiedSignature['bundle'];
}

/** An attestation that failed, with the code of the failed check. */
export interface RejectedAttestation {
  format: 'legacy' | 'bundle';
  location: string;
  code: string;
  message: string;
}

/** The outcome. */
export interface VerifyAttestationsResult {
  image: ImageRef;
  digest: Digest;
  predicateType: string;
  verified: boolean;
  attestations: VerifiedAttestation[];
  rejected: RejectedAttestation[];
  warnings: string[];
}

type Candidate = { format: 'legacy' | 'bundle'; location: string; bundleJSON: unknown };

/** The `.att` layers of `digest` that carry `predicateType`, as bundle JSON (or the error reading each). */
async function collectLegacyAttestations(
  store: SignatureStore,
  repo: ImageRef,
  digest: Digest,
  predicateType: string,
  concurrency: number,
  budget: ReadBudget,
): Promise<(Candidate | RejectedAttestation)[]> {
  const layers = await readAttachedLayers(store, repo, digest, 'attestation', {
    concurrency,
    budget,
    include: (layer) => layer.annotations?.[ANNOTATION_PREDICATE_TYPE] === predicateType,
  });
  return layers.map((l) => {
    let error = 'error' in l ? l.error : undefined;
    if (!error && 'payload' in l) {
      try {
        const bundleJSON = attestationLayerToBundleJSON(l.payload, l.annotations, l.location);
        return { format: 'legacy' as const, location: l.location, bundleJSON };
      } catch (err) {
        error = asSignetError(err, l.location);
      }
    }
    return { format: 'legacy' as const, location: l.location, code: error!.code, message: error!.message };
  });
}

/** The statement a verified DSSE bundle carries (checkStatement parsed it already: it is JSON). */
function decodeStatement(bundle: VerifiedSignature['bundle']): VerifiedAttestation['statement'] {
  if (bundle.content.$case !== 'dsseEnvelope')
    throw new VerifyError('VERIFY_MALFORMED', 'expected a DSSE bundle');
  const payload = Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8');
  return JSON.parse(payload) as VerifiedAttestation['statement'];
}

/** Verifies the attestations of `predicateType` stored for one image; throws ATTEST_NOT_FOUND when none. */
export async function verifyAttestations(
  input: VerifyAttestationsInput,
  deps: VerifyAttestationsDeps,
): Promise<VerifyAttestationsResult> {
  const formats = input.formats ?? 'both';
  const limit = input.concurrency ?? 4;
  const { registry } = deps;
  const digest = await resolveDigest(registry, input.image);
  const sigRepo: ImageRef = {
    registry: (input.signatureRepository ?? input.image).registry,
    repository: (input.signatureRepository ?? input.image).repository,
  };
  const budget = newVerificationBudget(registry, digest);
  const [legacy, bundles] = await Promise.all([
    formats === 'bundle'
      ? []
      : collectLegacyAttestations(registry, sigRepo, digest, input.predicateType, limit, budget),
    formats === 'legacy'
      ? undefined
      : collectSignatures(registry, sigRepo, digest, {
          formats: 'bundle',
          predicateType: input.predicateType,
          concurrency: limit,
          budget,
        }),
  ]);
  const candidates: Candidate[] = [];
  const rejected: RejectedAttestation[] = [];
  for (const c of legacy) {
    if ('bundleJSON' in c) candidates.push(c);
    else rejected.push(c);
  }
  for (const u of bundles?.unreadable ?? []) {
    rejected.push({ format: 'bundle', location: u.location, code: u.error.code, message: u.error.message });
  }
  for (const c of bundles?.candidates ?? []) {
    if (c.format === 'bundle') candidates.push(c);
  }
  if (candidates.length === 0 && rejected.length === 0) {
    throw new AttestError(
      'ATTEST_NOT_FOUND',
      `no ${input.predicateType} attestations found for ${formatReference({ ...input.image, digest })}: looked in ${formatReference(toAttestationTag(sigRepo, digest))} and the bundle referrers of ${digest}; attest it first, or pass --signature-repository`,
    );
  }

  const check: SignatureCheck = {
    digest,
    repository: `${input.image.registry}/${input.image.repository}`,
    trust: input.policy.trust,
    signer: input.policy.signer,
    requireTlog: input.policy.requireTlog,
    predicateType: input.predicateType,
  };
  const attestations: VerifiedAttestation[] = [];
  for (const c of candidates) {
    // Both are DSSE bundles by now: verified as a bundle's statement of the asked predicate type.
    const candidate: SignatureCandidate =
      c.format === 'bundle'
        ? { format: 'bundle', location: c.location, bundleJSON: c.bundleJSON }
        : { format: 'blob', location: c.location, bundleJSON: c.bundleJSON };
    try {
      const v = verifySignature(candidate, check);
      const out: VerifiedAttestation = {
        format: c.format,
        location: c.location,
        statement: decodeStatement(v.bundle),
        bundle: v.bundle,
      };
      if (v.identity) out.identity = v.identity;
      if (v.tlog) out.tlog = v.tlog;
      attestations.push(out);
    } catch (err) {
      if (!(err instanceof VerifyError)) throw err;
      rejected.push({ format: c.format, location: c.location, code: err.code, message: err.message });
    }
  }
  return {
    image: input.image,
    digest,
    predicateType: input.predicateType,
    verified: attestations.length > 0,
    attestations,
    rejected,
    warnings: [...input.policy.warnings],
  };
}
