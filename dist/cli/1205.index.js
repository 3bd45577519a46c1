export const id = 1205;
export const ids = [1205];
export const modules = {

/***/ 71205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PUBLIC_GOOD_TUF_URL: () => (/* binding */ PUBLIC_GOOD_TUF_URL),
/* harmony export */   SIGNING_CONFIG_TARGET: () => (/* binding */ SIGNING_CONFIG_TARGET),
/* harmony export */   fetchTufSigningConfig: () => (/* binding */ fetchTufSigningConfig)
/* harmony export */ });
/* harmony import */ var _sigstore_tuf__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84423);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73910);
// The default signing config: public-good Sigstore's `signing_config.v0.2.json`, a target of its TUF
// repository, fetched and verified by @sigstore/tuf from the root of trust it embeds (the same target
// cosign v3 reads when no `--signing-config` and no service URL flag is given). The metadata and the
// target are cached in `cachePath`, as the trusted root is; the TUF client is injected in tests so no
// test reaches the Internet.


/** The public-good TUF repository (the mirror cosign and sigstore-js use). */
const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
/** The TUF target name of the signing config (sigstore/root-signing `targets/`). */
const SIGNING_CONFIG_TARGET = 'signing_config.v0.2.json';
async function tufTarget(options, target) {
    return (await (0,_sigstore_tuf__WEBPACK_IMPORTED_MODULE_0__.initTUF)(options)).getTarget(target);
}
/**
 * Fetches the signing config from a TUF repository (public-good by default) and returns it JSON-parsed,
 * unvalidated (parseSigningConfig checks it). Throws SIGN_FAILED with the offline fix when it cannot.
 */
async function fetchTufSigningConfig(input = {}, deps = {}) {
    const mirrorURL = input.mirrorURL ?? PUBLIC_GOOD_TUF_URL;
    const options = {
        mirrorURL,
        timeout: input.timeoutMs ?? 15_000,
        retry: { retries: input.retries ?? 2 },
    };
    if (input.cachePath !== undefined)
        options.cachePath = input.cachePath;
    if (input.rootPath !== undefined)
        options.rootPath = input.rootPath;
    let text;
    try {
        text = await (deps.getTarget ?? tufTarget)(options, SIGNING_CONFIG_TARGET);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignError */ .u('SIGN_FAILED', `cannot fetch the Sigstore signing config ${SIGNING_CONFIG_TARGET} from ${mirrorURL} (${describe(err)}): pass --signing-config <signing_config.json> (input signing-config) to sign offline or with a private Sigstore`, { cause: err });
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignError */ .u('SIGN_INVALID_INPUT', `${SIGNING_CONFIG_TARGET} from ${mirrorURL} is not JSON: ${err.message}`, { cause: err });
    }
}
function describe(err) {
    const parts = [];
    let cur = err;
    for (let depth = 0; cur && depth < 5; depth++) {
        const e = cur;
        const text = [e.code, e.message].filter((s) => typeof s === 'string' && s !== '').join(': ');
        if (text && !parts.some((p) => p.includes(text)))
            parts.push(text);
        cur = e.cause;
    }
    return (parts.join(' <- ') || String(err)).replace(/\s*\n\s*/g, ' ');
}


/***/ })

};
