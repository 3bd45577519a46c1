// The build stage's input and result types, shared by the argv builders and the orchestrator.
import type { Descriptor, Digest, ImageRef } from '../registry/index.ts';

/**
 * Which program builds and pushes: `buildx` (`docker buildx build --push`), `docker` (`docker build`
 * then `docker push`), `buildah` (`buildah bud` then `buildah push`), or `none` (an image another step
 * pushed, named by its digest).
 */
export type BuilderKind = 'buildx' | 'docker' | 'buildah' | 'none';

/** All builder kinds, in the order they are documented. */
export const BUILDER_KINDS: readonly BuilderKind[] = ['buildx', 'docker', 'buildah', 'none'];

/** A `KEY=VALUE` pair of the `build-args` and `labels` inputs. */
export interface KeyValue {
  key: string;
  value: string;
}

/**
 * A build secret (build-push-action's `secrets` and `secret-files`): a value, handed to the builder
 * through the child's environment so it never appears in argv, or a file the builder reads.
 */
export type BuildSecret = { id: string; value: string } | { id: string; src: string };

/** What to build and where to push it, already parsed (names follow docker/build-push-action). */
export interface BuildInput {
  builder: BuilderKind;
  /** Build context: a folder or a Git/HTTP URL (`context`). Not used by `none`. */
  context: string;
  /** Dockerfile path (`file`); the builder's default (`<context>/Dockerfile`) when absent. */
  file?: string;
  /** Every name to push (`tags`); at least one. With `none`, the repositories the digest lives in. */
  tags: ImageRef[];
  /** Target platforms (`platforms`), e.g. `linux/amd64`; empty means the builder's default. */
  platforms: string[];
  buildArgs: KeyValue[];
  labels: KeyValue[];
  /** Raw buildx annotation specs (`[type:]key=value`, e.g. `index:org.opencontainers.image.title=x`). */
  annotations: string[];
  target?: string;
  secrets: BuildSecret[];
  /** Raw `--cache-from` / `--cache-to` specs (`type=registry,ref=…`; a plain image ref for docker). */
  cacheFrom: string[];
  cacheTo: string[];
  /**
   * buildx only: raw `--output` specs besides the push to `tags` (build-push-action's `outputs`):
   * `type=local,dest=out`, `type=image,compression=zstd,oci-mediatypes=true`. With push, buildx sets
   * push=true on an image output and the image still goes to `tags`, the names Signet signs.
   */
  outputs?: string[];
  /** Push the result (`push`). Signing needs a pushed digest, so `false` is refused before building. */
  push: boolean;
  /** Raw `--provenance` / `--sbom` values (`true`, `false`, `mode=max`, `generator=…`); absent = builder default. */
  provenance?: string;
  sbom?: string;
  /** `none` only: the digest another step pushed (docker/build-push-action's `digest` output). */
  digest?: Digest;
  /** buildx only: the builder instance (`docker buildx build --builder`), build-push-action's `builder`. */
  buildxBuilder?: string;
  /**
   * buildx only: a BuildKit daemon to build on (`tcp://buildkitd:1234`, `unix:///run/buildkit/buildkitd.sock`;
   * GitLab's `services:` pattern, BUILDKIT_HOST). Registered with buildx as a `remote` driver builder.
   */
  buildkitHost?: string;
  /** Registries (host[:port]) reached over plain HTTP or unverified TLS; buildah needs `--tls-verify=false`. */
  insecureRegistries?: string[];
  /** A private folder the stage may write builder output files into (metadata file, digest files). */
  workDir: string;
  /** Kill the builder after this long (default one hour). */
  timeoutMs?: number;
}

/** One platform's image manifest in what was pushed. */
export interface PlatformManifest {
  /** `os/architecture[/variant]`, e.g. `linux/arm64/v8`. */
  platform: string;
  digest: Digest;
  mediaType: string;
  size: number;
}

/** What the build pushed: the digest to sign, every platform manifest, every name. */
export interface BuildResult {
  builder: BuilderKind;
  /** The pushed index or manifest. */
  digest: Digest;
  mediaType: string;
  /** The first name at the pushed digest: what later stages sign and attest. */
  image: ImageRef;
  /** Every name pushed (with its tag). */
  names: ImageRef[];
  /** Every platform image manifest (the digest itself for a single-platform push); attestations excluded. */
  manifests: PlatformManifest[];
  /** BuildKit's attestation manifests in the index (provenance, SBOM), if any. */
  attestationManifests: Descriptor[];
  /** The builder's version when it reports one (`docker buildx version`). */
  builderVersion?: string;
  warnings: string[];
}
