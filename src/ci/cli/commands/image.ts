// `signet sign`, `signet verify` and `signet triangulate`: the image commands, with cosign's flags.
import { formatReference } from '../../../registry/index.ts';
import { signImage, toSignaturesJSON } from '../../../sign/index.ts';
import {
  formatDetails,
  formatVerdict,
  toVerifyFailure,
  toVerifyJSON,
  triangulate,
  verifyImage,
} from '../../../verify/index.ts';
import { bool } from '../../common/values.ts';
import { COSIGN_SIGN_PREDICATE_TYPE } from '../../../sign/constants.ts';
import { resolveDigest, VerifyError } from '../../../verify/index.ts';
import { toVsaEvidence } from '../../../attest/index.ts';
import { checkVsaFlags, missingEvidence, VSA_WRITE_FLAGS, wantsVsa, writeVsa } from '../../common/vsa.ts';
import type { Command } from '../command.ts';
import { createKubeApi, writeRecord } from '../../../cluster/index.ts';
import { str, UsageError } from '../../common/values.ts';
import { kubeSource } from './cluster.ts';
import {
  annotations,
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

const STORAGE_FLAGS = {
  'signature-format': {
    type: 'string' as const,
    value: 'legacy|bundle|both',
    description: 'cosign .sig tags, Sigstore bundle referrers, or both',
    default: 'both',
  },
  'signature-repository': {
    type: 'string' as const,
    value: 'REPO',
    description: 'where signatures are stored (default $COSIGN_REPOSITORY, else beside the image)',
  },
};

export const signCommand: Command = {
  name: 'sign',
  usage: 'signet sign [--key KEY | --identity-token T] [flags] IMAGE',
  flags: {
    ...SIGNING_FLAGS,
    ...STORAGE_FLAGS,
    recursive: {
      type: 'boolean',
      short: 'r',
      description: 'for an index, also sign every platform manifest',
      default: true,
    },
    annotations: {
      type: 'list',
      short: 'a',
      value: 'KEY=VALUE',
      description: 'annotation to sign with the image',
    },
    output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    const image = imageArgument(positionals, 'sign');
    const output = outputFormat(flags);
    const sigRepo = signatureRepository(flags, host);
    const registry = await registryClient(flags, host, sigRepo ? [image, sigRepo] : [image]);
    try {
      const { signer, witnesses, notices } = await signingDeps(flags, host, {
        legacyFormat: storageFormat(flags, 'signature-format') !== 'bundle',
      });
      for (const n of notices) host.stderr(`warning: ${n}\n`);
      const result = await signImage(
        {
          image,
          format: storageFormat(flags, 'signature-format'),
          recursive: bool(flags, 'recursive'),
          signatureRepository: sigRepo,
          annotations: annotations(flags),
        },
        { registry, signer, witnesses },
      );
      if (output === 'json') {
        host.stdout(
          JSON.stringify({
            schema: 'signet.sign/v1',
            image: formatReference(result.image),
            digest: result.digest,
            signatures: toSignaturesJSON(result.signatures),
            warnings: result.warnings,
          }) + '\n',
        );
      } else {
        host.stdout(`${formatReference(result.image)}\n`);
        for (const s of result.signatures) {
          const what = s.unchanged ? 'already signed' : 'signed';
          const log = s.logIndex !== undefined ? ` (rekor log index ${s.logIndex})` : '';
          host.stderr(`${what} ${s.subject.digest} [${s.format}] -> ${formatReference(s.location)}${log}\n`);
        }
      }
      for (const w of result.warnings) host.stderr(`warning: ${w}\n`);
      return 0;
    } finally {
      registry.close();
    }
  },
};

export const verifyCommand: Command = {
  name: 'verify',
  usage:
    'signet verify [--key KEY | --certificate-identity[-regexp] X --certificate-oidc-issuer[-regexp] Y] [flags] IMAGE',
  flags: {
    ...VERIFY_FLAGS,
    ...STORAGE_FLAGS,
    'ignore-docker-reference': {
      type: 'boolean',
      description: 'accept legacy signatures naming another repository (copied images)',
    },
    ...VSA_WRITE_FLAGS,
    record: {
      type: 'string',
      value: 'development|production',
      description:
        'after the verification passed, record the digest at this level in the cluster (pre-flight record target)',
    },
    kubeconfig: {
      type: 'string',
      value: 'FILE',
      description: 'with --record: kubeconfig (default $KUBECONFIG, in-cluster, ~/.kube/config)',
    },
    context: { type: 'string', value: 'NAME', description: 'with --record: kubeconfig context' },
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    const image = imageArgument(positionals, 'verify');
    const output = outputFormat(flags);
    checkVsaFlags(flags, host);
    const recordLevel = str(flags, 'record');
    if (recordLevel !== undefined && recordLevel !== 'development' && recordLevel !== 'production')
      throw new UsageError(`--record must be development or production, not "${recordLevel}"`);
    const kube = recordLevel ? createKubeApi(await kubeSource(flags, host)) : undefined;
    const policy = await verifyPolicy(flags, host);
    const sigRepo = signatureRepository(flags, host);
    const registry = await registryClient(flags, host, sigRepo ? [image, sigRepo] : [image]);
    try {
      let result;
      try {
        result = await verifyImage(
          {
            image,
            signatureRepository: sigRepo,
            formats: storageFormat(flags, 'signature-format'),
            policy,
            ignoreDockerReference: bool(flags, 'ignore-docker-reference'),
          },
          { registry },
        );
      } catch (err) {
        // Nothing to check is a failed verification too: recorded as FAILED when asked, then thrown.
        if (err instanceof VerifyError && err.code === 'VERIFY_NO_SIGNATURES' && wantsVsa(flags, false)) {
          const digest = await resolveDigest(registry, image);
          const evidence = missingEvidence(policy, [COSIGN_SIGN_PREDICATE_TYPE]);
          await writeVsa(flags, host, registry, { image, digest, signatureRepository: sigRepo, evidence });
        }
        throw err;
      }
      // The summary is signed and stored before the verdict is printed: a failure to write it fails the command.
      if (wantsVsa(flags, result.verified)) {
        const evidence = toVsaEvidence({ policy, signatures: result });
        await writeVsa(flags, host, registry, {
          image,
          digest: result.digest,
          signatureRepository: sigRepo,
          evidence,
        });
      }
      if (output === 'json') host.stdout(JSON.stringify(toVerifyJSON(result)) + '\n');
      else {
        host.stdout(formatVerdict(result) + '\n');
        for (const line of formatDetails(result)) host.stderr(line + '\n');
      }
      const failure = toVerifyFailure(result);
      if (failure && output === 'text') host.stderr(`signet verify: ${failure.message} [${failure.code}]\n`);
      // The record is written only after this verification passed (writeRecord checks it again).
      if (kube && recordLevel && result.verified) {
        const r = await writeRecord(
          { verification: result, level: recordLevel, verifiedAt: new Date().toISOString() },
          { kube },
        );
        host.stderr(`record ${r.record} ${r.action} (${r.level})\n`);
      }
      return result.verified ? 0 : 1;
    } finally {
      registry.close();
    }
  },
};

export const triangulateCommand: Command = {
  name: 'triangulate',
  usage: 'signet triangulate [--signature-repository REPO] [--output json] IMAGE',
  flags: {
    'signature-repository': STORAGE_FLAGS['signature-repository'],
    output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    const image = imageArgument(positionals, 'triangulate');
    const output = outputFormat(flags);
    const sigRepo = signatureRepository(flags, host);
    const registry = await registryClient(flags, host, sigRepo ? [image, sigRepo] : [image]);
    try {
      const r = await triangulate({ image, signatureRepository: sigRepo }, { registry });
      if (output === 'json') {
        host.stdout(
          JSON.stringify({
            schema: 'signet.triangulate/v1',
            ...r,
            image: formatReference(r.image),
            signatureRepository: formatReference(r.signatureRepository),
          }) + '\n',
        );
        return 0;
      }
      for (const t of r.tags) host.stdout(`${t.kind}\t${t.reference}\t${t.exists ? 'present' : 'absent'}\n`);
      for (const item of r.referrers.items) {
        host.stdout(`referrer\t${item.reference}\t${item.artifactType ?? item.mediaType}\n`);
      }
      if (r.referrers.fallbackTag)
        host.stdout(`referrers-index\t${r.referrers.fallbackTag}\t${r.referrers.source}\n`);
      return 0;
    } finally {
      registry.close();
    }
  },
};
