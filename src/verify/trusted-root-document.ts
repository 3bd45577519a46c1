// Strict validation of a trusted_root.json document (protobuf-specs `dev.sigstore.trustroot.v1.TrustedRoot`)
// before @sigstore/protobuf-specs reads it. `TrustedRoot.fromJSON` accepts nearly anything (missing fields
// become empty values), and a trust root with a log key that has no validity start, or a CA chain that
// is not DER, then fails deep inside a verification, or worse, is silently skipped. Here each authority
// must be complete: a URL, keys that parse as SPKI with a known key type and hash, certificates that parse
// as X.509, and a validity period with a start. The first problem is reported in one line naming the field.
// https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_trustroot.proto
import { X509Certificate, createPublicKey, type KeyObject } from 'node:crypto';
import { VerifyError } from './errors.ts';

const MEDIA_TYPES = [
  'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  'application/vnd.dev.sigstore.trustedroot.v0.2+json',
];
const HASH_ALGORITHMS = ['SHA2_256', 'SHA2_384', 'SHA2_512', 'SHA3_256', 'SHA3_384'];
// protobuf-specs PublicKeyDetails names a transparency or CT log may use.
const KEY_DETAILS = [
  'PKIX_ECDSA_P256_SHA_256',
  'PKIX_ECDSA_P384_SHA_384',
  'PKIX_ECDSA_P521_SHA_512',
  'PKIX_ED25519',
  'PKIX_ED25519_PH',
  'PKIX_RSA_PKCS1V15_2048_SHA256',
  'PKIX_RSA_PKCS1V15_3072_SHA256',
  'PKIX_RSA_PKCS1V15_4096_SHA256',
  'PKIX_RSA_PSS_2048_SHA256',
  'PKIX_RSA_PSS_3072_SHA256',
  'PKIX_RSA_PSS_4096_SHA256',
];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The keyDetails prefix each key kind may carry. */
const KIND_PREFIX: Record<string, string> = {
  'ECDSA P-256': 'PKIX_ECDSA_P256_',
  'ECDSA P-384': 'PKIX_ECDSA_P384_',
  'ECDSA P-521': 'PKIX_ECDSA_P521_',
  Ed25519: 'PKIX_ED25519',
  'RSA 2048': 'PKIX_RSA_',
  'RSA 3072': 'PKIX_RSA_',
  'RSA 4096': 'PKIX_RSA_',
};

