export const id = 4183;
export const ids = [4183];
export const modules = {

/***/ 4183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ withKeyPassword),
/* harmony export */   B$: () => (/* binding */ outputFormat),
/* harmony export */   EH: () => (/* binding */ trustedRoot),
/* harmony export */   Es: () => (/* binding */ verifyPolicy),
/* harmony export */   Rk: () => (/* binding */ registryClient),
/* harmony export */   _M: () => (/* binding */ identityToken),
/* harmony export */   fc: () => (/* binding */ keyRefDeps),
/* harmony export */   hk: () => (/* binding */ annotations),
/* harmony export */   hu: () => (/* binding */ imageArgument),
/* harmony export */   j8: () => (/* binding */ registryLogin),
/* harmony export */   jL: () => (/* binding */ signatureRepository),
/* harmony export */   pi: () => (/* binding */ storageFormat),
/* harmony export */   qf: () => (/* binding */ signingDeps),
/* harmony export */   sY: () => (/* binding */ REGISTRY_FLAGS)
/* harmony export */ });
/* unused harmony exports REGISTRY_USERNAME_ENV, REGISTRY_PASSWORD_ENV, limitsFrom */
/* harmony import */ var _oidc_token_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83707);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8985);
/* harmony import */ var _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53921);
/* harmony import */ var _kube_secret_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91808);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3831);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30351);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(80193);
/* harmony import */ var _signing_services_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48472);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9700);









/** The key-ref deps (file reads, env, GitLab API, KMS REST, Kubernetes secrets) from the host. */
function keyRefDeps(host) {
    return {
        readFile: (path) => host.readFile(path),
        env: host.env,
        fetch: (url, init) => host.fetch(url, init),
        kmsFetch: (url, init) => host.fetch(url, init),
        readKubernetesSecret: (0,_kube_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .kubeSecretReader */ .H)(host),
    };
}
/** Flags every command that talks to a registry takes (cosign's names). */
const REGISTRY_FLAGS = {
    'allow-insecure-registry': {
        type: 'boolean',
        description: "allow plain HTTP to the image's registry (loopback registries always may)",
    },
    'allow-http-registry': { type: 'boolean', description: 'same as --allow-insecure-registry' },
    limit: {
        type: 'list',
        value: 'NAME=VALUE',
        description: `raise a cap on what a registry or image can make Signet read (repeatable; also $${_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .LIMITS_ENV */ .hA}), e.g. referrers=20000; caps: ${Object.values(_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .LIMIT_NAMES */ .x3).join(', ')}`,
    },
    'registry-username': { type: 'string', value: 'USER', description: "username for the image's registry" },
    'registry-password': {
        type: 'string',
        value: 'PASSWORD',
        description: "password for the image's registry (visible in ps: prefer --registry-password-file, $SIGNET_REGISTRY_PASSWORD or a docker config)",
    },
    'registry-password-file': {
        type: 'string',
        value: 'FILE',
        description: "a file holding the password for the image's registry",
    },
};
/** The environment forms of the registry login flags. */
const REGISTRY_USERNAME_ENV = 'SIGNET_REGISTRY_USERNAME';
const REGISTRY_PASSWORD_ENV = 'SIGNET_REGISTRY_PASSWORD';
/** Reads a secret from a file named by a flag: the text without its final newline. */
async function secretFile(host, flag, path) {
    let text;
    try {
        text = (await host.readFile(path)).toString('utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--${flag} ${path} cannot be read${code ? ` (${code})` : ''}`);
    }
    return text.replace(/\r?\n$/, '');
}
/** One secret from its flag, its `-file` flag or its environment variable, in that order; at most one flag. */
async function secretValue(flags, host, flag, env) {
    const value = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, flag);
    const file = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, `${flag}-file`);
    if (value !== undefined && file !== undefined)
        throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`give --${flag} or --${flag}-file, not both`);
    if (file !== undefined)
        return await secretFile(host, `${flag}-file`, file);
    if (value !== undefined)
        return value;
    const fromEnv = env === undefined ? undefined : host.env[env];
    return fromEnv === '' ? undefined : fromEnv;
}
/** The registry login the flags (or their file and environment forms) give, if any. */
async function registryLogin(flags, host) {
    const username = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'registry-username') ?? (host.env[REGISTRY_USERNAME_ENV] || undefined);
    const password = await secretValue(flags, host, 'registry-password', REGISTRY_PASSWORD_ENV);
    if ((username === undefined) !== (password === undefined)) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`give both --registry-username and --registry-password (or --registry-password-file, $${REGISTRY_PASSWORD_ENV}), or neither`);
    }
    return username !== undefined && password !== undefined ? { username, password } : undefined;
}
const CLAIM_FLAGS = {
    'source-repository-uri': 'sourceRepositoryURI',
    'source-repository-ref': 'sourceRepositoryRef',
    'source-repository-digest': 'sourceRepositoryDigest',
    'build-trigger': 'buildTrigger',
    'build-signer-uri': 'buildSignerURI',
    'build-signer-digest': 'buildSignerDigest',
    'runner-environment': 'runnerEnvironment',
};
/** Parses the one IMAGE argument. */
function imageArgument(positionals, command) {
    if (positionals.length !== 1)
        throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`signet ${command} takes one IMAGE, got ${positionals.length}`);
    return (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(positionals[0]);
}
/** `--signature-repository`, else COSIGN_REPOSITORY (cosign's variable), else none. */
function signatureRepository(flags, host) {
    const value = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'signature-repository') ?? host.env.COSIGN_REPOSITORY;
    return value ? (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(value) : undefined;
}
/**
 * The caps (src/limits.ts): the defaults, then SIGNET_LIMITS, then each `--limit NAME=VALUE` (the
 * Action's and the component's `limit` input). A malformed one is a usage error, never ignored.
 */
function limitsFrom(flags, host) {
    try {
        return (0,_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .parseLimits */ .kd)([host.env[_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .LIMITS_ENV */ .hA] ?? '', ...(0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .list */ .p_)(flags, 'limit')]);
    }
    catch (err) {
        if (err instanceof _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .LimitSyntaxError */ .Ff) {
            throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--limit (or ${_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .LIMITS_ENV */ .hA}): ${err.message}`);
        }
        throw err;
    }
}
/** The registry client for a run on `images`. */
async function registryClient(flags, host, images) {
    const insecure = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(flags, 'allow-insecure-registry') || (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(flags, 'allow-http-registry');
    const login = await registryLogin(flags, host);
    return (0,_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .createRegistryClient */ .Hn)({
        limits: limitsFrom(flags, host),
        env: host.env,
        readFile: (p) => host.readFile(p),
        insecureRegistries: insecure ? [...new Set(images.map((i) => i.registry))] : [],
        ...(login && images[0] ? { login: { registry: images[0].registry, ...login } } : {}),
    });
}
/** `--identity-token`, `--identity-token-file` or SIGSTORE_ID_TOKEN. */
async function identityToken(flags, host) {
    const given = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'identity-token');
    const file = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'identity-token-file');
    if (given !== undefined && file !== undefined)
        throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('give --identity-token or --identity-token-file, not both');
    if (file !== undefined)
        return (await secretFile(host, 'identity-token-file', file)).trim();
    if (given === undefined)
        return host.env.SIGSTORE_ID_TOKEN || undefined;
    // cosign: a value that is not a JWT names a file holding one.
    if (given.split('.').length === 3)
        return given;
    // The value may be a mistyped token: never echo it, not even as a file name.
    try {
        return (await host.readFile(given)).toString('utf8').trim();
    }
    catch {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('--identity-token is neither a JWT nor a readable file: pass the token with --identity-token-file or $SIGSTORE_ID_TOKEN');
    }
}
/**
 * The host with COSIGN_PASSWORD taken from `--key-password-file` when given: the key loaders read the
 * password from the environment, as cosign's do.
 */
async function withKeyPassword(flags, host) {
    const file = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'key-password-file');
    if (file === undefined)
        return host;
    const password = await secretFile(host, 'key-password-file', file);
    return { ...host, env: { ...host.env, [_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PASSWORD_ENV */ .Km]: password } };
}
/** Keyless signing with neither a log nor a TSA: its ten-minute certificate could never be checked. */
const NO_TIME_WITNESS = 'keyless signing needs a transparency log or a timestamp authority: drop --tlog-upload=false or add --timestamp-server-url';
/** The signer and witnesses the flags ask for: a cosign key, or keyless through Fulcio. */
async function signingDeps(flags, host, opts = {}) {
    const keyRef = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'key');
    // Local checks first: a bad key or an unusable given token fails before any service (or TUF) is asked.
    const key = keyRef
        ? await (await Promise.all(/* import() */[__webpack_require__.e(177), __webpack_require__.e(4705)]).then(__webpack_require__.bind(__webpack_require__, 24705))).loadSigner((0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKeyRef */ .wj)(keyRef), keyRefDeps(await withKeyPassword(flags, host)))
        : undefined;
    const tlog = flags['tlog-upload'] !== false;
    // The local refusals (a signing config file that is missing or malformed; keyless with no log and no
    // TSA) come before the token is looked at; the file is read and parsed once.
    let loaded = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'signing-config')
        ? await (0,_signing_services_js__WEBPACK_IMPORTED_MODULE_7__/* .loadSigningConfig */ .Uk)(flags, host, { needsServices: true })
        : undefined;
    if (!key && !loaded && !tlog && !(0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'timestamp-server-url')) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(NO_TIME_WITNESS);
    }
    const explicit = key ? undefined : await identityToken(flags, host);
    const sources = {
        explicit,
        github: host.env.ACTIONS_ID_TOKEN_REQUEST_URL && host.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
            ? {
                requestURL: host.env.ACTIONS_ID_TOKEN_REQUEST_URL,
                requestToken: host.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
            }
            : undefined,
        onGitHubActions: host.env.GITHUB_ACTIONS === 'true',
        onGitLab: host.env.GITLAB_CI === 'true',
    };
    // A given token is checked (expiry, audience) at once, without a request; others are asked for lazily.
    if (explicit)
        await (0,_oidc_token_js__WEBPACK_IMPORTED_MODULE_0__/* .getIdentityToken */ .Uk)(sources, { fetch: host.fetch });
    // With no file, public-good's from TUF (unless URL flags name the services; a key without a log
    // needs no service, so no TUF then).
    loaded ??= await (0,_signing_services_js__WEBPACK_IMPORTED_MODULE_7__/* .loadSigningConfig */ .Uk)(flags, host, { needsServices: !key || tlog }, opts.tuf);
    const urls = await (0,_signing_services_js__WEBPACK_IMPORTED_MODULE_7__/* .serviceURLs */ .Ei)(flags, loaded, opts.legacyFormat ?? false, !key);
    const notices = urls.notices;
    const witnesses = {
        rekorURL: urls.rekorURL,
        tsaURL: urls.tsaURL,
        ...(urls.rekorMajorApiVersion ? { rekorMajorApiVersion: urls.rekorMajorApiVersion } : {}),
        ...(urls.moreRekorLogs ? { moreRekorLogs: urls.moreRekorLogs } : {}),
        ...(urls.moreTsaURLs ? { moreTsaURLs: urls.moreTsaURLs } : {}),
    };
    if (key)
        return { signer: key.signer, witnesses, publicKeyPem: key.publicKeyPem, notices };
    if (!urls.rekorURL && !urls.tsaURL) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(NO_TIME_WITNESS);
    }
    // Asked for lazily, once per certificate: a run that fails earlier never requests a token.
    const getToken = async () => {
        const { token, claims } = await (0,_oidc_token_js__WEBPACK_IMPORTED_MODULE_0__/* .getIdentityToken */ .Uk)(sources, { fetch: host.fetch });
        opts.onToken?.(token, claims);
        return token;
    };
    const { ReusableCertificateSigner } = await Promise.all(/* import() */[__webpack_require__.e(177), __webpack_require__.e(4705)]).then(__webpack_require__.bind(__webpack_require__, 24705));
    return {
        signer: new ReusableCertificateSigner({ fulcioURL: urls.fulcioURL, getToken }),
        witnesses,
        notices,
    };
}
/** The trusted root: `--trusted-root`, else public-good Sigstore through TUF (cached like cosign's). */
async function trustedRoot(flags, host) {
    const path = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'trusted-root');
    if (path) {
        let json;
        try {
            json = JSON.parse((await host.readFile(path)).toString('utf8'));
        }
        catch (err) {
            throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--trusted-root ${path} is not JSON: ${err.message}`);
        }
        return (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTrustedRoot */ .t1)(json, path);
    }
    return (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchPublicGoodTrustedRoot */ .yl)((0,_signing_services_js__WEBPACK_IMPORTED_MODULE_7__/* .tufSource */ .lW)(host));
}
/** The verify policy the flags describe. */
async function verifyPolicy(flags, host) {
    const keyRef = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'key');
    const insecureIgnoreTlog = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(flags, 'insecure-ignore-tlog');
    const claims = {};
    for (const [flag, claim] of Object.entries(CLAIM_FLAGS)) {
        const v = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, flag);
        if (v !== undefined)
            claims[claim] = v;
    }
    const identity = {
        certificateIdentity: (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'certificate-identity'),
        certificateIdentityRegexp: (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'certificate-identity-regexp'),
        certificateOidcIssuer: (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'certificate-oidc-issuer'),
        certificateOidcIssuerRegexp: (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'certificate-oidc-issuer-regexp'),
        claims,
        allowAnyIdentity: (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(flags, 'allow-any-identity'),
    };
    // Check the identity flags before any network or file access: a bad policy fails at once.
    if (!keyRef)
        (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseIdentityPolicy */ .kT)(identity);
    const publicKey = keyRef ? await (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadVerificationKey */ .LX)((0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKeyRef */ .wj)(keyRef), keyRefDeps(host)) : undefined;
    // A key without tlog checks needs no trusted root: do not reach for TUF then.
    const needsRoot = !publicKey || !insecureIgnoreTlog || (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'trusted-root') !== undefined;
    return (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .buildVerifyPolicy */ .eQ)({
        trustedRoot: needsRoot ? await trustedRoot(flags, host) : undefined,
        publicKey,
        identity,
        insecureIgnoreTlog,
    });
}
/** A `legacy|bundle|both` storage-format flag (`--signature-format`, `--attestation-format`); default both. */
function storageFormat(flags, name) {
    const f = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, name) ?? 'both';
    if (f !== 'legacy' && f !== 'bundle' && f !== 'both') {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--${name} takes legacy, bundle or both, got ${JSON.stringify(f)}`);
    }
    return f;
}
/** `--output`: text or json. */
function outputFormat(flags) {
    const o = (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'output') ?? 'text';
    if (o !== 'text' && o !== 'json')
        throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--output takes text or json, got ${JSON.stringify(o)}`);
    return o;
}
/** cosign `-a key=value` annotations. */
function annotations(flags) {
    const out = {};
    for (const a of (0,_values_js__WEBPACK_IMPORTED_MODULE_8__/* .list */ .p_)(flags, 'annotations')) {
        const i = a.indexOf('=');
        if (i <= 0)
            throw new _values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--annotations takes key=value, got ${JSON.stringify(a)}`);
        out[a.slice(0, i)] = a.slice(i + 1);
    }
    return out;
}


/***/ }),

/***/ 91808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ kubeSecretReader),
/* harmony export */   U: () => (/* binding */ kubeSecretCreator)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53921);
// Reads a Kubernetes secret for k8s://NAMESPACE/SECRET key refs, through the cluster stage's one
// Kubernetes client. The cluster is found as kubectl finds it: the first file in KUBECONFIG, the pod's
// service account, or ~/.kube/config.


async function kubeSource(host, source) {
    const read = async (file) => (await host.readFile(file)).toString('utf8');
    const file = host.env.KUBECONFIG?.split(':')[0];
    try {
        if (file)
            return { kind: 'kubeconfig', text: await read(file) };
        if (host.env.KUBERNETES_SERVICE_HOST) {
            const sa = '/var/run/secrets/kubernetes.io/serviceaccount';
            return {
                kind: 'in-cluster',
                host: host.env.KUBERNETES_SERVICE_HOST,
                port: host.env.KUBERNETES_SERVICE_PORT ?? '443',
                token: (await read(`${sa}/token`)).trim(),
                caPem: await read(`${sa}/ca.crt`),
            };
        }
        if (host.env.HOME)
            return { kind: 'kubeconfig', text: await read((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.env.HOME, '.kube', 'config')) };
    }
    catch (cause) {
        throw new _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyError */ .eN('KEY_READ_FAILED', `${source}: cannot read the kubeconfig${file ? ` ${file}` : ''}: set KUBECONFIG to a readable kubeconfig`, { cause });
    }
    throw new _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyError */ .eN('KEY_READ_FAILED', `${source}: no cluster: set KUBECONFIG or run in a pod`);
}
/** The `readKubernetesSecret` of the key-ref deps: the secret's data, base64-decoded. */
function kubeSecretReader(host) {
    return async (namespace, name) => {
        const source = `k8s://${namespace}/${name}`;
        const { readSecretData } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(5814), __webpack_require__.e(6118), __webpack_require__.e(1425), __webpack_require__.e(909)]).then(__webpack_require__.bind(__webpack_require__, 80909));
        const where = await kubeSource(host, source);
        try {
            return await readSecretData(where, namespace, name);
        }
        catch (cause) {
            const why = cause.message.split('\n')[0].slice(0, 300);
            throw new _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyError */ .eN('KEY_READ_FAILED', `${source}: ${why}`, { cause });
        }
    };
}
/** Creates cosign's key secret for `generate-key-pair k8s://NAMESPACE/SECRET`; 'exists' if there is one. */
function kubeSecretCreator(host) {
    return async (namespace, name, data) => {
        const source = `k8s://${namespace}/${name}`;
        const { createSecretData } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(5814), __webpack_require__.e(6118), __webpack_require__.e(1425), __webpack_require__.e(909)]).then(__webpack_require__.bind(__webpack_require__, 80909));
        const where = await kubeSource(host, source);
        try {
            return await createSecretData(where, namespace, name, data);
        }
        catch (cause) {
            const why = cause.message.split('\n')[0].slice(0, 300);
            throw new _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyError */ .eN('KEY_READ_FAILED', `${source}: ${why}`, { cause });
        }
    };
}


/***/ }),

/***/ 80193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ createRegistryClient),
/* harmony export */   TO: () => (/* binding */ readDockerConfig)
/* harmony export */ });
/* unused harmony export credentialSources */
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);
/* harmony import */ var _build_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44107);
// Builds the one RegistryClient a CI adapter hands to every stage, from the adapter's environment:
// the docker config (DOCKER_CONFIG or ~/.docker), explicit credentials, GITHUB_TOKEN for ghcr.io and
// CI_REGISTRY_* for the GitLab registry. Credentials only ever go to the registry they belong to.


/** The docker config's path and text (DOCKER_CONFIG or ~/.docker); the text is absent when no file is there. */
async function readDockerConfig(ctx) {
    const path = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .toDockerConfigPath */ .DR)(ctx.env);
    if (!path)
        return {};
    try {
        return { path, text: (await ctx.readFile(path)).toString('utf8') };
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
        return { path };
    }
}
/** Reads the credential sources an adapter's environment offers. */
async function credentialSources(ctx) {
    const { path: dockerConfigPath, text: dockerConfigJson } = await readDockerConfig(ctx);
    return {
        ...(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .toCiCredentialSources */ .Tb)(ctx.env),
        ...(dockerConfigJson !== undefined ? { dockerConfigJson, dockerConfigPath } : {}),
        ...(ctx.login ? { explicit: [ctx.login] } : {}),
    };
}
/** The registry client every stage of one run shares. */
async function createRegistryClient(ctx) {
    return new _registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryClient */ .bP({
        credentials: await credentialSources(ctx),
        insecureRegistries: ctx.insecureRegistries ?? [],
        ...(ctx.limits ? { limits: ctx.limits } : {}),
    }, 
    // Credential helpers see the adapter's environment (PATH, HOME, their own settings), without
    // Signet's secrets.
    { exec: _build_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .execFile */ .St, helperEnv: (0,_build_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutSecrets */ .cT)(ctx.env) });
}


