// Test support (moved out of src/: only the BuildKit e2e reads it).
// BuildKit's own SLSA provenance, read back from a pushed index: each platform's attestation manifest
// (`vnd.docker.reference.type: attestation-manifest`) holds in-toto statements as layers, the provenance
// one annotated `in-toto.io/predicate-type: https://slsa.dev/provenance/v0.2` (or v1 with
// `--provenance=version=v1`). Signet does not sign or read these manifests; the BuildKit e2e reads them
// to check what BuildKit recorded (build type, materials) beside Signet's own provenance.
// https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md
import {
  formatReference,
  isIndexMediaType,
  getParsedManifest,
  withIdentifier,
  type Digest,
  type ImageIndex,
  type ImageManifest,
  type ImageRef,
} from '../../src/registry/index.ts';
import { toAttestationEntries } from '../../src/sbom/buildkit-sbom.ts';
import { BuildError } from '../../src/build/errors.ts';
import type { BuildRegistry } from '../../src/build/pushed-image.ts';
import { formatPlatform } from '../../src/build/platform.ts';

/** The layer annotation naming a statement's predicate type. */
const PREDICATE_TYPE_ANNOTATION = 'in-toto.io/predicate-type';
/** SLSA provenance predicate types BuildKit writes (v0.2 by default, v1 on request). */
const PROVENANCE_TYPE_RE = /^https:\/\/slsa\.dev\/provenance\/v(0\.2|1)$/;
/** A provenance statement larger than this is refused (mode=max with many materials stays far below). */
const MAX_PROVENANCE_BYTES = 8 * 1024 * 1024;

/** One provenance statement BuildKit attached to one platform manifest. */
export interface BuildkitProvenance {
  /** The platform manifest it describes. */
  subject: Digest;
  platform?: string;
  attestationManifest: Digest;
  predicateType: string;
  predicate: Record<string, unknown>;
}

/** Every BuildKit provenance statement in the index at `image` (none for a plain manifest). */
export async function readBuildkitProvenance(
  registry: BuildRegistry,
  image: ImageRef,
): Promise<BuildkitProvenance[]> {
  const { manifest, mediaType } = await getParsedManifest(registry, image);
  if (!isIndexMediaType(mediaType)) return [];
  const out: BuildkitProvenance[] = [];
  for (const { attestation, subject } of toAttestationEntries(manifest as ImageIndex)) {
    const aref = withIdentifier(image, { digest: attestation.digest });
    const parsed = await getParsedManifest(registry, aref, 'attestation manifest');
    for (const layer of (parsed.manifest as ImageManifest).layers ?? []) {
      const type = layer.annotations?.[PREDICATE_TYPE_ANNOTATION];
      if (!type || !PROVENANCE_TYPE_RE.test(type)) continue;
      const what = `provenance ${layer.digest} in ${formatReference(aref)}`;
      const bytes = await registry.fetchBlobBytes(aref, layer.digest, {
        size: layer.size,
        maxBytes: MAX_PROVENANCE_BYTES,
      });
      let st: { predicateType?: unknown; subject?: unknown; predicate?: unknown };
      try {
        st = JSON.parse(bytes.toString('utf8')) as typeof st;
      } catch (err) {
        throw new BuildError('BUILD_INVALID_OUTPUT', `${what}: not valid JSON`, { cause: err });
      }
      const hex = subject.digest.slice('sha256:'.length);
      const subjects = Array.isArray(st.subject) ? (st.subject as { digest?: Record<string, string> }[]) : [];
      if (st.predicateType !== type || !subjects.some((s) => s.digest?.sha256 === hex)) {
        throw new BuildError(
          'BUILD_INVALID_OUTPUT',
          `${what}: the statement is not a ${type} statement about ${subject.digest}`,
        );
      }
      if (typeof st.predicate !== 'object' || st.predicate === null) {
        throw new BuildError('BUILD_INVALID_OUTPUT', `${what}: the statement has no predicate`);
      }
      out.push({
        subject: subject.digest,
        ...(subject.platform ? { platform: formatPlatform(subject.platform) } : {}),
        attestationManifest: attestation.digest,
        predicateType: type,
        predicate: st.predicate as Record<string, unknown>,
      });
    }
  }
  return out;
}