/** A key's kind in words: `ECDSA P-256`, `Ed25519`, `RSA 2048`. */
function keyKind(key: KeyObject): string {
  const d = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'ec') {
    const curve = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[d.namedCurve ?? ''];
    return `ECDSA ${curve ?? d.namedCurve ?? 'unknown curve'}`;
  }
  if (key.asymmetricKeyType === 'ed25519') return 'Ed25519';
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') return `RSA ${d.modulusLength}`;
  return String(key.asymmetricKeyType);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  private readonly source: string;
  constructor(source: string) {
    this.source = source;
  }
  fail(field: string, problem: string): never {
    throw new VerifyError('VERIFY_INVALID_TRUST', `trusted root ${this.source}: ${field} ${problem}`);
  }
  obj(v: unknown, field: string): Obj {
    if (!isObj(v)) this.fail(field, 'is missing or not an object');
    return v;
  }
  list(v: unknown, field: string): unknown[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail(field, 'must be a list');
    return v;
  }
  url(v: unknown, field: string): void {
    let u: URL;
    try {
      u = new URL(String(v));
    } catch {
      this.fail(field, `must be a URL, got ${JSON.stringify(v)}`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') this.fail(field, `must be an http(s) URL`);
  }
  bytes(v: unknown, field: string): Buffer {
    if (typeof v !== 'string' || v === '' || !BASE64.test(v)) this.fail(field, 'must be non-empty base64');
    return Buffer.from(v, 'base64');
  }
  validFor(v: unknown, field: string): void {
    const w = this.obj(v, `${field}`);
    if (typeof w.start !== 'string' || !RFC3339.test(w.start)) {
      this.fail(
        `${field}.start`,
        `must be an RFC 3339 time (every authority needs a start), got ${JSON.stringify(w.start)}`,
      );
    }
    if (w.end !== undefined) {
      if (typeof w.end !== 'string' || !RFC3339.test(w.end))
        this.fail(`${field}.end`, 'must be an RFC 3339 time');
      if (new Date(w.end) <= new Date(w.start)) this.fail(`${field}.end`, 'must be after the start');
    }
  }
  log(v: unknown, field: string): void {
    const log = this.obj(v, field);
    this.url(log.baseUrl, `${field}.baseUrl`);
    if (!HASH_ALGORITHMS.includes(String(log.hashAlgorithm))) {
      this.fail(
        `${field}.hashAlgorithm`,
        `must be one of ${HASH_ALGORITHMS.join(', ')}, got ${JSON.stringify(log.hashAlgorithm)}`,
      );
    }
    const key = this.obj(log.publicKey, `${field}.publicKey`);
    const der = this.bytes(key.rawBytes, `${field}.publicKey.rawBytes`);
    let parsed: KeyObject;
    try {
      parsed = createPublicKey({ key: der, format: 'der', type: 'spki' });
    } catch {
      this.fail(`${field}.publicKey.rawBytes`, 'is not a DER SubjectPublicKeyInfo');
    }
    if (!KEY_DETAILS.includes(String(key.keyDetails))) {
      this.fail(
        `${field}.publicKey.keyDetails`,
        `must be a known key type (e.g. PKIX_ECDSA_P256_SHA_256, PKIX_ED25519), got ${JSON.stringify(key.keyDetails)}`,
      );
    }
    const actual = keyKind(parsed);
    const details = String(key.keyDetails);
    const rsaBits = actual.startsWith('RSA ') ? `_${actual.slice(4)}_` : '';
    if (!details.startsWith(KIND_PREFIX[actual] ?? '\u0000') || !details.includes(rsaBits)) {
      this.fail(
        `${field}.publicKey.keyDetails`,
        `is ${String(key.keyDetails)} but publicKey.rawBytes holds a ${actual} key`,
      );
    }
    this.validFor(key.validFor, `${field}.publicKey.validFor`);
    const logId = this.obj(log.logId, `${field}.logId`);
    this.bytes(logId.keyId, `${field}.logId.keyId`);
  }
  authority(v: unknown, field: string): void {
    const a = this.obj(v, field);
    if (a.uri !== undefined && a.uri !== '') this.url(a.uri, `${field}.uri`);
    const chain = this.obj(a.certChain, `${field}.certChain`);
    const certs = this.list(chain.certificates, `${field}.certChain.certificates`);
    if (certs.length === 0)
      this.fail(`${field}.certChain.certificates`, 'must hold at least one certificate');
    const parsed = certs.map((c, i) => {
      const f = `${field}.certChain.certificates[${i}]`;
      const der = this.bytes(this.obj(c, f).rawBytes, `${f}.rawBytes`);
      try {
        return new X509Certificate(der);
      } catch {
        this.fail(`${f}.rawBytes`, 'is not a DER X.509 certificate');
      }
    });
    // Leaf-most first, root last (protobuf-specs X509CertificateChain): each one issued by the next.
    parsed.forEach((cert, i) => {
      const issuer = parsed[i + 1];
      if (issuer && !(cert.checkIssued(issuer) && cert.verify(issuer.publicKey))) {
        this.fail(
          `${field}.certChain.certificates[${i}]`,
          `is not issued by certificates[${i + 1}] (the chain goes leaf-most first, root last)`,
        );
      }
    });
    this.validFor(a.validFor, `${field}.validFor`);
  }
}

/** Checks a trusted root document (already JSON-parsed); throws VERIFY_INVALID_TRUST naming the first bad field. */
export function checkTrustedRootDocument(json: unknown, source: string): void {
  const c = new Checker(source);
  const root = c.obj(json, 'document');
  if (!MEDIA_TYPES.includes(String(root.mediaType))) {
    c.fail('mediaType', `must be ${MEDIA_TYPES.join(' or ')}, got ${JSON.stringify(root.mediaType)}`);
  }
  c.list(root.tlogs, 'tlogs').forEach((v, i) => c.log(v, `tlogs[${i}]`));
  c.list(root.ctlogs, 'ctlogs').forEach((v, i) => c.log(v, `ctlogs[${i}]`));
  c.list(root.certificateAuthorities, 'certificateAuthorities').forEach((v, i) =>
    c.authority(v, `certificateAuthorities[${i}]`),
  );
  c.list(root.timestampAuthorities, 'timestampAuthorities').forEach((v, i) =>
    c.authority(v, `timestampAuthorities[${i}]`),
  );
}
