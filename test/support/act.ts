// Runs a GitHub Actions workflow with nektos/act (pinned by .ci/install-tools.sh) on the HOST runner:
// no containers, no network. Every `runs-on` label given is mapped to `-self-hosted`, so steps run as
// plain child processes on this machine and a node24 action runs on whichever `node` is first on PATH
// (act does not check the version): the helper puts this process's Node (24, the repo's) first.
//
// What act does on the host, as observed with act v0.2.89 (see test/integration/act-runner.itg.test.ts):
// - The workspace (GITHUB_WORKSPACE, and what `uses: ./` resolves against) is an empty folder under act's
//   cache until an `actions/checkout` step runs: act recognises a checkout of the same repository and,
//   instead of fetching anything, copies `repoDir` (working tree as is, .git included, .gitignore'd paths
//   left out) into it. A workflow that uses `./` therefore needs `- uses: actions/checkout@v4` first.
// - The host environment is handed to every step under act's own variables: `--env` (this helper's
//   `env`) wins over it, act's GITHUB_* win over both. act never sets ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN,
//   GITHUB_WORKFLOW_REF, GITHUB_WORKFLOW_SHA, GITHUB_REPOSITORY_ID, RUNNER_NAME or RUNNER_ENVIRONMENT:
//   give them in `env`. GITHUB_REPOSITORY comes from `env.GITHUB_REPOSITORY`, else the git remote
//   `origin`, else "nektos/act"; GITHUB_REF from `env.GITHUB_REF`, else the event, else git HEAD's
//   branch; GITHUB_SHA from `env.SHA_REF` (act's name for it), else git HEAD. Any variable whose name
//   contains INPUT_ is dropped before a `uses:` step: inputs reach an action only through `with:`.
// - Step outputs and step summaries are not kept on disk (act deletes its folder after a successful
//   job): they are read back from act's `--json` log, where each `$GITHUB_OUTPUT` entry is a
//   `command: "set-output"` line and each non-empty step summary a `command: "summary"` line.
// - act exits 1 when any job fails, whatever the failing step's own exit code.
// - `::add-mask::` works: later output shows `***`. But act's `--json` log keeps the masked value in the
//   `arg` and `raw` fields of that add-mask line itself (GitHub shows no such line): a test that a value
//   never appears must leave those lines out. `::error::` lines carry the decoded (multi-line) message
//   in `arg`; they are not `raw_output`, so they are not in `log`.
// - An unset `${{ env.X }}` in `with:` arrives as '' (act does not fall back to action.yml's default);
//   the `with:` value, once given, is what the action reads.
// - `actions/checkout` pinned to a commit SHA (and its `with:`) is recognised the same way.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { toolPath, TOOLS_BIN } from '../bed/tools.ts';
import { run, runOk, type RunResult } from './run.ts';

/** What to run: one workflow of one repository, for one event. */
export interface ActOptions {
  /** The repository act works in (`-C`): what `actions/checkout` copies and `uses: ./` resolves against. */
  repoDir: string;
  /** The workflow file (`-W`), absolute or relative to `repoDir`; it need not live in `repoDir`. */
  workflow: string;
  /** The event name (default `push`). */
  event?: string;
  /** The event payload (GITHUB_EVENT_PATH's content, `github.event`); act uses `{}` without one. For
   *  `pull_request` give the top-level `number`: act builds GITHUB_REF `refs/pull/<number>/merge` from it. */
  eventPayload?: unknown;
  /** Variables every step sees (`--env K=V`), over the host environment; also GITHUB_REPOSITORY,
   *  GITHUB_REF, SHA_REF (→ GITHUB_SHA), GITHUB_RUN_ID… that act reads from it. */
  env?: Record<string, string>;
  /** `secrets.*` (`-s K=V`; act upper-cases names and masks values as *** in its log). GITHUB_TOKEN is
   *  always set (empty unless given), so act never asks a `gh` CLI for a real token. */
  secrets?: Record<string, string>;
  /** `vars.*` (`--var K=V`). */
  vars?: Record<string, string>;
  /** Run only this job (`-j`). */
  job?: string;
  /** `runs-on` labels to run on the host (default `['ubuntu-latest']`); any other label needs Docker. */
  runsOn?: string[];
  /** `github.actor` / GITHUB_ACTOR (act's default is `nektos/act`). */
  actor?: string;
  /** Kill act after this long (default 5 minutes). */
  timeoutMs?: number;
  /** Keep the temporary HOME (act's cache and per-job folders) for inspection; its path is returned. */
  keepTemp?: boolean;
}

