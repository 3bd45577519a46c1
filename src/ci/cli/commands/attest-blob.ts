// `signet attest-blob`: in-toto attestations about files (release binaries, tarballs), cosign's command
// name with actions/attest's subject flags: FILE arguments or `--subject-path` (globs), `--subject-digest`
// with `--subject-name`, `--subject-checksums`; up to 1,024 subjects in one attestation, or one per
// subject (`--attestation-per-subject`). Each bundle is written beside its file as `<file>.sigstore.json`
// (what `gh attestation verify FILE --bundle` and `signet verify-blob --type` read) and, with
// `--push-to-github`, stored in the repository's GitHub attestations.
import { resolve } from 'node:path';
import { checkSubjectCount, parsePredicateType, SLSA_PROVENANCE_V1 } from '../../../attest/index.ts';
import { toBundlesToStore } from '../../../attestation-store/index.ts';
import { decodeClaims, type TokenClaims } from '../../../oidc/token.ts';
import { ciProvenance } from '../../common/provenance-context.ts';
import { outputFormat, signingDeps } from '../../common/context.ts';
import { SIGNING_FLAGS } from '../flags.ts';
import { attestAndWriteFiles, hasSubjects, resolveSubjects } from '../../common/file-subjects.ts';
import { githubStoreTarget, parsePushToGitHub, storeOnGitHub } from '../../common/github-store.ts';
import { bool, list, str, UsageError, type FlagValues } from '../../common/values.ts';
import type { Command } from '../command.ts';
import type { Host } from '../../common/host.ts';

/** A GitHub Actions or GitLab CI job: the run's provenance can be made there. */
const inCiRun = (env: Record<string, string | undefined>) =>
  env.GITHUB_ACTIONS === 'true' || env.GITLAB_CI === 'true';

/** The predicate: `--predicate FILE`, or for slsaprovenance1 in a CI run, the run's provenance. */
async function readPredicate(
  flags: FlagValues,
  host: Host,
  type: string,
  claims: () => TokenClaims | undefined,
) {
  const path = str(flags, 'predicate');
  if (path) {
    try {
      return JSON.parse((await host.readFile(path)).toString('utf8')) as unknown;
    } catch (err) {
      throw new UsageError(`--predicate ${path}: not a JSON file: ${(err as Error).message}`);
    }
  }
  if (type !== SLSA_PROVENANCE_V1) throw new UsageError('--predicate FILE is required');
  const made = ciProvenance(host.env, claims());
  if ('missing' in made)
    throw new UsageError(`--predicate FILE is required outside a CI run: ${made.missing}`);
  return made.predicate;
}

