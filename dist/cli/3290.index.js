export const id = 3290;
export const ids = [3290];
export const modules = {

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
