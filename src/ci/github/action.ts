// The GitHub Action adapter: reads `with:` inputs (@actions/core), the event payload and the runner's
// environment; decides what GitHub-specific rules require (the id-token permission, pull requests from
// forks, private repositories); runs the shared CI pipeline; sets the step outputs, writes the job
// summary and turns failures into annotations. The only code that knows it runs on GitHub.
import { toVerifyFailure } from '../../verify/index.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { OidcError } from '../../oidc/errors.ts';
import { GITHUB_PERMISSIONS_HINT, getIdentityToken } from '../../oidc/token.ts';
import { toCiFailure } from '../common/ci-failure.ts';
import { processHost, type Host } from '../common/host.ts';
import { INPUTS, OUTPUTS } from '../common/inputs.ts';
import { githubProvenance } from '../common/provenance-context.ts';
import { githubRunIdentity } from '../common/identity.ts';
import { runCi, type CiAdapter, type CiRunResult } from '../common/run-ci.ts';
import { HTML, toSummaryRows } from '../common/summary.ts';
import { toSummaryText, toTerminalLine, toTerminalText } from '../common/sanitize.ts';

/** The parts of the event payload Signet reads. */
interface EventPayload {
  repository?: { private?: boolean; visibility?: string; full_name?: string; owner?: { type?: string } };
  pull_request?: { head?: { repo?: { fork?: boolean; full_name?: string } | null } };
}

/** True for a pull request whose head is in a fork (GitHub gives it no OIDC token and no secrets). */
export function isForkPullRequest(eventName: string | undefined, payload: EventPayload): boolean {
  if (
    eventName !== 'pull_request' &&
    eventName !== 'pull_request_review' &&
    eventName !== 'pull_request_review_comment'
  )
    return false;
  const head = payload.pull_request?.head?.repo;
  if (!head) return true; // the fork was deleted
  return head.fork === true || (!!head.full_name && head.full_name !== payload.repository?.full_name);
}

async function readPayload(path: string | undefined): Promise<EventPayload> {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

/** Runs the Action: the whole step. Never throws; failures become annotations and a failed step. */
export async function runAction(outer: Host = processHost()): Promise<void> {
  // A copy of the environment (run-ci gives the stages GITHUB_TOKEN from the github-token input).
  const env: Record<string, string | undefined> = { ...outer.env };
  const host: Host = { ...outer, env };
  try {
    // Mask the runner's own request token before anything can print it.
    if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) core.setSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const payload = await readPayload(env.GITHUB_EVENT_PATH);
    const input = (name: string) => {
      const spec = INPUTS.find((i) => i.name === name)!;
      const v = core.getInput(name);
      // The runner fills action.yml's defaults; outside it (tests, local runners) use the table's.
      return v !== '' || spec.default.startsWith('${{') ? v : spec.default;
    };
    const keyless = input('key') === '';
    const signs =
      ['sign', 'attest-sbom', 'attest-provenance'].some((n) => input(n) === 'true') &&
      input('push') !== 'false';
    const hasTokenEndpoint = !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    let noSigning: CiAdapter['noSigning'];
    if (signs && keyless && !hasTokenEndpoint && !env.SIGSTORE_ID_TOKEN) {
      if (isForkPullRequest(env.GITHUB_EVENT_NAME, payload)) {
        noSigning = {
          reason: 'this pull request comes from a fork, which GitHub gives no OIDC token',
          fail: input('fork-pull-requests') === 'fail',
        };
      } else {
        // Fail before building: the run could not sign what it pushed.
        throw new OidcError(
          'OIDC_NO_TOKEN',
          `keyless signing needs an OIDC token: ${GITHUB_PERMISSIONS_HINT}`,
        );
      }
    }
    const visibility =
      payload.repository?.visibility ?? (payload.repository?.private ? 'private' : undefined);
    const adapter: CiAdapter = {
      name: 'github',
      host,
      input,
      // One line each, without escape sequences: the runner reads workflow commands at any line start.
      log: {
        info: (m) => core.info(toTerminalLine(m)),
        notice: (m) => core.notice(toTerminalText(m)),
        warning: (m) => core.warning(toTerminalText(m)),
      },
      mask: (s) => {
        for (const line of s.split('\n')) if (line.trim().length >= 4) core.setSecret(line.trim());
      },
      outputDir: input('output-dir') || join(env.RUNNER_TEMP ?? host.cwd, 'signet'),
      runIdentity: (claims) => githubRunIdentity(env, claims),
      async peekClaims() {
        if (!hasTokenEndpoint) return undefined;
        const t = await getIdentityToken(
          {
            github: {
              requestURL: env.ACTIONS_ID_TOKEN_REQUEST_URL!,
              requestToken: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN!,
            },
          },
          { fetch: host.fetch },
        );
        core.setSecret(t.token);
        return t.claims;
      },
      provenance: (claims) => githubProvenance(env, claims),
      visibility:
        visibility === 'private' || visibility === 'internal' || visibility === 'public'
          ? visibility
          : undefined,
      ownerIsOrganization: payload.repository?.owner?.type === 'Organization',
      noSigning,
      onStage: (stage, what) => core.info(toTerminalLine(`signet ${stage}: ${what}`)),
    };
    const run = await runCi(adapter);
    for (const spec of OUTPUTS) core.setOutput(spec.name, run.outputs[spec.name] ?? '');
    for (const w of run.result?.warnings ?? []) core.warning(toTerminalText(w));
    await writeSummary(run, env);
    const failure = run.result?.verify && toVerifyFailure(run.result.verify);
    if (failure) core.setFailed(toTerminalText(`${failure.message} [${failure.code}]`));
  } catch (err) {
    const failure = toCiFailure(err);
    core.setFailed(toTerminalText(failure.message));
    for (const c of failure.causes) core.info(toTerminalLine(`  ${c}`));
  }
}

async function writeSummary(run: CiRunResult, env: Record<string, string | undefined>): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  // Rekor links only for the public instance: a private Sigstore's log has no public search page.
  const publicRekor =
    !core.getInput('rekor-url') || core.getInput('rekor-url') === 'https://rekor.sigstore.dev';
  const rows = toSummaryRows(run, {
    markup: HTML,
    ...(publicRekor ? { rekorSearchURL: 'https://search.sigstore.dev/?logIndex=' } : {}),
  });
  core.summary.addHeading(
    `Signet: ${run.buildOnly ? 'built (not pushed or signed)' : toSummaryText(run.outputs.image ?? '')}`,
    3,
  );
  core.summary.addTable([
    [
      { data: 'what', header: true },
      { data: 'result', header: true },
    ],
    // Row values are already marked up (HTML.text/code/link escape what came from outside).
    ...rows.map(([k, v]) => [k, v]),
  ]);
  await core.summary.write();
}
