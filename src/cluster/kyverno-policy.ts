// Kyverno objects. A `verifyImages` attestor set passes when `count` of its entries verify, so
// production is one set holding the build and the release identity with `count: 2` (AND), while
// development asks for the build identity only. Namespaces choose their level by label
// (`namespaceSelector` values are exact: they never glob), system namespaces are excluded, development
// runs in Audit and production in Enforce. The emergency bypass is a PolicyException: Kyverno ignores
// annotations such as `policies.kyverno.io/skip`.
// Fields: kyverno/kyverno config/crds (ClusterPolicy v1, ImageValidatingPolicy v1, PolicyException v2 and
// policies.kyverno.io/v1); `verifyImageSignatures` returns how many of the given attestors verified.
import { formatRepository } from '../registry/index.ts';
import { PUBLIC_REKOR_URL } from './cluster-image-policy.ts';
import { KYVERNO_GROUP, KYVERNO_POLICIES_GROUP, SYSTEM_NAMESPACES } from './constants.ts';
import { signersOf, toLabels, type CheckedInput } from './input.ts';
import { toGlobRepository } from './glob.ts';
import { toTrustPems } from './trust-root.ts';
import type { KubeObject, Signer, TrustLevel } from './types.ts';

const LEVELS: TrustLevel[] = ['development', 'production'];

