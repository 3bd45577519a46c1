// The cluster companions of the signature policies: an allow-list of registries and repositories, a
// mutation to `imagePullPolicy: Always`, a cluster-wide audit of unsigned images, and a PrometheusRule
// that alerts on the results of exactly the policies Signet generated. Each comes as a Kyverno
// ClusterPolicy and, where Kyverno has one, in its CEL form (ValidatingPolicy, MutatingPolicy,
// ImageValidatingPolicy).
//
// Registry matching is anchored: an entry `ghcr.io/acme` admits the repository `ghcr.io/acme` and what
// lies below `ghcr.io/acme/`, never `ghcr.io.evil.com/…` or `ghcr.io/acmeevil/…` (glob lists written
// with a trailing `/*` or `*` get this wrong). Images are read as the container runtime reads them:
// the first path component is a registry only when it holds a `.` or `:` or is `localhost`, otherwise
// the image is on Docker Hub (`nginx` is `docker.io/library/nginx`). One anchored RE2 expression per
// policy does both, so the ClusterPolicy (validate.cel) and the ValidatingPolicy say the same thing.
//
// Kyverno's metrics (pkg/metrics in kyverno v1.19): `kyverno_policy_results_total` with labels
// `policy_name`, `rule_name`, `rule_result` (pass|fail|…) for ClusterPolicies, and
// `kyverno_image_validating_policy_results_total` / `kyverno_validating_policy_results_total` with
// `policy_name`, `result` for the CEL policies.
import { KYVERNO_GROUP, KYVERNO_POLICIES_GROUP } from './constants.ts';
import { PolicyError } from './errors.ts';
import { signersOf, toLabels, type CheckedInput } from './input.ts';
import {
  excludedNamespaces,
  ivpAttestor,
  notExcludedNamespaces,
  POD_RESOURCE_RULES,
  toAttestorEntry,
  toKyvernoRuleNames,
} from './kyverno-policy.ts';
import type { KubeObject } from './types.ts';

/** The companions asked for (all optional). */
export interface CompanionsInput {
  /** Registries or repositories images may come from: `ghcr.io/acme`, `registry.example.com:5000`. */
  allowedRegistries?: string[];
  /** Set `imagePullPolicy: Always` on every container (init and ephemeral too). */
  pullPolicyAlways?: boolean;
  /** A cluster-wide, audit-only signature check that reports unsigned images without blocking them. */
  auditUnsigned?: boolean;
  /** A PrometheusRule (monitoring.coreos.com/v1) alerting on the generated policies' failures. */
  alert?: boolean;
  /** The namespace of the PrometheusRule (default `monitoring`). */
  alertNamespace?: string;
}

/** One allowed location, parsed: a host (with port) and an optional repository path below it. */
export interface AllowedLocation {
  host: string;
  path?: string;
}

const HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$/;
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DNS_LABEL_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Parses `HOST[:PORT][/PATH]`; throws POLICY_INVALID_INPUT naming the entry and the expected form. */
export function parseAllowedLocation(entry: string): AllowedLocation {
  const text = entry.trim().replace(/\/+$/, '');
  const bad = (why: string) =>
    new PolicyError(
      'POLICY_INVALID_INPUT',
      `allowed registry ${JSON.stringify(entry)} ${why}: write HOST[:PORT][/REPOSITORY], e.g. ghcr.io/acme`,
    );
  if (text === '') throw bad('is empty');
  if (/[*?[\]]/.test(text)) throw bad('has a wildcard (entries are prefixes matched at a / boundary)');
  if (text.includes('://')) throw bad('has a scheme');
  const slash = text.indexOf('/');
  const host = slash < 0 ? text : text.slice(0, slash);
  const path = slash < 0 ? undefined : text.slice(slash + 1);
  if (!HOST_RE.test(host)) throw bad('has no valid lowercase host');
  // A host without a dot or port would be read by the runtime as a Docker Hub namespace.
  if (!host.includes('.') && !host.includes(':') && host !== 'localhost') {
    throw bad('does not start with a registry host (a name with a dot or a port, or localhost)');
  }
  if (path !== undefined && !path.split('/').every((c) => PATH_COMPONENT_RE.test(c))) {
    throw bad('has an invalid repository path');
  }
  return path === undefined ? { host } : { host, path };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The RE2 pattern, anchored as a whole, of the image strings the allow-list admits. Docker Hub entries
 * also admit the short forms the runtime expands (`nginx`, `acme/app`).
 */
export function toAllowedImagePattern(locations: readonly AllowedLocation[]): string {
  // After a repository: its tag or digest, or a deeper path. After a bare host: only a path.
  const alternatives = new Set<string>();
  for (const l of locations) {
    const hosts = DOCKER_HUB.has(l.host) ? ['docker.io', 'index.docker.io'] : [l.host];
    const hostRe = hosts.length > 1 ? `(?:${hosts.map(escapeRe).join('|')})` : escapeRe(hosts[0]!);
    if (l.path === undefined) {
      alternatives.add(`${hostRe}/.+`);
      if (DOCKER_HUB.has(l.host)) {
        alternatives.add('[^/]+'); // `nginx`, `nginx:1`: library images
        alternatives.add('[^/.:]+/.+'); // `acme/app`: not a host (localhost is excluded by the caller)
      }
      continue;
    }
    const pathRe = escapeRe(l.path);
    alternatives.add(`${hostRe}/${pathRe}(?:[/:@].*)?`);
    if (DOCKER_HUB.has(l.host)) {
      alternatives.add(`${pathRe}(?:[/:@].*)?`);
      if (l.path === 'library') alternatives.add('[^/]+');
    }
  }
  return `^(?:${[...alternatives].sort().join('|')})$`;
}

const ALL_CONTAINERS =
  'object.spec.containers' +
  ' + (has(object.spec.initContainers) ? object.spec.initContainers : [])' +
  ' + (has(object.spec.ephemeralContainers) ? object.spec.ephemeralContainers : [])';

/** The CEL expression that holds when every container image is in the allow-list. */
export function toAllowedImagesExpression(locations: readonly AllowedLocation[]): string {
  const pattern = toAllowedImagePattern(locations);
  // `localhost/x` names the registry localhost, not a Docker Hub namespace: the short-form
  // alternatives must not admit it unless localhost itself is allowed.
  const localhostAllowed = locations.some((l) => l.host === 'localhost');
  const guard = localhostAllowed ? '' : `!c.image.startsWith('localhost/') && `;
  return `(${ALL_CONTAINERS}).all(c, ${guard}c.image.matches(${JSON.stringify(pattern)}))`;
}

function allowedMessage(locations: readonly AllowedLocation[]): string {
  const list = locations.map((l) => (l.path ? `${l.host}/${l.path}` : l.host)).join(', ');
  return `every image must come from an allowed registry or repository (${list}); write Docker Hub images in full or allow docker.io`;
}

function podRules(input: CheckedInput) {
  return {
    match: { any: [{ resources: { kinds: ['Pod', 'Pod/ephemeralcontainers'] } }] },
    exclude: { any: [{ resources: { namespaces: excludedNamespaces(input) } }] },
  };
}

const POD_AND_EPHEMERAL_RULES = [
  {
    apiGroups: [''],
    apiVersions: ['v1'],
    operations: ['CREATE', 'UPDATE'],
    resources: ['pods', 'pods/ephemeralcontainers'],
  },
];

function celNamespaceSelector(input: CheckedInput) {
  return { matchExpressions: [notExcludedNamespaces(input)] };
}

/** The object names of the companions of policy `name`. */
export function companionNames(name: string) {
  return {
    registries: `${name}-registries`,
    pullPolicy: `${name}-pull-always`,
    audit: `${name}-audit`,
    alerts: `${name}-alerts`,
  };
}

/** Kyverno ClusterPolicy: images from the allowed registries only (Enforce). */
export function buildRegistryPolicy(input: CheckedInput, locations: readonly AllowedLocation[]): KubeObject {
  const name = companionNames(input.name).registries;
  return {
    apiVersion: `${KYVERNO_GROUP}/v1`,
    kind: 'ClusterPolicy',
    metadata: {
      name,
      labels: toLabels(input.name),
      annotations: {
        'policies.kyverno.io/title': `Signet: allowed registries of ${input.name}`,
        'policies.kyverno.io/category': 'Software Supply Chain Security',
        'policies.kyverno.io/subject': 'Pod',
      },
    },
    spec: {
      // Admission only: Kyverno refuses background scans of rules that match a subresource
      // (`Pod/ephemeralcontainers`), which the allow-list must, or `kubectl debug` would bypass it.
      background: false,
      webhookConfiguration: { failurePolicy: 'Fail', timeoutSeconds: 10 },
      rules: [
        {
          name: 'allowed-registries',
          ...podRules(input),
          validate: {
            failureAction: 'Enforce',
            cel: {
              expressions: [
                { expression: toAllowedImagesExpression(locations), message: allowedMessage(locations) },
              ],
            },
          },
        },
      ],
    },
  };
}

/** Kyverno ValidatingPolicy (policies.kyverno.io/v1): the same allow-list in CEL form. */
export function buildRegistryValidatingPolicy(
  input: CheckedInput,
  locations: readonly AllowedLocation[],
): KubeObject {
  return {
    apiVersion: `${KYVERNO_POLICIES_GROUP}/v1`,
    kind: 'ValidatingPolicy',
    metadata: { name: companionNames(input.name).registries, labels: toLabels(input.name) },
    spec: {
      validationActions: ['Deny'],
      failurePolicy: 'Fail',
      matchConstraints: {
        resourceRules: POD_AND_EPHEMERAL_RULES,
        namespaceSelector: celNamespaceSelector(input),
      },
      validations: [{ expression: toAllowedImagesExpression(locations), message: allowedMessage(locations) }],
    },
  };
}

/** Kyverno ClusterPolicy: `imagePullPolicy: Always` on containers, init and ephemeral containers. */
export function buildPullPolicyMutation(input: CheckedInput): KubeObject {
  const always = [{ '(name)': '?*', imagePullPolicy: 'Always' }];
  return {
    apiVersion: `${KYVERNO_GROUP}/v1`,
    kind: 'ClusterPolicy',
    metadata: {
      name: companionNames(input.name).pullPolicy,
      labels: toLabels(input.name),
      annotations: {
        'policies.kyverno.io/title': `Signet: always pull images (${input.name})`,
        'policies.kyverno.io/category': 'Software Supply Chain Security',
        'policies.kyverno.io/subject': 'Pod',
        'policies.kyverno.io/description':
          'A node must not run a cached image whose tag moved after verification: every container pulls.',
      },
    },
    spec: {
      background: false,
      webhookConfiguration: { failurePolicy: 'Fail', timeoutSeconds: 10 },
      rules: [
        {
          name: 'always-pull',
          ...podRules(input),
          mutate: {
            patchStrategicMerge: {
              spec: { containers: always, initContainers: always, ephemeralContainers: always },
            },
          },
        },
      ],
    },
  };
}

/** Kyverno ClusterPolicy: every image in the cluster checked against the signers, Audit only. */
export function buildAuditPolicy(input: CheckedInput): KubeObject {
  const signers = signersOf(input, 'production');
  return {
    apiVersion: `${KYVERNO_GROUP}/v1`,
    kind: 'ClusterPolicy',
    metadata: {
      name: companionNames(input.name).audit,
      labels: toLabels(input.name),
      annotations: {
        'policies.kyverno.io/title': `Signet: audit of unsigned images (${input.name})`,
        'policies.kyverno.io/category': 'Software Supply Chain Security',
        'policies.kyverno.io/subject': 'Pod',
      },
    },
    spec: {
      background: false,
      webhookConfiguration: { failurePolicy: 'Ignore', timeoutSeconds: 30 },
      rules: [
        {
          name: 'audit-signatures',
          match: { any: [{ resources: { kinds: ['Pod'] } }] },
          exclude: { any: [{ resources: { namespaces: excludedNamespaces(input) } }] },
          verifyImages: [
            {
              imageReferences: ['*'],
              type: input.signatureFormat === 'bundle' ? 'SigstoreBundle' : 'Cosign',
              failureAction: 'Audit',
              mutateDigest: false,
              verifyDigest: false,
              required: true,
              // Signed by any of the policy's identities counts.
              attestors: [{ count: 1, entries: signers.map((s) => toAttestorEntry(input, s.signer)) }],
            },
          ],
        },
      ],
    },
  };
}

/** Kyverno ImageValidatingPolicy: the cluster-wide audit in CEL form. */
export function buildAuditImageValidatingPolicy(input: CheckedInput): KubeObject {
  const signers = signersOf(input, 'production');
  const refs = signers.map((s) => `attestors.${s.name}`).join(', ');
  return {
    apiVersion: `${KYVERNO_POLICIES_GROUP}/v1`,
    kind: 'ImageValidatingPolicy',
    metadata: { name: companionNames(input.name).audit, labels: toLabels(input.name) },
    spec: {
      validationActions: ['Audit'],
      failurePolicy: 'Ignore',
      webhookConfiguration: { timeoutSeconds: 30 },
      matchConstraints: {
        resourceRules: POD_RESOURCE_RULES,
        namespaceSelector: celNamespaceSelector(input),
      },
      matchImageReferences: [{ glob: '*' }],
      validationConfigurations: { required: true, mutateDigest: false, verifyDigest: false },
      attestors: signers.map((s) => ivpAttestor(input, s.name, s.signer)),
      validations: [
        {
          expression: `(images.containers + images.initContainers + images.ephemeralContainers).all(image, verifyImageSignatures(image, [${refs}]) > 0)`,
          message: 'image is not signed by an identity of this policy (audit only)',
        },
      ],
    },
  };
}

/** Which generated Kyverno objects the alert watches. */
export interface AlertScope {
  clusterPolicy: boolean;
  imageValidatingPolicies: boolean;
  audit: boolean;
}

const ruleNamesRe = (rule: string) => toKyvernoRuleNames(rule).join('|');

/**
 * PromQL over Kyverno's result counters for exactly the named policies: `admitted` fires when an image
 * that failed its signature check ran anyway (Audit rules: development namespaces, the cluster-wide
 * audit), `denied` when an Enforce rule refused one.
 */
export function toAlertExpressions(name: string, scope: AlertScope): { admitted: string; denied: string } {
  const window = '[5m]';
  const cp = (policy: string, rules?: string) =>
    `sum by (policy_name, rule_name, resource_namespace) (increase(kyverno_policy_results_total{rule_result="fail", policy_name="${policy}"${rules ? `, rule_name=~"${rules}"` : ''}}${window})) > 0`;
  const ivp = (policies: string[]) =>
    `sum by (policy_name, resource_namespace) (increase(kyverno_image_validating_policy_results_total{result="fail", policy_name=~"${policies.join('|')}"}${window})) > 0`;
  const admitted: string[] = [];
  const denied: string[] = [];
  const audit = companionNames(name).audit;
  if (scope.clusterPolicy) {
    admitted.push(cp(name, ruleNamesRe('verify-development')));
    denied.push(cp(name, ruleNamesRe('verify-production')));
    if (scope.audit) admitted.push(cp(audit));
  }
  if (scope.imageValidatingPolicies) {
    admitted.push(ivp([`${name}-development`, ...(scope.audit ? [audit] : [])]));
    denied.push(ivp([`${name}-production`]));
  }
  return { admitted: admitted.join('\nor\n'), denied: denied.join('\nor\n') };
}

/** A PrometheusRule (monitoring.coreos.com/v1) alerting on the generated policies' failures. */
export function buildPrometheusRule(input: CheckedInput, scope: AlertScope, namespace: string): KubeObject {
  if (!DNS_LABEL_RE.test(namespace)) {
    throw new PolicyError(
      'POLICY_INVALID_INPUT',
      `alert namespace ${JSON.stringify(namespace)} is not a DNS-1123 label (e.g. monitoring)`,
    );
  }
  const { admitted, denied } = toAlertExpressions(input.name, scope);
  const rules: Record<string, unknown>[] = [];
  if (admitted) {
    rules.push({
      alert: 'SignetUnverifiedImageAdmitted',
      expr: admitted,
      labels: { severity: 'critical', 'signet.dev/policy': input.name },
      annotations: {
        summary: `an image that failed the ${input.name} signature check is running`,
        description:
          'Kyverno admitted a Pod in audit mode although its image is not signed as policy {{ $labels.policy_name }} requires (namespace {{ $labels.resource_namespace }}).',
      },
    });
  }
  if (denied) {
    rules.push({
      alert: 'SignetImageDenied',
      expr: denied,
      labels: { severity: 'warning', 'signet.dev/policy': input.name },
      annotations: {
        summary: `Kyverno refused an image under the ${input.name} policy`,
        description:
          'Policy {{ $labels.policy_name }} denied a Pod in namespace {{ $labels.resource_namespace }}: its image is not signed by the required identities.',
      },
    });
  }
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: companionNames(input.name).alerts, namespace, labels: toLabels(input.name) },
    spec: { groups: [{ name: `signet-${input.name}`, rules }] },
  };
}

