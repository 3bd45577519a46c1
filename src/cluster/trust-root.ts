// A private Sigstore's trust material (its trusted_root.json) in the shapes the controllers take:
// policy-controller's TrustRoot (`spec.sigstoreKeys`: PEM, then base64, as Go marshals []byte;
// pkg/apis/config/sigstore_keys.go) and the PEM strings Kyverno's attestors take inline.
import { POLICY_CONTROLLER_GROUP } from './constants.ts';
import { PolicyError } from './errors.ts';
import { encodePem } from '../sign/pem.ts';
import type { KubeObject, TrustedRootJSON } from './types.ts';

interface RawKey {
  baseUrl?: string;
  hashAlgorithm?: string;
  publicKey?: { rawBytes?: string; keyDetails?: string };
}
interface RawAuthority {
  subject?: { organization?: string; commonName?: string };
  uri?: string;
  certChain?: { certificates?: { rawBytes?: string }[] };
}

/** The parts of a trusted root the generators use, PEM-encoded. */
export interface TrustPems {
  /** Fulcio URL and its chain (leaf-most first, root last), PEM. */
  fulcio: {
    url: string;
    chainPem: string;
    rootPem: string;
    subject: { organization: string; commonName: string };
  }[];
  /** `keyDetails` is the protobuf-specs PublicKeyDetails name (`PKIX_ED25519` for Rekor v2 logs). */
  rekor: { url: string; publicKeyPem: string; hashAlgorithm: string; keyDetails?: string }[];
  ctlogs: { url: string; publicKeyPem: string; hashAlgorithm: string; keyDetails?: string }[];
  /** The Rekor v1 (ECDSA) logs among `rekor`: the ones the legacy `.sig` verifiers read (see legacyRekorKeys). */
  legacyRekor: { url: string; publicKeyPem: string; hashAlgorithm: string; keyDetails?: string }[];
  tsas: { url: string; chainPem: string; subject: { organization: string; commonName: string } }[];
}

/** PEM of base64 DER (the trusted root's rawBytes). */
const pem = (label: string, b64: string): string => encodePem(label, Buffer.from(b64, 'base64'));

function toHash(alg: string | undefined): string {
  if (alg === 'SHA2_384') return 'sha-384';
  if (alg === 'SHA2_512') return 'sha-512';
  return 'sha-256';
}

function keys(list: unknown, what: string): TrustPems['rekor'] {
  return ((list as RawKey[] | undefined) ?? []).map((k, i) => {
    if (!k.publicKey?.rawBytes || !k.baseUrl) {
      throw new PolicyError(
        'POLICY_INVALID_INPUT',
        `trusted root: ${what}[${i}] has no baseUrl or publicKey.rawBytes`,
      );
    }
    return {
      url: k.baseUrl,
      publicKeyPem: pem('PUBLIC KEY', k.publicKey.rawBytes),
      hashAlgorithm: toHash(k.hashAlgorithm),
      ...(k.publicKey.keyDetails ? { keyDetails: k.publicKey.keyDetails } : {}),
    };
  });
}

/**
 * The logs whose keys policy-controller v0.13.1 can load: it reads every TrustRoot `tLogs` key as ECDSA
 * and fails the whole policy on any other ("public key 1 is not ecdsa.PublicKey"). Rekor v2 logs sign
 * checkpoints with Ed25519 and carry no signed entry timestamps, which policy-controller cannot check
 * anyway (it verifies the legacy `.sig` format and its Rekor v1 bundle), so they are left out. Kyverno's
 * and Connaisseur's cosign-based checks take one Rekor key for the same `.sig` format: the first of these.
 */
export function legacyRekorKeys(rekor: TrustPems['rekor']): TrustPems['rekor'] {
  return rekor.filter((k) => k.keyDetails === undefined || !k.keyDetails.includes('ED25519'));
}

function authorities(list: unknown, what: string): TrustPems['tsas'] {
  return ((list as RawAuthority[] | undefined) ?? []).map((a, i) => {
    const certs = a.certChain?.certificates ?? [];
    if (certs.length === 0 || !a.uri || certs.some((c) => !c.rawBytes)) {
      throw new PolicyError(
        'POLICY_INVALID_INPUT',
        `trusted root: ${what}[${i}] has no uri or certificate chain`,
      );
    }
    return {
      url: a.uri,
      chainPem: certs.map((c) => pem('CERTIFICATE', c.rawBytes ?? '')).join(''),
      subject: { organization: a.subject?.organization ?? '', commonName: a.subject?.commonName ?? '' },
    };
  });
}

/** Reads the keys and chains out of a trusted_root.json; throws POLICY_INVALID_INPUT when parts are missing. */
export function toTrustPems(root: TrustedRootJSON): TrustPems {
  const fulcio = authorities(root.certificateAuthorities, 'certificateAuthorities').map((a, i) => {
    const certs = (root.certificateAuthorities as RawAuthority[])[i]?.certChain?.certificates ?? [];
    return { ...a, rootPem: pem('CERTIFICATE', certs[certs.length - 1]?.rawBytes ?? '') };
  });
  const rekor = keys(root.tlogs, 'tlogs');
  return {
    fulcio,
    rekor,
    legacyRekor: legacyRekorKeys(rekor),
    ctlogs: keys(root.ctlogs, 'ctlogs'),
    tsas: authorities(root.timestampAuthorities, 'timestampAuthorities'),
  };
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/** A CA or TSA as TrustRoot's sigstoreKeys lists it. */
const authorityEntry = (a: {
  url: string;
  chainPem: string;
  subject: TrustPems['tsas'][number]['subject'];
}) => ({
  subject: a.subject,
  uri: a.url,
  certChain: b64(a.chainPem),
});
/** A transparency or CT log as TrustRoot's sigstoreKeys lists it. */
const logEntry = (k: { url: string; publicKeyPem: string; hashAlgorithm: string }) => ({
  baseURL: k.url,
  hashAlgorithm: k.hashAlgorithm,
  publicKey: b64(k.publicKeyPem),
});

/** policy-controller's TrustRoot for a private Sigstore, referenced by keyless authorities' `trustRootRef`. */
export function buildTrustRoot(
  name: string,
  root: TrustedRootJSON,
  labels: Record<string, string>,
): KubeObject {
  const t = toTrustPems(root);
  return {
    apiVersion: `${POLICY_CONTROLLER_GROUP}/v1alpha1`,
    kind: 'TrustRoot',
    metadata: { name, labels },
    spec: {
      sigstoreKeys: {
        certificateAuthorities: t.fulcio.map(authorityEntry),
        tLogs: t.legacyRekor.map(logEntry),
        ctLogs: t.ctlogs.map(logEntry),
        timestampAuthorities: t.tsas.map(authorityEntry),
      },
    },
  };
}
