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
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27251);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9700);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85526);
// `signet attest` and `signet verify-attestation`: in-toto attestations of an image, with cosign's
// flags (`--predicate`, `--type` with cosign's shorthands), in both storage formats.





function predicateType(flags) {
    const t = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'type');
    if (!t)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--type is required: cyclonedx, spdxjson, slsaprovenance1, custom or a URI');
    try {
        return (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePredicateType */ .$d)(t);
    }
    catch (err) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(err.message);
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
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNING_FLAGS */ .uo,
        ...STORAGE_FLAGS,
        predicate: {
            type: 'string',
            value: 'FILE',
            description: 'the predicate, a JSON file (for slsaprovenance1 in GitHub Actions: built from the run when absent)',
        },
        recursive: {
            type: 'boolean',
            short: 'r',
            description: 'for an index, also attest every platform manifest',
            default: true,
        },
        output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .imageArgument */ .hu)(positionals, 'attest');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .outputFormat */ .B$)(flags);
        const type = predicateType(flags);
        const path = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'predicate');
        let predicate;
        if (!path && type === _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SLSA_PROVENANCE_V1 */ .us) {
            // No file: SLSA provenance of this GitHub Actions run, as actions/attest-build-provenance makes.
            const made = (0,_common_provenance_context_js__WEBPACK_IMPORTED_MODULE_1__/* .githubProvenance */ .t)(host.env);
            if ('missing' in made)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--predicate FILE is required outside GitHub Actions: ${made.missing}`);
            predicate = made.predicate;
        }
        else {
            if (!path)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--predicate FILE is required');
            try {
                predicate = JSON.parse((await host.readFile(path)).toString('utf8'));
            }
            catch (err) {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--predicate ${path}: not a JSON file: ${err.message}`);
            }
        }
        const format = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .storageFormat */ .pi)(flags, 'attestation-format');
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const { signer, witnesses } = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .signingDeps */ .qf)(flags, host);
            const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attestImage */ .DT)({
                image,
                predicateType: type,
                predicate,
                format,
                recursive: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'recursive'),
                signatureRepository: sigRepo,
            }, { registry, signer, witnesses });
            if (output === 'json') {
                host.stdout(JSON.stringify({
                    schema: 'signet.attest/v1',
                    image: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .Y4)(result.image),
                    digest: result.digest,
                    predicateType: result.predicateType,
                    attestations: result.attestations.map((a) => ({
                        subject: a.subject.digest,
                        platform: a.subject.platform,
                        format: a.format,
                        location: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .Y4)(a.location),
                        logIndex: a.logIndex ?? null,
                    })),
                    warnings: result.warnings,
                }) + '\n');
            }
            else {
                host.stdout(`${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .Y4)(result.image)}\n`);
                for (const a of result.attestations) {
                    const log = a.logIndex !== undefined ? ` (rekor log index ${a.logIndex})` : '';
                    host.stderr(`attested ${a.subject.digest} [${a.format}] -> ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .Y4)(a.location)}${log}\n`);
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
    flags: { ..._common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .VERIFY_FLAGS */ .Oi, ...STORAGE_FLAGS, ..._common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_FLAGS */ .sY },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .imageArgument */ .hu)(positionals, 'verify-attestation');
        const type = predicateType(flags);
        const formats = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .storageFormat */ .pi)(flags, 'attestation-format');
        const policy = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyPolicy */ .Es)(flags, host);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyAttestations */ .rm)({ image, predicateType: type, policy, signatureRepository: sigRepo, formats }, { registry });
            for (const a of result.attestations)
                host.stdout(JSON.stringify(a.statement) + '\n');
            const where = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .Y4)({ ...result.image, digest: result.digest });
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


/***/ })

};
