// The argv of the `docker` builder: `docker build` (whichever builder the engine and CLI pick; the
// classic one with DOCKER_BUILDKIT=0) into the local engine, then `docker push` of each tag. The
// classic build has no secrets, annotations, attestations or cache export, so those inputs are refused
// rather than silently dropped.
import { formatReference } from '../registry/index.ts';
import type { BuildInput } from './build-input.ts';
import { BuildError } from './errors.ts';
import { checkCommonInput, isAttestationRequested } from './validate.ts';

function unsupported(name: string, why: string): BuildError {
  return new BuildError(
    'BUILD_INVALID_INPUT',
    `${name}: not supported by builder: docker (${why}); use builder: buildx`,
  );
}

/** Refuses inputs the `docker` builder cannot honour; the message names the input and the fix. */
export function checkDockerInput(input: BuildInput): void {
  checkCommonInput(input, { buildOnly: !input.push });
  if (input.platforms.length > 1) unsupportedThrow('platforms', 'one platform per engine image');
  if (input.annotations.length > 0) unsupportedThrow('annotations', 'docker push writes no annotations');
  if (input.secrets.length > 0) unsupportedThrow('secrets', 'the classic builder has no build secrets');
  if (input.cacheTo.length > 0) unsupportedThrow('cache-to', 'the classic builder exports no cache');
  if (input.outputs?.length) unsupportedThrow('outputs', 'the classic builder has no --output exporters');
  if (isAttestationRequested(input.provenance)) unsupportedThrow('provenance', 'no BuildKit attestations');
  if (isAttestationRequested(input.sbom)) unsupportedThrow('sbom', 'no BuildKit attestations');
  if (input.buildxBuilder) unsupportedThrow('builder', 'a buildx builder instance needs builder: buildx');
}

function unsupportedThrow(name: string, why: string): never {
  throw unsupported(name, why);
}

/** `build --file=… --tag=… … --iidfile=<iidFile> -- <context>` (after the `docker` program). */
export function buildDockerBuildArgs(input: BuildInput, iidFile: string): string[] {
  checkDockerInput(input);
  const argv = ['build'];
  for (const { key, value } of input.buildArgs) argv.push(`--build-arg=${key}=${value}`);
  for (const c of input.cacheFrom) argv.push(`--cache-from=${c}`);
  if (input.file) argv.push(`--file=${input.file}`);
  for (const { key, value } of input.labels) argv.push(`--label=${key}=${value}`);
  if (input.platforms[0]) argv.push(`--platform=${input.platforms[0]}`);
  for (const t of input.tags) argv.push(`--tag=${formatReference(t)}`);
  if (input.target) argv.push(`--target=${input.target}`);
  argv.push(`--iidfile=${iidFile}`, '--', input.context);
  return argv;
}

/** `push <name>` (after the `docker` program). */
export function buildDockerPushArgs(name: string): string[] {
  return ['push', name];
}

/**
 * Reads the digest from `docker push` output: the last line `<tag>: digest: sha256:… size: N`
 * (docker/cli `jsonmessage` of the engine's push aux). Throws BUILD_INVALID_OUTPUT when absent.
 */
export function parseDockerPushOutput(stdout: string, name: string): { digest: string; size: number } {
  const re = /(?:^|\n)[^\n]*?digest: (sha256:[0-9a-f]{64}) size: (\d+)/g;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(stdout); m; m = re.exec(stdout)) last = m;
  if (!last) {
    throw new BuildError(
      'BUILD_INVALID_OUTPUT',
      `docker push ${name}: expected a "digest: sha256:… size: N" line in its output, found none`,
    );
  }
  return { digest: last[1]!, size: Number(last[2]) };
}
