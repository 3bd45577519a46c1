// Checks and normalises the generator input once, so each generator can trust it: names fit every
// suffix, signers are complete and anchored, repositories are unique and sorted.
import { parseDigest, type Digest } from '../registry/index.ts';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE, POLICY_LABEL, TRUST_LEVEL_LABEL } from './constants.ts';
import { PolicyError } from './errors.ts';
import { toGlobRepository } from './glob.ts';
import { checkSigner } from './admission-signer.ts';
import type { AdmissionInput, Signer, TrustLevel } from './types.ts';

/** The input after checking: defaults filled in, signers normalised. */
export interface CheckedInput extends AdmissionInput {
  build: Signer;
  release?: Signer;
  digests: Digest[];
  clusterLevel: TrustLevel;
  mode: 'enforce' | 'warn';
  policyControllerVersion: 'v1alpha1' | 'v1beta1';
  namespaceLabel: string;
  developmentValues: string[];
  productionValues: string[];
}

const NAME_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAME = 40;
const ATTESTATION_NAME_RE = /^[a-z][a-z0-9-]{0,30}$/;
/** A namespace name (Kubernetes DNS-1123 label): no globs, so both exception kinds read it the same. */
const NAMESPACE_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAMESPACE = 63;

/**
 * The bypass namespaces, checked: Kyverno's ClusterPolicy exception reads `namespaces` as wildcards
 * (`*`, `?`) while the ImageValidatingPolicy exception compares `request.namespace` exactly, so only
 * plain names make the two cover the same namespaces.
 */
function checkBypass(bypass: AdmissionInput['bypass']): AdmissionInput['bypass'] {
  if (!bypass) return undefined;
  if (bypass.namespaces.length === 0) {
    throw new PolicyError(
      'POLICY_INVALID_INPUT',
      'the emergency bypass names no namespace: give --bypass-namespace NS (a namespace name)',
    );
  }
  for (const ns of bypass.namespaces) {
    if (!NAMESPACE_RE.test(ns) || ns.length > MAX_NAMESPACE) {
      throw new PolicyError(
        'POLICY_INVALID_INPUT',
        `--bypass-namespace ${JSON.stringify(ns)} is not a namespace name (a lowercase DNS-1123 label of at most ${MAX_NAMESPACE} characters, no wildcards): name each namespace to bypass`,
      );
    }
  }
  return { namespaces: [...new Set(bypass.namespaces)].sort(), reason: bypass.reason };
}

/** A TUF mirror is an http(s) URL and its root a TUF root.json (signed root metadata). */
function checkTuf(tuf: NonNullable<AdmissionInput['tuf']>): void {
  let url: URL | undefined;
  try {
    url = new URL(tuf.mirror);
  } catch {
    /* reported below */
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new PolicyError(
      'POLICY_INVALID_INPUT',
      `TUF mirror ${JSON.stringify(tuf.mirror)} is not an http(s) URL (e.g. https://tuf.example.com)`,
    );
  }
  let root: { signed?: { _type?: unknown } } | undefined;
  try {
    root = JSON.parse(tuf.rootJSON) as typeof root;
  } catch {
    /* reported below */
  }
  if (root?.signed?._type !== 'root') {
    throw new PolicyError(
      'POLICY_INVALID_INPUT',
      'the TUF root is not a TUF root.json (signed._type "root"): pass the root.json of the TUF repository',
    );
  }
}

/** Validates the generator input; throws POLICY_INVALID_INPUT / POLICY_INVALID_IDENTITY with the fix. */
export function checkAdmissionInput(input: AdmissionInput): CheckedInput {
  if (!NAME_RE.test(input.name) || input.name.length > MAX_NAME) {
    throw new PolicyError(
      'POLICY_INVALID_INPUT',
      `policy name ${JSON.stringify(input.name)} is not a lowercase DNS-1123 label of at most ${MAX_NAME} characters (e.g. acme-app)`,
    );
  }
  if (input.repositories.length === 0) {
    throw new PolicyError(
      'POLICY_INVALID_INPUT',
      'no repositories given: name at least one image repository the policy governs',
    );
  }
  const seen = new Set<string>();
  const repositories = [...input.repositories]
    .map((r) => ({ registry: r.registry, repository: r.repository }))
    .filter((r) => {
      const k = toGlobRepository(r);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => toGlobRepository(a).localeCompare(toGlobRepository(b)));
  for (const a of input.attestations ?? []) {
    if (!ATTESTATION_NAME_RE.test(a.name)) {
      throw new PolicyError(
        'POLICY_INVALID_INPUT',
        `attestation name ${JSON.stringify(a.name)} must be a short lowercase name (e.g. sbom)`,
      );
    }
    if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/.test(a.predicateType)) {
      throw new PolicyError(
        'POLICY_INVALID_INPUT',
        `attestation ${a.name}: predicate type ${JSON.stringify(a.predicateType)} is not a URI (e.g. https://cyclonedx.org/bom)`,
      );
    }
  }
  if (input.tuf) checkTuf(input.tuf);
  const bypass = checkBypass(input.bypass);
  const build = checkSigner(input.build, 'build identity');
  const release = input.release ? checkSigner(input.release, 'release identity') : undefined;
  const clusterLevel = input.clusterLevel ?? (release ? 'production' : 'development');
  const digests = [...new Set((input.digests ?? []).map((d) => parseDigest(d)))].sort();
  const ns = input.namespaces ?? {};
  const out: CheckedInput = {
    ...input,
    repositories,
    build,
    digests,
    clusterLevel,
    mode: input.mode ?? 'enforce',
    policyControllerVersion: input.policyControllerVersion ?? 'v1beta1',
    namespaceLabel: ns.label ?? TRUST_LEVEL_LABEL,
    developmentValues: ns.development ?? ['development'],
    productionValues: ns.production ?? ['production'],
  };
  if (release) out.release = release;
  else delete out.release;
  if (bypass) out.bypass = bypass;
  else delete out.bypass;
  if (out.developmentValues.some((v) => out.productionValues.includes(v))) {
    throw new PolicyError(
      'POLICY_INVALID_INPUT',
      'a namespace label value cannot mean both development and production',
    );
  }
  return out;
}

/** The labels of every object generated for policy `name`. */
export function toLabels(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [POLICY_LABEL]: name, ...extra };
}

/** The signers a trust level requires, all of them (AND). */
export function signersOf(input: CheckedInput, level: TrustLevel): { name: string; signer: Signer }[] {
  const out = [{ name: 'build', signer: input.build }];
  if (level === 'production' && input.release) out.push({ name: 'release', signer: input.release });
  return out;
}

/** `sha256:abcd…` → the first 12 hex characters, for object names. */
export function shortDigest(d: Digest): string {
  return d.slice(d.indexOf(':') + 1, d.indexOf(':') + 13);
}
