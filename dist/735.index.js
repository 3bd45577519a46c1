export const id = 735;
export const ids = [735];
export const modules = {

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


/***/ }),

/***/ 11735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GcpKmsKey: () => (/* binding */ GcpKmsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57191);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79768);
/* harmony import */ var _cached_kms_key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39672);
// gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/N]: a Cloud KMS
// asymmetric signing key, used as sigstore/sigstore's gcp provider uses it (pkg/signature/kms/gcp):
// the named version, else the newest ENABLED one; its public key; asymmetricSign over the digest.
// Credentials, in order (the usual Google chain, workload identity federation first, as CI jobs use it):
//   1. GOOGLE_APPLICATION_CREDENTIALS naming an external_account file (what google-github-actions/auth
//      and GitLab's GCP WIF recipe write): the CI's OIDC token (credential_source file or url) exchanged
//      at its token_url (STS), then service account impersonation when the file names one;
//   2. the same variable naming a service_account key file (a signed JWT grant) or an authorized_user
//      file (a refresh-token grant);
//   3. the metadata server (GCE, GKE, Cloud Run; GCE_METADATA_HOST overrides its address).
// Written by hand over fetch (the v1 REST API) rather than with @google-cloud/kms: that client is built
// on gRPC and protobufjs, which would add megabytes to dist/ for four JSON calls.
// SIGNET_GCPKMS_ENDPOINT points the KMS calls at another endpoint (private service connect, tests).




