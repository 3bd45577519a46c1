// action.yml, the GitLab component templates (gitlab/templates/ and the copies GitLab reads in
// templates/) and the README's tables all describe the same inputs and outputs: the table in
// src/ci/common/inputs.ts. These tests read the files on disk and compare them with it, field by field,
// and check the component's safety rules (inputs only through variables, never expanded, never in script).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formatCiFiles } from '../../../scripts/ci-files.ts';
import { INPUTS, OUTPUTS, toDotenvName, toGitLabInputVariable } from '../../../src/ci/common/inputs.ts';

const root = new URL('../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string; required: boolean }>;
  outputs: Record<string, { description: string }>;
}

describe('action.yml', () => {
  const action = parse(read('action.yml')) as ActionYml;

  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('has every input of the table that the Action takes, with its description and default', () => {
    const expected = INPUTS.filter((i) => i.only !== 'gitlab');
    expect(Object.keys(action.inputs)).toEqual(expected.map((i) => i.name));
    for (const i of expected) {
      expect(action.inputs[i.name]!.description).toBe(i.description);
      expect(action.inputs[i.name]!.default ?? '').toBe(i.default);
    }
  });

  it('uses docker/build-push-action names for the build and cosign names for signing', () => {
    for (const n of [
      'context',
      'file',
      'tags',
      'platforms',
      'build-args',
      'labels',
      'secrets',
      'cache-from',
      'push',
      'builder',
    ])
      expect(action.inputs).toHaveProperty(n);
    for (const n of [
      'key',
      'signature-repository',
      'tlog-upload',
      'fulcio-url',
      'rekor-url',
      'certificate-identity',
      'certificate-oidc-issuer',
    ])
      expect(action.inputs).toHaveProperty(n);
  });

  it('has every output', () => {
    expect(Object.keys(action.outputs)).toEqual(OUTPUTS.map((o) => o.name));
  });
});

interface ComponentSpec {
  spec: { inputs: Record<string, { type?: string; default?: unknown; options?: string[]; regex?: string }> };
}

type Job = {
  variables: Record<string, string>;
  script: string[];
  id_tokens: Record<string, { aud: string }>;
  artifacts: { reports: Record<string, string>; paths: string[] };
};

function loadComponent(name: string): { spec: ComponentSpec['spec']; job: Job } {
  const [head, body] = read(`templates/${name}.yml`).split(/^---$/m);
  const spec = (parse(head!) as ComponentSpec).spec;
  const jobs = parse(body!) as Record<string, Job>;
  return { spec, job: jobs['$[[ inputs.job-name ]]']! };
}

describe.each(['signet', 'verify'])('the GitLab component %s', (name) => {
  const { spec, job } = loadComponent(name);
  const tableInputs = INPUTS.filter(
    (i) =>
      i.only !== 'github' &&
      i.name !== (name === 'verify' ? 'verify' : '') &&
      (name === 'signet' || i.verify),
  );

  it('is byte-identical in templates/ (read by GitLab) and gitlab/templates/ (the source)', () => {
    expect(read(`templates/${name}.yml`)).toBe(read(`gitlab/templates/${name}.yml`));
  });

  it('types and constrains every input from the table', () => {
    for (const i of tableInputs) {
      const s = spec.inputs[i.name];
      expect(s).toBeDefined();
      // Every input is a boolean, one of a list of options, or matches a regex.
      expect(s!.type === 'boolean' || s!.options !== undefined || s!.regex !== undefined).toBe(true);
      expect(s!.type).toBe(i.kind === 'boolean' ? 'boolean' : 'string');
      const def = i.gitlabDefault ?? i.default;
      expect(s!.default).toEqual(i.kind === 'boolean' ? def === 'true' : def);
      if (i.options) expect(s!.options).toEqual([...i.options]);
      if (!i.options && (i.gitlabRegex ?? i.regex)) {
        expect(s!.regex).toBe(i.gitlabRegex ?? i.regex);
        // GitLab checks the default against the regex too.
        expect(new RegExp(s!.regex!).test(String(s!.default))).toBe(true);
      }
    }
  });

  it('passes inputs only through SIGNET_INPUT_ variables, never into script:', () => {
    for (const i of tableInputs) {
      expect(job.variables[toGitLabInputVariable(i.name)]).toBe(`$[[ inputs.${i.name} ]]`);
      // No output of an earlier job's dotenv report (which outranks job variables) can shadow it.
      expect(OUTPUTS.map((o) => toDotenvName(o.name))).not.toContain(toGitLabInputVariable(i.name));
    }
    expect(job.script.join('\n')).not.toContain('$[[');
    expect(job.script.join('\n')).not.toMatch(/\$\{?SIGNET_(?!COMPONENT_)/);
  });

  it('asks GitLab for a sigstore-audience ID token and runs dist/index.js at the component commit', () => {
    expect(job.id_tokens).toEqual({ SIGSTORE_ID_TOKEN: { aud: 'sigstore' } });
    expect(job.variables.SIGNET_COMPONENT_SHA).toBe('$[[ component.sha ]]');
    expect(job.script.at(-1)).toBe('node .signet-component/dist/index.js');
  });

  it('reports outputs as dotenv (and the SBOMs as CycloneDX)', () => {
    expect(job.artifacts.reports.dotenv).toBe('$[[ inputs.output-dir ]]/signet.env');
    if (name === 'signet')
      expect(job.artifacts.reports.cyclonedx).toBe('$[[ inputs.output-dir ]]/sbom-*.cyclonedx.json');
    expect(job.artifacts.paths).toEqual(['$[[ inputs.output-dir ]]/']);
  });
});

describe('README', () => {
  it('lists every input and output of the table', () => {
    const readme = read('README.md');
    const inputs = readme.slice(
      readme.indexOf('<!-- inputs:start -->'),
      readme.indexOf('<!-- inputs:end -->'),
    );
    const rows = [...inputs.matchAll(/^\| `([a-z-]+)`\s+\|/gm)].map((m) => m[1]);
    expect(rows).toEqual(INPUTS.map((i) => i.name));
    const outputs = readme.slice(
      readme.indexOf('<!-- outputs:start -->'),
      readme.indexOf('<!-- outputs:end -->'),
    );
    expect(
      [...outputs.matchAll(/^\| `([a-z-]+)`\s+\| `(SIGNET_[A-Z_]+)`\s+\|/gm)].map((m) => [m[1], m[2]]),
    ).toEqual(OUTPUTS.map((o) => [o.name, toDotenvName(o.name)]));
  });
});

it('every generated file on disk is what the table renders now (run `npm run build` after editing it)', async () => {
  const files = await formatCiFiles(read('README.md'));
  for (const [path, text] of Object.entries(files)) {
    expect({ path, text: read(path === 'README' ? 'README.md' : path) }).toEqual({ path, text });
  }
});
