export const id = 3544;
export const ids = [3544];
export const modules = {

/***/ 13544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publicKeyCommand: () => (/* binding */ publicKeyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53776);
/* harmony import */ var _sign_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81341);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42229);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58652);
// `signet public-key`: the public key of a cosign private key (a file, env://, gitlab://, k8s:// or KMS).





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
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('signet public-key takes no arguments, only flags');
        const ref = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'key');
        if (!ref)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--key is required');
        const key = await (0,_sign_index_js__WEBPACK_IMPORTED_MODULE_2__.loadSigner)((0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyRef */ .wj)(ref), (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .keyRefDeps */ .fc)(await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .withKeyPassword */ .B)(flags, host)));
        const out = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'outfile');
        if (out)
            await host.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, out), key.publicKeyPem, { mode: 0o644, overwrite: true });
        else
            host.stdout(key.publicKeyPem);
        return 0;
    },
};


/***/ })

};
