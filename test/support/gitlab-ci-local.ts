// Runs a GitLab CI/CD pipeline with gitlab-ci-local (the pinned devDependency) on the HOST shell
// executor: no containers, no network, in a temporary HOME, the way the GitLab component's end-to-end
// test will. The pipeline includes the component from its own repository at the current commit:
//   include:
//     - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/<name>@$CI_COMMIT_SHA
//
// What gitlab-ci-local 4.75.1 does, as observed (see test/integration/gitlab-ci-local-runner.itg.test.ts):
// - CI_SERVER_FQDN, CI_PROJECT_PATH… come from the git remote `gcl-origin`, else `origin` (https://,
//   ssh:// or scp-like git@host:group/project; the last one runs `ssh -G`); with neither they fall back
//   to gitlab.com and fallback.group/fallback.project. CI_COMMIT_SHA is `git rev-parse HEAD`: a repo
//   without a commit gets forty zeros. Without refs/remotes/origin/HEAD it warns on stderr and takes
//   `main` as the default branch. `initGitRepo` below sets all of that.
// - A component include is read from the work tree only when its project path equals the remote's and
//   its ref equals HEAD's sha (its host is not compared): `templates/<name>.yml` or
//   `templates/<name>/template.yml` relative to the cwd, which must be the repository root. The file is
//   read as it is on disk: uncommitted edits count, an untracked template works too. Any other ref
//   (@main, @v1.0, @~latest, @1.0, an older sha) is fetched over the network (git clone / git archive /
//   git ls-remote against the remote's host) unless `.gitlab-ci-local/includes/<host>/<project>/<ref>/`
//   already holds it, and `~latest`/`1.0` and `$[[ component.sha ]]` always run `git ls-remote`.
//   `include: local:` instead only sees files in git's index (tracked or staged).
// - Inputs: `$[[ inputs.x ]]` is interpolated as a JSON-escaped scalar, so an input cannot inject YAML.
//   type (string/boolean/number/array), options (also per array item), regex (a JS RegExp) and missing
//   required inputs fail the pipeline before any job runs (exit 1) — but only for inputs the template
//   actually interpolates, and an input the spec does not declare is silently accepted. Interpolation
//   functions (`| expand_vars`, `| truncate(…)`, `| posix_escape`) are no-ops with a warning.
//   `spec: component:` is accepted but not required: $[[ component.name ]] is the template's name,
//   .sha/.reference/.version are all HEAD's sha for a local component (GitLab gives version null for a
//   sha ref). For a non-local ref, a null version leaves `$[[ component.version ]]` uninterpolated.
//   `--input k=v` (here `inputs`) JSON-parses v and wins over the include's `inputs:`.
// - Variables: `--variable K=V` (here `variables`) wins over the job's and the pipeline's `variables:`,
//   predefined ones included (GITLAB_CI is `false` unless given; CI_PROJECT_VISIBILITY is `internal`;
//   CI_JOB_TOKEN and CI_COMMIT_TAG are unset). A job's dotenv variables from the jobs it depends on win
//   over its own `variables:`, as on GitLab.
//   gitlab-ci-local expands `$NAME`/`${NAME}` in every variable's value against the CI variables
//   (unknown → empty; the job's inherited environment is not consulted) and turns `$$` into `$`; a
//   job variable `{ value: …, expand: false }` is passed as is. Nothing else in a value is evaluated:
//   `$(…)`, backticks, quotes and newlines reach the job verbatim and a script that quotes "$VAR"
//   runs none of them. `$[[ inputs.x ]]` written straight into `script:` is pasted into bash and does.
// - id_tokens: accepted and ignored (no variable is set); a SIGSTORE_ID_TOKEN given in `variables`
//   reaches the job and does not clash with the job's `id_tokens:` entry of the same name.
// - Jobs run as `bash` child processes with this process's environment (as given to the helper)
//   under the CI variables. With --shell-isolation (the default here) each job runs in
//   `<stateDir>/builds/<job>/`, a fresh rsync of the repository's tracked files (work tree content,
//   .git included, untracked files left out) plus the artifacts of the jobs it depends on; without it,
//   jobs run in the repository itself. CI_PROJECT_DIR is that folder — except that a job with `image:`
//   (run on the shell only through --force-shell-executor) is told CI_PROJECT_DIR=/builds/<path>.
//   `services:` always needs Docker.
// - Artifacts: `artifacts:paths` go to `<stateDir>/artifacts/<job>/`, `reports:dotenv` files to
//   `<stateDir>/artifacts/<job>/.gitlab-ci-reports/dotenv/`; other reports (cyclonedx…) are not
//   collected. A later job gets the dotenv variables (and, isolated, the files) of the jobs it `needs:`
//   or, without `needs:`, of every earlier stage's job; `dependencies: []` and
//   `needs: [{job, artifacts: false}]` get none. A job run alone reads whatever a previous run left in
//   the state dir, hence `fresh` below.
// - Exit code: 0 when every job passed or failed with allow_failure; 1 when a job failed (whatever its
//   script's exit code), when a named job does not exist, or when the configuration is invalid (the
//   reason is on stderr). A failure stops later stages.
// - Never prompts, has no update check; reads GCL_* environment variables as options, and
//   `.gitlab-ci-local.yml`, `.gitlab-ci-local-env` (always) and the variables/inputs/ignores files
//   from the cwd and `$HOME/.gitlab-ci-local/`: this helper points or scrubs all of them away.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { REPO_ROOT, TOOLS_BIN } from '../bed/tools.ts';
import { run, runOk, type RunResult } from './run.ts';

