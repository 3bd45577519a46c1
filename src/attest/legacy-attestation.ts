// A DSSE bundle as a layer of cosign's legacy `sha256-<hex>.att` image, and back. Measured against
// cosign v3.1.3 `attest --new-bundle-format=false` on the test bed: the layer is the DSSE envelope
// JSON (`{"payload","payloadType","signatures":[{"sig"}]}`, no keyid), media type
// application/vnd.dsse.envelope.v1+json, annotations `dev.cosignproject.cosign/signature: ""`,
// `predicateType`, the certificate/chain for keyless and the Rekor bundle of a `dsse` 0.0.1 entry.
// Pure: the attest stage writes the layer, verifyAttestations reads it back into a bundle for the
// one verifier (@sigstore/verify).
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import {
  ANNOTATION_CERTIFICATE,
  ANNOTATION_CHAIN,
  ANNOTATION_PREDICATE_TYPE,
  ANNOTATION_REKOR_BUNDLE,
  ANNOTATION_RFC3161_TIMESTAMP,
  ANNOTATION_SIGNATURE,
  DSSE_ENVELOPE_MEDIA_TYPE,
} from '../sign/constants.ts';
import { bundleCertificates, toRekorBundleAnnotation } from '../sign/legacy-annotations.ts';
import type { LegacyLayer } from '../sign/legacy-image.ts';
import { fromPEM, toPEM } from '../sign/pem.ts';
import { VerifyError } from '../verify/errors.ts';

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** The envelope JSON as cosign (Go, `omitempty` keyid) serializes it. */
export function toEnvelopeJSON(bundle: Bundle): Buffer {
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new Error('attestation layers need a dsse envelope bundle, got a message signature');
  }
  const env = bundle.content.dsseEnvelope;
  return Buffer.from(
    JSON.stringify({
      payload: b64(env.payload),
      payloadType: env.payloadType,
      signatures: env.signatures.map((s) => ({ ...(s.keyid ? { keyid: s.keyid } : {}), sig: b64(s.sig) })),
    }),
  );
}

/** The `.att` layer cosign writes for a DSSE bundle over a statement of `predicateType`. */
export function toAttestationLayer(bundle: Bundle, predicateType: string): LegacyLayer {
  const annotations: Record<string, string> = {
    [ANNOTATION_SIGNATURE]: '',
    [ANNOTATION_PREDICATE_TYPE]: predicateType,
  };
  const [leaf, ...chain] = bundleCertificates(bundle);
  if (leaf) {
    annotations[ANNOTATION_CERTIFICATE] = toPEM(leaf, 'CERTIFICATE');
    annotations[ANNOTATION_CHAIN] = chain.map((c) => toPEM(c, 'CERTIFICATE')).join('');
  }
  const entry = bundle.verificationMaterial.tlogEntries[0];
  if (entry) annotations[ANNOTATION_REKOR_BUNDLE] = JSON.stringify(toRekorBundleAnnotation(entry));
  const ts = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
  if (ts) {
    annotations[ANNOTATION_RFC3161_TIMESTAMP] = JSON.stringify({
      SignedRFC3161Timestamp: b64(ts.signedTimestamp),
    });
  }
  return { mediaType: DSSE_ENVELOPE_MEDIA_TYPE, payload: toEnvelopeJSON(bundle), annotations };
}

function malformed(location: string, what: string, cause?: unknown): VerifyError {
  return new VerifyError('VERIFY_MALFORMED', `${location}: ${what}`, { cause });
}

interface EnvelopeShape {
  payload?: unknown;
  payloadType?: unknown;
  signatures?: { keyid?: unknown; sig?: unknown }[];
}

interface RekorAnnotation {
  SignedEntryTimestamp?: unknown;
  Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown };
}

/**
 * Reads an `.att` layer (envelope JSON + annotations) back into bundle JSON, to be verified as a DSSE
 * bundle: the inverse of toAttestationLayer, and what cosign's layers parse to.
 */
