export const id = 6411;
export const ids = [6411,1586];
export const modules = {

/***/ 96411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateKeyPairCommand: () => (/* binding */ generateKeyPairCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53776);
/* harmony import */ var _sign_kms_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21586);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42229);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58652);
/* harmony import */ var _common_kube_secret_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57863);
// `signet generate-key-pair`: a cosign key pair (cosign.key, cosign.pub), or one stored where --key-ref says.






async function newPassword(host) {
    const fromEnv = host.env[_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_ENV */ .Km];
    if (fromEnv !== undefined)
        return fromEnv; // set-but-empty is a valid (empty) password, as in cosign
    if (!host.interactive) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`set ${_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_ENV */ .Km} to the password for the new key (an empty value means no password)`);
    }
    const first = await host.promptSecret('Enter password for private key: ');
    const again = await host.promptSecret('Enter password for private key again: ');
    if (first !== again)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('passwords do not match');
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
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('generate-key-pair writes files, a k8s://NAMESPACE/SECRET secret, or a KMS key with --kms: writing keys to GitLab is not supported');
        }
        const prefix = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'output-key-prefix') ?? 'cosign';
        const kms = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'kms');
        if (kms !== undefined) {
            const ref = (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyRef */ .wj)(kms);
            if (ref.kind !== 'kms') {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--kms takes a KMS key URI (hashivault://KEY, awskms:///alias/NAME), got ${kms}`);
            }
            const key = await (0,_sign_kms_index_js__WEBPACK_IMPORTED_MODULE_2__.openKmsKey)(ref.kms, (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsDeps */ .QB)(ref.kms.uri, (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .keyRefDeps */ .fc)(host)));
            if (!key.create) {
                throw new _sign_kms_index_js__WEBPACK_IMPORTED_MODULE_2__.KmsError('KMS_CREATE_UNSUPPORTED', `${kms}: Signet cannot create keys in this KMS: create it with the provider's CLI, then sign with --key ${kms}`);
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
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`expected k8s://NAMESPACE/SECRET, got ${positionals[0]}`);
            const secretPassword = await newPassword(host);
            const pair = await (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .generateKeyPair */ .TZ)(secretPassword);
            const made = await (0,_common_kube_secret_js__WEBPACK_IMPORTED_MODULE_5__/* .kubeSecretCreator */ .U)(host)(ref.namespace, ref.name, {
                [_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .K8S_SECRET_KEYS */ .h_.privateKey]: pair.privateKeyPem,
                [_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .K8S_SECRET_KEYS */ .h_.publicKey]: pair.publicKeyPem,
                [_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .K8S_SECRET_KEYS */ .h_.password]: secretPassword,
            });
            if (made === 'exists') {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${positionals[0]} already exists: delete the secret or choose another name (Signet does not replace a key)`);
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
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${prefix}.key already exists: remove it or choose another --output-key-prefix`);
            }
            throw err;
        }
        await host.writeFile(pubPath, pair.publicKeyPem, { mode: _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KEY_FILES */ .Qd.publicKey.mode, overwrite: true });
        host.stderr(`Private key written to ${prefix}.key\nPublic key written to ${prefix}.pub\n`);
        return 0;
    },
};


/***/ }),

/***/ 21586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KMS_SCHEMES: () => (/* reexport safe */ _kms_ref_js__WEBPACK_IMPORTED_MODULE_1__.dY),
/* harmony export */   KmsError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.M),
/* harmony export */   isKmsUri: () => (/* reexport safe */ _kms_ref_js__WEBPACK_IMPORTED_MODULE_1__.cp),
/* harmony export */   isPkcs11Uri: () => (/* reexport safe */ _pkcs11_ref_js__WEBPACK_IMPORTED_MODULE_3__.Sd),
/* harmony export */   openKmsKey: () => (/* reexport safe */ _open_kms_key_js__WEBPACK_IMPORTED_MODULE_2__.T),
/* harmony export */   parseKmsRef: () => (/* reexport safe */ _kms_ref_js__WEBPACK_IMPORTED_MODULE_1__.Ii),
/* harmony export */   parsePkcs11Ref: () => (/* reexport safe */ _pkcs11_ref_js__WEBPACK_IMPORTED_MODULE_3__.GL)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57191);
/* harmony import */ var _kms_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92899);
/* harmony import */ var _open_kms_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57694);
/* harmony import */ var _pkcs11_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85821);
// Keys held in a KMS (cosign's hashivault://, openbao://, awskms://, gcpkms://, azurekms:// URIs):
// parse the URI, open the provider's key, sign through it. I/O comes in through KmsDeps from src/ci.






/***/ })

};
