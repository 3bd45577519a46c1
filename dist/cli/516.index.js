export const id = 516;
export const ids = [516];
export const modules = {

/***/ 40516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflightCommand: () => (/* binding */ preflightCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/index.js + 7 modules
var cluster = __webpack_require__(4070);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/values.js
var values = __webpack_require__(42229);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/context.js
var context = __webpack_require__(58652);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/cli/args.js
var args = __webpack_require__(35975);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/cli/images.js
var cli_images = __webpack_require__(4964);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/keys/index.js + 11 modules
var keys = __webpack_require__(53776);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/verify/index.js + 8 modules
var verify = __webpack_require__(76781);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/errors.js
var errors = __webpack_require__(1999);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/verify/errors.js
var verify_errors = __webpack_require__(93549);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/preflight-verifier.js




function policyFor(signer, trustedRoot, noTlog) {
    if (signer.kind === 'key') {
        return (0,verify/* buildVerifyPolicy */.eQ)({
            publicKey: (0,keys/* parsePublicKey */.ee)(signer.publicKey, 'preflight policy key'),
            trustedRoot,
            insecureIgnoreTlog: noTlog,
        });
    }
    return (0,verify/* buildVerifyPolicy */.eQ)({
        trustedRoot,
        identity: signer.subject !== undefined
            ? { certificateIdentity: signer.subject, certificateOidcIssuer: signer.issuer }
            : { certificateIdentityRegexp: signer.subjectRegExp, certificateOidcIssuer: signer.issuer },
        insecureIgnoreTlog: noTlog,
    });
}
/** Pre-flight deps over a registry client and trust material. */
function preflightVerifier(opts) {
    return {
        async resolve(image) {
            const d = await opts.registry.headManifest(image);
            if (!d)
                throw new errors/* RegistryError */.gl('REGISTRY_NOT_FOUND', `${image.registry}/${image.repository}: not found`);
            return d.digest;
        },
        async verify(image, rule) {
            let digest = image.digest;
            const checks = [];
            for (const signer of rule.signers) {
                const policy = policyFor(signer, opts.trustedRoot, opts.noTlog === true);
                try {
                    const r = await (0,verify/* verifyImage */.ZG)({ image, policy, formats: opts.formats ?? 'both' }, { registry: opts.registry });
                    digest = r.digest;
                    checks.push({ policy, result: r });
                    if (!r.verified) {
                        opts.onChecked?.(image, r.digest, checks, false);
                        return {
                            digest: r.digest,
                            verified: false,
                            reason: r.rejected.map((x) => `${x.code}: ${x.message}`).join('; '),
                        };
                    }
                }
                catch (err) {
                    if (!digest)
                        throw err;
                    checks.push({ policy });
                    opts.onChecked?.(image, digest, checks, false);
                    return { digest, verified: false, reason: err.message };
                }
            }
            if (!digest)
                throw new verify_errors/* VerifyError */.G('VERIFY_FAILED', 'verified without a digest');
            opts.onChecked?.(image, digest, checks, true);
            return { digest, verified: true };
        },
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/attest/index.js + 8 modules
var attest = __webpack_require__(88374);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/vsa.js
var vsa = __webpack_require__(54325);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/index.js + 4 modules
var sign = __webpack_require__(81341);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/cli/commands/preflight.js
// `signet preflight`: verify every image of Kubernetes manifests against a pre-flight policy and write
// them pinned by digest, with reports.










const path = (host, p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(host.cwd, p));
async function manifestFiles(host, args) {
    const out = [];
    const visit = async (p) => {
        const entries = await host.readDir(path(host, p));
        if (entries === undefined) {
            out.push({ path: p, text: (await host.readFile(path(host, p))).toString('utf8') });
            return;
        }
        for (const e of entries) {
            if (e.directory || /\.(ya?ml|json)$/.test(e.name))
                await visit((0,external_node_path_.join)(p, e.name));
        }
    };
    for (const a of args)
        await visit(a);
    return out;
}
const preflightCommand = {
    name: 'preflight',
    usage: 'signet preflight --policy P [--output-dir DIR] [--report NAME] FILES|DIRS',
    flags: {
        policy: {
            type: 'string',
            value: 'FILE',
            description: 'pre-flight policy: rules of image globs and their signers',
        },
        'output-dir': {
            type: 'string',
            value: 'DIR',
            description: 'write the manifests with images pinned here',
        },
        report: { type: 'string', value: 'NAME', description: 'write NAME.json and NAME.md reports' },
        'trusted-root': {
            type: 'string',
            value: 'FILE',
            description: 'Sigstore trusted_root.json (default public-good via TUF)',
        },
        'insecure-ignore-tlog': { type: 'boolean', description: 'accept key signatures without a tlog entry' },
        concurrency: {
            type: 'string',
            value: 'N',
            description: 'verifications in flight (default: the number of CPUs Node may use, 2 to 16)',
        },
        ...vsa/* VSA_WRITE_FLAGS */.nR,
        ...context/* REGISTRY_FLAGS */.sY,
    },
    async run({ flags, positionals }, host) {
        if (positionals.length === 0)
            throw new values/* UsageError */.eb('give the manifest FILES or DIRS to check');
        (0,vsa/* checkVsaFlags */.U4)(flags, host);
        const policyPath = (0,values/* str */.gx)(flags, 'policy');
        if (!policyPath)
            throw new values/* UsageError */.eb('--policy is required');
        const policy = (0,cluster.parsePreflightPolicy)((await host.readFile(path(host, policyPath))).toString('utf8'), policyPath);
        const files = await manifestFiles(host, positionals);
        const noTlog = (0,values/* bool */.lc)(flags, 'insecure-ignore-tlog');
        const needsRoot = policy.rules.some((r) => r.signers.some((s) => s.kind === 'keyless')) || !noTlog;
        const registry = await (0,context/* registryClient */.Rk)(flags, host, []);
        try {
            // Each distinct image's checks, for its verification summary (--vsa).
            const checked = new Map();
            const result = await (0,cluster.preflight)({ files, policy, concurrency: (0,args/* countFlag */.GN)(flags, 'concurrency') ?? (0,cli_images/* defaultConcurrency */.PV)() }, preflightVerifier({
                registry,
                trustedRoot: needsRoot ? await (0,context/* trustedRoot */.EH)(flags, host) : undefined,
                noTlog,
                onChecked(image, digest, checks, verified) {
                    checked.set(`${image.registry}/${image.repository}@${digest}`, {
                        image,
                        digest,
                        checks,
                        verified,
                    });
                },
            }));
            for (const c of checked.values()) {
                if (!(0,vsa/* wantsVsa */.md)(flags, c.verified))
                    continue;
                const evidence = (0,attest/* combineVsaEvidence */.RK)(c.checks.map((k) => k.result
                    ? (0,attest/* toVsaEvidence */.Vd)({ policy: k.policy, signatures: k.result })
                    : (0,vsa/* missingEvidence */.QI)(k.policy, [sign.COSIGN_SIGN_PREDICATE_TYPE])));
                await (0,vsa/* writeVsa */.GH)(flags, host, registry, { image: c.image, digest: c.digest, evidence });
            }
            const outDir = (0,values/* str */.gx)(flags, 'output-dir');
            if (outDir && result.ok) {
                for (const f of result.files)
                    await host.writeFile((0,external_node_path_.join)(path(host, outDir), f.path), f.text, { mode: 0o644, overwrite: true });
            }
            const report = (0,values/* str */.gx)(flags, 'report');
            if (report) {
                await host.writeFile(path(host, `${report}.json`), (0,cluster.toPreflightJSON)(result), {
                    mode: 0o644,
                    overwrite: true,
                });
                await host.writeFile(path(host, `${report}.md`), (0,cluster.toPreflightMarkdown)(result), {
                    mode: 0o644,
                    overwrite: true,
                });
            }
            for (const i of result.images)
                host.stdout(`${i.status}\t${i.pinned ?? i.image}\n`);
            if (result.error) {
                host.stderr(`signet preflight: ${result.error.message} [${result.error.code}]\n`);
                return 1;
            }
            return 0;
        }
        finally {
            registry.close();
        }
    },
};


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ imagesArgument),
/* harmony export */   PV: () => (/* binding */ defaultConcurrency),
/* harmony export */   Wx: () => (/* binding */ forEachImage),
/* harmony export */   eN: () => (/* binding */ concurrencyFlag),
/* harmony export */   o3: () => (/* binding */ reportFailures)
/* harmony export */ });
/* unused harmony exports MAX_IMAGES_FILE_BYTES, MAX_IMAGES, parseImagesFile */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15489);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76109);
/* harmony import */ var _common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25352);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42229);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35975);
// Many images per call (`signet sign|verify|attest IMAGE… --images-from FILE`): the image list read once,
// how many run at once (sized from the machine, not a fixed 8: on 2 cores 8 in flight is slower than
// 1), and the fan-out that runs every image to its own result, so one failure neither hides nor stops
// the others and the command still fails closed.






