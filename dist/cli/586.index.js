export const id = 586;
export const ids = [586];
export const modules = {

/***/ 78586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateKeyPairCommand: () => (/* binding */ generateKeyPairCommand),
/* harmony export */   keyRefDeps: () => (/* binding */ keyRefDeps),
/* harmony export */   publicKeyCommand: () => (/* binding */ publicKeyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37104);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80524);
// `signet generate-key-pair` and `signet public-key`: cosign's key commands, writing and reading files
// cosign reads (cosign.key 0600 with an encrypted SIGSTORE PRIVATE KEY, cosign.pub 0644).



/** The key-ref deps (file reads, env, GitLab API) from the host. */
function keyRefDeps(host) {
    return {
        readFile: (path) => host.readFile(path),
        env: host.env,
        fetch: (url, init) => host.fetch(url, init),
    };
}
async function newPassword(host) {
    const fromEnv = host.env[_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_ENV */ .Km];
    if (fromEnv !== undefined)
        return fromEnv; // set-but-empty is a valid (empty) password, as in cosign
    if (!host.interactive) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`set ${_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_ENV */ .Km} to the password for the new key (an empty value means no password)`);
    }
    const first = await host.promptSecret('Enter password for private key: ');
    const again = await host.promptSecret('Enter password for private key again: ');
    if (first !== again)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('passwords do not match');
    return first;
}
const generateKeyPairCommand = {
    name: 'generate-key-pair',
    usage: 'signet generate-key-pair [--output-key-prefix PREFIX]',
    flags: {
        'output-key-prefix': {
            type: 'string',
            value: 'PREFIX',
            description: 'file name prefix of the key files',
            default: 'cosign',
        },
    },
    async run({ flags, positionals }, host) {
        if (positionals.length > 0) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('generate-key-pair writes files only: writing keys to KMS or GitLab is not supported');
        }
        const prefix = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(flags, 'output-key-prefix') ?? 'cosign';
        const keyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, `${prefix}.key`);
        const pubPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, `${prefix}.pub`);
        const password = await newPassword(host);
        const pair = await (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .generateKeyPair */ .TZ)(password);
        try {
            await host.writeFile(keyPath, pair.privateKeyPem, { mode: _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KEY_FILES */ .Qd.privateKey.mode });
        }
        catch (err) {
            if (err.code === 'EEXIST') {
                throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${prefix}.key already exists: remove it or choose another --output-key-prefix`);
            }
            throw err;
        }
        await host.writeFile(pubPath, pair.publicKeyPem, { mode: _sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KEY_FILES */ .Qd.publicKey.mode, overwrite: true });
        host.stderr(`Private key written to ${prefix}.key\nPublic key written to ${prefix}.pub\n`);
        return 0;
    },
};
const publicKeyCommand = {
    name: 'public-key',
    usage: 'signet public-key --key KEY [--outfile FILE]',
    flags: {
        key: { type: 'string', value: 'KEY', description: 'private key: a file, env://VAR or gitlab://PROJECT' },
        outfile: { type: 'string', value: 'FILE', description: 'write the public key here instead of stdout' },
    },
    async run({ flags }, host) {
        const ref = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(flags, 'key');
        if (!ref)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--key is required');
        const key = await (0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSigningKey */ .fm)((0,_sign_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyRef */ .wj)(ref), keyRefDeps(host));
        const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(flags, 'outfile');
        if (out)
            await host.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, out), key.publicKeyPem, { mode: 0o644, overwrite: true });
        else
            host.stdout(key.publicKeyPem);
        return 0;
    },
};


/***/ }),

/***/ 37104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qd: () => (/* reexport */ KEY_FILES),
  Km: () => (/* reexport */ PASSWORD_ENV),
  TZ: () => (/* reexport */ generateKeyPair),
  fm: () => (/* reexport */ loadSigningKey),
  LX: () => (/* reexport */ loadVerificationKey),
  wj: () => (/* reexport */ parseKeyRef),
  ee: () => (/* reexport */ parsePublicKey),
  rY: () => (/* reexport */ publicKeyPem),
  Ft: () => (/* reexport */ signWithKey),
  YQ: () => (/* reexport */ verifyWithKey)
});

// UNUSED EXPORTS: COSIGN_PRIVATE_KEY_PEM_TYPE, GITLAB_VARIABLES, KeyError, PUBLIC_KEY_PEM_TYPE, SCRYPT_DEFAULT, SIGSTORE_PRIVATE_KEY_PEM_TYPE, decryptPrivateKey, encryptPrivateKey, formatKeyRef, gitLabVariableUrl, resolveKeyRef, resolveSigningKey, resolveVerificationKey, signingAlgorithmOf

;// CONCATENATED MODULE: ./src/sign/keys/constants.ts
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/sign/keys/errors.ts
// Errors of cosign key handling. Messages are one line, name the key ref as the user typed it, say what
// is wrong and how to fix it, and never contain a password or a token.

/** A failure loading, decrypting, generating or using a cosign key. */
class KeyError extends errors/* SignetError */.T {
}

;// CONCATENATED MODULE: ./src/sign/keys/gitlab-variables.ts
// Reads a GitLab project CI/CD variable, which is where `cosign generate-key-pair gitlab://PROJECT` puts
// the key (sigstore/cosign pkg/cosign/git/gitlab/gitlab.go GetSecret): GET
// {GITLAB_HOST or https://gitlab.com}/api/v4/projects/{id or url-encoded path}/variables/{key} with
// header PRIVATE-TOKEN: $GITLAB_TOKEN, as the go-gitlab client cosign uses builds it. The HTTP call goes
// through an injected `fetch`; the token goes only into that header, never into a message.


const TIMEOUT_MS = 30_000;
/**
 * The API URL of `variable` of `project` on the GitLab instance `host` (GITLAB_HOST; default gitlab.com).
 * Like go-gitlab's base URL handling, "/api/v4/" is appended unless the host URL already ends with it;
 * like its PathEscape, the project path is escaped whole, "/" as %2F and "." as %2E.
 */
function gitLabVariableUrl(host, project, variable) {
    const raw = host === undefined || host.trim() === '' ? GITLAB_DEFAULT_HOST : host.trim();
    const withScheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`;
    let base;
    try {
        base = new URL(withScheme);
    }
    catch (cause) {
        throw new KeyError('KEY_GITLAB_CONFIG', `${GITLAB_HOST_ENV} ${JSON.stringify(raw)} is not a URL: set it to the instance URL, e.g. https://gitlab.example.com`, { cause });
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:') {
        throw new KeyError('KEY_GITLAB_CONFIG', `${GITLAB_HOST_ENV} ${JSON.stringify(raw)} is not an http(s) URL: set it to the instance URL`);
    }
    let path = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    if (!path.endsWith('/api/v4/'))
        path += 'api/v4/';
    const escapedProject = encodeURIComponent(project).replace(/\./g, '%2E');
    return `${base.origin}${path}projects/${escapedProject}/variables/${encodeURIComponent(variable)}`;
}
/** Reads the value of CI/CD `variable` of GitLab `project`; `source` is the key ref as typed. */
async function readGitLabVariable(project, variable, source, deps) {
    const token = deps.env[GITLAB_TOKEN_ENV];
    if (token === undefined || token === '') {
        throw new KeyError('KEY_GITLAB_CONFIG', `${source} needs ${GITLAB_TOKEN_ENV}: set it to a GitLab token with the api scope and the Maintainer role on the project`);
    }
    const url = gitLabVariableUrl(deps.env[GITLAB_HOST_ENV], project, variable);
    const redact = (s) => s.split(token).join('[redacted]');
    let status;
    let body;
    try {
        const res = await deps.fetch(url, {
            method: 'GET',
            headers: { 'PRIVATE-TOKEN': token, Accept: 'application/json' },
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        status = res.status;
        body = await res.text();
    }
    catch (cause) {
        const why = cause instanceof Error ? redact(cause.message) : 'network error';
        throw new KeyError('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url} failed: ${why}: check ${GITLAB_HOST_ENV} and the network`, { cause });
    }
    if (status === 200) {
        // The body holds the secret: never put any of it into a message.
        const value = parseValue(body);
        if (value === undefined) {
            throw new KeyError('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url}: 200 but the response has no string "value": check ${GITLAB_HOST_ENV} points at GitLab`);
        }
        return value;
    }
    const message = redact(gitLabMessage(body)).slice(0, 200);
    const at = `GET ${url}: ${status}${message ? ` ${message}` : ''}`;
    if (status === 404) {
        const hint = /project not found/i.test(message)
            ? `project ${JSON.stringify(project)} not found, or ${GITLAB_TOKEN_ENV} cannot see it: check the ref and ${GITLAB_HOST_ENV}`
            : `project variable ${variable} not found: create the key with cosign generate-key-pair ${source}`;
        throw new KeyError('KEY_NOT_FOUND', `${source}: ${hint} (${at})`);
    }
    if (status === 401) {
        throw new KeyError('KEY_GITLAB_REQUEST_FAILED', `${source}: GitLab rejected ${GITLAB_TOKEN_ENV} (${at}): it is invalid or expired`);
    }
    if (status === 403) {
        throw new KeyError('KEY_GITLAB_REQUEST_FAILED', `${source}: ${GITLAB_TOKEN_ENV} may not read CI/CD variables (${at}): it needs the api scope and the Maintainer role`);
    }
    throw new KeyError('KEY_GITLAB_REQUEST_FAILED', `${source}: ${at}`);
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
    const params = { N: opts.N ?? SCRYPT_DEFAULT.N, r: SCRYPT_DEFAULT.r, p: SCRYPT_DEFAULT.p };
    if (!SCRYPT_ACCEPTED_N.includes(params.N)) {
        throw new KeyError('KEY_UNSUPPORTED_KDF', `scrypt N=${params.N} is not one cosign reads: use 32768, 65536 or 131072`);
    }
    const salt = Buffer.from(random(SCRYPT_SALT_BYTES));
    const nonce = Buffer.from(random(SECRETBOX_NONCE_BYTES));
    const key = await deriveKey(password, salt, params.N);
    const ciphertext = Buffer.from((0,salsa/* xsalsa20poly1305 */.uT)(key, nonce).encrypt(plaintext));
    key.fill(0);
    // Key order matters to byte-identical output: it is the Go struct field order.
    const json = {
        kdf: {
            name: KDF_SCRYPT,
            params: { N: params.N, r: params.r, p: params.p },
            salt: salt.toString('base64'),
        },
        cipher: { name: CIPHER_NACL_SECRETBOX, nonce: nonce.toString('base64') },
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
        throw new KeyError('KEY_WRONG_PASSWORD', `wrong password for ${source}: decryption failed (check ${PASSWORD_ENV}; if it is right, the key file is damaged)`, { cause });
    }
    finally {
        key.fill(0);
    }
}
/** Parses and checks the envelope JSON without decrypting it. */
function parseEnvelope(data, source) {
    const bad = (what) => new KeyError('KEY_INVALID_JSON', `${source}: encrypted key ${what}: the key file is damaged or not a cosign key`);
    let json;
    try {
        json = JSON.parse(Buffer.from(data).toString('utf8'));
    }
    catch (cause) {
        throw new KeyError('KEY_INVALID_JSON', `${source}: encrypted key is not JSON: the key file is damaged or not a cosign key`, {
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
    if (kdf.name !== KDF_SCRYPT) {
        throw new KeyError('KEY_UNSUPPORTED_KDF', `${source}: unknown kdf ${JSON.stringify(kdf.name)}, expected "${KDF_SCRYPT}": regenerate the key with cosign generate-key-pair`);
    }
    if (cipher.name !== CIPHER_NACL_SECRETBOX) {
        throw new KeyError('KEY_UNSUPPORTED_CIPHER', `${source}: unknown cipher ${JSON.stringify(cipher.name)}, expected "${CIPHER_NACL_SECRETBOX}": regenerate the key with cosign generate-key-pair`);
    }
    const params = kdf.params;
    if (!isObject(params))
        throw bad('has no "kdf.params" object');
    const { N, r, p } = params;
    if (!SCRYPT_ACCEPTED_N.includes(N) || r !== 8 || p !== 1) {
        throw new KeyError('KEY_UNSUPPORTED_KDF', `${source}: scrypt parameters N=${String(N)}, r=${String(r)}, p=${String(p)} are not ones cosign writes ` +
            `(N 32768, 65536 or 131072 with r=8, p=1): regenerate the key with cosign generate-key-pair`);
    }
    const salt = decodeBase64Field(kdf.salt, 'kdf.salt', bad);
    const nonce = decodeBase64Field(cipher.nonce, 'cipher.nonce', bad);
    if (nonce.length !== SECRETBOX_NONCE_BYTES) {
        throw bad(`has a ${nonce.length}-byte cipher.nonce, expected ${SECRETBOX_NONCE_BYTES}`);
    }
    const box = decodeBase64Field(ciphertext, 'ciphertext', bad);
    if (box.length < SECRETBOX_TAG_BYTES) {
        throw bad(`ciphertext is ${box.length} bytes, shorter than the ${SECRETBOX_TAG_BYTES}-byte tag`);
    }
    return {
        kdf: { name: KDF_SCRYPT, params: { N: N, r: 8, p: 1 }, salt },
        cipher: { name: CIPHER_NACL_SECRETBOX, nonce },
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
        r: SCRYPT_DEFAULT.r,
        p: SCRYPT_DEFAULT.p,
        maxmem: 256 * N * SCRYPT_DEFAULT.r,
    };
    return new Promise((resolve, reject) => {
        (0,external_node_crypto_.scrypt)(pw, salt, SECRETBOX_KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key)));
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

;// CONCATENATED MODULE: ./src/sign/keys/pem.ts
// PEM encoding as Go's encoding/pem writes it (cosign's key files come from Go): a BEGIN line, standard
// padded base64 in 64-character lines, an END line, a final newline. The decoder reads the first block,
// like Go's pem.Decode, and tolerates CRLF and surrounding text but not headers or broken base64.

const BEGIN = /-----BEGIN ([^\r\n-]+(?:-[^\r\n-]+)*)-----/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Encodes `bytes` as a PEM block of `type`, byte for byte as Go's pem.EncodeToMemory does. */
function encodePem(type, bytes) {
    const b64 = Buffer.from(bytes).toString('base64');
    const lines = [];
    for (let i = 0; i < b64.length; i += 64)
        lines.push(b64.slice(i, i + 64));
    return `-----BEGIN ${type}-----\n${lines.join('\n')}${lines.length ? '\n' : ''}-----END ${type}-----\n`;
}
/**
 * Decodes the first PEM block in `text`. `source` names where the text came from (the key ref as typed)
 * for the error message.
 */
function decodePem(text, source) {
    const begin = BEGIN.exec(text);
    if (!begin) {
        const what = text.trim() === '' ? 'is empty' : 'holds no PEM block (no "-----BEGIN …-----" line)';
        throw new KeyError('KEY_INVALID_PEM', `${source} ${what}: expected a cosign key file`);
    }
    const type = begin[1];
    const endLine = `-----END ${type}-----`;
    const bodyStart = begin.index + begin[0].length;
    const end = text.indexOf(endLine, bodyStart);
    if (end < 0) {
        throw new KeyError('KEY_INVALID_PEM', `${source}: PEM block "${type}" has no "${endLine}" line: the file is truncated`);
    }
    const body = text.slice(bodyStart, end);
    if (body.includes(':')) {
        throw new KeyError('KEY_INVALID_PEM', `${source}: PEM block "${type}" has headers; cosign key files have none`);
    }
    const b64 = body.replace(/\s+/g, '');
    if (!BASE64.test(b64) || b64.length % 4 !== 0) {
        throw new KeyError('KEY_INVALID_PEM', `${source}: PEM block "${type}" is not valid base64: the file is damaged`);
    }
    return { type, bytes: Buffer.from(b64, 'base64') };
}

;// CONCATENATED MODULE: ./src/sign/keys/public-key.ts
// cosign's public key file: PEM "PUBLIC KEY" around PKIX SubjectPublicKeyInfo DER, as sigstore's
// cryptoutils.MarshalPublicKeyToPEM writes it and `cosign public-key` prints it.




/** The cosign.pub text of `key` (a private key gives its public half), byte-identical to cosign's. */
function publicKeyPem(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    return encodePem(PUBLIC_KEY_PEM_TYPE, pub.export({ type: 'spki', format: 'der' }));
}
/** Loads PEM "PUBLIC KEY" text; `source` names it (the key ref as typed) in messages. */
function parsePublicKey(pem, source = 'the public key') {
    const block = decodePem(pem, source);
    if (block.type !== PUBLIC_KEY_PEM_TYPE) {
        const hint = block.type.includes('PRIVATE KEY')
            ? 'it is a private key: give the public key (cosign.pub, or cosign public-key --key …)'
            : 'use the cosign.pub written by cosign generate-key-pair';
        throw new KeyError('KEY_INVALID_PEM', `${source}: PEM block "${block.type}", expected "${PUBLIC_KEY_PEM_TYPE}": ${hint}`);
    }
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: block.bytes, format: 'der', type: 'spki' });
    }
    catch (cause) {
        throw new KeyError('KEY_INVALID_KEY', `${source}: PEM "${PUBLIC_KEY_PEM_TYPE}" does not hold a valid PKIX public key`, {
            cause,
        });
    }
}

;// CONCATENATED MODULE: ./src/sign/keys/signature.ts
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
        throw new KeyError('KEY_UNSUPPORTED_ALGORITHM', `${source}: ${what} keys are not ones cosign signs with: use ECDSA P-256 (cosign generate-key-pair), ` +
            `P-384, P-521, RSA 2048/3072/4096 or Ed25519`);
    }
    return found;
}
/** Signs `data` with `key` as cosign does; for ECDSA the result is an ASN.1 DER signature. */
function signWithKey(key, data) {
    const alg = signingAlgorithmOf(key);
    return (0,external_node_crypto_.sign)(alg.hash, data, { key, dsaEncoding: 'der', padding: external_node_crypto_.constants.RSA_PKCS1_PADDING });
}
/**
 * Whether `signature` is a valid cosign signature of `data` under `publicKey`, a KeyObject or PEM text
 * ("PUBLIC KEY", as in cosign.pub). Throws only if the key itself is unusable.
 */
function verifyWithKey(publicKey, data, signature) {
    const key = typeof publicKey === 'string' ? parsePublicKey(publicKey) : publicKey;
    const alg = signingAlgorithmOf(key, 'the public key');
    try {
        return (0,external_node_crypto_.verify)(alg.hash, data, { key, dsaEncoding: 'der', padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, signature);
    }
    catch {
        return false; // node throws on some malformed signatures; for a caller that is just "not valid"
    }
}

;// CONCATENATED MODULE: ./src/sign/keys/private-key.ts
// cosign's encrypted private key file: a PEM block whose bytes are the password envelope (encrypted.ts)
// around PKCS#8 DER. cosign ≥ 2.0.1 labels it ENCRYPTED SIGSTORE PRIVATE KEY, older cosign ENCRYPTED
// COSIGN PRIVATE KEY; cosign reads both and so does Signet (sigstore/cosign pkg/cosign/keys.go
// LoadPrivateKey). Signet writes the SIGSTORE label, as cosign does for every key it generates or imports.






const UNENCRYPTED_TYPES = new Set(['PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY']);
/** Encrypts PKCS#8 DER `pkcs8Der` under `password` into cosign's PEM private key text. */
async function encryptPrivateKey(pkcs8Der, password, opts = {}) {
    const envelope = await sealEnvelope(pkcs8Der, password, opts);
    return encodePem(opts.pemType ?? SIGSTORE_PRIVATE_KEY_PEM_TYPE, envelope);
}
/**
 * Decrypts cosign private key PEM text with `password` and loads the key. `password` undefined means
 * the user set none (cosign would prompt; Signet runs unattended and says to set COSIGN_PASSWORD); the
 * empty string is a valid password. `source` is the key ref as the user typed it, for messages.
 */
async function decryptPrivateKey(pem, password, source = 'the private key') {
    const block = decodePem(pem, source);
    if (block.type !== SIGSTORE_PRIVATE_KEY_PEM_TYPE && block.type !== COSIGN_PRIVATE_KEY_PEM_TYPE) {
        throw new KeyError('KEY_INVALID_PEM', `${source}: ${wrongTypeHint(block.type, source)}`);
    }
    if (password === undefined) {
        throw new KeyError('KEY_PASSWORD_MISSING', `${source} is encrypted but ${PASSWORD_ENV} is not set: set it to the key's password (an empty value is allowed)`);
    }
    const der = await openEnvelope(block.bytes, password, source);
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
    }
    catch (cause) {
        throw new KeyError('KEY_INVALID_KEY', `${source}: decrypted bytes are not a PKCS#8 private key: the key file is damaged`, {
            cause,
        });
    }
    finally {
        der.fill(0);
    }
    signingAlgorithmOf(key, source); // refuse now, not at signing time, a key cosign would not sign with
    return key;
}
function wrongTypeHint(type, source) {
    const expected = `expected "${SIGSTORE_PRIVATE_KEY_PEM_TYPE}" or "${COSIGN_PRIVATE_KEY_PEM_TYPE}"`;
    if (UNENCRYPTED_TYPES.has(type)) {
        return `PEM block "${type}" is an unencrypted key, ${expected}: convert it with cosign import-key-pair --key ${source}`;
    }
    if (type === PUBLIC_KEY_PEM_TYPE) {
        return `PEM block "${type}" is a public key, ${expected}: signing needs the private key (cosign.key)`;
    }
    return `unsupported PEM block "${type}", ${expected}: use a key from cosign generate-key-pair`;
}

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
            publicKeyPem: publicKeyPem(privateKey),
        };
    }
    finally {
        der.fill(0);
    }
}

;// CONCATENATED MODULE: ./src/sign/keys/key-ref.ts
// Key refs, as cosign's --key takes them (sigstore/cosign pkg/signature/keys.go, pkg/blob/load.go):
// `env://VAR` (the PEM is the value of VAR), `gitlab://PROJECT` (the project's COSIGN_* CI/CD variables,
// by numeric ID or GROUP/…/PROJECT path), or a file path. Parsing is pure; resolve-key-ref.ts fetches.

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const GITLAB_ID = /^[1-9][0-9]*$/;
const GITLAB_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const FIX = 'use a key file path, env://VAR or gitlab://GROUP/PROJECT';
/** Parses the --key / `key` input as typed; throws KEY_INVALID_REF naming what is wrong and the fix. */
function parseKeyRef(input) {
    const invalid = (why) => new KeyError('KEY_INVALID_REF', `key ref ${JSON.stringify(input)} ${why}`);
    if (input.trim() === '')
        throw new KeyError('KEY_INVALID_REF', `key ref is empty: ${FIX}`);
    if (input !== input.trim())
        throw invalid('has leading or trailing spaces: remove them');
    const scheme = SCHEME.exec(input)?.[1];
    if (scheme === undefined) {
        if (/^pkcs11:/i.test(input))
            throw invalid(`is a PKCS#11 URI, which Signet does not read: ${FIX}`);
        return { kind: 'file', path: input };
    }
    const rest = input.slice(scheme.length + 3);
    switch (scheme) {
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
    }
}

;// CONCATENATED MODULE: ./src/sign/keys/resolve-key-ref.ts
// Fetches the key text a KeyRef names, with injected I/O only (files and the environment belong to
// src/ci, which passes readFile and an env snapshot in). Follows cosign's sources of each part
// (sigstore/cosign pkg/signature/keys.go): for signing, a file or env:// ref gives the private key and
// COSIGN_PASSWORD gives the password; a gitlab:// ref gives both from the project's COSIGN_PRIVATE_KEY and
// COSIGN_PASSWORD variables. For verifying, a file or env:// ref gives the public key, gitlab:// the
// COSIGN_PUBLIC_KEY variable.




/** Fetches the private key text and password that `ref` names. */
async function resolveSigningKey(ref, deps) {
    const source = formatKeyRef(ref);
    if (ref.kind === 'gitlab') {
        const privateKeyPem = await readGitLabVariable(ref.project, GITLAB_VARIABLES.privateKey, source, deps);
        const password = await readGitLabVariable(ref.project, GITLAB_VARIABLES.password, source, deps);
        return { source, privateKeyPem, password };
    }
    return { source, privateKeyPem: await readLocal(ref, deps), password: deps.env[PASSWORD_ENV] };
}
/** Fetches the public key text that `ref` names. */
async function resolveVerificationKey(ref, deps) {
    const source = formatKeyRef(ref);
    if (ref.kind === 'gitlab') {
        return {
            source,
            publicKeyPem: await readGitLabVariable(ref.project, GITLAB_VARIABLES.publicKey, source, deps),
        };
    }
    return { source, publicKeyPem: await readLocal(ref, deps) };
}
function resolveKeyRef(ref, purpose, deps) {
    return purpose === 'sign' ? resolveSigningKey(ref, deps) : resolveVerificationKey(ref, deps);
}
async function readLocal(ref, deps) {
    if (ref.kind === 'env') {
        const value = deps.env[ref.variable];
        if (value === undefined) {
            throw new KeyError('KEY_NOT_FOUND', `env://${ref.variable}: $${ref.variable} is not set: put the key's PEM text in it`);
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
            throw new KeyError('KEY_NOT_FOUND', `key file ${ref.path} not found: check the path (relative to the working directory)`, {
                cause,
            });
        }
        const why = code === 'EACCES'
            ? 'permission denied'
            : code === 'EISDIR'
                ? 'it is a directory'
                : String(code ?? cause);
        throw new KeyError('KEY_READ_FAILED', `cannot read key file ${ref.path}: ${why}`, { cause });
    }
}

;// CONCATENATED MODULE: ./src/sign/keys/load-key.ts




/** Resolves `ref` and decrypts the private key it names with the password that comes with it. */
async function loadSigningKey(ref, deps) {
    const resolved = await resolveSigningKey(ref, deps);
    const privateKey = await decryptPrivateKey(resolved.privateKeyPem, resolved.password, resolved.source);
    return {
        source: resolved.source,
        privateKey,
        publicKeyPem: publicKeyPem(privateKey),
        algorithm: signingAlgorithmOf(privateKey, resolved.source),
    };
}
/** Resolves `ref` and loads the public key it names. */
async function loadVerificationKey(ref, deps) {
    const resolved = await resolveVerificationKey(ref, deps);
    const key = parsePublicKey(resolved.publicKeyPem, resolved.source);
    signingAlgorithmOf(key, resolved.source);
    return key;
}

;// CONCATENATED MODULE: ./src/sign/keys/index.ts
// cosign key files for Signet: read and write cosign's encrypted private keys and PEM public keys,
// resolve --key refs (file, env://, gitlab://) through injected I/O, and sign/verify as cosign does.
// Pure apart from node:crypto; files, environment and network come in from src/ci.












/***/ })

};
