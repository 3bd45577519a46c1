// `signet verify IMAGE…`: verify the signatures of images, read back from the registry, with cosign's
// flags; optionally sign a VSA of the verdict or record a passed verification in the cluster. Many
// images share one policy (one trusted root) and one registry client, and fail closed: the command
// exits 0 only when every image verified.
import { COSIGN_SIGN_PREDICATE_TYPE } from '../../../sign/index.ts';
import {
  formatDetails,
  formatVerdict,
  resolveDigest,
  toVerifyFailure,
  toVerifyJSON,
  verifyImage,
  VerifyError,
  type VerifyPolicy,
  type VerifyResult,
} from '../../../verify/index.ts';
import { toVsaEvidence } from '../../../attest/index.ts';
import type { KubeApi } from '../../../cluster/index.ts';
import type { ImageRef, RegistryClient } from '../../../registry/index.ts';
import { checkVsaFlags, missingEvidence, VSA_WRITE_FLAGS, wantsVsa, writeVsa } from '../../common/vsa.ts';
import { bool, str, UsageError, type FlagValues } from '../../common/values.ts';
import type { Host } from '../../common/host.ts';
import type { Command } from '../command.ts';
import { kubeSource } from '../kube-source.ts';
import {
  outputFormat,
  REGISTRY_FLAGS,
  registryClient,
  signatureRepository,
  storageFormat,
  verifyPolicy,
} from '../../common/context.ts';
import { IMAGES_FLAGS, SIGNATURE_STORAGE_FLAGS, VERIFY_FLAGS } from '../flags.ts';
import { concurrencyFlag, forEachImage, imagesArgument, reportFailures } from '../images.ts';

export const verifyCommand: Command = {
  name: 'verify',
  usage:
    'signet verify [--key KEY | --certificate-identity[-regexp] X --certificate-oidc-issuer[-regexp] Y] [flags] IMAGE… [--images-from FILE]',
  flags: {
    ...VERIFY_FLAGS,
    ...SIGNATURE_STORAGE_FLAGS,
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
    ...IMAGES_FLAGS,
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    const images = await imagesArgument(positionals, flags, host, 'verify');
    const output = outputFormat(flags);
    checkVsaFlags(flags, host);
    const recordLevel = str(flags, 'record');
    if (recordLevel !== undefined && recordLevel !== 'development' && recordLevel !== 'production')
      throw new UsageError(`--record must be development or production, not "${recordLevel}"`);
    const concurrency = concurrencyFlag(flags, 'verify');
    // The cluster stage (and its Kubernetes client) loads only to record.
    const cluster = recordLevel ? await import('../../../cluster/index.ts') : undefined;
    const kube = cluster ? await cluster.connectKube(await kubeSource(flags, host)) : undefined;
    const policy = await verifyPolicy(flags, host);
    const sigRepo = signatureRepository(flags, host);
    const registry = await registryClient(flags, host, sigRepo ? [...images, sigRepo] : images);
    const ctx: VerifyContext = {
      flags,
      host,
      registry,
      policy,
      sigRepo,
      output,
      kube,
      recordLevel,
      writeRecord: cluster?.writeRecord,
    };
    try {
      if (images.length === 1) return (await verifyOne(images[0]!, ctx)).verified ? 0 : 1;
      const outcomes = await forEachImage(images, concurrency, (image) => verifyOne(image, ctx));
      return reportFailures('verify', outcomes, host, 'verified', (r) => (r as VerifyResult).verified);
    } finally {
      registry.close();
    }
  },
};

interface VerifyContext {
  flags: FlagValues;
  host: Host;
  registry: RegistryClient;
  policy: VerifyPolicy;
  sigRepo: ImageRef | undefined;
  output: 'text' | 'json';
  kube: KubeApi | undefined;
  recordLevel: 'development' | 'production' | undefined;
  writeRecord: typeof import('../../../cluster/index.ts').writeRecord | undefined;
}

/** Verifies one image and prints its verdict; writes its VSA and record when asked. */
async function verifyOne(image: ImageRef, ctx: VerifyContext): Promise<VerifyResult> {
  const { flags, host, registry, policy, sigRepo, output } = ctx;
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
  if (ctx.kube && ctx.writeRecord && ctx.recordLevel && result.verified) {
    const r = await ctx.writeRecord(
      { verification: result, level: ctx.recordLevel, verifiedAt: new Date().toISOString() },
      { kube: ctx.kube },
    );
    host.stderr(`record ${r.record} ${r.action} (${r.level})\n`);
  }
  return result;
}
