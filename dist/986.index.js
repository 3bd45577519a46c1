export const id = 986;
export const ids = [986];
export const modules = {

/***/ 87091:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/


const {
  PackageURL,
  PurlComponent,
  PurlQualifierNames,
  PurlType
} = __webpack_require__(36686)

module.exports = {
  PackageURL,
  PurlComponent,
  PurlQualifierNames,
  PurlType
}


/***/ }),

/***/ 93779:
/***/ ((module) => {



const LOOP_SENTINEL = 1_000_000

const REUSED_SEARCH_PARAMS = new URLSearchParams()

const REUSED_SEARCH_PARAMS_KEY = '_'

const REUSED_SEARCH_PARAMS_OFFSET = 2 // '_='.length

module.exports = {
    LOOP_SENTINEL,
    REUSED_SEARCH_PARAMS,
    REUSED_SEARCH_PARAMS_KEY,
    REUSED_SEARCH_PARAMS_OFFSET
}


/***/ }),

/***/ 50782:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { PurlError } = __webpack_require__(616)

const { decodeURIComponent } = globalThis

function decodePurlComponent(comp, encodedURIComponent) {
    try {
        return decodeURIComponent(encodedURIComponent)
    } catch {}
    throw new PurlError(`unable to decode "${comp}" component`)
}

module.exports = {
    decodePurlComponent
}


/***/ }),

/***/ 75954:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const {
    REUSED_SEARCH_PARAMS,
    REUSED_SEARCH_PARAMS_KEY,
    REUSED_SEARCH_PARAMS_OFFSET
} = __webpack_require__(93779)
const { isObject } = __webpack_require__(57018)
const { isNonEmptyString } = __webpack_require__(22764)

const { encodeURIComponent } = globalThis

function encodeNamespace(namespace) {
    return isNonEmptyString(namespace)
        ? encodeURIComponent(namespace)
              .replace(/%3A/g, ':')
              .replace(/%2F/g, '/')
        : ''
}

function encodeQualifierParam(param) {
    if (isNonEmptyString(param)) {
        // Param key and value are encoded with `percentEncodeSet` of
        // 'application/x-www-form-urlencoded' and `spaceAsPlus` of `true`.
        // https://url.spec.whatwg.org/#urlencoded-serializing
        REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param)
        return replacePlusSignWithPercentEncodedSpace(
            REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
        )
    }
    return ''
}

function encodeQualifiers(qualifiers) {
    if (isObject(qualifiers)) {
        // Sort this list of qualifier strings lexicographically.
        const qualifiersKeys = Object.keys(qualifiers).sort()
        const searchParams = new URLSearchParams()
        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
            const key = qualifiersKeys[i]
            searchParams.set(key, qualifiers[key])
        }
        return replacePlusSignWithPercentEncodedSpace(searchParams.toString())
    }
    return ''
}

function encodeSubpath(subpath) {
    return isNonEmptyString(subpath)
        ? encodeURIComponent(subpath).replace(/%2F/g, '/')
        : ''
}

function encodeVersion(version) {
    return isNonEmptyString(version)
        ? encodeURIComponent(version).replace(/%3A/g, ':').replace(/%2B/g, '+')
        : ''
}

function replacePlusSignWithPercentEncodedSpace(str) {
    // Convert plus signs to %20 for better portability.
    return str.replace(/\+/g, '%20')
}

module.exports = {
    encodeNamespace,
    encodeVersion,
    encodeQualifiers,
    encodeQualifierParam,
    encodeSubpath,
    encodeURIComponent
}


/***/ }),

/***/ 616:
/***/ ((module) => {



function formatPurlErrorMessage(message = '') {
    const { length } = message
    let formatted = ''
    if (length) {
        // Lower case start of message.
        const code0 = message.charCodeAt(0)
        formatted =
            code0 >= 65 /*'A'*/ || code0 <= 90 /*'Z'*/
                ? `${message[0].toLowerCase()}${message.slice(1)}`
                : message
        // Remove period from end of message.
        if (
            length > 1 &&
            message.charCodeAt(length - 1) === 46 /*'.'*/ &&
            message.charCodeAt(length - 2) !== 46
        ) {
            formatted = formatted.slice(0, -1)
        }
    }
    return `Invalid purl: ${formatted}`
}

class PurlError extends Error {
    constructor(message) {
        super(formatPurlErrorMessage(message))
    }
}

module.exports = {
    formatPurlErrorMessage,
    PurlError
}


/***/ }),

/***/ 54947:
/***/ ((module) => {



function createHelpersNamespaceObject(helpers, options_ = {}) {
    const { comparator, ...defaults } = { __proto__: null, ...options_ }
    const helperNames = Object.keys(helpers).sort()
    const propNames = [
        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
    ].sort(comparator)
    const nsObject = Object.create(null)
    for (let i = 0, { length } = propNames; i < length; i += 1) {
        const propName = propNames[i]
        const helpersForProp = Object.create(null)
        for (
            let j = 0, { length: length_j } = helperNames;
            j < length_j;
            j += 1
        ) {
            const helperName = helperNames[j]
            const helperValue =
                helpers[helperName][propName] ?? defaults[helperName]
            if (helperValue !== undefined) {
                helpersForProp[helperName] = helperValue
            }
        }
        nsObject[propName] = helpersForProp
    }
    return nsObject
}

module.exports = {
    createHelpersNamespaceObject
}


/***/ }),

/***/ 86808:
/***/ ((module) => {



function isNullishOrEmptyString(value) {
    return (
        value === null ||
        value === undefined ||
        (typeof value === 'string' && value.length === 0)
    )
}

module.exports = {
    isNullishOrEmptyString
}


/***/ }),

/***/ 44265:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { isObject } = __webpack_require__(57018)
const { isBlank } = __webpack_require__(22764)

function normalizeName(rawName) {
    return typeof rawName === 'string' ? rawName.trim() : undefined
}

function normalizeNamespace(rawNamespace) {
    return typeof rawNamespace === 'string'
        ? normalizePath(rawNamespace)
        : undefined
}

function normalizePath(pathname, callback) {
    let collapsed = ''
    let start = 0
    // Leading and trailing slashes, i.e. '/', are not significant and should be
    // stripped in the canonical form.
    while (pathname.charCodeAt(start) === 47 /*'/'*/) {
        start += 1
    }
    let nextIndex = pathname.indexOf('/', start)
    if (nextIndex === -1) {
        return pathname.slice(start)
    }
    // Discard any empty string segments by collapsing repeated segment
    // separator slashes, i.e. '/'.
    while (nextIndex !== -1) {
        const segment = pathname.slice(start, nextIndex)
        if (callback === undefined || callback(segment)) {
            collapsed =
                collapsed + (collapsed.length === 0 ? '' : '/') + segment
        }
        start = nextIndex + 1
        while (pathname.charCodeAt(start) === 47) {
            start += 1
        }
        nextIndex = pathname.indexOf('/', start)
    }
    const lastSegment = pathname.slice(start)
    if (
        lastSegment.length !== 0 &&
        (callback === undefined || callback(lastSegment))
    ) {
        collapsed = collapsed + '/' + lastSegment
    }
    return collapsed
}

function normalizeQualifiers(rawQualifiers) {
    let qualifiers
    for (const { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
        const strValue = typeof value === 'string' ? value : String(value)
        const trimmed = strValue.trim()
        // A key=value pair with an empty value is the same as no key/value
        // at all for this key.
        if (trimmed.length === 0) {
            continue
        }
        if (qualifiers === undefined) {
            qualifiers = { __proto__: null }
        }
        // A key is case insensitive. The canonical form is lowercase.
        qualifiers[key.toLowerCase()] = trimmed
    }
    return qualifiers
}

function normalizeSubpath(rawSubpath) {
    return typeof rawSubpath === 'string'
        ? normalizePath(rawSubpath, subpathFilter)
        : undefined
}

function normalizeType(rawType) {
    // The type must NOT be percent-encoded.
    // The type is case insensitive. The canonical form is lowercase.
    return typeof rawType === 'string'
        ? rawType.trim().toLowerCase()
        : undefined
}

function normalizeVersion(rawVersion) {
    return typeof rawVersion === 'string' ? rawVersion.trim() : undefined
}

function qualifiersToEntries(rawQualifiers) {
    if (isObject(rawQualifiers)) {
        return rawQualifiers instanceof URLSearchParams
            ? rawQualifiers.entries()
            : Object.entries(rawQualifiers)
    }
    return typeof rawQualifiers === 'string'
        ? new URLSearchParams(rawQualifiers).entries()
        : Object.entries({})
}

function subpathFilter(segment) {
    // When percent-decoded, a segment
    //   - must not be any of '.' or '..'
    //   - must not be empty
    const { length } = segment
    if (length === 1 && segment.charCodeAt(0) === 46 /*'.'*/) return false
    if (
        length === 2 &&
        segment.charCodeAt(0) === 46 &&
        segment.charCodeAt(1) === 46
    ) {
        return false
    }
    return !isBlank(segment)
}

module.exports = {
    normalizeName,
    normalizeNamespace,
    normalizePath,
    normalizeQualifiers,
    normalizeSubpath,
    normalizeType,
    normalizeVersion
}


/***/ }),

