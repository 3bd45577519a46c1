export const id = 455;
export const ids = [455];
export const modules = {

/***/ 31455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestCommand: () => (/* binding */ attestCommand),
/* harmony export */   verifyAttestationCommand: () => (/* binding */ verifyAttestationCommand)
/* harmony export */ });
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95043);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39446);
/* harmony import */ var _common_vsa_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87498);
/* harmony import */ var _common_provenance_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91739);
/* harmony import */ var _oidc_token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83707);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12133);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9700);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85526);
// `signet attest` and `signet verify-attestation`: in-toto attestations of an image, with cosign's
// flags (`--predicate`, `--type` with cosign's shorthands), in both storage formats.








function predicateType(flags) {
    const t = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(flags, 'type');
    if (!t)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--type is required: cyclonedx, spdxjson, slsaprovenance1, custom or a URI');
    try {
        return (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePredicateType */ .$d)(t);
    }
    catch (err) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(err.message);
    }
}
const STORAGE_FLAGS = {
    'attestation-format': {
        type: 'string',
        value: 'legacy|bundle|both',
        description: 'cosign .att tags, Sigstore bundle referrers, or both',
        default: 'both',
    },
    'signature-repository': {
        type: 'string',
        value: 'REPO',
        description: 'where attestations are stored (default $COSIGN_REPOSITORY, else beside the image)',
    },
    type: {
        type: 'string',
        value: 'TYPE',
        description: 'predicate type: cyclonedx, spdxjson, slsaprovenance1, custom, … or a URI',
    },
};
const attestCommand = {
    name: 'attest',
    usage: 'signet attest --predicate FILE --type TYPE [--key KEY | --identity-token T] [flags] IMAGE',
    flags: {
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNING_FLAGS */ .uo,
        ...STORAGE_FLAGS,
        predicate: {
            type: 'string',
            value: 'FILE',
            description: 'the predicate, a JSON file (for slsaprovenance1 in GitHub Actions or GitLab CI: built from the run when absent)',
        },
        recursive: {
            type: 'boolean',
            short: 'r',
            description: 'for an index, also attest every platform manifest',
            default: true,
        },
        output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .imageArgument */ .hu)(positionals, 'attest');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .outputFormat */ .B$)(flags);
        const type = predicateType(flags);
        const path = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(flags, 'predicate');
        let predicate;
        if (!path && type === _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SLSA_PROVENANCE_V1 */ .us) {
            // No file: SLSA provenance of this CI run (GitHub: as actions/attest-build-provenance makes;
            // GitLab: Signet's gitlab-ci/v1 build type, from the job's ID token where it is in the environment).
            const token = host.env.SIGSTORE_ID_TOKEN;
            const made = (0,_common_provenance_context_js__WEBPACK_IMPORTED_MODULE_3__/* .ciProvenance */ .Sv)(host.env, token ? (0,_oidc_token_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeClaims */ .Yq)(token) : undefined);
            if ('missing' in made)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--predicate FILE is required outside a CI run: ${made.missing}`);
            predicate = made.predicate;
        }
        else {
            if (!path)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--predicate FILE is required');
            try {
                predicate = JSON.parse((await host.readFile(path)).toString('utf8'));
            }
            catch (err) {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--predicate ${path}: not a JSON file: ${err.message}`);
            }
        }
        const format = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .storageFormat */ .pi)(flags, 'attestation-format');
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const { signer, witnesses } = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .signingDeps */ .qf)(flags, host);
            const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attestImage */ .DT)({
                image,
                predicateType: type,
                predicate,
                format,
                recursive: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(flags, 'recursive'),
                signatureRepository: sigRepo,
            }, { registry, signer, witnesses });
            if (output === 'json') {
                host.stdout(JSON.stringify({
                    schema: 'signet.attest/v1',
                    image: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)(result.image),
                    digest: result.digest,
                    predicateType: result.predicateType,
                    attestations: result.attestations.map((a) => ({
                        subject: a.subject.digest,
                        platform: a.subject.platform,
                        format: a.format,
                        location: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)(a.location),
                        logIndex: a.logIndex ?? null,
                    })),
                    warnings: result.warnings,
                }) + '\n');
            }
            else {
                host.stdout(`${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)(result.image)}\n`);
                for (const a of result.attestations) {
                    const log = a.logIndex !== undefined ? ` (rekor log index ${a.logIndex})` : '';
                    host.stderr(`attested ${a.subject.digest} [${a.format}] -> ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)(a.location)}${log}\n`);
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
const verifyAttestationCommand = {
    name: 'verify-attestation',
    usage: 'signet verify-attestation --type TYPE [--key KEY | --certificate-identity[-regexp] X --certificate-oidc-issuer[-regexp] Y] [flags] IMAGE',
    flags: { ..._common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .VERIFY_FLAGS */ .Oi, ...STORAGE_FLAGS, ..._common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .VSA_CHECK_FLAGS */ .kQ, ..._common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .VSA_WRITE_FLAGS */ .nR, ..._common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .REGISTRY_FLAGS */ .sY },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .imageArgument */ .hu)(positionals, 'verify-attestation');
        const type = predicateType(flags);
        const formats = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .storageFormat */ .pi)(flags, 'attestation-format');
        (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .checkVsaFlags */ .U4)(flags, host);
        const isVsa = type === _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SLSA_VSA_V1 */ .Nw;
        if (isVsa && (0,_common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(flags, 'vsa')) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--vsa writes a summary of a verification; it cannot summarise --type vsa itself');
        }
        if (!isVsa) {
            for (const f of ['max-age', 'vsa-level', 'vsa-verifier']) {
                const v = flags[f];
                if (v !== undefined && !(Array.isArray(v) && v.length === 0)) {
                    throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--${f} applies to --type vsa only`);
                }
            }
        }
        const policy = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyPolicy */ .Es)(flags, host);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            let result;
            try {
                result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyAttestations */ .rm)({ image, predicateType: type, policy, signatureRepository: sigRepo, formats }, { registry });
            }
            catch (err) {
                if (err instanceof _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .AttestError */ .yj && err.code === 'ATTEST_NOT_FOUND' && (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .wantsVsa */ .md)(flags, false)) {
                    const digest = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveDigest */ .j)(registry, image);
                    await (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .writeVsa */ .GH)(flags, host, registry, {
                        image,
                        digest,
                        signatureRepository: sigRepo,
                        evidence: (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .missingEvidence */ .QI)(policy, [type]),
                    });
                }
                throw err;
            }
            if (isVsa) {
                // A signed summary is accepted only when it also says the right thing about this digest.
                const expect = (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .vsaExpectation */ .hW)(flags, image, result.digest, new Date());
                const kept = [];
                for (const a of result.attestations) {
                    try {
                        (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVsa */ .Ch)(a.statement, expect);
                        kept.push(a);
                    }
                    catch (err) {
                        if (!(err instanceof _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .AttestError */ .yj))
                            throw err;
                        result.rejected.push({
                            format: a.format,
                            location: a.location,
                            code: err.code,
                            message: err.message,
                        });
                    }
                }
                result.attestations = kept;
                result.verified = kept.length > 0;
            }
            if ((0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .wantsVsa */ .md)(flags, result.verified)) {
                await (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .writeVsa */ .GH)(flags, host, registry, {
                    image,
                    digest: result.digest,
                    signatureRepository: sigRepo,
                    evidence: (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .toVsaEvidence */ .Vd)({ policy, attestations: [result] }),
                });
            }
            for (const a of result.attestations)
                host.stdout(JSON.stringify(a.statement) + '\n');
            const where = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)({ ...result.image, digest: result.digest });
            for (const a of result.attestations) {
                const who = a.identity ? ` by ${a.identity.subjectAlternativeName ?? ''}` : '';
                host.stderr(`verified ${a.format} ${a.location}${who}\n`);
            }
            for (const r of result.rejected)
                host.stderr(`rejected ${r.format} ${r.location}: ${r.code}: ${r.message}\n`);
            for (const w of result.warnings)
                host.stderr(`warning: ${w}\n`);
            if (!result.verified) {
                host.stderr(`signet verify-attestation: ${where}: none of its ${result.rejected.length} ${type} attestations passed\n`);
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

/***/ 91739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sv: () => (/* binding */ ciProvenance),
/* harmony export */   t6: () => (/* binding */ githubProvenance)
/* harmony export */ });
/* unused harmony exports githubProvenanceContext, gitlabProvenanceContext, gitlabProvenance */
/* harmony import */ var _attest_provenance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73134);
/* harmony import */ var _attest_gitlab_provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98708);
// Reads the GitHub Actions run context SLSA provenance is built from (the adapter's job: only src/ci
// reads the environment). The names are GitHub's default environment variables.


/** The provenance context of the current GitHub Actions run, or undefined outside one. */
function githubProvenanceContext(env) {
    const need = [
        'GITHUB_SERVER_URL',
        'GITHUB_REPOSITORY',
        'GITHUB_WORKFLOW_REF',
        'GITHUB_EVENT_NAME',
        'GITHUB_REF',
        'GITHUB_SHA',
        'GITHUB_RUN_ID',
    ];
    if (env.GITHUB_ACTIONS !== 'true' || need.some((k) => !env[k]))
        return undefined;
    return {
        serverURL: env.GITHUB_SERVER_URL,
        repository: env.GITHUB_REPOSITORY,
        workflowRef: env.GITHUB_WORKFLOW_REF,
        eventName: env.GITHUB_EVENT_NAME,
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        repositoryId: env.GITHUB_REPOSITORY_ID,
        repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID,
        runnerEnvironment: env.RUNNER_ENVIRONMENT,
    };
}
/**
 * SLSA provenance of the current GitHub Actions run, with the builder the job really ran (the token's
 * job_workflow_ref and runner_environment, when a token was had), or why it cannot be built here.
 */
function githubProvenance(env, claims) {
    const ctx = githubProvenanceContext(env);
    if (!ctx)
        return { missing: 'provenance is built from a GitHub Actions run context (GITHUB_* variables)' };
    if (typeof claims?.job_workflow_ref === 'string')
        ctx.jobWorkflowRef = claims.job_workflow_ref;
    if (typeof claims?.runner_environment === 'string')
        ctx.runnerEnvironment = claims.runner_environment;
    return { predicate: (0,_attest_provenance_js__WEBPACK_IMPORTED_MODULE_0__/* .buildProvenance */ .S)(ctx) };
}
const claim = (claims, name) => {
    const v = claims?.[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};
/**
 * The provenance context of the current GitLab job: from the ID token's claims where it has them (GitLab
 * signed those), else from the CI_* variables; undefined with what is missing.
 */
function gitlabProvenanceContext(env, claims) {
    if (env.GITLAB_CI !== 'true')
        return { missing: 'not a GitLab CI/CD job (GITLAB_CI is not true)' };
    const tag = env.CI_COMMIT_TAG;
    const refFromEnv = tag
        ? `refs/tags/${tag}`
        : env.CI_COMMIT_BRANCH
            ? `refs/heads/${env.CI_COMMIT_BRANCH}`
            : undefined;
    const projectPath = claim(claims, 'project_path') ?? env.CI_PROJECT_PATH;
    const refPath = claim(claims, 'ref_path') ?? refFromEnv;
    const configRef = claim(claims, 'ci_config_ref_uri') ??
        (env.CI_SERVER_HOST && projectPath && env.CI_CONFIG_PATH && refPath
            ? `${env.CI_SERVER_HOST}/${projectPath}//${env.CI_CONFIG_PATH}@${refPath}`
            : undefined);
    const fields = {
        serverURL: env.CI_SERVER_URL,
        projectPath,
        ciConfigRefURI: configRef,
        refPath,
        sha: claim(claims, 'sha') ?? env.CI_COMMIT_SHA,
        pipelineSource: claim(claims, 'pipeline_source') ?? env.CI_PIPELINE_SOURCE,
        pipelineId: claim(claims, 'pipeline_id') ?? env.CI_PIPELINE_ID,
        jobId: claim(claims, 'job_id') ?? env.CI_JOB_ID,
    };
    const missing = Object.entries(fields)
        .filter(([, v]) => !v)
        .map(([k]) => k);
    if (missing.length > 0) {
        return {
            missing: `GitLab provenance needs ${missing.join(', ')} (from the ID token or CI_* variables)`,
        };
    }
    const ctx = fields;
    const out = { ...ctx };
    const optional = [
        ['jobName', env.CI_JOB_NAME],
        ['projectId', claim(claims, 'project_id') ?? env.CI_PROJECT_ID],
        ['namespaceId', claim(claims, 'namespace_id') ?? env.CI_PROJECT_NAMESPACE_ID],
        ['runnerId', claim(claims, 'runner_id') ?? env.CI_RUNNER_ID],
        ['runnerEnvironment', claim(claims, 'runner_environment')],
        ['runnerVersion', env.CI_RUNNER_VERSION],
        ['ciConfigSha', claim(claims, 'ci_config_sha')],
        ['startedOn', env.CI_JOB_STARTED_AT],
    ];
    for (const [k, v] of optional)
        if (v)
            out[k] = v;
    return out;
}
/** SLSA provenance of the current GitLab job, or why it cannot be built here. */
function gitlabProvenance(env, claims) {
    const ctx = gitlabProvenanceContext(env, claims);
    if ('missing' in ctx)
        return ctx;
    return { predicate: (0,_attest_gitlab_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .buildGitLabProvenance */ .j)(ctx) };
}
/** SLSA provenance of the CI run this process is in: a GitHub Actions run or a GitLab job. */
function ciProvenance(env, claims) {
    if (env.GITLAB_CI === 'true')
        return gitlabProvenance(env, claims);
    const made = githubProvenance(env, claims);
    return 'missing' in made
        ? { missing: 'provenance is built from a GitHub Actions run or a GitLab CI/CD job context' }
        : made;
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
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85526);
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
    const { signer, witnesses } = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .signingDeps */ .qf)(signFlags, host);
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


/***/ })

};
