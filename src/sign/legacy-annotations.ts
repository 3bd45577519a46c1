// Maps a Sigstore bundle over a message signature to the annotations of a legacy cosign signature layer
// and back, so one signing core (sigstore-js bundles) serves both storage formats.
// cosign: pkg/oci/static/options.go (annotation names), pkg/cosign/bundle/rekor.go (the Rekor bundle
// JSON: numbers are JSON numbers, logID is hex), pkg/cosign/bundle/tsa.go (RFC 3161 timestamp).
import type { Bundle, TransparencyLogEntry } from '@sigstore/bundle';
import {
  ANNOTATION_CERTIFICATE,
  ANNOTATION_CHAIN,
  ANNOTATION_REKOR_BUNDLE,
  ANNOTATION_RFC3161_TIMESTAMP,
  ANNOTATION_SIGNATURE,
} from './constants.ts';
import { encodePem } from './pem.ts';
import { SignError } from './errors.ts';

/** cosign's `dev.sigstore.cosign/bundle` annotation: a Rekor SET and the entry it covers. */
export interface RekorBundleAnnotation {
  SignedEntryTimestamp: string;
  Payload: { body: string; integratedTime: number; logIndex: number; logID: string };
}

/** The Rekor bundle annotation for a tlog entry that has an inclusion promise (SET). */
export function toRekorBundleAnnotation(entry: TransparencyLogEntry): RekorBundleAnnotation {
  const set = entry.inclusionPromise?.signedEntryTimestamp;
  if (!set)
    throw new SignError('SIGN_FAILED', 'tlog entry has no inclusion promise (signed entry timestamp)');
  return {
    SignedEntryTimestamp: Buffer.from(set).toString('base64'),
    Payload: {
      body: Buffer.from(entry.canonicalizedBody).toString('base64'),
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: Buffer.from(entry.logId.keyId).toString('hex'),
    },
  };
}

/** The certificates of a bundle: leaf first, then any chain it carries. */
export function bundleCertificates(bundle: Bundle): Buffer[] {
  const vm = bundle.verificationMaterial.content;
  if (vm.$case === 'certificate') return [Buffer.from(vm.certificate.rawBytes)];
  if (vm.$case === 'x509CertificateChain')
    return vm.x509CertificateChain.certificates.map((c) => Buffer.from(c.rawBytes));
  return [];
}

/**
 * The annotations that carry a bundle's verification material on a cosign layer (`.sig` and `.att`
 * alike): certificate and chain, the Rekor bundle (SET and entry) and the RFC 3161 timestamp.
 */
export function toMaterialAnnotations(bundle: Bundle): Record<string, string> {
  const annotations: Record<string, string> = {};
  const [leaf, ...chain] = bundleCertificates(bundle);
  if (leaf) {
    annotations[ANNOTATION_CERTIFICATE] = encodePem('CERTIFICATE', leaf);
    annotations[ANNOTATION_CHAIN] = chain.map((c) => encodePem('CERTIFICATE', c)).join('');
  }
  const entry = bundle.verificationMaterial.tlogEntries[0];
  if (entry) annotations[ANNOTATION_REKOR_BUNDLE] = JSON.stringify(toRekorBundleAnnotation(entry));
  const ts = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
  if (ts) {
    annotations[ANNOTATION_RFC3161_TIMESTAMP] = JSON.stringify({
      SignedRFC3161Timestamp: Buffer.from(ts.signedTimestamp).toString('base64'),
    });
  }
  return annotations;
}

/** The layer annotations cosign writes for a message-signature bundle. */
export function toLegacyAnnotations(bundle: Bundle): Record<string, string> {
  if (bundle.content.$case !== 'messageSignature') {
    throw new SignError(
      'SIGN_FAILED',
      'legacy signature layers need a message-signature bundle, got a dsse envelope',
    );
  }
  return {
    [ANNOTATION_SIGNATURE]: Buffer.from(bundle.content.messageSignature.signature).toString('base64'),
    ...toMaterialAnnotations(bundle),
  };
}
