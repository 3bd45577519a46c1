export const id = 965;
export const ids = [965];
export const modules = {

/***/ 42965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HashiVaultKey: () => (/* binding */ HashiVaultKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _keys_signature_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48967);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57191);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79768);
// hashivault://KEY and openbao://KEY: a key of the Vault (or OpenBao) transit secrets engine, used as
// sigstore/sigstore's hashivault provider uses it (pkg/signature/kms/hashivault/client.go):
//   address  VAULT_ADDR (or BAO_ADDR)        token      VAULT_TOKEN (or BAO_TOKEN), else ~/.vault-token
//   namespace VAULT_NAMESPACE (or BAO_NAMESPACE), sent as X-Vault-Namespace (Vault Enterprise / HCP)
//   mount    TRANSIT_SECRET_ENGINE_PATH, default "transit"
//   public key  GET  /v1/MOUNT/keys/KEY → data.keys[latest_version].public_key (PEM; Ed25519: base64)
//   sign        POST /v1/MOUNT/sign/KEY/sha2-256 {input: base64(digest), prehashed: true} → "vault:vN:…"
//   create      POST /v1/MOUNT/keys/KEY {type: "ecdsa-p256"} (cosign's default algorithm)
// Written by hand over fetch, not with a Vault SDK: it is three JSON calls, HashiCorp publishes no
// Node client, and the community ones (node-vault) pull in request libraries for no gain.