export const attestBlobCommand: Command = {
  name: 'attest-blob',
  usage:
    'signet attest-blob --type TYPE [--predicate FILE] [--key KEY | --identity-token T] [--push-to-github auto|true|false] FILE… | --subject-path GLOB | --subject-digest sha256:… --subject-name N | --subject-checksums FILE',
  flags: {
    ...SIGNING_FLAGS,
    type: {
      type: 'string',
      value: 'TYPE',
      description: 'predicate type: slsaprovenance1 (default), cyclonedx, spdxjson, custom, … or a URI',
      default: 'slsaprovenance1',
    },
    predicate: {
      type: 'string',
      value: 'FILE',
      description:
        'the predicate, a JSON file (slsaprovenance1 in GitHub Actions or GitLab CI: built from the run when absent)',
    },
    'subject-path': {
      type: 'list',
      value: 'GLOB',
      description: 'files to attest: paths or globs (repeatable)',
    },
    'subject-digest': {
      type: 'string',
      value: 'sha256:HEX',
      description: 'a subject by digest (with --subject-name)',
    },
    'subject-name': { type: 'string', value: 'NAME', description: 'the name of --subject-digest' },
    'subject-checksums': { type: 'string', value: 'FILE', description: 'subjects from a sha256sum file' },
    'attestation-per-subject': {
      type: 'boolean',
      description: 'one attestation per subject instead of one naming all (at most 1,024)',
    },
    'output-dir': {
      type: 'string',
      value: 'DIR',
      description: 'where bundles of subjects without a file go (default: the current folder)',
    },
    'push-to-github': {
      type: 'string',
      value: 'auto|true|false',
      description:
        "store the bundles in the repository's GitHub attestations ($GITHUB_REPOSITORY, $GITHUB_TOKEN); auto: when a token is there",
      default: 'auto',
    },
    output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
  },
  async run({ flags, positionals }, host) {
    const output = outputFormat(flags);
    let type: string;
    try {
      type = parsePredicateType(str(flags, 'type') ?? 'slsaprovenance1');
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const push = parsePushToGitHub(str(flags, 'push-to-github'), '--push-to-github');
    const spec = {
      paths: [...positionals, ...list(flags, 'subject-path')],
      ...(str(flags, 'subject-digest') !== undefined ? { digest: str(flags, 'subject-digest') } : {}),
      ...(str(flags, 'subject-name') !== undefined ? { name: str(flags, 'subject-name') } : {}),
      ...(str(flags, 'subject-checksums') !== undefined
        ? { checksums: str(flags, 'subject-checksums') }
        : {}),
    };
    if (!hasSubjects(spec)) {
      throw new UsageError(
        'needs subjects: FILE…, --subject-path, --subject-digest with --subject-name, or --subject-checksums',
      );
    }
    const resolved = await resolveSubjects(spec, host, (n) => `--${n}`);
    let claims: TokenClaims | undefined = host.env.SIGSTORE_ID_TOKEN
      ? decodeClaims(host.env.SIGSTORE_ID_TOKEN)
      : undefined;
    // Local checks first: the subject count and a predicate file fail before any token or TUF lookup.
    checkSubjectCount(resolved.subjects.length, bool(flags, 'attestation-per-subject'));
    const early =
      str(flags, 'predicate') !== undefined || type !== SLSA_PROVENANCE_V1 || !inCiRun(host.env)
        ? await readPredicate(flags, host, type, () => claims)
        : undefined;
    const { signer, witnesses } = await signingDeps(flags, host, { onToken: (_t, c) => (claims = c) });
    const predicate = early ?? (await readPredicate(flags, host, type, () => claims));
    const made = await attestAndWriteFiles(
      resolved,
      { predicateType: type, predicate, perSubject: bool(flags, 'attestation-per-subject') },
      { signer, witnesses },
      host,
      resolve(host.cwd, str(flags, 'output-dir') ?? '.'),
    );
    const stored = await storeOnGitHub(
      push,
      githubStoreTarget(host, host.env.GITHUB_TOKEN, false),
      toBundlesToStore(
        made.attestations.map((a) => ({
          subject: a.subjects.length === 1 ? a.subjects[0]!.name : `${a.subjects.length} files`,
          kind: type,
          format: 'bundle' as const,
          bundle: a.bundleJSON,
        })),
      ),
      { fetch: host.fetch },
    );
    const github = 'stored' in stored ? stored.stored.attestations : [];
    const warnings = [...made.warnings, ...('stored' in stored ? stored.stored.warnings : [])];
    if (output === 'json') {
      host.stdout(
        JSON.stringify({
          schema: 'signet.attest-blob/v1',
          predicateType: type,
          attestations: made.attestations.map((a, i) => ({
            subjects: a.subjects,
            bundlePaths: a.bundlePaths,
            logIndex: a.logIndex ?? null,
            githubAttestationId: github[i]?.id ?? null,
            githubAttestationURL: github[i]?.url ?? null,
          })),
          warnings,
        }) + '\n',
      );
    } else {
      for (const a of made.attestations) for (const p of a.bundlePaths) host.stdout(`${p}\n`);
      for (const g of github) host.stderr(`stored on GitHub: ${g.url}\n`);
      // Said only in a GitHub Actions context: elsewhere nothing was expected to go to GitHub.
      if ('skipped' in stored && push !== 'false' && host.env.GITHUB_REPOSITORY)
        host.stderr(`${stored.skipped}\n`);
    }
    for (const w of warnings) host.stderr(`warning: ${w}\n`);
    return 0;
  },
};
