export const id = 38;
export const ids = [38];
export const modules = {

/***/ 88038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signCommand: () => (/* binding */ signCommand),
  triangulateCommand: () => (/* binding */ triangulateCommand),
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: ./src/registry/index.ts + 13 modules
var src_registry = __webpack_require__(27251);
// EXTERNAL MODULE: ./src/sign/sign-image.ts
var sign_image = __webpack_require__(83688);
// EXTERNAL MODULE: ./src/sign/errors.ts
var errors = __webpack_require__(73910);
;// CONCATENATED MODULE: ./src/sign/index.ts
// The sign stage's public API: sign an image by digest in cosign's legacy format, as a Sigstore bundle
// referrer, or both. The CLI and CI adapters build the deps (registry client, signer, witnesses).



// EXTERNAL MODULE: ./src/verify/index.ts + 6 modules
var verify = __webpack_require__(85938);
// EXTERNAL MODULE: ./src/ci/common/values.ts
var values = __webpack_require__(9700);
// EXTERNAL MODULE: ./src/ci/common/context.ts + 5 modules
var context = __webpack_require__(14028);
;// CONCATENATED MODULE: ./src/ci/cli/commands/image.ts
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
        ...context/* SIGNING_FLAGS */.uo,
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
        ...context/* REGISTRY_FLAGS */.sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,context/* imageArgument */.hu)(positionals, 'sign');
        const output = (0,context/* outputFormat */.B$)(flags);
        const sigRepo = (0,context/* signatureRepository */.jL)(flags, host);
        const registry = await (0,context/* registryClient */.Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const { signer, witnesses } = await (0,context/* signingDeps */.qf)(flags, host);
            const result = await (0,sign_image/* signImage */.j)({
                image,
                format: (0,context/* storageFormat */.pi)(flags, 'signature-format'),
                recursive: (0,values/* bool */.lc)(flags, 'recursive'),
                signatureRepository: sigRepo,
                annotations: (0,context/* annotations */.hk)(flags),
            }, { registry, signer, witnesses });
            if (output === 'json') {
                host.stdout(JSON.stringify({
                    schema: 'signet.sign/v1',
                    image: (0,src_registry/* formatReference */.Y4)(result.image),
                    digest: result.digest,
                    signatures: result.signatures.map((s) => ({
                        subject: s.subject.digest,
                        platform: s.subject.platform,
                        format: s.format,
                        location: (0,src_registry/* formatReference */.Y4)(s.location),
                        logIndex: s.logIndex ?? null,
                        unchanged: s.unchanged,
                    })),
                    warnings: result.warnings,
                }) + '\n');
            }
            else {
                host.stdout(`${(0,src_registry/* formatReference */.Y4)(result.image)}\n`);
                for (const s of result.signatures) {
                    const what = s.unchanged ? 'already signed' : 'signed';
                    const log = s.logIndex !== undefined ? ` (rekor log index ${s.logIndex})` : '';
                    host.stderr(`${what} ${s.subject.digest} [${s.format}] -> ${(0,src_registry/* formatReference */.Y4)(s.location)}${log}\n`);
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
        ...context/* VERIFY_FLAGS */.Oi,
        ...STORAGE_FLAGS,
        'ignore-docker-reference': {
            type: 'boolean',
            description: 'accept legacy signatures naming another repository (copied images)',
        },
        ...context/* REGISTRY_FLAGS */.sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,context/* imageArgument */.hu)(positionals, 'verify');
        const output = (0,context/* outputFormat */.B$)(flags);
        const policy = await (0,context/* verifyPolicy */.Es)(flags, host);
        const sigRepo = (0,context/* signatureRepository */.jL)(flags, host);
        const registry = await (0,context/* registryClient */.Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const result = await (0,verify/* verifyImage */.ZG)({
                image,
                signatureRepository: sigRepo,
                formats: (0,context/* storageFormat */.pi)(flags, 'signature-format'),
                policy,
                ignoreDockerReference: (0,values/* bool */.lc)(flags, 'ignore-docker-reference'),
            }, { registry });
            if (output === 'json')
                host.stdout(JSON.stringify((0,verify/* toVerifyJSON */.bE)(result)) + '\n');
            else {
                host.stdout((0,verify/* formatVerdict */.Pu)(result) + '\n');
                for (const line of (0,verify/* formatDetails */.SE)(result))
                    host.stderr(line + '\n');
            }
            const failure = (0,verify/* toVerifyFailure */.Jo)(result);
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
        ...context/* REGISTRY_FLAGS */.sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,context/* imageArgument */.hu)(positionals, 'triangulate');
        const output = (0,context/* outputFormat */.B$)(flags);
        const sigRepo = (0,context/* signatureRepository */.jL)(flags, host);
        const registry = await (0,context/* registryClient */.Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const r = await (0,verify/* triangulate */.lO)({ image, signatureRepository: sigRepo }, { registry });
            if (output === 'json') {
                host.stdout(JSON.stringify({
                    schema: 'signet.triangulate/v1',
                    ...r,
                    image: (0,src_registry/* formatReference */.Y4)(r.image),
                    signatureRepository: (0,src_registry/* formatReference */.Y4)(r.signatureRepository),
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


/***/ })

};