/** Which admission targets were asked for, as the companions need to know. */
export interface CompanionTargets {
  kyverno: boolean;
  kyvernoIvp: boolean;
}

/** The companions' objects for the requested targets. */
export function buildCompanions(
  input: CheckedInput,
  companions: CompanionsInput,
  targets: CompanionTargets,
): { objects: KubeObject[]; warnings: string[] } {
  const objects: KubeObject[] = [];
  const warnings: string[] = [];
  if (!targets.kyverno && !targets.kyvernoIvp) {
    if (Object.values(companions).some((v) => v === true || (Array.isArray(v) && v.length > 0))) {
      throw new PolicyError(
        'POLICY_INVALID_INPUT',
        'allowed registries, pull policy, audit and alert are Kyverno objects: add the kyverno or kyverno-ivp target',
      );
    }
    return { objects, warnings };
  }
  const locations = (companions.allowedRegistries ?? []).map(parseAllowedLocation);
  if (locations.length > 0) {
    if (targets.kyverno) objects.push(buildRegistryPolicy(input, locations));
    if (targets.kyvernoIvp) objects.push(buildRegistryValidatingPolicy(input, locations));
  }
  if (companions.pullPolicyAlways) {
    objects.push(buildPullPolicyMutation(input));
    if (targets.kyvernoIvp && !targets.kyverno) {
      warnings.push(
        'pull policy: written as a Kyverno ClusterPolicy (mutate), which Kyverno applies beside the CEL policies',
      );
    }
  }
  if (companions.auditUnsigned) {
    if (targets.kyverno) objects.push(buildAuditPolicy(input));
    if (targets.kyvernoIvp) objects.push(buildAuditImageValidatingPolicy(input));
  }
  if (companions.alert) {
    objects.push(
      buildPrometheusRule(
        input,
        {
          clusterPolicy: targets.kyverno,
          imageValidatingPolicies: targets.kyvernoIvp,
          audit: companions.auditUnsigned === true,
        },
        companions.alertNamespace ?? 'monitoring',
      ),
    );
  }
  return { objects, warnings };
}