/***/ }),

/***/ 83707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yq: () => (/* binding */ decodeClaims),
  Uk: () => (/* binding */ getIdentityToken)
});

// UNUSED EXPORTS: GITHUB_PERMISSIONS_HINT, checkToken

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/oidc/errors.ts
// Errors of getting the CI's OIDC token.

/** A failure to obtain a usable identity token. */
class OidcError extends errors/* SignetError */.T {
}

;// CONCATENATED MODULE: ./src/oidc/token.ts
// The pipeline's first stage: obtain the OIDC identity token Fulcio exchanges for a certificate.
// Sources, in order: a token given explicitly (--identity-token / SIGSTORE_ID_TOKEN, as cosign), then
// GitHub Actions' ID token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL + _TOKEN, audience parameter).
// GitLab puts the token in SIGSTORE_ID_TOKEN through `id_tokens:`, so it is the explicit case.
// https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect

/** Decodes a JWT's claims; throws OIDC_INVALID_TOKEN when it is not a JWT. */
function decodeClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || parts.some((p) => p === '' || !/^[A-Za-z0-9_-]+$/.test(p))) {
        throw new OidcError('OIDC_INVALID_TOKEN', 'identity token is not a JWT (expected three base64url parts)');
    }
    let claims;
    try {
        claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch (err) {
        throw new OidcError('OIDC_INVALID_TOKEN', 'identity token claims are not JSON', { cause: err });
    }
    if (!claims || typeof claims !== 'object')
        throw new OidcError('OIDC_INVALID_TOKEN', 'identity token claims are not a JSON object');
    return claims;
}
/** Checks audience and expiry the way Fulcio will, so the failure is explained before any request. */
function checkToken(token, audience, nowSeconds) {
    const claims = decodeClaims(token);
    const auds = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!auds.includes(audience)) {
        throw new OidcError('OIDC_INVALID_TOKEN', `identity token audience is ${JSON.stringify(claims.aud ?? null)}, expected ${JSON.stringify(audience)} (GitLab: id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore)`);
    }
    if (typeof claims.exp === 'number' && claims.exp + 30 < nowSeconds) {
        throw new OidcError('OIDC_INVALID_TOKEN', `identity token expired at ${new Date(claims.exp * 1000).toISOString()}`);
    }
    return claims;
}
/** The `permissions:` block a GitHub workflow needs for keyless signing. */
const GITHUB_PERMISSIONS_HINT = 'add to the job:\n  permissions:\n    id-token: write\n    contents: read\n    packages: write';
/** Fetches a token for `audience` from the first available source. */
async function getIdentityToken(sources, deps, audience = 'sigstore') {
    const now = () => Math.floor((deps.now ?? Date.now)() / 1000);
    if (sources.explicit !== undefined && sources.explicit !== '') {
        return {
            token: sources.explicit,
            claims: checkToken(sources.explicit, audience, now()),
            source: 'explicit',
        };
    }
    if (sources.github) {
        const url = new URL(sources.github.requestURL);
        url.searchParams.set('audience', audience);
        let res;
        try {
            res = await deps.fetch(url, {
                headers: { authorization: `Bearer ${sources.github.requestToken}`, accept: 'application/json' },
                signal: AbortSignal.timeout(30_000),
            });
        }
        catch (err) {
            throw new OidcError('OIDC_REQUEST_FAILED', `github id token request to ${url.origin} failed: ${err.message}`, {
                cause: err,
            });
        }
        if (!res.ok) {
            await res.body?.cancel();
            throw new OidcError('OIDC_REQUEST_FAILED', `github id token request answered ${res.status} ${res.statusText}`);
        }
        const body = (await res.json().catch(() => ({})));
        if (typeof body.value !== 'string')
            throw new OidcError('OIDC_REQUEST_FAILED', 'github id token response has no "value"');
        return { token: body.value, claims: checkToken(body.value, audience, now()), source: 'github' };
    }
    if (sources.onGitHubActions) {
        throw new OidcError('OIDC_NO_TOKEN', `no OIDC token: the job lacks id-token permission; ${GITHUB_PERMISSIONS_HINT}`);
    }
    if (sources.onGitLab) {
        throw new OidcError('OIDC_NO_TOKEN', 'no OIDC token: SIGSTORE_ID_TOKEN is not set; add to the job: id_tokens: { SIGSTORE_ID_TOKEN: { aud: sigstore } }');
    }
    throw new OidcError('OIDC_NO_TOKEN', 'no OIDC token: pass --identity-token or set SIGSTORE_ID_TOKEN (or sign with --key)');
}


/***/ }),

/***/ 50844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ ANNOTATION_BUNDLE_CONTENT),
/* harmony export */   $r: () => (/* binding */ SIMPLE_SIGNING_MEDIA_TYPE),
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   HM: () => (/* binding */ BUNDLE_V03_MEDIA_TYPE),
/* harmony export */   KV: () => (/* binding */ GO_ZERO_TIME),
/* harmony export */   LR: () => (/* binding */ ANNOTATION_SIGNATURE),
/* harmony export */   M6: () => (/* binding */ ANNOTATION_CHAIN),
/* harmony export */   MF: () => (/* binding */ ANNOTATION_CERTIFICATE),
/* harmony export */   Nr: () => (/* binding */ DSSE_ENVELOPE_MEDIA_TYPE),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Z4: () => (/* binding */ COSIGN_SIGN_PREDICATE_TYPE),
/* harmony export */   bL: () => (/* binding */ ANNOTATION_REKOR_BUNDLE),
/* harmony export */   g7: () => (/* binding */ SIMPLE_SIGNING_TYPE),
/* harmony export */   nM: () => (/* binding */ ANNOTATION_PREDICATE_TYPE),
/* harmony export */   oN: () => (/* binding */ ANNOTATION_RFC3161_TIMESTAMP),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   w1: () => (/* binding */ ANNOTATION_BUNDLE_PREDICATE_TYPE)
/* harmony export */ });
// Names cosign and the Sigstore bundle spec give to signature storage, spelled once.
// cosign: pkg/oci/static/options.go, pkg/oci/remote/remote.go, pkg/types/media.go.
// Bundle-as-referrer: sigstore/cosign `internal/pkg/oci/remote` (v3) and the OCI 1.1 referrers spec.
/** Layer media type of a legacy cosign signature (simple-signing payload). */
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** Layer media type of a legacy cosign attestation (a DSSE envelope). */
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** Sigstore bundle v0.3: the layer and artifactType of a bundle referrer. */
const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** in-toto Statement v1 `_type`. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The predicate cosign v3 signs for a plain image signature in the bundle format. */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
/** The simple-signing `critical.type` of a container image signature. */
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** Legacy layer annotations, as cosign writes them. */
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle';
const ANNOTATION_RFC3161_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
/** Attestation layers carry their predicate type in this annotation. */
const ANNOTATION_PREDICATE_TYPE = 'predicateType';
/** Bundle referrer manifest annotations (cosign v3). */
const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_BUNDLE_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/** The zero time Go prints, used by cosign in the config of signature images. */
const GO_ZERO_TIME = '0001-01-01T00:00:00Z';


/***/ }),

/***/ 73910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ SignError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of the sign stage. Registry failures stay RegistryErrors (their message already names the
// request); everything the stage itself decides, or a Sigstore service refusing, is a SignError.

/** A sign stage failure; `code` says which step. */
class SignError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 14839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ SCRYPT_SALT_BYTES),
/* harmony export */   Aj: () => (/* binding */ GITLAB_VARIABLES),
/* harmony export */   Dk: () => (/* binding */ SIGSTORE_PRIVATE_KEY_PEM_TYPE),
/* harmony export */   JK: () => (/* binding */ SECRETBOX_TAG_BYTES),
/* harmony export */   Km: () => (/* binding */ PASSWORD_ENV),
/* harmony export */   Lk: () => (/* binding */ SCRYPT_ACCEPTED_N),
/* harmony export */   Nb: () => (/* binding */ CIPHER_NACL_SECRETBOX),
/* harmony export */   PM: () => (/* binding */ GITLAB_DEFAULT_HOST),
/* harmony export */   Qd: () => (/* binding */ KEY_FILES),
/* harmony export */   S9: () => (/* binding */ KDF_SCRYPT),
/* harmony export */   Uh: () => (/* binding */ SCRYPT_DEFAULT),
/* harmony export */   Uo: () => (/* binding */ PUBLIC_KEY_PEM_TYPE),
/* harmony export */   iK: () => (/* binding */ GITLAB_TOKEN_ENV),
/* harmony export */   ko: () => (/* binding */ SECRETBOX_KEY_BYTES),
/* harmony export */   mO: () => (/* binding */ COSIGN_PRIVATE_KEY_PEM_TYPE),
/* harmony export */   rv: () => (/* binding */ GITLAB_HOST_ENV),
/* harmony export */   w4: () => (/* binding */ SECRETBOX_NONCE_BYTES)
/* harmony export */ });
// The fixed names and numbers of cosign's key files, its encrypted-key envelope and its GitLab key refs.
// Sources: sigstore/cosign pkg/cosign/keys.go, secure-systems-lab/go-securesystemslib encrypted/encrypted.go,
// sigstore/cosign pkg/cosign/git/gitlab/gitlab.go and pkg/signature/keys.go.
/** PEM label cosign ≥ 2.0.1 writes for an encrypted private key (the one Signet writes). */
const SIGSTORE_PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** PEM label older cosign wrote for an encrypted private key; still read by cosign and Signet. */
const COSIGN_PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';
/** PEM label of a public key: PKIX SubjectPublicKeyInfo DER. */
const PUBLIC_KEY_PEM_TYPE = 'PUBLIC KEY';
/** Name of the key derivation function in the envelope's `kdf.name`. */
const KDF_SCRYPT = 'scrypt';
/** Name of the cipher in the envelope's `cipher.name` (XSalsa20-Poly1305). */
const CIPHER_NACL_SECRETBOX = 'nacl/secretbox';
/**
 * The only scrypt parameter sets a reader accepts. go-securesystemslib refuses any other set so that
 * a tampered file cannot make the reader burn memory and time (its `CheckParams`).
 */
const SCRYPT_ACCEPTED_N = [32768, 65536, 131072];
/** scrypt parameters Signet writes, as cosign does today (go-securesystemslib `Standard`). */
const SCRYPT_DEFAULT = { N: 65536, r: 8, p: 1 };
/** Bytes of random salt cosign writes (go-securesystemslib `saltSize`). */
const SCRYPT_SALT_BYTES = 32;
/** Bytes of the secretbox key that scrypt derives. */
const SECRETBOX_KEY_BYTES = 32;
/** Bytes of the secretbox nonce. */
const SECRETBOX_NONCE_BYTES = 24;
/** Bytes of the Poly1305 tag that precedes the encrypted bytes in secretbox output. */
const SECRETBOX_TAG_BYTES = 16;
/** File names and modes `cosign generate-key-pair` uses; the CLI writes Signet's key pair the same way. */
const KEY_FILES = {
    privateKey: { name: 'cosign.key', mode: 0o600 },
    publicKey: { name: 'cosign.pub', mode: 0o644 },
};
/** The environment variable cosign reads the key password from (set but empty is a valid password). */
const PASSWORD_ENV = 'COSIGN_PASSWORD';
/** Environment variables a `gitlab://` key ref needs: the API token and, optionally, the instance URL. */
const GITLAB_TOKEN_ENV = 'GITLAB_TOKEN';
const GITLAB_HOST_ENV = 'GITLAB_HOST';
/** GitLab instance cosign talks to when GITLAB_HOST is unset. */
const GITLAB_DEFAULT_HOST = 'https://gitlab.com';
/** Names of the project CI/CD variables `cosign generate-key-pair gitlab://…` creates and key refs read. */
const GITLAB_VARIABLES = {
    privateKey: 'COSIGN_PRIVATE_KEY',
    password: 'COSIGN_PASSWORD',
    publicKey: 'COSIGN_PUBLIC_KEY',
};


/***/ }),

/***/ 53921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h_: () => (/* reexport */ K8S_SECRET_KEYS),
  Qd: () => (/* reexport */ constants/* KEY_FILES */.Qd),
  eN: () => (/* reexport */ errors/* KeyError */.e),
  Km: () => (/* reexport */ constants/* PASSWORD_ENV */.Km),
  TZ: () => (/* reexport */ generateKeyPair),
  QB: () => (/* reexport */ kmsDeps),
  fm: () => (/* reexport */ loadSigningKey),
  LX: () => (/* reexport */ loadVerificationKey),
  wj: () => (/* reexport */ parseKeyRef),
  ee: () => (/* reexport */ public_key/* parsePublicKey */.e),
  rY: () => (/* reexport */ public_key/* publicKeyPem */.r),
  Ft: () => (/* reexport */ signature/* signWithKey */.Ft),
  I3: () => (/* reexport */ signature/* signingAlgorithmOf */.I3),
  YQ: () => (/* reexport */ signature/* verifyWithKey */.YQ)
});

// UNUSED EXPORTS: COSIGN_PRIVATE_KEY_PEM_TYPE, GITLAB_VARIABLES, PUBLIC_KEY_PEM_TYPE, SCRYPT_DEFAULT, SIGSTORE_PRIVATE_KEY_PEM_TYPE, decryptPrivateKey, encryptPrivateKey, formatKeyRef, gitLabVariableUrl, resolveKeyRef, resolveSigningKey, resolveVerificationKey

// EXTERNAL MODULE: ./src/sign/keys/constants.ts
var constants = __webpack_require__(14839);
// EXTERNAL MODULE: ./src/sign/keys/errors.ts
var errors = __webpack_require__(12251);
// EXTERNAL MODULE: ./src/sign/kms/http.ts
var http = __webpack_require__(44527);
;// CONCATENATED MODULE: ./src/sign/keys/gitlab-variables.ts
// Reads a GitLab project CI/CD variable, which is where `cosign generate-key-pair gitlab://PROJECT` puts
// the key (sigstore/cosign pkg/cosign/git/gitlab/gitlab.go GetSecret): GET
// {GITLAB_HOST or https://gitlab.com}/api/v4/projects/{id or url-encoded path}/variables/{key} with
// header PRIVATE-TOKEN: $GITLAB_TOKEN, as the go-gitlab client cosign uses builds it. The HTTP call goes
// through an injected `fetch` with the KMS clients' HTTP helper (kms/http.ts: timeout, body cap,
// redirects within the origin only); the token goes only into that header, never into a message.



const MAX_REDIRECTS = 5;
/**
 * The API URL of `variable` of `project` on the GitLab instance `host` (GITLAB_HOST; default gitlab.com).
 * Like go-gitlab's base URL handling, "/api/v4/" is appended unless the host URL already ends with it;
 * like its PathEscape, the project path is escaped whole, "/" as %2F and "." as %2E.
 */
