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
/* harmony import */ var _sign_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24057);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8649);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9700);
/* harmony import */ var _sign_constants_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(50844);
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95043);
/* harmony import */ var _common_vsa_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87498);
/* harmony import */ var _cluster_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40031);
/* harmony import */ var _cluster_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14881);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78019);
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
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNING_FLAGS */ .uo,
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
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .imageArgument */ .hu)(positionals, 'sign');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .outputFormat */ .B$)(flags);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const { signer, witnesses, notices } = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .signingDeps */ .qf)(flags, host, {
                legacyFormat: (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .storageFormat */ .pi)(flags, 'signature-format') !== 'bundle',
            });
            for (const n of notices)
                host.stderr(`warning: ${n}\n`);
            const result = await (0,_sign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .signImage */ .jV)({
                image,
                format: (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .storageFormat */ .pi)(flags, 'signature-format'),
                recursive: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(flags, 'recursive'),
                signatureRepository: sigRepo,
                annotations: (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .annotations */ .hk)(flags),
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
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .VERIFY_FLAGS */ .Oi,
        ...STORAGE_FLAGS,
        'ignore-docker-reference': {
            type: 'boolean',
            description: 'accept legacy signatures naming another repository (copied images)',
        },
        ..._common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .VSA_WRITE_FLAGS */ .nR,
        record: {
            type: 'string',
            value: 'development|production',
            description: 'after the verification passed, record the digest at this level in the cluster (pre-flight record target)',
        },
        kubeconfig: {
            type: 'string',
            value: 'FILE',
            description: 'with --record: kubeconfig (default $KUBECONFIG, in-cluster, ~/.kube/config)',
        },
        context: { type: 'string', value: 'NAME', description: 'with --record: kubeconfig context' },
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .imageArgument */ .hu)(positionals, 'verify');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .outputFormat */ .B$)(flags);
        (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .checkVsaFlags */ .U4)(flags, host);
        const recordLevel = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(flags, 'record');
        if (recordLevel !== undefined && recordLevel !== 'development' && recordLevel !== 'production')
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--record must be development or production, not "${recordLevel}"`);
        const kube = recordLevel ? (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_5__/* .createKubeApi */ .QP)(await (0,_cluster_js__WEBPACK_IMPORTED_MODULE_6__.kubeSource)(flags, host)) : undefined;
        const policy = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyPolicy */ .Es)(flags, host);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            let result;
            try {
                result = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyImage */ .ZG)({
                    image,
                    signatureRepository: sigRepo,
                    formats: (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .storageFormat */ .pi)(flags, 'signature-format'),
                    policy,
                    ignoreDockerReference: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(flags, 'ignore-docker-reference'),
                }, { registry });
            }
            catch (err) {
                // Nothing to check is a failed verification too: recorded as FAILED when asked, then thrown.
                if (err instanceof _verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VerifyError */ .Gz && err.code === 'VERIFY_NO_SIGNATURES' && (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .wantsVsa */ .md)(flags, false)) {
                    const digest = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveDigest */ .j)(registry, image);
                    const evidence = (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_4__/* .missingEvidence */ .QI)(policy, [_sign_constants_js__WEBPACK_IMPORTED_MODULE_9__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4]);
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
            // The record is written only after this verification passed (writeRecord checks it again).
            if (kube && recordLevel && result.verified) {
                const r = await (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_5__/* .writeRecord */ .rh)({ verification: result, level: recordLevel, verifiedAt: new Date().toISOString() }, { kube });
                host.stderr(`record ${r.record} ${r.action} (${r.level})\n`);
            }
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
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .imageArgument */ .hu)(positionals, 'triangulate');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .outputFormat */ .B$)(flags);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
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
