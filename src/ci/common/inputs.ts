// The one table of the Action's and the component's inputs and outputs. action.yml, the GitLab
// component specs and the README tables are checked against it by test/unit/ci/spec-sync.test.ts, and
// both adapters read their inputs through it, so a name means the same everywhere. Names follow
// docker/build-push-action for the build and cosign's flags for signing and verifying.
import { KEY_VALUE_LINES, NO_NEWLINE, type InputSpec } from './input-spec.ts';
import { SIGN_INPUTS } from './sign-inputs.ts';
import { VERIFY_INPUTS } from './verify-inputs.ts';

export type { InputKind, InputSpec } from './input-spec.ts';
export { OUTPUTS, toDotenvName, toGitLabInputVariable, type OutputSpec } from './outputs.ts';

/** The rows as written: their literal types give each input's value type (ci-inputs.ts). */
const TABLE = [
  // What to run.
  {
    name: 'build',
    kind: 'choice',
    options: ['buildx', 'docker', 'buildah', 'none'],
    default: 'buildx',
    // A GitLab job image with node has no docker: the component signs what a build job pushed.
    gitlabDefault: 'none',
    description:
      'the builder; `none` signs the image another step pushed (`tags` + `digest`) and refuses the build inputs',
  },
  { name: 'sign', kind: 'boolean', default: 'true', description: 'sign the pushed digest' },
  {
    name: 'attest-sbom',
    kind: 'boolean',
    default: 'true',
    description: 'attach the SBOM of every platform as a signed attestation',
  },
  {
    name: 'attest-provenance',
    kind: 'boolean',
    default: 'true',
    description:
      'attach SLSA provenance v1 of this run (GitHub Actions workflow, or GitLab pipeline job) as a signed attestation',
  },
  {
    name: 'verify',
    kind: 'boolean',
    default: 'true',
    verify: true,
    description: 'read the signatures back from the registry and verify them against the expected identity',
  },
  {
    name: 'vsa',
    kind: 'boolean',
    default: 'false',
    verify: true,
    description:
      'after a passing verification, sign and attach a SLSA verification summary (VSA) to the digest, as the run identity',
  },
  {
    name: 'vsa-on-failure',
    kind: 'boolean',
    default: 'false',
    verify: true,
    description: 'with vsa, also attach a FAILED summary when verification fails (the job still fails)',
  },
  {
    name: 'vsa-policy-uri',
    kind: 'string',
    default: '',
    regex: NO_NEWLINE,
    verify: true,
    description:
      "where the verification policy is published, recorded in the VSA's policy (its digest always is)",
  },
  // Build (docker/build-push-action's names).
  {
    name: 'push',
    kind: 'boolean',
    default: 'true',
    description: 'push the image; `false` only builds (nothing is signed, attested or verified)',
  },
  { name: 'context', kind: 'string', default: '.', regex: NO_NEWLINE, description: 'build context' },
  { name: 'file', kind: 'string', default: '', regex: NO_NEWLINE, description: 'Dockerfile path' },
  {
    name: 'tags',
    kind: 'list',
    regex: '^[A-Za-z0-9._:/@${}\\s,-]*$',
    default: '',
    verify: true,
    description: 'names to push (newline or comma separated); the first is signed',
  },
  {
    name: 'digest',
    kind: 'string',
    default: '',
    verify: true,
    // A digest, or a $VARIABLE holding one (GitLab checks the regex before expanding; signet checks the value).
    regex: '^(sha256:[0-9a-f]{64}|\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?)?$',
    description: 'with `build: none` (or to verify): the digest pushed to the first tag',
  },
  {
    name: 'platforms',
    kind: 'list',
    regex: '^[a-z0-9/.\\s,-]*$',
    default: '',
    description: 'target platforms, e.g. `linux/amd64,linux/arm64`',
  },
  {
    name: 'build-args',
    kind: 'list',
    regex: KEY_VALUE_LINES,
    default: '',
    description: 'build arguments, `KEY=VALUE` per line',
  },
  {
    name: 'labels',
    kind: 'list',
    regex: KEY_VALUE_LINES,
    default: '',
    description: 'image labels, `KEY=VALUE` per line',
  },
  {
    name: 'annotations',
    kind: 'list',
    regex: KEY_VALUE_LINES,
    default: '',
    description: 'buildx annotations, one per line',
  },
  { name: 'target', kind: 'string', default: '', regex: NO_NEWLINE, description: 'build stage' },
  {
    name: 'secrets',
    kind: 'list',
    default: '',
    secret: true,
    only: 'github',
    description: 'build secrets, `id=value` per line (passed through the environment, never argv)',
  },
  {
    name: 'cache-from',
    kind: 'list',
    regex: '^[^\'"`;&|<>]*$',
    default: '',
    description: 'cache sources, one per line',
  },
  {
    name: 'cache-to',
    kind: 'list',
    regex: '^[^\'"`;&|<>]*$',
    default: '',
    description: 'cache destinations, one per line',
  },
  {
    name: 'outputs',
    kind: 'list',
    regex: '^[^\'"`;&|<>]*$',
    default: '',
    description:
      "buildx output destinations besides the push to `tags`, one per line (build-push-action's `outputs`: `type=local,dest=out`, `type=image,compression=zstd`)",
  },
  {
    name: 'provenance',
    kind: 'string',
    default: '',
    regex: NO_NEWLINE,
    description: "buildx's own `--provenance`",
  },
  {
    name: 'sbom',
    kind: 'string',
    default: '',
    regex: NO_NEWLINE,
    description: "buildx's own `--sbom` attestation",
  },
  { name: 'builder', kind: 'string', default: '', regex: NO_NEWLINE, description: 'buildx builder instance' },
  {
    name: 'buildkit-host',
    kind: 'string',
    default: '',
    regex: '^((tcp://[A-Za-z0-9.-]+:[0-9]{1,5})|(unix:///\\S+))?$',
    description:
      'a BuildKit daemon (`tcp://buildkitd:1234`, `unix:///…`) buildx builds on as a remote builder (default: BUILDKIT_HOST)',
  },
  // Registry.
  {
    name: 'registry-username',
    kind: 'string',
    default: '',
    only: 'github',
    description:
      "username for the image's registry (default: the docker config, or GITHUB_TOKEN for ghcr.io)",
  },
  {
    name: 'registry-password',
    kind: 'string',
    default: '',
    secret: true,
    only: 'github',
    description: "password or token for the image's registry",
  },
  {
    name: 'github-token',
    kind: 'string',
    default: '${{ github.token }}',
    secret: true,
    only: 'github',
    description:
      "token for ghcr.io (when no other credentials are given) and GitHub's attestations; wins over GITHUB_TOKEN",
  },
  {
    name: 'allow-insecure-registry',
    kind: 'boolean',
    default: 'false',
    verify: true,
    description: 'allow plain HTTP to the registry (loopback registries always may)',
  },
  {
    name: 'limit',
    kind: 'list',
    default: '',
    verify: true,
    regex: KEY_VALUE_LINES,
    description:
      'raise a cap on what a registry or image can make Signet read, `NAME=VALUE` per line (e.g. `referrers=20000`); see the README security section',
  },
  ...SIGN_INPUTS,
  ...VERIFY_INPUTS,
] as const satisfies readonly InputSpec[];

/** Every input, in the order the docs list them. */
export const INPUTS: readonly InputSpec[] = TABLE;

/** One row of the table with its literal types. */
export type InputRow = (typeof TABLE)[number];

/** The typed value of an input's text. Lists: newline separated, and comma separated for names. */
export function parseInputList(text: string, commas: boolean): string[] {
  return text
    .split(commas ? /[\n,]/ : /\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** List inputs whose items never contain commas, so commas separate too (as build-push-action). */
export const COMMA_LISTS = new Set([
  'tags',
  'platforms',
  'sbom-source',
  'admission',
  'allowed-registries',
  'subject-path',
]);
