// API groups, labels and well-known values of the admission controllers Signet writes objects for.

/** sigstore policy-controller (not `sigstore.dev`: that group does not exist). */
export const POLICY_CONTROLLER_GROUP = 'policy.sigstore.dev';
/** Kyverno's classic policies (ClusterPolicy, PolicyException v2). */
export const KYVERNO_GROUP = 'kyverno.io';
/** Kyverno's CEL policies (ImageValidatingPolicy and its PolicyException). */
export const KYVERNO_POLICIES_GROUP = 'policies.kyverno.io';

/** The field manager of every server-side apply Signet sends. */
export const FIELD_MANAGER = 'signet';

/** Every generated object carries these labels; pruning selects on them. */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'signet';
export const POLICY_LABEL = 'signet.dev/policy';
/** Set on per-digest objects, which a later apply prunes when their digest is no longer asked for. */
export const SCOPE_LABEL = 'signet.dev/scope';
export const DIGEST_ANNOTATION = 'signet.dev/digest';

/** The namespace label that says which trust level a namespace runs at (values: development, production). */
export const TRUST_LEVEL_LABEL = 'signet.dev/trust-level';
/** policy-controller only checks namespaces carrying this label (opt-in). */
export const POLICY_CONTROLLER_INCLUDE_LABEL = 'policy.sigstore.dev/include';

/** Namespaces no image policy should ever block: the control plane and the admission controllers. */
export const SYSTEM_NAMESPACES = [
  'kube-system',
  'kube-public',
  'kube-node-lease',
  'kyverno',
  'cosign-system',
  'connaisseur',
] as const;

/** The controllers Signet writes objects for, and the project to install when their CRD is missing. */
export const CONTROLLER_OF_GROUP: Record<string, string> = {
  [POLICY_CONTROLLER_GROUP]: 'the sigstore policy-controller (helm chart sigstore/policy-controller)',
  [KYVERNO_GROUP]: 'Kyverno (helm chart kyverno/kyverno)',
  [KYVERNO_POLICIES_GROUP]: 'Kyverno ≥ 1.14 (helm chart kyverno/kyverno)',
};
