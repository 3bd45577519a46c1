export const id = 666;
export const ids = [666];
export const modules = {

/***/ 57666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSbomDocument: () => (/* binding */ parseSbomDocument)
/* harmony export */ });
/* unused harmony exports checkSpdxDocument, checkCycloneDxDocument */
/* harmony import */ var _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54567);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9533);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73545);
// SBOM documents given by the user or found in attestations: SPDX 2.x JSON or CycloneDX JSON, told
// apart by their own fields and validated before Signet attests them. CycloneDX is checked against
// its JSON schema (@cyclonedx/cyclonedx-library's strict validator); SPDX against the fields SPDX 2.3
// section 6 makes mandatory (the library has no SPDX schema).



const SPDX_REQUIRED = ['SPDXID', 'name', 'dataLicense', 'documentNamespace', 'creationInfo'];
function bad(name, why, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomError */ .S('SBOM_INVALID_FILE', `${name}: ${why}`, cause === undefined ? undefined : { cause });
}
/** Checks the mandatory document-creation fields and the package list of an SPDX 2.x JSON document. */
function checkSpdxDocument(doc, name) {
    const version = doc.spdxVersion;
    if (typeof version !== 'string' || !/^SPDX-2\.\d+$/.test(version)) {
        throw bad(name, `expected spdxVersion SPDX-2.x, got ${JSON.stringify(version)}`);
    }
    for (const k of SPDX_REQUIRED) {
        if (doc[k] === undefined || doc[k] === '')
            throw bad(name, `SPDX document has no ${k}`);
    }
    if (doc.SPDXID !== 'SPDXRef-DOCUMENT')
        throw bad(name, `expected SPDXID SPDXRef-DOCUMENT, got ${JSON.stringify(doc.SPDXID)}`);
    const ci = doc.creationInfo;
    if (typeof ci !== 'object' ||
        ci === null ||
        typeof ci.created !== 'string' ||
        !Array.isArray(ci.creators)) {
        throw bad(name, 'SPDX creationInfo needs created and creators');
    }
    if (doc.packages !== undefined) {
        if (!Array.isArray(doc.packages))
            throw bad(name, 'SPDX packages is not an array');
        doc.packages.forEach((p, i) => {
            const o = p;
            if (typeof o !== 'object' || o === null || typeof o.SPDXID !== 'string' || typeof o.name !== 'string') {
                throw bad(name, `SPDX packages[${i}] needs SPDXID and name`);
            }
        });
    }
    return version;
}
/** Validates a CycloneDX JSON document against the schema of its own specVersion. */
async function checkCycloneDxDocument(text, doc, name) {
    const version = doc.specVersion;
    const known = Object.values(_cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Spec.Version);
    if (typeof version !== 'string' || !known.includes(version)) {
        throw bad(name, `expected CycloneDX specVersion one of ${known.join(', ')}, got ${JSON.stringify(version)}`);
    }
    const validator = new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Validation.JsonStrictValidator(version);
    let error;
    try {
        error = await validator.validate(text);
    }
    catch (err) {
        throw bad(name, `could not validate CycloneDX ${version}: ${err.message}`, err);
    }
    if (error !== null) {
        const first = Array.isArray(error)
            ? error[0]
            : undefined;
        throw bad(name, `not valid CycloneDX ${version}${first ? `: ${first.instancePath || '/'} ${first.message ?? ''}`.trimEnd() : ''}`);
    }
    return version;
}
/** Parses and validates an SPDX or CycloneDX JSON document; `name` is what the user called it. */
async function parseSbomDocument(bytes, name) {
    if (bytes.length > _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SBOM_BYTES */ .rI)
        throw bad(name, `${bytes.length} bytes is more than the ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SBOM_BYTES */ .rI} allowed`);
    const text = Buffer.from(bytes).toString('utf8');
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw bad(name, 'not valid JSON (Signet reads SPDX JSON and CycloneDX JSON, not tag-value or XML)', err);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw bad(name, 'expected a JSON object');
    const o = doc;
    if (o.spdxVersion !== undefined) {
        const specVersion = checkSpdxDocument(o, name);
        return { format: 'spdx-json', specVersion, predicateType: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SPDX_PREDICATE_TYPE */ .vX, document: o };
    }
    if (o.bomFormat === 'CycloneDX') {
        const specVersion = await checkCycloneDxDocument(text, o, name);
        return { format: 'cyclonedx-json', specVersion, predicateType: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .CYCLONEDX_PREDICATE_TYPE */ .nv, document: o };
    }
    throw bad(name, 'neither SPDX JSON (spdxVersion) nor CycloneDX JSON (bomFormat: "CycloneDX")');
}


/***/ })

};
