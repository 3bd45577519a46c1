// Verifies one stored signature (legacy layer or bundle) against trust material, the expected signer
// and the image it must be about. Pure and synchronous, like @sigstore/verify's Verifier: the verify
// stage fetches everything first, then calls this once per candidate.
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import {
  PolicyError,
  VerificationError,
  Verifier,
  toSignedEntity,
  type TrustMaterial,
} from '@sigstore/verify';
import type { Digest } from '../registry/name.ts';
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V1,
  SIMPLE_SIGNING_TYPE,
} from '../sign/constants.ts';
import { parseSimpleSigningPayload } from '../sign/simple-signing.ts';
import { VerifyError, type VerifyErrorCode } from './errors.ts';
import {
  certificateIdentity,
  identityMismatch,
  type CertificateIdentity,
  type IdentityPolicy,
} from './identity.ts';
import { legacyLayerToBundle } from './legacy-bundle.ts';
import { prehashedSignatureContent } from './prehashed.ts';

/** A signature as found in the registry, before any check. */
export type SignatureCandidate =
  | { format: 'legacy'; location: string; payload: Buffer; annotations: Record<string, string> }
  | { format: 'bundle'; location: string; bundleJSON: unknown }
  /**
   * A blob's bundle (`verify-blob --bundle`): a message signature over the blob, or a DSSE statement
   * whose subject is the blob. Without `artifact` a message signature is checked against `digest`.
   */
  | { format: 'blob'; location: string; bundleJSON: unknown; artifact?: Buffer };

/** What a signature must prove, and with what trust. */
export interface SignatureCheck {
  /** The image's manifest digest, or the blob's digest. */
  digest: Digest;
  /** Registry and repository the image was asked for (`ghcr.io/acme/app`), for docker-reference; unused for blobs. */
  repository: string;
  trust: TrustMaterial;
  /** Keyless: who must have signed. Key: the trust material's public key must verify it. */
  signer: { kind: 'keyless'; policy: IdentityPolicy } | { kind: 'key' };
  /** False only with --insecure-ignore-tlog. */
  requireTlog: boolean;
  /**
   * The in-toto predicate type a bundle must carry: the cosign sign predicate for image signatures.
   * For blobs it says what was signed: absent, a blob signature (a message signature over the blob);
   * given (`verify-blob --type`), an attestation about the blob (a DSSE statement of that type).
   */
  predicateType?: string;
  /** Accept a legacy payload whose docker-reference names another repository (mirrored images). */
  ignoreDockerReference?: boolean;
}

/** A signature that passed every check. */
export interface VerifiedSignature {
  format: 'legacy' | 'bundle' | 'blob';
  location: string;
  identity?: CertificateIdentity;
  tlog?: { logIndex: number; integratedTime: Date };
  timestampAuthorities: number;
  /** The bundle it was verified as (legacy layers are converted). */
  bundle: Bundle;
}

const CHECK_OF: Record<string, [VerifyErrorCode, string]> = {
  SIGNATURE_ERROR: ['VERIFY_SIGNATURE', 'signature does not verify over the payload'],
  CERTIFICATE_ERROR: ['VERIFY_CERTIFICATE', 'certificate is not trusted'],
  PUBLIC_KEY_ERROR: ['VERIFY_SIGNATURE', 'public key not trusted'],
  TLOG_ERROR: ['VERIFY_TLOG', 'transparency log entry does not verify'],
  TLOG_INCLUSION_PROOF_ERROR: ['VERIFY_TLOG', 'transparency log inclusion proof does not verify'],
  TLOG_INCLUSION_PROMISE_ERROR: ['VERIFY_TLOG', 'transparency log signed entry timestamp does not verify'],
  TLOG_MISSING_INCLUSION_ERROR: ['VERIFY_TLOG', 'transparency log entry has no inclusion proof or promise'],
  // The logged entry's digest or signature differs from the bundle's: the payload or signature was altered.
  TLOG_BODY_ERROR: [
    'VERIFY_SIGNATURE',
    'payload or signature differs from what the transparency log recorded',
  ],
  TIMESTAMP_ERROR: ['VERIFY_TIMESTAMP', 'no trusted timestamp or tlog entry proves when it was signed'],
};

function fail(location: string, code: VerifyErrorCode, what: string, cause?: unknown): VerifyError {
  return new VerifyError(code, `${location}: ${what}`, { cause });
}

function fromSigstoreError(location: string, err: unknown): VerifyError {
  if (err instanceof VerificationError) {
    const [code, what] = CHECK_OF[err.code] ?? ['VERIFY_FAILED', 'verification failed'];
    return fail(location, code, `${what} (${err.message})`, err);
  }
  if (err instanceof PolicyError) return fail(location, 'VERIFY_IDENTITY_MISMATCH', err.message, err);
  return fail(location, 'VERIFY_FAILED', (err as Error)?.message ?? String(err), err);
}

