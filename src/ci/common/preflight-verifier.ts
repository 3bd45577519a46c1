// The verifier `signet preflight` (and the Action) hands the pre-flight stage: every signer of the
// image's rule must have a passing signature (AND), checked with the one verify stage.
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { PreflightDeps, PreflightRule, Signer } from '../../cluster/index.ts';
import type { Digest, ImageRef, RegistryClient } from '../../registry/index.ts';
import { parsePublicKey } from '../../sign/keys/index.ts';
import { buildVerifyPolicy, verifyImage, type VerifyFormats } from '../../verify/index.ts';

function policyFor(signer: Signer, trustedRoot: TrustedRoot | undefined, noTlog: boolean) {
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
}): PreflightDeps {
  return {
    async resolve(image: ImageRef): Promise<Digest> {
      const d = await opts.registry.headManifest(image);
      if (!d) throw new Error(`${image.registry}/${image.repository}: not found`);
      return d.digest;
    },
    async verify(image: ImageRef, rule: PreflightRule) {
      let digest = image.digest;
      for (const signer of rule.signers) {
        const policy = policyFor(signer, opts.trustedRoot, opts.noTlog === true);
        try {
          const r = await verifyImage(
            { image, policy, formats: opts.formats ?? 'both' },
            { registry: opts.registry },
          );
          digest = r.digest;
          if (!r.verified) {
            return {
              digest: r.digest,
              verified: false,
              reason: r.rejected.map((x) => `${x.code}: ${x.message}`).join('; '),
            };
          }
        } catch (err) {
          if (!digest) throw err;
          return { digest, verified: false, reason: (err as Error).message };
        }
      }
      if (!digest) throw new Error('verified without a digest');
      return { digest, verified: true };
    },
  };
}