/***/ 57018:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { LOOP_SENTINEL } = __webpack_require__(93779)

function isObject(value) {
    return value !== null && typeof value === 'object'
}

function recursiveFreeze(value_) {
    if (
        value_ === null ||
        !(typeof value_ === 'object' || typeof value_ === 'function') ||
        Object.isFrozen(value_)
    ) {
        return value_
    }
    const queue = [value_]
    let { length: queueLength } = queue
    let pos = 0
    while (pos < queueLength) {
        if (pos === LOOP_SENTINEL) {
            throw new Error(
                'Detected infinite loop in object crawl of recursiveFreeze'
            )
        }
        const obj = queue[pos++]
        Object.freeze(obj)
        if (Array.isArray(obj)) {
            for (let i = 0, { length } = obj; i < length; i += 1) {
                const item = obj[i]
                if (
                    item !== null &&
                    (typeof item === 'object' || typeof item === 'function') &&
                    !Object.isFrozen(item)
                ) {
                    queue[queueLength++] = item
                }
            }
        } else {
            const keys = Reflect.ownKeys(obj)
            for (let i = 0, { length } = keys; i < length; i += 1) {
                const propValue = obj[keys[i]]
                if (
                    propValue !== null &&
                    (typeof propValue === 'object' ||
                        typeof propValue === 'function') &&
                    !Object.isFrozen(propValue)
                ) {
                    queue[queueLength++] = propValue
                }
            }
        }
    }
    return value_
}

module.exports = {
    isObject,
    recursiveFreeze
}


/***/ }),

/***/ 36686:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/


const { decodePurlComponent } = __webpack_require__(50782)
const { isObject, recursiveFreeze } = __webpack_require__(57018)
const { isBlank, isNonEmptyString, trimLeadingSlashes } = __webpack_require__(22764)

const { PurlComponent } = __webpack_require__(71487)
const { PurlQualifierNames } = __webpack_require__(37197)
const { PurlType } = __webpack_require__(48958)
const { PurlError } = __webpack_require__(616)

class PackageURL {
    static Component = recursiveFreeze(PurlComponent)
    static KnownQualifierNames = recursiveFreeze(PurlQualifierNames)
    static Type = recursiveFreeze(PurlType)

    constructor(
        rawType,
        rawNamespace,
        rawName,
        rawVersion,
        rawQualifiers,
        rawSubpath
    ) {
        const type = isNonEmptyString(rawType)
            ? PurlComponent.type.normalize(rawType)
            : rawType
        PurlComponent.type.validate(type, true)

        const namespace = isNonEmptyString(rawNamespace)
            ? PurlComponent.namespace.normalize(rawNamespace)
            : rawNamespace
        PurlComponent.namespace.validate(namespace, true)

        const name = isNonEmptyString(rawName)
            ? PurlComponent.name.normalize(rawName)
            : rawName
        PurlComponent.name.validate(name, true)

        const version = isNonEmptyString(rawVersion)
            ? PurlComponent.version.normalize(rawVersion)
            : rawVersion
        PurlComponent.version.validate(version, true)

        const qualifiers =
            typeof rawQualifiers === 'string' || isObject(rawQualifiers)
                ? PurlComponent.qualifiers.normalize(rawQualifiers)
                : rawQualifiers
        PurlComponent.qualifiers.validate(qualifiers, true)

        const subpath = isNonEmptyString(rawSubpath)
            ? PurlComponent.subpath.normalize(rawSubpath)
            : rawSubpath
        PurlComponent.subpath.validate(subpath, true)

        this.type = type
        this.name = name
        this.namespace = namespace ?? undefined
        this.version = version ?? undefined
        this.qualifiers = qualifiers ?? undefined
        this.subpath = subpath ?? undefined

        const typeHelpers = PurlType[type]
        if (typeHelpers) {
            typeHelpers.normalize(this)
            typeHelpers.validate(this, true)
        }
    }

    toString() {
        const { namespace, name, version, qualifiers, subpath, type } = this
        let purlStr = `pkg:${PurlComponent.type.encode(type)}/`
        if (namespace) {
            purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`
        }
        purlStr = `${purlStr}${PurlComponent.name.encode(name)}`
        if (version) {
            purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`
        }
        if (qualifiers) {
            purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`
        }
        if (subpath) {
            purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`
        }
        return purlStr
    }

    static fromString(purlStr) {
        return new PackageURL(...PackageURL.parseString(purlStr))
    }

    static parseString(purlStr) {
        // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#how-to-parse-a-purl-string-in-its-components
        if (typeof purlStr !== 'string') {
            throw new Error('A purl string argument is required.')
        }
        if (isBlank(purlStr)) {
            return [
                undefined,
                undefined,
                undefined,
                undefined,
                undefined,
                undefined
            ]
        }

        // Split the remainder once from left on ':'.
        const colonIndex = purlStr.indexOf(':')
        // Use WHATWG URL to split up the purl string.
        //   - Split the purl string once from right on '#'
        //   - Split the remainder once from right on '?'
        //   - Split the remainder once from left on ':'
        let url
        let maybeUrlWithAuth
        if (colonIndex !== -1) {
            try {
                // Since a purl never contains a URL Authority, its scheme
                // must not be suffixed with double slash as in 'pkg://'
                // and should use instead 'pkg:'. Purl parsers must accept
                // URLs such as 'pkg://' and must ignore the '//'
                const beforeColon = purlStr.slice(0, colonIndex)
                const afterColon = purlStr.slice(colonIndex + 1)
                const trimmedAfterColon = trimLeadingSlashes(afterColon)
                url = new URL(`${beforeColon}:${trimmedAfterColon}`)
                maybeUrlWithAuth =
                    afterColon.length === trimmedAfterColon.length
                        ? url
                        : new URL(purlStr)
            } catch (e) {
                throw new PurlError('failed to parse as URL', {
                    cause: e
                })
            }
        }
        // The scheme is a constant with the value "pkg".
        if (url?.protocol !== 'pkg:') {
            throw new PurlError('missing required "pkg" scheme component')
        }
        // A purl must NOT contain a URL Authority i.e. there is no support for
        // username, password, host and port components.
        if (
            maybeUrlWithAuth.username !== '' ||
            maybeUrlWithAuth.password !== ''
        ) {
            throw new PurlError('cannot contain a "user:pass@host:port"')
        }

        const { pathname } = url
        const firstSlashIndex = pathname.indexOf('/')
        const rawType = decodePurlComponent(
            'type',
            firstSlashIndex === -1
                ? pathname
                : pathname.slice(0, firstSlashIndex)
        )
        if (firstSlashIndex < 1) {
            return [
                rawType,
                undefined,
                undefined,
                undefined,
                undefined,
                undefined
            ]
        }

        let rawVersion
        let atSignIndex = pathname.lastIndexOf('@')
        // Handle unencoded leading '@' characters. This is a small break from
        // the specification to make parsing more forgiving so that users don't
        // have to deal with it.
        if (
            atSignIndex !== -1 &&
            pathname.charCodeAt(atSignIndex - 1) === 47 /*'/'*/
        ) {
            atSignIndex = -1
        }
        const beforeVersion = pathname.slice(
            rawType.length + 1,
            atSignIndex === -1 ? pathname.length : atSignIndex
        )
        if (atSignIndex !== -1) {
            // Split the remainder once from right on '@'.
            rawVersion = decodePurlComponent(
                'version',
                pathname.slice(atSignIndex + 1)
            )
        }

        let rawNamespace
        let rawName
        const lastSlashIndex = beforeVersion.lastIndexOf('/')
        if (lastSlashIndex === -1) {
            // Split the remainder once from right on '/'.
            rawName = decodePurlComponent('name', beforeVersion)
        } else {
            // Split the remainder once from right on '/'.
            rawName = decodePurlComponent(
                'name',
                beforeVersion.slice(lastSlashIndex + 1)
            )
            // Split the remainder on '/'.
            rawNamespace = decodePurlComponent(
                'namespace',
                beforeVersion.slice(0, lastSlashIndex)
            )
        }

        let rawQualifiers
        const { searchParams } = url
        if (searchParams.size !== 0) {
            searchParams.forEach((value) =>
                decodePurlComponent('qualifiers', value)
            )
            // Split the remainder once from right on '?'.
            rawQualifiers = searchParams
        }

        let rawSubpath
        const { hash } = url
        if (hash.length !== 0) {
            // Split the purl string once from right on '#'.
            rawSubpath = decodePurlComponent('subpath', hash.slice(1))
        }

        return [
            rawType,
            rawNamespace,
            rawName,
            rawVersion,
            rawQualifiers,
            rawSubpath
        ]
    }
}

