// The GitLab CI/CD component adapter: reads the component's inputs from the `SIGNET_INPUT_*` variables the
// job template maps them to (inputs are never interpolated into `script:`), the ID token GitLab puts
// in SIGSTORE_ID_TOKEN through `id_tokens:`, and the CI_* variables; runs the shared CI pipeline; and
// writes the outputs as a dotenv report (`SIGNET_DIGEST=…`) for later jobs. GitLab has no runtime
// masking: secrets stay in masked CI/CD variables (COSIGN_PASSWORD, KUBECONFIG) and are never printed.
import { join } from 'node:path';
import { decodeClaims } from '../../oidc/token.ts';
import { processHost, type Host } from '../common/host.ts';
import { INPUTS, OUTPUTS, toDotenvName, toGitLabInputVariable } from '../common/inputs.ts';
import { gitlabRunIdentity } from '../common/identity.ts';
import { runCi, type CiAdapter } from '../common/run-ci.ts';
import { toSummaryRows } from '../common/summary.ts';

/** One dotenv line; GitLab's dotenv reports take no newlines in values. */
export function toDotenvLine(name: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`output ${name} has a newline; dotenv cannot carry it`);
  return `${toDotenvName(name)}=${value}`;
}

/** Runs the component's job. Returns the exit code; prints a one-line error on failure. */
export async function runComponent(host: Host = processHost()): Promise<number> {
  const env = host.env;
  const input = (name: string) => {
    const spec = INPUTS.find((i) => i.name === name)!;
    return env[toGitLabInputVariable(name)] ?? spec.gitlabDefault ?? spec.default;
  };
  const say = (m: string) => host.stdout(`${m}\n`);
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
    provenance: () => ({
      missing:
        'SLSA provenance is built for GitHub Actions runs; on GitLab, let the runner write its own (RUNNER_GENERATE_ARTIFACTS_METADATA)',
    }),
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
    const lines = OUTPUTS.filter((o) => run.outputs[o.name] !== undefined).map((o) =>
      toDotenvLine(o.name, run.outputs[o.name]!),
    );
    await host.writeFile(join(adapter.outputDir, 'signet.env'), lines.join('\n') + '\n', {
      mode: 0o644,
      overwrite: true,
    });
    for (const w of run.result?.warnings ?? []) say(`warning: ${w}`);
    for (const [what, result] of toSummaryRows(run)) say(`${what.padEnd(18)} ${result}`);
    if (run.result?.verify && !run.result.verify.verified) {
      const why =
        run.result.verify.rejected.map((r) => `${r.code}: ${r.message}`).join('; ') || 'no signatures found';
      host.stderr(`signet: verification of ${run.outputs.image} failed: ${why} [VERIFY_FAILED]\n`);
      return 1;
    }
    return 0;
  } catch (err) {
    const e = err as Error & { code?: string };
    host.stderr(`signet: ${e.message.split('\n').join(' ')}${e.code ? ` [${e.code}]` : ''}\n`);
    return 1;
  }
}
