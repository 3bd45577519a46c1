// Errors of the cluster stage. PolicyError: the admission objects or the pre-flight policy asked for
// cannot be generated or are not met. ClusterError: the API server refused or could not be reached.
import { SignetError } from '../errors.ts';

export type PolicyErrorCode =
  /** The generator input is incomplete or contradictory (name, repositories, signer). */
  | 'POLICY_INVALID_INPUT'
  /** An identity is missing its issuer or subject, or its regexp is too broad (src/verify/identity-pattern.ts). */
  | 'POLICY_INVALID_IDENTITY'
  /** An image glob is malformed or matches nothing sensible. */
  | 'POLICY_INVALID_GLOB'
  /** A generated object breaks its controller's webhook rules or CRD schema (a Signet bug). */
  | 'POLICY_INVALID_OBJECT'
  /** A pre-flight policy file is unparsable or incomplete. */
  | 'POLICY_INVALID_PREFLIGHT'
  /** A manifest is not valid YAML, or its aliases expand too far (file and line are in the message). */
  | 'POLICY_MANIFEST_YAML'
  /** An `image` in a manifest is not a plain string (a number, null, mapping, `!!binary`, other tag). */
  | 'POLICY_MANIFEST_IMAGE'
  /** An image in a manifest matches no glob of the pre-flight policy. */
  | 'POLICY_NO_RULE'
  /** An image in a manifest is not signed by the identities its glob requires. */
  | 'POLICY_UNVERIFIED';

/** The admission objects or pre-flight policy are wrong, or an image does not meet them. */
export class PolicyError extends SignetError<PolicyErrorCode> {}

export type ClusterErrorCode =
  /** No usable kubeconfig: none given, unparsable, or no current context. */
  | 'CLUSTER_KUBECONFIG'
  /** 401: the credentials of the kubeconfig were not accepted. */
  | 'CLUSTER_UNAUTHORIZED'
  /** 403: the credentials lack an RBAC permission (verb and resource are in the message). */
  | 'CLUSTER_FORBIDDEN'
  /** 404 on the API group: the controller's CRD is not installed. */
  | 'CLUSTER_CRD_MISSING'
  /** 404 on the namespace: a namespaced object's namespace does not exist (the CRD may well be installed). */
  | 'CLUSTER_NAMESPACE_MISSING'
  /** 500: a conversion or admission webhook the API server must call for this object is down. */
  | 'CLUSTER_WEBHOOK'
  /** 409: another field manager owns a field Signet sets. */
  | 'CLUSTER_CONFLICT'
  /** 422 or 400: the API server rejected the object. */
  | 'CLUSTER_INVALID'
  /** The API server could not be reached or answered something else. */
  | 'CLUSTER_UNREACHABLE'
  | 'CLUSTER_API';

/** The Kubernetes API refused or failed a request. */
export class ClusterError extends SignetError<ClusterErrorCode> {
  /** The HTTP status, when the API server answered. */
  readonly status?: number;
  constructor(code: ClusterErrorCode, message: string, options?: { cause?: unknown; status?: number }) {
    super(code, message, options);
    if (options?.status !== undefined) this.status = options.status;
  }
}