const HASH_PATH = { sha256: 'sha2-256', sha384: 'sha2-384', sha512: 'sha2-512' };
const SIGNATURE = /^vault:v[0-9]+:([A-Za-z0-9+/]+={0,2})$/;
/** A Vault/OpenBao transit key. */
class HashiVaultKey {
    uri;
    #key;
    #deps;
    #config;
    #public;
    constructor(ref, deps) {
        this.uri = ref.uri;
        this.#key = ref.key;
        this.#deps = deps;
    }
    publicKey() {
        this.#public ??= this.#fetchPublicKey();
        return this.#public;
    }
    async sign(data, algorithm) {
        const { base, headers } = await this.#configured();
        // Ed25519 transit keys sign the message itself (sigstore sends prehashed=false for them).
        const path = algorithm.hash ? `sign/${this.#key}/${HASH_PATH[algorithm.hash]}` : `sign/${this.#key}`;
        const input = algorithm.hash ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm.hash).update(data).digest() : data;
        const reply = await this.#call(base, headers, 'POST', path, {
            input: input.toString('base64'),
            prehashed: algorithm.hash !== null,
            signature_algorithm: 'pkcs1v15',
        });
        const signature = reply.body?.data?.signature;
        const m = typeof signature === 'string' ? SIGNATURE.exec(signature) : null;
        if (!m) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: Vault's sign answer holds no "vault:vN:…" signature: check that VAULT_ADDR is a Vault or OpenBao server`);
        }
        return Buffer.from(m[1], 'base64');
    }
    async create() {
        const { base, headers } = await this.#configured();
        await this.#call(base, headers, 'POST', `keys/${this.#key}`, { type: 'ecdsa-p256' });
        this.#public = undefined;
        return this.publicKey();
    }
    async #fetchPublicKey() {
        const { base, headers } = await this.#configured();
        const reply = await this.#call(base, headers, 'GET', `keys/${this.#key}`);
        const data = reply.body?.data;
        const type = typeof data?.type === 'string' ? data.type : 'unknown';
        const latest = data?.latest_version;
        const version = data?.keys?.[String(latest)];
        const pem = version?.public_key;
        if (data?.supports_signing === false || typeof pem !== 'string' || pem === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', `${this.uri}: transit key "${this.#key}" is of type ${type}, not a signing key: create an ecdsa-p256 key (vault write transit/keys/${this.#key} type=ecdsa-p256)`);
        }
        let key;
        try {
            key =
                type === 'ed25519'
                    ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
                        key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(pem, 'base64').toString('base64url') },
                        format: 'jwk',
                    })
                    : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem);
        }
        catch (cause) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: the public key Vault returned for "${this.#key}" cannot be read`, { cause });
        }
        try {
            (0,_keys_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .signingAlgorithmOf */ .I3)(key, this.uri);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', `${this.uri}: transit key "${this.#key}" is of type ${type}, which cosign does not sign with: use ecdsa-p256, ecdsa-p384, ecdsa-p521, rsa-2048/3072/4096 or ed25519`);
        }
        return key;
    }
    /** The base URL and headers from the environment (and ~/.vault-token); read once. */
    #configured() {
        this.#config ??= (async () => {
            const env = this.#deps.env;
            const address = env.VAULT_ADDR || env.BAO_ADDR;
            if (!address) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: VAULT_ADDR is not set: set it to the Vault or OpenBao address (e.g. https://vault.example.com:8200)`);
            }
            const url = URL.canParse(address) ? new URL(address) : undefined;
            if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: VAULT_ADDR is not an http(s) URL without credentials: set it to e.g. https://vault.example.com:8200`);
            }
            let token = env.VAULT_TOKEN || env.BAO_TOKEN;
            if (!token && env.HOME) {
                try {
                    const t = await this.#deps.readFile(`${env.HOME}/.vault-token`);
                    token = (typeof t === 'string' ? t : Buffer.from(t).toString('utf8')).trim() || undefined;
                }
                catch {
                    token = undefined;
                }
            }
            if (!token) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: no Vault token: set VAULT_TOKEN (or log in with vault login, which writes ~/.vault-token)`);
            }
            if (/[\r\n]/.test(token)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: VAULT_TOKEN holds a line break: set it to the token alone`);
            }
            const headers = { 'x-vault-token': token };
            const namespace = env.VAULT_NAMESPACE || env.BAO_NAMESPACE;
            if (namespace)
                headers['x-vault-namespace'] = namespace;
            const mount = (env.TRANSIT_SECRET_ENGINE_PATH || 'transit').replace(/^\/+|\/+$/g, '');
            if (!/^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/.test(mount)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: TRANSIT_SECRET_ENGINE_PATH ${JSON.stringify(mount)} is not a mount path: use e.g. transit`);
            }
            return { base: `${url.origin}${url.pathname.replace(/\/+$/, '')}/v1/${mount}`, headers };
        })();
        return this.#config;
    }
    async #call(base, headers, method, path, json) {
        const reply = await (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .kmsRequest */ .fC)(this.#deps.fetch, this.uri, 'Vault', {
            method,
            url: `${base}/${path}`,
            headers,
            ...(json !== undefined && { json }),
        });
        if (reply.status >= 200 && reply.status < 300)
            return reply;
        const said = (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .providerMessage */ .fs)(reply.body);
        const detail = said ? ` (${said})` : '';
        const mount = base.slice(base.lastIndexOf('/v1/') + 4);
        if (reply.status === 401 || reply.status === 403) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_DENIED', `${this.uri}: Vault denied the request${detail}: give VAULT_TOKEN a policy allowing read on ${mount}/keys/${this.#key} and update on ${mount}/sign/${this.#key} (and check VAULT_NAMESPACE)`);
        }
        if (reply.status === 404) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_KEY_NOT_FOUND', `${this.uri}: no transit key "${this.#key}" at ${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .redactedOrigin */ .tn)(base)} (mount ${mount})${detail}: create it with signet generate-key-pair --kms ${this.uri}, or set TRANSIT_SECRET_ENGINE_PATH`);
        }
        if (reply.status === 400 && said && /not support|unsupported|signing/i.test(said)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', `${this.uri}: Vault cannot sign with "${this.#key}"${detail}: use an ecdsa-p256 transit key`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: Vault answered ${reply.status} to ${method} ${mount}/${path.split('/')[0]}${detail}`);
    }
}


/***/ })

};