function gitLabVariableUrl(host, project, variable) {
    const raw = host === undefined || host.trim() === '' ? constants/* GITLAB_DEFAULT_HOST */.PM : host.trim();
    const withScheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`;
    let base;
    try {
        base = new URL(withScheme);
    }
    catch (cause) {
        throw new errors/* KeyError */.e('KEY_GITLAB_CONFIG', `${constants/* GITLAB_HOST_ENV */.rv} ${JSON.stringify(raw)} is not a URL: set it to the instance URL, e.g. https://gitlab.example.com`, { cause });
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:') {
        throw new errors/* KeyError */.e('KEY_GITLAB_CONFIG', `${constants/* GITLAB_HOST_ENV */.rv} ${JSON.stringify(raw)} is not an http(s) URL: set it to the instance URL`);
    }
    let path = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    if (!path.endsWith('/api/v4/'))
        path += 'api/v4/';
    const escapedProject = encodeURIComponent(project).replace(/\./g, '%2E');
    return `${base.origin}${path}projects/${escapedProject}/variables/${encodeURIComponent(variable)}`;
}
/** Reads the value of CI/CD `variable` of GitLab `project`; `source` is the key ref as typed. */
async function readGitLabVariable(project, variable, source, deps) {
    const token = deps.env[constants/* GITLAB_TOKEN_ENV */.iK];
    if (token === undefined || token === '') {
        throw new errors/* KeyError */.e('KEY_GITLAB_CONFIG', `${source} needs ${constants/* GITLAB_TOKEN_ENV */.iK}: set it to a GitLab token with the api scope and the Maintainer role on the project`);
    }
    const url = gitLabVariableUrl(deps.env[constants/* GITLAB_HOST_ENV */.rv], project, variable);
    const redact = (s) => s.split(token).join('[redacted]');
    let status;
    let body;
    try {
        // Redirects are followed by hand (kms/http.ts): fetch would carry the PRIVATE-TOKEN header to
        // wherever a redirect points. Only the instance's own origin (scheme, host and port) sees the token.
        ({ status, text: body } = await (0,http/* sendRequest */.w$)(deps.fetch, { method: 'GET', url, headers: { 'PRIVATE-TOKEN': token, Accept: 'application/json' } }, {
            max: MAX_REDIRECTS,
            crossOrigin: (next, origin) => new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url} redirected to another host (${next.origin}); ${constants/* GITLAB_TOKEN_ENV */.iK} is sent only to ${origin}: set ${constants/* GITLAB_HOST_ENV */.rv} to the instance's own URL`),
            tooMany: () => new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url}: more than ${MAX_REDIRECTS} redirects`),
        }));
    }
    catch (cause) {
        if (cause instanceof errors/* KeyError */.e)
            throw cause;
        const why = cause instanceof Error ? redact(cause.message) : 'network error';
        throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url} failed: ${why}: check ${constants/* GITLAB_HOST_ENV */.rv} and the network`, { cause });
    }
    if ((0,http/* isOversized */.sq)(body)) {
        throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url}: the answer is larger than a CI/CD variable can be: check ${constants/* GITLAB_HOST_ENV */.rv} points at GitLab`);
    }
    if (status === 200) {
        // The body holds the secret: never put any of it into a message.
        const value = parseValue(body);
        if (value === undefined) {
            throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url}: 200 but the response has no string "value": check ${constants/* GITLAB_HOST_ENV */.rv} points at GitLab`);
        }
        return value;
    }
    const message = redact(gitLabMessage(body)).slice(0, 200);
    const at = `GET ${url}: ${status}${message ? ` ${message}` : ''}`;
    if (status === 404) {
        const hint = /project not found/i.test(message)
            ? `project ${JSON.stringify(project)} not found, or ${constants/* GITLAB_TOKEN_ENV */.iK} cannot see it: check the ref and ${constants/* GITLAB_HOST_ENV */.rv}`
            : `project variable ${variable} not found: create the key with cosign generate-key-pair ${source}`;
        throw new errors/* KeyError */.e('KEY_NOT_FOUND', `${source}: ${hint} (${at})`);
    }
    if (status === 401) {
        throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GitLab rejected ${constants/* GITLAB_TOKEN_ENV */.iK} (${at}): it is invalid or expired`);
    }
    if (status === 403) {
        throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: ${constants/* GITLAB_TOKEN_ENV */.iK} may not read CI/CD variables (${at}): it needs the api scope and the Maintainer role`);
    }
    throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: ${at}`);
}
function parseValue(body) {
    try {
        const json = JSON.parse(body);
        if (typeof json === 'object' &&
            json !== null &&
            typeof json.value === 'string') {
            return json.value;
        }
    }
    catch {
        // fall through: not JSON
    }
    return undefined;
}
/** GitLab error bodies are {"message": "..."} (or {"error": "..."}); anything else is shown trimmed. */
function gitLabMessage(body) {
    try {
        const json = JSON.parse(body);
        const m = json.message ?? json.error;
        if (typeof m === 'string')
            return m;
        if (m !== undefined)
            return JSON.stringify(m);
    }
    catch {
        // not JSON
    }
    return body.replace(/\s+/g, ' ').trim();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(46382);
;// CONCATENATED MODULE: ./src/sign/keys/encrypted.ts
// The password envelope inside a cosign private key: go-securesystemslib's `encrypted` package, which
// cosign calls for every key it writes (sigstore/cosign pkg/cosign/keys.go; secure-systems-lab/
// go-securesystemslib encrypted/encrypted.go). The envelope is the compact JSON Go's json.Marshal makes
// of
//   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<std b64>"},
//    "cipher":{"name":"nacl/secretbox","nonce":"<std b64>"},"ciphertext":"<std b64>"}
// with fields in that order, standard padded base64 for the byte fields (Go's []byte encoding), a
// 32-byte random salt, a 24-byte random nonce, the 32-byte key from scrypt(password, salt, N, r, p),
// and ciphertext = nacl secretbox Seal = Poly1305 tag (16 bytes) followed by XSalsa20 ciphertext.
//
// scrypt comes from node:crypto. nacl/secretbox (XSalsa20-Poly1305) is not in node:crypto, and we do not
// write our own cipher: it comes from @noble/ciphers, an audited (Cure53), dependency-free, maintained
// TypeScript implementation whose `xsalsa20poly1305` is byte-compatible with NaCl/libsodium secretbox.
// tweetnacl would do too but has been unmaintained since 2020 and ships CommonJS only.




/** Encrypts `plaintext` under `password` into the envelope's JSON bytes, as go-securesystemslib Encrypt. */
async function sealEnvelope(plaintext, password, opts = {}) {
    const random = opts.randomBytes ?? external_node_crypto_.randomBytes;
    const params = { N: opts.N ?? constants/* SCRYPT_DEFAULT */.Uh.N, r: constants/* SCRYPT_DEFAULT */.Uh.r, p: constants/* SCRYPT_DEFAULT */.Uh.p };
    if (!constants/* SCRYPT_ACCEPTED_N */.Lk.includes(params.N)) {
        throw new errors/* KeyError */.e('KEY_UNSUPPORTED_KDF', `scrypt N=${params.N} is not one cosign reads: use 32768, 65536 or 131072`);
    }
    const salt = Buffer.from(random(constants/* SCRYPT_SALT_BYTES */.$2));
    const nonce = Buffer.from(random(constants/* SECRETBOX_NONCE_BYTES */.w4));
    const key = await deriveKey(password, salt, params.N);
    const ciphertext = Buffer.from((0,salsa/* xsalsa20poly1305 */.uT)(key, nonce).encrypt(plaintext));
    key.fill(0);
    // Key order matters to byte-identical output: it is the Go struct field order.
    const json = {
        kdf: {
            name: constants/* KDF_SCRYPT */.S9,
            params: { N: params.N, r: params.r, p: params.p },
            salt: salt.toString('base64'),
        },
        cipher: { name: constants/* CIPHER_NACL_SECRETBOX */.Nb, nonce: nonce.toString('base64') },
        ciphertext: ciphertext.toString('base64'),
    };
    return Buffer.from(JSON.stringify(json), 'utf8');
}
/**
 * Decrypts the envelope JSON `data` with `password`, as go-securesystemslib Decrypt: checks the KDF and
 * cipher names, accepts only the three scrypt parameter sets it writes, then opens the secretbox.
 * `source` names the key (as the user typed its ref) in error messages.
 */
async function openEnvelope(data, password, source) {
    const env = parseEnvelope(data, source);
    const key = await deriveKey(password, env.kdf.salt, env.kdf.params.N);
    try {
        return Buffer.from((0,salsa/* xsalsa20poly1305 */.uT)(key, env.cipher.nonce).decrypt(env.ciphertext));
    }
    catch (cause) {
        // Poly1305 cannot tell a wrong password from damaged bytes; the password is by far the likelier.
        throw new errors/* KeyError */.e('KEY_WRONG_PASSWORD', `wrong password for ${source}: decryption failed (check ${constants/* PASSWORD_ENV */.Km}; if it is right, the key file is damaged)`, { cause });
    }
    finally {
        key.fill(0);
    }
}
/** Parses and checks the envelope JSON without decrypting it. */
function parseEnvelope(data, source) {
    const bad = (what) => new errors/* KeyError */.e('KEY_INVALID_JSON', `${source}: encrypted key ${what}: the key file is damaged or not a cosign key`);
    let json;
    try {
        json = JSON.parse(Buffer.from(data).toString('utf8'));
    }
    catch (cause) {
        throw new errors/* KeyError */.e('KEY_INVALID_JSON', `${source}: encrypted key is not JSON: the key file is damaged or not a cosign key`, {
            cause,
        });
    }
    if (!isObject(json))
        throw bad('is not a JSON object');
    const { kdf, cipher, ciphertext } = json;
    if (!isObject(kdf))
        throw bad('has no "kdf" object');
    if (!isObject(cipher))
        throw bad('has no "cipher" object');
    if (kdf.name !== constants/* KDF_SCRYPT */.S9) {
        throw new errors/* KeyError */.e('KEY_UNSUPPORTED_KDF', `${source}: unknown kdf ${JSON.stringify(kdf.name)}, expected "${constants/* KDF_SCRYPT */.S9}": regenerate the key with cosign generate-key-pair`);
    }
    if (cipher.name !== constants/* CIPHER_NACL_SECRETBOX */.Nb) {
        throw new errors/* KeyError */.e('KEY_UNSUPPORTED_CIPHER', `${source}: unknown cipher ${JSON.stringify(cipher.name)}, expected "${constants/* CIPHER_NACL_SECRETBOX */.Nb}": regenerate the key with cosign generate-key-pair`);
    }
    const params = kdf.params;
    if (!isObject(params))
        throw bad('has no "kdf.params" object');
    const { N, r, p } = params;
    if (!constants/* SCRYPT_ACCEPTED_N */.Lk.includes(N) || r !== 8 || p !== 1) {
        throw new errors/* KeyError */.e('KEY_UNSUPPORTED_KDF', `${source}: scrypt parameters N=${String(N)}, r=${String(r)}, p=${String(p)} are not ones cosign writes ` +
            `(N 32768, 65536 or 131072 with r=8, p=1): regenerate the key with cosign generate-key-pair`);
    }
    const salt = decodeBase64Field(kdf.salt, 'kdf.salt', bad);
    const nonce = decodeBase64Field(cipher.nonce, 'cipher.nonce', bad);
    if (nonce.length !== constants/* SECRETBOX_NONCE_BYTES */.w4) {
        throw bad(`has a ${nonce.length}-byte cipher.nonce, expected ${constants/* SECRETBOX_NONCE_BYTES */.w4}`);
    }
    const box = decodeBase64Field(ciphertext, 'ciphertext', bad);
    if (box.length < constants/* SECRETBOX_TAG_BYTES */.JK) {
        throw bad(`ciphertext is ${box.length} bytes, shorter than the ${constants/* SECRETBOX_TAG_BYTES */.JK}-byte tag`);
    }
    return {
        kdf: { name: constants/* KDF_SCRYPT */.S9, params: { N: N, r: 8, p: 1 }, salt },
        cipher: { name: constants/* CIPHER_NACL_SECRETBOX */.Nb, nonce },
        ciphertext: box,
    };
}
/** scrypt(password, salt, N, r=8, p=1) → 32-byte secretbox key, off the main thread (node's libuv pool). */
function deriveKey(password, salt, N) {
    const pw = typeof password === 'string' ? Buffer.from(password, 'utf8') : password;
    // node:crypto refuses to use more than 32 MiB by default; scrypt needs about 128·N·r bytes
    // (64 MiB at N=65536, 128 MiB at N=131072), so raise the cap to twice that.
    const options = {
        N,
        r: constants/* SCRYPT_DEFAULT */.Uh.r,
        p: constants/* SCRYPT_DEFAULT */.Uh.p,
        maxmem: 256 * N * constants/* SCRYPT_DEFAULT */.Uh.r,
    };
    return new Promise((resolve, reject) => {
        (0,external_node_crypto_.scrypt)(pw, salt, constants/* SECRETBOX_KEY_BYTES */.ko, options, (err, key) => (err ? reject(err) : resolve(key)));
    });
}
const STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Decodes a Go []byte JSON field: standard, padded base64 (Go ignores CR and LF inside it). */
function decodeBase64Field(value, field, bad) {
    if (typeof value !== 'string')
        throw bad(`has no "${field}" string`);
    const text = value.replace(/[\r\n]/g, '');
    if (!STD_BASE64.test(text))
        throw bad(`field "${field}" is not standard base64`);
    return Buffer.from(text, 'base64');
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./src/sign/pem.ts
var sign_pem = __webpack_require__(30623);
// EXTERNAL MODULE: ./src/sign/keys/signature.ts
var signature = __webpack_require__(63664);
;// CONCATENATED MODULE: ./src/sign/keys/private-key.ts
// cosign's encrypted private key file: a PEM block whose bytes are the password envelope (encrypted.ts)
// around PKCS#8 DER. cosign ≥ 2.0.1 labels it ENCRYPTED SIGSTORE PRIVATE KEY, older cosign ENCRYPTED
// COSIGN PRIVATE KEY; cosign reads both and so does Signet (sigstore/cosign pkg/cosign/keys.go
// LoadPrivateKey). Signet writes the SIGSTORE label, as cosign does for every key it generates or imports.






const UNENCRYPTED_TYPES = new Set(['PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY']);
/** Encrypts PKCS#8 DER `pkcs8Der` under `password` into cosign's PEM private key text. */
async function encryptPrivateKey(pkcs8Der, password, opts = {}) {
    const envelope = await sealEnvelope(pkcs8Der, password, opts);
    return (0,sign_pem/* encodePem */.TS)(opts.pemType ?? constants/* SIGSTORE_PRIVATE_KEY_PEM_TYPE */.Dk, envelope);
}
/**
 * Decrypts cosign private key PEM text with `password` and loads the key. `password` undefined means
 * the user set none (cosign would prompt; Signet runs unattended and says to set COSIGN_PASSWORD); the
 * empty string is a valid password. `source` is the key ref as the user typed it, for messages.
 */
async function decryptPrivateKey(pem, password, source = 'the private key') {
    const block = (0,sign_pem/* decodePem */.xr)(pem, source);
    if (block.type !== constants/* SIGSTORE_PRIVATE_KEY_PEM_TYPE */.Dk && block.type !== constants/* COSIGN_PRIVATE_KEY_PEM_TYPE */.mO) {
        throw new errors/* KeyError */.e('KEY_INVALID_PEM', `${source}: ${wrongTypeHint(block.type, source)}`);
    }
    if (password === undefined) {
        throw new errors/* KeyError */.e('KEY_PASSWORD_MISSING', `${source} is encrypted but ${constants/* PASSWORD_ENV */.Km} is not set: set it to the key's password (an empty value is allowed)`);
    }
    const der = await openEnvelope(block.bytes, password, source);
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
    }
    catch (cause) {
        throw new errors/* KeyError */.e('KEY_INVALID_KEY', `${source}: decrypted bytes are not a PKCS#8 private key: the key file is damaged`, {
            cause,
        });
    }
    finally {
        der.fill(0);
    }
    (0,signature/* signingAlgorithmOf */.I3)(key, source); // refuse now, not at signing time, a key cosign would not sign with
    return key;
}
function wrongTypeHint(type, source) {
    const expected = `expected "${constants/* SIGSTORE_PRIVATE_KEY_PEM_TYPE */.Dk}" or "${constants/* COSIGN_PRIVATE_KEY_PEM_TYPE */.mO}"`;
    if (UNENCRYPTED_TYPES.has(type)) {
        return `PEM block "${type}" is an unencrypted key, ${expected}: convert it with cosign import-key-pair --key ${source}`;
    }
    if (type === constants/* PUBLIC_KEY_PEM_TYPE */.Uo) {
        return `PEM block "${type}" is a public key, ${expected}: signing needs the private key (cosign.key)`;
    }
    return `unsupported PEM block "${type}", ${expected}: use a key from cosign generate-key-pair`;
}

// EXTERNAL MODULE: ./src/sign/keys/public-key.ts
var public_key = __webpack_require__(93667);
;// CONCATENATED MODULE: ./src/sign/keys/key-pair.ts
// `cosign generate-key-pair` without the files: a fresh ECDSA P-256 key, its PKCS#8 DER encrypted as
// cosign does (scrypt N=65536, nacl/secretbox, PEM ENCRYPTED SIGSTORE PRIVATE KEY), and its PEM public
// key. The CLI writes them as KEY_FILES says (cosign.key 0600, cosign.pub 0644).



/** Generates an ECDSA P-256 key pair encrypted under `password` ('' is a valid, empty password). */
async function generateKeyPair(password, opts = {}) {
    const { privateKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const der = privateKey.export({ type: 'pkcs8', format: 'der' });
    try {
        return {
            privateKeyPem: await encryptPrivateKey(der, password, opts),
            publicKeyPem: (0,public_key/* publicKeyPem */.r)(privateKey),
        };
    }
    finally {
        der.fill(0);
    }
}

// EXTERNAL MODULE: ./src/sign/kms/kms-ref.ts
var kms_ref = __webpack_require__(97790);
// EXTERNAL MODULE: ./src/sign/kms/pkcs11-ref.ts
var pkcs11_ref = __webpack_require__(39666);
;// CONCATENATED MODULE: ./src/sign/keys/key-ref.ts
// Key refs, as cosign's --key takes them (sigstore/cosign pkg/signature/keys.go, pkg/blob/load.go):
// `env://VAR` (the PEM is the value of VAR), `gitlab://PROJECT` (the project's COSIGN_* CI/CD variables,
// by numeric ID or GROUP/…/PROJECT path), `k8s://NAMESPACE/SECRET` (a Kubernetes secret holding
// cosign.key, cosign.pub and cosign.password), a KMS key URI (hashivault://, openbao://, awskms://,
// gcpkms://, azurekms://; see ../kms/kms-ref.ts), a PKCS#11 URI (pkcs11:…; ../kms/pkcs11-ref.ts), or a file path. Parsing is pure; resolve-key-ref.ts
// and ../kms fetch.



const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const GITLAB_ID = /^[1-9][0-9]*$/;
const GITLAB_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const FIX = 'use a key file path, env://VAR, gitlab://GROUP/PROJECT, k8s://NAMESPACE/SECRET, a KMS URI (hashivault://, awskms://, gcpkms://, azurekms://) or pkcs11:…';
// Kubernetes DNS-1123 names: a namespace is a label, a secret name a subdomain.
const K8S_NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const K8S_NAME = /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/;
/** Parses the --key / `key` input as typed; throws KEY_INVALID_REF naming what is wrong and the fix. */
function parseKeyRef(input) {
    const invalid = (why) => new errors/* KeyError */.e('KEY_INVALID_REF', `key ref ${JSON.stringify(input)} ${why}`);
    if (input.trim() === '')
        throw new errors/* KeyError */.e('KEY_INVALID_REF', `key ref is empty: ${FIX}`);
    if (input !== input.trim())
        throw invalid('has leading or trailing spaces: remove them');
    const scheme = SCHEME.exec(input)?.[1];
    if (scheme === undefined) {
        if ((0,pkcs11_ref/* isPkcs11Uri */.Sd)(input)) {
            try {
                return { kind: 'kms', kms: (0,pkcs11_ref/* parsePkcs11Ref */.GL)(input) };
            }
            catch (err) {
                throw new errors/* KeyError */.e('KEY_INVALID_REF', `key ref ${err.message}`, { cause: err });
            }
        }
        return { kind: 'file', path: input };
    }
    const rest = input.slice(scheme.length + 3);
    if ((0,kms_ref/* isKmsUri */.cp)(input)) {
        try {
            return { kind: 'kms', kms: (0,kms_ref/* parseKmsRef */.Ii)(input) };
        }
        catch (err) {
            // One code for every malformed --key, whatever its scheme.
            throw new errors/* KeyError */.e('KEY_INVALID_REF', `key ref ${err.message}`, { cause: err });
        }
    }
    switch (scheme) {
        case 'k8s': {
            const [namespace, name, ...more] = rest.split('/');
            if (more.length > 0 || !namespace || !name || !K8S_NAMESPACE.test(namespace) || !K8S_NAME.test(name)) {
                throw invalid('is not a Kubernetes secret: use k8s://NAMESPACE/SECRET_NAME (lowercase DNS names, one slash)');
            }
            return { kind: 'k8s', namespace, name };
        }
        case 'env':
            if (rest === '')
                throw invalid('names no variable: use env://VAR_NAME');
            if (!ENV_NAME.test(rest)) {
                throw invalid(`names ${JSON.stringify(rest)}, not an environment variable name: use letters, digits and _, not starting with a digit`);
            }
            return { kind: 'env', variable: rest };
        case 'gitlab': {
            if (rest === '')
                throw invalid('names no project: use gitlab://GROUP/PROJECT or gitlab://PROJECT_ID');
            if (GITLAB_ID.test(rest))
                return { kind: 'gitlab', project: rest };
            const segments = rest.split('/');
            if (segments.some((s) => !GITLAB_SEGMENT.test(s))) {
                throw invalid('is not a GitLab project: use gitlab://GROUP/PROJECT (letters, digits, _, - and . between single slashes) or gitlab://PROJECT_ID');
            }
            if (segments.length < 2) {
                throw invalid('names a bare namespace, not a project: use gitlab://GROUP/PROJECT or gitlab://PROJECT_ID');
            }
            return { kind: 'gitlab', project: rest };
        }
        default:
            throw invalid(`uses scheme "${scheme}://", which Signet does not read: ${FIX}`);
    }
}
/** The ref as the user would type it, for messages. */
function formatKeyRef(ref) {
    switch (ref.kind) {
        case 'file':
            return ref.path;
        case 'env':
            return `env://${ref.variable}`;
        case 'gitlab':
            return `gitlab://${ref.project}`;
        case 'k8s':
            return `k8s://${ref.namespace}/${ref.name}`;
        case 'kms':
            return ref.kms.uri;
    }
}

// EXTERNAL MODULE: ./src/sign/kms/errors.ts
var kms_errors = __webpack_require__(45640);
// EXTERNAL MODULE: ./src/sign/kms/open-kms-key.ts
var open_kms_key = __webpack_require__(15177);
;// CONCATENATED MODULE: ./src/sign/keys/resolve-key-ref.ts




/** The data keys of cosign's Kubernetes key secret. */
const K8S_SECRET_KEYS = {
    privateKey: 'cosign.key',
    publicKey: 'cosign.pub',
    password: 'cosign.password',
};
/** Fetches the private key text and password that `ref` names. */
async function resolveSigningKey(ref, deps) {
    const source = formatKeyRef(ref);
    if (ref.kind === 'gitlab') {
        const privateKeyPem = await readGitLabVariable(ref.project, constants/* GITLAB_VARIABLES */.Aj.privateKey, source, deps);
        const password = await readGitLabVariable(ref.project, constants/* GITLAB_VARIABLES */.Aj.password, source, deps);
        return { source, privateKeyPem, password };
    }
    if (ref.kind === 'k8s') {
        const data = await readSecret(ref, deps);
        const privateKeyPem = data[K8S_SECRET_KEYS.privateKey];
        if (privateKeyPem === undefined)
            throw missingSecretKey(source, K8S_SECRET_KEYS.privateKey);
        return { source, privateKeyPem, password: data[K8S_SECRET_KEYS.password] ?? '' };
    }
    return { source, privateKeyPem: await readLocal(ref, deps), password: deps.env[constants/* PASSWORD_ENV */.Km] };
}
/** Fetches the public key text that `ref` names. */
async function resolveVerificationKey(ref, deps) {
    const source = formatKeyRef(ref);
    if (ref.kind === 'gitlab') {
        return {
            source,
            publicKeyPem: await readGitLabVariable(ref.project, constants/* GITLAB_VARIABLES */.Aj.publicKey, source, deps),
        };
    }
    if (ref.kind === 'k8s') {
        const publicKeyPem = (await readSecret(ref, deps))[K8S_SECRET_KEYS.publicKey];
        if (publicKeyPem === undefined)
            throw missingSecretKey(source, K8S_SECRET_KEYS.publicKey);
        return { source, publicKeyPem };
    }
    return { source, publicKeyPem: await readLocal(ref, deps) };
}
function resolveKeyRef(ref, purpose, deps) {
    return purpose === 'sign' ? resolveSigningKey(ref, deps) : resolveVerificationKey(ref, deps);
}
async function readSecret(ref, deps) {
    const source = formatKeyRef(ref);
    if (!deps.readKubernetesSecret) {
        throw new errors/* KeyError */.e('KEY_READ_FAILED', `${source}: no Kubernetes cluster is configured: set KUBECONFIG`);
    }
    const data = await deps.readKubernetesSecret(ref.namespace, ref.name);
    if (data === undefined) {
        throw new errors/* KeyError */.e('KEY_NOT_FOUND', `${source}: no secret ${ref.name} in namespace ${ref.namespace}: create it with signet generate-key-pair ${source}`);
    }
    return data;
}
function missingSecretKey(source, key) {
    return new errors/* KeyError */.e('KEY_NOT_FOUND', `${source}: the secret has no ${key}: store cosign's key pair in it (signet generate-key-pair ${source})`);
}
async function readLocal(ref, deps) {
    if (ref.kind === 'kms' || ref.kind === 'k8s' || ref.kind === 'gitlab') {
        throw new errors/* KeyError */.e('KEY_INVALID_REF', `${formatKeyRef(ref)} holds no key text to read`);
    }
    if (ref.kind === 'env') {
        const value = deps.env[ref.variable];
        if (value === undefined) {
            throw new errors/* KeyError */.e('KEY_NOT_FOUND', `env://${ref.variable}: $${ref.variable} is not set: put the key's PEM text in it`);
        }
        return value;
    }
    try {
        const data = await deps.readFile(ref.path);
        return typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    }
    catch (cause) {
        const code = cause?.code;
        if (code === 'ENOENT') {
            throw new errors/* KeyError */.e('KEY_NOT_FOUND', `key file ${ref.path} not found: check the path (relative to the working directory)`, {
                cause,
            });
        }
        const why = code === 'EACCES'
            ? 'permission denied'
            : code === 'EISDIR'
                ? 'it is a directory'
                : String(code ?? cause);
        throw new errors/* KeyError */.e('KEY_READ_FAILED', `cannot read key file ${ref.path}: ${why}`, { cause });
    }
}

;// CONCATENATED MODULE: ./src/sign/keys/load-key.ts







/** Resolves `ref` and decrypts the private key it names with the password that comes with it. */
async function loadSigningKey(ref, deps) {
    if (ref.kind === 'kms') {
        throw new errors/* KeyError */.e('KEY_INVALID_REF', `${ref.kms.uri}: a KMS key never leaves the KMS: sign through loadSigner (src/sign/load-signer.ts)`);
    }
    const resolved = await resolveSigningKey(ref, deps);
    const privateKey = await decryptPrivateKey(resolved.privateKeyPem, resolved.password, resolved.source);
    return {
        source: resolved.source,
        privateKey,
        publicKeyPem: (0,public_key/* publicKeyPem */.r)(privateKey),
        algorithm: (0,signature/* signingAlgorithmOf */.I3)(privateKey, resolved.source),
    };
}
/** Resolves `ref` and loads the public key it names. */
async function loadVerificationKey(ref, deps) {
    if (ref.kind === 'kms')
        return (await (0,open_kms_key/* openKmsKey */.T)(ref.kms, kmsDeps(ref.kms.uri, deps))).publicKey();
    const resolved = await resolveVerificationKey(ref, deps);
    const key = (0,public_key/* parsePublicKey */.e)(resolved.publicKeyPem, resolved.source);
    (0,signature/* signingAlgorithmOf */.I3)(key, resolved.source);
    return key;
}
/** The KMS deps inside the key-ref deps; a caller that wires no KMS fetch cannot use KMS refs. */
function kmsDeps(uri, deps) {
    if (!deps.kmsFetch)
        throw new kms_errors/* KmsError */.M('KMS_CONFIG', `${uri}: KMS keys are not available here`);
    return { env: deps.env, fetch: deps.kmsFetch, readFile: deps.readFile };
}

;// CONCATENATED MODULE: ./src/sign/keys/index.ts
// cosign key files for Signet: read and write cosign's encrypted private keys and PEM public keys,
// resolve --key refs (file, env://, gitlab://) through injected I/O, and sign/verify as cosign does.
// Pure apart from node:crypto; files, environment and network come in from src/ci.












/***/ }),

