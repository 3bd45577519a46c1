// cosign's duplicate detection, as pure checks over what the registry already holds. cosign attaches a
// signature only if no existing one verifies under the signer's own key over the same payload
// (cosign `pkg/oci/mutate` WithDupeDetector, `pkg/cosign/remote` NewDupeDetector); with a Fulcio
// signer the key is fresh every run, so keyless signatures never count as duplicates. Signet applies
// the same rule to both formats, so re-signing with one key adds nothing in either.
import { ANNOTATION_REKOR_BUNDLE, ANNOTATION_SIGNATURE, COSIGN_SIGN_PREDICATE_TYPE } from './constants.ts';
import { verifyWithKey } from './keys/index.ts';
import type { LegacyLayer } from '../storage/legacy-image.ts';
import type { Digest } from '../registry/name.ts';

/** DSSE pre-authentication encoding: what a DSSE signature signs (DSSE spec `protocol.md`). */
export function toPAE(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ]);
}

/** True when `layer` signs exactly `payload` and its signature verifies under `publicKey` (PEM). */
export function isLegacySignatureBy(layer: LegacyLayer, payload: Buffer, publicKey: string): boolean {
  const sig = layer.annotations[ANNOTATION_SIGNATURE];
  if (!sig || !layer.payload.equals(payload)) return false;
  return verifyWithKey(publicKey, payload, Buffer.from(sig, 'base64'));
}

interface BundleShape {
  dsseEnvelope?: { payload?: unknown; payloadType?: unknown; signatures?: { sig?: unknown }[] };
  verificationMaterial?: { tlogEntries?: { logIndex?: unknown }[] };
}

/**
 * True when `bundleJSON` is a DSSE bundle whose statement signs `digest` (with these subject
 * annotations) with the cosign sign predicate and whose signature verifies under `publicKey` (PEM).
 */
export function isBundleSignatureBy(
  bundleJSON: unknown,
  digest: Digest,
  publicKey: string,
  annotations: Record<string, string> = {},
): boolean {
  const env = (bundleJSON as BundleShape | null)?.dsseEnvelope;
  if (!env || typeof env.payload !== 'string' || typeof env.payloadType !== 'string') return false;
  const payload = Buffer.from(env.payload, 'base64');
  let statement: {
    subject?: { digest?: Record<string, string>; annotations?: Record<string, string> }[];
    predicateType?: unknown;
  };
  try {
    statement = JSON.parse(payload.toString('utf8')) as typeof statement;
  } catch {
    return false;
  }
  const [alg, hex] = digest.split(':') as [string, string];
  if (statement.predicateType !== COSIGN_SIGN_PREDICATE_TYPE) return false;
  const same = (a: Record<string, string> = {}) =>
    Object.keys(a).length === Object.keys(annotations).length &&
    Object.keys(a).every((k) => a[k] === annotations[k]);
  if (!(statement.subject ?? []).some((s) => s.digest?.[alg] === hex && same(s.annotations))) return false;
  const pae = toPAE(env.payloadType, payload);
  return (env.signatures ?? []).some(
    (s) => typeof s.sig === 'string' && verifyWithKey(publicKey, pae, Buffer.from(s.sig, 'base64')),
  );
}

/** The Rekor log index a legacy layer's bundle annotation records, if any. */
export function legacyLogIndex(layer: LegacyLayer): number | undefined {
  const raw = layer.annotations[ANNOTATION_REKOR_BUNDLE];
  if (!raw) return undefined;
  try {
    const n = (JSON.parse(raw) as { Payload?: { logIndex?: unknown } }).Payload?.logIndex;
    return typeof n === 'number' ? n : undefined;
  } catch {
    return undefined;
  }
}

/** The Rekor log index of a bundle's first tlog entry (bundle JSON carries it as a string). */
export function bundleLogIndex(bundleJSON: unknown): number | undefined {
  const n = (bundleJSON as BundleShape | null)?.verificationMaterial?.tlogEntries?.[0]?.logIndex;
  return n === undefined || n === null || n === '' ? undefined : Number(n);
}
