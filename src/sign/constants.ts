// Names cosign and the Sigstore bundle spec give to signature storage, spelled once.
// cosign: pkg/oci/static/options.go, pkg/oci/remote/remote.go, pkg/types/media.go.
// Bundle-as-referrer: sigstore/cosign `internal/pkg/oci/remote` (v3) and the OCI 1.1 referrers spec.

/** Layer media type of a legacy cosign signature (simple-signing payload). */
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** Layer media type of a legacy cosign attestation (a DSSE envelope). */
export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** Sigstore bundle v0.3: the layer and artifactType of a bundle referrer. */
export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** in-toto Statement v1 `_type`. */
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The predicate cosign v3 signs for a plain image signature in the bundle format. */
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
/** The simple-signing `critical.type` of a container image signature. */
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature';

/** Legacy layer annotations, as cosign writes them. */
export const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
export const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
export const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
export const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle';
export const ANNOTATION_RFC3161_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
/** Attestation layers carry their predicate type in this annotation. */
export const ANNOTATION_PREDICATE_TYPE = 'predicateType';

/** Bundle referrer manifest annotations (cosign v3). */
export const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content';
export const ANNOTATION_BUNDLE_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
export const ANNOTATION_CREATED = 'org.opencontainers.image.created';

/** The zero time Go prints, used by cosign in the config of signature images. */
export const GO_ZERO_TIME = '0001-01-01T00:00:00Z';
