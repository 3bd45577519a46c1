// The verifier `signet preflight` (and the Action) hands the pre-flight stage: every signer of the
// image's rule must have a passing signature (AND), checked with the one verify stage.
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { AdmissionSigner, PreflightDeps, PreflightRule } from '../../cluster/index.ts';
import type { Digest, ImageRef, RegistryClient } from '../../registry/index.ts';
import { parsePublicKey } from '../../sign/keys/index.ts';
import {
  buildVerifyPolicy,
  verifyImage,
  type VerifyFormats,
  type VerifyPolicy,
  type VerifyResult,
} from '../../verify/index.ts';
import { RegistryError } from '../../registry/errors.ts';
import { VerifyError } from '../../verify/errors.ts';

/** One signer's check of one image, for a verification summary. */
export interface PreflightCheck {
  policy: VerifyPolicy;
  /** Absent when nothing could be read (no signatures at all). */
  result?: VerifyResult;
}

function policyFor(signer: AdmissionSigner, trustedRoot: TrustedRoot | undefined, noTlog: boolean) {
  if (signer.kind === 'key') {
    return buildVerifyPolicy({
      publicKey: parsePublicKey(signer.publicKey, 'preflight policy key'),
      trustedRoot,
      insecureIgnoreTlog: noTlog,
    });
  }
  return buildVerifyPolicy({
    trustedRoot,
    identity:
      signer.subject !== undefined
        ? { certificateIdentity: signer.subject, certificateOidcIssuer: signer.issuer }
        : { certificateIdentityRegexp: signer.subjectRegExp, certificateOidcIssuer: signer.issuer },
    insecureIgnoreTlog: noTlog,
  });
}

/** Pre-flight deps over a registry client and trust material. */
export function preflightVerifier(opts: {
  registry: RegistryClient;
  trustedRoot?: TrustedRoot;
  formats?: VerifyFormats;
  noTlog?: boolean;
  /** Told of each image's checks when it is decided (for `--vsa`). */
  onChecked?(image: ImageRef, digest: Digest, checks: PreflightCheck[], verified: boolean): void;
}): PreflightDeps {
  return {
    async resolve(image: ImageRef): Promise<Digest> {
      const d = await opts.registry.headManifest(image);
      if (!d)
        throw new RegistryError('REGISTRY_NOT_FOUND', `${image.registry}/${image.repository}: not found`);
      return d.digest;
    },
    async verify(image: ImageRef, rule: PreflightRule) {
      let digest = image.digest;
      const checks: PreflightCheck[] = [];
      for (const signer of rule.signers) {
        const policy = policyFor(signer, opts.trustedRoot, opts.noTlog === true);
        try {
          const r = await verifyImage(
            { image, policy, formats: opts.formats ?? 'both' },
            { registry: opts.registry },
          );
          digest = r.digest;
          checks.push({ policy, result: r });
          if (!r.verified) {
            opts.onChecked?.(image, r.digest, checks, false);
            return {
              digest: r.digest,
              verified: false,
              reason: r.rejected.map((x) => `${x.code}: ${x.message}`).join('; '),
            };
          }
        } catch (err) {
          if (!digest) throw err;
          checks.push({ policy });
          opts.onChecked?.(image, digest, checks, false);
          return { digest, verified: false, reason: (err as Error).message };
        }
      }
      if (!digest) throw new VerifyError('VERIFY_FAILED', 'verified without a digest');
      opts.onChecked?.(image, digest, checks, true);
      return { digest, verified: true };
    },
  };
}
