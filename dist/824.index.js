export const id = 824;
export const ids = [824];
export const modules = {

/***/ 43824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AzureKmsKey: () => (/* binding */ AzureKmsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57191);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79768);
/* harmony import */ var _cached_kms_key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39672);
// azurekms://VAULT.vault.azure.net/KEY[/VERSION]: an Azure Key Vault (or Managed HSM) key, used as
// sigstore/sigstore's azure provider uses it (pkg/signature/kms/azure): GET the key (a JWK), sign the
// digest with ES256/ES384/ES512 (EC) or RS256 (RSA); EC signatures come back as r||s and are re-encoded
// as ASN.1 DER, as sigstore does. Credentials follow DefaultAzureCredential's order, workload identity
// federation first (how CI jobs authenticate):
//   1. AZURE_CLIENT_ID + AZURE_TENANT_ID with the CI's OIDC token: AZURE_FEDERATED_TOKEN_FILE, or on
//      GitHub Actions an ID token for audience api://AzureADTokenExchange (needs id-token: write);
//   2. AZURE_CLIENT_ID + AZURE_TENANT_ID + AZURE_CLIENT_SECRET (a service principal).
// Tokens come from AZURE_AUTHORITY_HOST (default https://login.microsoftonline.com), scope
// https://vault.azure.net/.default. Written by hand over fetch rather than with @azure/keyvault-keys and
// @azure/identity: three JSON calls, against two SDKs that bring msal and their own HTTP pipelines.