const KMS_ENDPOINT = 'https://cloudkms.googleapis.com';
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
const METADATA_HOST = 'metadata.google.internal';
// Cloud KMS algorithms whose signatures cosign.pub-style verification checks (PSS and RSA-SHA512 are not).
const ALGORITHMS = new Set([
    'EC_SIGN_P256_SHA256',
    'EC_SIGN_P384_SHA384',
    'RSA_SIGN_PKCS1_2048_SHA256',
    'RSA_SIGN_PKCS1_3072_SHA256',
    'RSA_SIGN_PKCS1_4096_SHA256',
]);
/** A Cloud KMS key (version). */
class GcpKmsKey extends _cached_kms_key_js__WEBPACK_IMPORTED_MODULE_3__/* .CachedKmsKey */ .D {
    #token;
    async sign(data, algorithm) {
        const { version } = await this.resolved();
        const hash = algorithm.hash ?? 'sha256';
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(data).digest('base64');
        const reply = await this.#kms({
            method: 'POST',
            url: `${this.#endpoint()}/v1/${version}:asymmetricSign`,
            json: { digest: { [hash]: digest } },
        });
        const signature = reply.body?.signature;
        if (typeof signature !== 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: Cloud KMS asymmetricSign returned no signature`);
        }
        return Buffer.from(signature, 'base64');
    }
    /**
     * Creates the key ring (if missing) and an EC_SIGN_P256_SHA256 signing key (if missing), as
     * sigstore's gcp provider does for `generate-key-pair --kms`; waits for its first version.
     */
    async create() {
        if (this.ref.version) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CREATE_UNSUPPORTED', `${this.uri}: Cloud KMS numbers versions itself: drop /cryptoKeyVersions/${this.ref.version} from the URI`);
        }
        const base = `${this.#endpoint()}/v1`;
        const ring = this.ref.cryptoKey.slice(0, this.ref.cryptoKey.indexOf('/cryptoKeys/'));
        const keyId = this.ref.cryptoKey.slice(ring.length + '/cryptoKeys/'.length);
        const missing = async (url) => this.#kms({ method: 'GET', url }).then(() => false, (err) => {
            if (err.code === 'KMS_KEY_NOT_FOUND')
                return true;
            throw err;
        });
        if (await missing(`${base}/${ring}`)) {
            const parent = ring.slice(0, ring.indexOf('/keyRings/'));
            const ringId = ring.slice(parent.length + '/keyRings/'.length);
            await this.#kms({ method: 'POST', url: `${base}/${parent}/keyRings?keyRingId=${ringId}`, json: {} });
        }
        if (await missing(`${base}/${this.ref.cryptoKey}`)) {
            await this.#kms({
                method: 'POST',
                url: `${base}/${ring}/cryptoKeys?cryptoKeyId=${keyId}`,
                json: { purpose: 'ASYMMETRIC_SIGN', versionTemplate: { algorithm: 'EC_SIGN_P256_SHA256' } },
            });
        }
        // A new key's first version is PENDING_GENERATION for a moment.
        for (let attempt = 1;; attempt++) {
            this.forget();
            try {
                return await this.publicKey();
            }
            catch (err) {
                if (err.code !== 'KMS_KEY_DISABLED' || attempt >= 20)
                    throw err;
                await new Promise((resolve) => setTimeout(resolve, 500));
            }
        }
    }
    async resolve() {
        const base = `${this.#endpoint()}/v1`;
        const cryptoKey = (await this.#kms({ method: 'GET', url: `${base}/${this.ref.cryptoKey}` })).body;
        if (cryptoKey?.purpose !== 'ASYMMETRIC_SIGN') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', `${this.uri}: the key's purpose is ${cryptoKey?.purpose ?? 'unknown'}, not ASYMMETRIC_SIGN: create a key with --purpose asymmetric-signing --default-algorithm ec-sign-p256-sha256`);
        }
        let version;
        if (this.ref.version) {
            version = (await this.#kms({
                method: 'GET',
                url: `${base}/${this.ref.cryptoKey}/cryptoKeyVersions/${this.ref.version}`,
            })).body;
        }
        else {
            const list = (await this.#kms({
                method: 'GET',
                url: `${base}/${this.ref.cryptoKey}/cryptoKeyVersions?filter=${encodeURIComponent('state=ENABLED')}&orderBy=${encodeURIComponent('name desc')}`,
            })).body;
            version = list?.cryptoKeyVersions?.[0];
            if (!version) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_KEY_DISABLED', `${this.uri}: the key has no ENABLED version: enable one, or name one with /cryptoKeyVersions/N`);
            }
        }
        if (typeof version?.name !== 'string' ||
            !version.name.startsWith(`${this.ref.cryptoKey}/cryptoKeyVersions/`)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: Cloud KMS answered with another key's version`);
        }
        if (version.state !== 'ENABLED') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_KEY_DISABLED', `${this.uri}: the key version is ${version.state ?? 'in an unknown state'}, not ENABLED: enable it (gcloud kms keys versions enable)`);
        }
        if (!ALGORITHMS.has(version.algorithm ?? '')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', `${this.uri}: the key version's algorithm is ${version.algorithm ?? 'unknown'}: use EC_SIGN_P256_SHA256 (or P384, or RSA_SIGN_PKCS1_*_SHA256)`);
        }
        const pub = (await this.#kms({ method: 'GET', url: `${base}/${version.name}/publicKey` })).body;
        let key;
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(String(pub?.pem));
        }
        catch (cause) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: the public key Cloud KMS returned cannot be read`, {
                cause,
            });
        }
        return { version: version.name, key };
    }
    #endpoint() {
        return (this.deps.env.SIGNET_GCPKMS_ENDPOINT || KMS_ENDPOINT).replace(/\/+$/, '');
    }
    async #kms(req) {
        const token = await (this.#token ??= this.#accessToken());
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .bearerKmsRequest */ ["if"])(this.deps.fetch, this.uri, 'Cloud KMS', token, req, {
            name: 'Cloud KMS',
            denied: "grant the job's identity roles/cloudkms.signerVerifier and roles/cloudkms.viewer on the key",
            notFoundIn: '',
            other: (status, said, detail) => status === 400 && said && /state|disabled|destroy/i.test(said)
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_KEY_DISABLED', `${this.uri}: the key version cannot sign${detail}: enable it`)
                : undefined,
        });
    }
    /** An OAuth access token for Cloud KMS from the credential chain. */
    async #accessToken() {
        const env = this.deps.env;
        const file = env.GOOGLE_APPLICATION_CREDENTIALS;
        if (file) {
            const creds = await this.#readJson(file, 'GOOGLE_APPLICATION_CREDENTIALS');
            switch (creds.type) {
                case 'external_account':
                    return this.#federatedToken(creds);
                case 'service_account':
                    return this.#serviceAccountToken(creds);
                case 'authorized_user':
                    return this.#token2(String(creds.token_uri ?? 'https://oauth2.googleapis.com/token'), {
                        grant_type: 'refresh_token',
                        client_id: String(creds.client_id ?? ''),
                        client_secret: String(creds.client_secret ?? ''),
                        refresh_token: String(creds.refresh_token ?? ''),
                    });
                default:
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: GOOGLE_APPLICATION_CREDENTIALS ${file} is of type ${JSON.stringify(creds.type)}: use an external_account (workload identity federation), service_account or authorized_user file`);
            }
        }
        const host = env.GCE_METADATA_HOST || METADATA_HOST;
        let reply;
        try {
            reply = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsRequest */ .fC)(this.deps.fetch, this.uri, 'the GCE metadata server', {
                method: 'GET',
                url: `http://${host}/computeMetadata/v1/instance/service-accounts/default/token?scopes=${encodeURIComponent(SCOPE)}`,
                headers: { 'metadata-flavor': 'Google' },
            });
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: no Google credentials: set GOOGLE_APPLICATION_CREDENTIALS to a workload identity federation config (google-github-actions/auth writes one) or a service account key file`);
        }
        return this.#tokenFrom(reply, 'the GCE metadata server', 'access_token');
    }
    /** Workload identity federation: the CI's OIDC token for a Google access token (STS), then impersonation. */
    async #federatedToken(creds) {
        const source = (creds.credential_source ?? {});
        let raw;
        if (source.file) {
            try {
                const data = await this.deps.readFile(source.file);
                raw = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: the OIDC token file ${source.file} named by the credential config cannot be read: write the CI's ID token there`);
            }
        }
        else if (source.url) {
            const reply = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsRequest */ .fC)(this.deps.fetch, this.uri, 'the OIDC token URL', {
                method: 'GET',
                url: source.url,
                headers: source.headers ?? {},
            });
            if (reply.status !== 200) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_DENIED', `${this.uri}: the CI's OIDC token URL answered ${reply.status}: on GitHub Actions add "permissions: id-token: write"`);
            }
            raw = JSON.stringify(reply.body ?? '');
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: the external_account config has no credential_source file or url: regenerate it (gcloud iam workload-identity-pools create-cred-config)`);
        }
        let subject = raw.trim();
        if (source.format?.type === 'json') {
            try {
                subject = String(JSON.parse(raw)[source.format.subject_token_field_name ?? ''] ?? '');
            }
            catch {
                subject = '';
            }
        }
        if (!subject) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: the CI's OIDC token is empty: check the credential config`);
        }
        const sts = await this.#token2(String(creds.token_url ?? 'https://sts.googleapis.com/v1/token'), {
            grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
            audience: String(creds.audience ?? ''),
            scope: SCOPE,
            requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
            subject_token_type: String(creds.subject_token_type ?? 'urn:ietf:params:oauth:token-type:jwt'),
            subject_token: subject,
        });
        const impersonate = creds.service_account_impersonation_url;
        if (typeof impersonate !== 'string' || impersonate === '')
            return sts;
        const reply = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsRequest */ .fC)(this.deps.fetch, this.uri, 'IAM credentials', {
            method: 'POST',
            url: impersonate,
            headers: { authorization: `Bearer ${sts}` },
            json: { scope: [SCOPE] },
        });
        return this.#tokenFrom(reply, 'IAM service account impersonation', 'accessToken');
    }
    /** A service account key file: a JWT signed with its key, exchanged at its token_uri. */
    async #serviceAccountToken(creds) {
        const tokenUri = String(creds.token_uri ?? 'https://oauth2.googleapis.com/token');
        const now = Math.floor(Date.now() / 1000);
        const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
        const unsigned = `${b64({ alg: 'RS256', typ: 'JWT', kid: creds.private_key_id })}.${b64({
            iss: creds.client_email,
            scope: SCOPE,
            aud: tokenUri,
            iat: now,
            exp: now + 3600,
        })}`;
        let signature;
        try {
            signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('RSA-SHA256').update(unsigned).sign(String(creds.private_key), 'base64url');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: the service account key in GOOGLE_APPLICATION_CREDENTIALS cannot sign: download a new JSON key`);
        }
        return this.#token2(tokenUri, {
            grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
            assertion: `${unsigned}.${signature}`,
        });
    }
    async #token2(url, form) {
        const reply = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsRequest */ .fC)(this.deps.fetch, this.uri, 'the Google token endpoint', {
            method: 'POST',
            url,
            form,
        });
        return this.#tokenFrom(reply, 'the Google token endpoint', 'access_token');
    }
    #tokenFrom(reply, what, field) {
        const token = reply.body?.[field];
        if (reply.status !== 200 || typeof token !== 'string' || token === '') {
            const b = reply.body;
            const said = typeof b?.error_description === 'string' ? b.error_description : (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .providerMessage */ .fs)(b);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_DENIED', `${this.uri}: ${what} refused the credentials (${reply.status}${said ? `: ${said.slice(0, 200)}` : ''}): check the workload identity pool's provider and attribute conditions`);
        }
        return token;
    }
    async #readJson(file, name) {
        try {
            const data = await this.deps.readFile(file);
            const parsed = JSON.parse(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                return parsed;
        }
        catch {
            // reported below, without quoting the file (it may hold a private key)
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: ${name} ${file} is not a readable JSON credential file`);
    }
}


/***/ })

};
