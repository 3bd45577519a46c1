export const id = 633;
export const ids = [633];
export const modules = {

/***/ 55633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signCommand: () => (/* binding */ signCommand),
/* harmony export */   triangulateCommand: () => (/* binding */ triangulateCommand),
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12133);
<<<<<<< HEAD
/* harmony import */ var _sign_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94605);
<<<<<<< HEAD
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48667);
=======
/* harmony import */ var _sign_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24057);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85938);
>>>>>>> h15
=======
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39446);
>>>>>>> h12
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9700);
/* harmony import */ var _sign_constants_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(50844);
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95043);
/* harmony import */ var _common_vsa_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87498);
<<<<<<< HEAD
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18352);
=======
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79247);
>>>>>>> h13
// `signet sign`, `signet verify` and `signet triangulate`: the image commands, with cosign's flags.









const STORAGE_FLAGS = {
    'signature-format': {
        type: 'string',
        value: 'legacy|bundle|both',
        description: 'cosign .sig tags, Sigstore bundle referrers, or both',
        default: 'both',
    },
    'signature-repository': {
        type: 'string',
        value: 'REPO',
        description: 'where signatures are stored (default $COSIGN_REPOSITORY, else beside the image)',
    },
};
const signCommand = {
    name: 'sign',
    usage: 'signet sign [--key KEY | --identity-token T] [flags] IMAGE',
    flags: {
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNING_FLAGS */ .uo,
        ...STORAGE_FLAGS,
        recursive: {
            type: 'boolean',
            short: 'r',
            description: 'for an index, also sign every platform manifest',
            default: true,
        },
        annotations: {
            type: 'list',
            short: 'a',
            value: 'KEY=VALUE',
            description: 'annotation to sign with the image',
        },
        output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .imageArgument */ .hu)(positionals, 'sign');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .outputFormat */ .B$)(flags);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const { signer, witnesses, notices } = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .signingDeps */ .qf)(flags, host, {
                legacyFormat: (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .storageFormat */ .pi)(flags, 'signature-format') !== 'bundle',
            });
            for (const n of notices)
                host.stderr(`warning: ${n}\n`);
            const result = await (0,_sign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .signImage */ .jV)({
                image,
                format: (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .storageFormat */ .pi)(flags, 'signature-format'),
                recursive: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .bool */ .lc)(flags, 'recursive'),
                signatureRepository: sigRepo,
                annotations: (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .annotations */ .hk)(flags),
            }, { registry, signer, witnesses });
            if (output === 'json') {
                host.stdout(JSON.stringify({
                    schema: 'signet.sign/v1',
                    image: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(result.image),
                    digest: result.digest,
                    signatures: (0,_sign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .toSignaturesJSON */ .jP)(result.signatures),
                    warnings: result.warnings,
                }) + '\n');
            }
            else {
                host.stdout(`${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(result.image)}\n`);
                for (const s of result.signatures) {
                    const what = s.unchanged ? 'already signed' : 'signed';
                    const log = s.logIndex !== undefined ? ` (rekor log index ${s.logIndex})` : '';
                    host.stderr(`${what} ${s.subject.digest} [${s.format}] -> ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(s.location)}${log}\n`);
                }
            }
            for (const w of result.warnings)
                host.stderr(`warning: ${w}\n`);
            return 0;
        }
        finally {
            registry.close();
        }
    },
};
const verifyCommand = {
    name: 'verify',
    usage: 'signet verify [--key KEY | --certificate-identity[-regexp] X --certificate-oidc-issuer[-regexp] Y] [flags] IMAGE',
    flags: {
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .VERIFY_FLAGS */ .Oi,
        ...STORAGE_FLAGS,
        'ignore-docker-reference': {
            type: 'boolean',
            description: 'accept legacy signatures naming another repository (copied images)',
        },
        ..._common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .VSA_WRITE_FLAGS */ .nR,
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .imageArgument */ .hu)(positionals, 'verify');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .outputFormat */ .B$)(flags);
        (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .checkVsaFlags */ .U4)(flags, host);
        const policy = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyPolicy */ .Es)(flags, host);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            let result;
            try {
                result = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyImage */ .ZG)({
                    image,
                    signatureRepository: sigRepo,
                    formats: (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .storageFormat */ .pi)(flags, 'signature-format'),
                    policy,
                    ignoreDockerReference: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .bool */ .lc)(flags, 'ignore-docker-reference'),
                }, { registry });
            }
            catch (err) {
                // Nothing to check is a failed verification too: recorded as FAILED when asked, then thrown.
                if (err instanceof _verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VerifyError */ .Gz && err.code === 'VERIFY_NO_SIGNATURES' && (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .wantsVsa */ .md)(flags, false)) {
                    const digest = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveDigest */ .j)(registry, image);
                    const evidence = (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .missingEvidence */ .QI)(policy, [_sign_constants_js__WEBPACK_IMPORTED_MODULE_7__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4]);
                    await (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .writeVsa */ .GH)(flags, host, registry, { image, digest, signatureRepository: sigRepo, evidence });
                }
                throw err;
            }
            // The summary is signed and stored before the verdict is printed: a failure to write it fails the command.
            if ((0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .wantsVsa */ .md)(flags, result.verified)) {
                const evidence = (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .toVsaEvidence */ .Vd)({ policy, signatures: result });
                await (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .writeVsa */ .GH)(flags, host, registry, {
                    image,
                    digest: result.digest,
                    signatureRepository: sigRepo,
                    evidence,
                });
            }
            if (output === 'json')
                host.stdout(JSON.stringify((0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toVerifyJSON */ .bE)(result)) + '\n');
            else {
                host.stdout((0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatVerdict */ .Pu)(result) + '\n');
                for (const line of (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDetails */ .SE)(result))
                    host.stderr(line + '\n');
            }
            const failure = (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toVerifyFailure */ .Jo)(result);
            if (failure && output === 'text')
                host.stderr(`signet verify: ${failure.message} [${failure.code}]\n`);
            return result.verified ? 0 : 1;
        }
        finally {
            registry.close();
        }
    },
};
const triangulateCommand = {
    name: 'triangulate',
    usage: 'signet triangulate [--signature-repository REPO] [--output json] IMAGE',
    flags: {
        'signature-repository': STORAGE_FLAGS['signature-repository'],
        output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .imageArgument */ .hu)(positionals, 'triangulate');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .outputFormat */ .B$)(flags);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const r = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .triangulate */ .lO)({ image, signatureRepository: sigRepo }, { registry });
            if (output === 'json') {
                host.stdout(JSON.stringify({
                    schema: 'signet.triangulate/v1',
                    ...r,
                    image: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(r.image),
                    signatureRepository: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(r.signatureRepository),
                }) + '\n');
                return 0;
            }
            for (const t of r.tags)
                host.stdout(`${t.kind}\t${t.reference}\t${t.exists ? 'present' : 'absent'}\n`);
            for (const item of r.referrers.items) {
                host.stdout(`referrer\t${item.reference}\t${item.artifactType ?? item.mediaType}\n`);
            }
            if (r.referrers.fallbackTag)
                host.stdout(`referrers-index\t${r.referrers.fallbackTag}\t${r.referrers.source}\n`);
            return 0;
        }
        finally {
            registry.close();
        }
    },
};


