// PEM encoding of DER bytes, as cosign and Go's encoding/pem write it (64-column base64, trailing newline).

/** Wraps DER bytes in a PEM block with `label` (e.g. CERTIFICATE). */
export function toPEM(der: Uint8Array, label: string): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Splits concatenated PEM blocks and returns the DER bytes of each block with `label`. */
export function fromPEM(pem: string, label: string): Buffer[] {
  const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  return [...pem.matchAll(re)].map((m) => Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64'));
}
