export const id = 586;
export const ids = [586];
export const modules = {

/***/ 78586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateKeyPairCommand: () => (/* binding */ generateKeyPairCommand),
/* harmony export */   publicKeyCommand: () => (/* binding */ publicKeyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53921);
/* harmony import */ var _sign_kms_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30091);
/* harmony import */ var _sign_load_signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7918);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9700);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78019);
/* harmony import */ var _common_kube_secret_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91808);
// `signet generate-key-pair` and `signet public-key`: cosign's key commands, writing and reading files
// cosign reads (cosign.key 0600 with an encrypted SIGSTORE PRIVATE KEY, cosign.pub 0644).







async function newPassword(host) {
    const fromEnv = host.env[_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_ENV */ .Km];
    if (fromEnv !== undefined)
        return fromEnv; // set-but-empty is a valid (empty) password, as in cosign
    if (!host.interactive) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`set ${_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_ENV */ .Km} to the password for the new key (an empty value means no password)`);
    }
    const first = await host.promptSecret('Enter password for private key: ');
    const again = await host.promptSecret('Enter password for private key again: ');
    if (first !== again)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('passwords do not match');
    return first;
}
const generateKeyPairCommand = {
    name: 'generate-key-pair',
    usage: 'signet generate-key-pair [--output-key-prefix PREFIX] [--kms URI | k8s://NAMESPACE/SECRET]',
    flags: {
        kms: {
            type: 'string',
            value: 'URI',
            description: 'create the key in a KMS (hashivault://KEY, awskms:///alias/NAME) and write only its public key',
        },
        'output-key-prefix': {
            type: 'string',
            value: 'PREFIX',
            description: 'file name prefix of the key files',
            default: 'cosign',
        },
    },
    async run({ flags, positionals }, host) {
        if (positionals.length > 1 || (positionals.length === 1 && !positionals[0].startsWith('k8s://'))) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('generate-key-pair writes files, a k8s://NAMESPACE/SECRET secret, or a KMS key with --kms: writing keys to GitLab is not supported');
        }
        const prefix = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(flags, 'output-key-prefix') ?? 'cosign';
        const kms = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(flags, 'kms');
        if (kms !== undefined) {
            const ref = (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyRef */ .wj)(kms);
            if (ref.kind !== 'kms') {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--kms takes a KMS key URI (hashivault://KEY, awskms:///alias/NAME), got ${kms}`);
            }
            const key = await (0,_sign_kms_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openKmsKey */ .TF)(ref.kms, (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsDeps */ .QB)(ref.kms.uri, (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .keyRefDeps */ .fc)(host)));
            if (!key.create) {
                throw new _sign_kms_index_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .Mb('KMS_CREATE_UNSUPPORTED', `${kms}: Signet cannot create keys in this KMS: create it with the provider's CLI, then sign with --key ${kms}`);
            }
            const pem = (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyPem */ .rY)(await key.create());
            await host.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, `${prefix}.pub`), pem, {
                mode: _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KEY_FILES */ .Qd.publicKey.mode,
                overwrite: true,
            });
            host.stderr(`Public key written to ${prefix}.pub\n`);
            return 0;
        }
        if (positionals.length === 1) {
            const ref = (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyRef */ .wj)(positionals[0]);
            if (ref.kind !== 'k8s')
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`expected k8s://NAMESPACE/SECRET, got ${positionals[0]}`);
            const secretPassword = await newPassword(host);
            const pair = await (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .generateKeyPair */ .TZ)(secretPassword);
            const made = await (0,_common_kube_secret_js__WEBPACK_IMPORTED_MODULE_5__/* .kubeSecretCreator */ .U)(host)(ref.namespace, ref.name, {
                [_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .K8S_SECRET_KEYS */ .h_.privateKey]: pair.privateKeyPem,
                [_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .K8S_SECRET_KEYS */ .h_.publicKey]: pair.publicKeyPem,
                [_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .K8S_SECRET_KEYS */ .h_.password]: secretPassword,
            });
            if (made === 'exists') {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${positionals[0]} already exists: delete the secret or choose another name (Signet does not replace a key)`);
            }
            await host.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, `${prefix}.pub`), pair.publicKeyPem, {
                mode: _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KEY_FILES */ .Qd.publicKey.mode,
                overwrite: true,
            });
            host.stderr(`Created secret ${ref.name} in namespace ${ref.namespace}\nPublic key written to ${prefix}.pub\n`);
            return 0;
        }
        const keyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, `${prefix}.key`);
        const pubPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, `${prefix}.pub`);
        const password = await newPassword(host);
        const pair = await (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .generateKeyPair */ .TZ)(password);
        try {
            await host.writeFile(keyPath, pair.privateKeyPem, { mode: _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KEY_FILES */ .Qd.privateKey.mode });
        }
        catch (err) {
            if (err.code === 'EEXIST') {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${prefix}.key already exists: remove it or choose another --output-key-prefix`);
            }
            throw err;
        }
        await host.writeFile(pubPath, pair.publicKeyPem, { mode: _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KEY_FILES */ .Qd.publicKey.mode, overwrite: true });
        host.stderr(`Private key written to ${prefix}.key\nPublic key written to ${prefix}.pub\n`);
        return 0;
    },
};
const publicKeyCommand = {
    name: 'public-key',
    usage: 'signet public-key --key KEY [--outfile FILE]',
    flags: {
        key: {
            type: 'string',
            value: 'KEY',
            description: 'private key: a file, env://VAR, gitlab://PROJECT, k8s://NS/SECRET or a KMS URI',
        },
        'key-password-file': {
            type: 'string',
            value: 'FILE',
            description: 'a file holding the password of --key (default $COSIGN_PASSWORD)',
        },
        outfile: { type: 'string', value: 'FILE', description: 'write the public key here instead of stdout' },
    },
    async run({ flags, positionals }, host) {
        if (positionals.length > 0)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('signet public-key takes no arguments, only flags');
        const ref = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(flags, 'key');
        if (!ref)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--key is required');
        const key = await (0,_sign_load_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSigner */ .v)((0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyRef */ .wj)(ref), (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .keyRefDeps */ .fc)(await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .withKeyPassword */ .B)(flags, host)));
        const out = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(flags, 'outfile');
        if (out)
            await host.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, out), key.publicKeyPem, { mode: 0o644, overwrite: true });
        else
            host.stdout(key.publicKeyPem);
        return 0;
    },
};


/***/ })

};