/***/ 93667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parsePublicKey),
/* harmony export */   r: () => (/* binding */ publicKeyPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14839);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12251);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30623);
// cosign's public key file: PEM "PUBLIC KEY" around PKIX SubjectPublicKeyInfo DER, as sigstore's
// cryptoutils.MarshalPublicKeyToPEM writes it and `cosign public-key` prints it.




/** The cosign.pub text of `key` (a private key gives its public half), byte-identical to cosign's. */
function publicKeyPem(key) {
    const pub = key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    return (0,_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .encodePem */ .TS)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_KEY_PEM_TYPE */ .Uo, pub.export({ type: 'spki', format: 'der' }));
}
/** Loads PEM "PUBLIC KEY" text; `source` names it (the key ref as typed) in messages. */
function parsePublicKey(pem, source = 'the public key') {
    const block = (0,_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .decodePem */ .xr)(pem, source);
    if (block.type !== _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_KEY_PEM_TYPE */ .Uo) {
        const hint = block.type.includes('PRIVATE KEY')
            ? 'it is a private key: give the public key (cosign.pub, or cosign public-key --key …)'
            : 'use the cosign.pub written by cosign generate-key-pair';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .e('KEY_INVALID_PEM', `${source}: PEM block "${block.type}", expected "${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_KEY_PEM_TYPE */ .Uo}": ${hint}`);
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: block.bytes, format: 'der', type: 'spki' });
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .e('KEY_INVALID_KEY', `${source}: PEM "${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_KEY_PEM_TYPE */ .Uo}" does not hold a valid PKIX public key`, {
            cause,
        });
    }
}


/***/ }),

/***/ 63664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ signWithKey),
/* harmony export */   I3: () => (/* binding */ signingAlgorithmOf),
/* harmony export */   YQ: () => (/* binding */ verifyWithKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12251);
/* harmony import */ var _public_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93667);
// Raw signatures with a cosign key, as cosign makes them: the algorithm follows from the key, as in
// sigstore's GetDefaultPublicKeyDetails (sigstore/sigstore pkg/signature/algorithm_registry.go): ECDSA
// P-256/P-384/P-521 with SHA-256/384/512 and an ASN.1 DER signature; RSA 2048/3072/4096 PKCS#1 v1.5 with
// SHA-256; Ed25519 over the message itself. (cosign 3.1.3 sign-blob signs with pure Ed25519 in both
// bundle formats: test/fixtures/keys/cosign-import-ed.payload.sig verifies as pure Ed25519.)



const EC_ALGORITHMS = {
    prime256v1: { name: 'PKIX_ECDSA_P256_SHA_256', hash: 'sha256' },
    secp384r1: { name: 'PKIX_ECDSA_P384_SHA_384', hash: 'sha384' },
    secp521r1: { name: 'PKIX_ECDSA_P521_SHA_512', hash: 'sha512' },
};
const RSA_ALGORITHMS = {
    2048: { name: 'PKIX_RSA_PKCS1V15_2048_SHA256', hash: 'sha256' },
    3072: { name: 'PKIX_RSA_PKCS1V15_3072_SHA256', hash: 'sha256' },
    4096: { name: 'PKIX_RSA_PKCS1V15_4096_SHA256', hash: 'sha256' },
};
/** The algorithm cosign signs and verifies with for `key` (private or public); throws for other keys. */
function signingAlgorithmOf(key, source = 'the key') {
    const type = key.asymmetricKeyType;
    const details = key.asymmetricKeyDetails ?? {};
    let found;
    let what = type ?? 'unknown';
    if (type === 'ec') {
        found = EC_ALGORITHMS[details.namedCurve ?? ''];
        what = `ECDSA ${details.namedCurve ?? 'unknown curve'}`;
    }
    else if (type === 'rsa') {
        found = RSA_ALGORITHMS[details.modulusLength ?? 0];
        what = `RSA ${details.modulusLength ?? '?'}-bit`;
    }
    else if (type === 'ed25519') {
        found = { name: 'PKIX_ED25519', hash: null };
    }
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyError */ .e('KEY_UNSUPPORTED_ALGORITHM', `${source}: ${what} keys are not ones cosign signs with: use ECDSA P-256 (cosign generate-key-pair), ` +
            `P-384, P-521, RSA 2048/3072/4096 or Ed25519`);
    }
    return found;
}
/** Signs `data` with `key` as cosign does; for ECDSA the result is an ASN.1 DER signature. */
function signWithKey(key, data) {
    const alg = signingAlgorithmOf(key);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(alg.hash, data, { key, dsaEncoding: 'der', padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING });
}
/**
 * Whether `signature` is a valid cosign signature of `data` under `publicKey`, a KeyObject or PEM text
 * ("PUBLIC KEY", as in cosign.pub). Throws only if the key itself is unusable.
 */
function verifyWithKey(publicKey, data, signature) {
    const key = typeof publicKey === 'string' ? (0,_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePublicKey */ .e)(publicKey) : publicKey;
    const alg = signingAlgorithmOf(key, 'the public key');
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(alg.hash, data, { key, dsaEncoding: 'der', padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, signature);
    }
    catch {
        return false; // node throws on some malformed signatures; for a caller that is just "not valid"
    }
}


/***/ }),

/***/ 45640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ KmsError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of KMS-held keys (cosign's key URIs). Messages are one line, start with the key URI as the
// user typed it, say what is wrong and how to fix it, and never contain a token, a credential or key
// material: response bodies are reduced to the provider's own error code or message, capped.

/** A failure reading, using or creating a key held in a KMS. */
class KmsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 44527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fC: () => (/* binding */ kmsRequest),
/* harmony export */   fs: () => (/* binding */ providerMessage),
/* harmony export */   "if": () => (/* binding */ bearerKmsRequest),
/* harmony export */   sq: () => (/* binding */ isOversized),
/* harmony export */   tn: () => (/* binding */ redactedOrigin),
/* harmony export */   w$: () => (/* binding */ sendRequest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45640);
// The HTTP calls of the hand-written KMS clients (Vault transit, GCP KMS, Azure Key Vault and their
// token endpoints) and of the GitLab variable reader (keys/gitlab-variables.ts): one request through an
// injected fetch, with a timeout, a cap on what a server can make Signet read, redirects followed only
// within the origin asked (credentials go nowhere else), and, for the KMS clients, failures turned into
// one-line KmsErrors naming the key URI (for GCP's and Azure's bearer-token calls, refusals too). Tokens go only into the request headers or body given here,
// never into a message.

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TIMEOUT_MS = 30_000;
const MAX_BODY = 1024 * 1024;
/**
 * Sends `req` through `fetch` with the timeout, follows redirects as `redirects` allows (none by
 * default: a 3xx is returned as it is), and reads the body. Rejects with fetch's own error when no
 * answer comes, or with the policy's errors; the caller words those for its service.
 */
async function sendRequest(fetch, req, redirects) {
    const origin = new URL(req.url).origin;
    let current = req.url;
    for (let hops = 0;; hops++) {
        const res = await fetch(current, {
            method: req.method,
            headers: req.headers,
            ...(req.body !== undefined && { body: req.body }),
            redirect: 'manual',
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        const location = redirects && REDIRECTS.has(res.status) ? res.headers?.get('location') : null;
        if (!redirects || location === null || location === undefined) {
            return { status: res.status, text: await res.text() };
        }
        const next = new URL(location, current);
        if (next.origin !== origin)
            throw redirects.crossOrigin(next, origin);
        if (hops >= redirects.max)
            throw redirects.tooMany();
        current = next.href;
    }
}
/** Whether a response body is past the cap on what a server can make Signet read. */
function isOversized(text) {
    return text.length > MAX_BODY;
}
/** Sends `req`; rejects with KMS_UNREACHABLE (naming `uri` and `service`) when no answer comes. */
async function kmsRequest(fetch, uri, service, req) {
    const headers = { accept: 'application/json', ...req.headers };
    let body;
    if (req.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(req.json);
    }
    else if (req.form !== undefined) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(req.form).toString();
    }
    const where = redactedOrigin(req.url);
    let text;
    let status;
    try {
        ({ status, text } = await sendRequest(fetch, {
            method: req.method,
            url: req.url,
            headers,
            ...(body !== undefined && { body }),
        }));
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_UNREACHABLE', `${uri}: cannot reach ${service} at ${where}: ${networkReason(cause)}; check the address and that it is up`, { cause });
    }
    if (isOversized(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${uri}: ${service} at ${where} answered with more than ${MAX_BODY} bytes: check the address`);
    }
    let parsed;
    try {
        parsed = text === '' ? undefined : JSON.parse(text);
    }
    catch {
        parsed = undefined;
    }
    return { status, body: parsed };
}
/**
 * Sends `req` with `token` as its bearer credential and returns a 2xx reply; any other status becomes a
 * KmsError: KMS_DENIED (401, 403), KMS_KEY_NOT_FOUND (404), `refusals.other`'s, else KMS_REQUEST_FAILED.
 */
async function bearerKmsRequest(fetch, uri, service, token, req, refusals) {
    const reply = await kmsRequest(fetch, uri, service, {
        ...req,
        headers: { authorization: `Bearer ${token}` },
    });
    if (reply.status >= 200 && reply.status < 300)
        return reply;
    const said = providerMessage(reply.body);
    const detail = said ? ` (${said})` : '';
    if (reply.status === 401 || reply.status === 403) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_DENIED', `${uri}: ${refusals.name} denied the request${detail}: ${refusals.denied}`);
    }
    if (reply.status === 404) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_KEY_NOT_FOUND', `${uri}: no such key or version${refusals.notFoundIn}${detail}: check the URI`);
    }
    const other = refusals.other?.(reply.status, said, detail);
    if (other)
        throw other;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${uri}: ${refusals.name} answered ${reply.status}${detail}`);
}
/** scheme://host[:port] of `url`, without userinfo, path or query. */
function redactedOrigin(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return 'an invalid URL';
    }
}
/** Why a fetch failed, from undici's cause codes (ECONNREFUSED, ENOTFOUND, certificate errors). */
function networkReason(cause) {
    const inner = cause?.cause;
    const code = inner?.code ?? cause?.code;
    if (cause?.name === 'TimeoutError')
        return `no answer in ${TIMEOUT_MS / 1000} s`;
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'host not found';
    if (code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
        return `TLS certificate not trusted (${code}): add its CA with NODE_EXTRA_CA_CERTS`;
    }
    return code ?? inner?.message?.split('\n')[0]?.slice(0, 100) ?? 'request failed';
}
/** The provider's own error text from a JSON error body (Vault, Google, Azure shapes), one line, capped. */
function providerMessage(body) {
    const b = body;
    let msg;
    if (Array.isArray(b?.errors))
        msg = b.errors.filter((e) => typeof e === 'string').join('; ');
    else if (typeof b?.error === 'string')
        msg = b.error;
    else if (b?.error && typeof b.error === 'object')
        msg = b.error.message ?? b.error.status ?? b.error.code;
    if (typeof msg !== 'string' || msg === '')
        return undefined;
    const line = msg.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}


/***/ }),

/***/ 97790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ii: () => (/* binding */ parseKmsRef),
/* harmony export */   cp: () => (/* binding */ isKmsUri),
/* harmony export */   dY: () => (/* binding */ KMS_SCHEMES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45640);
// cosign's KMS key URIs, parsed with the syntax of sigstore/sigstore's providers
// (pkg/signature/kms/{hashivault,aws,gcp,azure}/client.go), so a URI cosign takes Signet takes, and one
// cosign refuses Signet refuses:
//   hashivault://KEY (also openbao://KEY)          KEY: \w([\w.-]*\w)?, a transit key name
//   awskms://[ENDPOINT]/KEY_ID | ARN | alias/NAME  awskms:///alias/release, awskms://localhost:4566/…
//   gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/N]
//   azurekms://VAULT.vault.azure.net/KEY[/VERSION]
// Parsing is pure; the providers (hashivault.ts, awskms.ts, gcpkms.ts, azurekms.ts) do the I/O.