for (const staticProp of ['Component', 'KnownQualifierNames', 'Type']) {
    Reflect.defineProperty(PackageURL, staticProp, {
        ...Reflect.getOwnPropertyDescriptor(PackageURL, staticProp),
        writable: false
    })
}

Reflect.setPrototypeOf(PackageURL.prototype, null)

module.exports = {
    PackageURL,
    PurlComponent,
    PurlQualifierNames,
    PurlType
}


/***/ }),

/***/ 71487:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const {
    encodeNamespace,
    encodeVersion,
    encodeQualifiers,
    encodeQualifierParam,
    encodeSubpath,
    encodeURIComponent
} = __webpack_require__(75954)

const { createHelpersNamespaceObject } = __webpack_require__(54947)

const {
    normalizeType,
    normalizeNamespace,
    normalizeName,
    normalizeVersion,
    normalizeQualifiers,
    normalizeSubpath
} = __webpack_require__(44265)

const { localeCompare, isNonEmptyString } = __webpack_require__(22764)

const {
    validateType,
    validateNamespace,
    validateName,
    validateVersion,
    validateQualifiers,
    validateQualifierKey,
    validateSubpath
} = __webpack_require__(93206)

const PurlComponentEncoder = (comp) =>
    isNonEmptyString(comp) ? encodeURIComponent(comp) : ''

const PurlComponentStringNormalizer = (comp) =>
    typeof comp === 'string' ? comp : undefined

const PurlComponentValidator = (_comp, _throws) => true

const componentSortOrderLookup = {
    __proto__: null,
    type: 0,
    namespace: 1,
    name: 2,
    version: 3,
    qualifiers: 4,
    qualifierKey: 5,
    qualifierValue: 6,
    subpath: 7
}

function componentSortOrder(comp) {
    return componentSortOrderLookup[comp] ?? comp
}

function componentComparator(compA, compB) {
    return localeCompare(componentSortOrder(compA), componentSortOrder(compB))
}

module.exports = {
    // Rules for each purl component:
    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
    PurlComponent: createHelpersNamespaceObject(
        {
            encode: {
                namespace: encodeNamespace,
                version: encodeVersion,
                qualifiers: encodeQualifiers,
                qualifierKey: encodeQualifierParam,
                qualifierValue: encodeQualifierParam,
                subpath: encodeSubpath
            },
            normalize: {
                type: normalizeType,
                namespace: normalizeNamespace,
                name: normalizeName,
                version: normalizeVersion,
                qualifiers: normalizeQualifiers,
                subpath: normalizeSubpath
            },
            validate: {
                type: validateType,
                namespace: validateNamespace,
                name: validateName,
                version: validateVersion,
                qualifierKey: validateQualifierKey,
                qualifiers: validateQualifiers,
                subpath: validateSubpath
            }
        },
        {
            comparator: componentComparator,
            encode: PurlComponentEncoder,
            normalize: PurlComponentStringNormalizer,
            validate: PurlComponentValidator
        }
    )
}


/***/ }),

/***/ 37197:
/***/ ((module) => {



module.exports = {
    // Known qualifiers:
    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
    PurlQualifierNames: {
        __proto__: null,
        RepositoryUrl: 'repository_url',
        DownloadUrl: 'download_url',
        VcsUrl: 'vcs_url',
        FileName: 'file_name',
        Checksum: 'checksum'
    }
}


/***/ }),

/***/ 48958:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { isNullishOrEmptyString } = __webpack_require__(86808)

const { createHelpersNamespaceObject } = __webpack_require__(54947)

const {
    isSemverString,
    lowerName,
    lowerNamespace,
    lowerVersion,
    replaceDashesWithUnderscores,
    replaceUnderscoresWithDashes
} = __webpack_require__(22764)

const { validateEmptyByType, validateRequiredByType } = __webpack_require__(93206)
const { PurlError } = __webpack_require__(616)

const PurlTypNormalizer = (purl) => purl

const PurlTypeValidator = (_purl, _throws) => true

