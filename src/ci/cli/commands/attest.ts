// `signet attest` and `signet verify-attestation`: in-toto attestations of an image, with cosign's
// flags (`--predicate`, `--type` with cosign's shorthands), in both storage formats.
import {
  AttestError,
  attestImage,
  checkVsa,
  parsePredicateType,
  SLSA_PROVENANCE_V1,
  SLSA_VSA_V1,
  toVsaEvidence,
  verifyAttestations,
} from '../../../attest/index.ts';
import { resolveDigest } from '../../../verify/index.ts';
import {
  checkVsaFlags,
  missingEvidence,
  VSA_CHECK_FLAGS,
  VSA_WRITE_FLAGS,
  vsaExpectation,
  wantsVsa,
  writeVsa,
} from '../../common/vsa.ts';
import { ciProvenance } from '../../common/provenance-context.ts';
import { decodeClaims } from '../../../oidc/token.ts';
import { formatReference, formatRepository } from '../../../registry/index.ts';
import { toBundlesToStore } from '../../../attestation-store/index.ts';
import { githubStoreTarget, parsePushToGitHub, storeOnGitHub } from '../../common/github-store.ts';
import { bool, str, UsageError, type FlagValues } from '../../common/values.ts';
import type { Command } from '../command.ts';
import {
  imageArgument,
  outputFormat,
  REGISTRY_FLAGS,
  registryClient,
  SIGNING_FLAGS,
  signatureRepository,
  storageFormat,
  signingDeps,
  VERIFY_FLAGS,
  verifyPolicy,
} from '../../common/context.ts';

function predicateType(flags: FlagValues): string {
  const t = str(flags, 'type');
  if (!t) throw new UsageError('--type is required: cyclonedx, spdxjson, slsaprovenance1, custom or a URI');
  try {
    return parsePredicateType(t);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

const STORAGE_FLAGS = {
  'attestation-format': {
    type: 'string' as const,
    value: 'legacy|bundle|both',
    description: 'cosign .att tags, Sigstore bundle referrers, or both',
    default: 'both',
  },
  'signature-repository': {
    type: 'string' as const,
    value: 'REPO',
    description: 'where attestations are stored (default $COSIGN_REPOSITORY, else beside the image)',
  },
  type: {
    type: 'string' as const,
    value: 'TYPE',
    description: 'predicate type: cyclonedx, spdxjson, slsaprovenance1, custom, … or a URI',
  },
};

export const attestCommand: Command = {
  name: 'attest',
  usage: 'signet attest --predicate FILE --type TYPE [--key KEY | --identity-token T] [flags] IMAGE',
  flags: {
    ...SIGNING_FLAGS,
    ...STORAGE_FLAGS,
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
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    const image = imageArgument(positionals, 'attest');
    const push = parsePushToGitHub(str(flags, 'push-to-github'), '--push-to-github');
    const output = outputFormat(flags);
    const type = predicateType(flags);
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
    const sigRepo = signatureRepository(flags, host);
    const registry = await registryClient(flags, host, sigRepo ? [image, sigRepo] : [image]);
    try {
      const { signer, witnesses, notices } = await signingDeps(flags, host, {
        legacyFormat: format !== 'bundle',
      });
      for (const n of notices) host.stderr(`warning: ${n}\n`);
      const result = await attestImage(
        {
          image,
          predicateType: type,
          predicate,
          format,
          recursive: bool(flags, 'recursive'),
          signatureRepository: sigRepo,
        },
        { registry, signer, witnesses },
      );
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
      return 0;
    } finally {
      registry.close();
    }
  },
};

export const verifyAttestationCommand: Command = {
  name: 'verify-attestation',
  usage:
    'signet verify-attestation --type TYPE [--key KEY | --certificate-identity[-regexp] X --certificate-oidc-issuer[-regexp] Y] [flags] IMAGE',
  flags: { ...VERIFY_FLAGS, ...STORAGE_FLAGS, ...VSA_CHECK_FLAGS, ...VSA_WRITE_FLAGS, ...REGISTRY_FLAGS },
  async run({ flags, positionals }, host) {
    const image = imageArgument(positionals, 'verify-attestation');
    const type = predicateType(flags);
    const formats = storageFormat(flags, 'attestation-format');
    checkVsaFlags(flags, host);
    const isVsa = type === SLSA_VSA_V1;
    if (isVsa && bool(flags, 'vsa')) {
      throw new UsageError('--vsa writes a summary of a verification; it cannot summarise --type vsa itself');
    }
    if (!isVsa) {
      for (const f of ['max-age', 'vsa-level', 'vsa-verifier']) {
        const v = flags[f];
        if (v !== undefined && !(Array.isArray(v) && v.length === 0)) {
          throw new UsageError(`--${f} applies to --type vsa only`);
        }
      }
    }
    const policy = await verifyPolicy(flags, host);
    const sigRepo = signatureRepository(flags, host);
    const registry = await registryClient(flags, host, sigRepo ? [image, sigRepo] : [image]);
    try {
      let result;
      try {
        result = await verifyAttestations(
          { image, predicateType: type, policy, signatureRepository: sigRepo, formats },
          { registry },
        );
      } catch (err) {
        if (err instanceof AttestError && err.code === 'ATTEST_NOT_FOUND' && wantsVsa(flags, false)) {
          const digest = await resolveDigest(registry, image);
          await writeVsa(flags, host, registry, {
            image,
            digest,
            signatureRepository: sigRepo,
            evidence: missingEvidence(policy, [type]),
          });
        }
        throw err;
      }
      if (isVsa) {
        // A signed summary is accepted only when it also says the right thing about this digest.
        const expect = vsaExpectation(flags, image, result.digest, new Date());
        const kept = [];
        for (const a of result.attestations) {
          try {
            checkVsa(a.statement, expect);
            kept.push(a);
          } catch (err) {
            if (!(err instanceof AttestError)) throw err;
            result.rejected.push({
              format: a.format,
              location: a.location,
              code: err.code,
              message: err.message,
            });
          }
        }
        result.attestations = kept;
        result.verified = kept.length > 0;
      }
      if (wantsVsa(flags, result.verified)) {
        await writeVsa(flags, host, registry, {
          image,
          digest: result.digest,
          signatureRepository: sigRepo,
          evidence: toVsaEvidence({ policy, attestations: [result] }),
        });
      }
      for (const a of result.attestations) host.stdout(JSON.stringify(a.statement) + '\n');
      const where = formatReference({ ...result.image, digest: result.digest });
      for (const a of result.attestations) {
        const who = a.identity ? ` by ${a.identity.subjectAlternativeName ?? ''}` : '';
        host.stderr(`verified ${a.format} ${a.location}${who}\n`);
      }
      for (const r of result.rejected)
        host.stderr(`rejected ${r.format} ${r.location}: ${r.code}: ${r.message}\n`);
      for (const w of result.warnings) host.stderr(`warning: ${w}\n`);
      if (!result.verified) {
        host.stderr(
          `signet verify-attestation: ${where}: none of its ${result.rejected.length} ${type} attestations passed\n`,
        );
        return 1;
      }
      return 0;
    } finally {
      registry.close();
    }
  },
};
