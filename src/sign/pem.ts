// Signet's one PEM codec, as Go's encoding/pem writes it (cosign's key files and certificates come from
// Go): a BEGIN line, standard padded base64 in 64-character lines, an END line, a final newline.
// decodePem reads the first block strictly, like Go's pem.Decode (CRLF and surrounding text tolerated,
// headers and broken base64 not: key files); decodePemBlocks reads every block of one type (the
// certificate chains in cosign's annotations and trust material).
import { KeyError } from './keys/errors.ts';

/** One decoded PEM block. */
export interface PemBlock {
  type: string;
  bytes: Buffer;
}

const BEGIN = /-----BEGIN ([^\r\n-]+(?:-[^\r\n-]+)*)-----/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Encodes `bytes` as a PEM block of `type`, byte for byte as Go's pem.EncodeToMemory does. */
export function encodePem(type: string, bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  return `-----BEGIN ${type}-----\n${lines.join('\n')}${lines.length ? '\n' : ''}-----END ${type}-----\n`;
}

/**
 * Decodes the first PEM block in `text`. `source` names where the text came from (the key ref as typed)
 * for the error message.
 */
export function decodePem(text: string, source: string): PemBlock {
  const begin = BEGIN.exec(text);
  if (!begin) {
    const what = text.trim() === '' ? 'is empty' : 'holds no PEM block (no "-----BEGIN …-----" line)';
    throw new KeyError('KEY_INVALID_PEM', `${source} ${what}: expected a cosign key file`);
  }
  const type = begin[1] as string;
  const endLine = `-----END ${type}-----`;
  const bodyStart = begin.index + begin[0].length;
  const end = text.indexOf(endLine, bodyStart);
  if (end < 0) {
    throw new KeyError(
      'KEY_INVALID_PEM',
      `${source}: PEM block "${type}" has no "${endLine}" line: the file is truncated`,
    );
  }
  const body = text.slice(bodyStart, end);
  if (body.includes(':')) {
    throw new KeyError(
      'KEY_INVALID_PEM',
      `${source}: PEM block "${type}" has headers; cosign key files have none`,
    );
  }
  const b64 = body.replace(/\s+/g, '');
  if (!BASE64.test(b64) || b64.length % 4 !== 0) {
    throw new KeyError(
      'KEY_INVALID_PEM',
      `${source}: PEM block "${type}" is not valid base64: the file is damaged`,
    );
  }
  return { type, bytes: Buffer.from(b64, 'base64') };
}

/** The DER bytes of every PEM block of `type` in `text` (concatenated chains), in order. */
export function decodePemBlocks(text: string, type: string): Buffer[] {
  const re = new RegExp(`-----BEGIN ${type}-----([\\s\\S]*?)-----END ${type}-----`, 'g');
  return [...text.matchAll(re)].map((m) => Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64'));
}
