// Tag suffixes of cosign's legacy storage, spelled once (cosign `pkg/oci/remote/remote.go`).

/** `<repo>:sha256-<hex>.sig`: the legacy signature image. */
export const SIGNATURE_TAG_SUFFIX = '.sig';
/** `<repo>:sha256-<hex>.att`: the legacy attestation image. */
export const ATTESTATION_TAG_SUFFIX = '.att';
/** `<repo>:sha256-<hex>.sbom`: SBOMs attached with the deprecated `cosign attach sbom`. */
export const SBOM_TAG_SUFFIX = '.sbom';
