// Admission objects that admit an image on one SLSA verification summary (VSA) instead of re-checking
// every signer, SBOM and provenance rule: the CI verified the image and signed a VSA with its own
// identity; the cluster checks that signature (the build identity) and what the summary says —
// `verificationResult` PASSED, `resourceUri` naming this repository (cosign already binds the statement's
// subject to the image digest: "no matching subject digest found"), the verifier, the lowest level and
// the age. Written for Kyverno (a ClusterPolicy `verifyImages` attestation with conditions; an
// ImageValidatingPolicy with CEL over the payload) and policy-controller (a ClusterImagePolicy authority
// whose attestation carries a Rego policy, evaluated over the in-toto statement as `input`).
// Fields: kyverno/kyverno config/crds; policy-controller pkg/webhook/validator.go
// (ValidatePolicyAttestationsForAuthority → policy.EvaluatePolicyAgainstJSON, query
// `data.sigstore.isCompliant`).
import { formatRepository } from '../registry/index.ts';
import { toAuthority, trustRootName } from './cluster-image-policy.ts';
import { KYVERNO_POLICIES_GROUP, POLICY_CONTROLLER_GROUP } from './constants.ts';
import { PolicyError } from './errors.ts';
import { toRepositoryGlobs } from './glob.ts';
import { toLabels, type CheckedInput } from './input.ts';
import {
  kyvernoClusterPolicy,
  kyvernoPodRules,
  ivpAttestor,
  notExcludedNamespaces,
  POD_RESOURCE_RULES,
  toAttestorEntry,
  toKyvernoImageReferences,
} from './kyverno-policy.ts';
import type { KubeObject, VsaAdmission } from './types.ts';

/** The VSA v1 predicate type. */
export const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';

const LEVEL_RE = /^SLSA_([A-Z]+)_LEVEL_(\d)$/;
const AGE_RE = /^(\d+)(s|m|h|d)$/;

/** The checked VSA options: verifier ids, the accepted level values, the age in seconds. */
interface VsaRules {
  verifierIds: string[];
  /** Every verifiedLevels value that meets the minimum (empty: any). */
  levels: string[];
  maxAgeSeconds?: number;
}

/** Validates the VSA options; throws POLICY_INVALID_INPUT naming the bad one. */
export function toVsaRules(input: CheckedInput): VsaRules {
  const vsa: VsaAdmission = input.vsa ?? {};
  const build = input.build;
  const verifierIds =
    vsa.verifierIds ?? (build.kind === 'keyless' && build.subject !== undefined ? [build.subject] : []);
  for (const id of verifierIds) {
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) {
      throw new PolicyError('POLICY_INVALID_INPUT', `vsa verifier id ${JSON.stringify(id)} is not a URI`);
    }
  }
  let levels: string[] = [];
  if (vsa.minLevel !== undefined) {
    const m = LEVEL_RE.exec(vsa.minLevel);
    if (!m || m[1] !== 'BUILD' || Number(m[2]) > 3) {
      throw new PolicyError(
        'POLICY_INVALID_INPUT',
        `vsa minimum level ${JSON.stringify(vsa.minLevel)}: expected SLSA_BUILD_LEVEL_0 … SLSA_BUILD_LEVEL_3`,
      );
    }
    levels = [0, 1, 2, 3].filter((n) => n >= Number(m[2])).map((n) => `SLSA_BUILD_LEVEL_${n}`);
  }
  const rules: VsaRules = { verifierIds, levels };
  if (vsa.maxAge !== undefined) {
    const m = AGE_RE.exec(vsa.maxAge);
    if (!m) {
      throw new PolicyError(
        'POLICY_INVALID_INPUT',
        `vsa maximum age ${JSON.stringify(vsa.maxAge)}: expected a number with a unit s, m, h or d (e.g. 24h)`,
      );
    }
    rules.maxAgeSeconds = Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
  }
  return rules;
}

/**
 * The resourceUri prefixes of the governed repositories (`oci://registry/repository@`), named as Signet's
 * VSAs name them (attest/vsa.ts toVsaResourceUri: Docker Hub is `docker.io`, as Kyverno writes it too).
 */
function resourcePrefixes(input: CheckedInput): string[] {
  return input.repositories.map((r) => `oci://${r.registry}/${r.repository}@`);
}

