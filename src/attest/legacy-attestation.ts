// A DSSE bundle as a layer of cosign's legacy `sha256-<hex>.att` image, and back. Measured against
// cosign v3.1.3 `attest --new-bundle-format=false` on the test bed: the layer is the DSSE envelope
// JSON (`{"payload","payloadType","signatures":[{"sig"}]}`, no keyid), media type
// application/vnd.dsse.envelope.v1+json, annotations `dev.cosignproject.cosign/signature: ""`,
// `predicateType`, the certificate/chain for keyless and the Rekor bundle of a `dsse` 0.0.1 entry.
// Pure: the attest stage writes the layer, verifyAttestations reads it back into a bundle for the
// one verifier (@sigstore/verify).
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import {
  ANNOTATION_PREDICATE_TYPE,
  ANNOTATION_REKOR_BUNDLE,
  ANNOTATION_RFC3161_TIMESTAMP,
  ANNOTATION_SIGNATURE,
  DSSE_ENVELOPE_MEDIA_TYPE,
} from '../sign/constants.ts';
import { toMaterialAnnotations } from '../sign/legacy-annotations.ts';
import { annotationsToMaterial } from '../verify/legacy-bundle.ts';
import type { LegacyLayer } from '../storage/legacy-image.ts';
import { VerifyError } from '../verify/errors.ts';
import { AttestError } from './errors.ts';

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** The envelope JSON as cosign (Go, `omitempty` keyid) serializes it. */
export function toEnvelopeJSON(bundle: Bundle): Buffer {
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new AttestError(
      'ATTEST_INVALID_INPUT',
      'attestation layers need a dsse envelope bundle, got a message signature',
    );
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
    ...toMaterialAnnotations(bundle),
  };
  // cosign checks an `.att` layer's RFC 3161 timestamp over the layer payload (the envelope JSON: an
  // attestation has no signature annotation; pkg/cosign/verify.go VerifyRFC3161Timestamp), while the
  // bundle's timestamp covers the DSSE signature. Kyverno (cosign v2) then refuses the layer ("hashed
  // messages don't match"). With a tlog entry its integrated time proves when the certificate was used,
  // so the mismatched timestamp is left out. TODO(h21): a timestamp over the envelope for TSA-only
  // attestations, remove when the attest stage requests one.
  if (annotations[ANNOTATION_REKOR_BUNDLE] !== undefined) delete annotations[ANNOTATION_RFC3161_TIMESTAMP];
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
  // The verification material is decoded as for `.sig` layers: one decoder for cosign's annotations.
  const json = {
    ...annotationsToMaterial(annotations, location),
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
