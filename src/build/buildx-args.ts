// The argv of `docker buildx build --push`, built like docker/build-push-action's `getArgs`
// (src/context.ts) from the same inputs. Every value is its own `--flag=value` element and the context
// comes after `--`, so no input is ever read as another flag or by a shell.
import { formatReference } from '../registry/index.ts';
import type { BuildInput } from './build-input.ts';
import { buildSecretArgs } from './secrets.ts';
import { checkCommonInput } from './validate.ts';

/** The argv (after the `docker` program) and extra child environment of a buildx build. */
export interface BuildxInvocation {
  argv: string[];
  env: Record<string, string>;
}

/**
 * Builds `buildx build … --metadata-file=<metadataFile> --push -- <context>`; with `push: false` (a
 * build-only run) without `--push`, so the result stays in the builder.
 */
export function buildBuildxArgs(input: BuildInput, metadataFile: string): BuildxInvocation {
  checkCommonInput(input, { buildOnly: !input.push });
  const argv = ['buildx', 'build'];
  if (input.buildxBuilder) argv.push(`--builder=${input.buildxBuilder}`);
  for (const a of input.annotations) argv.push(`--annotation=${a}`);
  for (const { key, value } of input.buildArgs) argv.push(`--build-arg=${key}=${value}`);
  for (const c of input.cacheFrom) argv.push(`--cache-from=${c}`);
  for (const c of input.cacheTo) argv.push(`--cache-to=${c}`);
  if (input.file) argv.push(`--file=${input.file}`);
  for (const { key, value } of input.labels) argv.push(`--label=${key}=${value}`);
  if (input.platforms.length > 0) argv.push(`--platform=${input.platforms.join(',')}`);
  if (input.provenance !== undefined) argv.push(`--provenance=${input.provenance}`);
  if (input.sbom !== undefined) argv.push(`--sbom=${input.sbom}`);
  const secrets = buildSecretArgs(input.secrets);
  for (const s of secrets.specs) argv.push(`--secret=${s}`);
  for (const t of input.tags) argv.push(`--tag=${formatReference(t)}`);
  if (input.target) argv.push(`--target=${input.target}`);
  argv.push(`--metadata-file=${metadataFile}`, ...(input.push ? ['--push'] : []), '--', input.context);
  return { argv, env: secrets.env };
}
