// What `verify` and `verify-blob` print: a one-line verdict, one line per signature, and the JSON
// document of `--output json`. Pure: src/ci decides where it goes.
import { formatReference, type Digest } from '../registry/index.ts';
import type { CertificateIdentity } from './identity.ts';
import type { VerifiedSignature } from './signature.ts';
import type { RejectedSignature, VerifyResult } from './verify-image.ts';

/** How one verified signature appears in JSON. */
export interface SignatureJSON {
  format: 'legacy' | 'bundle' | 'blob';
  location: string;
  signer:
    | {
        kind: 'keyless';
        identity: string | null;
        issuer: string | null;
        claims: Record<string, string>;
      }
    | { kind: 'key' };
  tlog: { logIndex: number; integratedTime: string } | null;
  timestampAuthorities: number;
}

/**
 * The `--output json` document of `verify`. Field names are stable (add, never rename):
 *
 *   schema               "signet.verify/v1"
 *   verified             true when at least one signature passed every check
 *   image                the image as given, e.g. "ghcr.io/acme/app:v1"
 *   digest               the digest verified, "sha256:<hex>"
 *   signatureRepository  where signatures were read, "ghcr.io/acme/app-sigs"
 *   formats              "legacy" | "bundle" | "both"
 *   signatures[]         each passed signature:
 *     format               "legacy" (.sig layer) | "bundle" (referrer)
 *     location             "reg/repo:sha256-<hex>.sig[0]" or "reg/repo@sha256:<referrer>"
 *     signer               {kind:"keyless", identity, issuer, claims:{sourceRepositoryURI,…}} | {kind:"key"}
 *     tlog                 {logIndex, integratedTime (RFC 3339)} | null
 *     timestampAuthorities number of verified RFC 3161 timestamps
 *   rejected[]           each failed signature: {format, location, code, message}; code is the
 *                        failed check (VERIFY_IDENTITY_MISMATCH, VERIFY_SIGNATURE, …)
 *   warnings[]           strings, e.g. the --insecure-ignore-tlog caution
 */
export interface VerifyJSON {
  schema: 'signet.verify/v1';
  verified: boolean;
  image: string;
  digest: Digest;
  signatureRepository: string;
  formats: VerifyResult['formats'];
  signatures: SignatureJSON[];
  rejected: RejectedSignature[];
  warnings: string[];
}

/**
 * The `--output json` document of `verify-blob` ("signet.verify-blob/v1"): `verified` (always true:
 * a failure is an error), `digest` of the blob, `signature` as in VerifyJSON, `warnings`.
 */
export interface VerifyBlobJSON {
  schema: 'signet.verify-blob/v1';
  verified: true;
  digest: Digest;
  signature: SignatureJSON;
  warnings: string[];
}

function signerOf(identity: CertificateIdentity | undefined): SignatureJSON['signer'] {
  if (!identity) return { kind: 'key' };
  const claims: Record<string, string> = {};
  for (const [k, v] of Object.entries(identity.claims)) if (v !== undefined) claims[k] = v;
  return {
    kind: 'keyless',
    identity: identity.subjectAlternativeName ?? null,
    issuer: identity.issuer ?? null,
    claims,
  };
}

/** One verified signature as JSON. */
export function toSignatureJSON(s: VerifiedSignature): SignatureJSON {
  return {
    format: s.format,
    location: s.location,
    signer: signerOf(s.identity),
    tlog: s.tlog ? { logIndex: s.tlog.logIndex, integratedTime: s.tlog.integratedTime.toISOString() } : null,
    timestampAuthorities: s.timestampAuthorities,
  };
}

/** The JSON document of a verify result (see VerifyJSON for the fields). */
export function toVerifyJSON(result: VerifyResult): VerifyJSON {
  return {
    schema: 'signet.verify/v1',
    verified: result.verified,
    image: formatReference(result.image),
    digest: result.digest,
    signatureRepository: `${result.signatureRepository.registry}/${result.signatureRepository.repository}`,
    formats: result.formats,
    signatures: result.signatures.map(toSignatureJSON),
    rejected: result.rejected.map((r) => ({ ...r })),
    warnings: [...result.warnings],
  };
}

/** The JSON document of a verified blob. */
export function toVerifyBlobJSON(
  digest: Digest,
  signature: VerifiedSignature,
  warnings: string[],
): VerifyBlobJSON {
  return {
    schema: 'signet.verify-blob/v1',
    verified: true,
    digest,
    signature: toSignatureJSON(signature),
    warnings: [...warnings],
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeSigner(identity: CertificateIdentity | undefined): string {
  if (!identity) return 'the given key';
  return `${identity.subjectAlternativeName ?? '(no identity)'} (issuer ${identity.issuer ?? '(none)'})`;
}

/** The one-line verdict: `verified <image@digest>: …` or `NOT verified <image@digest>: …`. */
export function formatVerdict(result: VerifyResult): string {
  const image = formatReference({ ...result.image, digest: result.digest });
  const total = result.signatures.length + result.rejected.length;
  if (result.verified) {
    const signers = [...new Set(result.signatures.map((s) => describeSigner(s.identity)))];
    return `verified ${image}: ${result.signatures.length} of ${plural(total, 'signature')} passed, signed by ${signers.join(', ')}`;
  }
  const codes = [...new Set(result.rejected.map((r) => r.code))];
  return `NOT verified ${image}: none of ${plural(total, 'signature')} passed (${codes.join(', ')})`;
}

/** One line about a verified signature: format, location, signer, tlog entry, timestamps. */
export function formatSignatureLine(s: VerifiedSignature): string {
  const parts = [`passed  ${s.format.padEnd(6)}  ${s.location}`, `signer ${describeSigner(s.identity)}`];
  parts.push(s.tlog ? `tlog #${s.tlog.logIndex} at ${s.tlog.integratedTime.toISOString()}` : 'no tlog entry');
  parts.push(plural(s.timestampAuthorities, 'timestamp'));
  return parts.join('; ');
}

/** One line about a rejected signature: format, location, the failed check and why. */
export function formatRejectedLine(r: RejectedSignature): string {
  const why = r.message.startsWith(`${r.location}: `) ? r.message.slice(r.location.length + 2) : r.message;
  return `failed  ${r.format.padEnd(6)}  ${r.location}; ${r.code}: ${why}`;
}

/** Detail lines for every signature of a result, passed first, then warnings. */
export function formatDetails(result: VerifyResult): string[] {
  return [
    ...result.signatures.map(formatSignatureLine),
    ...result.rejected.map(formatRejectedLine),
    ...result.warnings.map((w) => `warning: ${w}`),
  ];
}

/** The one-line verdict of a verified blob. */
export function formatBlobVerdict(digest: Digest, signature: VerifiedSignature): string {
  return `verified blob ${digest}: signed by ${describeSigner(signature.identity)}`;
}
