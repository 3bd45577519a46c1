// PKCS#11 key URIs (RFC 7512) as cosign reads them (sigstore/cosign pkg/cosign/pkcs11key/util.go):
//   pkcs11:token=LABEL;object=KEY_LABEL?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-value=1234
// - the token by `token` (its label) or `slot-id` (a decimal CK_SLOT_ID), at least one; `serial`,
//   `manufacturer` and `model` narrow it further;
// - the key by `object` (CKA_LABEL) or `id` (CKA_ID, percent-encoded bytes), at least one;
// - `module-path` (absolute) or COSIGN_PKCS11_MODULE_PATH; `pin-value` or COSIGN_PKCS11_PIN.
// As in cosign, `;` and `&` both separate attributes and values are percent-decoded (`+` is a space).
// Stricter than cosign, so a typo does not silently pick another key: an attribute RFC 7512 does not
// define is refused, as is one given twice, `pin-source` and `module-name` (say which fix to use).
// Parsing is pure; pkcs11.ts does the I/O. The URI kept for messages has its PIN replaced by `***`.
import { KmsError } from './errors.ts';

/** A key on a PKCS#11 token. `uri` is the URI as typed with any pin-value redacted, for messages. */
export interface Pkcs11Ref {
  provider: 'pkcs11';
  uri: string;
  token?: string;
  serial?: string;
  manufacturer?: string;
  model?: string;
  slotId?: number;
  object?: string;
  id?: Buffer;
  /** Absolute path of the PKCS#11 module; else COSIGN_PKCS11_MODULE_PATH at open time. */
  modulePath?: string;
  /** The user PIN from pin-value; else COSIGN_PKCS11_PIN at open time. Never printed. */
  pin?: string;
}

const SCHEME = /^pkcs11:/i;
// RFC 7512 §2.3 path attributes (library-* and slot-* describe the module and slot; accepted, unused).
const PATH_ATTRS = new Set([
  'token',
  'manufacturer',
  'serial',
  'model',
  'library-manufacturer',
  'library-description',
  'library-version',
  'slot-manufacturer',
  'slot-description',
  'slot-id',
  'object',
  'id',
  'type',
]);
const QUERY_ATTRS = new Set(['module-path', 'pin-value']);
export const PKCS11_SYNTAX =
  'pkcs11:token=TOKEN_LABEL;object=KEY_LABEL?module-path=/ABSOLUTE/PATH/module.so&pin-value=PIN (or slot-id=N, id=%XX…; COSIGN_PKCS11_MODULE_PATH, COSIGN_PKCS11_PIN)';

/** Whether `input` is a PKCS#11 URI (it may still be malformed). */
export function isPkcs11Uri(input: string): boolean {
  return SCHEME.test(input);
}

/** The URI with the value of any pin-value replaced by `***` (safe to print). */
export function redactPkcs11Uri(uri: string): string {
  return uri.replace(/([?&;]pin-value=)[^&;]*/gi, '$1***');
}

/** Parses a pkcs11: URI; throws KMS_INVALID_REF naming the attribute and the syntax. */
export function parsePkcs11Ref(input: string): Pkcs11Ref {
  const uri = redactPkcs11Uri(input);
  const invalid = (why: string) =>
    new KmsError('KMS_INVALID_REF', `${JSON.stringify(uri)} ${why}: use ${PKCS11_SYNTAX}`);
  if (!SCHEME.test(input)) throw invalid('is not a pkcs11: URI');
  const body = input.slice('pkcs11:'.length);
  const q = body.indexOf('?');
  const path = q < 0 ? body : body.slice(0, q);
  const query = q < 0 ? '' : body.slice(q + 1);
  const attrs = (part: string, known: Set<string>, where: string): Map<string, string> => {
    const out = new Map<string, string>();
    for (const item of part.split(/[;&]/)) {
      if (item === '') continue;
      const eq = item.indexOf('=');
      const name = (eq < 0 ? item : item.slice(0, eq)).toLowerCase();
      if (!known.has(name)) {
        if (name === 'pin-source')
          throw invalid('uses pin-source, which Signet does not read: use pin-value= or COSIGN_PKCS11_PIN');
        if (name === 'module-name') throw invalid('uses module-name: name the module file with module-path=');
        throw invalid(`has ${where} attribute ${JSON.stringify(name)}, which RFC 7512 does not define there`);
      }
      if (out.has(name)) throw invalid(`gives ${name} twice`);
      const raw = eq < 0 ? '' : item.slice(eq + 1);
      if (/%(?![0-9A-Fa-f]{2})/.test(raw)) throw invalid(`has a malformed percent-encoding in ${name}`);
      let value: string;
      try {
        // id= holds bytes (often not UTF-8): kept raw here, decoded byte by byte below.
        value = name === 'id' ? raw : decodeURIComponent(raw.replace(/\+/g, ' '));
      } catch {
        throw invalid(`has ${name} that is not percent-encoded UTF-8`);
      }
      out.set(name, value);
    }
    return out;
  };
  const p = attrs(path, PATH_ATTRS, 'path');
  const qa = attrs(query, QUERY_ATTRS, 'query');
  const token = p.get('token') || undefined;
  const slot = p.get('slot-id') || undefined;
  if (token === undefined && slot === undefined) throw invalid('names no token: give token= or slot-id=');
  if (slot !== undefined && !/^[0-9]{1,19}$/.test(slot)) {
    throw invalid(`has slot-id ${JSON.stringify(slot)}, not a decimal number`);
  }
  const object = p.get('object') || undefined;
  const idText = p.get('id') || undefined;
  if (object === undefined && idText === undefined) throw invalid('names no key: give object= or id=');
  const type = p.get('type');
  if (type !== undefined && type !== 'private' && type !== 'public') {
    throw invalid(`has type=${type}: a signing key is type=private (or leave type out)`);
  }
  const modulePath = qa.get('module-path') || undefined;
  if (modulePath !== undefined && !modulePath.startsWith('/')) {
    throw invalid(`has module-path ${JSON.stringify(modulePath)}, not an absolute path`);
  }
  const pin = qa.get('pin-value') || undefined;
  const opt = <K extends string, V>(k: K, v: V | undefined) => (v === undefined ? {} : { [k]: v });
  return {
    provider: 'pkcs11',
    uri,
    ...opt('token', token),
    ...opt('serial', p.get('serial') || undefined),
    ...opt('manufacturer', p.get('manufacturer') || undefined),
    ...opt('model', p.get('model') || undefined),
    ...opt('slotId', slot === undefined ? undefined : Number(slot)),
    ...opt('object', object),
    // cosign takes id's percent-decoded bytes; latin1 keeps each decoded byte as one.
    ...opt('id', idText === undefined ? undefined : percentDecodeBytes(idText)),
    ...opt('modulePath', modulePath),
    ...opt('pin', pin),
  };
}

/** id= as raw bytes: decodeURIComponent refuses %FF and friends, which CKA_IDs often hold. */
function percentDecodeBytes(text: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%') {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(out);
}
