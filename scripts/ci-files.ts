// Renders the files that describe the inputs and outputs from their one table (src/ci/common/inputs.ts):
// action.yml, the GitLab component templates (gitlab/templates/, copied to templates/ where GitLab
// looks for them), and the README's input and output tables. `npm run build` writes them;
// test/unit/ci/spec-sync.test.ts fails when a file on disk differs from what this renders.
import * as prettier from 'prettier';
import {
  INPUTS,
  OUTPUTS,
  toDotenvName,
  toGitLabInputVariable,
  type InputSpec,
} from '../src/ci/common/inputs.ts';

const HEADER =
  '# Generated from src/ci/common/inputs.ts by `npm run build`: edit that table, not this file.\n';

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

export function renderActionYml(): string {
  const lines = [
    HEADER.trimEnd(),
    "name: 'Signet: build, sign, attest, verify'",
    'description: Build and push an image, sign its digest (Sigstore keyless or a cosign key), attest its SBOM and provenance, verify them from the registry, and write admission policies.',
    'author: Signet',
    'branding:',
    '  icon: shield',
    '  color: blue',
    'inputs:',
  ];
  for (const i of INPUTS.filter((x) => x.only !== 'gitlab')) {
    lines.push(`  ${i.name}:`, `    description: ${q(i.description)}`, '    required: false');
    if (i.default !== '') lines.push(`    default: ${q(i.default)}`);
  }
  lines.push('outputs:');
  for (const o of OUTPUTS) lines.push(`  ${o.name}:`, `    description: ${q(o.description)}`);
  lines.push('runs:', '  using: node24', '  main: dist/index.js', '');
  return lines.join('\n');
}

/** The component's spec entry of one input: typed, with options or an anchored regex. */
function specInput(i: InputSpec): string[] {
  const def = i.gitlabDefault ?? i.default;
  const out = [`    ${i.name}:`, `      description: ${q(i.description)}`];
  if (i.kind === 'boolean') out.push('      type: boolean', `      default: ${def}`);
  else {
    out.push('      type: string', `      default: ${q(def)}`);
    if (i.options) out.push(`      options: [${i.options.map(q).join(', ')}]`);
    else if (i.gitlabRegex ?? i.regex) out.push(`      regex: ${q((i.gitlabRegex ?? i.regex)!)}`);
  }
  return out;
}

const COMPONENT_DOC: Record<string, string> = {
  signet:
    'The whole pipeline: build and push, sign the digest, attest the SBOM, verify from the registry, write admission policies.',
  verify:
    'Verify only: check that an image (by tag or digest) carries a signature from the expected identity or key.',
};

