// The VSA options of the verify commands (`--vsa`, `--vsa-on-failure`, …) and of `verify-attestation
// --type vsa` (`--max-age`, `--vsa-level`, …), read once here into the attest stage's inputs, and the one
// place a verify command writes its verification summary.
import {
  attestVsa,
  parseMaxAge,
  toPolicyDocument,
  type AttestVsaResult,
  type VsaEvidence,
  type VsaExpectation,
} from '../../attest/index.ts';
import { formatReference, type Digest, type ImageRef, type RegistryClient } from '../../registry/index.ts';
import type { VerifyPolicy } from '../../verify/index.ts';
import { VERSION } from '../../version.ts';
import { signingDeps } from './context.ts';
import { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL } from './signing-services.ts';
import type { Host } from './host.ts';
import { ciRunIdentity } from './identity.ts';
import { bool, list, str, UsageError, type FlagSpecs, type FlagValues } from './values.ts';

/** Flags that make a verify command sign and attach a VSA of its verdict. */
export const VSA_WRITE_FLAGS: FlagSpecs = {
  vsa: {
    type: 'boolean',
    description:
      'after a passing verification, sign and attach a SLSA verification summary (VSA) to the digest',
  },
  'vsa-on-failure': {
    type: 'boolean',
    description: 'also write a FAILED VSA when verification fails (the command still fails)',
  },
  'vsa-key': {
    type: 'string',
    value: 'KEY',
    description: 'sign the VSA with this cosign key (default: keyless, as the run identity)',
  },
  'vsa-verifier-id': {
    type: 'string',
    value: 'URI',
    description: "the VSA's verifier.id (default: the CI run's identity)",
  },
  'vsa-policy-uri': {
    type: 'string',
    value: 'URI',
    description: 'where the evaluated policy is published, recorded in the VSA (its digest always is)',
  },
  'vsa-format': {
    type: 'string',
    value: 'legacy|bundle|both',
    description: 'how the VSA is stored: cosign .att tag, bundle referrer, or both',
    default: 'both',
  },
  'identity-token': {
    type: 'string',
    value: 'TOKEN',
    description:
      'OIDC token for keyless VSA signing, or a file holding it (default $SIGSTORE_ID_TOKEN, or GitHub Actions)',
  },
  'fulcio-url': {
    type: 'string',
    value: 'URL',
    description: 'Fulcio (VSA signing)',
    default: DEFAULT_FULCIO_URL,
  },
  'rekor-url': {
    type: 'string',
    value: 'URL',
    description: 'Rekor (v1 API) for VSA signing',
    default: DEFAULT_REKOR_URL,
  },
  'timestamp-server-url': {
    type: 'string',
    value: 'URL',
    description: 'RFC 3161 timestamp authority (VSA signing)',
  },
  'signing-config': {
    type: 'string',
    value: 'FILE',
    description: 'Sigstore signing config for VSA signing instead of the URL flags',
  },
  'tlog-upload': { type: 'boolean', description: 'record the VSA signature in Rekor', default: true },
};

/** Flags of `verify-attestation --type vsa`: what the summary must say. */
export const VSA_CHECK_FLAGS: FlagSpecs = {
  'max-age': {
    type: 'string',
    value: 'DURATION',
    description: 'vsa: refuse summaries older than this (e.g. 24h)',
  },
  'vsa-result': {
    type: 'string',
    value: 'PASSED|FAILED',
    description: 'vsa: the verificationResult required',
    default: 'PASSED',
  },
  'vsa-level': {
    type: 'list',
    value: 'LEVEL',
    description: 'vsa: a level the summary must meet (SLSA_BUILD_LEVEL_2 is met by 2 or 3); repeatable',
  },
  'vsa-verifier': {
    type: 'list',
    value: 'URI',
    description: 'vsa: an accepted verifier.id; repeatable (default: any, the signer check binds it)',
  },
};

/** Whether the flags ask for a VSA for this verdict. */
export function wantsVsa(flags: FlagValues, passed: boolean): boolean {
  return bool(flags, 'vsa') && (passed || bool(flags, 'vsa-on-failure'));
}

