// The build flags buildx and buildah spell alike: annotations, build args, cache sources and targets,
// the Containerfile and labels, in the order both argument builders pass them.
import type { BuildInput } from './build-input.ts';

/** `--annotation=… --build-arg=K=V --cache-from=… --cache-to=… --file=… --label=K=V` for `input`. */
export function sharedBuildFlags(input: BuildInput): string[] {
  const argv: string[] = [];
  for (const a of input.annotations) argv.push(`--annotation=${a}`);
  for (const { key, value } of input.buildArgs) argv.push(`--build-arg=${key}=${value}`);
  for (const c of input.cacheFrom) argv.push(`--cache-from=${c}`);
  for (const c of input.cacheTo) argv.push(`--cache-to=${c}`);
  if (input.file) argv.push(`--file=${input.file}`);
  for (const { key, value } of input.labels) argv.push(`--label=${key}=${value}`);
  return argv;
}
