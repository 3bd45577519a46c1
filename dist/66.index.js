export const id = 66;
export const ids = [66];
export const modules = {

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
    const { initTUF } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(694)]).then(__webpack_require__.t.bind(__webpack_require__, 84423, 19));
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


/***/ })

};
