// Names from the SPDX, CycloneDX, in-toto and BuildKit specs the SBOM stage reads and writes.

/** in-toto predicate type of an SPDX 2.x document (BuildKit's SBOM attestations). */
export const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
/** in-toto predicate type of a CycloneDX document. */
export const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
/** Layer annotation BuildKit puts on each statement in an attestation manifest. */
export const INTOTO_PREDICATE_TYPE_ANNOTATION = 'in-toto.io/predicate-type';

/** Largest SBOM document read into memory (a user file or one attestation layer). */
export const MAX_SBOM_BYTES = 64 * 1024 * 1024;
/** Largest package-database file the generator parses (dpkg status, apk installed). */
export const MAX_DATABASE_BYTES = 64 * 1024 * 1024;
/** Largest package.json or METADATA file the generator parses; bigger ones are skipped with a warning. */
export const MAX_MANIFEST_FILE_BYTES = 4 * 1024 * 1024;
