// What a signing or attesting run works on: the image resolved once to a digest (a tag is read once),
// the repositories, the formats, and (recursive) every manifest an index lists. Shared by the sign and
// attest stages, so both sign exactly the same manifests.
import {
  formatReference,
  isIndexMediaType,
  limitExceeded,
  parseManifest,
  type Descriptor,
  type ImageIndex,
  type ImageRef,
  limitsOf,
  type RegistryCalls,
} from '../registry/index.ts';
import { type Limits } from '../limits.ts';
import { ATTESTATION_MANIFEST_TYPE, DOCKER_REFERENCE_TYPE_ANNOTATION } from '../build/constants.ts';
import { SignError } from './errors.ts';

/** Which storage format(s) to write: cosign v2's `.sig` tag, cosign v3's bundle referrer, or both. */
export type SignFormat = 'legacy' | 'bundle' | 'both';

/** The registry reads target resolution makes. */
export type TargetRegistry = RegistryCalls<'headManifest' | 'getManifest'>;

/** What a signing or attesting run works on: the formats, repositories, and every manifest by digest. */
export interface Targets {
  formats: ('legacy' | 'bundle')[];
  /** The image's repository, and where signatures go (the same unless a signature repository is set). */
  repo: ImageRef;
  sigRepo: ImageRef;
  root: Descriptor;
  /** The root, and (recursive) every manifest an index lists. */
  subjects: Descriptor[];
  warnings: string[];
}

/** What to resolve: the image, the formats, recursion, and the signature repository. */
export interface TargetsInput {
  image: ImageRef;
  format?: SignFormat;
  recursive?: boolean;
  signatureRepository?: ImageRef;
}

/** Resolves the image once (a tag is read once) and lists what to sign or attest; `verb` is for messages. */
export async function resolveTargets(
  registry: TargetRegistry,
  input: TargetsInput,
  verb: 'signed' | 'attested',
): Promise<Targets> {
  const format = input.format ?? 'both';
  const formats: ('legacy' | 'bundle')[] = format === 'both' ? ['legacy', 'bundle'] : [format];
  const warnings: string[] = [];
  const repo: ImageRef = { registry: input.image.registry, repository: input.image.repository };
  const sigRepo: ImageRef = input.signatureRepository
    ? { registry: input.signatureRepository.registry, repository: input.signatureRepository.repository }
    : repo;
  const root = await resolveImage(registry, input.image);
  if (!input.image.digest) {
    warnings.push(
      `${formatReference(input.image)} names a tag: ${verb} ${root.digest}, the manifest it pointed to when read; pass the digest to be sure what is ${verb}`,
    );
  }
  const subjects =
    input.recursive === false ? [root] : await collectSubjects(registry, repo, root, limitsOf(registry));
  return { formats, repo, sigRepo, root, subjects, warnings };
}

/** The image's descriptor (HEAD, or GET when the registry's HEAD says too little). */
async function resolveImage(registry: TargetRegistry, image: ImageRef): Promise<Descriptor> {
  const found = await registry.headManifest(image);
  if (!found) {
    throw new SignError(
      'SIGN_IMAGE_NOT_FOUND',
      `image ${formatReference(image)}: not found in the registry; push it first, or check the name and ${image.digest ? 'digest' : 'tag'}`,
    );
  }
  return { mediaType: found.mediaType, digest: found.digest, size: found.size };
}

/**
 * `root`, then every manifest an index lists (depth first, each digest once), as cosign --recursive,
 * less BuildKit's attestation manifests (`vnd.docker.reference.type: attestation-manifest`).
 * An index nested deeper than the index-depth cap, or more manifests than the index-manifests cap,
 * fails with REGISTRY_LIMIT_EXCEEDED: stopping quietly would leave manifests unsigned.
 */
async function collectSubjects(
  registry: TargetRegistry,
  repo: ImageRef,
  root: Descriptor,
  limits: Pick<Limits, 'indexDepth' | 'indexManifests'>,
): Promise<Descriptor[]> {
  const out = new Map<string, Descriptor>([[root.digest, root]]);
  const rootName = formatReference({ ...repo, digest: root.digest });
  const walk = async (d: Descriptor, depth: number): Promise<void> => {
    if (!isIndexMediaType(d.mediaType)) return;
    if (depth > limits.indexDepth) {
      throw limitExceeded('indexDepth', limits.indexDepth, `an index at depth ${depth}`, `index ${rootName}`);
    }
    const m = await registry.getManifest({ ...repo, digest: d.digest });
    const { manifest } = parseManifest(
      m.bytes,
      m.mediaType,
      `index ${formatReference({ ...repo, digest: d.digest })}`,
    );
    for (const child of (manifest as ImageIndex).manifests) {
      if (out.has(child.digest)) continue;
      // BuildKit's attestation manifests (provenance, SBOM) are not images: never signed as platforms.
      if (child.annotations?.[DOCKER_REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST_TYPE) continue;
      if (out.size >= limits.indexManifests + 1) {
        throw limitExceeded(
          'indexManifests',
          limits.indexManifests,
          `more than ${limits.indexManifests} manifests`,
          `index ${rootName}`,
        );
      }
      const entry: Descriptor = { mediaType: child.mediaType, digest: child.digest, size: child.size };
      if (child.platform) entry.platform = child.platform;
      out.set(child.digest, entry);
      await walk(entry, depth + 1);
    }
  };
  await walk(root, 1);
  return [...out.values()];
}