/** gitlab-ci-local's executable in node_modules/.bin (a Node script: run it with Node 24). */
export function gitlabCiLocalBin(): string {
  return join(REPO_ROOT, 'node_modules', '.bin', 'gitlab-ci-local');
}

/** The include line for component `name` of the repository itself, at HEAD (resolved locally). */
export function localComponent(name: string): string {
  return `$CI_SERVER_FQDN/$CI_PROJECT_PATH/${name}@$CI_COMMIT_SHA`;
}

/** What to run: one pipeline file of one repository. */
export interface GitlabCiLocalOptions {
  /** The repository's root (gitlab-ci-local's cwd); it needs a commit and, for CI_PROJECT_PATH, a remote. */
  repoDir: string;
  /** The pipeline file, relative to `repoDir` (default `.gitlab-ci.yml`). */
  file?: string;
  /** Run only these jobs (manual ones included); default: the whole pipeline. */
  jobs?: string[];
  /** With `jobs`: also run the jobs they need, first (`--needs`). */
  needs?: boolean;
  /** Manual jobs to run as part of the whole pipeline (`--manual`). */
  manual?: string[];
  /** CI/CD variables for every job (`--variable K=V`), over the pipeline's and the jobs' own. */
  variables?: Record<string, string>;
  /** Inputs for every component include (`--input K=<JSON>`), over the include's `inputs:`; prefix a
   *  key with `<component>:` to aim at one component. */
  inputs?: Record<string, string | number | boolean | string[]>;
  /** Environment of gitlab-ci-local and so of every job, over the host's (scrubbed of GitLab's and
   *  gitlab-ci-local's own variables); HOME defaults to a temporary folder, PATH to Node 24 first. */
  env?: Record<string, string | undefined>;
  /** Run each job in its own copy of the repository (default true); false runs them in `repoDir`. */
  shellIsolation?: boolean;
  /** The state folder, relative to `repoDir` (default `.gitlab-ci-local`). */
  stateDir?: string;
  /** Remove the state folder first, so no artifacts or dotenv of an earlier run leak in (default true). */
  fresh?: boolean;
  /** Most jobs at once (default: a whole stage at once). */
  concurrency?: number;
  /** Any further gitlab-ci-local arguments. */
  extraArgs?: string[];
  /** Kill gitlab-ci-local after this long (default 5 minutes). */
  timeoutMs?: number;
}