/** Normalises a docker-reference for comparison: Docker Hub has three spellings. */
export function normaliseRepository(ref: string): string {
  return ref.replace(/^(index\.docker\.io|registry-1\.docker\.io)\//, 'docker.io/');
}

/**
 * In key mode the signature is checked with the given key, whatever material the bundle carries. A
 * key does not expire, so no timestamp is needed: RFC 3161 timestamps the trust material has no TSA
 * for are dropped rather than failed. With `--insecure-ignore-tlog` the tlog entries are dropped too,
 * as cosign then ignores the tlog entirely: an entry from a log the trust root does not know (or no
 * trust root at all) must not turn a valid key signature into a failure.
 */
function forKeyVerification(bundle: Bundle, ignoreTlog: boolean, trust: TrustMaterial): Bundle {
  const material: Bundle['verificationMaterial'] = {
    ...bundle.verificationMaterial,
    content: { $case: 'publicKey', publicKey: { hint: '' } },
  };
  if (ignoreTlog) material.tlogEntries = [];
  if (trust.timestampAuthorities.length === 0) material.timestampVerificationData = undefined;
  return { ...bundle, verificationMaterial: material };
}

function checkLegacyPayload(payload: Buffer, check: SignatureCheck, location: string): void {
  let parsed;
  try {
    parsed = parseSimpleSigningPayload(payload);
  } catch (err) {
    throw fail(
      location,
      'VERIFY_MALFORMED',
      `payload is not a simple-signing document: ${(err as Error).message}`,
      err,
    );
  }
  if (parsed.type !== SIMPLE_SIGNING_TYPE) {
    throw fail(
      location,
      'VERIFY_SUBJECT_MISMATCH',
      `payload type is ${JSON.stringify(parsed.type)}, expected ${JSON.stringify(SIMPLE_SIGNING_TYPE)}`,
    );
  }
  if (parsed.digest !== check.digest) {
    throw fail(
      location,
      'VERIFY_SUBJECT_MISMATCH',
      `signature is for ${parsed.digest}, not ${check.digest} (copied from another image?)`,
    );
  }
  if (
    !check.ignoreDockerReference &&
    normaliseRepository(parsed.dockerReference) !== normaliseRepository(check.repository)
  ) {
    throw fail(
      location,
      'VERIFY_SUBJECT_MISMATCH',
      `signature names repository ${parsed.dockerReference}, not ${check.repository} (pass --ignore-docker-reference for mirrored images)`,
    );
  }
}

const DIGEST_ALGORITHMS: Record<string, HashAlgorithm> = {
  sha256: HashAlgorithm.SHA2_256,
  sha512: HashAlgorithm.SHA2_512,
};

/** The predicate type a DSSE bundle's statement claims (before any check), for messages. */
function claimedPredicateType(bundle: Bundle): string {
  if (bundle.content.$case !== 'dsseEnvelope') return '';
  try {
    const t = (
      JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8')) as Record<string, unknown>
    ).predicateType;
    return typeof t === 'string' ? t : '';
  } catch {
    return '';
  }
}

/**
 * A blob bundle must be what the user asked to verify: a blob signature (cosign `verify-blob`), or,
 * with `--type`, an attestation about the blob (cosign `verify-blob-attestation`). An SBOM or
 * provenance attestation whose subject is the blob proves what someone said about it, not that they
 * signed it.
 */
function checkBlobKind(bundle: Bundle, check: SignatureCheck, location: string): void {
  const dsse = bundle.content.$case === 'dsseEnvelope';
  if (check.predicateType === undefined && dsse) {
    const claimed = claimedPredicateType(bundle);
    throw fail(
      location,
      'VERIFY_SUBJECT_MISMATCH',
      `bundle holds an attestation (DSSE statement${claimed ? ` of predicate type ${JSON.stringify(claimed)}` : ''}), not a blob signature: verify it as an attestation with --type${claimed ? ` ${claimed}` : ' TYPE'}`,
    );
  }
  if (check.predicateType !== undefined && !dsse) {
    throw fail(
      location,
      'VERIFY_SUBJECT_MISMATCH',
      `bundle holds a blob signature, not an attestation of predicate type ${JSON.stringify(check.predicateType)}: drop --type to verify the signature`,
    );
  }
}

/** A blob's message signature must be over the blob: its message digest must be the blob's digest. */
function checkMessageDigest(bundle: Bundle, check: SignatureCheck, location: string): void {
  if (bundle.content.$case !== 'messageSignature') return;
  const md = bundle.content.messageSignature.messageDigest;
  if (!md) throw fail(location, 'VERIFY_MALFORMED', 'message signature has no message digest');
  const [algorithm, hex] = check.digest.split(':') as [string, string];
  const foundHex = Buffer.from(md.digest).toString('hex');
  if (md.algorithm !== DIGEST_ALGORITHMS[algorithm] || foundHex !== hex) {
    const name = Object.entries(DIGEST_ALGORITHMS).find(([, v]) => v === md.algorithm)?.[0];
    const found = `${name ?? `algorithm ${md.algorithm}`}:${foundHex}`;
    throw fail(
      location,
      'VERIFY_SUBJECT_MISMATCH',
      `bundle signs ${found}, not ${check.digest} (another file?)`,
    );
  }
}

function checkStatement(
  bundle: Bundle,
  check: SignatureCheck,
  location: string,
  defaultPredicateType: string | undefined,
): void {
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw fail(
      location,
      'VERIFY_MALFORMED',
      'image bundles must hold a DSSE envelope, found a message signature',
    );
  }
  const env = bundle.content.dsseEnvelope;
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw fail(
      location,
      'VERIFY_MALFORMED',
      `DSSE payload type is ${JSON.stringify(env.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`,
    );
  }
  let statement: {
    _type?: unknown;
    subject?: { digest?: Record<string, unknown> }[];
    predicateType?: unknown;
  };
  try {
    statement = JSON.parse(Buffer.from(env.payload).toString('utf8')) as typeof statement;
  } catch (err) {
    throw fail(location, 'VERIFY_MALFORMED', 'DSSE payload is not JSON', err);
  }
  if (statement._type !== IN_TOTO_STATEMENT_V1 && statement._type !== 'https://in-toto.io/Statement/v0.1') {
    throw fail(
      location,
      'VERIFY_MALFORMED',
      `payload is not an in-toto statement (_type ${JSON.stringify(statement._type)})`,
    );
  }
  const [algorithm, hex] = check.digest.split(':') as [string, string];
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  if (!subjects.some((s) => s?.digest?.[algorithm] === hex)) {
    const found = subjects
      .map((s) =>
        Object.entries(s?.digest ?? {})
          .map(([a, h]) => `${a}:${String(h)}`)
          .join(','),
      )
      .join(' ');
    throw fail(
      location,
      'VERIFY_SUBJECT_MISMATCH',
      `statement subject is ${found || '(none)'}, not ${check.digest} (copied from another image?)`,
    );
  }
  const want = check.predicateType ?? defaultPredicateType;
  if (want !== undefined && statement.predicateType !== want) {
    throw fail(
      location,
      'VERIFY_SUBJECT_MISMATCH',
      `predicate type is ${JSON.stringify(statement.predicateType)}, expected ${JSON.stringify(want)}`,
    );
  }
}