/** The schemes cosign reads as KMS keys. */
const KMS_SCHEMES = ['hashivault', 'openbao', 'awskms', 'gcpkms', 'azurekms'];
const HASHIVAULT = /^(?:hashivault|openbao):\/\/(\w(?:[\w.-]*\w)?)$/;
const UUID = String.raw `m?r?k?-?[A-Fa-f0-9]{8}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{12}`;
const ARN = String.raw `arn:(?:aws|aws-us-gov|aws-cn):kms:([a-z0-9-]+):\d{12}:`;
const AWS_KEY_ID = new RegExp(`^awskms://([^/]*)/(${UUID})$`);
const AWS_KEY_ARN = new RegExp(`^awskms://([^/]*)/(${ARN}key/${UUID})$`);
const AWS_ALIAS = /^awskms:\/\/([^/]*)\/(alias\/[A-Za-z0-9/_-]+)$/;
const AWS_ALIAS_ARN = new RegExp(`^awskms://([^/]*)/(${ARN}(alias/[A-Za-z0-9/_-]+))$`);
const GCP = /^gcpkms:\/\/(projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+)(?:\/(?:cryptoKeyVersions|versions)\/([^/]+))?$/;
const AZURE = /^azurekms:\/\/([^/]+)\/([^/]+)(?:\/([a-z0-9]*))?$/;
// An endpoint is a host with an optional port: no credentials, path, query or spaces.
const ENDPOINT = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
const GCP_SEGMENT = /^[A-Za-z0-9_.-]+$/;
const AZURE_HOST = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::[0-9]{1,5})?$/;
const AZURE_KEY = /^[A-Za-z0-9-]+$/;
/** Whether `input` uses one of cosign's KMS schemes (it may still be malformed). */
function isKmsUri(input) {
    const scheme = /^([a-z]+):\/\//.exec(input)?.[1];
    return scheme !== undefined && KMS_SCHEMES.includes(scheme);
}
/** Parses a KMS key URI; throws KMS_INVALID_REF with the provider's syntax as the fix. */
function parseKmsRef(uri) {
    const scheme = uri.slice(0, uri.indexOf('://'));
    const invalid = (syntax, why = 'is not a valid key URI') => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_INVALID_REF', `${JSON.stringify(uri)} ${why}: use ${syntax}`);
    switch (scheme) {
        case 'hashivault':
        case 'openbao': {
            const m = HASHIVAULT.exec(uri);
            if (!m) {
                throw invalid(`${scheme}://KEY_NAME (a transit key name: letters, digits, _, - and ., not starting or ending with - or .)`);
            }
            return { provider: 'hashivault', uri, key: m[1] };
        }
        case 'awskms': {
            const syntax = 'awskms:///KEY_ID, awskms:///alias/NAME, awskms:///arn:aws:kms:REGION:ACCOUNT:key/KEY_ID or awskms://HOST:PORT/… for another endpoint';
            for (const re of [AWS_KEY_ID, AWS_KEY_ARN, AWS_ALIAS, AWS_ALIAS_ARN]) {
                const m = re.exec(uri);
                if (!m)
                    continue;
                const endpoint = m[1];
                if (endpoint !== '' && !ENDPOINT.test(endpoint)) {
                    throw invalid(syntax, `names endpoint ${JSON.stringify(endpoint)}, not HOST[:PORT]`);
                }
                const keyId = m[2];
                const region = re === AWS_KEY_ARN || re === AWS_ALIAS_ARN ? m[3] : undefined;
                const alias = re === AWS_ALIAS ? keyId : re === AWS_ALIAS_ARN ? m[4] : undefined;
                return {
                    provider: 'awskms',
                    uri,
                    endpoint,
                    keyId,
                    ...(alias !== undefined && { alias }),
                    ...(region !== undefined && { region }),
                };
            }
            throw invalid(syntax);
        }
        case 'gcpkms': {
            const syntax = 'gcpkms://projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY[/cryptoKeyVersions/N]';
            const m = GCP.exec(uri);
            if (!m)
                throw invalid(syntax);
            const parts = m[1].split('/').filter((_, i) => i % 2 === 1);
            if (parts.some((p) => !GCP_SEGMENT.test(p)) || (m[2] !== undefined && !/^[1-9][0-9]*$/.test(m[2]))) {
                throw invalid(syntax, 'has a name or version GCP KMS does not allow');
            }
            return { provider: 'gcpkms', uri, cryptoKey: m[1], ...(m[2] !== undefined && { version: m[2] }) };
        }
        case 'azurekms': {
            const syntax = 'azurekms://VAULT_NAME.vault.azure.net/KEY_NAME[/VERSION]';
            const m = AZURE.exec(uri);
            if (!m || !AZURE_HOST.test(m[1]) || !AZURE_KEY.test(m[2]))
                throw invalid(syntax);
            return {
                provider: 'azurekms',
                uri,
                vaultHost: m[1],
                key: m[2],
                ...(m[3] && { version: m[3] }),
            };
        }
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_INVALID_REF', `${JSON.stringify(uri)} is not a KMS key URI`);
    }
}


/***/ }),

/***/ 15177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ openKmsKey)
/* harmony export */ });
/** The KmsKey `ref` names; no I/O happens until its publicKey() or sign() is called. */
async function openKmsKey(ref, deps) {
    switch (ref.provider) {
        case 'hashivault':
            return new (await __webpack_require__.e(/* import() */ 1066).then(__webpack_require__.bind(__webpack_require__, 91066))).HashiVaultKey(ref, deps);
        case 'awskms':
            return new (await __webpack_require__.e(/* import() */ 9417).then(__webpack_require__.bind(__webpack_require__, 19417))).AwsKmsKey(ref, deps);
        case 'gcpkms':
            return new (await __webpack_require__.e(/* import() */ 6324).then(__webpack_require__.bind(__webpack_require__, 16324))).GcpKmsKey(ref, deps);
        case 'azurekms':
            return new (await __webpack_require__.e(/* import() */ 6943).then(__webpack_require__.bind(__webpack_require__, 6943))).AzureKmsKey(ref, deps);
        case 'pkcs11':
            return new (await __webpack_require__.e(/* import() */ 930).then(__webpack_require__.bind(__webpack_require__, 40930))).Pkcs11Key(ref, deps);
    }
}


/***/ }),

/***/ 39666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GL: () => (/* binding */ parsePkcs11Ref),
/* harmony export */   Sd: () => (/* binding */ isPkcs11Uri)
/* harmony export */ });
/* unused harmony exports PKCS11_SYNTAX, redactPkcs11Uri */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45640);
// PKCS#11 key URIs (RFC 7512) as cosign reads them (sigstore/cosign pkg/cosign/pkcs11key/util.go):
//   pkcs11:token=LABEL;object=KEY_LABEL?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-value=1234
// - the token by `token` (its label) or `slot-id` (a decimal CK_SLOT_ID), at least one; `serial`,
//   `manufacturer` and `model` narrow it further;
// - the key by `object` (CKA_LABEL) or `id` (CKA_ID, percent-encoded bytes), at least one;
// - `module-path` (absolute) or COSIGN_PKCS11_MODULE_PATH; `pin-value` or COSIGN_PKCS11_PIN.
// As in cosign, `;` and `&` both separate attributes and values are percent-decoded (`+` is a space).
// Stricter than cosign, so a typo does not silently pick another key: an attribute RFC 7512 does not
// define is refused, as is one given twice, `pin-source` and `module-name` (say which fix to use).
// Parsing is pure; pkcs11.ts does the I/O. The URI kept for messages has its PIN replaced by `***`.

const SCHEME = /^pkcs11:/i;
// RFC 7512 §2.3 path attributes (library-* and slot-* describe the module and slot; accepted, unused).
const PATH_ATTRS = new Set([
    'token',
    'manufacturer',
    'serial',
    'model',
    'library-manufacturer',
    'library-description',
    'library-version',
    'slot-manufacturer',
    'slot-description',
    'slot-id',
    'object',
    'id',
    'type',
]);
const QUERY_ATTRS = new Set(['module-path', 'pin-value']);
const PKCS11_SYNTAX = 'pkcs11:token=TOKEN_LABEL;object=KEY_LABEL?module-path=/ABSOLUTE/PATH/module.so&pin-value=PIN (or slot-id=N, id=%XX…; COSIGN_PKCS11_MODULE_PATH, COSIGN_PKCS11_PIN)';
/** Whether `input` is a PKCS#11 URI (it may still be malformed). */
function isPkcs11Uri(input) {
    return SCHEME.test(input);
}
/** The URI with the value of any pin-value replaced by `***` (safe to print). */
function redactPkcs11Uri(uri) {
    return uri.replace(/([?&;]pin-value=)[^&;]*/gi, '$1***');
}
/** Parses a pkcs11: URI; throws KMS_INVALID_REF naming the attribute and the syntax. */
function parsePkcs11Ref(input) {
    const uri = redactPkcs11Uri(input);
    const invalid = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_INVALID_REF', `${JSON.stringify(uri)} ${why}: use ${PKCS11_SYNTAX}`);
    if (!SCHEME.test(input))
        throw invalid('is not a pkcs11: URI');
    const body = input.slice('pkcs11:'.length);
    const q = body.indexOf('?');
    const path = q < 0 ? body : body.slice(0, q);
    const query = q < 0 ? '' : body.slice(q + 1);
    const attrs = (part, known, where) => {
        const out = new Map();
        for (const item of part.split(/[;&]/)) {
            if (item === '')
                continue;
            const eq = item.indexOf('=');
            const name = (eq < 0 ? item : item.slice(0, eq)).toLowerCase();
            if (!known.has(name)) {
                if (name === 'pin-source')
                    throw invalid('uses pin-source, which Signet does not read: use pin-value= or COSIGN_PKCS11_PIN');
                if (name === 'module-name')
                    throw invalid('uses module-name: name the module file with module-path=');
                throw invalid(`has ${where} attribute ${JSON.stringify(name)}, which RFC 7512 does not define there`);
            }
            if (out.has(name))
                throw invalid(`gives ${name} twice`);
            const raw = eq < 0 ? '' : item.slice(eq + 1);
            if (/%(?![0-9A-Fa-f]{2})/.test(raw))
                throw invalid(`has a malformed percent-encoding in ${name}`);
            let value;
            try {
                // id= holds bytes (often not UTF-8): kept raw here, decoded byte by byte below.
                value = name === 'id' ? raw : decodeURIComponent(raw.replace(/\+/g, ' '));
            }
            catch {
                throw invalid(`has ${name} that is not percent-encoded UTF-8`);
            }
            out.set(name, value);
        }
        return out;
    };
    const p = attrs(path, PATH_ATTRS, 'path');
    const qa = attrs(query, QUERY_ATTRS, 'query');
    const token = p.get('token') || undefined;
    const slot = p.get('slot-id') || undefined;
    if (token === undefined && slot === undefined)
        throw invalid('names no token: give token= or slot-id=');
    if (slot !== undefined && !/^[0-9]{1,19}$/.test(slot)) {
        throw invalid(`has slot-id ${JSON.stringify(slot)}, not a decimal number`);
    }
    const object = p.get('object') || undefined;
    const idText = p.get('id') || undefined;
    if (object === undefined && idText === undefined)
        throw invalid('names no key: give object= or id=');
    const type = p.get('type');
    if (type !== undefined && type !== 'private' && type !== 'public') {
        throw invalid(`has type=${type}: a signing key is type=private (or leave type out)`);
    }
    const modulePath = qa.get('module-path') || undefined;
    if (modulePath !== undefined && !modulePath.startsWith('/')) {
        throw invalid(`has module-path ${JSON.stringify(modulePath)}, not an absolute path`);
    }
    const pin = qa.get('pin-value') || undefined;
    const opt = (k, v) => (v === undefined ? {} : { [k]: v });
    return {
        provider: 'pkcs11',
        uri,
        ...opt('token', token),
        ...opt('serial', p.get('serial') || undefined),
        ...opt('manufacturer', p.get('manufacturer') || undefined),
        ...opt('model', p.get('model') || undefined),
        ...opt('slotId', slot === undefined ? undefined : Number(slot)),
        ...opt('object', object),
        // cosign takes id's percent-decoded bytes; latin1 keeps each decoded byte as one.
        ...opt('id', idText === undefined ? undefined : percentDecodeBytes(idText)),
        ...opt('modulePath', modulePath),
        ...opt('pin', pin),
    };
}
/** id= as raw bytes: decodeURIComponent refuses %FF and friends, which CKA_IDs often hold. */
function percentDecodeBytes(text) {
    const out = [];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '%') {
            out.push(parseInt(text.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else {
            out.push(...Buffer.from(text[i], 'utf8'));
        }
    }
    return Buffer.from(out);
}


/***/ }),

/***/ 83253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseSimpleSigningPayload),
/* harmony export */   b: () => (/* binding */ toSimpleSigningPayload)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50844);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73910);


/** Go's encoding/json escapes <, > and & in strings; JSON.stringify does not. */
function goJSON(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
/** Builds the payload bytes exactly as cosign does. */
function toSimpleSigningPayload(claim) {
    const annotations = claim.annotations && Object.keys(claim.annotations).length > 0 ? claim.annotations : null;
    // Go marshals maps with sorted keys.
    const optional = annotations === null
        ? null
        : Object.fromEntries(Object.keys(annotations)
            .sort()
            .map((k) => [k, annotations[k]]));
    return Buffer.from(goJSON({
        critical: {
            identity: { 'docker-reference': claim.dockerReference },
            image: { 'docker-manifest-digest': claim.digest },
            type: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SIMPLE_SIGNING_TYPE */ .g7,
        },
        optional,
    }));
}
/** Parses a simple-signing payload; throws on JSON that lacks the critical fields. */
function parseSimpleSigningPayload(bytes) {
    const doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    const ref = doc.critical?.identity?.['docker-reference'];
    const digest = doc.critical?.image?.['docker-manifest-digest'];
    const type = doc.critical?.type;
    if (typeof ref !== 'string' || typeof digest !== 'string' || typeof type !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_INVALID_STORAGE', 'simple-signing payload lacks critical.identity, critical.image or critical.type');
    }
    const optional = doc.optional && typeof doc.optional === 'object' ? doc.optional : null;
    return { dockerReference: ref, digest, type, optional };
}


/***/ }),

/***/ 5580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ asSignetError),
/* harmony export */   r: () => (/* binding */ readAttachedLayers)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30351);
/* harmony import */ var _map_limit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89143);
/* harmony import */ var _verify_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69618);
/* harmony import */ var _cosign_tags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86831);
// Reading cosign's legacy `sha256-<hex>.sig` / `.att` images for verification: the manifest, refused
// past the attachment-layers cap before any layer is fetched, then each layer's payload, digest-checked
// and charged to the verification's byte budget. A layer that cannot be fetched becomes an error of
// its own, so one broken layer never hides the others; a registry cap exceeded fails the whole read.






/**
 * The layers of a `.sig` / `.att` image, refused past the attachment-layers cap before any is fetched:
 * cosign appends one layer per signature, so a hundred thousand layers is an attack, not a history.
 */
function checkAttachmentLayers(layers, limits, what) {
    if (layers.length > limits.attachmentLayers) {
        throw (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitExceeded */ .FU)('attachmentLayers', limits.attachmentLayers, layers.length, what);
    }
}
/** A SignetError for `err`, naming `location` when it is not one already. */
function asSignetError(err, location) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .T)
        return err;
    return new _verify_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_MALFORMED', `${location}: ${err?.message ?? String(err)}`, {
        cause: err,
    });
}
/** The layers of `digest`'s `.sig` or `.att` image in `repo`, each payload fetched (none without the tag). */
async function readAttachedLayers(store, repo, digest, kind, opts) {
    const limits = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitsOf */ .Af)(store);
    const tag = (0,_cosign_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .toCosignTag */ .d8)(repo, digest, kind);
    const what = `${kind} image ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tag)}`;
    let layers;
    try {
        const m = await store.getManifest(tag, { budget: opts.budget });
        const { manifest } = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseManifest */ .Ng)(m.bytes, m.mediaType, what);
        if (!('layers' in manifest)) {
            const message = `${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tag)}: expected ${kind === 'signature' ? 'a' : 'an'} ${kind} image manifest, found an index`;
            return [{ location: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tag), error: new _verify_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_MALFORMED', message) }];
        }
        layers = manifest.layers;
    }
    catch (err) {
        if ((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryError */ .IP)(err, 'REGISTRY_NOT_FOUND'))
            return [];
        throw err;
    }
    checkAttachmentLayers(layers, limits, what);
    const wanted = layers
        .map((layer, i) => ({ layer, location: `${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tag)}[${i}]` }))
        .filter(({ layer }) => opts.include?.(layer) ?? true);
    return await (0,_map_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .mapLimit */ .s)(wanted, opts.concurrency, async ({ layer, location }) => {
        try {
            const payload = await store.fetchBlobBytes(repo, layer.digest, {
                size: layer.size,
                maxBytes: limits.attachmentBytes,
                cap: 'attachmentBytes',
                budget: opts.budget,
            });
            return { location, payload, annotations: { ...layer.annotations } };
        }
        catch (err) {
            if ((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryError */ .IP)(err, 'REGISTRY_LIMIT_EXCEEDED'))
                throw err;
            return { location, error: asSignetError(err, location) };
        }
    });
}


/***/ }),

/***/ 86831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ff: () => (/* binding */ COSIGN_TAG_KINDS),
  YA: () => (/* binding */ toAttestationTag),
  d8: () => (/* binding */ toCosignTag),
  YM: () => (/* binding */ toReferrersFallbackTag),
  Ye: () => (/* binding */ toSignatureTag)
});

// EXTERNAL MODULE: ./src/registry/index.ts + 18 modules
var registry = __webpack_require__(8985);
;// CONCATENATED MODULE: ./src/storage/constants.ts
// Tag suffixes of cosign's legacy storage, spelled once (cosign `pkg/oci/remote/remote.go`).
/** `<repo>:sha256-<hex>.sig`: the legacy signature image. */
const SIGNATURE_TAG_SUFFIX = '.sig';
/** `<repo>:sha256-<hex>.att`: the legacy attestation image. */
const ATTESTATION_TAG_SUFFIX = '.att';
/** `<repo>:sha256-<hex>.sbom`: SBOMs attached with the deprecated `cosign attach sbom`. */
const SBOM_TAG_SUFFIX = '.sbom';

;// CONCATENATED MODULE: ./src/storage/cosign-tags.ts
// The tags cosign keeps an image's signatures, attestations and SBOMs under, and the referrers
// fallback tag: every `sha256-<hex>…` name Signet reads or writes is made here (the `sha256-<hex>`
// part by the registry's referrers tag schema, `toFallbackTag`).


const SUFFIXES = {
    signature: SIGNATURE_TAG_SUFFIX,
    attestation: ATTESTATION_TAG_SUFFIX,
    sbom: SBOM_TAG_SUFFIX,
};
/** Every kind of legacy tag, in the order cosign triangulate lists them. */
const COSIGN_TAG_KINDS = ['signature', 'attestation', 'sbom'];
/** `<repo>:sha256-<hex>.sig` / `.att` / `.sbom` of `digest` in `repo` (cosign `pkg/oci/remote`). */
function toCosignTag(repo, digest, kind) {
    return {
        registry: repo.registry,
        repository: repo.repository,
        tag: `${(0,registry/* toFallbackTag */.KN)(digest)}${SUFFIXES[kind]}`,
    };
}
/** `<repo>:sha256-<hex>.sig`. */
function toSignatureTag(repo, digest) {
    return toCosignTag(repo, digest, 'signature');
}
/** `<repo>:sha256-<hex>.att`. */
function toAttestationTag(repo, digest) {
    return toCosignTag(repo, digest, 'attestation');
}
/** `<repo>:sha256-<hex>`: the referrers index of `digest` on a registry without the referrers API. */
function toReferrersFallbackTag(repo, digest) {
    return { registry: repo.registry, repository: repo.repository, tag: (0,registry/* toFallbackTag */.KN)(digest) };
}


/***/ }),

/***/ 51847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ newVerificationBudget),
/* harmony export */   K: () => (/* binding */ collectSignatures)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _sign_constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50844);
/* harmony import */ var _storage_attached_layers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5580);
/* harmony import */ var _storage_cosign_tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86831);
/* harmony import */ var _map_limit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69618);
// Finds every stored signature of an image, in both of cosign's formats, and fetches what each needs:
//   - legacy: the `<repo>:sha256-<hex>.sig` image, one signature per layer (payload blob + annotations);
//   - bundle: referrers of the digest with artifactType bundle v0.3, each a manifest whose one layer is
//     the bundle JSON (referrers API, else the `sha256-<hex>` fallback index: RegistryClient decides).
// Every fetch is digest-checked by the registry client. A signature that cannot be fetched becomes a
// rejection of its own, so one broken layer never hides the others.







