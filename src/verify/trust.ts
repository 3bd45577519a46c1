// Trust material for verification: a Sigstore trusted root (public-good via TUF, or a file for private
// deployments) and/or a public key. Pure: callers read the files and pass the parsed JSON / PEM.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { VerifyError } from './errors.ts';
import { checkTrustedRootDocument } from './trusted-root-document.ts';

const EMPTY_ROOT = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
};

/** Parses a trusted_root.json document (already JSON-parsed). */
export function parseTrustedRoot(json: unknown, source: string): TrustedRoot {
  checkTrustedRootDocument(json, source);
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (err) {
    throw new VerifyError(
      'VERIFY_INVALID_TRUST',
      `${source} is not a Sigstore trusted root: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot'))
    throw new VerifyError(
      'VERIFY_INVALID_TRUST',
      `${source} is not a Sigstore trusted root: mediaType is ${JSON.stringify(root.mediaType)}`,
    );
  return root;
}

/** Parses a PEM public key; throws VERIFY_INVALID_TRUST naming `source` when it is not one. */
export function parsePublicKey(pem: string, source: string): KeyObject {
  try {
    return createPublicKey(pem);
  } catch (err) {
    throw new VerifyError(
      'VERIFY_INVALID_TRUST',
      `${source} is not a PEM public key (expected "-----BEGIN PUBLIC KEY-----")`,
      {
        cause: err,
      },
    );
  }
}

/** Builds the verifier's trust material; with `publicKey`, every key hint resolves to that key. */
export function buildTrustMaterial(root: TrustedRoot | undefined, publicKey?: KeyObject): TrustMaterial {
  const base = root ?? TrustedRoot.fromJSON(EMPTY_ROOT);
  return toTrustMaterial(base, publicKey ? () => ({ publicKey, validFor: () => true }) : undefined);
}
