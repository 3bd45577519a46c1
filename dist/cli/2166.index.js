export const id = 2166;
export const ids = [2166];
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

/***/ 92166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSigningConfig: () => (/* binding */ parseSigningConfig),
/* harmony export */   reachableServices: () => (/* binding */ reachableServices),
/* harmony export */   selectServices: () => (/* binding */ selectServices)
/* harmony export */ });
/* unused harmony export SIGNING_CONFIG_MEDIA_TYPE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60133);
// Sigstore signing configs (protobuf-specs `dev.sigstore.trustroot.v1.SigningConfig`, media type
// `application/vnd.dev.sigstore.signingconfig.v0.2+json`): which Fulcio, Rekor logs and timestamp
// authorities a signature goes through. cosign v3 takes its service URLs from one (public-good's comes by
// TUF); Signet reads the same document with `signing-config` / `--signing-config`.
//
// Parsing is strict: every service needs an http(s) URL, a positive majorApiVersion and a validity window
// with a start; selectors are ANY, EXACT (with a count) or ALL. A malformed document is refused with one
// line naming the field. Selection follows the spec (and sigstore-go's `SelectService(s)`): services valid
// now, at the highest major API version this client speaks, then the selector picks by operator.
// https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_trustroot.proto

/** The media type of the signing configs Signet reads. */
const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const invalid = (source, field, problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_INVALID_INPUT', `${source}: ${field} ${problem}`);
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function parseTime(v, source, field) {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v)) {
        throw invalid(source, field, `must be an RFC 3339 time, got ${JSON.stringify(v)}`);
    }
    return new Date(v);
}
function parseEndpoint(v, source, field) {
    if (!isObject(v))
        throw invalid(source, field, 'must be an object');
    let url;
    try {
        url = new URL(String(v.url));
    }
    catch {
        throw invalid(source, `${field}.url`, `must be a URL, got ${JSON.stringify(v.url)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw invalid(source, `${field}.url`, `must be an http(s) URL, got ${url.protocol}`);
    }
    const major = v.majorApiVersion;
    if (typeof major !== 'number' || !Number.isInteger(major) || major < 1) {
        throw invalid(source, `${field}.majorApiVersion`, `must be a positive integer, got ${JSON.stringify(major)}`);
    }
    if (!isObject(v.validFor))
        throw invalid(source, `${field}.validFor`, 'is missing (a start is required)');
    const validFrom = parseTime(v.validFor.start, source, `${field}.validFor.start`);
    const validUntil = v.validFor.end === undefined ? undefined : parseTime(v.validFor.end, source, `${field}.validFor.end`);
    if (validUntil && validUntil <= validFrom) {
        throw invalid(source, `${field}.validFor.end`, 'must be after validFor.start');
    }
    if (typeof v.operator !== 'string' || v.operator === '') {
        throw invalid(source, `${field}.operator`, 'must be a non-empty string');
    }
    return {
        url: String(v.url).replace(/\/+$/, ''),
        majorApiVersion: major,
        operator: v.operator,
        validFrom,
        validUntil,
    };
}
function parseEndpoints(doc, name, source) {
    const list = doc[name];
    if (list === undefined)
        return [];
    if (!Array.isArray(list))
        throw invalid(source, name, 'must be a list');
    return list.map((v, i) => parseEndpoint(v, source, `${name}[${i}]`));
}
function parseSelector(v, source, field) {
    if (v === undefined)
        return { selector: 'ANY' };
    if (!isObject(v))
        throw invalid(source, field, 'must be an object');
    const selector = v.selector;
    if (selector !== 'ANY' && selector !== 'EXACT' && selector !== 'ALL') {
        throw invalid(source, `${field}.selector`, `must be ANY, EXACT or ALL, got ${JSON.stringify(selector)}`);
    }
    if (selector !== 'EXACT') {
        if (v.count !== undefined)
            throw invalid(source, `${field}.count`, `is only allowed with EXACT`);
        return { selector };
    }
    const count = v.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
        throw invalid(source, `${field}.count`, `must be a positive integer with EXACT, got ${JSON.stringify(count)}`);
    }
    return { selector, count };
}
/** Validates a signing config (already JSON-parsed); throws SIGN_INVALID_INPUT naming the field. */
function parseSigningConfig(json, source) {
    if (!isObject(json))
        throw invalid(source, 'document', 'must be a JSON object');
    if (json.mediaType !== SIGNING_CONFIG_MEDIA_TYPE) {
        throw invalid(source, 'mediaType', `must be ${SIGNING_CONFIG_MEDIA_TYPE} (signing_config.v0.2.json), got ${JSON.stringify(json.mediaType)}`);
    }
    return {
        caUrls: parseEndpoints(json, 'caUrls', source),
        oidcUrls: parseEndpoints(json, 'oidcUrls', source),
        rekorTlogUrls: parseEndpoints(json, 'rekorTlogUrls', source),
        tsaUrls: parseEndpoints(json, 'tsaUrls', source),
        rekorTlogConfig: parseSelector(json.rekorTlogConfig, source, 'rekorTlogConfig'),
        tsaConfig: parseSelector(json.tsaConfig, source, 'tsaConfig'),
    };
}
const validAt = (s, now) => s.validFrom <= now && (!s.validUntil || now < s.validUntil);
/** The services valid at `now` with the highest major API version in `versions`, in document order. */
function usable(list, versions, now) {
    const live = list.filter((s) => validAt(s, now) && versions.includes(s.majorApiVersion));
    const top = Math.max(...live.map((s) => s.majorApiVersion));
    return live.filter((s) => s.majorApiVersion === top);
}
/** Applies a selector: one service per operator, then ANY = one, EXACT = count, ALL = every operator. */
function applySelector(list, sel, source, what) {
    if (list.length === 0)
        return [];
    const firsts = [];
    for (const s of list)
        if (!firsts.some((f) => f.operator === s.operator))
            firsts.push(s);
    if (sel.selector === 'ANY')
        return firsts.slice(0, 1);
    if (sel.selector === 'ALL')
        return firsts;
    const count = sel.count ?? 1;
    if (firsts.length < count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_INVALID_INPUT', `${source}: ${what} selector EXACT needs ${count} services from distinct operators valid now, got ${firsts.length}`);
    }
    return firsts.slice(0, count);
}
/**
 * Picks Fulcio, the Rekor logs and the TSAs for one signature. Throws SIGN_UNSUPPORTED_COMBINATION when
 * the config lists only Rekor v2 logs and the legacy format (which carries a Rekor v1 signed entry
 * timestamp) is asked for, and SIGN_INVALID_INPUT when a selector cannot be met.
 */
function selectServices(config, source, opts) {
    const fulcio = usable(config.caUrls, [1], opts.now)[0];
    const versions = opts.maxRekorVersion === 2 ? [1, 2] : [1];
    const logs = usable(config.rekorTlogUrls, versions, opts.now);
    if (logs.length === 0 && opts.maxRekorVersion === 1 && usable(config.rekorTlogUrls, [2], opts.now).length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_UNSUPPORTED_COMBINATION', `${source} lists only Rekor v2 logs, and the legacy signature format carries a Rekor v1 signed entry timestamp that Rekor v2 does not make: use signature-format/attestation-format bundle, or a signing config with a Rekor v1 log`);
    }
    if (logs.length === 0 && config.rekorTlogUrls.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_INVALID_INPUT', `${source}: no rekorTlogUrls entry is valid now with a major API version Signet speaks (1 or 2)`);
    }
    const tsas = usable(config.tsaUrls, [1], opts.now);
    if (tsas.length === 0 && config.tsaUrls.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_INVALID_INPUT', `${source}: no tsaUrls entry is valid now with major API version 1`);
    }
    return {
        fulcioURL: fulcio?.url,
        rekor: applySelector(logs, config.rekorTlogConfig, source, 'rekorTlogConfig').map((s) => ({
            url: s.url,
            majorApiVersion: s.majorApiVersion,
        })),
        tsaURLs: applySelector(tsas, config.tsaConfig, source, 'tsaConfig').map((s) => s.url),
    };
}
/**
 * Every Fulcio and Rekor log a signature made with this config may reach now, for either storage format
 * (the public-logs check reads this: what a private repository's names would be sent to). A selector
 * that cannot be met reaches nothing (signing then fails on it).
 */
function reachableServices(config, source, now) {
    const rekor = new Set();
    for (const maxRekorVersion of [1, 2]) {
        try {
            for (const log of selectServices(config, source, { now, maxRekorVersion }).rekor)
                rekor.add(log.url);
        }
        catch {
            // Not signable this way; the other format may be.
        }
    }
    return { fulcioURLs: usable(config.caUrls, [1], now).map((s) => s.url), rekorURLs: [...rekor] };
}


/***/ })

};
