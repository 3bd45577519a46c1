// The argv of the `buildah` builder: `buildah bud` into local storage, then `buildah push
// --digestfile` of each tag (`buildah manifest push --all` for a multi-platform list). buildah has no
// BuildKit attestations, so `provenance`/`sbom` are refused rather than dropped.
import { formatReference, type ImageRef } from '../registry/index.ts';
import type { BuildInput } from './build-input.ts';
import { sharedBuildFlags } from './build-flags.ts';
import { BuildError } from './errors.ts';
import { buildSecretArgs } from './secrets.ts';
import { checkCommonInput, isAttestationRequested } from './validate.ts';

/** Refuses inputs the `buildah` builder cannot honour. */
export function checkBuildahInput(input: BuildInput): void {
  checkCommonInput(input, { buildOnly: !input.push });
  const refuse = (name: string, why: string): never => {
    throw new BuildError('BUILD_INVALID_INPUT', `${name}: not supported by builder: buildah (${why})`);
  };
  if (isAttestationRequested(input.provenance))
    refuse('provenance', 'no BuildKit attestations; use builder: buildx');
  if (isAttestationRequested(input.sbom)) refuse('sbom', 'no BuildKit attestations; use builder: buildx');
  if (input.cacheFrom.length > 1) refuse('cache-from', 'one cache repository only');
  if (input.cacheTo.length > 1) refuse('cache-to', 'one cache repository only');
  if (input.outputs?.length) refuse('outputs', 'buildx output exporters; use builder: buildx');
  if (input.buildxBuilder) refuse('builder', 'a buildx builder instance needs builder: buildx');
}

/** True when the images go into a manifest list (more than one platform). */
export function isBuildahManifestBuild(input: BuildInput): boolean {
  return input.platforms.length > 1;
}

/** `bud … -- <context>` (after the `buildah` program) and the secret environment. */
export function buildBuildahBudArgs(
  input: BuildInput,
  opts: { iidFile: string; tlsVerify: boolean },
): { argv: string[]; env: Record<string, string> } {
  checkBuildahInput(input);
  const argv = ['bud'];
  argv.push(...sharedBuildFlags(input));
  if (input.platforms.length > 0) argv.push(`--platform=${input.platforms.join(',')}`);
  const secrets = buildSecretArgs(input.secrets);
  for (const s of secrets.specs) argv.push(`--secret=${s}`);
  if (isBuildahManifestBuild(input)) {
    // One local manifest list holds every platform's image; it is pushed whole to each tag.
    argv.push(`--manifest=${formatReference(input.tags[0]!)}`);
  } else {
    for (const t of input.tags) argv.push(`--tag=${formatReference(t)}`);
  }
  if (input.target) argv.push(`--target=${input.target}`);
  if (!opts.tlsVerify) argv.push('--tls-verify=false');
  // An iidfile holds one image ID; a manifest build makes one per platform.
  if (!isBuildahManifestBuild(input)) argv.push(`--iidfile=${opts.iidFile}`);
  argv.push('--', input.context);
  return { argv, env: secrets.env };
}

/** `push` (or `manifest push --all`) of the local image to `docker://<tag>`, writing the digest file. */
export function buildBuildahPushArgs(
  input: BuildInput,
  tag: ImageRef,
  opts: { digestFile: string; tlsVerify: boolean; authFile?: string },
): string[] {
  const manifest = isBuildahManifestBuild(input);
  const argv = manifest ? ['manifest', 'push', '--all'] : ['push'];
  argv.push(`--digestfile=${opts.digestFile}`);
  if (opts.authFile) argv.push(`--authfile=${opts.authFile}`);
  if (!opts.tlsVerify) argv.push('--tls-verify=false');
  const local = formatReference(manifest ? input.tags[0]! : tag);
  argv.push('--', local, `docker://${formatReference(tag)}`);
  return argv;
}

/**
 * buildah, like podman, reads registry credentials from REGISTRY_AUTH_FILE or its own auth.json, not
 * from DOCKER_CONFIG: point it at the docker config when only that is set.
 */
export function toBuildahAuthFile(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.REGISTRY_AUTH_FILE) return undefined;
  return env.DOCKER_CONFIG ? `${env.DOCKER_CONFIG.replace(/\/+$/, '')}/config.json` : undefined;
}

/** Reads the digest buildah wrote with `--digestfile` (one `sha256:<hex>`, maybe with a newline). */
export function parseBuildahDigestFile(text: string): string {
  const d = text.trim();
  if (!/^sha256:[0-9a-f]{64}$/.test(d)) {
    throw new BuildError(
      'BUILD_INVALID_OUTPUT',
      `buildah digest file: expected sha256:<64 hex>, got ${JSON.stringify(d.slice(0, 80))}`,
    );
  }
  return d;
}
