// `signet run`: the whole pipeline in one command, as the Action and the component run it, with the
// same names as flags (docker/build-push-action's for the build, cosign's for signing and verifying).
// The expected identity defaults to the one the signing token carries (a GitHub or GitLab token), so a
// run verifies exactly what it signed. Prints the summary, and the outputs as JSON with --output json.
import { toVerifyFailure } from '../../../verify/index.ts';
import { resolve } from 'node:path';
import { decodeClaims } from '../../../oidc/token.ts';
import { githubProvenance } from '../../common/provenance-context.ts';
import { ciRunIdentity } from '../../common/identity.ts';
import { INPUTS, OUTPUTS } from '../../common/inputs.ts';
import { runCi, type CiAdapter } from '../../common/run-ci.ts';
import { toSummaryRows } from '../../common/summary.ts';
import { identityToken, REGISTRY_FLAGS, registryLogin, withKeyPassword } from '../../common/context.ts';
import { str, UsageError, type FlagSpecs, type FlagValues } from '../../common/values.ts';
import type { Command } from '../command.ts';

const CLI_INPUTS = INPUTS.filter((i) => !i.only);

/** One flag per input of the table, with the Action's default. */
function inputFlags(): FlagSpecs {
  const flags: FlagSpecs = {};
  for (const i of CLI_INPUTS) {
    flags[i.name] =
      i.kind === 'boolean'
        ? { type: 'boolean', description: i.description, default: i.default === 'true' }
        : {
            type: i.kind === 'list' ? 'list' : 'string',
            value: i.options ? i.options.join('|') : 'VALUE',
            description: i.description,
            ...(i.default !== '' ? { default: i.default } : {}),
          };
  }
  return flags;
}

function inputText(flags: FlagValues, name: string): string {
  const v = flags[name];
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.join('\n');
  return v ?? INPUTS.find((i) => i.name === name)?.default ?? '';
}

export const runCommand: Command = {
  name: 'run',
  usage: 'signet run --tags IMAGE [--build buildx|docker|buildah|none] [flags] [CONTEXT]',
  flags: {
    ...inputFlags(),
    'identity-token': {
      type: 'string',
      value: 'TOKEN',
      description:
        'OIDC token for keyless signing (visible in ps: prefer --identity-token-file or $SIGSTORE_ID_TOKEN; default GitHub Actions)',
    },
    'identity-token-file': { type: 'string', value: 'FILE', description: 'a file holding the OIDC token' },
    'key-password-file': {
      type: 'string',
      value: 'FILE',
      description: 'a file holding the password of --key (default $COSIGN_PASSWORD)',
    },
    output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    if (positionals.length > 1) throw new UsageError('signet run takes at most one CONTEXT');
    if (positionals[0] !== undefined) flags.context = positionals[0];
    const output = str(flags, 'output') ?? 'text';
    if (output !== 'text' && output !== 'json') throw new UsageError('--output takes text or json');
    const token = await identityToken(flags, host);
    const keyHost = await withKeyPassword(flags, host);
    // The file and environment forms of the registry login, read here into the inputs run-ci reads.
    const login = await registryLogin(flags, host);
    if (login) {
      flags['registry-username'] = login.username;
      flags['registry-password'] = login.password;
    }
    const env = { ...keyHost.env, ...(token ? { SIGSTORE_ID_TOKEN: token } : {}) };
    const say = (m: string) => host.stderr(`${m}\n`);
    const adapter: CiAdapter = {
      name: 'cli',
      host: { ...host, env },
      input: (name) =>
        name === 'allow-insecure-registry'
          ? String(flags['allow-insecure-registry'] === true || flags['allow-http-registry'] === true)
          : inputText(flags, name),
      log: { info: say, notice: (m) => say(`notice: ${m}`), warning: (m) => say(`warning: ${m}`) },
      mask: () => {},
      outputDir: resolve(host.cwd, inputText(flags, 'output-dir') || 'signet'),
      runIdentity: (claims) => ciRunIdentity(env, claims),
      async peekClaims() {
        return token ? decodeClaims(token) : undefined;
      },
      provenance: (claims) => githubProvenance(env, claims),
      onStage: (stage, what) => say(`signet ${stage}: ${what}`),
    };
    const run = await runCi(adapter);
    for (const w of run.result?.warnings ?? []) say(`warning: ${w}`);
    if (output === 'json') {
      const outputs = Object.fromEntries(OUTPUTS.map((o) => [o.name, run.outputs[o.name] ?? null]));
      host.stdout(JSON.stringify({ schema: 'signet.run/v1', ...outputs }) + '\n');
    } else {
      for (const [what, result] of toSummaryRows(run)) host.stdout(`${what.padEnd(18)} ${result}\n`);
    }
    const failure = run.result?.verify && toVerifyFailure(run.result.verify);
    if (failure) host.stderr(`signet run: ${failure.message} [${failure.code}]\n`);
    return failure ? 1 : 0;
  },
};
