// SLSA Verification Summary Attestations (https://slsa.dev/spec/v1.0/verification_summary): the signed
// record of one verification Signet made — who verified (`verifier.id`, the CI run's identity), what
// (`resourceUri`, the image by digest), against which policy (the digest of the exact policy document
// Signet evaluated, and its URI when given), with which inputs (the digests of the signatures and
// attestations that passed), when, and the verdict with the SLSA levels it supports. And the reverse:
// checking a VSA someone else stored (result, levels, resource, verifier, age) after its signature was
// verified like any attestation. Pure: the verify commands and the pipeline gather the facts, the attest
// stage signs and stores the predicate in both formats.
import { createHash } from 'node:crypto';
import { bundleToJSON, type Bundle } from '@sigstore/bundle';
import type { Digest, ImageRef } from '../registry/index.ts';
import type { VerifyPolicy } from '../verify/index.ts';
import { SLSA_VSA_V1 } from './constants.ts';
import { AttestError } from './errors.ts';

/** `verificationResult` of a VSA. */
export type VsaResult = 'PASSED' | 'FAILED';

/** A digest set (in-toto DigestSet): algorithm → lowercase hex. */
export type DigestSet = Record<string, string>;

/** An in-toto ResourceDescriptor as the VSA uses it (uri and digest). */
export interface VsaResource {
  uri: string;
  digest: DigestSet;
}

/** The VSA v1 predicate Signet writes. */
export interface VerificationSummaryV1 {
  verifier: { id: string; version?: Record<string, string> };
  timeVerified: string;
  resourceUri: string;
  policy: VsaResource;
  inputAttestations: VsaResource[];
  verificationResult: VsaResult;
  verifiedLevels: string[];
  slsaVersion: '1.0';
}

/**
 * The policy Signet evaluated, as a document whose digest goes into the VSA: the signer it demanded,
 * whether a tlog entry was required, and the predicate types it checked. Two verifications with the
 * same document applied the same rules.
 */
export interface VsaPolicyDocument {
  kind: 'https://signet.dev/verify-policy/v1';
  signer:
    | {
        kind: 'keyless';
        subject: { exact: string } | { regexp: string };
        issuer: { exact: string } | { regexp: string };
        claims: Record<string, string>;
      }
    | { kind: 'key'; publicKeySha256: string };
  requireTlog: boolean;
  /** The in-toto predicate types whose signed statements were checked (the cosign sign type for signatures). */
  predicateTypes: string[];
}

/** Several policies that all had to pass (pre-flight: every signer of an image's rule). */
export interface VsaPolicySet {
  kind: 'https://signet.dev/verify-policy/v1#all';
  all: VsaPolicyDocument[];
}

/** The URI of the policy when the user names none: the kind of Signet's policy document. */
export const DEFAULT_VSA_POLICY_URI = 'https://signet.dev/verify-policy/v1';

/** The `resourceUri` of an image: `oci://registry/repository@sha256:…`. */
export function toVsaResourceUri(image: Pick<ImageRef, 'registry' | 'repository'>, digest: Digest): string {
  return `oci://${image.registry}/${image.repository}@${digest}`;
}