/** The largest --images-from file read (about 4,000 references of 256 characters). */
const MAX_IMAGES_FILE_BYTES = 1024 * 1024;
/** The most images one call takes. */
const MAX_IMAGES = 10_000;
/**
 * Operations in flight by default, from the CPUs Node may use. Verifications are mostly CPU (signature
 * and certificate checks): one per CPU, at least 2 (a registry round trip overlaps another image's
 * checks), at most 16. Writes (sign, attest) mostly wait on the registry (uploads, the read-back after
 * a tag update): four per CPU, at most 32.
 */
function defaultConcurrency(work = 'verify', cpus = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)()) {
    return work === 'write' ? Math.min(32, Math.max(4, 4 * cpus)) : Math.min(16, Math.max(2, cpus));
}
/**
 * Parses an --images-from file: one image reference per line; `#` starts a comment (a reference never
 * holds one), blank lines are ignored. A bad line is a usage error naming the file and the line.
 */
function parseImagesFile(text, path) {
    const images = [];
    const lines = text.split(/\r?\n/);
    for (const [i, raw] of lines.entries()) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        if (/\s/.test(line)) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--images-from ${path} line ${i + 1}: one image reference per line, got ${JSON.stringify(line)}`);
        }
        try {
            images.push((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(line));
        }
        catch (err) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--images-from ${path} line ${i + 1}: ${err.message}`);
        }
        if (images.length > MAX_IMAGES) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--images-from ${path}: more than ${MAX_IMAGES} images; split the list`);
        }
    }
    return images;
}
/** The IMAGE arguments, then the images of --images-from; at least one, duplicates kept once. */
async function imagesArgument(positionals, flags, host, command) {
    const images = positionals.map((p) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(p));
    const file = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'images-from');
    if (file !== undefined) {
        let bytes;
        try {
            bytes = await host.readFile(file);
        }
        catch (err) {
            const code = err.code;
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--images-from ${file} cannot be read${code ? ` (${code})` : ''}: check the path`);
        }
        if (bytes.length > MAX_IMAGES_FILE_BYTES) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--images-from ${file} is ${bytes.length} bytes, more than ${MAX_IMAGES_FILE_BYTES}: split the list`);
        }
        images.push(...parseImagesFile(bytes.toString('utf8'), file));
    }
    if (images.length === 0) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`signet ${command} takes an IMAGE (or --images-from FILE), got none`);
    }
    if (images.length > MAX_IMAGES)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`signet ${command} takes at most ${MAX_IMAGES} images`);
    const seen = new Set();
    return images.filter((i) => {
        const key = JSON.stringify([i.registry, i.repository, i.tag, i.digest]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** `--concurrency`, else the machine's default for this kind of work. */
function concurrencyFlag(flags, work) {
    return (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .countFlag */ .GN)(flags, 'concurrency', 256) ?? defaultConcurrency(work);
}
/**
 * Runs `fn` for every image, at most `limit` at once, and returns each image's outcome in the order
 * given. Unlike mapLimit, a failed image does not stop the others: each gets its own result.
 */
async function forEachImage(images, limit, fn) {
    const out = new Array(images.length);
    let next = 0;
    const worker = async () => {
        while (next < images.length) {
            const i = next++;
            const image = images[i];
            try {
                out[i] = { image, result: await fn(image) };
            }
            catch (error) {
                out[i] = { image, error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, images.length) }, worker));
    return out;
}
/**
 * After a run over many images: one line per image that failed (with its code), a count, and the exit
 * code: 0 only when every image succeeded.
 */
function reportFailures(command, outcomes, host, done, succeeded = () => true) {
    let failed = 0;
    for (const o of outcomes) {
        if ('error' in o) {
            failed++;
            const e = o.error;
            const message = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .T ? `${e.message} [${e.code}]` : e instanceof Error ? e.message : String(e);
            host.stderr(`signet ${command}: ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .Y4)(o.image)}: ${(0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .toTerminalLine */ .iV)(message)}\n`);
            if (host.env.SIGNET_DEBUG && e instanceof Error && e.cause)
                host.stderr(`  caused by: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .U)(e.cause)}\n`);
        }
        else if (!succeeded(o.result))
            failed++;
    }
    host.stderr(`${done} ${outcomes.length - failed} of ${outcomes.length} images\n`);
    return failed === 0 ? 0 : 1;
}


/***/ }),

/***/ 59257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wn: () => (/* binding */ ciRunIdentity)
/* harmony export */ });
/* unused harmony exports githubIssuer, githubRunIdentity, gitlabRunIdentity */
const PUBLIC_GITHUB = 'https://github.com';
/** The issuer of this GitHub's Actions tokens: github.com's, or a GHES instance's own. */
function githubIssuer(serverURL) {
    return serverURL.replace(/\/+$/, '') === PUBLIC_GITHUB
        ? 'https://token.actions.githubusercontent.com'
        : `${serverURL.replace(/\/+$/, '')}/_services/token`;
}
/**
 * The identity Fulcio certifies for this job: `<server>/<job_workflow_ref>` (the reusable workflow's
 * own file when the job runs one) and the token's issuer. Without a token, GITHUB_WORKFLOW_REF is the
 * best the environment offers (the caller's workflow: wrong inside a reusable workflow).
 */
function githubRunIdentity(env, claims) {
    const server = (env.GITHUB_SERVER_URL ?? PUBLIC_GITHUB).replace(/\/+$/, '');
    if (claims && typeof claims.job_workflow_ref === 'string' && typeof claims.iss === 'string') {
        return { identity: `${server}/${claims.job_workflow_ref}`, issuer: claims.iss };
    }
    if (env.GITHUB_WORKFLOW_REF) {
        return { identity: `${server}/${env.GITHUB_WORKFLOW_REF}`, issuer: githubIssuer(server) };
    }
    return undefined;
}
/**
 * The identity Fulcio certifies for this pipeline: `https://` + the token's `ci_config_ref_uri`
 * (`gitlab.com/group/project//.gitlab-ci.yml@refs/heads/main`) and its issuer; without a token, the
 * same built from CI_PROJECT_URL, CI_CONFIG_PATH and the ref, with CI_SERVER_URL as issuer.
 */
