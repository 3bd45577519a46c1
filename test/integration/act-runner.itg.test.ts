// nektos/act runs a local node24 action on the host runner, offline, the way the Action's end-to-end
// test will: a throwaway action (action.yml + index.mjs on the real @actions/core) in a temp git repo,
// `uses: ./` after `actions/checkout`, inputs through `with:`, outputs and the step summary read back
// from act's log, an ID token fetched from the bed's loopback OIDC endpoint, and a failing step failing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startOidc, type OidcBed } from '../bed/oidc.ts';
import { REPO_ROOT } from '../bed/tools.ts';
import { runAct } from '../support/act.ts';
import { runOk } from '../support/run.ts';

const core = pathToFileURL(join(REPO_ROOT, 'node_modules', '@actions', 'core', 'lib', 'core.js')).href;

const ACTION_YML = `name: act probe
description: echoes what the runner gave it
inputs:
  greeting: { description: echoed back, required: true }
  secret: { description: a secret, default: '' }
  oidc: { description: request an ID token, default: 'false' }
  fail: { description: fail the step, default: 'false' }
outputs:
  answer: { description: 42-<greeting> }
runs:
  using: node24
  main: index.mjs
`;

const INDEX_MJS = `import { readFileSync } from 'node:fs';
import * as core from ${JSON.stringify(core)};
const greeting = core.getInput('greeting', { required: true });
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
core.setOutput('answer', '42-' + greeting);
core.setOutput('multi', 'line1\\nline2');
core.setOutput('node', process.version);
core.setOutput('probe-env', process.env.SIGNET_PROBE ?? '<unset>');
core.setOutput('secret-length', String(core.getInput('secret').length));
core.setOutput('fork', String(event.pull_request?.head?.repo?.fork));
for (const k of ['GITHUB_REPOSITORY', 'GITHUB_WORKFLOW_REF', 'GITHUB_EVENT_NAME', 'GITHUB_REF', 'GITHUB_SHA']) {
  core.setOutput(k, process.env[k] ?? '<unset>');
}
core.setOutput('workspace-is-cwd', String(process.env.GITHUB_WORKSPACE === process.cwd()));
core.setOutput('runner-temp', process.env.RUNNER_TEMP ?? '<unset>');
if (core.getBooleanInput('oidc')) {
  const token = await core.getIDToken('sigstore');
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  core.setOutput('token-aud', claims.aud);
  console.log('token: ' + token);
}
await core.summary.addHeading('probe summary', 2).addRaw('greeting ' + greeting).write();
if (core.getBooleanInput('fail')) core.setFailed('asked to fail');
`;

const WORKFLOW = `name: probe
on: [push, pull_request]
jobs:
  probe:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - id: probe
        uses: ./
        with:
          greeting: \${{ env.PROBE_GREETING }}
          secret: \${{ secrets.PROBE_SECRET }}
          oidc: \${{ env.PROBE_OIDC || 'false' }}
          fail: \${{ env.PROBE_FAIL || 'false' }}
      - id: after
        if: \${{ github.event.pull_request.head.repo.fork != true }}
        run: echo "echo=\${{ steps.probe.outputs.answer }}" >> "$GITHUB_OUTPUT"
`;

let tmp: string;
let repo: string;
let oidc: OidcBed;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'signet-act-itg-'));
  repo = join(tmp, 'repo');
  mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(repo, 'action.yml'), ACTION_YML);
  writeFileSync(join(repo, 'index.mjs'), INDEX_MJS);
  writeFileSync(join(repo, '.github', 'workflows', 'probe.yml'), WORKFLOW);
  const git = (...args: string[]) =>
    runOk(['git', '-c', 'user.name=probe', '-c', 'user.email=probe@example.invalid', ...args], { cwd: repo });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'probe');
  oidc = await startOidc({ dir: join(tmp, 'oidc') });
});