/***/ }),

/***/ 22576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 87498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95043);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12133);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
<<<<<<< HEAD
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18352);
=======
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79247);
>>>>>>> h13
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22576);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9700);
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
        default: _context_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_FULCIO_URL */ .jl,
    },
    'rekor-url': {
        type: 'string',
        value: 'URL',
        description: 'Rekor (v1 API) for VSA signing',
        default: _context_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REKOR_URL */ .AD,
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
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'vsa') && (passed || (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'vsa-on-failure'));
}
/** Refuses bad VSA flags (`--vsa-on-failure` without `--vsa`, no verifier id) before anything runs. */
function checkVsaFlags(flags, host) {
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'vsa-on-failure') && !(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'vsa')) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--vsa-on-failure needs --vsa');
    }
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'vsa'))
        vsaVerifierId(flags, host);
    const format = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-format');
    if (format !== undefined && !['legacy', 'bundle', 'both'].includes(format)) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--vsa-format takes legacy, bundle or both, got ${JSON.stringify(format)}`);
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
    const given = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-verifier-id');
    if (given)
        return given;
    const id = (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .ciRunIdentity */ .wn)(host.env, undefined);
    if (id)
        return id.identity;
    throw new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--vsa needs a verifier id outside GitHub Actions and GitLab CI: pass --vsa-verifier-id URI (who vouches for this verification)');
}
/** Signs and attaches the VSA of one verification; prints where it went. */
async function writeVsa(flags, host, registry, target) {
    const verifierId = vsaVerifierId(flags, host);
    // The signing helper reads cosign's `--key`; for a verify command that flag is the verification key.
    const signFlags = { ...flags, key: (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-key') };
    const { signer, witnesses } = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .signingDeps */ .qf)(signFlags, host, {
        legacyFormat: ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-format') ?? 'both') !== 'bundle',
    });
    const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attestVsa */ .UK)({
        image: target.image,
        digest: target.digest,
        ...target.evidence,
        verifierId,
        verifierVersion: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x,
        timeVerified: new Date(),
        ...((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-policy-uri') ? { policyUri: (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-policy-uri') } : {}),
        format: ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-format') ?? 'both'),
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
    const result = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-result') ?? 'PASSED';
    if (result !== 'PASSED' && result !== 'FAILED') {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--vsa-result takes PASSED or FAILED, got ${JSON.stringify(result)}`);
    }
    const maxAge = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'max-age');
    let maxAgeMs;
    if (maxAge !== undefined) {
        try {
            maxAgeMs = (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMaxAge */ .pq)(maxAge);
        }
        catch (err) {
            throw new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(err.message);
        }
    }
    const expect = { image, digest, result, now };
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'vsa-level').length > 0)
        expect.levels = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'vsa-level');
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'vsa-verifier').length > 0)
        expect.verifierIds = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'vsa-verifier');
    if (maxAgeMs !== undefined)
        expect.maxAgeMs = maxAgeMs;
    return expect;
}


/***/ }),

/***/ 24057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jV: () => (/* reexport */ sign_image/* signImage */.jV),
  rl: () => (/* reexport */ toSignTargets),
  jP: () => (/* reexport */ sign_image/* toSignaturesJSON */.jP)
});

// UNUSED EXPORTS: SignError

// EXTERNAL MODULE: ./src/sign/sign-image.ts
var sign_image = __webpack_require__(83688);
;// CONCATENATED MODULE: ./src/sign/sign-targets.ts
/** `digest` in each distinct registry/repository of `names`, in the order given (first tag first). */
function toSignTargets(names, digest) {
    const seen = new Set();
    const out = [];
    for (const n of names) {
        const key = `${n.registry}/${n.repository}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ registry: n.registry, repository: n.repository, digest });
    }
    return out;
}

// EXTERNAL MODULE: ./src/sign/errors.ts
var errors = __webpack_require__(73910);
;// CONCATENATED MODULE: ./src/sign/index.ts
// The sign stage's public API: sign an image by digest in cosign's legacy format, as a Sigstore bundle
// referrer, or both. The CLI and CI adapters build the deps (registry client, signer, witnesses).





/***/ })

};
