// gitlab-ci-local runs a GitLab CI/CD component of the repository itself on the host shell executor,
// offline, the way the GitLab component's end-to-end test will: a throwaway component
// (templates/probe.yml, typed inputs with options and regex) in a temp git repo, included by the
// pipeline at HEAD's sha; inputs mapped to job variables, a dotenv report passed from one job to the
// next, a bad input failing the pipeline before any job runs, and an injection payload running nothing.
import { readdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initGitRepo, localComponent, runGitlabCiLocal } from '../support/gitlab-ci-local.ts';

const COMPONENT = `spec:
  component: [name, sha, version, reference]
  inputs:
    greeting:
      type: string
    mode:
      type: string
      options: [sign, verify]
      default: sign
    tag:
      type: string
      regex: ^v\\d+\\.\\d+$
      default: v1.0
    push:
      type: boolean
      default: false
    retries:
      type: number
      default: 3
    payload:
      default: ''
---
probe-build:
  stage: build
  id_tokens:
    SIGSTORE_ID_TOKEN:
      aud: sigstore
  variables:
    PROBE_GREETING: $[[ inputs.greeting ]]
    PROBE_MODE: $[[ inputs.mode ]]
    PROBE_TAG: $[[ inputs.tag ]]
    PROBE_PUSH: $[[ inputs.push ]]
    PROBE_RETRIES: $[[ inputs.retries ]]
    PROBE_PAYLOAD: $[[ inputs.payload ]]
    PROBE_C_NAME: $[[ component.name ]]
    PROBE_C_SHA: $[[ component.sha ]]
    PROBE_C_VERSION: $[[ component.version ]]
  script:
    - echo "greeting=[$PROBE_GREETING] mode=[$PROBE_MODE] tag=[$PROBE_TAG] push=[$PROBE_PUSH] retries=[$PROBE_RETRIES]"
    - echo "component=[$PROBE_C_NAME] sha=[$PROBE_C_SHA] version=[$PROBE_C_VERSION]"
    - echo "commit=[$CI_COMMIT_SHA] project=[$CI_PROJECT_PATH] server=[$CI_SERVER_FQDN] token=[\${SIGSTORE_ID_TOKEN:-unset}]"
    - echo "node=[$(node --version)] home=[$HOME]"
    - printf '%s' "$PROBE_PAYLOAD" > input-payload.txt
    - printf '%s' "\${CLI_PAYLOAD:-}" > variable-payload.txt
    - printf 'PROBE_DIGEST=sha256:%s\\n' "$PROBE_TAG" > probe.env
  artifacts:
    paths: [input-payload.txt, variable-payload.txt]
    reports:
      dotenv: probe.env
probe-check:
  stage: test
  needs: [probe-build]
  script:
    - echo "digest=[\${PROBE_DIGEST:-unset}]"
    - test -f input-payload.txt
probe-isolated:
  stage: test
  needs: []
  script:
    - echo "digest=[\${PROBE_DIGEST:-unset}]"
# what a component must never do: paste an input into the script
probe-unsafe:
  stage: test
  needs: []
  when: manual
  script:
    - echo "$[[ inputs.payload ]]"
`;

// Every way a shell could be tricked into running something, none of them a `$NAME` (which
// gitlab-ci-local, like GitLab, expands in variable values).
const PAYLOAD =
  'a$(touch pwned-1)b`touch pwned-2`c\'d"e; touch pwned-3 \\n\nline2 $(touch pwned-4) && touch pwned-5';

const pipeline = (inputs: Record<string, unknown>) =>
  `stages: [build, test]\ninclude:\n  - component: ${localComponent('probe')}\n    inputs: ${JSON.stringify(inputs)}\n`;

let tmp: string;
let repo: string;
let sha: string;
const timings: Record<string, number> = {};
const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
  const t0 = Date.now();
  try {
    return await f();
  } finally {
    timings[name] = Date.now() - t0;
  }
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'signet-gcl-itg-'));
  repo = join(tmp, 'repo');
  sha = await initGitRepo(repo, {
    'templates/probe.yml': COMPONENT,
    '.gitlab-ci.yml': pipeline({ greeting: 'hello, component', push: true, retries: 5, payload: PAYLOAD }),
    'bad-option.gitlab-ci.yml': pipeline({ greeting: 'x', mode: 'bogus' }),
    'bad-regex.gitlab-ci.yml': pipeline({ greeting: 'x', tag: 'v1' }),
  });
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  console.log(`gitlab-ci-local timings (ms): ${JSON.stringify(timings)}`);
});

const pwned = () =>
  readdirSync(tmp, { recursive: true, encoding: 'utf8' }).filter((p) =>
    p.split('/').pop()!.startsWith('pwned'),
  );

