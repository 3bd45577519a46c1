export const id = 6261;
export const ids = [6261];
export const modules = {

/***/ 57852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ TRUST_LEVEL_LABEL),
/* harmony export */   Jo: () => (/* binding */ SYSTEM_NAMESPACES),
/* harmony export */   Nf: () => (/* binding */ DIGEST_ANNOTATION),
/* harmony export */   P2: () => (/* binding */ CONTROLLER_OF_GROUP),
/* harmony export */   Q9: () => (/* binding */ MANAGED_BY_VALUE),
/* harmony export */   XV: () => (/* binding */ KYVERNO_GROUP),
/* harmony export */   _4: () => (/* binding */ POLICY_CONTROLLER_GROUP),
/* harmony export */   lT: () => (/* binding */ MANAGED_BY_LABEL),
/* harmony export */   mn: () => (/* binding */ POLICY_LABEL),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER),
/* harmony export */   wN: () => (/* binding */ KYVERNO_POLICIES_GROUP),
/* harmony export */   y$: () => (/* binding */ POLICY_CONTROLLER_INCLUDE_LABEL),
/* harmony export */   yr: () => (/* binding */ SCOPE_LABEL)
/* harmony export */ });
// API groups, labels and well-known values of the admission controllers Signet writes objects for.
/** sigstore policy-controller (not `sigstore.dev`: that group does not exist). */
const POLICY_CONTROLLER_GROUP = 'policy.sigstore.dev';
/** Kyverno's classic policies (ClusterPolicy, PolicyException v2). */
const KYVERNO_GROUP = 'kyverno.io';
/** Kyverno's CEL policies (ImageValidatingPolicy and its PolicyException). */
const KYVERNO_POLICIES_GROUP = 'policies.kyverno.io';
/** The field manager of every server-side apply Signet sends. */
const FIELD_MANAGER = 'signet';
/** Every generated object carries these labels; pruning selects on them. */
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const MANAGED_BY_VALUE = 'signet';
const POLICY_LABEL = 'signet.dev/policy';
/** Set on per-digest objects, which a later apply prunes when their digest is no longer asked for. */
const SCOPE_LABEL = 'signet.dev/scope';
const DIGEST_ANNOTATION = 'signet.dev/digest';
/** The namespace label that says which trust level a namespace runs at (values: development, production). */
const TRUST_LEVEL_LABEL = 'signet.dev/trust-level';
/** policy-controller only checks namespaces carrying this label (opt-in). */
const POLICY_CONTROLLER_INCLUDE_LABEL = 'policy.sigstore.dev/include';
/** Namespaces no image policy should ever block: the control plane and the admission controllers. */
const SYSTEM_NAMESPACES = [
    'kube-system',
    'kube-public',
    'kube-node-lease',
    'kyverno',
    'cosign-system',
    'connaisseur',
];
/** The controllers Signet writes objects for, and the project to install when their CRD is missing. */
const CONTROLLER_OF_GROUP = {
    [POLICY_CONTROLLER_GROUP]: 'the sigstore policy-controller (helm chart sigstore/policy-controller)',
    [KYVERNO_GROUP]: 'Kyverno (helm chart kyverno/kyverno)',
    [KYVERNO_POLICIES_GROUP]: 'Kyverno ≥ 1.14 (helm chart kyverno/kyverno)',
};


/***/ }),

/***/ 1642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ ClusterError),
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15489);
// Errors of the cluster stage. PolicyError: the admission objects or the pre-flight policy asked for
// cannot be generated or are not met. ClusterError: the API server refused or could not be reached.

/** The admission objects or pre-flight policy are wrong, or an image does not meet them. */
class PolicyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}
/** The Kubernetes API refused or failed a request. */
class ClusterError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
    /** The HTTP status, when the API server answered. */
    status;
    constructor(code, message, options) {
        super(code, message, options);
        if (options?.status !== undefined)
            this.status = options.status;
    }
}


/***/ })

};
