export const id = 6726;
export const ids = [6726];
export const modules = {

/***/ 46726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordPolicyCommand: () => (/* binding */ recordPolicyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _cluster_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9986);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9700);
/* harmony import */ var _kube_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78260);
// `signet record-policy`: the pre-flight record target (a Kyverno policy admitting the digests Signet
// verified and recorded, and its RBAC): printed, written for GitOps, or applied.





const path = (host, p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, p));
/** `--record-writer`: `User:NAME`, `Group:NAME` or `ServiceAccount:NAMESPACE/NAME`. */
function parseRecordWriter(value) {
    const m = /^(User|Group|ServiceAccount):(.+)$/.exec(value ?? '');
    if (!m) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--record-writer is required: User:NAME, Group:NAME or ServiceAccount:NAMESPACE/NAME (the CI identity that runs signet verify --record)');
    }
    const kind = m[1];
    if (kind !== 'ServiceAccount')
        return { kind, name: m[2] };
    const [namespace, name, ...rest] = m[2].split('/');
    if (!namespace || !name || rest.length > 0)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--record-writer ServiceAccount takes NAMESPACE/NAME, got ${JSON.stringify(m[2])}`);
    return { kind, name, namespace };
}
/** `signet record-policy`: the pre-flight record target's objects (src/cluster/record.ts). */
const recordPolicyCommand = {
    name: 'record-policy',
    usage: 'signet record-policy --name N --record-writer KIND:NAME [--exclude-namespace NS] [--output-dir DIR | --apply [--dry-run]]',
    flags: {
        name: { type: 'string', value: 'NAME', description: 'base name of the objects (DNS-1123)' },
        'record-writer': {
            type: 'string',
            value: 'KIND:NAME',
            description: 'the only identity allowed to write records: User:NAME, Group:NAME or ServiceAccount:NS/NAME',
        },
        'kyverno-service-account': {
            type: 'string',
            value: 'NS/NAME',
            description: "Kyverno's admission controller, granted read access to the records",
            default: 'kyverno/kyverno-admission-controller',
        },
        'exclude-namespace': { type: 'list', value: 'NS', description: 'never checked (beyond the system ones)' },
        'output-dir': { type: 'string', value: 'DIR', description: 'write one file per object for GitOps' },
        apply: { type: 'boolean', description: 'server-side apply to the cluster (fieldManager signet)' },
        'dry-run': { type: 'boolean', description: 'with --apply: validate on the server, store nothing' },
        kubeconfig: {
            type: 'string',
            value: 'FILE',
            description: 'kubeconfig (default $KUBECONFIG, in-cluster, ~/.kube/config)',
        },
        context: { type: 'string', value: 'NAME', description: 'kubeconfig context' },
    },
    async run({ flags, positionals }, host) {
        if (positionals.length > 0)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('signet record-policy takes no arguments, only flags');
        const name = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'name');
        if (!name || !/^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/.test(name))
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--name is required: a DNS-1123 label of at most 40 characters');
        const writer = parseRecordWriter((0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'record-writer'));
        const [readerNs, readerName] = ((0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'kyverno-service-account') ?? '').split('/');
        if (!readerNs || !readerName)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--kyverno-service-account takes NAMESPACE/NAME');
        const objects = (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_2__.buildRecordPolicy)({
            name,
            writer,
            reader: { namespace: readerNs, name: readerName },
            excludeNamespaces: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'exclude-namespace'),
        });
        const outDir = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'output-dir');
        if (outDir) {
            const files = (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_2__.toGitOpsFiles)(objects, {});
            for (const f of files)
                await host.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(path(host, outDir), f.path), f.content, { mode: 0o644, overwrite: true });
            host.stderr(`wrote ${files.length} files to ${outDir}\n`);
        }
        if ((0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'apply')) {
            const kube = await (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_2__.connectKube)(await (0,_kube_source_js__WEBPACK_IMPORTED_MODULE_4__/* .kubeSource */ .N)(flags, host));
            const result = await (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_2__.applyObjects)({ objects, policyName: name, dryRun: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'dry-run'), prune: false }, { kube });
            for (const a of result.applied)
                host.stdout(`${a.object} ${a.action}${result.dryRun ? ' (dry run)' : ''}\n`);
        }
        else if (!outDir) {
            host.stdout(objects.map((o) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(o)).join('---\n'));
        }
        return 0;
    },
};


/***/ }),

/***/ 78260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ kubeSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9700);
// Where the cluster is, for the commands that reach one (`policy --apply`, `record-policy --apply`,
// `verify --record`): read from the flags, the environment and the files they name.


const path = (host, p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, p));
/** Where the cluster is: --kubeconfig, $KUBECONFIG, in-cluster facts, or ~/.kube/config. */
async function kubeSource(flags, host) {
    const file = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'kubeconfig') ?? host.env.KUBECONFIG?.split(':')[0];
    const context = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'context');
    if (file)
        return { kind: 'kubeconfig', text: (await host.readFile(path(host, file))).toString('utf8'), context };
    const sa = '/var/run/secrets/kubernetes.io/serviceaccount';
    if (host.env.KUBERNETES_SERVICE_HOST) {
        return {
            kind: 'in-cluster',
            host: host.env.KUBERNETES_SERVICE_HOST,
            port: host.env.KUBERNETES_SERVICE_PORT ?? '443',
            token: (await host.readFile(`${sa}/token`)).toString('utf8').trim(),
            caPem: (await host.readFile(`${sa}/ca.crt`)).toString('utf8'),
        };
    }
    if (host.env.HOME) {
        return {
            kind: 'kubeconfig',
            text: (await host.readFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.env.HOME, '.kube', 'config'))).toString('utf8'),
            context,
        };
    }
    throw new _common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('no cluster: pass --kubeconfig, set KUBECONFIG, or run in a pod');
}


/***/ })

};
