// policy-controller's own admission rules for ClusterImagePolicy, ported from its validating webhook
// (sigstore/policy-controller v0.13.1 pkg/apis/policy/v1beta1/clusterimagepolicy_validation.go, the same
// in v1alpha1) plus the runtime rule of pkg/webhook/validator.go that bundle-format authorities must be
// keyless. The CRD schema alone accepts objects this webhook refuses; Signet checks both.
import { createPublicKey } from 'node:crypto';
import { compileGlob } from './glob.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const VALID_MODES = ['enforce', 'warn'];
const VALID_HASHES = ['sha224', 'sha256', 'sha384', 'sha512'];
const VALID_STATIC = ['fail', 'pass'];

function checkRegExp(re: string, path: string, errs: string[]): void {
  try {
    new RegExp(re, 'u');
  } catch (err) {
    errs.push(`${path}: regex is invalid: ${(err as Error).message}`);
  }
}

function checkKeyRef(key: Obj, path: string, errs: string[]): void {
  const data = str(key.data);
  const kms = str(key.kms);
  const secretRef = key.secretRef;
  if (!data && !kms && !secretRef)
    errs.push(`${path}: expected exactly one, got neither: data, kms, secretref`);
  if (data && (kms || secretRef)) errs.push(`${path}: expected exactly one, got both: data, kms, secretref`);
  if (!data && kms && secretRef) errs.push(`${path}: expected exactly one, got both: data, kms, secretref`);
  if (key.hashAlgorithm !== undefined && !VALID_HASHES.includes(str(key.hashAlgorithm))) {
    errs.push(`${path}.hashAlgorithm: invalid value ${JSON.stringify(key.hashAlgorithm)}`);
  }
  if (data) {
    try {
      createPublicKey(data);
    } catch {
      errs.push(`${path}.data: invalid value: not a PEM public key`);
    }
  }
}

function checkIdentity(id: Obj, path: string, errs: string[]): void {
  if (id.issuer && id.issuerRegExp)
    errs.push(`${path}: expected exactly one, got both: issuer, issuerRegExp`);
  if (id.subject && id.subjectRegExp)
    errs.push(`${path}: expected exactly one, got both: subject, subjectRegExp`);
  if (id.issuerRegExp) checkRegExp(str(id.issuerRegExp), `${path}.issuerRegExp`, errs);
  if (id.subjectRegExp) checkRegExp(str(id.subjectRegExp), `${path}.subjectRegExp`, errs);
  if (!id.subject && !id.subjectRegExp) errs.push(`${path}: missing field(s): subject, subjectRegExp`);
  if (!id.issuer && !id.issuerRegExp) errs.push(`${path}: missing field(s): issuer, issuerRegExp`);
}

function checkAuthority(a: Obj, path: string, errs: string[]): void {
  const kinds = ['key', 'keyless', 'static'].filter((k) => a[k] !== undefined && a[k] !== null);
  if (kinds.length === 0)
    return void errs.push(`${path}: expected exactly one, got neither: key, keyless, static`);
  if (kinds.length > 1)
    return void errs.push(`${path}: expected exactly one, got both: key, keyless, static`);
  if (isObj(a.key)) checkKeyRef(a.key, `${path}.key`, errs);
  if (isObj(a.keyless)) {
    const k = a.keyless;
    if (!k.url && !k['ca-cert'])
      errs.push(`${path}.keyless: expected exactly one, got neither: url, ca-cert`);
    if (k.url && k['ca-cert']) errs.push(`${path}.keyless: expected exactly one, got both: url, ca-cert`);
    if (isObj(k['ca-cert'])) checkKeyRef(k['ca-cert'], `${path}.keyless.ca-cert`, errs);
    const ids = arr(k.identities);
    if (ids.length === 0) errs.push(`${path}.keyless: missing field(s): identities`);
    ids.forEach((id, i) => checkIdentity(isObj(id) ? id : {}, `${path}.keyless.identities[${i}]`, errs));
  }
  if (isObj(a.static)) {
    const action = str(a.static.action);
    if (!action) errs.push(`${path}.static: missing field(s): action`);
    else if (!VALID_STATIC.includes(action)) errs.push(`${path}.static.action: unsupported action ${action}`);
    for (const f of ['attestations', 'source', 'ctlog', 'rfc3161timestamp']) {
      if (a[f] !== undefined && (f !== 'attestations' && f !== 'source' ? true : arr(a[f]).length > 0)) {
        errs.push(`${path}: expected exactly one, got both: static, ${f}`);
      }
    }
  }
  const sources = arr(a.source);
  if (sources.length > 1) errs.push(`${path}.source: only single source is supported`);
  arr(a.attestations).forEach((att, i) => {
    const at = isObj(att) ? att : {};
    if (!at.name) errs.push(`${path}.attestations[${i}]: missing field(s): name`);
    if (!at.predicateType) errs.push(`${path}.attestations[${i}]: missing field(s): predicateType`);
  });
  if (a.signatureFormat !== undefined && !['legacy', 'bundle'].includes(str(a.signatureFormat))) {
    errs.push(`${path}.signatureFormat: expected legacy or bundle, got ${JSON.stringify(a.signatureFormat)}`);
  }
  // pkg/webhook/validator.go: "when using the new bundle format, the authority must be keyless"; the
  // TSA and tlog trustRootRef must equal the keyless one.
  if (a.signatureFormat === 'bundle') {
    if (!isObj(a.keyless)) errs.push(`${path}: the bundle signature format needs a keyless authority`);
    const ref = isObj(a.keyless) ? a.keyless.trustRootRef : undefined;
    for (const f of ['ctlog', 'rfc3161timestamp']) {
      const v = a[f];
      if (isObj(v) && v.trustRootRef !== ref)
        errs.push(`${path}.${f}.trustRootRef: must equal keyless.trustRootRef with the bundle format`);
    }
  }
}

/** The webhook's objections to a ClusterImagePolicy, as `path: problem` lines; empty when it would admit it. */
export function checkClusterImagePolicy(obj: unknown): string[] {
  const errs: string[] = [];
  const spec = isObj(obj) && isObj(obj.spec) ? obj.spec : {};
  const images = arr(spec.images);
  if (images.length === 0) errs.push('spec: missing field(s): images');
  images.forEach((img, i) => {
    const glob = isObj(img) ? str(img.glob) : '';
    if (!glob) return void errs.push(`spec.images[${i}]: missing field(s): glob`);
    try {
      compileGlob(glob);
    } catch (err) {
      errs.push(`spec.images[${i}].glob: ${(err as Error).message}`);
    }
  });
  arr(spec.authorities).forEach((a, i) => checkAuthority(isObj(a) ? a : {}, `spec.authorities[${i}]`, errs));
  if (spec.mode !== undefined && spec.mode !== '' && !VALID_MODES.includes(str(spec.mode))) {
    errs.push(`spec.mode: unsupported mode ${JSON.stringify(spec.mode)}`);
  }
  return errs;
}
