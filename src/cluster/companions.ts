// The cluster companions of the signature policies: an allow-list of registries and repositories, a
// mutation to `imagePullPolicy: Always`, a cluster-wide audit of unsigned images, and a PrometheusRule
// that alerts on the results of exactly the policies Signet generated. Each comes as a Kyverno
// ClusterPolicy and, where Kyverno has one, in its CEL form (ValidatingPolicy, MutatingPolicy,
// ImageValidatingPolicy).
//
// The allow-list's matching lives in allowed-registries.ts, the PrometheusRule in companion-alerts.ts.
import { KYVERNO_POLICIES_GROUP } from './constants.ts';
import { PolicyError } from './errors.ts';
import { signersOf, toLabels, type CheckedInput } from './input.ts';
import {
  kyvernoClusterPolicy,
  kyvernoPodRules,
  ivpAttestor,
  notExcludedNamespaces,
  POD_RESOURCE_RULES,
  toAttestorEntry,
} from './kyverno-policy.ts';
import type { KubeObject } from './types.ts';
import {
  allowedMessage,
  parseAllowedLocation,
  toAllowedImagesExpression,
  type AllowedLocation,
} from './allowed-registries.ts';
import { buildPrometheusRule } from './companion-alerts.ts';
import { companionNames } from './companion-names.ts';

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

function podRules(input: CheckedInput) {
  return kyvernoPodRules(input, ['Pod', 'Pod/ephemeralcontainers']);
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

/** Kyverno ClusterPolicy: images from the allowed registries only (Enforce). */
export function buildRegistryPolicy(input: CheckedInput, locations: readonly AllowedLocation[]): KubeObject {
  // Admission only: Kyverno refuses background scans of rules that match a subresource
  // (`Pod/ephemeralcontainers`), which the allow-list must, or `kubectl debug` would bypass it.
  return kyvernoClusterPolicy(input, {
    name: companionNames(input.name).registries,
    title: `Signet: allowed registries of ${input.name}`,
    timeoutSeconds: 10,
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
  });
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
  return kyvernoClusterPolicy(input, {
    name: companionNames(input.name).pullPolicy,
    title: `Signet: always pull images (${input.name})`,
    description:
      'A node must not run a cached image whose tag moved after verification: every container pulls.',
    timeoutSeconds: 10,
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
  });
}

/** Kyverno ClusterPolicy: every image in the cluster checked against the signers, Audit only. */
export function buildAuditPolicy(input: CheckedInput): KubeObject {
  const signers = signersOf(input, 'production');
  // Fail, as the signature policies: Kyverno (≤ 1.19) calls its Fail and Ignore policies through two
  // webhooks, and each call rewrites the Pod's verify-images annotations with its own policies' results
  // only. An audit policy on the Ignore webhook erased the signature policies' results, and the real
  // controller then denied every correctly signed image ("unverified image").
  return kyvernoClusterPolicy(input, {
    name: companionNames(input.name).audit,
    title: `Signet: audit of unsigned images (${input.name})`,
    timeoutSeconds: 30,
    rules: [
      {
        name: 'audit-signatures',
        ...kyvernoPodRules(input),
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
  });
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
