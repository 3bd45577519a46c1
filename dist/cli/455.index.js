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
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54054);
/* harmony import */ var _common_provenance_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91739);
/* harmony import */ var _oidc_token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83707);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12133);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9700);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85526);
// `signet attest` and `signet verify-attestation`: in-toto attestations of an image, with cosign's
// flags (`--predicate`, `--type` with cosign's shorthands), in both storage formats.






function predicateType(flags) {
    const t = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(flags, 'type');
    if (!t)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--type is required: cyclonedx, spdxjson, slsaprovenance1, custom or a URI');
    try {
        return (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePredicateType */ .$d)(t);
    }
    catch (err) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(err.message);
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
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNING_FLAGS */ .uo,
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
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .imageArgument */ .hu)(positionals, 'attest');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .outputFormat */ .B$)(flags);
        const type = predicateType(flags);
        const path = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(flags, 'predicate');
        let predicate;
        if (!path && type === _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SLSA_PROVENANCE_V1 */ .us) {
            // No file: SLSA provenance of this CI run (GitHub: as actions/attest-build-provenance makes;
            // GitLab: Signet's gitlab-ci/v1 build type, from the job's ID token where it is in the environment).
            const token = host.env.SIGSTORE_ID_TOKEN;
            const made = (0,_common_provenance_context_js__WEBPACK_IMPORTED_MODULE_1__/* .ciProvenance */ .Sv)(host.env, token ? (0,_oidc_token_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeClaims */ .Yq)(token) : undefined);
            if ('missing' in made)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--predicate FILE is required outside a CI run: ${made.missing}`);
            predicate = made.predicate;
        }
        else {
            if (!path)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--predicate FILE is required');
            try {
                predicate = JSON.parse((await host.readFile(path)).toString('utf8'));
            }
            catch (err) {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--predicate ${path}: not a JSON file: ${err.message}`);
            }
        }
        const format = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .storageFormat */ .pi)(flags, 'attestation-format');
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const { signer, witnesses } = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .signingDeps */ .qf)(flags, host);
            const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attestImage */ .DT)({
                image,
                predicateType: type,
                predicate,
                format,
                recursive: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(flags, 'recursive'),
                signatureRepository: sigRepo,
            }, { registry, signer, witnesses });
            if (output === 'json') {
                host.stdout(JSON.stringify({
                    schema: 'signet.attest/v1',
                    image: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .Y4)(result.image),
                    digest: result.digest,
                    predicateType: result.predicateType,
                    attestations: result.attestations.map((a) => ({
                        subject: a.subject.digest,
                        platform: a.subject.platform,
                        format: a.format,
                        location: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .Y4)(a.location),
                        logIndex: a.logIndex ?? null,
                    })),
                    warnings: result.warnings,
                }) + '\n');
            }
            else {
                host.stdout(`${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .Y4)(result.image)}\n`);
                for (const a of result.attestations) {
                    const log = a.logIndex !== undefined ? ` (rekor log index ${a.logIndex})` : '';
                    host.stderr(`attested ${a.subject.digest} [${a.format}] -> ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .Y4)(a.location)}${log}\n`);
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
    flags: { ..._common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .VERIFY_FLAGS */ .Oi, ...STORAGE_FLAGS, ..._common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_FLAGS */ .sY },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .imageArgument */ .hu)(positionals, 'verify-attestation');
        const type = predicateType(flags);
        const formats = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .storageFormat */ .pi)(flags, 'attestation-format');
        const policy = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyPolicy */ .Es)(flags, host);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyAttestations */ .rm)({ image, predicateType: type, policy, signatureRepository: sigRepo, formats }, { registry });
            for (const a of result.attestations)
                host.stdout(JSON.stringify(a.statement) + '\n');
            const where = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .Y4)({ ...result.image, digest: result.digest });
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


/***/ })

};
