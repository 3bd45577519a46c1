// The Action's and the component's inputs, read once from the input table into one typed object: a
// boolean is a boolean, a list a string array, a choice one of its options, any other input a trimmed
// string or undefined when unset. Then the refusals of inputs that contradict each other (made before
// anything runs), and the secrets the inputs carry, which outrank the environment's.
import { BUILDER_KINDS, type BuilderKind } from '../../build/index.ts';
import type { Host } from './host.ts';
import { COMMA_LISTS, INPUTS, parseInputList, type InputRow } from './inputs.ts';
import { UsageError, type FlagValues } from './values.ts';

/** The value type of one row: what its `kind` (and a choice's options) make of its text. */
type InputValue<R> = R extends { kind: 'boolean' }
  ? boolean
  : R extends { kind: 'list' }
    ? string[]
    : R extends { kind: 'choice'; options: readonly (infer O)[] }
      ? R extends { only: string }
        ? O | undefined
        : O
      : string | undefined;

/** Every input of the table by name, typed by its row. */
export type CiInputs = { readonly [R in InputRow as R['name']]: InputValue<R> };

/** The surfaces: inputs marked `only` for another surface are not read. */
export type CiSurface = 'github' | 'gitlab' | 'cli';

/** Action-only inputs the CLI takes as flags too (its other secrets come from the environment). */
const CLI_TOO = new Set(['registry-username', 'registry-password']);

/** The typed value of one input's text; a UsageError names the input when the text is not one. */
function readValue(spec: (typeof INPUTS)[number], text: string): string | boolean | string[] | undefined {
  switch (spec.kind) {
    case 'boolean': {
      const v = text.trim().toLowerCase();
      if (v !== 'true' && v !== 'false')
        throw new UsageError(`input ${spec.name} takes true or false, got ${JSON.stringify(text)}`);
      return v === 'true';
    }
    case 'list':
      return parseInputList(text, COMMA_LISTS.has(spec.name));
    case 'choice':
      if (!spec.options!.includes(text.trim()))
        throw new UsageError(
          `input ${spec.name} takes ${spec.options!.join(', ')}, got ${JSON.stringify(text)}`,
        );
      return text.trim();
    default:
      if (text.includes('\n') && spec.regex !== undefined)
        throw new UsageError(`input ${spec.name} must be one line`);
      // Secrets are taken as given (a password may end in a space); other values are trimmed.
      if (text.trim() === '') return undefined;
      return spec.secret ? text : text.trim();
  }
}

/** Reads every input of `surface` through `input` (its text, the default applied when unset). */
export function readCiInputs(adapter: { name: CiSurface; input(name: string): string }): CiInputs {
  const values: Record<string, string | boolean | string[] | undefined> = {};
  for (const spec of INPUTS) {
    const read =
      !spec.only || spec.only === adapter.name || (adapter.name === 'cli' && CLI_TOO.has(spec.name));
    values[spec.name] = read
      ? readValue(spec, adapter.input(spec.name))
      : spec.kind === 'list'
        ? []
        : undefined;
  }
  // Each value was read by its own row's kind and options above: the row's type is the value's.
  return values as CiInputs;
}

/**
 * The inputs as the option helpers shared with the CLI read them (src/ci/common/context.ts): the same
 * names, plus cosign's flag name for the timestamp authority.
 */
export function toOptionValues(inputs: CiInputs): FlagValues {
  return { ...inputs, 'timestamp-server-url': inputs['tsa-url'] };
}

/** The secret values among the inputs, to mask before anything is logged (`secrets`: the part after `=`). */
export function secretValues(inputs: CiInputs): string[] {
  const out: string[] = [];
  for (const spec of INPUTS) {
    if (!spec.secret) continue;
    const v = toOptionValues(inputs)[spec.name];
    if (typeof v === 'string' && v !== '') out.push(v);
    if (Array.isArray(v)) for (const line of v) out.push(line.slice(line.indexOf('=') + 1));
  }
  return out;
}

/**
 * The host the stages see: an input beats the environment variable it stands for (`key-password` is
 * cosign's COSIGN_PASSWORD, `github-token` the GITHUB_TOKEN ghcr.io and GitHub's API are reached with),
 * as cosign's own `--key-password`-style flags beat its environment.
 */
export function withInputSecrets(host: Host, inputs: CiInputs): Host {
  const env: Record<string, string | undefined> = { ...host.env };
  if (inputs.key !== undefined && inputs['key-password'] !== undefined)
    env.COSIGN_PASSWORD = inputs['key-password'];
  if (inputs['github-token'] !== undefined) env.GITHUB_TOKEN = inputs['github-token'];
  return { ...host, env };
}

/** The builder kind of the `build` input. */
export function builderOf(inputs: CiInputs): BuilderKind {
  const kind = BUILDER_KINDS.find((k) => k === inputs.build);
  if (!kind) throw new UsageError(`input build takes ${BUILDER_KINDS.join(', ')}`);
  return kind;
}

/** Build inputs `build: none` has no use for (it signs what another step pushed), with their default. */
const BUILD_ONLY_INPUTS = [
  'file',
  'platforms',
  'build-args',
  'labels',
  'annotations',
  'target',
  'secrets',
  'cache-from',
  'cache-to',
  'provenance',
  'sbom',
  'builder',
  'buildkit-host',
] as const;

/** The certificate claims the verification can require (Fulcio's extensions; keyless only). */
export const CLAIM_INPUTS = ['source-repository-ref', 'source-repository-digest', 'build-trigger'] as const;

/** True when an input holds something other than nothing (an empty list, unset). */
const isSet = (v: string | boolean | string[] | undefined): boolean =>
  Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false;

/**
 * Inputs that contradict each other, refused before anything runs: applying admission objects needs
 * the read-back verification they are pinned on (Signet never applies what it did not verify), a dry
 * run only means something for an apply, a key signature has no certificate claims to require, and
 * `build: none` refuses the build inputs it cannot use, as the docker and buildah builders refuse
 * theirs, rather than dropping them silently.
 */
export function checkCiInputs(inputs: CiInputs): void {
  const conflict = (message: string) => new UsageError(message, { code: 'USAGE_CONFLICTING_INPUTS' });
  if (inputs.apply && !inputs.verify)
    throw conflict(
      'apply needs verify: true: admission objects are applied only after the image they pin verified; set verify: true, or drop apply and apply the written policies yourself',
    );
  if (inputs['dry-run'] && !inputs.apply)
    throw conflict('dry-run only applies to apply: set apply: true too, or drop dry-run');
  if (inputs['vsa-on-failure'] && !(inputs.vsa && inputs.verify))
    throw conflict('vsa-on-failure needs vsa: true (and verify: true)');
  // A key signature has no certificate, so no claims to require: refused rather than never checked.
  const claims = CLAIM_INPUTS.filter((n) => inputs[n] !== undefined);
  if (inputs.key && inputs.verify && claims.length > 0)
    throw conflict(
      `${claims.join(', ')}: a key signature carries no certificate claims to check; drop ${claims.length === 1 ? 'it' : 'them'}, or sign and verify keyless`,
    );
  if (builderOf(inputs) === 'none') {
    const given: string[] = BUILD_ONLY_INPUTS.filter((n) => isSet(inputs[n]));
    if (inputs.context !== undefined && inputs.context !== '.') given.unshift('context');
    if (given.length > 0)
      throw conflict(
        `input ${given.join(', ')}: not used by build: none, which signs the image another step pushed (tags + digest); drop ${given.length === 1 ? 'it' : 'them'}, or choose a builder (buildx, docker, buildah)`,
      );
  }
}