/** One line of act's `--json` log (logrus fields; only the ones this helper reads are typed). */
export interface ActLogEntry {
  level: string;
  msg: string;
  job?: string;
  jobID?: string;
  step?: string;
  stage?: string;
  /** The step's `id:` (or its index when it has none), as a path for steps inside composite actions. */
  stepID?: string[];
  /** Set on the line that closes a step: success, failure or skipped. */
  stepResult?: string;
  /** Set on the job's last line: success or failure. */
  jobResult?: string;
  /** A workflow command act handled: set-output, summary, warning, error, add-mask, add-path… */
  command?: string;
  name?: string;
  arg?: string;
  content?: string;
  /** True for a line the step itself printed (stdout and stderr, merged). */
  raw_output?: boolean;
  [field: string]: unknown;
}

/** How a run went, read from act's exit code and `--json` log. */
export interface ActResult extends RunResult {
  /** Every JSON line act printed, in order. */
  entries: ActLogEntry[];
  /** Step outputs by step id (`steps.<id>.outputs.<name>`), as the steps wrote them to GITHUB_OUTPUT. */
  outputs: Record<string, Record<string, string>>;
  /** Each non-empty step summary (GITHUB_STEP_SUMMARY, one file per step), in step order. */
  summaries: { stepId: string; content: string }[];
  /** All step summaries joined, as the job summary page would show them. */
  summary: string;
  /** What the steps printed (their stdout and stderr, one string, masked as act masks it). */
  log: string;
  /** How each step of the main stage ended, in order (a step skipped by its `if:` is not listed: act logs
   *  skips only with -v). */
  steps: { id: string; name: string; result: string }[];
  /** The job's result (`success` / `failure`), or undefined when act failed before running it. */
  jobResult: string | undefined;
  /** The temporary HOME, only when `keepTemp` was set (else it is already removed). */
  tempDir: string | undefined;
}

// Variables of the machine that would leak a real runner's identity or act's own settings into the run.
const SCRUB = /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_|ACT_)|^(XDG_CONFIG_HOME|XDG_CACHE_HOME|CI)$/;

