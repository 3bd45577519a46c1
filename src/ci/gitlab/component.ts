// The GitLab CI/CD component adapter: reads the component's inputs from the `SIGNET_INPUT_*` variables the
// job template maps them to (inputs are never interpolated into `script:`), the ID token GitLab puts
// in SIGSTORE_ID_TOKEN through `id_tokens:`, and the CI_* variables; runs the shared CI pipeline; and
// writes the outputs as a dotenv report (`SIGNET_DIGEST=…`) for later jobs. GitLab has no runtime
// masking: secrets stay in masked CI/CD variables (COSIGN_PASSWORD, KUBECONFIG) and are never printed.
import { toVerifyFailure } from '../../verify/index.ts';
import { isAbsolute, join, relative } from 'node:path';
import { SignetError } from '../../errors.ts';
import { decodeClaims } from '../../oidc/token.ts';
import { toCiFailure } from '../common/ci-failure.ts';
import { toTerminalLine, toTerminalText } from '../common/sanitize.ts';
import { processHost, type Host } from '../common/host.ts';
import { INPUTS, OUTPUTS, toDotenvName, toGitLabInputVariable } from '../common/inputs.ts';
import { gitlabRunIdentity } from '../common/identity.ts';
import { gitlabProvenance } from '../common/provenance-context.ts';
import { runCi, type CiAdapter } from '../common/run-ci.ts';
import { toSummaryRows } from '../common/summary.ts';

/** One dotenv line; GitLab's dotenv reports take no newlines in values. */
export function toDotenvLine(name: string, value: string): string {
  if (/[\r\n]/.test(value))
    throw new SignetError('CI_OUTPUT_NEWLINE', `output ${name} has a newline; dotenv cannot carry it`);
  return `${toDotenvName(name)}=${value}`;
}

/** GitLab refuses a dotenv report over 5 KiB; keep a margin. */
export const DOTENV_MAX_BYTES = 4096;

/**
 * The dotenv report of the outputs: `SIGNET_<NAME>=value` lines. Paths inside the project are written
 * relative to it (artifacts are restored into a later job's own project folder), and the largest JSON
 * outputs are left out when the report would exceed GitLab's limit (they stay in outputs.json).
 */
export function toDotenv(
  outputs: Record<string, string>,
  projectDir: string,
): { lines: string[]; dropped: string[] } {
  const values = new Map<string, string>();
  for (const o of OUTPUTS) {
    const v = outputs[o.name];
    if (v === undefined) continue;
    const rel = relative(projectDir, v);
    values.set(o.name, o.name.endsWith('-path') && isAbsolute(v) && !rel.startsWith('..') ? rel : v);
  }
  const dropped: string[] = [];
  const size = () => [...values].reduce((n, [k, v]) => n + toDotenvLine(k, v).length + 1, 0);
  for (const big of ['signatures', 'platform-digests']) {
    if (size() <= DOTENV_MAX_BYTES) break;
    if (values.delete(big)) dropped.push(big);
  }
  return { lines: [...values].map(([k, v]) => toDotenvLine(k, v)), dropped };
}

/** Runs the component's job. Returns the exit code; prints a one-line error on failure. */
export async function runComponent(host: Host = processHost()): Promise<number> {
  const env = host.env;
  const input = (name: string) => {
    const spec = INPUTS.find((i) => i.name === name)!;
    return env[toGitLabInputVariable(name)] ?? spec.gitlabDefault ?? spec.default;
  };
  // The job log shows text from registries and images: no escape sequences or control characters.
  const say = (m: string) => host.stdout(`${toTerminalText(m)}\n`);
  // The job's working folder is the project's checkout (CI_PROJECT_DIR on a real runner).
  const projectDir = host.cwd;
  const outputDir = input('output-dir') || 'signet';
  const adapter: CiAdapter = {
    name: 'gitlab',
    host,
    input,
    log: { info: say, notice: (m) => say(`notice: ${m}`), warning: (m) => say(`warning: ${m}`) },
    mask: () => {},
    outputDir: outputDir.startsWith('/') ? outputDir : join(projectDir, outputDir),
    runIdentity: (claims) => gitlabRunIdentity(env, claims),
    async peekClaims() {
      return env.SIGSTORE_ID_TOKEN ? decodeClaims(env.SIGSTORE_ID_TOKEN) : undefined;
    },
    provenance: (claims) => gitlabProvenance(env, claims),
    visibility:
      env.CI_PROJECT_VISIBILITY === 'private' ||
      env.CI_PROJECT_VISIBILITY === 'internal' ||
      env.CI_PROJECT_VISIBILITY === 'public'
        ? env.CI_PROJECT_VISIBILITY
        : undefined,
    onStage: (stage, what) => say(`signet ${stage}: ${what}`),
  };
  try {
    const run = await runCi(adapter);
    const file = (name: string, text: string) =>
      host.writeFile(join(adapter.outputDir, name), text, { mode: 0o644, overwrite: true });
    const { lines, dropped } = toDotenv(run.outputs, projectDir);
    await file('signet.env', lines.join('\n') + '\n');
    // Every output, whatever its size, for jobs that read the artifacts.
    await file('outputs.json', JSON.stringify(run.outputs, null, 2) + '\n');
    if (dropped.length > 0) {
      say(
        `notice: ${dropped.map(toDotenvName).join(', ')} left out of the dotenv report (GitLab takes at most ${DOTENV_MAX_BYTES} bytes); they are in ${outputDir}/outputs.json`,
      );
    }
    for (const w of run.result?.warnings ?? []) say(`warning: ${w}`);
    for (const [what, result] of toSummaryRows(run)) say(`${what.padEnd(18)} ${result}`);
    const failure = run.result?.verify && toVerifyFailure(run.result.verify);
    if (failure) host.stderr(`signet: ${toTerminalLine(failure.message)} [${failure.code}]\n`);
    return failure ? 1 : 0;
  } catch (err) {
    const failure = toCiFailure(err);
    host.stderr(`signet: ${toTerminalLine(failure.message)}\n`);
    for (const c of failure.causes) host.stderr(`  ${toTerminalLine(c)}\n`);
    return 1;
  }
}