/** How a run went. */
export interface GitlabCiLocalResult extends RunResult {
  /** The argv that ran. */
  argv: string[];
  /** The state folder's absolute path (artifacts/, output/, builds/, expanded-gitlab-ci.yml). */
  stateDir: string;
  /** Each job's result from the closing report: PASS, WARN (failed, allow_failure) or FAIL. */
  jobs: Record<string, 'PASS' | 'WARN' | 'FAIL'>;
  /** What job `name` printed (stdout and stderr, unprefixed, with its `$ command` lines). */
  jobLog(name: string): string;
  /** Where job `name`'s artifacts were collected (`.gitlab-ci-reports/dotenv/` holds its dotenv files). */
  artifactsDir(name: string): string;
}

// The host's GitLab variables (a real runner's), gitlab-ci-local's options from the environment and
// colour switches: none may change what a run does.
const SCRUB = /^(GCL_|CI_|GITLAB_|FF_)|^(CI|FORCE_COLOR|NO_COLOR|SIGSTORE_ID_TOKEN)$/;

/** The file and folder name gitlab-ci-local uses for a job (its `safeDockerString`). */
export function safeJobName(name: string): string {
  const encoded = name.replace(/[^\w-]+/g, (m) => Buffer.from(m).toString('base64url'));
  if (encoded.length <= 238) return encoded;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 16);
  return `${encoded.slice(0, 238 - 1 - hash.length)}-${hash}`;
}

/** The argv `runGitlabCiLocal` runs, given the temporary HOME it uses. */
export function gitlabCiLocalArgv(opts: GitlabCiLocalOptions, home: string): string[] {
  const none = join(home, 'none'); // never created: no variables/inputs/ignores file is read
  const argv = [process.execPath, gitlabCiLocalBin()];
  argv.push('--file', opts.file ?? '.gitlab-ci.yml');
  argv.push('--home', home, '--variables-file', none, '--inputs-file', none, '--ignores-file', none);
  argv.push('--no-color', '--max-job-name-padding', '0');
  argv.push('--force-shell-executor', '--no-artifacts-to-source');
  argv.push(opts.shellIsolation === false ? '--no-shell-isolation' : '--shell-isolation');
  if (opts.stateDir) argv.push('--state-dir', opts.stateDir);
  if (opts.concurrency) argv.push('--concurrency', String(opts.concurrency));
  for (const [k, v] of Object.entries(opts.variables ?? {})) {
    // gitlab-ci-local silently drops a variable whose name is not \w+
    if (!/^\w+$/.test(k)) throw new Error(`gitlab-ci-local: variable name ${k}`);
    argv.push('--variable', `${k}=${v}`);
  }
  // Overriding a predefined variable (GITLAB_CI, CI_PROJECT_VISIBILITY…) on purpose: without this,
  // gitlab-ci-local prints ` WARN  Avoid overriding predefined variables…`, a line shaped like a report line.
  const names = Object.keys(opts.variables ?? {});
  if (names.length) argv.push('--ignore-predefined-vars', names.join(','));
  // gitlab-ci-local JSON-parses every --input value: a string is given JSON-quoted so that "true",
  // "5" or "[…]" stay strings.
  for (const [k, v] of Object.entries(opts.inputs ?? {})) argv.push('--input', `${k}=${JSON.stringify(v)}`);
  for (const m of opts.manual ?? []) argv.push('--manual', m);
  argv.push(...(opts.extraArgs ?? []));
  if (opts.jobs?.length) {
    if (opts.needs) argv.push('--needs');
    // Not after `--`: gitlab-ci-local then ignores them and runs the whole pipeline.
    for (const job of opts.jobs) if (job.startsWith('-')) throw new Error(`gitlab-ci-local: job name ${job}`);
    argv.push(...opts.jobs);
  }
  return argv;
}