export function attestationLayerToBundleJSON(
  payload: Buffer,
  annotations: Record<string, string>,
  location: string,
): unknown {
  let env: EnvelopeShape;
  try {
    env = JSON.parse(payload.toString('utf8')) as EnvelopeShape;
  } catch (err) {
    throw malformed(location, 'the layer is not a DSSE envelope (not JSON)', err);
  }
  if (
    typeof env.payload !== 'string' ||
    typeof env.payloadType !== 'string' ||
    !Array.isArray(env.signatures)
  ) {
    throw malformed(location, 'the layer is not a DSSE envelope (payload, payloadType, signatures)');
  }
  const certPem = annotations[ANNOTATION_CERTIFICATE];
  const certs = certPem
    ? [...fromPEM(certPem, 'CERTIFICATE'), ...fromPEM(annotations[ANNOTATION_CHAIN] ?? '', 'CERTIFICATE')]
    : [];
  if (certPem && certs.length === 0)
    throw malformed(location, `${ANNOTATION_CERTIFICATE} holds no certificate`);
  const tlogEntries: unknown[] = [];
  const rekor = annotations[ANNOTATION_REKOR_BUNDLE];
  if (rekor) {
    let doc: RekorAnnotation;
    try {
      doc = JSON.parse(rekor) as RekorAnnotation;
    } catch (err) {
      throw malformed(location, `${ANNOTATION_REKOR_BUNDLE} is not JSON`, err);
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
      throw malformed(location, `${ANNOTATION_REKOR_BUNDLE} lacks SignedEntryTimestamp or Payload fields`);
    }
    let kind: { kind?: unknown; apiVersion?: unknown };
    try {
      kind = JSON.parse(Buffer.from(p.body, 'base64').toString('utf8')) as typeof kind;
    } catch (err) {
      throw malformed(location, 'the Rekor entry body is not base64 JSON', err);
    }
    tlogEntries.push({
      logIndex: String(p.logIndex),
      logId: { keyId: b64(Buffer.from(p.logID, 'hex')) },
      kindVersion: { kind: String(kind.kind ?? ''), version: String(kind.apiVersion ?? '') },
      integratedTime: String(p.integratedTime),
      inclusionPromise: { signedEntryTimestamp: doc.SignedEntryTimestamp },
      canonicalizedBody: p.body,
    });
  }
  let rfc3161Timestamps: { signedTimestamp: string }[] = [];
  const ts = annotations[ANNOTATION_RFC3161_TIMESTAMP];
  if (ts) {
    try {
      const parsed = JSON.parse(ts) as { SignedRFC3161Timestamp?: unknown };
      if (typeof parsed.SignedRFC3161Timestamp !== 'string') throw new Error('no SignedRFC3161Timestamp');
      rfc3161Timestamps = [{ signedTimestamp: parsed.SignedRFC3161Timestamp }];
    } catch (err) {
      throw malformed(
        location,
        `${ANNOTATION_RFC3161_TIMESTAMP} is not {"SignedRFC3161Timestamp": "<base64>"}`,
        err,
      );
    }
  }
  // As for legacy signatures (src/verify/legacy-bundle.ts): v0.1 carries a chain and SETs; without a
  // tlog entry v0.3's single certificate / public key form is the valid one.
  const json = {
    mediaType:
      tlogEntries.length > 0
        ? 'application/vnd.dev.sigstore.bundle+json;version=0.1'
        : 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      ...(certs.length === 0
        ? { publicKey: { hint: '' } }
        : tlogEntries.length > 0
          ? { x509CertificateChain: { certificates: certs.map((c) => ({ rawBytes: b64(c) })) } }
          : { certificate: { rawBytes: b64(certs[0]!) } }),
      tlogEntries,
      timestampVerificationData: { rfc3161Timestamps },
    },
    dsseEnvelope: {
      payload: env.payload,
      payloadType: env.payloadType,
      signatures: env.signatures.map((s) => ({
        keyid: typeof s.keyid === 'string' ? s.keyid : '',
        sig: typeof s.sig === 'string' ? s.sig : '',
      })),
    },
  };
  try {
    bundleFromJSON(json);
  } catch (err) {
    throw malformed(location, `annotations do not form a valid bundle: ${(err as Error).message}`, err);
  }
  return json;
}