/** What @sigstore/bundle's validation found missing, spelled as the bundle's JSON fields. */
const MISSING_PART: Record<string, string> = {
  'verificationMaterial.tlogEntries[].inclusionProof.checkpoint':
    'an inclusion proof without a checkpoint (the signed tree head it must be checked against)',
  'verificationMaterial.tlogEntries[].inclusionPromise':
    'a v0.1 bundle tlog entry without an inclusion promise (signed entry timestamp)',
  'verificationMaterial.tlogEntries[].inclusionProof':
    'a tlog entry without an inclusion proof (required from bundle v0.2 on)',
};

/** One line for a bundle @sigstore/bundle refused: the fields it found missing or invalid. */
function describeInvalidBundle(err: unknown): string {
  const e = err as { message?: unknown; fields?: unknown };
  const fields = Array.isArray(e.fields) ? e.fields.map(String) : [];
  const base = typeof e.message === 'string' ? e.message : String(err);
  if (fields.length === 0) return base;
  const parts = fields.map((f) => {
    const normal = f.replace(/\[\d+\]/g, '[]');
    const what = MISSING_PART[normal];
    return what ? `${what} (${f})` : `${f} missing or invalid`;
  });
  return `${base}: ${parts.join('; ')}`;
}

/**
 * A Rekor v2 entry (kind version 0.0.2) has no integrated time and no signed entry timestamp, so it proves
 * no signing time: a keyless bundle with one needs an RFC 3161 timestamp, and says so when it has none.
 */
