// `signet attest IMAGE…`: in-toto attestations of images, with cosign's flags (`--predicate`, `--type`
// with cosign's shorthands), in both storage formats. Many images share one signer (one Fulcio
// certificate for the run) and one registry client; the command fails if any image failed.
import { attestImage, SLSA_PROVENANCE_V1, type AttestResult } from '../../../attest/index.ts';
import { ciProvenance } from '../../common/provenance-context.ts';
import { decodeClaims } from '../../../oidc/token.ts';
import { formatReference, formatRepository } from '../../../registry/index.ts';
import { toBundlesToStore } from '../../../attestation-store/index.ts';
import { githubStoreTarget, parsePushToGitHub, storeOnGitHub } from '../../common/github-store.ts';
import { bool, str, UsageError } from '../../common/values.ts';
import type { Host } from '../../common/host.ts';
import type { Command } from '../command.ts';
import { outputFormat, REGISTRY_FLAGS, storageFormat } from '../../common/context.ts';
import { ATTESTATION_STORAGE_FLAGS, IMAGES_FLAGS, SIGNING_FLAGS } from '../flags.ts';
import { imagesArgument } from '../images.ts';
import { signEachImage } from '../sign-each-image.ts';
import { predicateTypeFlag } from '../predicate-flag.ts';

export const attestCommand: Command = {
  name: 'attest',
  usage:
    'signet attest --predicate FILE --type TYPE [--key KEY | --identity-token T] [flags] IMAGE… [--images-from FILE]',
  flags: {
    ...SIGNING_FLAGS,
    ...ATTESTATION_STORAGE_FLAGS,
    predicate: {
      type: 'string',
      value: 'FILE',
      description:
        'the predicate, a JSON file (for slsaprovenance1 in GitHub Actions or GitLab CI: built from the run when absent)',
    },
    recursive: {
      type: 'boolean',
      short: 'r',
      description: 'for an index, also attest every platform manifest',
      default: true,
    },
    output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
    'push-to-github': {
      type: 'string',
      value: 'auto|true|false',
      description:
        "also store the attestations in the repository's GitHub attestations ($GITHUB_REPOSITORY, $GITHUB_TOKEN); auto: when a token is there",
      default: 'auto',
    },
    ...IMAGES_FLAGS,
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    const images = await imagesArgument(positionals, flags, host, 'attest');
    const push = parsePushToGitHub(str(flags, 'push-to-github'), '--push-to-github');
    const output = outputFormat(flags);
    const type = predicateTypeFlag(flags);
    const path = str(flags, 'predicate');
    let predicate: unknown;
    if (!path && type === SLSA_PROVENANCE_V1) {
      // No file: SLSA provenance of this CI run (GitHub: as actions/attest-build-provenance makes;
      // GitLab: Signet's gitlab-ci/v1 build type, from the job's ID token where it is in the environment).
      const token = host.env.SIGSTORE_ID_TOKEN;
      const made = ciProvenance(host.env, token ? decodeClaims(token) : undefined);
      if ('missing' in made)
        throw new UsageError(`--predicate FILE is required outside a CI run: ${made.missing}`);
      predicate = made.predicate;
    } else {
      if (!path) throw new UsageError('--predicate FILE is required');
      try {
        predicate = JSON.parse((await host.readFile(path)).toString('utf8'));
      } catch (err) {
        throw new UsageError(`--predicate ${path}: not a JSON file: ${(err as Error).message}`);
      }
    }
    const format = storageFormat(flags, 'attestation-format');
    const recursive = bool(flags, 'recursive');
    return signEachImage('attest', images, flags, host, format !== 'bundle', async (image, deps) => {
      const result = await attestImage(
        {
          image,
          predicateType: type,
          predicate,
          format,
          recursive,
          signatureRepository: deps.signatureRepository,
        },
        deps,
      );
      await storeAttestations(result, type, push, host);
      printAttested(result, output, host);
      return result;
    });
  },
};

/** With --push-to-github: the attestations also go to the repository's GitHub attestations. */
async function storeAttestations(
  result: AttestResult,
  type: string,
  push: ReturnType<typeof parsePushToGitHub>,
  host: Host,
): Promise<void> {
  const name = formatRepository(result.image);
  const stored = await storeOnGitHub(
    push,
    githubStoreTarget(host, host.env.GITHUB_TOKEN, false),
    toBundlesToStore(
      result.attestations.map((a) => ({
        subject: `${name}@${a.subject.digest}`,
        kind: type,
        format: a.format,
        bundle: a.bundle,
      })),
    ),
    { fetch: host.fetch },
  );
  if ('stored' in stored) {
    for (const g of stored.stored.attestations) host.stderr(`stored on GitHub: ${g.url}\n`);
    result.warnings.push(...stored.stored.warnings);
  } else if (push !== 'false' && host.env.GITHUB_REPOSITORY) host.stderr(`${stored.skipped}\n`);
}

function printAttested(result: AttestResult, output: 'text' | 'json', host: Host): void {
  if (output === 'json') {
    host.stdout(
      JSON.stringify({
        schema: 'signet.attest/v1',
        image: formatReference(result.image),
        digest: result.digest,
        predicateType: result.predicateType,
        attestations: result.attestations.map((a) => ({
          subject: a.subject.digest,
          platform: a.subject.platform,
          format: a.format,
          location: formatReference(a.location),
          logIndex: a.logIndex ?? null,
        })),
        warnings: result.warnings,
      }) + '\n',
    );
  } else {
    host.stdout(`${formatReference(result.image)}\n`);
    for (const a of result.attestations) {
      const log = a.logIndex !== undefined ? ` (rekor log index ${a.logIndex})` : '';
      host.stderr(`attested ${a.subject.digest} [${a.format}] -> ${formatReference(a.location)}${log}\n`);
    }
  }
  for (const w of result.warnings) host.stderr(`warning: ${w}\n`);
}
