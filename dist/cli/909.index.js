export const id = 909;
export const ids = [909,3290];
export const modules = {

/***/ 58167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 8859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ ClusterError),
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
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


/***/ }),

/***/ 80909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createKubeApi: () => (/* binding */ createKubeApi),
/* harmony export */   createSecretData: () => (/* binding */ createSecretData),
/* harmony export */   readSecretData: () => (/* binding */ readSecretData)
/* harmony export */ });
/* unused harmony exports toKubeConfig, toClusterError */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1425);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58167);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8859);
// The Kubernetes API as the cluster stage needs it (read, server-side apply, list by label, delete),
// over @kubernetes/client-node, with the API server's refusals turned into ClusterErrors that say what
// to do. The only code in Signet that talks to an API server.



/**
 * What is wrong with a kubeconfig, without quoting it: YAML parsers append the offending lines to their
 * message (js-yaml's snippet), and a kubeconfig holds tokens, keys and passwords. Only the first line
 * (the reason and its line:column) is kept.
 */
function kubeconfigProblem(err) {
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0].trim();
    return first.length > 200 ? `${first.slice(0, 200)}…` : first;
}
/** A KubeConfig from its source; throws CLUSTER_KUBECONFIG naming what is wrong. */
function toKubeConfig(source) {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    try {
        if (source.kind === 'kubeconfig') {
            kc.loadFromString(source.text);
            if (source.context)
                kc.setCurrentContext(source.context);
        }
        else {
            const host = source.host.includes(':') ? `[${source.host}]` : source.host;
            kc.loadFromOptions({
                clusters: [
                    {
                        name: 'in-cluster',
                        server: `https://${host}:${source.port}`,
                        caData: Buffer.from(source.caPem).toString('base64'),
                        skipTLSVerify: false,
                    },
                ],
                users: [{ name: 'in-cluster', token: source.token }],
                contexts: [
                    {
                        name: 'in-cluster',
                        cluster: 'in-cluster',
                        user: 'in-cluster',
                        namespace: source.namespace ?? 'default',
                    },
                ],
                currentContext: 'in-cluster',
            });
        }
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_KUBECONFIG', `the kubeconfig cannot be read: ${kubeconfigProblem(err)}; pass a valid kubeconfig or set KUBECONFIG`, { cause: err });
    }
    if (!kc.getCurrentCluster()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_KUBECONFIG', kc.getCurrentContext()
            ? `the kubeconfig has no cluster for context "${kc.getCurrentContext()}": pass --context or fix current-context`
            : 'the kubeconfig sets no current-context (and none was given): pass --context or set current-context');
    }
    return kc;
}
const describeObject = (obj) => `${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`;
function groupOf(apiVersion) {
    return apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '';
}
function statusOf(err) {
    const body = err.body;
    if (typeof body === 'string') {
        try {
            return JSON.parse(body);
        }
        catch {
            return { message: body };
        }
    }
    return (body ?? {});
}
/** Turns a client-node failure into a ClusterError naming the object, the verb and the fix. */
function toClusterError(err, verb, obj) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b)
        return err;
    const what = describeObject(obj);
    const crdMissing = () => {
        const controller = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTROLLER_OF_GROUP */ .P2[groupOf(obj.apiVersion)] ?? `the controller serving ${obj.apiVersion}`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_CRD_MISSING', `the cluster does not serve ${obj.apiVersion} ${obj.kind}: install ${controller} (its CRDs) before applying ${what}`, { cause: err, status: 404 });
    };
    if (err instanceof Error && err.message.startsWith('Unrecognized API version and kind'))
        return crdMissing();
    if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4) {
        const status = statusOf(err);
        const code = err.code;
        if (code === 404 && err.message.startsWith('Failed to fetch resource metadata'))
            return crdMissing();
        const detail = status.message ? `: ${status.message}` : '';
        // A real API server answers 404 for a missing namespace too (details.kind "namespaces"): that is
        // not a missing CRD, and saying so would send the user to reinstall a controller.
        if (code === 404 && status.details?.kind === 'namespaces') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_NAMESPACE_MISSING', `${verb} ${what}: namespace "${status.details.name ?? obj.metadata.namespace ?? ''}" does not exist: install the controller that creates it, or create it before applying`, { cause: err, status: code });
        }
        // A CRD whose versions a webhook converts (policy-controller's ClusterImagePolicy), or an admission
        // webhook with failurePolicy Fail: while the controller is down the API server answers 500.
        if (code === 500 && /conversion webhook for |failed calling webhook /.test(status.message ?? '')) {
            const controller = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTROLLER_OF_GROUP */ .P2[groupOf(obj.apiVersion)] ?? `the controller serving ${obj.apiVersion}`;
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_WEBHOOK', `${verb} ${what}: the API server could not call a webhook for ${obj.apiVersion} ${obj.kind} (500${detail}); ${controller} must be running before Signet applies`, { cause: err, status: code });
        }
        switch (code) {
            case 401:
                return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_UNAUTHORIZED', `${verb} ${what}: 401 unauthorized${detail}; the kubeconfig credentials were refused: refresh the token or pick another context`, { cause: err, status: code });
            case 403:
                return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_FORBIDDEN', `${verb} ${what}: 403 forbidden${detail}; grant the identity "${verb}" on ${obj.kind} (e.g. a ClusterRole with get, list, patch, delete)`, { cause: err, status: code });
            case 404:
                return crdMissing();
            case 409:
                return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_CONFLICT', `${verb} ${what}: 409 conflict${detail}; another field manager owns these fields: fix it there, or pass --force-conflicts to take them over`, { cause: err, status: code });
            case 400:
            case 422: {
                const causes = (status.details?.causes ?? [])
                    .map((c) => `${c.field ?? ''} ${c.message ?? ''}`.trim())
                    .join('; ');
                return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_INVALID', `${verb} ${what}: ${code} rejected${detail}${causes ? ` (${causes})` : ''}`, { cause: err, status: code });
            }
            default:
                return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_API', `${verb} ${what}: the API server answered ${code}${detail}`, {
                    cause: err,
                    status: code,
                });
        }
    }
    if (err instanceof Error && err.message.includes('HTTP protocol is not allowed')) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_KUBECONFIG', `${verb} ${what}: the kubeconfig server is plain http: use https (or insecure-skip-tls-verify for a local test server)`, { cause: err });
    }
    const e = err;
    const sys = e.code ?? e.cause?.code;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_UNREACHABLE', `${verb} ${what}: the API server cannot be reached${sys ? ` (${sys})` : ''}: ${e.message ?? String(err)}; check the kubeconfig server address`, { cause: err });
}
const DRY_RUN = 'All';
/** The production KubeApi over @kubernetes/client-node's generic object API. */
function createKubeApi(source) {
    const client = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(toKubeConfig(source));
    const header = (obj) => ({
        apiVersion: obj.apiVersion,
        kind: obj.kind,
        metadata: { name: obj.metadata.name, namespace: obj.metadata.namespace },
    });
    return {
        async read(obj) {
            try {
                return (await client.read(header(obj)));
            }
            catch (err) {
                if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 &&
                    err.code === 404 &&
                    !err.message.startsWith('Failed to fetch resource metadata'))
                    return undefined;
                throw toClusterError(err, 'get', obj);
            }
        },
        async apply(obj, opts) {
            try {
                return (await client.patch(obj, undefined, opts.dryRun ? DRY_RUN : undefined, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD_MANAGER */ .vy, opts.force, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply));
            }
            catch (err) {
                throw toClusterError(err, 'patch', obj);
            }
        },
        async list(apiVersion, kind, labelSelector, namespace) {
            try {
                const res = await client.list(apiVersion, kind, namespace, undefined, undefined, undefined, undefined, labelSelector);
                return res.items.map((i) => ({ ...i, apiVersion, kind }));
            }
            catch (err) {
                throw toClusterError(err, 'list', { apiVersion, kind, metadata: { name: `-l ${labelSelector}` } });
            }
        },
        async delete(obj, opts) {
            try {
                await client.delete(header(obj), undefined, opts.dryRun ? DRY_RUN : undefined);
            }
            catch (err) {
                if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 &&
                    err.code === 404 &&
                    !err.message.startsWith('Failed to fetch resource metadata'))
                    return;
                throw toClusterError(err, 'delete', obj);
            }
        },
    };
}
/**
 * A Secret's data, base64-decoded, or undefined when there is none: what k8s://NAMESPACE/SECRET key refs
 * read (cosign's cosign.key, cosign.pub, cosign.password). A plain GET through CoreV1Api, no discovery;
 * refusals become ClusterErrors as for any other object.
 */
async function readSecretData(source, namespace, name) {
    const api = toKubeConfig(source).makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y);
    try {
        const secret = await api.readNamespacedSecret({ name, namespace });
        return Object.fromEntries(Object.entries(secret.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
    }
    catch (err) {
        if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 && err.code === 404)
            return undefined;
        throw toClusterError(err, 'get', { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace } });
    }
}
/**
 * Creates an immutable Opaque Secret holding `data` (what `generate-key-pair k8s://NAMESPACE/SECRET`
 * writes: cosign's layout). Never overwrites: an existing secret is reported as 'exists' (cosign would
 * replace it and lose the old key).
 */
async function createSecretData(source, namespace, name, data) {
    const api = toKubeConfig(source).makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y);
    try {
        await api.createNamespacedSecret({
            namespace,
            body: {
                apiVersion: 'v1',
                kind: 'Secret',
                metadata: { name, namespace },
                type: 'Opaque',
                immutable: true,
                data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
            },
        });
        return 'created';
    }
    catch (err) {
        if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 && err.code === 409)
            return 'exists';
        throw toClusterError(err, 'create', { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace } });
    }
}


/***/ })

};
