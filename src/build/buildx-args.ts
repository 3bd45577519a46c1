// The argv of `docker buildx build --push`, built like docker/build-push-action's `getArgs`
// (src/context.ts) from the same inputs. Every value is its own `--flag=value` element and the context
// comes after `--`, so no input is ever read as another flag or by a shell.
import { formatReference } from '../registry/index.ts';
import type { BuildInput } from './build-input.ts';
import { sharedBuildFlags } from './build-flags.ts';
import { BuildError } from './errors.ts';
import { buildSecretArgs } from './secrets.ts';
import { checkCommonInput } from './validate.ts';

/** The argv (after the `docker` program) and extra child environment of a buildx build. */
export interface BuildxInvocation {
  argv: string[];
  env: Record<string, string>;
}

/**
 * Refuses `outputs` specs that would move the image away from what Signet signs: another name
 * (`name=`), an untagged push (`push-by-digest`), or output on stdout (`-`, `dest=-`), which is
 * where buildx's progress and Signet's capture are. Returns the specs as given.
 */
export function checkBuildxOutputs(outputs: readonly string[]): readonly string[] {
  for (const spec of outputs) {
    const fields = spec.split(',').map((f) => f.trim());
    const refuse = (why: string): never => {
      throw new BuildError('BUILD_INVALID_INPUT', `outputs: ${JSON.stringify(spec)}: ${why}`);
    };
    if (spec.trim() === '' || spec.trim() === '-') refuse('give a destination (type=local,dest=PATH)');
    for (const field of fields) {
      const [key = '', value = ''] = field.split(/=(.*)/s);
      const k = key.toLowerCase();
      if (k === 'name' || k === 'names')
        refuse('the image is pushed to tags, the names Signet signs: put the name in tags, not in outputs');
      if (k === 'push-by-digest' && value.toLowerCase() !== 'false')
        refuse('an untagged push leaves tags without the digest Signet signs: leave push-by-digest out');
      if (k === 'dest' && value === '-') refuse('stdout is not an output here: give dest=PATH');
    }
  }
  return outputs;
}

/**
 * Builds `buildx build … --metadata-file=<metadataFile> --push -- <context>`; with `push: false` (a
 * build-only run) without `--push`, so the result stays in the builder.
 */
export function buildBuildxArgs(input: BuildInput, metadataFile: string): BuildxInvocation {
  checkCommonInput(input, { buildOnly: !input.push });
  const argv = ['buildx', 'build'];
  if (input.buildxBuilder) argv.push(`--builder=${input.buildxBuilder}`);
  argv.push(...sharedBuildFlags(input));
  for (const o of checkBuildxOutputs(input.outputs ?? [])) argv.push(`--output=${o}`);
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
