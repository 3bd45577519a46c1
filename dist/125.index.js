export const id = 125;
export const ids = [125];
export const modules = {

/***/ 82125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pkcs11Key: () => (/* binding */ Pkcs11Key)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _keys_signature_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48967);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57191);
// pkcs11: keys (RFC 7512 URIs, pkcs11-ref.ts) through the PKCS#11 module the URI names, as cosign's
// pkcs11key does (cosign builds it with crypto11): the token is found by label or slot id, the user logs in
// with the PIN, the key pair is found by CKA_ID or CKA_LABEL, and the token signs the SHA-256 digest
// (ECDSA: CKM_ECDSA, the raw r‖s re-encoded as ASN.1 DER; RSA: CKM_RSA_PKCS over the DigestInfo).
// generate-key-pair --kms pkcs11:… creates an ECDSA P-256 pair on the token (cosign's default key).
//
// The binding is pkcs11js (N-API, maintained by PeculiarVentures), an optional dependency: it is a native
// addon compiled by node-gyp at install (allow-listed in package.json's allowScripts), so it exists only
// where `npm ci` ran with a C++ compiler. It is loaded with require() at first use, never bundled: the
// Action's dist/ is platform-independent JavaScript and does not carry it, so there pkcs11: keys fail with
// KMS_CONFIG saying so.



