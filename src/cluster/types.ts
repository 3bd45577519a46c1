// The input of the admission generators: one description of who must have signed what, from which
// every controller's objects are derived, so policy-controller, Kyverno and Connaisseur enforce the same.
import type { Digest, ImageRef } from '../registry/index.ts';
import type { CompanionsInput } from './companions.ts';

/** A keyless signer: the exact certificate identity (SAN) and OIDC issuer Fulcio put in the certificate. */
export interface KeylessSigner {
  kind: 'keyless';
  issuer: string;
  /** The exact SAN, e.g. `https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main`. */
  subject?: string;
  /** Or a regular expression over the SAN (anchored by Signet), e.g. for every `refs/tags/v*`. */
  subjectRegExp?: string;
}

/** A key signer: the cosign public key (PEM `PUBLIC KEY`). */
export interface KeySigner {
  kind: 'key';
  publicKey: string;
}

/** Who signed: a keyless identity or a public key. */
export type Signer = KeylessSigner | KeySigner;

/** The storage format the signatures were written in (cosign v2 `.sig` tags, or v3 bundle referrers). */
export type SignatureFormat = 'legacy' | 'bundle';

/** An attestation that must be present and signed by the same signer(s). */
export interface AttestationCheck {
  /** A short DNS-1123 name (`sbom`, `provenance`). */
  name: string;
  /** The in-toto predicate type URI. */
  predicateType: string;
}

/** Development builds (branches) or production (release tags). */
export type TrustLevel = 'development' | 'production';

/** Which namespaces run at which trust level (Kyverno and Connaisseur; policy-controller cannot tell them apart). */
export interface NamespaceScope {
  /** The namespace label holding the level; default `signet.dev/trust-level`. */
  label?: string;
  /** Label values meaning development (Audit) and production (Enforce); defaults `development`, `production`. */
  development?: string[];
  production?: string[];
  /** Extra namespaces never checked, besides the system ones. */
  exclude?: string[];
}

/** An emergency bypass: a Kyverno PolicyException for these namespaces, never an annotation. */
export interface BypassInput {
  namespaces: string[];
  /** Why, for the exception's annotation (who approved, which incident). */
  reason: string;
}

/** The trust material of a private Sigstore (its trusted_root.json, parsed), emitted as a TrustRoot. */
export type TrustedRootJSON = Record<string, unknown>;

/**
 * Admission on a SLSA verification summary (VSA) instead of the signatures themselves: the image is
 * admitted when a VSA signed by the build identity says its digest PASSED (the `*-vsa` targets).
 */
export interface VsaAdmission {
  /** Accepted `verifier.id`s; default: the build identity's exact subject, else any (the signer binds it). */
  verifierIds?: string[];
  /** The lowest SLSA build level accepted (`SLSA_BUILD_LEVEL_2`); default: any PASSED summary. */
  minLevel?: string;
  /** The oldest summary accepted (`24h`, `7d`); policy-controller (Rego) and Kyverno enforce it. */
  maxAge?: string;
}

/** Everything the generators need; values are parsed already (refs, digests, PEM text). */
export interface AdmissionInput {
  /** Base name of every object (DNS-1123 label, ≤ 40 characters so suffixes fit). */
  name: string;
  /** The repositories governed; tags and digests in them are ignored. */
  repositories: ImageRef[];
  signatureFormat: SignatureFormat;
  /** The developer build identity (what signs branch builds). */
  build: Signer;
  /** The release/maintainer identity; production then requires build AND release. */
  release?: Signer;
  /** Per-digest objects pinning these digests to the identity that signed them (pruned when superseded). */
  digests?: Digest[];
  /** Attestations required at production (signed by the build identity). */
  attestations?: AttestationCheck[];
  /** policy-controller `mode`: enforce (default) or warn. */
  mode?: 'enforce' | 'warn';
  /** The trust level a policy-controller cluster enforces (default production when `release` is set). */
  clusterLevel?: TrustLevel;
  /** policy-controller API version to write (default v1beta1). */
  policyControllerVersion?: 'v1alpha1' | 'v1beta1';
  /** A private Sigstore: emitted as a policy-controller TrustRoot and as Kyverno keys/roots. */
  trustedRoot?: TrustedRootJSON;
  /**
   * The TUF repository distributing the private Sigstore's trusted_root.json: Kyverno's
   * ImageValidatingPolicy initialises TUF for keyless attestors even with an inline trusted root, so a
   * private Sigstore needs its own mirror there (`mirror` URL, `rootJSON` the repository's root.json).
   */
  tuf?: { mirror: string; rootJSON: string };
  /** Where the signatures live when not beside the image (cosign COSIGN_REPOSITORY). */
  signatureRepository?: ImageRef;
  namespaces?: NamespaceScope;
  bypass?: BypassInput;
  /** Signatures were made without a tlog entry (key signing with --tlog-upload=false). */
  noTlog?: boolean;
  /**
   * The signing time comes from RFC 3161 timestamps (Rekor v2 entries, which carry no integrated time, or
   * TSA-only signing), so the policies require one from the trusted root's TSAs (cosign's
   * `--use-signed-timestamps`). Otherwise a Rekor v1 entry's integrated time proves it, and a policy that
   * asked for a timestamp would deny every signature that has none.
   */
  signedTimestamps?: boolean;
  /** Allowed registries, pull policy, cluster-wide audit and alerting, beside the signature policies. */
  companions?: CompanionsInput;
  /** Options of the VSA-based objects (the `*-vsa` targets). */
  vsa?: VsaAdmission;
}

/** A Kubernetes object as Signet writes it. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: unknown;
  [key: string]: unknown;
}