/** The byte budget of one image's verification (the verification-bytes cap). */
function newVerificationBudget(store, digest) {
    return new _registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadBudget */ .QT((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitsOf */ .Af)(store).verificationBytes, `verifying ${digest}`);
}
/** A registry cap was exceeded: the whole verification fails, it is not one unreadable signature. */
function isLimit(err) {
    return (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryError */ .IP)(err, 'REGISTRY_LIMIT_EXCEEDED');
}
/** The legacy signatures of `digest`: the layers of its `.sig` image (none when the tag is absent). */
async function collectLegacy(store, repo, digest, concurrency, budget) {
    const layers = await (0,_storage_attached_layers_js__WEBPACK_IMPORTED_MODULE_2__/* .readAttachedLayers */ .r)(store, repo, digest, 'signature', { concurrency, budget });
    return layers.map((l) => ({ format: 'legacy', ...l }));
}
/** The bundle signatures of `digest`: its bundle referrers, each manifest and bundle layer fetched. */
async function collectBundles(store, repo, digest, predicateType, limit, budget) {
    const limits = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitsOf */ .Af)(store);
    const subject = { registry: repo.registry, repository: repo.repository, digest };
    const { referrers, source } = await store.listReferrers(subject, {
        artifactType: _sign_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .BUNDLE_V03_MEDIA_TYPE */ .HM,
        budget,
    });
    const fetched = await (0,_map_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(referrers, limit, async (d) => {
        const ref = { registry: repo.registry, repository: repo.repository, digest: d.digest };
        const location = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(ref);
        try {
            const m = await store.getManifest(ref, { budget });
            const { manifest } = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseManifest */ .Ng)(m.bytes, m.mediaType, `bundle referrer ${location}`);
            const image = manifest;
            const listed = image.annotations?.[_sign_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_BUNDLE_PREDICATE_TYPE */ .w1] ??
                d.annotations?.[_sign_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_BUNDLE_PREDICATE_TYPE */ .w1];
            if (listed !== undefined && listed !== predicateType)
                return { skipped: listed, location };
            if (image.subject?.digest !== digest) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G('VERIFY_SUBJECT_MISMATCH', `${location}: listed as a referrer of ${digest}, but its subject is ${image.subject?.digest ?? '(none)'}`);
            }
            const layer = (image.layers ?? []).find((l) => l.mediaType === _sign_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .BUNDLE_V03_MEDIA_TYPE */ .HM);
            if (!layer) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G('VERIFY_MALFORMED', `${location}: no ${_sign_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .BUNDLE_V03_MEDIA_TYPE */ .HM} layer`);
            }
            const bytes = await store.fetchBlobBytes(repo, layer.digest, {
                size: layer.size,
                maxBytes: limits.attachmentBytes,
                cap: 'attachmentBytes',
                budget,
            });
            let bundleJSON;
            try {
                bundleJSON = JSON.parse(bytes.toString('utf8'));
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G('VERIFY_MALFORMED', `${location}: the bundle layer is not JSON`, {
                    cause: err,
                });
            }
            return { format: 'bundle', location, bundleJSON };
        }
        catch (err) {
            if (isLimit(err))
                throw err;
            return { format: 'bundle', location, error: (0,_storage_attached_layers_js__WEBPACK_IMPORTED_MODULE_2__/* .asSignetError */ .F)(err, location) };
        }
    });
    return { fetched, source };
}
/** Lists and fetches every signature of `digest` stored in `repo` (the image's or the signature repository). */
async function collectSignatures(store, repo, digest, opts) {
    const budget = opts.budget ?? newVerificationBudget(store, digest);
    const [legacy, bundles] = await Promise.all([
        opts.formats === 'bundle' ? [] : collectLegacy(store, repo, digest, opts.concurrency, budget),
        opts.formats === 'legacy'
            ? undefined
            : collectBundles(store, repo, digest, opts.predicateType, opts.concurrency, budget),
    ]);
    const out = {
        candidates: [],
        unreadable: [],
        skipped: [],
        signatureTag: (0,_storage_cosign_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .toSignatureTag */ .Ye)(repo, digest),
    };
    if (bundles)
        out.referrersSource = bundles.source;
    for (const f of [...legacy, ...(bundles?.fetched ?? [])]) {
        if ('skipped' in f)
            out.skipped.push({ location: f.location, predicateType: f.skipped });
        else if ('error' in f)
            out.unreadable.push(f);
        else
            out.candidates.push(f);
    }
    return out;
}


/***/ }),

/***/ 69618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ VerifyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of the verify stage: each code names the check that failed, so tests and policies can tell
// "wrong identity" from "tampered payload" from "untrusted CA".

/** A verification failure; `code` names the check. */
class VerifyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 28879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wb: () => (/* binding */ certificateIdentity),
/* harmony export */   kT: () => (/* binding */ parseIdentityPolicy),
/* harmony export */   tx: () => (/* binding */ identityMismatch)
/* harmony export */ });
/* unused harmony exports CLAIM_OIDS, matches, describeMatcher */
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69618);
/* harmony import */ var _identity_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31956);
// Who must have signed: the expected certificate identity (SAN), its OIDC issuer and optional Fulcio
// claims, compared exactly or by an anchored regular expression. `@sigstore/verify` treats identities
// as unanchored regular expressions, so Signet never hands it one: it compares here itself.
// Claim OIDs: sigstore/fulcio docs/oid-info.md (1.3.6.1.4.1.57264.1.*).



/** Fulcio certificate claims a policy may pin, by their Fulcio names. */
const CLAIM_OIDS = {
    buildSignerURI: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
    sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
    buildConfigURI: '1.3.6.1.4.1.57264.1.18',
    buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationURI: '1.3.6.1.4.1.57264.1.21',
    sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22',
};
const ISSUER_V2_OID = '1.3.6.1.4.1.57264.1.8';
const ISSUER_V1_OID = '1.3.6.1.4.1.57264.1.1';
function toMatcher(exact, regexp, flag, allowAny) {
    if (exact !== undefined && regexp !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_INVALID_POLICY', `give either --${flag} or --${flag}-regexp, not both`);
    }
    if (exact !== undefined) {
        if (exact.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_INVALID_POLICY', `--${flag} is empty`);
        return { kind: 'exact', value: exact };
    }
    if (regexp !== undefined) {
        const field = flag === 'certificate-identity' ? 'subject' : 'issuer';
        const verdict = (0,_identity_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .checkIdentityPattern */ .dI)(regexp, field, allowAny);
        if (!verdict.ok) {
            const hint = verdict.problem === 'broad' ? ', or pass --allow-any-identity to accept anyone' : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_INVALID_POLICY', `--${flag}-regexp ${JSON.stringify(regexp)} ${verdict.reason}${hint}`);
        }
        return { kind: 'regexp', source: regexp, regexp: verdict.regexp };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_INVALID_POLICY', `--${flag} or --${flag}-regexp is required for keyless verification (or give --key)`);
}
/** Validates the identity flags; throws VERIFY_INVALID_POLICY with the fix when they are incomplete or unsafe. */
function parseIdentityPolicy(flags) {
    const allowAny = flags.allowAnyIdentity === true;
    const subject = toMatcher(flags.certificateIdentity, flags.certificateIdentityRegexp, 'certificate-identity', allowAny);
    const issuer = toMatcher(flags.certificateOidcIssuer, flags.certificateOidcIssuerRegexp, 'certificate-oidc-issuer', allowAny);
    const claims = {};
    for (const [name, value] of Object.entries(flags.claims ?? {})) {
        if (!(name in CLAIM_OIDS))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_INVALID_POLICY', `unknown certificate claim ${name}`);
        if (value !== undefined)
            claims[name] = value;
    }
    return { subject, issuer, claims };
}
/** True when `value` satisfies `m`. */
function matches(m, value) {
    if (value === undefined)
        return false;
    return m.kind === 'exact' ? m.value === value : m.regexp.test(value);
}
/** Describes a matcher for messages: the exact value, or the anchored pattern. */
function describeMatcher(m) {
    return m.kind === 'exact' ? JSON.stringify(m.value) : `/${(0,_identity_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .anchorPattern */ .SH)(m.source)}/`;
}
function extensionString(cert, oid, der) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    if (!der)
        return ext.value.toString('utf8');
    try {
        return _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.parseBuffer(ext.value).value.toString('utf8');
    }
    catch {
        return undefined;
    }
}
/** Reads the SAN, issuer and claims of a Fulcio certificate. */
function certificateIdentity(cert) {
    const claims = {};
    for (const [name, oid] of Object.entries(CLAIM_OIDS)) {
        const v = extensionString(cert, oid, true);
        if (v !== undefined)
            claims[name] = v;
    }
    return {
        subjectAlternativeName: cert.extSubjectAltName?.uri ?? cert.extSubjectAltName?.rfc822Name,
        issuer: extensionString(cert, ISSUER_V2_OID, true) ?? extensionString(cert, ISSUER_V1_OID, false),
        claims,
    };
}
/** Returns why `identity` does not satisfy `policy`, or undefined when it does. */
function identityMismatch(policy, identity) {
    if (!matches(policy.subject, identity.subjectAlternativeName)) {
        return `certificate identity ${JSON.stringify(identity.subjectAlternativeName ?? '')} does not match ${describeMatcher(policy.subject)}`;
    }
    if (!matches(policy.issuer, identity.issuer)) {
        return `certificate issuer ${JSON.stringify(identity.issuer ?? '')} does not match ${describeMatcher(policy.issuer)}`;
    }
    for (const [name, expected] of Object.entries(policy.claims)) {
        const found = identity.claims[name];
        if (found !== expected) {
            return `certificate claim ${name} is ${JSON.stringify(found ?? '(absent)')}, expected ${JSON.stringify(expected)}`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 3831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fx: () => (/* reexport */ GITHUB_FULCIO_URL),
  Fb: () => (/* reexport */ GITHUB_TSA_URL),
  ir: () => (/* reexport */ GITHUB_TUF_ROOT_JSON),
  Gz: () => (/* reexport */ errors/* VerifyError */.G),
  eQ: () => (/* reexport */ buildVerifyPolicy),
  bQ: () => (/* reexport */ fetchGitHubTrustedRoot),
  yl: () => (/* reexport */ public_good/* fetchPublicGoodTrustedRoot */.yl),
  wW: () => (/* reexport */ formatBlobVerdict),
  SE: () => (/* reexport */ formatDetails),
  Pu: () => (/* reexport */ formatVerdict),
  kT: () => (/* reexport */ identity/* parseIdentityPolicy */.kT),
  ee: () => (/* reexport */ parsePublicKey),
  t1: () => (/* reexport */ parseTrustedRoot),
  j: () => (/* reexport */ resolveDigest),
  Oq: () => (/* reexport */ toVerifyBlobJSON),
  Jo: () => (/* reexport */ toVerifyFailure),
  bE: () => (/* reexport */ toVerifyJSON),
  lO: () => (/* reexport */ triangulate),
  ZG: () => (/* reexport */ verifyImage)
});

// UNUSED EXPORTS: GITHUB_TUF_URL, IGNORE_TLOG_WARNING, PUBLIC_GOOD_TUF_URL, formatRejectedLine, formatSignatureLine, toSignatureJSON

// EXTERNAL MODULE: ./src/registry/index.ts + 18 modules
var src_registry = __webpack_require__(8985);
// EXTERNAL MODULE: ./src/sign/constants.ts
var constants = __webpack_require__(50844);
// EXTERNAL MODULE: ./src/storage/cosign-tags.ts + 1 modules
var cosign_tags = __webpack_require__(86831);
// EXTERNAL MODULE: ./src/verify/collect.ts
var collect = __webpack_require__(51847);
// EXTERNAL MODULE: ./src/verify/errors.ts
var errors = __webpack_require__(69618);
// EXTERNAL MODULE: ./src/verify/signature.ts + 1 modules
var signature = __webpack_require__(64713);
;// CONCATENATED MODULE: ./src/verify/verify-image.ts
// The verify stage: is this image signed by the expected signer? Like @sigstore/verify, it fetches
// first (resolve the tag once, collect every stored signature in both of cosign's formats), then runs
// the pure, synchronous verifySignature on each. It accepts when at least one signature passes every
// check, and reports each rejected one with the code of the check that failed.






const DEFAULT_CONCURRENCY = 4;
/** Resolves a tag to its digest (once); a reference with a digest is used as it is. */
async function resolveDigest(registry, image) {
    if (image.digest)
        return image.digest;
    const head = await registry.headManifest(image);
    if (!head) {
        throw new src_registry/* RegistryError */.gl('REGISTRY_NOT_FOUND', `image ${(0,src_registry/* formatReference */.Y4)(image)} not found: check the --image reference and the registry credentials`);
    }
    return head.digest;
}
function nothingFound(image, digest, repo, formats) {
    const where = [
        formats !== 'bundle' ? (0,src_registry/* formatReference */.Y4)((0,cosign_tags/* toSignatureTag */.Ye)(repo, digest)) : '',
        formats !== 'legacy' ? `bundle referrers of ${digest} in ${repo.registry}/${repo.repository}` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    return new errors/* VerifyError */.G('VERIFY_NO_SIGNATURES', `no signatures found for ${(0,src_registry/* formatReference */.Y4)({ ...image, digest })}: looked for ${where}; sign it first, or pass --signature-repository if its signatures are stored elsewhere`);
}
/** Verifies the signatures of one image; throws VERIFY_NO_SIGNATURES when there are none to check. */
async function verifyImage(input, deps) {
    const formats = input.formats ?? 'both';
    const { registry } = deps;
    const digest = await resolveDigest(registry, input.image);
    const sigRepo = {
        registry: (input.signatureRepository ?? input.image).registry,
        repository: (input.signatureRepository ?? input.image).repository,
    };
    const collected = await (0,collect/* collectSignatures */.K)(registry, sigRepo, digest, {
        formats,
        predicateType: constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4,
        concurrency: input.concurrency ?? DEFAULT_CONCURRENCY,
    });
    if (collected.candidates.length === 0 && collected.unreadable.length === 0) {
        throw nothingFound(input.image, digest, sigRepo, formats);
    }
    const check = {
        digest,
        repository: `${input.image.registry}/${input.image.repository}`,
        trust: input.policy.trust,
        signer: input.policy.signer,
        requireTlog: input.policy.requireTlog,
        ignoreDockerReference: input.ignoreDockerReference === true,
    };
    const signatures = [];
    const rejected = collected.unreadable.map((u) => ({
        format: u.format,
        location: u.location,
        code: u.error.code,
        message: u.error.message,
    }));
    for (const candidate of collected.candidates) {
        try {
            signatures.push((0,signature/* verifySignature */.O)(candidate, check));
        }
        catch (err) {
            if (!(err instanceof errors/* VerifyError */.G))
                throw err;
            rejected.push({
                format: candidate.format === 'legacy' ? 'legacy' : 'bundle',
                location: candidate.location,
                code: err.code,
                message: err.message,
            });
        }
    }
    const result = {
        image: input.image,
        digest,
        signatureRepository: sigRepo,
        formats,
        verified: signatures.length > 0,
        signatures,
        rejected,
        warnings: [...input.policy.warnings],
    };
    if (collected.referrersSource)
        result.referrersSource = collected.referrersSource;
    if (input.ignoreDockerReference) {
        result.warnings.push('--ignore-docker-reference: legacy signatures naming another repository are accepted');
    }
    return result;
}
/**
 * The error to fail with when `result` is not verified (undefined when it is): the code of the failed
 * check when every signature failed the same way, else VERIFY_FAILED; the message gives each rejection.
 */
function toVerifyFailure(result) {
    if (result.verified)
        return undefined;
    const codes = new Set(result.rejected.map((r) => r.code));
    const [only] = codes;
    const code = codes.size === 1 && only?.startsWith('VERIFY_') ? only : 'VERIFY_FAILED';
    const image = (0,src_registry/* formatReference */.Y4)({ ...result.image, digest: result.digest });
    const n = result.rejected.length;
    const reasons = result.rejected.map((r) => `${r.code}: ${r.message}`).join('; ');
    return new errors/* VerifyError */.G(code, `${image}: none of its ${n} signature${n === 1 ? '' : 's'} passed (${reasons})`);
}

;// CONCATENATED MODULE: ./src/verify/triangulate.ts
// Where the signatures, attestations and bundles of an image live (cosign `triangulate`, for every
// kind at once): the legacy `.sig` / `.att` / `.sbom` tags in the signature repository, and the
// referrers of the digest with their artifactTypes (referrers API, else the `sha256-<hex>` tag).



/** Lists where the signatures, attestations and bundles of `input.image` live. */
async function triangulate(input, deps) {
    const { registry } = deps;
    const digest = await resolveDigest(registry, input.image);
    const source = input.signatureRepository ?? input.image;
    const repo = { registry: source.registry, repository: source.repository };
    const [tags, listed] = await Promise.all([
        Promise.all(cosign_tags/* COSIGN_TAG_KINDS */.ff.map(async (kind) => {
            const ref = (0,cosign_tags/* toCosignTag */.d8)(repo, digest, kind);
            const entry = { kind, reference: (0,src_registry/* formatReference */.Y4)(ref), exists: false };
            try {
                const m = await registry.getManifest(ref);
                const { manifest } = (0,src_registry/* parseManifest */.Ng)(m.bytes, m.mediaType, `tag ${entry.reference}`);
                entry.exists = true;
                entry.digest = m.digest;
                entry.layers = 'layers' in manifest ? manifest.layers.length : manifest.manifests.length;
            }
            catch (err) {
                if (!(0,src_registry/* isRegistryError */.IP)(err, 'REGISTRY_NOT_FOUND'))
                    throw err;
            }
            return entry;
        })),
        registry.listReferrers({ ...repo, digest }),
    ]);
    const items = listed.referrers.map((d) => {
        const e = {
            reference: (0,src_registry/* formatReference */.Y4)({ ...repo, digest: d.digest }),
            digest: d.digest,
            mediaType: d.mediaType,
            size: d.size,
        };
        if (d.artifactType !== undefined)
            e.artifactType = d.artifactType;
        if (d.annotations !== undefined)
            e.annotations = d.annotations;
        return e;
    });
    const referrers = { source: listed.source, items };
    if (listed.source === 'fallback') {
        referrers.fallbackTag = (0,src_registry/* formatReference */.Y4)((0,cosign_tags/* toReferrersFallbackTag */.YM)(repo, digest));
    }
    return { image: input.image, digest, signatureRepository: repo, tags, referrers };
}

// EXTERNAL MODULE: ./src/verify/identity.ts
var identity = __webpack_require__(28879);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/verify/trusted-root-document.ts
// Strict validation of a trusted_root.json document (protobuf-specs `dev.sigstore.trustroot.v1.TrustedRoot`)
// before @sigstore/protobuf-specs reads it. `TrustedRoot.fromJSON` accepts nearly anything (missing fields
// become empty values), and a trust root with a log key that has no validity start, or a CA chain that
// is not DER, then fails deep inside a verification, or worse, is silently skipped. Here each authority
// must be complete: a URL, keys that parse as SPKI with a known key type and hash, certificates that parse
// as X.509, and a validity period with a start. The first problem is reported in one line naming the field.
// https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_trustroot.proto


const MEDIA_TYPES = [
    'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    'application/vnd.dev.sigstore.trustedroot.v0.2+json',
];
const HASH_ALGORITHMS = ['SHA2_256', 'SHA2_384', 'SHA2_512', 'SHA3_256', 'SHA3_384'];
// protobuf-specs PublicKeyDetails names a transparency or CT log may use.
const KEY_DETAILS = [
    'PKIX_ECDSA_P256_SHA_256',
    'PKIX_ECDSA_P384_SHA_384',
    'PKIX_ECDSA_P521_SHA_512',
    'PKIX_ED25519',
    'PKIX_ED25519_PH',
    'PKIX_RSA_PKCS1V15_2048_SHA256',
    'PKIX_RSA_PKCS1V15_3072_SHA256',
    'PKIX_RSA_PKCS1V15_4096_SHA256',
    'PKIX_RSA_PSS_2048_SHA256',
    'PKIX_RSA_PSS_3072_SHA256',
    'PKIX_RSA_PSS_4096_SHA256',
];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** The keyDetails prefix each key kind may carry. */
const KIND_PREFIX = {
    'ECDSA P-256': 'PKIX_ECDSA_P256_',
    'ECDSA P-384': 'PKIX_ECDSA_P384_',
    'ECDSA P-521': 'PKIX_ECDSA_P521_',
    Ed25519: 'PKIX_ED25519',
    'RSA 2048': 'PKIX_RSA_',
    'RSA 3072': 'PKIX_RSA_',
    'RSA 4096': 'PKIX_RSA_',
};
/** A key's kind in words: `ECDSA P-256`, `Ed25519`, `RSA 2048`. */
function keyKind(key) {
    const d = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'ec') {
        const curve = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[d.namedCurve ?? ''];
        return `ECDSA ${curve ?? d.namedCurve ?? 'unknown curve'}`;
    }
    if (key.asymmetricKeyType === 'ed25519')
        return 'Ed25519';
    if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss')
        return `RSA ${d.modulusLength}`;
    return String(key.asymmetricKeyType);
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class Checker {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(field, problem) {
        throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', `trusted root ${this.source}: ${field} ${problem}`);
    }
    obj(v, field) {
        if (!isObj(v))
            this.fail(field, 'is missing or not an object');
        return v;
    }
    list(v, field) {
        if (v === undefined)
            return [];
        if (!Array.isArray(v))
            this.fail(field, 'must be a list');
        return v;
    }
    url(v, field) {
        let u;
        try {
            u = new URL(String(v));
        }
        catch {
            this.fail(field, `must be a URL, got ${JSON.stringify(v)}`);
        }
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            this.fail(field, `must be an http(s) URL`);
    }
    bytes(v, field) {
        if (typeof v !== 'string' || v === '' || !BASE64.test(v))
            this.fail(field, 'must be non-empty base64');
        return Buffer.from(v, 'base64');
    }
    validFor(v, field) {
        const w = this.obj(v, `${field}`);
        if (typeof w.start !== 'string' || !RFC3339.test(w.start)) {
            this.fail(`${field}.start`, `must be an RFC 3339 time (every authority needs a start), got ${JSON.stringify(w.start)}`);
        }
        if (w.end !== undefined) {
            if (typeof w.end !== 'string' || !RFC3339.test(w.end))
                this.fail(`${field}.end`, 'must be an RFC 3339 time');
            if (new Date(w.end) <= new Date(w.start))
                this.fail(`${field}.end`, 'must be after the start');
        }
    }
    log(v, field) {
        const log = this.obj(v, field);
        this.url(log.baseUrl, `${field}.baseUrl`);
        if (!HASH_ALGORITHMS.includes(String(log.hashAlgorithm))) {
            this.fail(`${field}.hashAlgorithm`, `must be one of ${HASH_ALGORITHMS.join(', ')}, got ${JSON.stringify(log.hashAlgorithm)}`);
        }
        const key = this.obj(log.publicKey, `${field}.publicKey`);
        const der = this.bytes(key.rawBytes, `${field}.publicKey.rawBytes`);
        let parsed;
        try {
            parsed = (0,external_node_crypto_.createPublicKey)({ key: der, format: 'der', type: 'spki' });
        }
        catch {
            this.fail(`${field}.publicKey.rawBytes`, 'is not a DER SubjectPublicKeyInfo');
        }
        if (!KEY_DETAILS.includes(String(key.keyDetails))) {
            this.fail(`${field}.publicKey.keyDetails`, `must be a known key type (e.g. PKIX_ECDSA_P256_SHA_256, PKIX_ED25519), got ${JSON.stringify(key.keyDetails)}`);
        }
        const actual = keyKind(parsed);
        const details = String(key.keyDetails);
        const rsaBits = actual.startsWith('RSA ') ? `_${actual.slice(4)}_` : '';
        if (!details.startsWith(KIND_PREFIX[actual] ?? '\u0000') || !details.includes(rsaBits)) {
            this.fail(`${field}.publicKey.keyDetails`, `is ${String(key.keyDetails)} but publicKey.rawBytes holds a ${actual} key`);
        }
        this.validFor(key.validFor, `${field}.publicKey.validFor`);
        const logId = this.obj(log.logId, `${field}.logId`);
        this.bytes(logId.keyId, `${field}.logId.keyId`);
    }
    authority(v, field) {
        const a = this.obj(v, field);
        if (a.uri !== undefined && a.uri !== '')
            this.url(a.uri, `${field}.uri`);
        const chain = this.obj(a.certChain, `${field}.certChain`);
        const certs = this.list(chain.certificates, `${field}.certChain.certificates`);
        if (certs.length === 0)
            this.fail(`${field}.certChain.certificates`, 'must hold at least one certificate');
        const parsed = certs.map((c, i) => {
            const f = `${field}.certChain.certificates[${i}]`;
            const der = this.bytes(this.obj(c, f).rawBytes, `${f}.rawBytes`);
            try {
                return new external_node_crypto_.X509Certificate(der);
            }
            catch {
                this.fail(`${f}.rawBytes`, 'is not a DER X.509 certificate');
            }
        });
        // Leaf-most first, root last (protobuf-specs X509CertificateChain): each one issued by the next.
        parsed.forEach((cert, i) => {
            const issuer = parsed[i + 1];
            if (issuer && !(cert.checkIssued(issuer) && cert.verify(issuer.publicKey))) {
                this.fail(`${field}.certChain.certificates[${i}]`, `is not issued by certificates[${i + 1}] (the chain goes leaf-most first, root last)`);
            }
        });
        this.validFor(a.validFor, `${field}.validFor`);
    }
}
/** Checks a trusted root document (already JSON-parsed); throws VERIFY_INVALID_TRUST naming the first bad field. */
function checkTrustedRootDocument(json, source) {
    const c = new Checker(source);
    const root = c.obj(json, 'document');
    if (!MEDIA_TYPES.includes(String(root.mediaType))) {
        c.fail('mediaType', `must be ${MEDIA_TYPES.join(' or ')}, got ${JSON.stringify(root.mediaType)}`);
    }
    c.list(root.tlogs, 'tlogs').forEach((v, i) => c.log(v, `tlogs[${i}]`));
    c.list(root.ctlogs, 'ctlogs').forEach((v, i) => c.log(v, `ctlogs[${i}]`));
    c.list(root.certificateAuthorities, 'certificateAuthorities').forEach((v, i) => c.authority(v, `certificateAuthorities[${i}]`));
    c.list(root.timestampAuthorities, 'timestampAuthorities').forEach((v, i) => c.authority(v, `timestampAuthorities[${i}]`));
}

;// CONCATENATED MODULE: ./src/verify/trust.ts
// Trust material for verification: a Sigstore trusted root (public-good via TUF, or a file for private
// deployments) and/or a public key. Pure: callers read the files and pass the parsed JSON / PEM.





const EMPTY_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
};
/** Parses a trusted_root.json document (already JSON-parsed). */
function parseTrustedRoot(json, source) {
    checkTrustedRootDocument(json, source);
    let root;
    try {
        root = dist.TrustedRoot.fromJSON(json);
    }
    catch (err) {
        throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', `${source} is not a Sigstore trusted root: ${err.message}`, {
            cause: err,
        });
    }
    if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot'))
        throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', `${source} is not a Sigstore trusted root: mediaType is ${JSON.stringify(root.mediaType)}`);
    return root;
}
/** Parses a PEM public key; throws VERIFY_INVALID_TRUST naming `source` when it is not one. */
function parsePublicKey(pem, source) {
    try {
        return (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (err) {
        throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', `${source} is not a PEM public key (expected "-----BEGIN PUBLIC KEY-----")`, {
            cause: err,
        });
    }
}
/** Builds the verifier's trust material; with `publicKey`, every key hint resolves to that key. */
function buildTrustMaterial(root, publicKey) {
    const base = root ?? dist.TrustedRoot.fromJSON(EMPTY_ROOT);
    return (0,verify_dist/* toTrustMaterial */.jO)(base, publicKey ? () => ({ publicKey, validFor: () => true }) : undefined);
}