afterAll(async () => {
  await oidc?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const WORKFLOW_REF = 'acme/probe/.github/workflows/probe.yml@refs/heads/main';
const base = () => ({
  repoDir: repo,
  workflow: '.github/workflows/probe.yml',
  env: {
    PROBE_GREETING: 'hi',
    SIGNET_PROBE: 'reached',
    GITHUB_REPOSITORY: 'acme/probe',
    GITHUB_WORKFLOW_REF: WORKFLOW_REF,
  },
});

describe('act on the host runner', () => {
  it('runs a node24 action on Node 24: inputs, env, secrets in; outputs and summary out', async () => {
    const r = await runAct({ ...base(), secrets: { PROBE_SECRET: 's3cr3t-value' } });
    expect(r.code).toBe(0);
    expect(r.jobResult).toBe('success');
    const out = r.outputs.probe!;
    expect(out.answer).toBe('42-hi');
    expect(out.multi).toBe('line1\nline2');
    expect(out.node).toMatch(/^v24\./);
    expect(out['probe-env']).toBe('reached');
    expect(out['secret-length']).toBe(String('s3cr3t-value'.length));
    expect(out.GITHUB_REPOSITORY).toBe('acme/probe');
    expect(out.GITHUB_WORKFLOW_REF).toBe(WORKFLOW_REF);
    expect(out.GITHUB_EVENT_NAME).toBe('push');
    expect(out.GITHUB_REF).toBe('refs/heads/main');
    expect(out.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/);
    expect(out['workspace-is-cwd']).toBe('true');
    expect(out['runner-temp']).not.toBe('<unset>');
    // a later step sees the action's output through the steps context
    expect(r.outputs.after).toEqual({ echo: '42-hi' });
    expect(r.summary).toContain('<h2>probe summary</h2>');
    expect(r.summary).toContain('greeting hi');
    expect(r.steps.map((s) => `${s.id}:${s.result}`)).toEqual([
      '0:success',
      'probe:success',
      'after:success',
    ]);
  });

  it('passes a pull_request payload from a fork through GITHUB_EVENT_PATH and the github context', async () => {
    const payload = {
      number: 7,
      pull_request: { number: 7, head: { ref: 'feature', repo: { fork: true, full_name: 'evil/probe' } } },
      repository: { full_name: 'acme/probe', private: false },
    };
    const r = await runAct({ ...base(), event: 'pull_request', eventPayload: payload });
    expect(r.code).toBe(0);
    const out = r.outputs.probe!;
    expect(out.fork).toBe('true');
    expect(out.GITHUB_EVENT_NAME).toBe('pull_request');
    expect(out.GITHUB_REF).toBe('refs/pull/7/merge');
    // `if: github.event.pull_request.head.repo.fork != true` skipped the last step
    expect(r.outputs.after).toBeUndefined();
    expect(r.steps.map((s) => s.id)).toEqual(['0', 'probe']);
  });

  it('lets the action fetch an ID token from a loopback endpoint given in env', async () => {
    const before = oidc.counters.issued;
    const r = await runAct({
      ...base(),
      env: {
        ...base().env,
        PROBE_OIDC: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestURL,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.probe!['token-aud']).toBe('sigstore');
    expect(oidc.counters.issued).toBe(before + 1);
    // getIDToken masks the token (::add-mask::) and act honours the mask
    expect(r.log).toContain('token: ***');
  });

  it('fails the job, and exits non-zero, when the action fails', async () => {
    const r = await runAct({ ...base(), env: { ...base().env, PROBE_FAIL: 'true' } });
    expect(r.code).not.toBe(0);
    expect(r.jobResult).toBe('failure');
    expect(r.steps.find((s) => s.id === 'probe')?.result).toBe('failure');
    expect(r.entries.some((e) => e.command === 'error' && String(e.arg).includes('asked to fail'))).toBe(
      true,
    );
    // outputs and the summary written before failing still come back
    expect(r.outputs.probe!.answer).toBe('42-hi');
    expect(r.summary).toContain('probe summary');
    expect(r.outputs.after).toBeUndefined();
  });
});