describe('gitlab-ci-local with a component of the repository itself', () => {
  it('runs the component at HEAD: inputs reach the job env, a dotenv report reaches the job that needs it', async () => {
    const r = await timed('pipeline', () =>
      runGitlabCiLocal({
        repoDir: repo,
        variables: { SIGSTORE_ID_TOKEN: 'header.claims.signature', CLI_PAYLOAD: PAYLOAD },
      }),
    );
    expect(r.code).toBe(0);
    expect(r.jobs).toEqual({ 'probe-build': 'PASS', 'probe-check': 'PASS', 'probe-isolated': 'PASS' });
    const build = r.jobLog('probe-build');
    expect(build).toContain('greeting=[hello, component] mode=[sign] tag=[v1.0] push=[true] retries=[5]');
    // a local component's sha, reference and version are all HEAD's (GitLab gives version null here)
    expect(build).toContain(`component=[probe] sha=[${sha}] version=[${sha}]`);
    expect(build).toContain(
      `commit=[${sha}] project=[group/signet] server=[gitlab.example.com] token=[header.claims.signature]`,
    );
    expect(build).toMatch(/node=\[v24\./);
    expect(build).not.toContain(`home=[${process.env.HOME}]`);
    expect(r.jobLog('probe-check')).toContain('digest=[sha256:v1.0]');
    expect(r.jobLog('probe-isolated')).toContain('digest=[unset]');
    const art = r.artifactsDir('probe-build');
    expect(readFileSync(join(art, '.gitlab-ci-reports', 'dotenv', 'probe.env'), 'utf8')).toBe(
      'PROBE_DIGEST=sha256:v1.0\n',
    );
    // the injection payload, as an input and as a variable, arrived byte for byte and ran nothing
    expect(readFileSync(join(art, 'input-payload.txt'), 'utf8')).toBe(PAYLOAD);
    expect(readFileSync(join(art, 'variable-payload.txt'), 'utf8')).toBe(PAYLOAD);
    expect(pwned()).toEqual([]);
    // jobs ran in copies under the state dir: the work tree is as committed
    expect(readdirSync(repo).sort()).toEqual([
      '.git',
      '.gitlab-ci-local',
      '.gitlab-ci.yml',
      'bad-option.gitlab-ci.yml',
      'bad-regex.gitlab-ci.yml',
      'templates',
    ]);
  });

  it('runs one job alone, with the jobs it needs', async () => {
    const r = await timed('one job + needs', () =>
      runGitlabCiLocal({ repoDir: repo, jobs: ['probe-check'], needs: true }),
    );
    expect(r.code).toBe(0);
    expect(r.jobs).toEqual({ 'probe-build': 'PASS', 'probe-check': 'PASS' });
    expect(r.jobLog('probe-check')).toContain('digest=[sha256:v1.0]');
  });

  it.each([
    [
      'bad-option.gitlab-ci.yml',
      '`mode` input: `bogus` cannot be used because it is not in the list of allowed options',
    ],
    ['bad-regex.gitlab-ci.yml', '`tag` input: `v1` does not match required regex'],
  ])('fails the pipeline before any job runs on an invalid input (%s)', async (file, message) => {
    const r = await timed(`invalid ${file}`, () => runGitlabCiLocal({ repoDir: repo, file }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.jobs).toEqual({});
    expect(r.stdout).not.toContain('probe-build starting');
  });

  it('reads the component from the work tree, uncommitted edits included', async () => {
    const path = join(repo, 'templates', 'probe.yml');
    writeFileSync(path, COMPONENT.replaceAll('echo "digest=', 'echo "edited digest='));
    try {
      const r = await timed('dirty work tree', () =>
        runGitlabCiLocal({ repoDir: repo, jobs: ['probe-isolated'] }),
      );
      expect(r.code).toBe(0);
      expect(r.jobLog('probe-isolated')).toContain('edited digest=[unset]');
    } finally {
      writeFileSync(path, COMPONENT);
    }
  });

  it('does run a payload pasted into script: by $[[ inputs.x ]] (the check above can see it)', async () => {
    const r = await timed('unsafe job', () => runGitlabCiLocal({ repoDir: repo, jobs: ['probe-unsafe'] }));
    expect(r.jobs['probe-unsafe']).toBeDefined();
    expect(pwned().length).toBeGreaterThan(0);
    for (const p of pwned()) rmSync(join(tmp, p));
  });

  it('exits 1 when a job fails', async () => {
    const r = await timed('failing job', () =>
      runGitlabCiLocal({ repoDir: repo, jobs: ['probe-check'] /* alone: no input-payload.txt */ }),
    );
    expect(r.code).toBe(1);
    expect(r.jobs).toEqual({ 'probe-check': 'FAIL' });
  });
});