/** JSON with object keys sorted at every depth: the bytes a policy digest is taken over. */
export function canonicalJSON(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJSON(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The policy document of a verify policy and the predicate types it was applied to. */
export function toPolicyDocument(policy: VerifyPolicy, predicateTypes: string[]): VsaPolicyDocument {
  const types = [...new Set(predicateTypes)].sort();
  if (policy.signer.kind === 'key') {
    // With --key every key hint resolves to the one key (verify/trust.ts): its SPKI names the signer.
    const spki = policy.trust.publicKey('').publicKey.export({ type: 'spki', format: 'der' });
    return {
      kind: 'https://signet.dev/verify-policy/v1',
      signer: { kind: 'key', publicKeySha256: sha256(spki) },
      requireTlog: policy.requireTlog,
      predicateTypes: types,
    };
  }
  const m = (x: { kind: 'exact'; value: string } | { kind: 'regexp'; source: string }) =>
    x.kind === 'exact' ? { exact: x.value } : { regexp: x.source };
  const p = policy.signer.policy;
  return {
    kind: 'https://signet.dev/verify-policy/v1',
    signer: {
      kind: 'keyless',
      subject: m(p.subject),
      issuer: m(p.issuer),
      claims: Object.fromEntries(Object.entries(p.claims).filter(([, v]) => v !== undefined)) as Record<
        string,
        string
      >,
    },
    requireTlog: policy.requireTlog,
    predicateTypes: types,
  };
}

/**
 * One checked signature or attestation as a VSA input: `uri` where it is stored (`oci://…`, a legacy
 * layer as `#<index>`), `digest` the SHA-256 of the Sigstore bundle JSON Signet verified (a legacy
 * layer converted to its bundle first), so every input has a digest whatever its storage format.
 */
export function toInputAttestation(checked: { location: string; bundle: Bundle }): VsaResource {
  const uri = `oci://${checked.location.replace(/\[(\d+)\]$/, '#$1')}`;
  return { uri, digest: { sha256: sha256(JSON.stringify(bundleToJSON(checked.bundle))) } };
}

/** What a verification established, from which the VSA's levels follow. */
export interface VsaLevelFacts {
  passed: boolean;
  /** SLSA provenance of the image was verified, signed by the expected signer. */
  provenance?: { keyless: boolean };
}

/**
 * The SLSA build levels a verification supports (https://slsa.dev/spec/v1.0/levels): FAILED when it
 * failed; L2 when signed provenance from a keyless CI identity verified (a hosted platform's workload
 * identity signed it); L1 when provenance verified under a key (anyone holding the key could have made
 * it); L0 otherwise (signatures alone say nothing about how the image was built). Signet never claims
 * L3: the provenance is signed in the same job as the user's build steps.
 */
export function toVerifiedLevels(facts: VsaLevelFacts): string[] {
  if (!facts.passed) return ['FAILED'];
  if (!facts.provenance) return ['SLSA_BUILD_LEVEL_0'];
  return [facts.provenance.keyless ? 'SLSA_BUILD_LEVEL_2' : 'SLSA_BUILD_LEVEL_1'];
}

/** The facts one verification gathered, already decided. */
export interface VsaInput {
  /** `verifier.id`: the run's identity (the CI workflow) or what the user named. */
  verifierId: string;
  /** Signet's version, recorded as `verifier.version.signet`. */
  verifierVersion?: string;
  timeVerified: Date;
  image: Pick<ImageRef, 'registry' | 'repository'>;
  digest: Digest;
  policy: VsaPolicyDocument | VsaPolicySet;
  /** Where the policy lives (a file URL, a git URL); default DEFAULT_VSA_POLICY_URI. */
  policyUri?: string;
  inputAttestations: VsaResource[];
  result: VsaResult;
  verifiedLevels: string[];
}

/** Builds the VSA v1 predicate. */
export function buildVsa(input: VsaInput): VerificationSummaryV1 {
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(input.verifierId)) {
    throw new AttestError(
      'ATTEST_INVALID_INPUT',
      `vsa verifier id ${JSON.stringify(input.verifierId)} is not a URI: run in CI (the workflow identity) or pass --vsa-verifier-id URI`,
    );
  }
  const verifier: VerificationSummaryV1['verifier'] = { id: input.verifierId };
  if (input.verifierVersion) verifier.version = { signet: input.verifierVersion };
  return {
    verifier,
    timeVerified: input.timeVerified.toISOString(),
    resourceUri: toVsaResourceUri(input.image, input.digest),
    policy: {
      uri: input.policyUri ?? DEFAULT_VSA_POLICY_URI,
      digest: { sha256: sha256(canonicalJSON(input.policy)) },
    },
    inputAttestations: input.inputAttestations,
    verificationResult: input.result,
    verifiedLevels: input.verifiedLevels,
    slsaVersion: '1.0',
  };
}

/** What a VSA must say to be accepted. */
export interface VsaExpectation {
  image: Pick<ImageRef, 'registry' | 'repository'>;
  digest: Digest;
  /** Default PASSED. */
  result?: VsaResult;
  /** Each must be met: `SLSA_BUILD_LEVEL_2` is met by L2 or L3 of the build track; others exactly. */
  levels?: string[];
  /** Accepted `verifier.id`s; any when absent (the signer check already binds who wrote it). */
  verifierIds?: string[];
  /** The oldest `timeVerified` accepted, in milliseconds before `now`. */
  maxAgeMs?: number;
  now: Date;
}

/** Allowed clock difference between the verifier that wrote a VSA and the one reading it. */
const CLOCK_SKEW_MS = 5 * 60_000;

const LEVEL_RE = /^SLSA_([A-Z]+)_LEVEL_(\d+)$/;

function meetsLevel(have: string[], want: string): boolean {
  const w = LEVEL_RE.exec(want);
  if (!w) return have.includes(want);
  return have.some((h) => {
    const m = LEVEL_RE.exec(h);
    return m !== null && m[1] === w[1] && Number(m[2]) >= Number(w[2]);
  });
}

/** A parsed VSA statement as verifyAttestations returns it. */
export interface VsaStatement {
  predicateType: string;
  predicate: unknown;
}

/**
 * Checks a VSA whose signature already verified: its type, resource, verdict, levels, verifier and age.
 * Returns the predicate; throws ATTEST_VSA_MISMATCH naming the first thing that differs.
 */
export function checkVsa(statement: VsaStatement, expect: VsaExpectation): VerificationSummaryV1 {
  const fail = (what: string) => new AttestError('ATTEST_VSA_MISMATCH', `verification summary: ${what}`);
  if (statement.predicateType !== SLSA_VSA_V1) {
    throw fail(`expected predicate type ${SLSA_VSA_V1}, got ${statement.predicateType}`);
  }
  const p = statement.predicate as Partial<VerificationSummaryV1> | null;
  if (!p || typeof p !== 'object') throw fail('the predicate is not an object');
  const resource = toVsaResourceUri(expect.image, expect.digest);
  if (p.resourceUri !== resource) {
    throw fail(`expected resourceUri ${resource}, got ${JSON.stringify(p.resourceUri)}`);
  }
  const result = expect.result ?? 'PASSED';
  if (p.verificationResult !== result) {
    throw fail(`expected verificationResult ${result}, got ${JSON.stringify(p.verificationResult)}`);
  }
  const have = Array.isArray(p.verifiedLevels)
    ? p.verifiedLevels.filter((l): l is string => typeof l === 'string')
    : [];
  for (const want of expect.levels ?? []) {
    if (!meetsLevel(have, want))
      throw fail(`expected verifiedLevels to meet ${want}, got [${have.join(', ')}]`);
  }
  const verifierId = p.verifier && typeof p.verifier.id === 'string' ? p.verifier.id : undefined;
  if (expect.verifierIds && (!verifierId || !expect.verifierIds.includes(verifierId))) {
    throw fail(
      `expected verifier.id ${expect.verifierIds.join(' or ')}, got ${JSON.stringify(verifierId ?? null)}`,
    );
  }
  const time = typeof p.timeVerified === 'string' ? Date.parse(p.timeVerified) : NaN;
  if (Number.isNaN(time)) throw fail(`timeVerified ${JSON.stringify(p.timeVerified)} is not a timestamp`);
  const now = expect.now.getTime();
  if (time > now + CLOCK_SKEW_MS) throw fail(`timeVerified ${p.timeVerified} is in the future`);
  if (expect.maxAgeMs !== undefined && now - time > expect.maxAgeMs) {
    throw fail(
      `timeVerified ${p.timeVerified} is older than the maximum age (${Math.round(expect.maxAgeMs / 1000)}s): verify the image again`,
    );
  }
  return p as VerificationSummaryV1;
}

/** Parses `--max-age`: `90s`, `30m`, `24h`, `7d` (Go-style units); throws ATTEST_INVALID_INPUT. */
export function parseMaxAge(text: string): number {
  const m = /^(\d+)(s|m|h|d)$/.exec(text.trim());
  if (!m) {
    throw new AttestError(
      'ATTEST_INVALID_INPUT',
      `--max-age ${JSON.stringify(text)}: expected a number with a unit s, m, h or d (e.g. 24h)`,
    );
  }
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}
