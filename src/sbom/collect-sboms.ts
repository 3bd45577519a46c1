// The SBOM stage: one SBOM per platform of a pushed image, from the first source that has one, in
// the order the user chose (default: BuildKit's attestations, then the user's file, then the built-in
// generator). A user file that is not valid SPDX or CycloneDX JSON fails the stage; it is never
// skipped silently.
import { toLimits, type Limits } from '../limits.ts';
import {
  formatReference,
  limitExceeded,
  withIdentifier,
  type Digest,
  type ImageRef,
} from '../registry/index.ts';
// The platform listing is the build stage's: the same rules for what counts as a platform image.
import { describePushedImage } from '../build/pushed-image.ts';
import { readBuildkitSboms } from './buildkit-sbom.ts';
import { CYCLONEDX_PREDICATE_TYPE, SPDX_PREDICATE_TYPE } from './constants.ts';
import { SbomError } from './errors.ts';
import type { SbomFormat } from './sbom-file.ts';
import type { SbomRegistry } from './sbom-registry.ts';

/** Where an SBOM comes from. */
export type SbomSource = 'buildkit' | 'file' | 'generate';

/** The default order of sources. */
export const DEFAULT_SBOM_SOURCES: readonly SbomSource[] = ['buildkit', 'file', 'generate'];

/** What to describe and from where, already parsed. */
export interface SbomInput {
  /** The pushed image, by digest (index or manifest). */
  image: ImageRef;
  /** Sources to try, in order (default buildkit, file, generate). */
  sources?: readonly SbomSource[];
  /** A file the user gave: its name as typed (for messages) and its bytes (src/ci reads it). */
  file?: { name: string; bytes: Uint8Array };
  /** Names the generator in the CycloneDX metadata. */
  tool: { name: string; version: string };
  /** Caps on what the generator decompresses (sbom-layer-bytes, sbom-image-bytes). */
  limits?: Partial<Limits>;
}

/** What the SBOM stage needs. */
export interface SbomDeps {
  registry: SbomRegistry;
  /** The time written into generated SBOMs. */
  now(): Date;
}

/** One SBOM and the manifest it describes. */
export interface ImageSbom {
  source: SbomSource;
  format: SbomFormat;
  /** The in-toto predicate type to attest it with. */
  predicateType: string;
  /** The manifest the SBOM describes: a platform manifest, or the pushed digest for a user file. */
  subject: Digest;
  platform?: string;
  /** The document as JSON text, ready to be a predicate. */
  json: string;
  /** Packages listed (generator only). */
  packageCount?: number;
}

/** The SBOMs of an image, and what the user should know. */
export interface SbomResult {
  sboms: ImageSbom[];
  warnings: string[];
}

/**
 * The platform manifests of the image; past the index-manifests cap the run fails rather than read
 * (and generate an SBOM for) every entry a hostile index lists.
 */
async function listPlatforms(
  registry: SbomRegistry,
  image: ImageRef,
  digest: Digest,
  limits: Pick<Limits, 'indexManifests'>,
) {
  const pushed = await describePushedImage(registry, image, digest);
  const found = pushed.manifests.length + pushed.attestationManifests.length;
  if (found > limits.indexManifests) {
    throw limitExceeded(
      'indexManifests',
      limits.indexManifests,
      found,
      `index ${formatReference(withIdentifier(image, { digest }))}`,
    );
  }
  return pushed.manifests.map((m) => ({
    digest: m.digest,
    platform: m.platform === 'unknown/unknown' ? undefined : m.platform,
  }));
}

/** Collects one SBOM per platform of `input.image` from the first source that yields any. */
export async function collectSboms(input: SbomInput, deps: SbomDeps): Promise<SbomResult> {
  const digest = input.image.digest;
  if (!digest) {
    throw new SbomError(
      'SBOM_INVALID_INPUT',
      `image ${formatReference(input.image)} has no digest; pass the pushed digest`,
    );
  }
  const sources = input.sources ?? DEFAULT_SBOM_SOURCES;
  const warnings: string[] = [];
  for (const source of sources) {
    if (source === 'buildkit') {
      const found = await readBuildkitSboms(deps.registry, input.image, digest);
      if (found.length === 0) continue;
      const platforms = await listPlatforms(deps.registry, input.image, digest, toLimits(input.limits));
      for (const p of platforms) {
        if (!found.some((f) => f.subject === p.digest)) {
          warnings.push(`BuildKit attached no SBOM for ${p.platform ?? p.digest}`);
        }
      }
      return {
        sboms: found.map((f) => ({
          source,
          format: 'spdx-json',
          predicateType: SPDX_PREDICATE_TYPE,
          subject: f.subject,
          ...(f.platform ? { platform: f.platform } : {}),
          json: JSON.stringify(f.document),
        })),
        warnings,
      };
    }
    if (source === 'file') {
      if (!input.file) continue;
      // The CycloneDX library and the schema validator load only for an SBOM file or a generated one.
      const { parseSbomDocument } = await import('./sbom-file.ts');
      const parsed = await parseSbomDocument(input.file.bytes, input.file.name);
      return {
        sboms: [
          {
            source,
            format: parsed.format,
            predicateType: parsed.predicateType,
            subject: digest,
            json: Buffer.from(input.file.bytes).toString('utf8'),
          },
        ],
        warnings,
      };
    }
    if (source === 'generate') {
      const sboms: ImageSbom[] = [];
      for (const p of await listPlatforms(deps.registry, input.image, digest, toLimits(input.limits))) {
        const { generateSbom } = await import('./generate-sbom.ts');
        const generated = await generateSbom(
          {
            repository: input.image,
            digest: p.digest,
            ...(p.platform ? { platform: p.platform } : {}),
            tool: input.tool,
            timestamp: deps.now(),
            ...(input.limits ? { limits: input.limits } : {}),
          },
          deps.registry,
        );
        warnings.push(...generated.warnings);
        sboms.push({
          source,
          format: 'cyclonedx-json',
          predicateType: CYCLONEDX_PREDICATE_TYPE,
          subject: p.digest,
          ...(p.platform ? { platform: p.platform } : {}),
          json: generated.json,
          packageCount: new Set(generated.packages.map((x) => x.purl)).size,
        });
      }
      return { sboms, warnings };
    }
    throw new SbomError(
      'SBOM_INVALID_INPUT',
      `sbom source "${String(source)}" is not one of buildkit, file, generate`,
    );
  }
  throw new SbomError(
    'SBOM_NONE',
    `no SBOM from ${sources.join(', ')}: ${sources.includes('file') && !input.file ? 'no SBOM file was given; ' : ''}add "generate" to the sources or build with sbom: true`,
  );
}

/** The file name an SBOM is written under: `sbom-<platform>.cyclonedx.json` (or `.spdx.json`). */
export function toSbomFileName(sbom: Pick<ImageSbom, 'platform' | 'subject' | 'format'>): string {
  const what = (sbom.platform ?? sbom.subject.replace(/^sha256:/, '').slice(0, 12)).replace(
    /[^a-z0-9.]+/gi,
    '-',
  );
  return `sbom-${what}.${sbom.format === 'cyclonedx-json' ? 'cyclonedx' : 'spdx'}.json`;
}
