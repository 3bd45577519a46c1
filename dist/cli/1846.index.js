export const id = 1846;
export const ids = [1846];
export const modules = {

/***/ 41846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AwsKmsKey: () => (/* binding */ AwsKmsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57191);
/* harmony import */ var _cached_kms_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39672);
// awskms://[ENDPOINT]/KEY_ID, …/alias/NAME and …/arn:aws:kms:…: an AWS KMS asymmetric key, used as
// sigstore/sigstore's aws provider uses it (pkg/signature/kms/aws/client.go): DescribeKey for the key's
// state, usage and spec, GetPublicKey for the DER SubjectPublicKeyInfo, Sign with MessageType DIGEST.
// An ENDPOINT in the URI is reached as https://ENDPOINT (cosign does the same). Credentials come from the
// AWS SDK's default chain: env keys, AWS_PROFILE, and web identity (AWS_ROLE_ARN with
// AWS_WEB_IDENTITY_TOKEN_FILE, as aws-actions/configure-aws-credentials and GitLab's OIDC recipe set up).
// Uses the official @aws-sdk/client-kms, imported lazily: only a run with an awskms:// key loads it.



// AWS KMS key specs cosign's verifier and Signet's agree on. RSA keys are refused: sigstore signs with
// the key's first listed algorithm, RSASSA_PSS_SHA_256, which a cosign.pub-style verifier does not check.
const SPECS = {
    ECC_NIST_P256: { algorithm: 'ECDSA_SHA_256', hash: 'sha256' },
    ECC_NIST_P384: { algorithm: 'ECDSA_SHA_384', hash: 'sha384' },
    ECC_NIST_P521: { algorithm: 'ECDSA_SHA_512', hash: 'sha512' },
};
/** An AWS KMS key. */
class AwsKmsKey extends _cached_kms_key_js__WEBPACK_IMPORTED_MODULE_2__/* .CachedKmsKey */ .D {
    #client;
    async sign(data, algorithm) {
        const { algorithm: awsAlgorithm } = await this.resolved();
        const { client, sdk } = await this.#connect();
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm.hash ?? 'sha256')
            .update(data)
            .digest();
        const out = await this.#send(() => client.send(new sdk.SignCommand({
            KeyId: this.ref.keyId,
            Message: digest,
            MessageType: 'DIGEST',
            SigningAlgorithm: awsAlgorithm,
        })));
        if (!out.Signature) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: AWS KMS Sign returned no signature`);
        }
        return Buffer.from(out.Signature);
    }
    async create() {
        if (!this.ref.alias) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CREATE_UNSUPPORTED', `${this.uri}: AWS KMS gives new keys random IDs: name the key by alias, awskms:///alias/NAME`);
        }
        const { client, sdk } = await this.#connect();
        try {
            return await this.publicKey();
        }
        catch (err) {
            if (err.code !== 'KMS_KEY_NOT_FOUND')
                throw err;
            this.forget();
        }
        const created = await this.#send(() => client.send(new sdk.CreateKeyCommand({
            KeySpec: 'ECC_NIST_P256',
            KeyUsage: 'SIGN_VERIFY',
            Description: 'Created by Signet (cosign key)',
        })));
        await this.#send(() => client.send(new sdk.CreateAliasCommand({ AliasName: this.ref.alias, TargetKeyId: created.KeyMetadata?.KeyId })));
        return this.publicKey();
    }
    async resolve() {
        const { client, sdk } = await this.#connect();
        const described = await this.#send(() => client.send(new sdk.DescribeKeyCommand({ KeyId: this.ref.keyId })));
        const meta = described.KeyMetadata;
        if (meta?.KeyState !== 'Enabled') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_KEY_DISABLED', `${this.uri}: the key is ${meta?.KeyState ?? 'in an unknown state'}, not Enabled: enable it (aws kms enable-key) or use another key`);
        }
        const spec = SPECS[meta.KeySpec ?? ''];
        if (meta.KeyUsage !== 'SIGN_VERIFY' || !spec) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_UNSUPPORTED_KEY', `${this.uri}: the key is ${meta.KeySpec ?? '?'} for ${meta.KeyUsage ?? '?'}, not an ECC_NIST_P256/P384/P521 SIGN_VERIFY key: create one with aws kms create-key --key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY`);
        }
        const out = await this.#send(() => client.send(new sdk.GetPublicKeyCommand({ KeyId: this.ref.keyId })));
        if (!out.PublicKey)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: AWS KMS returned no public key`);
        return {
            key: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' }),
            algorithm: spec.algorithm,
        };
    }
    #connect() {
        this.#client ??= (async () => {
            const env = this.deps.env;
            const region = this.ref.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
            if (!region) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: no AWS region: set AWS_REGION, or name the key by ARN (awskms:///arn:aws:kms:REGION:…)`);
            }
            let httpsAgent;
            if (env.AWS_CA_BUNDLE) {
                // cosign (aws-sdk-go) trusts AWS_CA_BUNDLE; the JS SDK does not read it, so pass it as an agent.
                let pem;
                try {
                    const data = await this.deps.readFile(env.AWS_CA_BUNDLE);
                    pem = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
                }
                catch {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: AWS_CA_BUNDLE ${env.AWS_CA_BUNDLE} cannot be read: point it at a PEM CA bundle`);
                }
                const [{ Agent }, { rootCertificates }] = await Promise.all([
                    Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 19)),
                    Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 41692, 19)),
                ]);
                httpsAgent = new Agent({ keepAlive: true, ca: [...rootCertificates, pem] });
            }
            const sdk = await __webpack_require__.e(/* import() */ 2632).then(__webpack_require__.t.bind(__webpack_require__, 92632, 19));
            // Keys given in the environment Signet was handed are used as such; otherwise the SDK's default
            // chain (profiles, web identity from AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE, SSO, IMDS).
            const credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
                ? {
                    accessKeyId: env.AWS_ACCESS_KEY_ID,
                    secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
                    ...(env.AWS_SESSION_TOKEN && { sessionToken: env.AWS_SESSION_TOKEN }),
                }
                : undefined;
            const client = new sdk.KMSClient({
                region,
                ...(credentials && { credentials }),
                maxAttempts: 2,
                ...(this.ref.endpoint !== '' && { endpoint: `https://${this.ref.endpoint}` }),
                ...(httpsAgent && { requestHandler: { httpsAgent, requestTimeout: 30_000 } }),
            });
            return { client, sdk };
        })();
        return this.#client;
    }
    /** Runs one SDK call, turning its failures into one-line KmsErrors. */
    async #send(call) {
        try {
            return await call();
        }
        catch (err) {
            throw this.#explain(err);
        }
    }
    #explain(err) {
        const name = err?.name ?? '';
        const code = err?.code ?? '';
        const where = this.ref.endpoint || 'AWS KMS';
        const said = err?.message?.split('\n')[0]?.slice(0, 200) ?? '';
        switch (name) {
            case 'NotFoundException':
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_KEY_NOT_FOUND', `${this.uri}: no such key in ${where}: check the key ID or alias and AWS_REGION${this.ref.alias ? `, or create it with signet generate-key-pair --kms ${this.uri}` : ''}`, { cause: err });
            case 'DisabledException':
            case 'KMSInvalidStateException':
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_KEY_DISABLED', `${this.uri}: the key is disabled or pending deletion: enable it`, {
                    cause: err,
                });
            case 'AccessDeniedException':
            case 'UnrecognizedClientException':
            case 'InvalidSignatureException':
            case 'ExpiredTokenException':
            case 'InvalidClientTokenId':
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_DENIED', `${this.uri}: AWS KMS refused the credentials or permission (${name}): allow kms:DescribeKey, kms:GetPublicKey and kms:Sign on the key for the role the job uses`, { cause: err });
            case 'CredentialsProviderError':
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_CONFIG', `${this.uri}: no AWS credentials: set AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE (the CI's OIDC token), AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`, { cause: err });
        }
        if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|TimeoutError/.test(`${code} ${name}`)) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_UNREACHABLE', `${this.uri}: cannot reach ${where} (${code || name}): check the endpoint and network`, { cause: err });
        }
        if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(`${code} ${said}`)) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_UNREACHABLE', `${this.uri}: the TLS certificate of ${where} is not trusted: add its CA with AWS_CA_BUNDLE or NODE_EXTRA_CA_CERTS`, { cause: err });
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${this.uri}: AWS KMS failed the request (${name || code || 'error'}): ${said.replace(/\s+/g, ' ')}`, { cause: err });
    }
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