function refuseUntimedRekorV2(bundle: Bundle, location: string): void {
  const material = bundle.verificationMaterial;
  const timed =
    (material.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0 ||
    material.tlogEntries.some((e) => e.inclusionPromise || Number(e.integratedTime) > 0);
  const v2 = material.tlogEntries.some((e) => e.kindVersion?.version === '0.0.2');
  if (v2 && !timed) {
    throw fail(
      location,
      'VERIFY_TIMESTAMP',
      'the bundle has a Rekor v2 entry (no integrated time, no signed entry timestamp) and no RFC 3161 timestamp: nothing proves when the short-lived certificate signed; Rekor v2 signing needs a timestamp authority',
    );
  }
}

/** Runs every check on one candidate; returns what it proved or throws a VerifyError naming the failed check. */
export function verifySignature(candidate: SignatureCandidate, check: SignatureCheck): VerifiedSignature {
  const { location } = candidate;
  let bundle: Bundle;
  let artifact: Buffer | undefined;
  if (candidate.format === 'legacy') {
    bundle = legacyLayerToBundle(candidate.payload, candidate.annotations);
    artifact = candidate.payload;
  } else {
    artifact = candidate.format === 'blob' ? candidate.artifact : undefined;
    try {
      bundle = bundleFromJSON(candidate.bundleJSON);
    } catch (err) {
      throw fail(
        location,
        'VERIFY_MALFORMED',
        `not a valid Sigstore bundle: ${describeInvalidBundle(err)}`,
        err,
      );
    }
  }
  // Checked first for blobs: "another file" says more than "the signature does not verify".
  if (candidate.format === 'blob') {
    checkBlobKind(bundle, check, location);
    checkMessageDigest(bundle, check, location);
  }
  const keyless = check.signer.kind === 'keyless';
  const toVerify = keyless ? bundle : forKeyVerification(bundle, !check.requireTlog, check.trust);
  if (keyless && toVerify.verificationMaterial.content.$case === 'publicKey') {
    throw fail(location, 'VERIFY_CERTIFICATE', 'signed with a key, not a certificate: verify it with --key');
  }
  if (keyless) refuseUntimedRekorV2(toVerify, location);
  const verifier = new Verifier(check.trust, {
    tlogThreshold: check.requireTlog ? 1 : 0,
    // An SCT is required when the trusted root lists a CT log; an instance without one (GitHub's: its
    // Fulcio logs no certificates) cannot have SCTs, and gh's GitHub policy does not ask for them either.
    ctlogThreshold: keyless && check.trust.ctlogs.length > 0 ? 1 : 0,
    // Keyless certificates are short-lived: a tlog entry or a TSA timestamp must prove the signing time.
    timestampThreshold: keyless ? 1 : 0,
  });
  const entity = toSignedEntity(toVerify, artifact);
  // A blob given only as its digest: check the message signature against the digest itself.
  const prehashed =
    candidate.format === 'blob' && artifact === undefined && bundle.content.$case === 'messageSignature';
  if (prehashed && bundle.content.$case === 'messageSignature') {
    const digest = Buffer.from(check.digest.split(':')[1] ?? '', 'hex');
    entity.signature = prehashedSignatureContent(
      Buffer.from(bundle.content.messageSignature.signature),
      digest,
    );
  }
  try {
    verifier.verify(entity);
  } catch (err) {
    const e = fromSigstoreError(location, err);
    if (prehashed && e.code === 'VERIFY_SIGNATURE') {
      e.message +=
        '; checked against the digest alone, which works for ECDSA P-256/P-384 keys only: give the file for other keys';
    }
    throw e;
  }
  let identity: CertificateIdentity | undefined;
  if (check.signer.kind === 'keyless') {
    if (entity.key.$case !== 'certificate') {
      throw fail(location, 'VERIFY_CERTIFICATE', 'no certificate to read the identity from');
    }
    identity = certificateIdentity(entity.key.certificate);
    const mismatch = identityMismatch(check.signer.policy, identity);
    if (mismatch) throw fail(location, 'VERIFY_IDENTITY_MISMATCH', mismatch);
  }
  if (candidate.format === 'legacy') checkLegacyPayload(candidate.payload, check, location);
  else if (candidate.format === 'bundle') checkStatement(bundle, check, location, COSIGN_SIGN_PREDICATE_TYPE);
  else if (bundle.content.$case === 'dsseEnvelope') checkStatement(bundle, check, location, undefined);

  // An ignored tlog entry proved nothing: it is not reported.
  const entry = toVerify.verificationMaterial.tlogEntries[0];
  return {
    format: candidate.format,
    location,
    identity,
    tlog: entry
      ? { logIndex: Number(entry.logIndex), integratedTime: new Date(Number(entry.integratedTime) * 1000) }
      : undefined,
    timestampAuthorities:
      bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0,
    bundle,
  };
}