/** Runs `opts.workflow` with act on the host runner; never throws on a failed job (see `code`). */
export async function runAct(opts: ActOptions): Promise<ActResult> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) throw new Error(`runAct: node24 actions would run on Node ${process.version}: use Node 24`);
  const tmp = mkdtempSync(join(tmpdir(), 'signet-act-'));
  try {
    const home = join(tmp, 'home');
    const empty = join(tmp, 'empty.env');
    writeFileSync(empty, '');
    const argv = [toolPath('act'), opts.event ?? 'push', '--json'];
    argv.push('-C', opts.repoDir, '-W', opts.workflow);
    for (const label of opts.runsOn ?? ['ubuntu-latest']) argv.push('-P', `${label}=-self-hosted`);
    // Offline and deterministic: no cache server (it would listen on the first non-loopback address),
    // no fetching of remote actions, no `.env`/`.secrets`/`.vars`/`.input` picked up from repoDir, act's
    // cache inside the temporary HOME (which also hides any ~/.actrc and skips the first-run prompt).
    argv.push('--no-cache-server', '--action-offline-mode', '--defaultbranch', 'main');
    argv.push('--action-cache-path', join(home, '.cache', 'act'));
    argv.push('--env-file', empty, '--secret-file', empty, '--var-file', empty, '--input-file', empty);
    if (opts.eventPayload !== undefined) {
      const eventPath = join(tmp, 'event.json');
      writeFileSync(eventPath, JSON.stringify(opts.eventPayload));
      argv.push('-e', eventPath);
    }
    if (opts.job) argv.push('-j', opts.job);
    if (opts.actor) argv.push('-a', opts.actor);
    for (const [k, v] of Object.entries(opts.env ?? {})) argv.push('--env', `${k}=${v}`);
    const secrets = { GITHUB_TOKEN: '', ...opts.secrets };
    for (const [k, v] of Object.entries(secrets)) argv.push('-s', `${k}=${v}`);
    for (const [k, v] of Object.entries(opts.vars ?? {})) argv.push('--var', `${k}=${v}`);

    const env: Record<string, string | undefined> = {};
    for (const k of Object.keys(process.env)) if (SCRUB.test(k)) env[k] = undefined;
    Object.assign(env, {
      HOME: home,
      ACT_DISABLE_VERSION_CHECK: '1', // else act asks its notices API on every run
      PATH: [dirname(process.execPath), TOOLS_BIN, process.env.PATH ?? ''].filter(Boolean).join(delimiter),
    });
    // cwd: an empty folder, so no `./.actrc` is read from wherever the tests were started.
    const r = await run(argv, { env, cwd: tmp, timeoutMs: opts.timeoutMs ?? 300_000 });
    return { ...r, ...parseActLog(r.stdout), tempDir: opts.keepTemp ? tmp : undefined };
  } finally {
    if (!opts.keepTemp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** Reads outputs, summaries, step results and the steps' own output from act's `--json` stdout. */
export function parseActLog(stdout: string): Omit<ActResult, keyof RunResult | 'tempDir'> {
  const entries: ActLogEntry[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      entries.push(JSON.parse(line) as ActLogEntry);
    } catch {
      // a step's own output is always wrapped in JSON by act; anything else is not ours to read
    }
  }
  const outputs: ActResult['outputs'] = {};
  const summaries: ActResult['summaries'] = [];
  const steps: ActResult['steps'] = [];
  let log = '';
  let jobResult: string | undefined;
  for (const e of entries) {
    const stepId = (e.stepID ?? []).join('/');
    if (e.raw_output) log += e.msg;
    else if (e.command === 'set-output' && e.name !== undefined) {
      (outputs[stepId] ??= {})[e.name] = e.arg ?? '';
    } else if (e.command === 'summary' && e.content) summaries.push({ stepId, content: e.content });
    if (e.stepResult && e.stage === 'Main' && stepId) {
      steps.push({ id: stepId, name: e.step ?? '', result: e.stepResult });
    }
    if (e.jobResult) jobResult = e.jobResult;
  }
  return {
    entries,
    outputs,
    summaries,
    summary: summaries.map((s) => s.content).join(''),
    log,
    steps,
    jobResult,
  };
}

/** A loopback stand-in for the runner's ID token service, minting whatever token the test asks for. */
export interface IdTokenEndpoint {
  /** ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN, ready for `ActOptions.env`. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** Mints the token for one request (`audience` as the client asked, GitHub's default without one);
   *  replace it to change the claims of later requests. */
  mint: (audience: string) => string;
  /** Tokens handed out. */
  issued: number;
  stop(): Promise<void>;
}

/**
 * Serves GitHub's ID token protocol (`GET <url>&audience=<aud>` with `Authorization: Bearer <request
 * token>` → `{"value": "<jwt>"}`, 401 on a wrong request token) on a free loopback port, with tokens from
 * `mint`: with the bed's `oidc.githubToken(overrides, audience)` they carry the claims a given run would
 * (a tag ref, another workflow) and still verify against the bed's JWKS, which a fixed endpoint cannot.
 */
export async function startIdTokenEndpoint(mint: (audience: string) => string): Promise<IdTokenEndpoint> {
  const requestToken = `act-request-${randomBytes(12).toString('hex')}`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET' || url.pathname !== '/token') return reply(404, { message: 'not found' });
    if (req.headers.authorization !== `Bearer ${requestToken}`) return reply(401, { message: 'bad token' });
    endpoint.issued++;
    reply(200, { value: endpoint.mint(url.searchParams.get('audience') ?? 'https://github.com') });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint: IdTokenEndpoint = {
    // GitHub's URL already has a query string (`…/idtoken?api-version=2.0`); keep one.
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    mint,
    issued: 0,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return endpoint;
}

/**
 * Copies `paths` of git repository `repoDir` (tracked and untracked files, .gitignore'd ones left out, as
 * act's checkout would) into a fresh one-commit repository at `dest`, for a suite to run act on one
 * consistent tree while `repoDir` may be rebuilt underneath it (dist/ during `npm run build`).
 */
export async function snapshotRepo(repoDir: string, paths: string[], dest: string): Promise<string> {
  const listed = await runOk(
    ['git', '-C', repoDir, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...paths],
    { env: { GIT_CONFIG_NOSYSTEM: '1' } },
  );
  const files = [...new Set(listed.stdout.split('\0').filter(Boolean))];
  let copied = 0;
  for (const file of files) {
    const from = join(repoDir, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(from, join(dest, file));
    copied++;
  }
  if (copied === 0) throw new Error(`snapshotRepo: nothing of ${paths.join(', ')} in ${repoDir}`);
  const git = (...args: string[]) =>
    runOk(['git', '-c', 'user.name=signet-e2e', '-c', 'user.email=e2e@example.invalid', ...args], {
      cwd: dest,
    });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '--no-verify', '-m', 'snapshot');
  return dest;
}
