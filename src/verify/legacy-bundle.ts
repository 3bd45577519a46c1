// Reads a legacy cosign signature layer (payload + annotations) back into a Sigstore bundle, so that
// the one verifier (@sigstore/verify) checks both storage formats the same way. The inverse of
// src/sign/legacy-annotations.ts; cosign pkg/cosign/bundle/rekor.go defines the Rekor annotation.
import { createHash } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import {
  ANNOTATION_CERTIFICATE,
  ANNOTATION_CHAIN,
  ANNOTATION_REKOR_BUNDLE,
  ANNOTATION_RFC3161_TIMESTAMP,
  ANNOTATION_SIGNATURE,
  BUNDLE_V03_MEDIA_TYPE,
} from '../sign/constants.ts';
import { decodePemBlocks } from '../sign/pem.ts';
import { VerifyError } from './errors.ts';

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

function malformed(what: string, cause?: unknown): VerifyError {
  return new VerifyError('VERIFY_MALFORMED', `legacy signature layer: ${what}`, { cause });
}

interface RekorAnnotation {
  SignedEntryTimestamp?: unknown;
  Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown };
}

function tlogEntryJSON(annotation: string) {
  let doc: RekorAnnotation;
  try {
    doc = JSON.parse(annotation) as RekorAnnotation;
  } catch (err) {
    throw malformed(`${ANNOTATION_REKOR_BUNDLE} is not JSON`, err);
  }
  const p = doc.Payload;
  if (
    typeof doc.SignedEntryTimestamp !== 'string' ||
    !p ||
    typeof p.body !== 'string' ||
    typeof p.integratedTime !== 'number' ||
    typeof p.logIndex !== 'number' ||
    typeof p.logID !== 'string'
  ) {
    throw malformed(
      `${ANNOTATION_REKOR_BUNDLE} lacks SignedEntryTimestamp or Payload.{body,integratedTime,logIndex,logID}`,
    );
  }
  let kind: { kind?: unknown; apiVersion?: unknown };
  try {
    kind = JSON.parse(Buffer.from(p.body, 'base64').toString('utf8')) as typeof kind;
  } catch (err) {
    throw malformed('the Rekor entry body is not base64 JSON', err);
  }
  return {
    logIndex: String(p.logIndex),
    logId: { keyId: b64(Buffer.from(p.logID, 'hex')) },
    kindVersion: { kind: String(kind.kind ?? ''), version: String(kind.apiVersion ?? '') },
    integratedTime: String(p.integratedTime),
    inclusionPromise: { signedEntryTimestamp: doc.SignedEntryTimestamp },
    canonicalizedBody: p.body,
  };
}

/** The bundle fields the legacy annotations carry, as bundle JSON (mediaType + verificationMaterial). */
export interface AnnotatedMaterial {
  mediaType: string;
  verificationMaterial: Record<string, unknown>;
}

/**
 * Decodes the certificate, chain, Rekor bundle and RFC 3161 timestamp annotations cosign puts on a
 * `.sig` or `.att` layer into bundle JSON. Bundle v0.1 carries a certificate chain and inclusion
 * promises (SETs), which is what legacy layers hold; without a tlog entry v0.3's single-certificate /
 * public-key form is the valid one. `what` names the layer in messages.
 */
export function annotationsToMaterial(
  annotations: Record<string, string>,
  what = 'legacy signature layer',
): AnnotatedMaterial {
  const bad = (why: string, cause?: unknown) =>
    new VerifyError('VERIFY_MALFORMED', `${what}: ${why}`, { cause });
  const certPem = annotations[ANNOTATION_CERTIFICATE];
  const certs = certPem
    ? [
        ...decodePemBlocks(certPem, 'CERTIFICATE'),
        ...decodePemBlocks(annotations[ANNOTATION_CHAIN] ?? '', 'CERTIFICATE'),
      ]
    : [];
  if (certPem && certs.length === 0) throw bad(`${ANNOTATION_CERTIFICATE} holds no PEM certificate`);
  const rekor = annotations[ANNOTATION_REKOR_BUNDLE];
  let tlogEntries: ReturnType<typeof tlogEntryJSON>[];
  try {
    tlogEntries = rekor ? [tlogEntryJSON(rekor)] : [];
  } catch (err) {
    throw bad((err as Error).message.replace(/^legacy signature layer: /, ''), err);
  }
  const tsAnnotation = annotations[ANNOTATION_RFC3161_TIMESTAMP];
  let rfc3161Timestamps: { signedTimestamp: string }[] = [];
  if (tsAnnotation) {
    const notTimestamp = `${ANNOTATION_RFC3161_TIMESTAMP} is not {"SignedRFC3161Timestamp": "<base64>"}`;
    let ts: { SignedRFC3161Timestamp?: unknown } | null;
    try {
      ts = JSON.parse(tsAnnotation) as { SignedRFC3161Timestamp?: unknown } | null;
    } catch (err) {
      throw bad(notTimestamp, err);
    }
    if (typeof ts?.SignedRFC3161Timestamp !== 'string') throw bad(notTimestamp);
    rfc3161Timestamps = [{ signedTimestamp: ts.SignedRFC3161Timestamp }];
  }
  return {
    mediaType:
      tlogEntries.length > 0 ? 'application/vnd.dev.sigstore.bundle+json;version=0.1' : BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: {
      ...(certs.length === 0
        ? { publicKey: { hint: '' } }
        : tlogEntries.length > 0
          ? { x509CertificateChain: { certificates: certs.map((c) => ({ rawBytes: b64(c) })) } }
          : { certificate: { rawBytes: b64(certs[0]!) } }),
      tlogEntries,
      timestampVerificationData: { rfc3161Timestamps },
    },
  };
}

/** Converts one legacy signature layer into a bundle whose message signature covers `payload`. */
export function legacyLayerToBundle(payload: Buffer, annotations: Record<string, string>): Bundle {
  const signature = annotations[ANNOTATION_SIGNATURE];
  if (!signature) throw malformed(`no ${ANNOTATION_SIGNATURE} annotation`);
  const json = {
    ...annotationsToMaterial(annotations),
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: b64(createHash('sha256').update(payload).digest()) },
      signature,
    },
  };
  try {
    return bundleFromJSON(json);
  } catch (err) {
    throw malformed(`annotations do not form a valid signature: ${(err as Error).message}`, err);
  }
}