function gitlabRunIdentity(env, claims) {
    if (claims && typeof claims.ci_config_ref_uri === 'string' && typeof claims.iss === 'string') {
        return { identity: `https://${claims.ci_config_ref_uri}`, issuer: claims.iss };
    }
    if (env.CI_PROJECT_URL && env.CI_CONFIG_PATH && env.CI_COMMIT_REF_NAME && env.CI_SERVER_URL) {
        const ref = env.CI_COMMIT_TAG ? `refs/tags/${env.CI_COMMIT_TAG}` : `refs/heads/${env.CI_COMMIT_REF_NAME}`;
        return { identity: `${env.CI_PROJECT_URL}//${env.CI_CONFIG_PATH}@${ref}`, issuer: env.CI_SERVER_URL };
    }
    return undefined;
}
/** GitHub's identity when the token or environment is GitHub's, else GitLab's, else none. */
function ciRunIdentity(env, claims) {
    if (claims?.job_workflow_ref !== undefined)
        return githubRunIdentity(env, claims);
    if (claims?.ci_config_ref_uri !== undefined)
        return gitlabRunIdentity(env, claims);
    if (env.GITHUB_ACTIONS === 'true')
        return githubRunIdentity(env, undefined);
    if (env.GITLAB_CI === 'true')
        return gitlabRunIdentity(env, undefined);
    return undefined;
}


