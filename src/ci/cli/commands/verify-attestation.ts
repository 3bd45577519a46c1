// `signet verify-attestation IMAGE`: verify the attestations of an image of one predicate type and
// print their statements; with `--type vsa`, also check what a verification summary says.
import {
  AttestError,
  checkVsa,
  SLSA_VSA_V1,
  toVsaEvidence,
  verifyAttestations,
} from '../../../attest/index.ts';
import { formatReference } from '../../../registry/index.ts';
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
import { bool, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import {
  imageArgument,
  REGISTRY_FLAGS,
  registryClient,
  signatureRepository,
  storageFormat,
  verifyPolicy,
} from '../../common/context.ts';
import { ATTESTATION_STORAGE_FLAGS, VERIFY_FLAGS } from '../flags.ts';
import { predicateTypeFlag } from '../predicate-flag.ts';

export const verifyAttestationCommand: Command = {
  name: 'verify-attestation',
  usage:
    'signet verify-attestation --type TYPE [--key KEY | --certificate-identity[-regexp] X --certificate-oidc-issuer[-regexp] Y] [flags] IMAGE',
  flags: {
    ...VERIFY_FLAGS,
    ...ATTESTATION_STORAGE_FLAGS,
    ...VSA_CHECK_FLAGS,
    ...VSA_WRITE_FLAGS,
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    const image = imageArgument(positionals, 'verify-attestation');
    const type = predicateTypeFlag(flags);
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
