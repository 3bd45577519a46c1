export const id = 2066;
export const ids = [2066];
export const modules = {

/***/ 60133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ SignError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15489);
// Errors of the sign stage. Registry failures stay RegistryErrors (their message already names the
// request); everything the stage itself decides, or a Sigstore service refusing, is a SignError.

/** A sign stage failure; `code` says which step. */
class SignError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 82066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PUBLIC_GOOD_TUF_URL: () => (/* reexport safe */ _verify_public_good_js__WEBPACK_IMPORTED_MODULE_0__.C$),
/* harmony export */   SIGNING_CONFIG_TARGET: () => (/* binding */ SIGNING_CONFIG_TARGET),
/* harmony export */   fetchTufSigningConfig: () => (/* binding */ fetchTufSigningConfig)
/* harmony export */ });
/* harmony import */ var _verify_public_good_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60133);



/** The TUF target name of the signing config (sigstore/root-signing `targets/`). */
const SIGNING_CONFIG_TARGET = 'signing_config.v0.2.json';
async function tufTarget(options, target) {
    // @sigstore/tuf (and its HTTP client) loads only when the default signing config is asked for.
    const { initTUF } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(2830), __webpack_require__.e(3694)]).then(__webpack_require__.t.bind(__webpack_require__, 84423, 19));
    return (await initTUF(options)).getTarget(target);
}
/**
 * Fetches the signing config from a TUF repository (public-good by default) and returns it JSON-parsed,
 * unvalidated (parseSigningConfig checks it). Throws SIGN_FAILED with the offline fix when it cannot.
 */
async function fetchTufSigningConfig(input = {}, deps = {}) {
    const options = (0,_verify_public_good_js__WEBPACK_IMPORTED_MODULE_0__/* .toTufOptions */ .Le)(input);
    const { mirrorURL } = options;
    let text;
    try {
        text = await (deps.getTarget ?? tufTarget)(options, SIGNING_CONFIG_TARGET);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignError */ .u('SIGN_FAILED', `cannot fetch the Sigstore signing config ${SIGNING_CONFIG_TARGET} from ${mirrorURL} (${(0,_verify_public_good_js__WEBPACK_IMPORTED_MODULE_0__/* .describeTufError */ .XI)(err).replace(/\s*\n\s*/g, ' ')}): pass --signing-config <signing_config.json> (input signing-config) to sign offline or with a private Sigstore`, { cause: err });
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignError */ .u('SIGN_INVALID_INPUT', `${SIGNING_CONFIG_TARGET} from ${mirrorURL} is not JSON: ${err.message}`, { cause: err });
    }
}


/***/ }),

/***/ 93549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ VerifyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15489);
// Errors of the verify stage: each code names the check that failed, so tests and policies can tell
// "wrong identity" from "tampered payload" from "untrusted CA".

/** A verification failure; `code` names the check. */
class VerifyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 1805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ PUBLIC_GOOD_TUF_URL),
/* harmony export */   Le: () => (/* binding */ toTufOptions),
/* harmony export */   XI: () => (/* binding */ describeTufError),
/* harmony export */   yl: () => (/* binding */ fetchPublicGoodTrustedRoot)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93549);

/** The public-good TUF repository (the same mirror cosign and sigstore-js use). */
const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
/** @sigstore/tuf's options for a mirror (public-good by default), with Signet's timeout and retries. */
function toTufOptions(input) {
    const options = {
        mirrorURL: input.mirrorURL ?? PUBLIC_GOOD_TUF_URL,
        timeout: input.timeoutMs ?? 15_000,
        retry: { retries: input.retries ?? 2 },
    };
    if (input.cachePath !== undefined)
        options.cachePath = input.cachePath;
    if (input.rootPath !== undefined)
        options.rootPath = input.rootPath;
    return options;
}
/** Fetches the public-good trusted root; throws VERIFY_INVALID_TRUST with the offline fix when it cannot. */
async function fetchPublicGoodTrustedRoot(input = {}, deps = {}) {
    const options = toTufOptions(input);
    const { mirrorURL } = options;
    try {
        // @sigstore/tuf (and its HTTP client) loads only when the public-good root is asked for: never for
        // --trusted-root or a key without tlog checks.
        const getTrustedRoot = deps.getTrustedRoot ?? (await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(2830), __webpack_require__.e(3694)]).then(__webpack_require__.t.bind(__webpack_require__, 84423, 19))).getTrustedRoot;
        return await getTrustedRoot(options);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_INVALID_TRUST', `cannot fetch the Sigstore trusted root from ${mirrorURL} (${describeTufError(err)}): pass --trusted-root <trusted_root.json> to verify offline or against a private Sigstore`, { cause: err });
    }
}
/** One line for a TUF failure: its code and the innermost cause (DNS, refused, bad metadata). */
function describeTufError(err) {
    const parts = [];
    let cur = err;
    for (let depth = 0; cur && depth < 5; depth++) {
        const e = cur;
        const text = [
            typeof e.code === 'string' ? e.code : undefined,
            typeof e.message === 'string' ? e.message : undefined,
        ]
            .filter((s) => !!s)
            .join(': ');
        if (text && !parts.some((p) => p.includes(text)))
            parts.push(text);
        cur = e.cause;
    }
    return parts.join(' <- ') || String(err);
}


/***/ })

};