/***/ }),

/***/ 54325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ writeVsa),
/* harmony export */   QI: () => (/* binding */ missingEvidence),
/* harmony export */   U4: () => (/* binding */ checkVsaFlags),
/* harmony export */   hW: () => (/* binding */ vsaExpectation),
/* harmony export */   kQ: () => (/* binding */ VSA_CHECK_FLAGS),
/* harmony export */   md: () => (/* binding */ wantsVsa),
/* harmony export */   nR: () => (/* binding */ VSA_WRITE_FLAGS)
/* harmony export */ });
/* unused harmony export vsaVerifierId */
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88374);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76109);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9308);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58652);
/* harmony import */ var _signing_services_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49761);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59257);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42229);
// The VSA options of the verify commands (`--vsa`, `--vsa-on-failure`, …) and of `verify-attestation
// --type vsa` (`--max-age`, `--vsa-level`, …), read once here into the attest stage's inputs, and the one
// place a verify command writes its verification summary.







/** Flags that make a verify command sign and attach a VSA of its verdict. */
const VSA_WRITE_FLAGS = {
    vsa: {
        type: 'boolean',
        description: 'after a passing verification, sign and attach a SLSA verification summary (VSA) to the digest',
    },
    'vsa-on-failure': {
        type: 'boolean',
        description: 'also write a FAILED VSA when verification fails (the command still fails)',
    },
    'vsa-key': {
        type: 'string',
        value: 'KEY',
        description: 'sign the VSA with this cosign key (default: keyless, as the run identity)',
    },
    'vsa-verifier-id': {
        type: 'string',
        value: 'URI',
        description: "the VSA's verifier.id (default: the CI run's identity)",
    },
    'vsa-policy-uri': {
        type: 'string',
        value: 'URI',
        description: 'where the evaluated policy is published, recorded in the VSA (its digest always is)',
    },
    'vsa-format': {
        type: 'string',
        value: 'legacy|bundle|both',
        description: 'how the VSA is stored: cosign .att tag, bundle referrer, or both',
        default: 'both',
    },
    'identity-token': {
        type: 'string',
        value: 'TOKEN',
        description: 'OIDC token for keyless VSA signing, or a file holding it (default $SIGSTORE_ID_TOKEN, or GitHub Actions)',
    },
    'fulcio-url': {
        type: 'string',
        value: 'URL',
        description: 'Fulcio (VSA signing)',
        default: _signing_services_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_FULCIO_URL */ .jl,
    },
    'rekor-url': {
        type: 'string',
        value: 'URL',
        description: 'Rekor (v1 API) for VSA signing',
        default: _signing_services_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REKOR_URL */ .AD,
    },
    'timestamp-server-url': {
        type: 'string',
        value: 'URL',
        description: 'RFC 3161 timestamp authority (VSA signing)',
    },
    'signing-config': {
        type: 'string',
        value: 'FILE',
        description: 'Sigstore signing config for VSA signing instead of the URL flags',
    },
    'tlog-upload': { type: 'boolean', description: 'record the VSA signature in Rekor', default: true },
};
/** Flags of `verify-attestation --type vsa`: what the summary must say. */
const VSA_CHECK_FLAGS = {
    'max-age': {
        type: 'string',
        value: 'DURATION',
        description: 'vsa: refuse summaries older than this (e.g. 24h)',
    },
    'vsa-result': {
        type: 'string',
        value: 'PASSED|FAILED',
        description: 'vsa: the verificationResult required',
        default: 'PASSED',
    },
    'vsa-level': {
        type: 'list',
        value: 'LEVEL',
        description: 'vsa: a level the summary must meet (SLSA_BUILD_LEVEL_2 is met by 2 or 3); repeatable',
    },
    'vsa-verifier': {
        type: 'list',
        value: 'URI',
        description: 'vsa: an accepted verifier.id; repeatable (default: any, the signer check binds it)',
    },
};
/** Whether the flags ask for a VSA for this verdict. */
function wantsVsa(flags, passed) {
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'vsa') && (passed || (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'vsa-on-failure'));
}
/** Refuses bad VSA flags (`--vsa-on-failure` without `--vsa`, no verifier id) before anything runs. */
function checkVsaFlags(flags, host) {
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'vsa-on-failure') && !(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'vsa')) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--vsa-on-failure needs --vsa');
    }
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'vsa'))
        vsaVerifierId(flags, host);
    const format = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-format');
    if (format !== undefined && !['legacy', 'bundle', 'both'].includes(format)) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--vsa-format takes legacy, bundle or both, got ${JSON.stringify(format)}`);
    }
}
/** The evidence of a verification that found nothing to check: FAILED, no inputs. */
function missingEvidence(policy, predicateTypes) {
    return {
        policy: (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .toPolicyDocument */ .j)(policy, predicateTypes),
        inputAttestations: [],
        result: 'FAILED',
        verifiedLevels: ['FAILED'],
    };
}
/** The verifier.id of this run: `--vsa-verifier-id`, else the CI run's identity; a usage error without either. */
function vsaVerifierId(flags, host) {
    const given = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-verifier-id');
    if (given)
        return given;
    const id = (0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .ciRunIdentity */ .wn)(host.env, undefined);
    if (id)
        return id.identity;
    throw new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--vsa needs a verifier id outside GitHub Actions and GitLab CI: pass --vsa-verifier-id URI (who vouches for this verification)');
}
const vsaSigners = new WeakMap();
/** Signs and attaches the VSA of one verification; prints where it went. */
async function writeVsa(flags, host, registry, target) {
    const verifierId = vsaVerifierId(flags, host);
    // One signer per command run (keyed by its flags): verifying many images signs their summaries with
    // one key load, or one Fulcio certificate.
    let deps = vsaSigners.get(flags);
    if (!deps) {
        // The signing helper reads cosign's `--key`; for a verify command that flag is the verification key.
        const signFlags = { ...flags, key: (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-key') };
        deps = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .signingDeps */ .qf)(signFlags, host, { legacyFormat: ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-format') ?? 'both') !== 'bundle' });
        vsaSigners.set(flags, deps);
    }
    const { signer, witnesses } = await deps;
    const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attestVsa */ .UK)({
        image: target.image,
        digest: target.digest,
        ...target.evidence,
        verifierId,
        verifierVersion: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x,
        timeVerified: new Date(),
        ...((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-policy-uri') ? { policyUri: (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-policy-uri') } : {}),
        format: ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-format') ?? 'both'),
        ...(target.signatureRepository ? { signatureRepository: target.signatureRepository } : {}),
    }, { registry, signer, witnesses });
    for (const a of result.attestations) {
        host.stderr(`vsa ${result.predicate.verificationResult} ${a.subject.digest} [${a.format}] -> ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .Y4)(a.location)}\n`);
    }
    for (const w of result.warnings)
        host.stderr(`warning: ${w}\n`);
    return result;
}
/** What `verify-attestation --type vsa` demands of each summary. */
function vsaExpectation(flags, image, digest, now) {
    const result = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-result') ?? 'PASSED';
    if (result !== 'PASSED' && result !== 'FAILED') {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--vsa-result takes PASSED or FAILED, got ${JSON.stringify(result)}`);
    }
    const maxAge = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'max-age');
    let maxAgeMs;
    if (maxAge !== undefined) {
        try {
            maxAgeMs = (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMaxAge */ .pq)(maxAge);
        }
        catch (err) {
            throw new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(err.message);
        }
    }
    const expect = { image, digest, result, now };
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'vsa-level').length > 0)
        expect.levels = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'vsa-level');
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'vsa-verifier').length > 0)
        expect.verifierIds = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'vsa-verifier');
    if (maxAgeMs !== undefined)
        expect.maxAgeMs = maxAgeMs;
    return expect;
}


/***/ })

};