/** gitlab/templates/<name>.yml: the spec, then one job that runs dist/index.js at the component's own commit. */
export function renderComponent(name: 'signet' | 'verify'): string {
  const verifyOnly = name === 'verify';
  const inputs = INPUTS.filter(
    (i) => i.only !== 'github' && (!verifyOnly || (i.verify && i.name !== 'verify')),
  );
  const fixed: Record<string, string> = verifyOnly
    ? {
        build: 'none',
        sign: 'false',
        'attest-sbom': 'false',
        'attest-provenance': 'false',
        verify: 'true',
        push: 'true',
      }
    : {};
  const lines = [
    HEADER.trimEnd(),
    `# ${COMPONENT_DOC[name]}`,
    'spec:',
    '  component: [sha]',
    '  inputs:',
    '    stage:',
    '      description: "the stage the job runs in"',
    `      default: ${verifyOnly ? 'test' : 'build'}`,
    '      regex: "^[A-Za-z0-9_ .-]{1,255}$"',
    '    job-name:',
    '      description: "the job\'s name"',
    `      default: ${verifyOnly ? 'signet-verify' : 'signet'}`,
    '      regex: "^[A-Za-z0-9_-]{1,63}$"',
    '    image:',
    '      description: "the job image: needs node 24 and git (and docker for build: buildx or docker)"',
    '      default: "node:24-bookworm"',
    '      regex: "^[^ ]+$"',
    '    component-project:',
    '      description: "this component\'s project on your instance, where the job fetches it from at component.sha"',
    '      default: "signet-dev/signet"',
    '      regex: "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$"',
    ...inputs.flatMap(specInput),
    '---',
    '$[[ inputs.job-name ]]:',
    '  stage: $[[ inputs.stage ]]',
    '  image: $[[ inputs.image ]]',
    '  id_tokens:',
    '    SIGSTORE_ID_TOKEN:',
    '      aud: sigstore',
    '  variables:',
    '    # Inputs reach the job only as variables (their own SIGNET_INPUT_ prefix, which no output of an',
    "    # earlier job's dotenv report can shadow), never interpolated into script:, so no input value is",
    '    # ever read by a shell as code. GitLab expands $VARIABLES in them, as in any job variable.',
    ...inputs.map((i) => `    ${toGitLabInputVariable(i.name)}: "$[[ inputs.${i.name} ]]"`),
    ...Object.entries(fixed).map(([k, v]) => `    ${toGitLabInputVariable(k)}: "${v}"`),
    "    # The component's own commit: the job runs the dist/ committed there (see gitlab/README.md).",
    '    SIGNET_COMPONENT_SHA: "$[[ component.sha ]]"',
    '    SIGNET_COMPONENT_PROJECT: "$[[ inputs.component-project ]]"',
    '  script:',
    '    # Fetch the component project at exactly component.sha (git checks every object against it) into a',
    '    # fresh folder and run its committed dist/. SIGNET_COMPONENT_URL may name a mirror of the',
    '    # component project (air-gapped instances, tests); the job token reads it on the instance.',
    '    - |',
    '      set -eu',
    '      url="${SIGNET_COMPONENT_URL:-${CI_SERVER_PROTOCOL:-https}://gitlab-ci-token:${CI_JOB_TOKEN}@${CI_SERVER_URL#*://}/${SIGNET_COMPONENT_PROJECT}.git}"',
    '      rm -rf .signet-component && git init -q .signet-component',
    '      git -C .signet-component fetch -q --depth 1 "$url" "$SIGNET_COMPONENT_SHA"',
    '      git -C .signet-component -c advice.detachedHead=false checkout -q "$SIGNET_COMPONENT_SHA"',
    '    - node .signet-component/dist/index.js',
    '  artifacts:',
    '    when: always',
    '    paths:',
    '      - "$[[ inputs.output-dir ]]/"',
    '    reports:',
    '      dotenv: "$[[ inputs.output-dir ]]/signet.env"',
    ...(verifyOnly ? [] : ['      cyclonedx: "$[[ inputs.output-dir ]]/sbom-*.cyclonedx.json"']),
    '',
  ];
  return lines.join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The README tables, between `<!-- inputs:start -->` and `<!-- inputs:end -->` (and outputs). */
export function renderReadmeTables(): { inputs: string; outputs: string } {
  const inputs = [
    '| input | default | where | description |',
    '| --- | --- | --- | --- |',
    ...INPUTS.map((i) => {
      const def =
        i.gitlabDefault !== undefined
          ? `\`${i.default}\` (GitLab \`${i.gitlabDefault}\`)`
          : i.default === ''
            ? ''
            : `\`${i.default}\``;
      const where =
        i.only === 'github'
          ? 'Action'
          : i.only === 'gitlab'
            ? 'component'
            : i.verify
              ? 'both, verify'
              : 'both';
      const opts = i.options ? ` One of ${i.options.map((o) => `\`${o}\``).join(', ')}.` : '';
      return `| \`${i.name}\` | ${cell(def)} | ${where} | ${cell(i.description)}.${opts} |`;
    }),
  ].join('\n');
  const outputs = [
    '| output | GitLab dotenv | description |',
    '| --- | --- | --- |',
    ...OUTPUTS.map((o) => `| \`${o.name}\` | \`${toDotenvName(o.name)}\` | ${cell(o.description)} |`),
  ].join('\n');
  return { inputs, outputs };
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} markers`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

/** Every generated file: path → content (README with its tables replaced). */
export function renderCiFiles(readme: string): Record<string, string> {
  const tables = renderReadmeTables();
  const out: Record<string, string> = {
    'action.yml': renderActionYml(),
    README: replaceBetween(replaceBetween(readme, 'inputs', tables.inputs), 'outputs', tables.outputs),
  };
  for (const name of ['signet', 'verify'] as const) {
    const text = renderComponent(name);
    out[`gitlab/templates/${name}.yml`] = text;
    // GitLab reads components only from templates/ at the root: a byte-identical copy (symlinks are
    // not followed by the catalog). The spec-sync test keeps the two identical.
    out[`templates/${name}.yml`] = text;
  }
  return out;
}

/** renderCiFiles, each file in the repository's prettier style (what `npm run lint` checks). */
export async function formatCiFiles(readme: string): Promise<Record<string, string>> {
  const config = (await prettier.resolveConfig('README.md')) ?? {};
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(renderCiFiles(readme))) {
    const filepath = path === 'README' ? 'README.md' : path;
    out[path] = await prettier.format(text, { ...config, filepath });
  }
  return out;
}
