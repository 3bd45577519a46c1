// What a verification demands, built once from the parsed flags: the trust material, who must have
// signed (an identity policy, or a public key) and whether a tlog entry is required. The same policy
// serves `verify` (images) and `verify-blob`. Pure: the caller read the files (or fetched the
// public-good trusted root through TUF, see public-good.ts) and parsed them with trust.ts.
import type { KeyObject } from 'node:crypto';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { TrustMaterial } from '@sigstore/verify';
import { VerifyError } from './errors.ts';
import { parseIdentityPolicy, type IdentityFlags } from './identity.ts';
import type { SignatureCheck } from './signature.ts';
import { buildTrustMaterial } from './trust.ts';

/** The parsed trust and signer options of `verify` / `verify-blob` (cosign's flags). */
export interface VerifyPolicyInput {
  /** From `--trusted-root`, or the public-good root fetched through TUF; absent only for key + no tlog. */
  trustedRoot?: TrustedRoot;
  /** From `--key`: verify with this public key instead of a certificate identity. */
  publicKey?: KeyObject;
  /** `--certificate-identity[-regexp]`, `--certificate-oidc-issuer[-regexp]`, claims (keyless only). */
  identity?: IdentityFlags;
  /** `--insecure-ignore-tlog`: accept signatures without a transparency log entry. */
  insecureIgnoreTlog?: boolean;
}

/** Everything a signature is checked against, ready for verifySignature. */
export interface VerifyPolicy {
  trust: TrustMaterial;
  signer: SignatureCheck['signer'];
  requireTlog: boolean;
  /** Things the user chose that weaken verification, to be shown to them. */
  warnings: string[];
}

/** Warning shown whenever tlog checks are off (cosign prints the same caution). */
export const IGNORE_TLOG_WARNING =
  '--insecure-ignore-tlog: signatures without a transparency log entry are accepted; nothing public records them';

function hasIdentityFlags(flags: IdentityFlags | undefined): boolean {
  if (!flags) return false;
  return (
    [
      flags.certificateIdentity,
      flags.certificateIdentityRegexp,
      flags.certificateOidcIssuer,
      flags.certificateOidcIssuerRegexp,
    ].some((v) => v !== undefined) || Object.keys(flags.claims ?? {}).length > 0
  );
}

/**
 * Builds the policy; throws VERIFY_INVALID_POLICY for contradictory or missing signer flags and
 * VERIFY_INVALID_TRUST when the trust the flags need is absent.
 */
export function buildVerifyPolicy(input: VerifyPolicyInput): VerifyPolicy {
  const requireTlog = input.insecureIgnoreTlog !== true;
  const warnings = requireTlog ? [] : [IGNORE_TLOG_WARNING];
  if (input.publicKey) {
    if (hasIdentityFlags(input.identity)) {
      throw new VerifyError(
        'VERIFY_INVALID_POLICY',
        'give either --key or the --certificate-identity/--certificate-oidc-issuer flags, not both',
      );
    }
    if (requireTlog && !input.trustedRoot) {
      throw new VerifyError(
        'VERIFY_INVALID_TRUST',
        'checking the tlog entry needs the Rekor key of a trusted root: pass --trusted-root, or --insecure-ignore-tlog for signatures made with --tlog-upload=false',
      );
    }
    return {
      trust: buildTrustMaterial(input.trustedRoot, input.publicKey),
      signer: { kind: 'key' },
      requireTlog,
      warnings,
    };
  }
  const policy = parseIdentityPolicy(input.identity ?? {});
  if (!input.trustedRoot) {
    throw new VerifyError(
      'VERIFY_INVALID_TRUST',
      'keyless verification needs a trusted root (the Fulcio CA, Rekor and CT log keys): pass --trusted-root or let Signet fetch the public-good one',
    );
  }
  return {
    trust: buildTrustMaterial(input.trustedRoot),
    signer: { kind: 'keyless', policy },
    requireTlog,
    warnings,
  };
}