/** Refuses bad VSA flags (`--vsa-on-failure` without `--vsa`, no verifier id) before anything runs. */
export function checkVsaFlags(flags: FlagValues, host: Host): void {
  if (bool(flags, 'vsa-on-failure') && !bool(flags, 'vsa')) {
    throw new UsageError('--vsa-on-failure needs --vsa');
  }
  if (bool(flags, 'vsa')) vsaVerifierId(flags, host);
  const format = str(flags, 'vsa-format');
  if (format !== undefined && !['legacy', 'bundle', 'both'].includes(format)) {
    throw new UsageError(`--vsa-format takes legacy, bundle or both, got ${JSON.stringify(format)}`);
  }
}

/** The evidence of a verification that found nothing to check: FAILED, no inputs. */
export function missingEvidence(policy: VerifyPolicy, predicateTypes: string[]): VsaEvidence {
  return {
    policy: toPolicyDocument(policy, predicateTypes),
    inputAttestations: [],
    result: 'FAILED',
    verifiedLevels: ['FAILED'],
  };
}

/** The verifier.id of this run: `--vsa-verifier-id`, else the CI run's identity; a usage error without either. */
export function vsaVerifierId(flags: FlagValues, host: Host): string {
  const given = str(flags, 'vsa-verifier-id');
  if (given) return given;
  const id = ciRunIdentity(host.env, undefined);
  if (id) return id.identity;
  throw new UsageError(
    '--vsa needs a verifier id outside GitHub Actions and GitLab CI: pass --vsa-verifier-id URI (who vouches for this verification)',
  );
}

const vsaSigners = new WeakMap<FlagValues, ReturnType<typeof signingDeps>>();

/** Signs and attaches the VSA of one verification; prints where it went. */
export async function writeVsa(
  flags: FlagValues,
  host: Host,
  registry: RegistryClient,
  target: { image: ImageRef; digest: Digest; signatureRepository?: ImageRef; evidence: VsaEvidence },
): Promise<AttestVsaResult> {
  const verifierId = vsaVerifierId(flags, host);
  // One signer per command run (keyed by its flags): verifying many images signs their summaries with
  // one key load, or one Fulcio certificate.
  let deps = vsaSigners.get(flags);
  if (!deps) {
    // The signing helper reads cosign's `--key`; for a verify command that flag is the verification key.
    const signFlags: FlagValues = { ...flags, key: str(flags, 'vsa-key') };
    deps = signingDeps(signFlags, host, { legacyFormat: (str(flags, 'vsa-format') ?? 'both') !== 'bundle' });
    vsaSigners.set(flags, deps);
  }
  const { signer, witnesses } = await deps;
  const result = await attestVsa(
    {
      image: target.image,
      digest: target.digest,
      ...target.evidence,
      verifierId,
      verifierVersion: VERSION,
      timeVerified: new Date(),
      ...(str(flags, 'vsa-policy-uri') ? { policyUri: str(flags, 'vsa-policy-uri') } : {}),
      format: (str(flags, 'vsa-format') ?? 'both') as 'legacy' | 'bundle' | 'both',
      ...(target.signatureRepository ? { signatureRepository: target.signatureRepository } : {}),
    },
    { registry, signer, witnesses },
  );
  for (const a of result.attestations) {
    host.stderr(
      `vsa ${result.predicate.verificationResult} ${a.subject.digest} [${a.format}] -> ${formatReference(a.location)}\n`,
    );
  }
  for (const w of result.warnings) host.stderr(`warning: ${w}\n`);
  return result;
}

/** What `verify-attestation --type vsa` demands of each summary. */
export function vsaExpectation(
  flags: FlagValues,
  image: ImageRef,
  digest: Digest,
  now: Date,
): VsaExpectation {
  const result = str(flags, 'vsa-result') ?? 'PASSED';
  if (result !== 'PASSED' && result !== 'FAILED') {
    throw new UsageError(`--vsa-result takes PASSED or FAILED, got ${JSON.stringify(result)}`);
  }
  const maxAge = str(flags, 'max-age');
  let maxAgeMs: number | undefined;
  if (maxAge !== undefined) {
    try {
      maxAgeMs = parseMaxAge(maxAge);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  const expect: VsaExpectation = { image, digest, result, now };
  if (list(flags, 'vsa-level').length > 0) expect.levels = list(flags, 'vsa-level');
  if (list(flags, 'vsa-verifier').length > 0) expect.verifierIds = list(flags, 'vsa-verifier');
  if (maxAgeMs !== undefined) expect.maxAgeMs = maxAgeMs;
  return expect;
}