/** The Rego policy policy-controller evaluates over each VSA statement (`input`). */
export function buildVsaRego(input: CheckedInput): string {
  const rules = toVsaRules(input);
  const lines = [
    'package sigstore',
    '',
    'import rego.v1',
    '',
    'default isCompliant := false',
    '',
    `prefixes := ${JSON.stringify(resourcePrefixes(input))}`,
    `verifiers := ${JSON.stringify(rules.verifierIds)}`,
    `levels := ${JSON.stringify(rules.levels)}`,
    '',
    'isCompliant if {',
    `  input.predicateType == ${JSON.stringify(VSA_PREDICATE_TYPE)}`,
    '  p := input.predicate',
    '  p.verificationResult == "PASSED"',
    // The summary is about the statement's own subject, in a governed repository.
    '  some prefix in prefixes',
    '  startswith(p.resourceUri, prefix)',
    '  digest := substring(p.resourceUri, count(prefix), -1)',
    '  some s in input.subject',
    '  digest == concat("", ["sha256:", s.digest.sha256])',
    '  verifier_ok(p)',
    '  level_ok(p)',
    '  age_ok(p)',
    '}',
    '',
    'verifier_ok(_) if count(verifiers) == 0',
    'verifier_ok(p) if p.verifier.id in verifiers',
    '',
    'level_ok(_) if count(levels) == 0',
    'level_ok(p) if {',
    '  some l in p.verifiedLevels',
    '  l in levels',
    '}',
    '',
  ];
  if (rules.maxAgeSeconds === undefined) lines.push('age_ok(_) := true');
  else {
    lines.push(
      'age_ok(p) if {',
      '  verified := time.parse_rfc3339_ns(p.timeVerified)',
      `  time.now_ns() - verified <= ${rules.maxAgeSeconds} * 1000000000`,
      // A clock skew allowance of 5 minutes for summaries stamped slightly ahead.
      '  verified - time.now_ns() <= 300 * 1000000000',
      '}',
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * The policy-controller ClusterImagePolicy `<name>-vsa`: one authority, the build identity, whose VSA
 * attestation must satisfy the Rego policy. Across matching policies policy-controller ANDs, so a
 * cluster admitting on the VSA alone applies only this policy for the repositories.
 */
export function buildVsaClusterImagePolicy(input: CheckedInput): KubeObject {
  // policy-controller reads attestations (unlike image signatures) in the bundle format too, from
  // keyless authorities: the signature-format restriction of toAuthority does not apply here.
  const bundle = input.signatureFormat === 'bundle' && input.build.kind === 'keyless';
  const authority = toAuthority({ ...input, signatureFormat: 'legacy' }, 'vsa', input.build, false);
  if (bundle) authority.signatureFormat = 'bundle';
  authority.attestations = [
    {
      name: 'vsa',
      predicateType: VSA_PREDICATE_TYPE,
      policy: { type: 'rego', data: buildVsaRego(input) },
    },
  ];
  if (input.trustedRoot && authority.keyless) authority.keyless.trustRootRef = trustRootName(input.name);
  return {
    apiVersion: `${POLICY_CONTROLLER_GROUP}/${input.policyControllerVersion}`,
    kind: 'ClusterImagePolicy',
    metadata: { name: `${input.name}-vsa`, labels: toLabels(input.name) },
    spec: {
      mode: input.mode,
      images: input.repositories.flatMap(toRepositoryGlobs).map((glob) => ({ glob })),
      authorities: [authority],
    },
  };
}

/** The Kyverno conditions over one VSA predicate (its fields are the JMESPath root). */
function kyvernoConditions(input: CheckedInput): Record<string, unknown>[] {
  const rules = toVsaRules(input);
  const all: Record<string, unknown>[] = [
    { key: '{{ verificationResult }}', operator: 'Equals', value: 'PASSED' },
    {
      // The summary names the image being admitted (registry and repository as Kyverno parsed them).
      key: '{{ resourceUri }}',
      operator: 'Equals',
      value: 'oci://{{ image.registry }}/{{ image.path }}@*',
    },
  ];
  if (rules.verifierIds.length > 0) {
    all.push({ key: '{{ verifier.id }}', operator: 'AnyIn', value: rules.verifierIds });
  }
  if (rules.levels.length > 0) {
    all.push({ key: '{{ verifiedLevels }}', operator: 'AnyIn', value: rules.levels });
  }
  if (rules.maxAgeSeconds !== undefined) {
    all.push({
      key: "{{ time_since('', timeVerified, '') }}",
      operator: 'DurationLessThanOrEquals',
      value: `${rules.maxAgeSeconds}s`,
    });
  }
  return [{ all }];
}

/**
 * The Kyverno ClusterPolicy `<name>-vsa`: every Pod outside the system namespaces runs only images of
 * the governed repositories that carry a passing VSA signed by the build identity (Enforce).
 */
export function buildVsaKyvernoPolicy(input: CheckedInput): KubeObject {
  const verify: Record<string, unknown> = {
    imageReferences: toKyvernoImageReferences(input),
    type: input.signatureFormat === 'bundle' ? 'SigstoreBundle' : 'Cosign',
    failureAction: input.mode === 'warn' ? 'Audit' : 'Enforce',
    mutateDigest: input.mode !== 'warn',
    verifyDigest: input.mode !== 'warn',
    required: true,
    attestations: [
      {
        type: VSA_PREDICATE_TYPE,
        attestors: [{ count: 1, entries: [toAttestorEntry(input, input.build)] }],
        conditions: kyvernoConditions(input),
      },
    ],
  };
  if (input.signatureRepository) verify.repository = formatRepository(input.signatureRepository);
  return kyvernoClusterPolicy(input, {
    name: `${input.name}-vsa`,
    title: `Signet: images of ${input.name} with a passing SLSA verification summary`,
    timeoutSeconds: 30,
    rules: [
      {
        name: 'verify-vsa',
        ...kyvernoPodRules(input),
        verifyImages: [verify],
      },
    ],
  });
}

const ALL_IMAGES = '(images.containers + images.initContainers + images.ephemeralContainers)';

/**
 * The Kyverno ImageValidatingPolicy `<name>-vsa`: the VSA signature by the build identity, then CEL over
 * its payload (result, repository, verifier, level). Kyverno 1.19 initialises TUF for keyless attestors,
 * so with a private Sigstore this form works for key signers only (see the generator's warning).
 */
export function buildVsaImageValidatingPolicy(input: CheckedInput): KubeObject {
  const rules = toVsaRules(input);
  const payload = 'extractPayload(image, attestations.vsa)';
  const checks = [
    `${payload}.predicate.verificationResult == 'PASSED'`,
    `${JSON.stringify(resourcePrefixes(input))}.exists(p, ${payload}.predicate.resourceUri.startsWith(p))`,
  ];
  if (rules.verifierIds.length > 0) {
    checks.push(`${payload}.predicate.verifier.id in ${JSON.stringify(rules.verifierIds)}`);
  }
  if (rules.levels.length > 0) {
    checks.push(`${payload}.predicate.verifiedLevels.exists(l, l in ${JSON.stringify(rules.levels)})`);
  }
  const validations = [
    {
      expression: `${ALL_IMAGES}.all(image, verifyAttestationSignatures(image, attestations.vsa, [attestors.build]) > 0)`,
      message: 'every image must carry a SLSA verification summary signed by the build identity',
    },
    {
      expression: `${ALL_IMAGES}.all(image, ${checks.join(' && ')})`,
      message: 'every image must carry a PASSED SLSA verification summary of its own repository',
    },
  ];
  return {
    apiVersion: `${KYVERNO_POLICIES_GROUP}/v1`,
    kind: 'ImageValidatingPolicy',
    metadata: { name: `${input.name}-vsa`, labels: toLabels(input.name) },
    spec: {
      validationActions: [input.mode === 'warn' ? 'Audit' : 'Deny'],
      failurePolicy: 'Fail',
      webhookConfiguration: { timeoutSeconds: 30 },
      matchConstraints: {
        resourceRules: POD_RESOURCE_RULES,
        namespaceSelector: { matchExpressions: [notExcludedNamespaces(input)] },
      },
      matchImageReferences: toKyvernoImageReferences(input).map((glob) => ({ glob })),
      validationConfigurations: {
        required: true,
        mutateDigest: input.mode !== 'warn',
        verifyDigest: input.mode !== 'warn',
      },
      attestors: [ivpAttestor(input, 'build', input.build)],
      attestations: [{ name: 'vsa', intoto: { type: VSA_PREDICATE_TYPE } }],
      validations,
    },
  };
}
