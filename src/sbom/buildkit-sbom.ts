// The SBOMs BuildKit attached to a pushed index: one attestation manifest per platform
// (`vnd.docker.reference.type: attestation-manifest`, `vnd.docker.reference.digest: <platform
// manifest>`), whose layers are in-toto statements; the SPDX ones carry
// `in-toto.io/predicate-type: https://spdx.dev/Document`.
// https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md
import {
  formatReference,
  isIndexMediaType,
  getParsedManifest,
  withIdentifier,
  type Descriptor,
  type Digest,
  type ImageIndex,
  type ImageManifest,
  type ImageRef,
} from '../registry/index.ts';
import { formatPlatform } from '../build/platform.ts';
import {
  ATTESTATION_MANIFEST_TYPE,
  DOCKER_REFERENCE_DIGEST_ANNOTATION,
  DOCKER_REFERENCE_TYPE_ANNOTATION,
} from '../build/constants.ts';
import { INTOTO_PREDICATE_TYPE_ANNOTATION, MAX_SBOM_BYTES, SPDX_PREDICATE_TYPE } from './constants.ts';
import { SbomError } from './errors.ts';
import type { SbomRegistry } from './sbom-registry.ts';

/** One SPDX document BuildKit attested for one platform manifest. */
export interface BuildkitSbom {
  /** The platform manifest the attestation describes. */
  subject: Digest;
  platform?: string;
  /** The attestation manifest and the layer the statement came from. */
  attestationManifest: Digest;
  layer: Digest;
  /** The statement's predicate: the SPDX document. */
  document: Record<string, unknown>;
}

/** The attestation manifests of an index, each with the platform manifest it describes. */
export function toAttestationEntries(index: ImageIndex): { attestation: Descriptor; subject: Descriptor }[] {
  const out: { attestation: Descriptor; subject: Descriptor }[] = [];
  for (const d of index.manifests) {
    if (d.annotations?.[DOCKER_REFERENCE_TYPE_ANNOTATION] !== ATTESTATION_MANIFEST_TYPE) continue;
    const target = d.annotations[DOCKER_REFERENCE_DIGEST_ANNOTATION];
    const subject = index.manifests.find((m) => m.digest === target);
    if (subject) out.push({ attestation: d, subject });
  }
  return out;
}

/** Reads a statement layer and returns its SPDX predicate; checks that it describes `subject`. */
export function parseSpdxStatement(
  bytes: Uint8Array,
  subject: Digest,
  what: string,
): Record<string, unknown> {
  let st: Record<string, unknown>;
  try {
    st = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new SbomError('SBOM_INVALID_ATTESTATION', `${what}: not valid JSON`, { cause: err });
  }
  if (st.predicateType !== SPDX_PREDICATE_TYPE) {
    throw new SbomError(
      'SBOM_INVALID_ATTESTATION',
      `${what}: expected predicateType ${SPDX_PREDICATE_TYPE}, got ${JSON.stringify(st.predicateType)}`,
    );
  }
  const hex = subject.slice('sha256:'.length);
  const subjects = Array.isArray(st.subject) ? (st.subject as { digest?: Record<string, string> }[]) : [];
  if (!subjects.some((s) => s.digest?.sha256 === hex)) {
    throw new SbomError('SBOM_INVALID_ATTESTATION', `${what}: the statement's subject is not ${subject}`);
  }
  if (typeof st.predicate !== 'object' || st.predicate === null) {
    throw new SbomError('SBOM_INVALID_ATTESTATION', `${what}: the statement has no predicate`);
  }
  return st.predicate as Record<string, unknown>;
}

/** Every SPDX SBOM BuildKit attached to the index at `repository@digest` (none for a plain manifest). */
export async function readBuildkitSboms(
  registry: SbomRegistry,
  repository: ImageRef,
  digest: Digest,
): Promise<BuildkitSbom[]> {
  const ref = withIdentifier(repository, { digest });
  const { manifest, mediaType } = await getParsedManifest(registry, ref);
  if (!isIndexMediaType(mediaType)) return [];
  const out: BuildkitSbom[] = [];
  for (const { attestation, subject } of toAttestationEntries(manifest as ImageIndex)) {
    const aref = withIdentifier(repository, { digest: attestation.digest });
    const parsed = await getParsedManifest(registry, aref, 'attestation manifest');
    for (const layer of (parsed.manifest as ImageManifest).layers ?? []) {
      if (layer.annotations?.[INTOTO_PREDICATE_TYPE_ANNOTATION] !== SPDX_PREDICATE_TYPE) continue;
      const bytes = await registry.fetchBlobBytes(aref, layer.digest, {
        size: layer.size,
        maxBytes: MAX_SBOM_BYTES,
      });
      out.push({
        subject: subject.digest,
        ...(subject.platform ? { platform: formatPlatform(subject.platform) } : {}),
        attestationManifest: attestation.digest,
        layer: layer.digest,
        document: parseSpdxStatement(
          bytes,
          subject.digest,
          `SBOM attestation ${layer.digest} in ${formatReference(aref)}`,
        ),
      });
    }
  }
  return out;
}