;// CONCATENATED MODULE: ./src/verify/policy.ts



/** Warning shown whenever tlog checks are off (cosign prints the same caution). */
const IGNORE_TLOG_WARNING = '--insecure-ignore-tlog: signatures without a transparency log entry are accepted; nothing public records them';
function hasIdentityFlags(flags) {
    if (!flags)
        return false;
    return ([
        flags.certificateIdentity,
        flags.certificateIdentityRegexp,
        flags.certificateOidcIssuer,
        flags.certificateOidcIssuerRegexp,
    ].some((v) => v !== undefined) || Object.keys(flags.claims ?? {}).length > 0);
}
/**
 * Builds the policy; throws VERIFY_INVALID_POLICY for contradictory or missing signer flags and
 * VERIFY_INVALID_TRUST when the trust the flags need is absent.
 */
function buildVerifyPolicy(input) {
    const requireTlog = input.insecureIgnoreTlog !== true;
    const warnings = requireTlog ? [] : [IGNORE_TLOG_WARNING];
    if (input.publicKey) {
        if (hasIdentityFlags(input.identity)) {
            throw new errors/* VerifyError */.G('VERIFY_INVALID_POLICY', 'give either --key or the --certificate-identity/--certificate-oidc-issuer flags, not both');
        }
        if (requireTlog && !input.trustedRoot) {
            throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', 'checking the tlog entry needs the Rekor key of a trusted root: pass --trusted-root, or --insecure-ignore-tlog for signatures made with --tlog-upload=false');
        }
        return {
            trust: buildTrustMaterial(input.trustedRoot, input.publicKey),
            signer: { kind: 'key' },
            requireTlog,
            warnings,
        };
    }
    const policy = (0,identity/* parseIdentityPolicy */.kT)(input.identity ?? {});
    if (!input.trustedRoot) {
        throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', 'keyless verification needs a trusted root (the Fulcio CA, Rekor and CT log keys): pass --trusted-root or let Signet fetch the public-good one');
    }
    return {
        trust: buildTrustMaterial(input.trustedRoot),
        signer: { kind: 'keyless', policy },
        requireTlog,
        warnings,
    };
}

// EXTERNAL MODULE: ./src/verify/public-good.ts
var public_good = __webpack_require__(20076);
;// CONCATENATED MODULE: ./src/verify/github-trust.ts

/** GitHub's TUF repository (cli/cli `verification.GitHubTUFMirror`). */
const GITHUB_TUF_URL = 'https://tuf-repo.github.com';
/** GitHub's Fulcio (actions/attest's `github` instance). */
const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
/** GitHub's timestamp authority, its full timestamp endpoint. */
const GITHUB_TSA_URL = 'https://timestamp.githubapp.com/api/v1/timestamp';
/** Fetches GitHub's trusted root through TUF; throws VERIFY_INVALID_TRUST naming the mirror when it cannot. */
async function fetchGitHubTrustedRoot(input, deps = {}) {
    return (0,public_good/* fetchPublicGoodTrustedRoot */.yl)({ cachePath: input.cachePath, rootPath: input.rootPath, mirrorURL: input.mirrorURL ?? GITHUB_TUF_URL }, deps);
}

;// CONCATENATED MODULE: ./src/verify/github-tuf-root.ts
// The root of trust of GitHub's TUF repository (https://tuf-repo.github.com), which serves the trusted
// root of GitHub's Sigstore instance (its Fulcio and timestamp authority). Copied from the GitHub CLI,
// cli/cli v2.60.0 `pkg/cmd/attestation/verification/embed/tuf-repo.github.com/root.json` (MIT License,
// Copyright (c) 2019 GitHub Inc.), which embeds it the same way for `gh attestation verify` and
// `gh attestation trusted-root`. TUF updates it from the repository (each newer root signed by the
// previous one), so an old embedded version stays a valid starting point.
/** GitHub's TUF root.json (version 3, as cli/cli v2.60.0 embeds it). */
const GITHUB_TUF_ROOT_JSON = '{"signatures":[{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":""},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":""},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":""},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"},{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":"304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2025-04-11T14:36:57Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":3,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}';

;// CONCATENATED MODULE: ./src/verify/report.ts
// What `verify` and `verify-blob` print: a one-line verdict, one line per signature, and the JSON
// document of `--output json`. Pure: src/ci decides where it goes.

function signerOf(identity) {
    if (!identity)
        return { kind: 'key' };
    const claims = {};
    for (const [k, v] of Object.entries(identity.claims))
        if (v !== undefined)
            claims[k] = v;
    return {
        kind: 'keyless',
        identity: identity.subjectAlternativeName ?? null,
        issuer: identity.issuer ?? null,
        claims,
    };
}
/** One verified signature as JSON. */
function toSignatureJSON(s) {
    return {
        format: s.format,
        location: s.location,
        signer: signerOf(s.identity),
        tlog: s.tlog ? { logIndex: s.tlog.logIndex, integratedTime: s.tlog.integratedTime.toISOString() } : null,
        timestampAuthorities: s.timestampAuthorities,
    };
}
/** The JSON document of a verify result (see VerifyJSON for the fields). */
function toVerifyJSON(result) {
    return {
        schema: 'signet.verify/v1',
        verified: result.verified,
        image: (0,src_registry/* formatReference */.Y4)(result.image),
        digest: result.digest,
        signatureRepository: `${result.signatureRepository.registry}/${result.signatureRepository.repository}`,
        formats: result.formats,
        signatures: result.signatures.map(toSignatureJSON),
        rejected: result.rejected.map((r) => ({ ...r })),
        warnings: [...result.warnings],
    };
}
/** The JSON document of a verified blob. */
function toVerifyBlobJSON(digest, signature, warnings) {
    return {
        schema: 'signet.verify-blob/v1',
        verified: true,
        digest,
        signature: toSignatureJSON(signature),
        warnings: [...warnings],
    };
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function describeSigner(identity) {
    if (!identity)
        return 'the given key';
    return `${identity.subjectAlternativeName ?? '(no identity)'} (issuer ${identity.issuer ?? '(none)'})`;
}
/** The one-line verdict: `verified <image@digest>: …` or `NOT verified <image@digest>: …`. */
function formatVerdict(result) {
    const image = (0,src_registry/* formatReference */.Y4)({ ...result.image, digest: result.digest });
    const total = result.signatures.length + result.rejected.length;
    if (result.verified) {
        const signers = [...new Set(result.signatures.map((s) => describeSigner(s.identity)))];
        return `verified ${image}: ${result.signatures.length} of ${plural(total, 'signature')} passed, signed by ${signers.join(', ')}`;
    }
    const codes = [...new Set(result.rejected.map((r) => r.code))];
    return `NOT verified ${image}: none of ${plural(total, 'signature')} passed (${codes.join(', ')})`;
}
/** One line about a verified signature: format, location, signer, tlog entry, timestamps. */
function formatSignatureLine(s) {
    const parts = [`passed  ${s.format.padEnd(6)}  ${s.location}`, `signer ${describeSigner(s.identity)}`];
    parts.push(s.tlog ? `tlog #${s.tlog.logIndex} at ${s.tlog.integratedTime.toISOString()}` : 'no tlog entry');
    parts.push(plural(s.timestampAuthorities, 'timestamp'));
    return parts.join('; ');
}
/** One line about a rejected signature: format, location, the failed check and why. */
function formatRejectedLine(r) {
    const why = r.message.startsWith(`${r.location}: `) ? r.message.slice(r.location.length + 2) : r.message;
    return `failed  ${r.format.padEnd(6)}  ${r.location}; ${r.code}: ${why}`;
}
/** Detail lines for every signature of a result, passed first, then warnings. */
function formatDetails(result) {
    return [
        ...result.signatures.map(formatSignatureLine),
        ...result.rejected.map(formatRejectedLine),
        ...result.warnings.map((w) => `warning: ${w}`),
    ];
}
/** The one-line verdict of a verified blob. */
function formatBlobVerdict(digest, signature) {
    return `verified blob ${digest}: signed by ${describeSigner(signature.identity)}`;
}

;// CONCATENATED MODULE: ./src/verify/index.ts
// The verify stage's public face: `verifyImage` (is this image signed by the expected signer?), the
// policy and trust it needs, `triangulate` (where its signatures live) and the output helpers.












/***/ }),

/***/ 89835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ annotationsToMaterial),
/* harmony export */   g: () => (/* binding */ legacyLayerToBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sign_constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50844);
/* harmony import */ var _sign_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30623);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69618);
// Reads a legacy cosign signature layer (payload + annotations) back into a Sigstore bundle, so that
// the one verifier (@sigstore/verify) checks both storage formats the same way. The inverse of
// src/sign/legacy-annotations.ts; cosign pkg/cosign/bundle/rekor.go defines the Rekor annotation.





const b64 = (b) => Buffer.from(b).toString('base64');
function malformed(what, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_MALFORMED', `legacy signature layer: ${what}`, { cause });
}
function tlogEntryJSON(annotation) {
    let doc;
    try {
        doc = JSON.parse(annotation);
    }
    catch (err) {
        throw malformed(`${_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_REKOR_BUNDLE */ .bL} is not JSON`, err);
    }
    const p = doc.Payload;
    if (typeof doc.SignedEntryTimestamp !== 'string' ||
        !p ||
        typeof p.body !== 'string' ||
        typeof p.integratedTime !== 'number' ||
        typeof p.logIndex !== 'number' ||
        typeof p.logID !== 'string') {
        throw malformed(`${_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_REKOR_BUNDLE */ .bL} lacks SignedEntryTimestamp or Payload.{body,integratedTime,logIndex,logID}`);
    }
    let kind;
    try {
        kind = JSON.parse(Buffer.from(p.body, 'base64').toString('utf8'));
    }
    catch (err) {
        throw malformed('the Rekor entry body is not base64 JSON', err);
    }
    return {
        logIndex: String(p.logIndex),
        logId: { keyId: b64(Buffer.from(p.logID, 'hex')) },
        kindVersion: { kind: String(kind.kind ?? ''), version: String(kind.apiVersion ?? '') },
        integratedTime: String(p.integratedTime),
        inclusionPromise: { signedEntryTimestamp: doc.SignedEntryTimestamp },
        canonicalizedBody: p.body,
    };
}
/**
 * Decodes the certificate, chain, Rekor bundle and RFC 3161 timestamp annotations cosign puts on a
 * `.sig` or `.att` layer into bundle JSON. Bundle v0.1 carries a certificate chain and inclusion
 * promises (SETs), which is what legacy layers hold; without a tlog entry v0.3's single-certificate /
 * public-key form is the valid one. `what` names the layer in messages.
 */