/** Runs the pipeline (or `jobs`) with gitlab-ci-local; never throws on a failed job (see `code`). */
export async function runGitlabCiLocal(opts: GitlabCiLocalOptions): Promise<GitlabCiLocalResult> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) throw new Error(`runGitlabCiLocal: needs Node 24, this is ${process.version}`);
  for (const f of ['.gitlab-ci-local.yml', '.gitlab-ci-local-env']) {
    // gitlab-ci-local always merges these from its cwd; no option turns them off
    if (existsSync(join(opts.repoDir, f))) throw new Error(`runGitlabCiLocal: ${f} in ${opts.repoDir}`);
  }
  const stateDir = join(opts.repoDir, opts.stateDir ?? '.gitlab-ci-local');
  if (opts.fresh !== false) rmSync(stateDir, { recursive: true, force: true });
  const tmp = mkdtempSync(join(tmpdir(), 'signet-gcl-'));
  try {
    const home = join(tmp, 'home');
    const argv = gitlabCiLocalArgv(opts, home);
    const env: Record<string, string | undefined> = {};
    for (const k of Object.keys(process.env)) if (SCRUB.test(k)) env[k] = undefined;
    Object.assign(env, {
      HOME: home,
      NO_COLOR: '1',
      GIT_TERMINAL_PROMPT: '0', // a non-local include must fail, not ask for credentials
      PATH: [dirname(process.execPath), join(REPO_ROOT, 'node_modules', '.bin'), TOOLS_BIN, process.env.PATH]
        .filter(Boolean)
        .join(delimiter),
      ...opts.env,
    });
    const r = await run(argv, { env, cwd: opts.repoDir, timeoutMs: opts.timeoutMs ?? 300_000 });
    return {
      ...r,
      argv,
      stateDir,
      jobs: parseReport(r.stdout),
      jobLog: (name) => readFileSync(join(stateDir, 'output', `${safeJobName(name)}.log`), 'utf8'),
      artifactsDir: (name) => join(stateDir, 'artifacts', safeJobName(name)),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Reads the closing report (` PASS  name`, ` WARN  name  pre_script`, ` FAIL  name`) from stdout. */
export function parseReport(stdout: string): GitlabCiLocalResult['jobs'] {
  const jobs: GitlabCiLocalResult['jobs'] = {};
  for (const line of stdout.split('\n')) {
    const m = /^ (PASS|WARN|FAIL) {2}(.+?)(?: {2}(pre_script|after_script))?\s*$/.exec(line);
    if (!m) continue;
    const [, status, name, phase] = m as unknown as [string, 'PASS' | 'WARN' | 'FAIL', string, string?];
    if (phase === 'after_script') continue; // a failing after_script does not fail the job
    jobs[name] = status;
  }
  return jobs;
}

/** Makes `dir` a git repository on `main` holding `files` in one commit, with a GitLab-looking
 *  `origin` (so CI_SERVER_FQDN / CI_PROJECT_PATH are set) and origin/HEAD; returns HEAD's sha. */
export async function initGitRepo(
  dir: string,
  files: Record<string, string>,
  opts: { remote?: string } = {},
): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const git = (...args: string[]) => runOk(['git', '-C', dir, ...args], { env: GIT_ENV });
  await git('init', '-q', '-b', 'main');
  await git('config', 'user.name', 'Signet Test');
  await git('config', 'user.email', 'test@signet.invalid');
  await git('remote', 'add', 'origin', opts.remote ?? 'https://gitlab.example.com/group/signet.git');
  await git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  return commitAll(dir, 'initial');
}

/** Commits everything in `dir`'s work tree; returns the new HEAD's sha. */
export async function commitAll(dir: string, message: string): Promise<string> {
  const git = (...args: string[]) => runOk(['git', '-C', dir, ...args], { env: GIT_ENV });
  await git('add', '-A');
  await git('-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message);
  return (await git('rev-parse', 'HEAD')).stdout.trim();
}

// No global or system git configuration (signing, hooks, templates) of the machine running the tests.
const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

/**
 * Copies the component project as the work tree holds it now (what git tracks under templates/, gitlab/,
 * dist/, action.yml and package.json, plus new files there that are not ignored) into `repoDir`, for a
 * temporary repository whose pipelines include the component at HEAD.
 */
export async function copyComponentProject(repoDir: string): Promise<void> {
  const paths = ['templates', 'gitlab', 'dist', 'action.yml', 'package.json'];
  const r = await runOk([
    'git',
    '-C',
    REPO_ROOT,
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
    '--',
    ...paths,
  ]);
  for (const f of new Set(r.stdout.split('\0'))) {
    if (!f || !existsSync(join(REPO_ROOT, f))) continue;
    mkdirSync(dirname(join(repoDir, f)), { recursive: true });
    writeFileSync(join(repoDir, f), readFileSync(join(REPO_ROOT, f)));
  }
}
