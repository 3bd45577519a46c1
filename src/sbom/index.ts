// The SBOM stage's public API: one SBOM per platform of a pushed image, from BuildKit's attestations,
// a file the user gave, or Signet's own generator (CycloneDX 1.6).
export { collectSboms, DEFAULT_SBOM_SOURCES, toSbomFileName } from './collect-sboms.ts';
export type { ImageSbom, SbomDeps, SbomInput, SbomResult, SbomSource } from './collect-sboms.ts';
// The generator and the SBOM file reader (the CycloneDX library, a JSON schema validator) stay out of the
// index: collectSboms loads them when it needs them.
export type { GenerateInput, GeneratedSbom } from './generate-sbom.ts';
export type { ParsedSbom, SbomFormat } from './sbom-file.ts';
export type { SbomRegistry } from './sbom-registry.ts';
export type { Ecosystem, FoundPackage } from './package.ts';
export { CYCLONEDX_PREDICATE_TYPE, SPDX_PREDICATE_TYPE } from './constants.ts';
export { SbomError, type SbomErrorCode } from './errors.ts';
