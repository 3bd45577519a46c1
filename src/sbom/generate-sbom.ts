// The built-in generator: streams one platform image's layers from the registry (never to disk),
// catalogs OS packages (dpkg, apk), npm and Python packages, and writes CycloneDX 1.6 JSON.
import {
  formatReference,
  formatRepository,
  isImageManifestMediaType,
  getParsedManifest,
  withIdentifier,
  type Digest,
  type ImageManifest,
  type ImageRef,
} from '../registry/index.ts';
import { toLimits, type Limits } from '../limits.ts';
import { toOsRelease, toPackages } from './catalog.ts';
import { buildCycloneDxBom } from './cyclonedx.ts';
import { SbomError } from './errors.ts';
import { readImageFiles, type LayerSource } from './layer-files.ts';
import type { FoundPackage } from './package.ts';
import type { SbomRegistry } from './sbom-registry.ts';

/** Which image to catalog and what to say about the tool. */
export interface GenerateInput {
  /** The repository (tag and digest ignored). */
  repository: ImageRef;
  /** A platform image manifest (not an index). */
  digest: Digest;
  platform?: string;
  tool: { name: string; version: string };
  timestamp: Date;
  /** Caps on decompressed bytes (sbom-layer-bytes, sbom-image-bytes); the defaults when absent. */
  limits?: Partial<Limits>;
}

/** A generated SBOM and the packages in it. */
export interface GeneratedSbom {
  /** CycloneDX 1.6 JSON text. */
  json: string;
  packages: FoundPackage[];
  warnings: string[];
}

/** Catalogs the image at `repository@digest` and returns its CycloneDX 1.6 JSON. */
export async function generateSbom(input: GenerateInput, registry: SbomRegistry): Promise<GeneratedSbom> {
  const ref = withIdentifier(input.repository, { digest: input.digest });
  const { manifest, mediaType } = await getParsedManifest(registry, ref);
  if (!isImageManifestMediaType(mediaType)) {
    throw new SbomError(
      'SBOM_INVALID_INPUT',
      `${formatReference(ref)} is ${mediaType}; the generator needs a platform image manifest`,
    );
  }
  const layers: LayerSource[] = (manifest as ImageManifest).layers.map((d) => ({
    digest: d.digest,
    mediaType: d.mediaType,
    size: d.size,
    open: () => registry.fetchBlob(ref, d.digest, { size: d.size }),
  }));
  const warnings: string[] = [];
  const files = await readImageFiles(layers, warnings, toLimits(input.limits));
  const packages = toPackages(files);
  const os = toOsRelease(files);
  const json = buildCycloneDxBom(packages, {
    repository: formatRepository(input.repository),
    digest: input.digest,
    ...(input.platform ? { platform: input.platform } : {}),
    ...(os ? { os } : {}),
    tool: input.tool,
    timestamp: input.timestamp,
  });
  return { json, packages, warnings };
}