const API_VERSION = '7.4';
const SCOPE = 'https://vault.azure.net/.default';
const AUTHORITY = 'https://login.microsoftonline.com';
const EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
/** An Azure Key Vault key. */
class AzureKmsKey extends _cached_kms_key_js__WEBPACK_IMPORTED_MODULE_3__/* .CachedKmsKey */ .D {
    #token;
    async sign(data, algorithm) {
        const { version, alg, size } = await this.resolved();
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm.hash ?? 'sha256')
            .update(data)
            .digest('base64url');
        const reply = await this.#vault({
            method: 'POST',
            url: `${this.#base()}/keys/${this.ref.key}/${version}/sign?api-version=${API_VERSION}`,
            json: { alg, value: digest },
        });
        const value = reply.body?.value;
        if (typeof value !== 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: Key Vault's sign answer holds no signature`);
        }
        const raw = Buffer.from(value, 'base64url');
        return alg.startsWith('ES') ? toDer(raw, size, this.uri) : raw;
    }
    /** Creates an EC P-256 sign/verify key when the vault has none of that name, as sigstore's azure provider does. */
    async create() {
        if (this.ref.version) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CREATE_UNSUPPORTED', `${this.uri}: Key Vault names versions itself: drop /${this.ref.version} from the URI`);
        }
        try {
            return await this.publicKey();
        }
        catch (err) {
            if (err.code !== 'KMS_KEY_NOT_FOUND')
                throw err;
        }
        await this.#vault({
            method: 'POST',
            url: `${this.#base()}/keys/${this.ref.key}/create?api-version=${API_VERSION}`,
            json: {
                kty: 'EC',
                crv: 'P-256',
                key_ops: ['sign', 'verify'],
                attributes: { enabled: true },
                tags: { 'created-by': 'signet' },
            },
        });
        this.forget();
        return this.publicKey();
    }
    async resolve() {
        const path = `keys/${this.ref.key}${this.ref.version ? `/${this.ref.version}` : ''}`;
        const body = (await this.#vault({ method: 'GET', url: `${this.#base()}/${path}?api-version=${API_VERSION}` })).body;
        const jwk = body?.key;
        if (body?.attributes?.enabled === false) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_KEY_DISABLED', `${this.uri}: the key is disabled: enable it (az keyvault key set-attributes --enabled true)`);
        }
        const version = jwk?.kid?.split('/').pop();
        if (!jwk || !version || !/^[A-Za-z0-9]+$/.test(version)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: Key Vault answered without a key id`);
        }
        if (jwk.key_ops && !jwk.key_ops.includes('sign')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', `${this.uri}: the key does not allow sign (key_ops ${jwk.key_ops.join(',')}): create it with --ops sign verify`);
        }
        const kty = jwk.kty?.replace(/-HSM$/, '');
        let key;
        let alg;
        let size = 0;
        try {
            if (kty === 'EC') {
                alg =
                    { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[jwk.crv ?? ''] ?? '';
                size = { ES256: 32, ES384: 48, ES512: 66 }[alg] ?? 0;
                key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
            }
            else if (kty === 'RSA') {
                alg = 'RS256';
                key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
            }
            else {
                alg = '';
                key = undefined;
            }
        }
        catch (cause) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: the key Key Vault returned cannot be read`, {
                cause,
            });
        }
        if (!alg) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', `${this.uri}: the key is ${jwk.kty ?? '?'} ${jwk.crv ?? ''}, not an EC P-256/P-384/P-521 or RSA key: create one with az keyvault key create --kty EC --curve P-256`);
        }
        return { version, key, alg, size };
    }
    #base() {
        return `https://${this.ref.vaultHost}`;
    }
    async #vault(req) {
        const token = await (this.#token ??= this.#accessToken());
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .bearerKmsRequest */ ["if"])(this.deps.fetch, this.uri, 'Azure Key Vault', token, req, {
            name: 'Key Vault',
            denied: `give the job's identity the "Key Vault Crypto User" role (keys/get and keys/sign) on the vault`,
            notFoundIn: ' in the vault',
        });
    }
    /** An Entra ID access token for Key Vault: workload identity federation first, then a client secret. */
    async #accessToken() {
        const env = this.deps.env;
        const clientId = env.AZURE_CLIENT_ID;
        const tenant = env.AZURE_TENANT_ID;
        if (!clientId || !tenant) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: no Azure credentials: set AZURE_CLIENT_ID and AZURE_TENANT_ID of an app with a federated credential for this CI (or AZURE_CLIENT_SECRET)`);
        }
        if (!/^[A-Za-z0-9.-]+$/.test(tenant)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: AZURE_TENANT_ID is not a tenant ID or domain`);
        }
        const authority = (env.AZURE_AUTHORITY_HOST || AUTHORITY).replace(/\/+$/, '');
        const form = {
            client_id: clientId,
            grant_type: 'client_credentials',
            scope: SCOPE,
        };
        const assertion = await this.#federatedToken();
        if (assertion) {
            form.client_assertion_type = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
            form.client_assertion = assertion;
        }
        else if (env.AZURE_CLIENT_SECRET) {
            form.client_secret = env.AZURE_CLIENT_SECRET;
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: no Azure credential for AZURE_CLIENT_ID: set AZURE_FEDERATED_TOKEN_FILE to the CI's ID token file, add "permissions: id-token: write" on GitHub Actions, or set AZURE_CLIENT_SECRET`);
        }
        const reply = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsRequest */ .fC)(this.deps.fetch, this.uri, 'Entra ID', {
            method: 'POST',
            url: `${authority}/${tenant}/oauth2/v2.0/token`,
            form,
        });
        const token = reply.body?.access_token;
        if (reply.status !== 200 || typeof token !== 'string' || token === '') {
            const b = reply.body;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_DENIED', `${this.uri}: Entra ID refused the credentials (${reply.status}${typeof b?.error === 'string' ? `: ${b.error}` : ''}): check the app's federated credential (issuer, subject) or secret`);
        }
        return token;
    }
    /** The CI's OIDC token for the token exchange, or undefined when this CI offers none. */
    async #federatedToken() {
        const env = this.deps.env;
        if (env.AZURE_FEDERATED_TOKEN_FILE) {
            try {
                const data = await this.deps.readFile(env.AZURE_FEDERATED_TOKEN_FILE);
                const token = (typeof data === 'string' ? data : Buffer.from(data).toString('utf8')).trim();
                if (token)
                    return token;
            }
            catch {
                // reported below
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: AZURE_FEDERATED_TOKEN_FILE ${env.AZURE_FEDERATED_TOKEN_FILE} cannot be read or is empty: write the CI's ID token there`);
        }
        const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
        const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
        if (!url || !bearer)
            return undefined;
        const u = new URL(url);
        u.searchParams.set('audience', EXCHANGE_AUDIENCE);
        const reply = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsRequest */ .fC)(this.deps.fetch, this.uri, "GitHub's OIDC token service", {
            method: 'GET',
            url: u.toString(),
            headers: { authorization: `Bearer ${bearer}` },
        });
        const value = reply.body?.value;
        if (reply.status !== 200 || typeof value !== 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_DENIED', `${this.uri}: GitHub's OIDC token service answered ${reply.status}: add "permissions: id-token: write" to the job`);
        }
        return value;
    }
}
/** An r||s ECDSA signature (JWS form) as ASN.1 DER, as cosign stores ECDSA signatures. */
function toDer(raw, size, uri) {
    if (size === 0 || raw.length !== 2 * size) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${uri}: the EC signature Key Vault returned is ${raw.length} bytes, not ${2 * size}`);
    }
    const int = (b) => {
        let i = 0;
        while (i < b.length - 1 && b[i] === 0)
            i++;
        const v = b.subarray(i);
        return (v[0] & 0x80) !== 0 ? Buffer.concat([Buffer.from([0]), v]) : v;
    };
    const len = (n) => (n < 0x80 ? Buffer.from([n]) : Buffer.from([0x81, n]));
    const r = int(raw.subarray(0, size));
    const s = int(raw.subarray(size));
    const body = Buffer.concat([Buffer.from([0x02]), len(r.length), r, Buffer.from([0x02]), len(s.length), s]);
    return Buffer.concat([Buffer.from([0x30]), len(body.length), body]);
}


/***/ }),

/***/ 39672:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ CachedKmsKey)
/* harmony export */ });
/** A KmsKey of provider `P` whose public key and signing details (`R`) are fetched once by `resolve`. */
class CachedKmsKey {
    uri;
    #ref;
    #deps;
    #resolved;
    constructor(ref, deps) {
        this.uri = ref.uri;
        this.#ref = ref;
        this.#deps = deps;
    }
    // Getters, not fields: the environment in deps stays out of JSON and util.inspect, as a #field keeps it.
    get ref() {
        return this.#ref;
    }
    get deps() {
        return this.#deps;
    }
    async publicKey() {
        return (await this.resolved()).key;
    }
    /** The provider's answer, asked on first use. */
    resolved() {
        return (this.#resolved ??= this.resolve());
    }
    /** Drops the cached answer (a key was just created, or asking failed). */
    forget() {
        this.#resolved = undefined;
    }
}


/***/ })

};