function annotationsToMaterial(annotations, what = 'legacy signature layer') {
    const bad = (why, cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_MALFORMED', `${what}: ${why}`, { cause });
    const certPem = annotations[_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_CERTIFICATE */ .MF];
    const certs = certPem
        ? [
            ...(0,_sign_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePemBlocks */ .vj)(certPem, 'CERTIFICATE'),
            ...(0,_sign_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePemBlocks */ .vj)(annotations[_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_CHAIN */ .M6] ?? '', 'CERTIFICATE'),
        ]
        : [];
    if (certPem && certs.length === 0)
        throw bad(`${_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_CERTIFICATE */ .MF} holds no PEM certificate`);
    const rekor = annotations[_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_REKOR_BUNDLE */ .bL];
    let tlogEntries;
    try {
        tlogEntries = rekor ? [tlogEntryJSON(rekor)] : [];
    }
    catch (err) {
        throw bad(err.message.replace(/^legacy signature layer: /, ''), err);
    }
    const tsAnnotation = annotations[_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_RFC3161_TIMESTAMP */ .oN];
    let rfc3161Timestamps = [];
    if (tsAnnotation) {
        const notTimestamp = `${_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_RFC3161_TIMESTAMP */ .oN} is not {"SignedRFC3161Timestamp": "<base64>"}`;
        let ts;
        try {
            ts = JSON.parse(tsAnnotation);
        }
        catch (err) {
            throw bad(notTimestamp, err);
        }
        if (typeof ts?.SignedRFC3161Timestamp !== 'string')
            throw bad(notTimestamp);
        rfc3161Timestamps = [{ signedTimestamp: ts.SignedRFC3161Timestamp }];
    }
    return {
        mediaType: tlogEntries.length > 0 ? 'application/vnd.dev.sigstore.bundle+json;version=0.1' : _sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_V03_MEDIA_TYPE */ .HM,
        verificationMaterial: {
            ...(certs.length === 0
                ? { publicKey: { hint: '' } }
                : tlogEntries.length > 0
                    ? { x509CertificateChain: { certificates: certs.map((c) => ({ rawBytes: b64(c) })) } }
                    : { certificate: { rawBytes: b64(certs[0]) } }),
            tlogEntries,
            timestampVerificationData: { rfc3161Timestamps },
        },
    };
}
/** Converts one legacy signature layer into a bundle whose message signature covers `payload`. */
function legacyLayerToBundle(payload, annotations) {
    const signature = annotations[_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_SIGNATURE */ .LR];
    if (!signature)
        throw malformed(`no ${_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_SIGNATURE */ .LR} annotation`);
    const json = {
        ...annotationsToMaterial(annotations),
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: b64((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(payload).digest()) },
            signature,
        },
    };
    try {
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(json);
    }
    catch (err) {
        throw malformed(`annotations do not form a valid signature: ${err.message}`, err);
    }
}


/***/ }),

/***/ 20076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ PUBLIC_GOOD_TUF_URL),
/* harmony export */   Le: () => (/* binding */ toTufOptions),
/* harmony export */   XI: () => (/* binding */ describeTufError),
/* harmony export */   yl: () => (/* binding */ fetchPublicGoodTrustedRoot)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69618);

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
        const getTrustedRoot = deps.getTrustedRoot ?? (await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(2830), __webpack_require__.e(3694)]).then(__webpack_require__.bind(__webpack_require__, 84423))).getTrustedRoot;
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


/***/ }),

/***/ 64713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ verifySignature)
});

// UNUSED EXPORTS: normaliseRepository

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/sign/constants.ts
var constants = __webpack_require__(50844);
// EXTERNAL MODULE: ./src/sign/simple-signing.ts
var simple_signing = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/verify/errors.ts
var errors = __webpack_require__(69618);
// EXTERNAL MODULE: ./src/verify/identity.ts
var verify_identity = __webpack_require__(28879);
// EXTERNAL MODULE: ./src/verify/legacy-bundle.ts
var legacy_bundle = __webpack_require__(89835);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(13260);
;// CONCATENATED MODULE: ./src/verify/prehashed.ts

const CURVES = { 'P-256': { curve: nist/* p256 */.s9, bytes: 32 }, 'P-384': { curve: nist/* p384 */.sL, bytes: 48 } };
/** Why a key cannot check a signature over a bare digest, or undefined when it can. */
function prehashUnsupported(key) {
    if (key.asymmetricKeyType !== 'ec')
        return `${key.asymmetricKeyType ?? 'unknown'} keys`;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve !== 'prime256v1' && curve !== 'secp384r1')
        return `EC keys on ${curve ?? 'an unknown curve'}`;
    return undefined;
}
/** True when `signature` (ASN.1 DER ECDSA) signs `digest` (the hash of the message) under `key`. */
function verifyPrehashed(key, digest, signature) {
    const jwk = key.export({ format: 'jwk' });
    const spec = jwk.crv === 'P-256' || jwk.crv === 'P-384' ? CURVES[jwk.crv] : undefined;
    if (!spec || !jwk.x || !jwk.y)
        return false;
    const point = Buffer.concat([
        Buffer.from([4]),
        Buffer.from(jwk.x, 'base64url'),
        Buffer.from(jwk.y, 'base64url'),
    ]);
    try {
        // lowS: false — OpenSSL and Go accept either half of s, and so does cosign.
        return spec.curve.verify(signature, digest, point, { prehash: false, lowS: false, format: 'der' });
    }
    catch {
        return false;
    }
}
/**
 * A message signature content for @sigstore/verify's Verifier that checks the signature against the
 * digest instead of the artifact bytes. The digest must be the bundle's message digest (checked by
 * the caller), so the tlog body comparison still holds.
 */
function prehashedSignatureContent(signature, digest) {
    const equal = (a, b) => a.length === b.length && a.equals(b);
    return {
        signature,
        compareSignature: (s) => equal(s, signature),
        compareDigest: (d) => equal(d, digest),
        compareSignedDigest: (d) => equal(d, digest),
        verifySignature: (key) => prehashUnsupported(key) === undefined && verifyPrehashed(key, digest, signature),
    };
}

;// CONCATENATED MODULE: ./src/verify/signature.ts
// Verifies one stored signature (legacy layer or bundle) against trust material, the expected signer
// and the image it must be about. Pure and synchronous, like @sigstore/verify's Verifier: the verify
// stage fetches everything first, then calls this once per candidate.









const CHECK_OF = {
    SIGNATURE_ERROR: ['VERIFY_SIGNATURE', 'signature does not verify over the payload'],
    CERTIFICATE_ERROR: ['VERIFY_CERTIFICATE', 'certificate is not trusted'],
    PUBLIC_KEY_ERROR: ['VERIFY_SIGNATURE', 'public key not trusted'],
    TLOG_ERROR: ['VERIFY_TLOG', 'transparency log entry does not verify'],
    TLOG_INCLUSION_PROOF_ERROR: ['VERIFY_TLOG', 'transparency log inclusion proof does not verify'],
    TLOG_INCLUSION_PROMISE_ERROR: ['VERIFY_TLOG', 'transparency log signed entry timestamp does not verify'],
    TLOG_MISSING_INCLUSION_ERROR: ['VERIFY_TLOG', 'transparency log entry has no inclusion proof or promise'],
    // The logged entry's digest or signature differs from the bundle's: the payload or signature was altered.
    TLOG_BODY_ERROR: [
        'VERIFY_SIGNATURE',
        'payload or signature differs from what the transparency log recorded',
    ],
    TIMESTAMP_ERROR: ['VERIFY_TIMESTAMP', 'no trusted timestamp or tlog entry proves when it was signed'],
};
function fail(location, code, what, cause) {
    return new errors/* VerifyError */.G(code, `${location}: ${what}`, { cause });
}
function fromSigstoreError(location, err) {
    if (err instanceof verify_dist/* VerificationError */.mk) {
        const [code, what] = CHECK_OF[err.code] ?? ['VERIFY_FAILED', 'verification failed'];
        return fail(location, code, `${what} (${err.message})`, err);
    }
    if (err instanceof verify_dist/* PolicyError */.pn)
        return fail(location, 'VERIFY_IDENTITY_MISMATCH', err.message, err);
    return fail(location, 'VERIFY_FAILED', err?.message ?? String(err), err);
}
/** Normalises a docker-reference for comparison: Docker Hub has three spellings. */
function normaliseRepository(ref) {
    return ref.replace(/^(index\.docker\.io|registry-1\.docker\.io)\//, 'docker.io/');
}
/**
 * In key mode the signature is checked with the given key, whatever material the bundle carries. A
 * key does not expire, so no timestamp is needed: RFC 3161 timestamps the trust material has no TSA
 * for are dropped rather than failed. With `--insecure-ignore-tlog` the tlog entries are dropped too,
 * as cosign then ignores the tlog entirely: an entry from a log the trust root does not know (or no
 * trust root at all) must not turn a valid key signature into a failure.
 */
function forKeyVerification(bundle, ignoreTlog, trust) {
    const material = {
        ...bundle.verificationMaterial,
        content: { $case: 'publicKey', publicKey: { hint: '' } },
    };
    if (ignoreTlog)
        material.tlogEntries = [];
    if (trust.timestampAuthorities.length === 0)
        material.timestampVerificationData = undefined;
    return { ...bundle, verificationMaterial: material };
}
function checkLegacyPayload(payload, check, location) {
    let parsed;
    try {
        parsed = (0,simple_signing/* parseSimpleSigningPayload */.$)(payload);
    }
    catch (err) {
        throw fail(location, 'VERIFY_MALFORMED', `payload is not a simple-signing document: ${err.message}`, err);
    }
    if (parsed.type !== constants/* SIMPLE_SIGNING_TYPE */.g7) {
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `payload type is ${JSON.stringify(parsed.type)}, expected ${JSON.stringify(constants/* SIMPLE_SIGNING_TYPE */.g7)}`);
    }
    if (parsed.digest !== check.digest) {
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `signature is for ${parsed.digest}, not ${check.digest} (copied from another image?)`);
    }
    if (!check.ignoreDockerReference &&
        normaliseRepository(parsed.dockerReference) !== normaliseRepository(check.repository)) {
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `signature names repository ${parsed.dockerReference}, not ${check.repository} (pass --ignore-docker-reference for mirrored images)`);
    }
}
const DIGEST_ALGORITHMS = {
    sha256: protobuf_specs_dist.HashAlgorithm.SHA2_256,
    sha512: protobuf_specs_dist.HashAlgorithm.SHA2_512,
};
/** The predicate type a DSSE bundle's statement claims (before any check), for messages. */
function claimedPredicateType(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return '';
    try {
        const t = JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8')).predicateType;
        return typeof t === 'string' ? t : '';
    }
    catch {
        return '';
    }
}
/**
 * A blob bundle must be what the user asked to verify: a blob signature (cosign `verify-blob`), or,
 * with `--type`, an attestation about the blob (cosign `verify-blob-attestation`). An SBOM or
 * provenance attestation whose subject is the blob proves what someone said about it, not that they
 * signed it.
 */
function checkBlobKind(bundle, check, location) {
    const dsse = bundle.content.$case === 'dsseEnvelope';
    if (check.predicateType === undefined && dsse) {
        const claimed = claimedPredicateType(bundle);
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `bundle holds an attestation (DSSE statement${claimed ? ` of predicate type ${JSON.stringify(claimed)}` : ''}), not a blob signature: verify it as an attestation with --type${claimed ? ` ${claimed}` : ' TYPE'}`);
    }
    if (check.predicateType !== undefined && !dsse) {
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `bundle holds a blob signature, not an attestation of predicate type ${JSON.stringify(check.predicateType)}: drop --type to verify the signature`);
    }
}
/** A blob's message signature must be over the blob: its message digest must be the blob's digest. */
function checkMessageDigest(bundle, check, location) {
    if (bundle.content.$case !== 'messageSignature')
        return;
    const md = bundle.content.messageSignature.messageDigest;
    if (!md)
        throw fail(location, 'VERIFY_MALFORMED', 'message signature has no message digest');
    const [algorithm, hex] = check.digest.split(':');
    const foundHex = Buffer.from(md.digest).toString('hex');
    if (md.algorithm !== DIGEST_ALGORITHMS[algorithm] || foundHex !== hex) {
        const name = Object.entries(DIGEST_ALGORITHMS).find(([, v]) => v === md.algorithm)?.[0];
        const found = `${name ?? `algorithm ${md.algorithm}`}:${foundHex}`;
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `bundle signs ${found}, not ${check.digest} (another file?)`);
    }
}
function checkStatement(bundle, check, location, defaultPredicateType) {
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw fail(location, 'VERIFY_MALFORMED', 'image bundles must hold a DSSE envelope, found a message signature');
    }
    const env = bundle.content.dsseEnvelope;
    if (env.payloadType !== constants/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw fail(location, 'VERIFY_MALFORMED', `DSSE payload type is ${JSON.stringify(env.payloadType)}, expected ${constants/* IN_TOTO_PAYLOAD_TYPE */.T4}`);
    }
    let statement;
    try {
        statement = JSON.parse(Buffer.from(env.payload).toString('utf8'));
    }
    catch (err) {
        throw fail(location, 'VERIFY_MALFORMED', 'DSSE payload is not JSON', err);
    }
    if (statement._type !== constants/* IN_TOTO_STATEMENT_V1 */.tV && statement._type !== 'https://in-toto.io/Statement/v0.1') {
        throw fail(location, 'VERIFY_MALFORMED', `payload is not an in-toto statement (_type ${JSON.stringify(statement._type)})`);
    }
    const [algorithm, hex] = check.digest.split(':');
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    if (!subjects.some((s) => s?.digest?.[algorithm] === hex)) {
        const found = subjects
            .map((s) => Object.entries(s?.digest ?? {})
            .map(([a, h]) => `${a}:${String(h)}`)
            .join(','))
            .join(' ');
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `statement subject is ${found || '(none)'}, not ${check.digest} (copied from another image?)`);
    }
    const want = check.predicateType ?? defaultPredicateType;
    if (want !== undefined && statement.predicateType !== want) {
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `predicate type is ${JSON.stringify(statement.predicateType)}, expected ${JSON.stringify(want)}`);
    }
}
/** What @sigstore/bundle's validation found missing, spelled as the bundle's JSON fields. */
const MISSING_PART = {
    'verificationMaterial.tlogEntries[].inclusionProof.checkpoint': 'an inclusion proof without a checkpoint (the signed tree head it must be checked against)',
    'verificationMaterial.tlogEntries[].inclusionPromise': 'a v0.1 bundle tlog entry without an inclusion promise (signed entry timestamp)',
    'verificationMaterial.tlogEntries[].inclusionProof': 'a tlog entry without an inclusion proof (required from bundle v0.2 on)',
};
/** One line for a bundle @sigstore/bundle refused: the fields it found missing or invalid. */
function describeInvalidBundle(err) {
    const e = err;
    const fields = Array.isArray(e.fields) ? e.fields.map(String) : [];
    const base = typeof e.message === 'string' ? e.message : String(err);
    if (fields.length === 0)
        return base;
    const parts = fields.map((f) => {
        const normal = f.replace(/\[\d+\]/g, '[]');
        const what = MISSING_PART[normal];
        return what ? `${what} (${f})` : `${f} missing or invalid`;
    });
    return `${base}: ${parts.join('; ')}`;
}
/**
 * A Rekor v2 entry (kind version 0.0.2) has no integrated time and no signed entry timestamp, so it proves
 * no signing time: a keyless bundle with one needs an RFC 3161 timestamp, and says so when it has none.
 */
function refuseUntimedRekorV2(bundle, location) {
    const material = bundle.verificationMaterial;
    const timed = (material.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0 ||
        material.tlogEntries.some((e) => e.inclusionPromise || Number(e.integratedTime) > 0);
    const v2 = material.tlogEntries.some((e) => e.kindVersion?.version === '0.0.2');
    if (v2 && !timed) {
        throw fail(location, 'VERIFY_TIMESTAMP', 'the bundle has a Rekor v2 entry (no integrated time, no signed entry timestamp) and no RFC 3161 timestamp: nothing proves when the short-lived certificate signed; Rekor v2 signing needs a timestamp authority');
    }
}
/** Runs every check on one candidate; returns what it proved or throws a VerifyError naming the failed check. */
function verifySignature(candidate, check) {
    const { location } = candidate;
    let bundle;
    let artifact;
    if (candidate.format === 'legacy') {
        bundle = (0,legacy_bundle/* legacyLayerToBundle */.g)(candidate.payload, candidate.annotations);
        artifact = candidate.payload;
    }
    else {
        artifact = candidate.format === 'blob' ? candidate.artifact : undefined;
        try {
            bundle = (0,dist.bundleFromJSON)(candidate.bundleJSON);
        }
        catch (err) {
            throw fail(location, 'VERIFY_MALFORMED', `not a valid Sigstore bundle: ${describeInvalidBundle(err)}`, err);
        }
    }
    // Checked first for blobs: "another file" says more than "the signature does not verify".
    if (candidate.format === 'blob') {
        checkBlobKind(bundle, check, location);
        checkMessageDigest(bundle, check, location);
    }
    const keyless = check.signer.kind === 'keyless';
    const toVerify = keyless ? bundle : forKeyVerification(bundle, !check.requireTlog, check.trust);
    if (keyless && toVerify.verificationMaterial.content.$case === 'publicKey') {
        throw fail(location, 'VERIFY_CERTIFICATE', 'signed with a key, not a certificate: verify it with --key');
    }
    if (keyless)
        refuseUntimedRekorV2(toVerify, location);
    const verifier = new verify_dist/* Verifier */.BL(check.trust, {
        tlogThreshold: check.requireTlog ? 1 : 0,
        // An SCT is required when the trusted root lists a CT log; an instance without one (GitHub's: its
        // Fulcio logs no certificates) cannot have SCTs, and gh's GitHub policy does not ask for them either.
        ctlogThreshold: keyless && check.trust.ctlogs.length > 0 ? 1 : 0,
        // Keyless certificates are short-lived: a tlog entry or a TSA timestamp must prove the signing time.
        timestampThreshold: keyless ? 1 : 0,
    });
    const entity = (0,verify_dist/* toSignedEntity */.DC)(toVerify, artifact);
    // A blob given only as its digest: check the message signature against the digest itself.
    const prehashed = candidate.format === 'blob' && artifact === undefined && bundle.content.$case === 'messageSignature';
    if (prehashed && bundle.content.$case === 'messageSignature') {
        const digest = Buffer.from(check.digest.split(':')[1] ?? '', 'hex');
        entity.signature = prehashedSignatureContent(Buffer.from(bundle.content.messageSignature.signature), digest);
    }
    try {
        verifier.verify(entity);
    }
    catch (err) {
        const e = fromSigstoreError(location, err);
        if (prehashed && e.code === 'VERIFY_SIGNATURE') {
            e.message +=
                '; checked against the digest alone, which works for ECDSA P-256/P-384 keys only: give the file for other keys';
        }
        throw e;
    }
    let identity;
    if (check.signer.kind === 'keyless') {
        if (entity.key.$case !== 'certificate') {
            throw fail(location, 'VERIFY_CERTIFICATE', 'no certificate to read the identity from');
        }
        identity = (0,verify_identity/* certificateIdentity */.Wb)(entity.key.certificate);
        const mismatch = (0,verify_identity/* identityMismatch */.tx)(check.signer.policy, identity);
        if (mismatch)
            throw fail(location, 'VERIFY_IDENTITY_MISMATCH', mismatch);
    }
    if (candidate.format === 'legacy')
        checkLegacyPayload(candidate.payload, check, location);
    else if (candidate.format === 'bundle')
        checkStatement(bundle, check, location, constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4);
    else if (bundle.content.$case === 'dsseEnvelope')
        checkStatement(bundle, check, location, undefined);
    // An ignored tlog entry proved nothing: it is not reported.
    const entry = toVerify.verificationMaterial.tlogEntries[0];
    return {
        format: candidate.format,
        location,
        identity,
        tlog: entry
            ? { logIndex: Number(entry.logIndex), integratedTime: new Date(Number(entry.integratedTime) * 1000) }
            : undefined,
        timestampAuthorities: bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0,
        bundle,
    };
}


/***/ })

};