module.exports = {
    // PURL types:
    // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
    PurlType: createHelpersNamespaceObject(
        {
            normalize: {
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
                alpm(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
                apk(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
                bitbucket(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
                bitnami(purl) {
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
                composer(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
                deb(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
                gitlab(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
                github(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
                // golang(purl) {
                //     // Ignore case-insensitive rule because go.mod are case-sensitive.
                //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
                //     lowerNamespace(purl)
                //     lowerName(purl)
                //     return purl
                // },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
                hex(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
                huggingface(purl) {
                    lowerVersion(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
                mlflow(purl) {
                    if (
                        purl.qualifiers?.repository_url?.includes('databricks')
                    ) {
                        lowerName(purl)
                    }
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
                npm(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
                luarocks(purl) {
                    lowerVersion(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
                oci(purl) {
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
                pub(purl) {
                    lowerName(purl)
                    purl.name = replaceDashesWithUnderscores(purl.name)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
                pypi(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    purl.name = replaceUnderscoresWithDashes(purl.name)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
                qpkg(purl) {
                    lowerNamespace(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
                rpm(purl) {
                    lowerNamespace(purl)
                    return purl
                }
            },
            validate: {
                // TODO: cocoapods name validation
                // TODO: cpan namespace validation
                // TODO: swid qualifier validation
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
                conan(purl, throws) {
                    if (isNullishOrEmptyString(purl.namespace)) {
                        if (purl.qualifiers?.channel) {
                            if (throws) {
                                throw new PurlError(
                                    'conan requires a "namespace" component when a "channel" qualifier is present'
                                )
                            }
                            return false
                        }
                    } else if (isNullishOrEmptyString(purl.qualifiers)) {
                        if (throws) {
                            throw new PurlError(
                                'conan requires a "qualifiers" component when a namespace is present'
                            )
                        }
                        return false
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
                cran(purl, throws) {
                    return validateRequiredByType(
                        'cran',
                        'version',
                        purl.version,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
                golang(purl) {
                    // Still being lenient here since the standard changes aren't official.
                    // Pending spec change: https://github.com/package-url/purl-spec/pull/196
                    const { version } = purl
                    const length =
                        typeof version === 'string' ? version.length : 0
                    // If the version starts with a "v" then ensure its a valid semver version.
                    // This, by semver semantics, also supports pseudo-version number.
                    // https://go.dev/doc/modules/version-numbers#pseudo-version-number
                    if (
                        length &&
                        version.charCodeAt(0) === 118 /*'v'*/ &&
                        !isSemverString(version.slice(1))
                    ) {
                        if (throws) {
                            throw new PurlError(
                                'golang "version" component starting with a "v" must be followed by a valid semver version'
                            )
                        }
                        return false
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
                maven(purl, throws) {
                    return validateRequiredByType(
                        'maven',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
                mlflow(purl, throws) {
                    return validateEmptyByType(
                        'mlflow',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
                oci(purl, throws) {
                    return validateEmptyByType(
                        'oci',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
                pub(purl, throws) {
                    const { name } = purl
                    for (let i = 0, { length } = name; i < length; i += 1) {
                        const code = name.charCodeAt(i)
                        // prettier-ignore
                        if (
                  !(
                      (
                          (code >= 48 && code <= 57)  || // 0-9
                          (code >= 97 && code <= 122) || // a-z
                          code === 95 // _
                      )
                  )
              ) {
                  if (throws) {
                      throw new PurlError(
                          'pub "name" component may only contain [a-z0-9_] characters'
                      )
                  }
                  return false
              }
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
                swift(purl, throws) {
                    return (
                        validateRequiredByType(
                            'swift',
                            'namespace',
                            purl.namespace,
                            throws
                        ) &&
                        validateRequiredByType(
                            'swift',
                            'version',
                            purl.version,
                            throws
                        )
                    )
                }
            }
        },
        {
            normalize: PurlTypNormalizer,
            validate: PurlTypeValidator
        }
    )
}


/***/ }),

/***/ 22764:
/***/ ((module) => {



// Intl.Collator is faster than String#localeCompare
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/localeCompare:
// > When comparing large numbers of strings, such as in sorting large arrays,
// > it is better to create an Intl.Collator object and use the function provided
// > by its compare() method.
const { compare: localeCompare } = new Intl.Collator()

// This regexp is valid as of 2024-08-01.
// https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string
const regexSemverNumberedGroups =
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

function isBlank(str) {
    for (let i = 0, { length } = str; i < length; i += 1) {
        const code = str.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                // Whitespace characters according to ECMAScript spec:
                // https://tc39.es/ecma262/#sec-white-space
                (
                    code === 0x0020 || // Space
                    code === 0x0009 || // Tab
                    code === 0x000a || // Line Feed
                    code === 0x000b || // Vertical Tab
                    code === 0x000c || // Form Feed
                    code === 0x000d || // Carriage Return
                    code === 0x00a0 || // No-Break Space
                    code === 0x1680 || // Ogham Space Mark
                    code === 0x2000 || // En Quad
                    code === 0x2001 || // Em Quad
                    code === 0x2002 || // En Space
                    code === 0x2003 || // Em Space
                    code === 0x2004 || // Three-Per-Em Space
                    code === 0x2005 || // Four-Per-Em Space
                    code === 0x2006 || // Six-Per-Em Space
                    code === 0x2007 || // Figure Space
                    code === 0x2008 || // Punctuation Space
                    code === 0x2009 || // Thin Space
                    code === 0x200a || // Hair Space
                    code === 0x2028 || // Line Separator
                    code === 0x2029 || // Paragraph Separator
                    code === 0x202f || // Narrow No-Break Space
                    code === 0x205f || // Medium Mathematical Space
                    code === 0x3000 || // Ideographic Space
                    code === 0xfeff    // Byte Order Mark
                )
            )
        ) {
            return false
        }
    }
    return true
}

function isNonEmptyString(value) {
    return typeof value === 'string' && value.length > 0
}

function isSemverString(value) {
    return typeof value === 'string' && regexSemverNumberedGroups.test(value)
}

function lowerName(purl) {
    purl.name = purl.name.toLowerCase()
}

function lowerNamespace(purl) {
    const { namespace } = purl
    if (typeof namespace === 'string') {
        purl.namespace = namespace.toLowerCase()
    }
}

function lowerVersion(purl) {
    const { version } = purl
    if (typeof version === 'string') {
        purl.version = version.toLowerCase()
    }
}

function replaceDashesWithUnderscores(str) {
    // Replace all "-" with "_"
    let result = ''
    let fromIndex = 0
    let index = 0
    while ((index = str.indexOf('-', fromIndex)) !== -1) {
        result = result + str.slice(fromIndex, index) + '_'
        fromIndex = index + 1
    }
    return fromIndex ? result + str.slice(fromIndex) : str
}

function replaceUnderscoresWithDashes(str) {
    // Replace all "_" with "-"
    let result = ''
    let fromIndex = 0
    let index = 0
    while ((index = str.indexOf('_', fromIndex)) !== -1) {
        result = result + str.slice(fromIndex, index) + '-'
        fromIndex = index + 1
    }
    return fromIndex ? result + str.slice(fromIndex) : str
}

function trimLeadingSlashes(str) {
    let start = 0
    while (str.charCodeAt(start) === 47 /*'/'*/) {
        start += 1
    }
    return start === 0 ? str : str.slice(start)
}

module.exports = {
    isBlank,
    isNonEmptyString,
    isSemverString,
    localeCompare,
    lowerName,
    lowerNamespace,
    lowerVersion,
    replaceDashesWithUnderscores,
    replaceUnderscoresWithDashes,
    trimLeadingSlashes
}


/***/ }),

/***/ 93206:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { PurlError } = __webpack_require__(616)
const { isNullishOrEmptyString } = __webpack_require__(86808)
const { isNonEmptyString } = __webpack_require__(22764)

function validateEmptyByType(type, name, value, throws) {
    if (!isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`${type} "${name}" component must be empty`)
        }
        return false
    }
    return true
}

function validateName(name, throws) {
    return (
        validateRequired('name', name, throws) &&
        validateStrings('name', name, throws)
    )
}

function validateNamespace(namespace, throws) {
    return validateStrings('namespace', namespace, throws)
}

function validateQualifiers(qualifiers, throws) {
    if (qualifiers === null || qualifiers === undefined) {
        return true
    }
    if (typeof qualifiers !== 'object') {
        if (throws) {
            throw new PurlError('"qualifiers" must be an object')
        }
        return false
    }
    const keysIterable =
        // URL searchParams have an "keys" method that returns an iterator.
        typeof qualifiers.keys === 'function'
            ? qualifiers.keys()
            : Object.keys(qualifiers)
    for (const key of keysIterable) {
        if (!validateQualifierKey(key, throws)) {
            return false
        }
    }
    return true
}

function validateQualifierKey(key, throws) {
    // A key cannot start with a number.
    if (!validateStartsWithoutNumber('qualifier', key, throws)) {
        return false
    }
    // The key must be composed only of ASCII letters and numbers,
    // '.', '-' and '_' (period, dash and underscore).
    for (let i = 0, { length } = key; i < length; i += 1) {
        const code = key.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                (
                    (code >= 48 && code <= 57)  || // 0-9
                    (code >= 65 && code <= 90)  || // A-Z
                    (code >= 97 && code <= 122) || // a-z
                    code === 46 || // .
                    code === 45 || // -
                    code === 95    // _
                )
            )
        ) {
            if (throws) {
                throw new PurlError(
                    `qualifier "${key}" contains an illegal character`
                )
            }
            return false
        }
    }
    return true
}

function validateRequired(name, value, throws) {
    if (isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`"${name}" is a required component`)
        }
        return false
    }
    return true
}

function validateRequiredByType(type, name, value, throws) {
    if (isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`${type} requires a "${name}" component`)
        }
        return false
    }
    return true
}

function validateStartsWithoutNumber(name, value, throws) {
    if (isNonEmptyString(value)) {
        const code = value.charCodeAt(0)
        if (code >= 48 /*'0'*/ && code <= 57 /*'9'*/) {
            if (throws) {
                throw new PurlError(
                    `${name} "${value}" cannot start with a number`
                )
            }
            return false
        }
    }
    return true
}

function validateStrings(name, value, throws) {
    if (value === null || value === undefined || typeof value === 'string') {
        return true
    }
    if (throws) {
        throw new PurlError(`"'${name}" must be a string`)
    }
    return false
}

function validateSubpath(subpath, throws) {
    return validateStrings('subpath', subpath, throws)
}

function validateType(type, throws) {
    // The type cannot be nullish, an empty string, or start with a number.
    if (
        !validateRequired('type', type, throws) ||
        !validateStrings('type', type, throws) ||
        !validateStartsWithoutNumber('type', type, throws)
    ) {
        return false
    }
    // The package type is composed only of ASCII letters and numbers,
    // '.', '+' and '-' (period, plus, and dash)
    for (let i = 0, { length } = type; i < length; i += 1) {
        const code = type.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                (
                    (code >= 48 && code <= 57)  || // 0-9
                    (code >= 65 && code <= 90)  || // A-Z
                    (code >= 97 && code <= 122) || // a-z
                    code === 46 || // .
                    code === 43 || // +
                    code === 45    // -
                )
            )
        ) {
            if (throws) {
                throw new PurlError(
                    `type "${type}" contains an illegal character`
                )
            }
            return false
        }
    }
    return true
}

function validateVersion(version, throws) {
    return validateStrings('version', version, throws)
}

module.exports = {
    validateEmptyByType,
    validateName,
    validateNamespace,
    validateQualifiers,
    validateQualifierKey,
    validateRequired,
    validateRequiredByType,
    validateStartsWithoutNumber,
    validateStrings,
    validateSubpath,
    validateType,
    validateVersion
}


/***/ }),

/***/ 4986:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateSbom: () => (/* binding */ generateSbom)
});

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/index.js + 18 modules
var src_registry = __webpack_require__(76109);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/limits.js
var src_limits = __webpack_require__(21662);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/catalog.js
// Turns the cataloged files of an image into packages with purls (purl spec `PURL-TYPES.rst`: deb,
// apk, npm, pypi). Pure: the files were already read and parsed by layer-files.ts.

// layer-files.ts resolved symlinks already (Debian: etc/os-release -> ../usr/lib/os-release).
function resolveOsRelease(files) {
    for (const path of ['etc/os-release', 'usr/lib/os-release']) {
        const f = files.get(path);
        if (f?.kind === 'os-release' && f.record)
            return f.record;
    }
    return undefined;
}
function distroQualifier(os) {
    if (!os)
        return undefined;
    return os.versionId ? `${os.id}-${os.versionId}` : os.id;
}
function qualifiers(q) {
    const out = {};
    for (const [k, v] of Object.entries(q))
        if (v)
            out[k] = v;
    return Object.keys(out).length ? out : undefined;
}
/** Every package the cataloged files declare, sorted by ecosystem, name, version and path. */
function toPackages(files) {
    const os = resolveOsRelease(files);
    const distro = distroQualifier(os);
    const out = [];
    for (const f of files.values()) {
        switch (f.kind) {
            case 'dpkg':
                for (const r of f.record ?? []) {
                    const upstream = r.source && (r.source !== r.package || r.sourceVersion)
                        ? r.sourceVersion
                            ? `${r.source}@${r.sourceVersion}`
                            : r.source
                        : undefined;
                    out.push({
                        ecosystem: 'deb',
                        name: r.package,
                        version: r.version,
                        purl: new packageurl_js.PackageURL('deb', os?.id ?? 'debian', r.package, r.version, qualifiers({ arch: r.architecture, distro, upstream }), undefined).toString(),
                        licenses: [],
                        path: f.path,
                        layer: f.layer,
                        ...(r.architecture ? { arch: r.architecture } : {}),
                    });
                }
                break;
            case 'apk':
                for (const r of f.record ?? []) {
                    out.push({
                        ecosystem: 'apk',
                        name: r.name,
                        version: r.version,
                        purl: new packageurl_js.PackageURL('apk', os?.id ?? 'alpine', r.name, r.version, qualifiers({ arch: r.arch, distro, upstream: r.origin !== r.name ? r.origin : undefined }), undefined).toString(),
                        licenses: r.license ? [r.license] : [],
                        path: f.path,
                        layer: f.layer,
                        ...(r.arch ? { arch: r.arch } : {}),
                    });
                }
                break;
            case 'npm': {
                const r = f.record;
                if (!r)
                    break;
                const scoped = /^@([^/]+)\/(.+)$/.exec(r.name);
                out.push({
                    ecosystem: 'npm',
                    name: r.name,
                    version: r.version,
                    purl: new packageurl_js.PackageURL('npm', scoped ? `@${scoped[1]}` : undefined, scoped ? scoped[2] : r.name, r.version, undefined, undefined).toString(),
                    licenses: r.licenses,
                    path: f.path,
                    layer: f.layer,
                    ...(scoped ? { group: `@${scoped[1]}` } : {}),
                });
                break;
            }
            case 'python': {
                const r = f.record;
                if (!r)
                    break;
                out.push({
                    ecosystem: 'pypi',
                    name: r.name,
                    version: r.version,
                    purl: new packageurl_js.PackageURL('pypi', undefined, r.name, r.version, undefined, undefined).toString(),
                    licenses: r.licenses,
                    path: f.path,
                    layer: f.layer,
                });
                break;
            }
            default:
                break;
        }
    }
    return out.sort((a, b) => a.ecosystem.localeCompare(b.ecosystem) ||
        a.name.localeCompare(b.name) ||
        a.version.localeCompare(b.version) ||
        a.path.localeCompare(b.path));
}
/** The distribution the image's os-release names, if any (`debian 12`). */
function toOsRelease(files) {
    return resolveOsRelease(files);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/index.node.js
var index_node = __webpack_require__(54567);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/cyclonedx.js
// Builds the generator's CycloneDX 1.6 JSON with @cyclonedx/cyclonedx-library: the image as
// `metadata.component` (type container), each package as a library component with its purl. A package
// found at several paths (the same name and version installed twice) is one component listing every
// location. Deterministic: the same image and clock give the same bytes.



function toLicense(l) {
    if (index_node.SPDX.isSupportedSpdxId(l))
        return new index_node.Models.SpdxLicense(l);
    if (/\s(AND|OR|WITH)\s/.test(l) || /^\(.*\)$/.test(l))
        return new index_node.Models.LicenseExpression(l);
    return new index_node.Models.NamedLicense(l);
}
/** A stable `urn:uuid:` from the subject (RFC 4122 layout, version 5 style bits over sha256). */
function toSerialNumber(seed) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(seed).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
/** Groups packages with the same purl (one component, several locations). */
function groupByPurl(packages) {
    const groups = new Map();
    for (const p of packages) {
        const g = groups.get(p.purl);
        if (g)
            g.push(p);
        else
            groups.set(p.purl, [p]);
    }
    return [...groups.values()];
}
/** The CycloneDX 1.6 JSON text of the packages found in one platform image. */
function buildCycloneDxBom(packages, subject) {
    const name = subject.repository.split('/').pop() ?? subject.repository;
    const imagePurl = new packageurl_js.PackageURL('oci', undefined, name, subject.digest, {
        repository_url: subject.repository,
        ...(subject.platform ? { arch: subject.platform.split('/')[1] } : {}),
    }, undefined).toString();
    const image = new index_node.Models.Component(index_node.Enums.ComponentType.Container, subject.repository, {
        version: subject.digest,
        purl: imagePurl,
        bomRef: imagePurl,
    });
    if (subject.platform)
        image.properties.add(new index_node.Models.Property('signet:image:platform', subject.platform));
    if (subject.os) {
        image.properties.add(new index_node.Models.Property('signet:distro:id', subject.os.id));
        if (subject.os.versionId)
            image.properties.add(new index_node.Models.Property('signet:distro:versionID', subject.os.versionId));
    }
    const tool = new index_node.Models.Component(index_node.Enums.ComponentType.Application, subject.tool.name, {
        version: subject.tool.version,
    });
    const bom = new index_node.Models.Bom({
        serialNumber: toSerialNumber(`${subject.repository}@${subject.digest}|${subject.tool.version}`),
        metadata: new index_node.Models.Metadata({
            timestamp: subject.timestamp,
            component: image,
            tools: new index_node.Models.Tools({ components: new index_node.Models.ComponentRepository([tool]) }),
        }),
    });
    for (const group of groupByPurl(packages)) {
        const p = group[0];
        const c = new index_node.Models.Component(index_node.Enums.ComponentType.Library, p.group ? p.name.slice(p.group.length + 1) : p.name, {
            version: p.version,
            purl: p.purl,
            bomRef: p.purl,
            ...(p.group ? { group: p.group } : {}),
        });
        for (const l of new Set(group.flatMap((g) => g.licenses)))
            c.licenses.add(toLicense(l));
        c.properties.add(new index_node.Models.Property('signet:package:type', p.ecosystem));
        group.forEach((g, i) => {
            c.properties.add(new index_node.Models.Property(`signet:location:${i}:path`, `/${g.path}`));
            c.properties.add(new index_node.Models.Property(`signet:location:${i}:layerDigest`, g.layer));
        });
        bom.components.add(c);
    }
    const serializer = new index_node.Serialize.JsonSerializer(new index_node.Serialize.JSON.Normalize.Factory(index_node.Spec.Spec1dot6));
    return serializer.serialize(bom, { sortLists: true, space: 2 });
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sbom/errors.js
var errors = __webpack_require__(73545);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/apk.js
// Alpine's installed database (`/lib/apk/db/installed`): blank-line separated records of one-letter
// fields (P name, V version, A arch, L licence, o origin). https://wiki.alpinelinux.org/wiki/Apk_spec
// Pure: text in, records out.
/** The packages of an apk installed database. */
function parseApkInstalled(text) {
    const out = [];
    let cur = {};
    const flush = () => {
        if (cur.P && cur.V) {
            const rec = { name: cur.P, version: cur.V };
            if (cur.A)
                rec.arch = cur.A;
            if (cur.L)
                rec.license = cur.L;
            if (cur.o)
                rec.origin = cur.o;
            out.push(rec);
        }
        cur = {};
    };
    for (const line of text.split('\n')) {
        if (line.trim() === '') {
            flush();
            continue;
        }
        if (line[1] !== ':')
            continue;
        const key = line[0];
        // File entries (F, R, a, M, Z) repeat; only the package's own fields are kept.
        if ('PVALo'.includes(key) && cur[key] === undefined)
            cur[key] = line.slice(2);
    }
    flush();
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/root-fs.js
// Paths inside an image root, as a container runtime sees them: tar member names cleaned to paths under
// the root, and symlinks resolved the way the kernel resolves them inside the container's mount
// namespace, never outside the root. Used by layer-files.ts on the tree it builds from the layers.
/**
 * A tar member name as a path under the image root: `./a//b/./c/`, `/a/b/c` and `x/../a/b/c` all
 * become `a/b/c`; `..` never climbs above the root (as a runtime extracts it).
 */
function cleanTarPath(name) {
    const parts = [];
    for (const seg of name.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    return parts.join('/');
}
/** Most symlinks followed resolving one path (Linux gives up with ELOOP after 40). */
const MAX_SYMLINK_HOPS = 40;
/** Longest path or symlink target Linux resolves (ENAMETOOLONG beyond). */
const PATH_MAX = 4096;
/**
 * Resolves `path` inside an image root the way the kernel does inside a container's mount namespace:
 * every component that is a symlink is replaced by its target, absolute targets start again at the
 * image root and `..` stops at it, so nothing resolves outside the image. Undefined after 40 links
 * (loops) or for a path or target longer than PATH_MAX, as Linux fails them. Each component costs one
 * lookup, so a hostile target cannot make resolution quadratic.
 */
function resolveInRoot(path, fs) {
    if (path.length >= PATH_MAX)
        return undefined;
    const names = (p) => p.split('/').filter((s) => s !== '' && s !== '.');
    // A stack: the next component is at the end.
    const pending = names(path).reverse();
    const done = [];
    let hops = 0;
    while (pending.length > 0) {
        const seg = pending.pop();
        if (seg === '..') {
            done.pop();
            continue;
        }
        const parent = done.length > 0 ? done[done.length - 1].node : fs.root;
        const node = parent === undefined ? undefined : fs.child(parent, seg);
        const target = node === undefined ? undefined : fs.link(node);
        if (target === undefined) {
            done.push({ name: seg, node });
            continue;
        }
        if (++hops > MAX_SYMLINK_HOPS || target.length >= PATH_MAX)
            return undefined;
        if (target.startsWith('/'))
            done.length = 0;
        const parts = names(target);
        for (let i = parts.length - 1; i >= 0; i--)
            pending.push(parts[i]);
    }
    return done.map((d) => d.name).join('/');
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sbom/constants.js
var constants = __webpack_require__(9533);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/dpkg.js
// dpkg's status database (`/var/lib/dpkg/status`, and distroless `status.d/*`): RFC 822-style
// paragraphs, one per package (man dpkg-query; deb-control(5)). Pure: text in, records out.
/** Splits deb822 text into paragraphs of field → value (continuation lines joined with newlines). */
function parseDeb822(text) {
    const out = [];
    let cur = {};
    let last;
    const flush = () => {
        if (Object.keys(cur).length > 0)
            out.push(cur);
        cur = {};
        last = undefined;
    };
    for (const line of text.split('\n')) {
        if (line.trim() === '') {
            flush();
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
            cur[last] += `\n${line.trim()}`;
            continue;
        }
        const i = line.indexOf(':');
        if (i <= 0)
            continue;
        last = line.slice(0, i).trim().toLowerCase();
        cur[last] = line.slice(i + 1).trim();
    }
    flush();
    return out;
}
/**
 * The packages of a dpkg database. Packages whose files are gone (`deinstall ok config-files`,
 * `purge ok not-installed`) are left out: they are not in the image.
 */
function parseDpkgStatus(text) {
    const out = [];
    for (const p of parseDeb822(text)) {
        const name = p.package;
        const version = p.version;
        if (!name || !version)
            continue;
        const status = p.status;
        if (status && /\b(not-installed|config-files)\b/.test(status))
            continue;
        const rec = { package: name, version };
        if (p.architecture)
            rec.architecture = p.architecture;
        if (status)
            rec.status = status;
        if (p.source) {
            // `Source: glibc (2.36-9+deb12u4)`: the source package and, when it differs, its version.
            const m = /^(\S+)(?:\s+\(([^)]+)\))?/.exec(p.source);
            if (m) {
                rec.source = m[1];
                if (m[2])
                    rec.sourceVersion = m[2];
            }
        }
        out.push(rec);
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/npm.js
// npm packages: each `node_modules/**/package.json` with a name and a version is an installed
// package (npm's own layout; nested node_modules are dependencies of dependencies). Pure.
/** True for a package.json inside a node_modules tree (`…/node_modules/x/package.json`, any depth). */
function isNpmPackageJsonPath(path) {
    return (path.endsWith('/package.json') && (path.startsWith('node_modules/') || path.includes('/node_modules/')));
}
function licensesOf(doc) {
    const one = (l) => typeof l === 'string'
        ? l
        : typeof l === 'object' && l !== null && typeof l.type === 'string'
            ? l.type
            : undefined;
    if (doc.license !== undefined) {
        const l = one(doc.license);
        return l ? [l] : [];
    }
    if (Array.isArray(doc.licenses))
        return doc.licenses.map(one).filter((l) => !!l);
    return [];
}
/** The package a package.json describes; undefined when it has no name or version (not a package). */
function parsePackageJson(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return undefined;
    const o = doc;
    if (typeof o.name !== 'string' || typeof o.version !== 'string' || !o.name || !o.version)
        return undefined;
    return { name: o.name, version: o.version, licenses: licensesOf(o) };
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/os-release.js
// /etc/os-release (os-release(5)): tells which distribution the OS packages come from, for the purl
// `distro` qualifier and namespace. Pure.
/** Parses `KEY=value` / `KEY="value"` lines; undefined without an ID. */
function parseOsRelease(text) {
    const kv = {};
    for (const line of text.split('\n')) {
        const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
        if (!m)
            continue;
        let v = m[2].trim();
        if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
            v = v.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
        }
        kv[m[1]] = v;
    }
    if (!kv.ID)
        return undefined;
    const r = { id: kv.ID.toLowerCase() };
    if (kv.VERSION_ID)
        r.versionId = kv.VERSION_ID;
    if (kv.VERSION_CODENAME)
        r.versionCodename = kv.VERSION_CODENAME;
    if (kv.PRETTY_NAME)
        r.prettyName = kv.PRETTY_NAME;
    return r;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/python.js
// Python distributions: `*.dist-info/METADATA` (wheels, PEP 376/627) and `*.egg-info/PKG-INFO`
// (setuptools) hold the core metadata (https://packaging.python.org/specifications/core-metadata/):
// email-style headers, then a body. Pure.
/** True for a distribution's metadata file (`x-1.0.dist-info/METADATA`, `x.egg-info/PKG-INFO`). */
function isPythonMetadataPath(path) {
    return /(?:^|\/)[^/]+\.dist-info\/METADATA$/.test(path) || /(?:^|\/)[^/]+\.egg-info\/PKG-INFO$/.test(path);
}
/** Reads the header block of core metadata; undefined without Name and Version. */
function parsePythonMetadata(text) {
    const headers = [];
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
            headers[headers.length - 1][1] += `\n${line.trim()}`;
            continue;
        }
        const i = line.indexOf(':');
        if (i > 0)
            headers.push([line.slice(0, i).toLowerCase(), line.slice(i + 1).trim()]);
    }
    const get = (k) => headers.find(([h]) => h === k)?.[1];
    const name = get('name');
    const version = get('version');
    if (!name || !version)
        return undefined;
    const licenses = [];
    const expression = get('license-expression');
    const license = get('license');
    if (expression)
        licenses.push(expression);
    else if (license && license !== 'UNKNOWN' && !license.includes('\n') && license.length <= 100)
        licenses.push(license);
    return { name, version, licenses };
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/layer-files.js
// Streams an image's layers once, in order, and keeps only what the package catalogers need: parsed
// records of a few small files (package databases, package.json, METADATA, os-release) and every
// symlink, never file contents in bulk, so memory follows the number of packages and links, not the
// size of the layers. The layers are applied to a tree of path components, as overlayfs stacks them
// (OCI image-spec `layer.md`): `.wh.<name>` removes `<name>` and everything under it from the layers
// below, `.wh..wh..opq` empties its folder below, and any non-folder entry hides the lower folder at
// its path; each costs a walk down one path, so whiteouts stay linear in the layer size.
// Tar paths are cleaned (`./`, `..`, repeated slashes) before use (root-fs.ts). At the end, the well-known package
// database paths are resolved as a container runtime resolves them, following symlinked folders
// (`/var/lib/dpkg -> /opt/x`, usr-merge `/lib -> usr/lib`) inside the image root and never out of it,
// so a database cannot be hidden from the SBOM behind a link. Written by hand: no Node library applies
// OCI layers (whiteouts, opaque folders) to an in-memory tree; tar-stream does the tar parsing.
// Decompressed bytes are capped per layer and per image (src/limits.ts) against compression bombs.













const OS_RELEASE_PATHS = new Set(['etc/os-release', 'usr/lib/os-release']);
/**
 * Which cataloger a file *might* feed, from its name alone: a package database can sit anywhere a
 * symlinked folder points (`/opt/x/status` behind `/var/lib/dpkg -> /opt/x`), and which links exist is
 * known only after the last layer, so every file named like one is read (within the size caps) and
 * the final tree decides which count.
 */
function classifyCandidate(path) {
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const parent = slash < 0 ? '' : path.slice(0, slash);
    if (base === 'status')
        return 'dpkg';
    if ((parent === 'status.d' || parent.endsWith('/status.d')) && !base.endsWith('.md5sums'))
        return 'dpkg';
    if (base === 'installed')
        return 'apk';
    if (base === 'os-release')
        return 'os-release';
    if (isNpmPackageJsonPath(path))
        return 'npm';
    if (isPythonMetadataPath(path))
        return 'python';
    return undefined;
}
/** Which cataloger wants the file at `path` (relative to the image root), if any. */
function classifyPath(path) {
    if (path === 'var/lib/dpkg/status')
        return 'dpkg';
    if (path.startsWith('var/lib/dpkg/status.d/') && !path.slice(22).includes('/')) {
        // distroless keeps one control file per package here, next to its `.md5sums`.
        return path.endsWith('.md5sums') ? undefined : 'dpkg';
    }
    if (path === 'lib/apk/db/installed')
        return 'apk';
    if (OS_RELEASE_PATHS.has(path))
        return 'os-release';
    if (isNpmPackageJsonPath(path))
        return 'npm';
    if (isPythonMetadataPath(path))
        return 'python';
    return undefined;
}
function parseAs(kind, text) {
    switch (kind) {
        case 'dpkg':
            return parseDpkgStatus(text);
        case 'apk':
            return parseApkInstalled(text);
        case 'os-release':
            return parseOsRelease(text);
        case 'npm':
            return parsePackageJson(text);
        case 'python':
            return parsePythonMetadata(text);
    }
}
/** How a layer's bytes are compressed, from its media type. */
function toCompression(mediaType) {
    const mt = mediaType.toLowerCase();
    if (mt.endsWith('+gzip') || mt.endsWith('.tar.gzip'))
        return 'gzip';
    if (mt.endsWith('+zstd'))
        return 'zstd';
    if (mt.endsWith('.tar') || mt.endsWith('.v1.tar') || mt === 'application/x-tar')
        return 'none';
    throw new errors/* SbomError */.S('SBOM_INVALID_IMAGE', `layer media type ${mediaType} is not a tar layer (expected tar, tar+gzip or tar+zstd)`);
}
/**
 * The final filesystem of the image as far as the catalogers care: folders, symlinks and the files
 * they read. Every operation walks one path, so applying a layer costs its entries times path depth.
 */
class ImageTree {
    root = { children: new Map() };
    child(node, name) {
        return node.children?.get(name);
    }
    link(node) {
        return node.link;
    }
    /** The node at a physical path (no symlinks followed), if any. */
    get(path) {
        let node = this.root;
        if (path === '')
            return node;
        for (const seg of path.split('/')) {
            node = node.children?.get(seg);
            if (!node)
                return undefined;
        }
        return node;
    }
    /** Removes the node at `path` and everything under it (a whiteout, or a lower entry replaced). */
    remove(path) {
        const slash = path.lastIndexOf('/');
        const parent = this.get(slash < 0 ? '' : path.slice(0, slash));
        parent?.children?.delete(path.slice(slash + 1));
    }
    /** Empties the folder at `path` (an opaque whiteout). */
    clear(path) {
        const node = this.get(path);
        if (node?.children)
            node.children.clear();
    }
    /**
     * Makes every existing ancestor of `path` a folder: an entry at `a/b/c` in an upper layer means `a`
     * and `a/b` are folders there, hiding a lower symlink or file of that name.
     */
    makeParents(path) {
        const segs = path.split('/');
        let node = this.root;
        for (let i = 0; i < segs.length - 1; i++) {
            const next = node.children?.get(segs[i]);
            if (!next)
                return;
            if (!next.children) {
                delete next.file;
                delete next.link;
                next.children = new Map();
            }
            node = next;
        }
    }
    /** Puts a file or symlink at `path`, creating (or turning into) folders above it. */
    set(path, leaf) {
        const segs = path.split('/');
        let node = this.root;
        for (let i = 0; i < segs.length - 1; i++) {
            let next = node.children.get(segs[i]);
            if (!next) {
                next = { children: new Map() };
                node.children.set(segs[i], next);
            }
            else if (!next.children) {
                delete next.file;
                delete next.link;
                next.children = new Map();
            }
            node = next;
        }
        node.children.set(segs[segs.length - 1], { ...leaf });
    }
    /** Every cataloged file, with its physical path (an explicit stack: paths may be very deep). */
    *files() {
        const stack = [this.root];
        while (stack.length > 0) {
            const node = stack.pop();
            if (node.file)
                yield node.file;
            for (const child of node.children?.values() ?? [])
                stack.push(child);
        }
    }
}
async function readEntry(stream, limit) {
    const chunks = [];
    let n = 0;
    for await (const c of stream) {
        n += c.length;
        if (n <= limit)
            chunks.push(c);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * Reads one layer's tar stream: removes from `lower` what its whiteouts and replaced paths hide, and
 * returns what it adds (cataloged files and symlinks); drains every other entry.
 */
async function readLayer(source, layer, lower, warnings, transforms) {
    const changes = { added: new Map() };
    const extract = tar_stream.extract();
    extract.on('entry', (header, stream, next) => {
        // A failure elsewhere in the pipeline (a cap, the digest check) destroys the entry mid-read; the
        // pipeline reports it, the entry must not throw it again as an unhandled 'error' event.
        stream.on('error', () => undefined);
        const handle = async () => {
            const path = cleanTarPath(header.name);
            if (path === '') {
                stream.resume();
                return;
            }
            const slash = path.lastIndexOf('/');
            const base = path.slice(slash + 1);
            const dir = slash < 0 ? '' : path.slice(0, slash);
            lower.makeParents(path);
            if (base === '.wh..wh..opq') {
                lower.clear(dir);
                stream.resume();
                return;
            }
            if (base.startsWith('.wh.')) {
                lower.remove(dir === '' ? base.slice(4) : `${dir}/${base.slice(4)}`);
                stream.resume();
                return;
            }
            if (header.type === 'directory') {
                // A folder replaces a lower file or symlink of the same name; a lower folder merges.
                const below = lower.get(path);
                if (below && !below.children)
                    lower.remove(path);
                stream.resume();
                return;
            }
            // Anything else replaces whatever the lower layers had at this path, folder included.
            lower.remove(path);
            const kind = classifyCandidate(path);
            if (header.type === 'symlink' && header.linkname !== undefined) {
                changes.added.set(path, { link: header.linkname });
                stream.resume();
            }
            else if (kind && header.type === 'link' && header.linkname) {
                // A hard link to a file earlier in this layer: same content, so the same record.
                const target = changes.added.get(cleanTarPath(header.linkname))?.file;
                if (target)
                    changes.added.set(path, { file: { ...target, path } });
                stream.resume();
            }
            else if (kind && (header.type === 'file' || header.type === 'contiguous-file')) {
                const limit = kind === 'dpkg' || kind === 'apk' ? constants/* MAX_DATABASE_BYTES */.ju : constants/* MAX_MANIFEST_FILE_BYTES */.Yw;
                if ((header.size ?? 0) > limit) {
                    warnings.push(`${path} in layer ${layer}: ${header.size} bytes is more than ${limit}; skipped`);
                    stream.resume();
                }
                else {
                    const text = await readEntry(stream, limit);
                    changes.added.set(path, {
                        file: { kind, path, layer, record: parseAs(kind, text) },
                    });
                }
            }
            else {
                changes.added.delete(path);
                stream.resume();
            }
        };
        handle().then(() => next(), (err) => next(err));
    });
    // One pipeline: an error anywhere (digest mismatch at the blob's end, bad gzip, bad tar, a cap)
    // fails it, and it ends only when the whole blob was read, so the digest check always runs.
    const streams = [source, ...transforms, extract];
    await (0,promises_.pipeline)(streams);
    return changes;
}
/** Counts decompressed bytes and fails the layer once they pass the per-layer or per-image cap. */
class DecompressedBytesCap extends external_node_stream_.Transform {
    layerBytes = 0;
    layer;
    limits;
    image;
    constructor(layer, limits, image) {
        super();
        this.layer = layer;
        this.limits = limits;
        this.image = image;
    }
    _transform(chunk, _enc, cb) {
        this.layerBytes += chunk.length;
        this.image.bytes += chunk.length;
        if (this.layerBytes > this.limits.sbomLayerBytes) {
            cb(limitError('sbomLayerBytes', this.limits.sbomLayerBytes, `layer ${this.layer}`));
        }
        else if (this.image.bytes > this.limits.sbomImageBytes) {
            cb(limitError('sbomImageBytes', this.limits.sbomImageBytes, `the image's layers up to ${this.layer}`));
        }
        else {
            cb(null, chunk);
        }
    }
}
function limitError(cap, limit, what) {
    return new errors/* SbomError */.S('SBOM_LIMIT_EXCEEDED', (0,src_limits/* describeExceeded */.b1)(cap, limit, `more than ${limit} decompressed bytes`, what));
}
/** Package-database paths a runtime would open, resolved through the image's symlinks. */
const DATABASE_PATHS = [
    'var/lib/dpkg/status',
    'lib/apk/db/installed',
    'etc/os-release',
    'usr/lib/os-release',
];
const DPKG_STATUS_DIR = 'var/lib/dpkg/status.d';
/**
 * The cataloged files of the final filesystem, keyed by path: the package databases and os-release
 * at the paths a runtime opens (resolved through symlinks), and npm and Python metadata where they
 * physically are (each file once, however many links lead to it).
 */
function toCatalogedFiles(tree) {
    const out = new Map();
    for (const f of tree.files()) {
        if (f.kind === 'npm' || f.kind === 'python')
            out.set(f.path, f);
    }
    const at = (logical, kind) => {
        const physical = resolveInRoot(logical, tree);
        const file = physical === undefined ? undefined : tree.get(physical)?.file;
        if (file && file.kind === kind)
            out.set(logical, { ...file, path: logical });
    };
    for (const p of DATABASE_PATHS)
        at(p, classifyPath(p));
    const statusDir = resolveInRoot(DPKG_STATUS_DIR, tree);
    const dir = statusDir === undefined ? undefined : tree.get(statusDir);
    for (const name of [...(dir?.children?.keys() ?? [])].sort()) {
        const logical = `${DPKG_STATUS_DIR}/${name}`;
        if (classifyPath(logical) === 'dpkg')
            at(logical, 'dpkg');
    }
    return out;
}
/**
 * Output chunk of the layer decompressors. zlib's default (16 KiB) makes one thread-pool round trip per
 * 16 KiB of tar: a 200 MB Debian layer took 0.94 s to inflate, 0.40 s with 256 KiB chunks (measured
 * side by side on Node 24; larger chunks gained little more).
 */
const INFLATE_CHUNK = 256 * 1024;
/**
 * Reads every layer in order and returns the cataloged files of the final filesystem, keyed by path.
 * Each layer is streamed once and decompressed on the fly, within the decompressed-size caps.
 */
async function readImageFiles(layers, warnings = [], limits = src_limits/* DEFAULT_LIMITS */.dR) {
    const tree = new ImageTree();
    const image = { bytes: 0 };
    for (const layer of layers) {
        const compression = toCompression(layer.mediaType);
        const transforms = [];
        if (compression === 'gzip')
            transforms.push((0,external_node_zlib_.createGunzip)({ chunkSize: INFLATE_CHUNK }));
        if (compression === 'zstd')
            transforms.push((0,external_node_zlib_.createZstdDecompress)({ chunkSize: INFLATE_CHUNK }));
        transforms.push(new DecompressedBytesCap(layer.digest, limits, image));
        const body = await layer.open();
        let changes;
        try {
            changes = await readLayer(body, layer.digest, tree, warnings, transforms);
        }
        catch (err) {
            body.destroy();
            if (err instanceof errors/* SbomError */.S || err.code === 'REGISTRY_DIGEST_MISMATCH')
                throw err;
            throw new errors/* SbomError */.S('SBOM_INVALID_IMAGE', `layer ${layer.digest}: ${err.message}`, {
                cause: err,
            });
        }
        for (const [p, leaf] of changes.added)
            tree.set(p, leaf);
    }
    return toCatalogedFiles(tree);
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/generate-sbom.js
// The built-in generator: streams one platform image's layers from the registry (never to disk),
// catalogs OS packages (dpkg, apk), npm and Python packages, and writes CycloneDX 1.6 JSON.






/** Catalogs the image at `repository@digest` and returns its CycloneDX 1.6 JSON. */
async function generateSbom(input, registry) {
    const ref = (0,src_registry/* withIdentifier */.Kt)(input.repository, { digest: input.digest });
    const { manifest, mediaType } = await (0,src_registry/* getParsedManifest */.h$)(registry, ref);
    if (!(0,src_registry/* isImageManifestMediaType */.d6)(mediaType)) {
        throw new errors/* SbomError */.S('SBOM_INVALID_INPUT', `${(0,src_registry/* formatReference */.Y4)(ref)} is ${mediaType}; the generator needs a platform image manifest`);
    }
    const layers = manifest.layers.map((d) => ({
        digest: d.digest,
        mediaType: d.mediaType,
        size: d.size,
        open: () => registry.fetchBlob(ref, d.digest, { size: d.size }),
    }));
    const warnings = [];
    const files = await readImageFiles(layers, warnings, (0,src_limits/* toLimits */.OY)(input.limits));
    const packages = toPackages(files);
    const os = toOsRelease(files);
    const json = buildCycloneDxBom(packages, {
        repository: (0,src_registry/* formatRepository */.Sh)(input.repository),
        digest: input.digest,
        ...(input.platform ? { platform: input.platform } : {}),
        ...(os ? { os } : {}),
        tool: input.tool,
        timestamp: input.timestamp,
    });
    return { json, packages, warnings };
}


/***/ })

};