/** Kyverno writes Docker Hub as `docker.io`; its `*` crosses `/`, so only `:` and `@` follow the name. */
export function toKyvernoImageReferences(input: CheckedInput): string[] {
  return input.repositories.flatMap((r) => {
    const repo = toGlobRepository(r).replace(/^index\.docker\.io\//, 'docker.io/');
    return [`${repo}:*`, `${repo}@*`];
  });
}

function namespaceSelector(input: CheckedInput, level: TrustLevel) {
  return {
    matchExpressions: [
      {
        key: input.namespaceLabel,
        operator: 'In',
        values: level === 'production' ? input.productionValues : input.developmentValues,
      },
    ],
  };
}

/** The Pod rules of the CEL policies (ImageValidatingPolicy, ValidatingPolicy). */
export const POD_RESOURCE_RULES = [
  { apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['pods'] },
];

/** The CEL policies' `namespaceSelector` expression that leaves out the excluded namespaces. */
export function notExcludedNamespaces(input: CheckedInput) {
  return { key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: excludedNamespaces(input) };
}

/** Namespaces never checked: the system ones and those the input excludes. */
export function excludedNamespaces(input: CheckedInput): string[] {
  return [...new Set([...SYSTEM_NAMESPACES, ...(input.namespaces?.exclude ?? [])])].sort();
}

/**
 * Whether the attestors name the TSA chain: Kyverno then requires a signed timestamp (cosign's
 * UseSignedTimestamps) instead of the Rekor v1 entry's integrated time, which only signatures timed by
 * a TSA carry (no log, or Rekor v2).
 */
function requiresTimestamp(input: CheckedInput): boolean {
  return input.noTlog === true || input.signedTimestamps === true;
}

/** One Kyverno attestor entry for `signer` (keyless identity or key, with the private Sigstore's keys). */
export function toAttestorEntry(input: CheckedInput, signer: Signer): Record<string, unknown> {
  const pems = input.trustedRoot ? toTrustPems(input.trustedRoot) : undefined;
  const rekor: Record<string, unknown> = input.noTlog
    ? { url: pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL, ignoreTlog: true }
    : { url: pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL };
  if (pems?.legacyRekor[0] && !input.noTlog) rekor.pubkey = pems.legacyRekor[0].publicKeyPem;
  if (signer.kind === 'key') {
    return {
      keys: { publicKeys: signer.publicKey, signatureAlgorithm: 'sha256', rekor, ctlog: { ignoreSCT: true } },
    };
  }
  const keyless: Record<string, unknown> = { issuer: signer.issuer };
  if (signer.subject !== undefined) keyless.subject = signer.subject;
  else keyless.subjectRegExp = signer.subjectRegExp;
  if (pems) {
    keyless.roots = pems.fulcio.map((f) => f.chainPem).join('');
    const ctlog: Record<string, unknown> = {};
    if (pems.ctlogs[0]) ctlog.pubkey = pems.ctlogs[0].publicKeyPem;
    if (pems.tsas[0] && requiresTimestamp(input)) ctlog.tsaCertChain = pems.tsas[0].chainPem;
    if (Object.keys(ctlog).length > 0) keyless.ctlog = ctlog;
  }
  keyless.rekor = rekor;
  return { keyless };
}

function verifyRule(input: CheckedInput, level: TrustLevel): Record<string, unknown> {
  const signers = signersOf(input, level);
  const enforce = level === 'production';
  const verify: Record<string, unknown> = {
    imageReferences: toKyvernoImageReferences(input),
    type: input.signatureFormat === 'bundle' ? 'SigstoreBundle' : 'Cosign',
    failureAction: enforce ? 'Enforce' : 'Audit',
    // Kyverno refuses mutateDigest with Audit; production pins every admitted image to its digest.
    mutateDigest: enforce,
    verifyDigest: enforce,
    required: true,
    attestors: [{ count: signers.length, entries: signers.map((s) => toAttestorEntry(input, s.signer)) }],
  };
  if (input.signatureRepository) verify.repository = formatRepository(input.signatureRepository);
  if ((input.attestations?.length ?? 0) > 0) {
    verify.attestations = (input.attestations ?? []).map((a) => ({
      name: a.name,
      type: a.predicateType,
      attestors: [{ count: 1, entries: [toAttestorEntry(input, input.build)] }],
    }));
  }
  return {
    name: `verify-${level}`,
    match: { any: [{ resources: { kinds: ['Pod'], namespaceSelector: namespaceSelector(input, level) } }] },
    exclude: { any: [{ resources: { namespaces: excludedNamespaces(input) } }] },
    verifyImages: [verify],
  };
}

/** The rule names Kyverno autogenerates for pod controllers from a Pod rule (`autogen-…`). */
export function toKyvernoRuleNames(rule: string): string[] {
  return [rule, `autogen-${rule}`, `autogen-cronjob-${rule}`];
}

/** A Kyverno ClusterPolicy (kyverno.io/v1) with one verifyImages rule per trust level. */
export function buildKyvernoClusterPolicy(input: CheckedInput): KubeObject {
  return kyvernoClusterPolicy(input, {
    name: input.name,
    title: `Signet: signed images of ${input.name}`,
    timeoutSeconds: 30,
    rules: LEVELS.map((l) => verifyRule(input, l)),
  });
}

/**
 * A Kyverno ClusterPolicy (kyverno.io/v1) over Pods, as Signet writes them all: labelled as the policy
 * `input` names, titled in Kyverno's annotations, checked at admission only (no background scan) through
 * the Fail webhook with `timeoutSeconds`.
 */
export function kyvernoClusterPolicy(
  input: CheckedInput,
  policy: { name: string; title: string; description?: string; timeoutSeconds: number; rules: unknown[] },
): KubeObject {
  return {
    apiVersion: `${KYVERNO_GROUP}/v1`,
    kind: 'ClusterPolicy',
    metadata: {
      name: policy.name,
      labels: toLabels(input.name),
      annotations: {
        'policies.kyverno.io/title': policy.title,
        'policies.kyverno.io/category': 'Software Supply Chain Security',
        'policies.kyverno.io/subject': 'Pod',
        ...(policy.description !== undefined && { 'policies.kyverno.io/description': policy.description }),
      },
    },
    spec: {
      background: false,
      webhookConfiguration: { failurePolicy: 'Fail', timeoutSeconds: policy.timeoutSeconds },
      rules: policy.rules,
    },
  };
}

/** A ClusterPolicy rule's `match` (these kinds, every namespace) and `exclude` (the excluded namespaces). */
export function kyvernoPodRules(input: CheckedInput, kinds: string[] = ['Pod']) {
  return {
    match: { any: [{ resources: { kinds } }] },
    exclude: { any: [{ resources: { namespaces: excludedNamespaces(input) } }] },
  };
}

/** One ImageValidatingPolicy attestor named `name` for `signer`. */
export function ivpAttestor(input: CheckedInput, name: string, signer: Signer): Record<string, unknown> {
  const pems = input.trustedRoot ? toTrustPems(input.trustedRoot) : undefined;
  const cosign: Record<string, unknown> = {};
  if (signer.kind === 'key') cosign.key = { data: signer.publicKey };
  else {
    const identity: Record<string, string> = { issuer: signer.issuer };
    if (signer.subject !== undefined) identity.subject = signer.subject;
    else identity.subjectRegExp = signer.subjectRegExp ?? '';
    const keyless: Record<string, unknown> = { identities: [identity] };
    if (pems) keyless.roots = pems.fulcio.map((f) => f.chainPem).join('');
    cosign.keyless = keyless;
  }
  const ctlog: Record<string, unknown> = { url: pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL };
  if (input.noTlog) ctlog.insecureIgnoreTlog = true;
  if (signer.kind === 'key') ctlog.insecureIgnoreSCT = true;
  if (pems?.legacyRekor[0]) ctlog.rekorPubKey = pems.legacyRekor[0].publicKeyPem;
  if (pems?.ctlogs[0] && signer.kind === 'keyless') ctlog.ctLogPubKey = pems.ctlogs[0].publicKeyPem;
  if (pems?.tsas[0] && requiresTimestamp(input)) ctlog.tsaCertChain = pems.tsas[0].chainPem;
  cosign.ctlog = ctlog;
  // The inline trusted root verifies bundles; Kyverno ≤ 1.19 still initialises TUF for keyless
  // attestors, so a private Sigstore also needs a TUF mirror there (see the generator warnings).
  if (input.trustedRoot && signer.kind === 'keyless')
    cosign.trustedRoot = { value: JSON.stringify(input.trustedRoot) };
  if (input.tuf && signer.kind === 'keyless')
    cosign.tuf = {
      mirror: input.tuf.mirror,
      root: { data: Buffer.from(input.tuf.rootJSON, 'utf8').toString('base64') },
    };
  if (input.signatureRepository) cosign.source = { repository: formatRepository(input.signatureRepository) };
  return { name, cosign };
}

const ALL_IMAGES = '(images.containers + images.initContainers + images.ephemeralContainers)';

/** A Kyverno ImageValidatingPolicy (policies.kyverno.io/v1) for one trust level. */
export function buildImageValidatingPolicy(input: CheckedInput, level: TrustLevel): KubeObject {
  const signers = signersOf(input, level);
  const enforce = level === 'production';
  const attestorRefs = signers.map((s) => `attestors.${s.name}`).join(', ');
  const validations: Record<string, string>[] = [
    {
      expression: `${ALL_IMAGES}.all(image, verifyImageSignatures(image, [${attestorRefs}]) == ${signers.length})`,
      message: `every image must be signed by ${signers.map((s) => `the ${s.name} identity`).join(' and ')}`,
    },
  ];
  const spec: Record<string, unknown> = {
    validationActions: [enforce ? 'Deny' : 'Audit'],
    failurePolicy: 'Fail',
    webhookConfiguration: { timeoutSeconds: 30 },
    matchConstraints: {
      resourceRules: POD_RESOURCE_RULES,
      namespaceSelector: {
        matchExpressions: [...namespaceSelector(input, level).matchExpressions, notExcludedNamespaces(input)],
      },
    },
    matchImageReferences: toKyvernoImageReferences(input).map((glob) => ({ glob })),
    validationConfigurations: { required: true, mutateDigest: enforce, verifyDigest: enforce },
    attestors: signers.map((s) => ivpAttestor(input, s.name, s.signer)),
    validations,
  };
  if ((input.attestations?.length ?? 0) > 0) {
    spec.attestations = (input.attestations ?? []).map((a) => ({
      name: a.name,
      intoto: { type: a.predicateType },
    }));
    for (const a of input.attestations ?? []) {
      validations.push({
        expression: `${ALL_IMAGES}.all(image, verifyAttestationSignatures(image, attestations.${a.name}, [attestors.build]) > 0)`,
        message: `every image must carry a ${a.name} attestation (${a.predicateType}) signed by the build identity`,
      });
    }
  }
  return {
    apiVersion: `${KYVERNO_POLICIES_GROUP}/v1`,
    kind: 'ImageValidatingPolicy',
    metadata: { name: `${input.name}-${level}`, labels: toLabels(input.name) },
    spec,
  };
}

/** The namespace Kyverno reads PolicyExceptions from (its `--exceptionNamespace`, default `kyverno`). */
export const EXCEPTION_NAMESPACE = 'kyverno';

/**
 * The emergency bypass: PolicyExceptions for the ClusterPolicy (kyverno.io/v2) and the
 * ImageValidatingPolicies (policies.kyverno.io/v1), limited to the given namespaces.
 */
export function buildPolicyExceptions(input: CheckedInput): KubeObject[] {
  const bypass = input.bypass;
  if (!bypass) return [];
  const namespaces = [...new Set(bypass.namespaces)].sort();
  const annotations = { 'signet.dev/reason': bypass.reason };
  const meta = (name: string) => ({
    name,
    namespace: EXCEPTION_NAMESPACE,
    labels: toLabels(input.name),
    annotations,
  });
  return [
    {
      apiVersion: `${KYVERNO_GROUP}/v2`,
      kind: 'PolicyException',
      metadata: meta(`${input.name}-bypass`),
      spec: {
        exceptions: [
          { policyName: input.name, ruleNames: LEVELS.flatMap((l) => toKyvernoRuleNames(`verify-${l}`)) },
        ],
        match: {
          any: [
            {
              resources: {
                kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'],
                namespaces,
              },
            },
          ],
        },
      },
    },
    {
      apiVersion: `${KYVERNO_POLICIES_GROUP}/v1`,
      kind: 'PolicyException',
      metadata: meta(`${input.name}-bypass-ivp`),
      spec: {
        policyRefs: LEVELS.map((l) => ({ name: `${input.name}-${l}`, kind: 'ImageValidatingPolicy' })),
        matchConditions: [
          { name: 'bypass-namespaces', expression: `request.namespace in ${JSON.stringify(namespaces)}` },
        ],
      },
    },
  ];
}