// The package name in a variable: the bundler must not try to inline the native addon.
const BINDING = 'pkcs11js';
let binding;
function loadBinding(uri) {
    if (binding)
        return binding;
    try {
        // process.getBuiltinModule, not an import of node:module: the bundler (webpack in ncc) rewrites
        // createRequire(import.meta.url) calls it cannot resolve into `undefined`.
        const { createRequire } = process.getBuiltinModule('node:module');
        binding = createRequire(import.meta.url)(BINDING);
        return binding;
    }
    catch (err) {
        const why = err.message.split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_CONFIG', `${uri}: pkcs11: keys need the optional native addon pkcs11js@2.1.7, which did not load (${why}): run the signet CLI from a clone where npm ci ran with a C++ compiler (g++, make, python3), or use cosign; the Action's dist/ cannot carry it`);
    }
}
/** One initialised module per path for the life of the process (C_Initialize once, as the spec asks). */
const modules = new Map();
function openModule(p, path, uri) {
    const known = modules.get(path);
    if (known)
        return known;
    const mod = new p.PKCS11();
    try {
        mod.load(path);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_CONFIG', `${uri}: cannot load the PKCS#11 module ${path} (${firstLine(err)}): check module-path / COSIGN_PKCS11_MODULE_PATH`);
    }
    try {
        mod.C_Initialize();
    }
    catch (err) {
        if (err.code !== p.CKR_CRYPTOKI_ALREADY_INITIALIZED) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${uri}: C_Initialize of ${path} failed: ${firstLine(err)}`);
        }
    }
    modules.set(path, mod);
    return mod;
}
const firstLine = (err) => String(err?.message ?? err).split('\n')[0];
const trimmed = (s) => s.replace(/[\s\0]+$/, '');
/** CK_SLOT_ID from pkcs11js' handle (a native-endian CK_ULONG). */
function slotNumber(h) {
    return h.length >= 8 ? h.readBigUInt64LE(0) : BigInt(h.readUInt32LE(0));
}
// DER helpers for the EC SubjectPublicKeyInfo and the ECDSA signature.
function derLength(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    const bytes = [];
    for (let v = n; v > 0; v >>= 8)
        bytes.unshift(v & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const der = (tag, content) => Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
const derInteger = (unsigned) => {
    let i = 0;
    while (i < unsigned.length - 1 && unsigned[i] === 0)
        i++;
    const v = unsigned.subarray(i);
    return der(0x02, v[0] & 0x80 ? Buffer.concat([Buffer.from([0]), v]) : v);
};
const EC_PUBLIC_KEY_OID = Buffer.from('06072a8648ce3d0201', 'hex');
const P256_OID = Buffer.from('06082a8648ce3d030107', 'hex');
// DigestInfo prefix of SHA-256 (RFC 8017 §9.2): CKM_RSA_PKCS signs DigestInfo ‖ digest.
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');
/** CKA_EC_POINT is a DER OCTET STRING around the point; a few tokens return the bare point. */
function ecPoint(value) {
    if (value[0] === 0x04 && value.length > 2) {
        const len = value[1];
        if (len < 0x80 && len === value.length - 2)
            return value.subarray(2);
        if (len === 0x81 && value[2] === value.length - 3)
            return value.subarray(3);
    }
    return value;
}
/** A key pair on a PKCS#11 token. */
class Pkcs11Key {
    uri;
    #ref;
    #deps;
    #public;
    constructor(ref, deps) {
        this.uri = ref.uri;
        this.#ref = ref;
        this.#deps = deps;
    }
    publicKey() {
        this.#public ??= Promise.resolve().then(() => this.#session((p, mod, s) => {
            const pub = this.#find(p, mod, s, p.CKO_PUBLIC_KEY);
            if (pub)
                return this.#publicFromObject(p, mod, s, pub);
            const cert = this.#find(p, mod, s, p.CKO_CERTIFICATE);
            if (cert) {
                const [attr] = mod.C_GetAttributeValue(s, cert, [{ type: p.CKA_VALUE }]);
                return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(attr?.value).publicKey;
            }
            throw this.#notFound('public key or certificate');
        }));
        return this.#public;
    }
    async sign(data, algorithm) {
        const isEc = algorithm.name.startsWith('PKIX_ECDSA');
        if (!isEc && !algorithm.name.startsWith('PKIX_RSA')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', `${this.uri}: Signet signs with ECDSA and RSA token keys only`);
        }
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm.hash ?? 'sha256')
            .update(data)
            .digest();
        return await this.#session((p, mod, s) => {
            const key = this.#find(p, mod, s, p.CKO_PRIVATE_KEY);
            if (!key)
                throw this.#notFound('private key');
            try {
                mod.C_SignInit(s, { mechanism: isEc ? p.CKM_ECDSA : p.CKM_RSA_PKCS }, key);
                const out = mod.C_Sign(s, isEc ? digest : Buffer.concat([SHA256_DIGEST_INFO, digest]), Buffer.alloc(1024));
                if (!isEc)
                    return Buffer.from(out);
                const half = out.length / 2;
                return der(0x30, Buffer.concat([derInteger(out.subarray(0, half)), derInteger(out.subarray(half))]));
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: the token refused to sign: ${firstLine(err)}`);
            }
        });
    }
    /** generate-key-pair --kms pkcs11:…: an ECDSA P-256 pair on the token, labelled/identified as the URI says. */
    async create() {
        await this.#session((p, mod, s) => {
            if (this.#find(p, mod, s, p.CKO_PRIVATE_KEY) || this.#find(p, mod, s, p.CKO_PUBLIC_KEY)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: the token already holds a key with this ${this.#ref.id ? 'id' : 'label'}: sign with it, or choose another object=/id=`);
            }
            const names = [
                ...(this.#ref.object !== undefined ? [{ type: p.CKA_LABEL, value: this.#ref.object }] : []),
                ...(this.#ref.id !== undefined ? [{ type: p.CKA_ID, value: this.#ref.id }] : []),
            ];
            try {
                mod.C_GenerateKeyPair(s, { mechanism: p.CKM_EC_KEY_PAIR_GEN }, [
                    { type: p.CKA_TOKEN, value: true },
                    { type: p.CKA_VERIFY, value: true },
                    { type: p.CKA_EC_PARAMS, value: P256_OID },
                    ...names,
                ], [
                    { type: p.CKA_TOKEN, value: true },
                    { type: p.CKA_SIGN, value: true },
                    { type: p.CKA_PRIVATE, value: true },
                    { type: p.CKA_SENSITIVE, value: true },
                    { type: p.CKA_EXTRACTABLE, value: false },
                    ...names,
                ]);
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: the token refused to create the key: ${firstLine(err)}`);
            }
        }, true);
        this.#public = undefined;
        return await this.publicKey();
    }
    #notFound(what) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_KEY_NOT_FOUND', `${this.uri}: the token holds no ${what} with this ${this.#ref.id ? 'id' : 'object label'}: check object=/id= (list them with pkcs11-tool --list-objects or softhsm2-util --show-slots)`);
    }
    #find(p, mod, s, cls) {
        const template = [
            { type: p.CKA_CLASS, value: cls },
            ...(this.#ref.id !== undefined ? [{ type: p.CKA_ID, value: this.#ref.id }] : []),
            ...(this.#ref.object !== undefined ? [{ type: p.CKA_LABEL, value: this.#ref.object }] : []),
        ];
        mod.C_FindObjectsInit(s, template);
        try {
            return mod.C_FindObjects(s);
        }
        finally {
            mod.C_FindObjectsFinal(s);
        }
    }
    #publicFromObject(p, mod, s, h) {
        const [type] = mod.C_GetAttributeValue(s, h, [{ type: p.CKA_KEY_TYPE }]);
        const keyType = Buffer.isBuffer(type?.value) ? type.value.readUInt32LE(0) : Number(type?.value);
        let key;
        if (keyType === p.CKK_EC) {
            const [params, point] = mod.C_GetAttributeValue(s, h, [
                { type: p.CKA_EC_PARAMS },
                { type: p.CKA_EC_POINT },
            ]);
            const spki = der(0x30, Buffer.concat([
                der(0x30, Buffer.concat([EC_PUBLIC_KEY_OID, params.value])),
                der(0x03, Buffer.concat([Buffer.from([0]), ecPoint(point.value)])),
            ]));
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: spki, format: 'der', type: 'spki' });
        }
        else if (keyType === p.CKK_RSA) {
            const [n, e] = mod.C_GetAttributeValue(s, h, [
                { type: p.CKA_MODULUS },
                { type: p.CKA_PUBLIC_EXPONENT },
            ]);
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
                key: {
                    kty: 'RSA',
                    n: n.value.toString('base64url'),
                    e: e.value.toString('base64url'),
                },
                format: 'jwk',
            });
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', `${this.uri}: the token key is of PKCS#11 key type ${keyType}, not EC or RSA: use an ECDSA P-256 key (generate-key-pair --kms ${this.uri})`);
        }
        try {
            (0,_keys_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .signingAlgorithmOf */ .I3)(key, this.uri);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', err.message, { cause: err });
        }
        return key;
    }
    /** Opens a session on the URI's token (logged in when a PIN is given or the token needs one), runs `fn`, closes it. */
    async #session(fn, write = false) {
        const env = this.#deps.env;
        const path = this.#ref.modulePath ?? env.COSIGN_PKCS11_MODULE_PATH;
        if (!path || !path.startsWith('/')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: no PKCS#11 module: add ?module-path=/ABSOLUTE/PATH/module.so or set COSIGN_PKCS11_MODULE_PATH to an absolute path`);
        }
        const p = loadBinding(this.uri);
        const mod = openModule(p, path, this.uri);
        const slot = this.#slot(p, mod, path);
        const flags = mod.C_GetTokenInfo(slot).flags;
        const s = mod.C_OpenSession(slot, p.CKF_SERIAL_SESSION | (write ? p.CKF_RW_SESSION : 0));
        try {
            const pin = this.#ref.pin ?? env.COSIGN_PKCS11_PIN;
            if (pin === undefined || pin === '') {
                if (flags & p.CKF_LOGIN_REQUIRED) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: the token needs its user PIN: add pin-value=… to the URI's query or set COSIGN_PKCS11_PIN`);
                }
            }
            else {
                try {
                    mod.C_Login(s, p.CKU_USER, pin);
                }
                catch (err) {
                    const code = err.code;
                    if (code === p.CKR_PIN_INCORRECT || code === p.CKR_PIN_LOCKED || code === p.CKR_PIN_LEN_RANGE) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_DENIED', `${this.uri}: the token refused the PIN (${firstLine(err)}): check pin-value / COSIGN_PKCS11_PIN`);
                    }
                    if (code !== p.CKR_USER_ALREADY_LOGGED_IN) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: login failed: ${firstLine(err)}`);
                    }
                }
            }
            return fn(p, mod, s);
        }
        finally {
            try {
                mod.C_CloseSession(s);
            }
            catch {
                // The session is gone either way.
            }
        }
    }
    #slot(p, mod, path) {
        const r = this.#ref;
        for (const slot of mod.C_GetSlotList(true)) {
            if (r.slotId !== undefined && slotNumber(slot) !== BigInt(r.slotId))
                continue;
            const info = mod.C_GetTokenInfo(slot);
            if (r.token !== undefined && trimmed(info.label) !== r.token)
                continue;
            if (r.serial !== undefined && trimmed(info.serialNumber) !== r.serial)
                continue;
            if (r.manufacturer !== undefined && trimmed(info.manufacturerID) !== r.manufacturer)
                continue;
            if (r.model !== undefined && trimmed(info.model) !== r.model)
                continue;
            return slot;
        }
        void p;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_KEY_NOT_FOUND', `${this.uri}: no token ${r.token !== undefined ? `labelled ${JSON.stringify(r.token)}` : `in slot ${r.slotId}`} in ${path}: check token=/slot-id= (list them with softhsm2-util --show-slots or pkcs11-tool -L)`);
    }
}


/***/ })

};
