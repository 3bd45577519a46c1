export const id = 467;
export const ids = [467];
export const modules = {

/***/ 70467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signBlobCommand: () => (/* binding */ signBlobCommand),
  verifyBlobCommand: () => (/* binding */ verifyBlobCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/verify/index.ts + 9 modules
var verify = __webpack_require__(8649);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/sign/bundler.ts
var bundler = __webpack_require__(99847);
;// CONCATENATED MODULE: ./src/blob/sign-blob.ts
// `sign-blob`: a message signature over a file's bytes, packed as a Sigstore bundle v0.3 (what
// `cosign sign-blob --bundle` writes and `cosign verify-blob --bundle` reads), with the signing core
// of src/sign.



/** Signs `bytes` (a file's content) into a bundle v0.3 with the signer and witnesses of `deps`. */
async function signBlob(bytes, deps) {
    const data = Buffer.from(bytes);
    const bundle = await (0,bundler/* signMessage */.lT)(data, deps);
    return {
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`,
        bundle,
        bundleJSON: (0,dist.bundleToJSON)(bundle),
    };
}

// EXTERNAL MODULE: ./src/registry/index.ts + 14 modules
var registry = __webpack_require__(12133);
// EXTERNAL MODULE: ./src/verify/errors.ts
var errors = __webpack_require__(69618);
// EXTERNAL MODULE: ./src/verify/signature.ts + 1 modules
var verify_signature = __webpack_require__(64713);
;// CONCATENATED MODULE: ./src/blob/verify-blob.ts
// `verify-blob`: checks a Sigstore bundle (`--bundle`, as `cosign sign-blob --bundle` writes it) against
// a blob given as its bytes or as `sha256:<hex>`. The same checks as image signatures (verifySignature):
// trust, signer identity or key, tlog; plus what was signed: without `--type` a message signature whose
// digest is the blob's, with `--type` a DSSE statement of that predicate type whose subject contains it.
// Pure and synchronous: the caller read the files.




const SHA256_ARG = /^sha256:[0-9a-f]{64}$/;
/** The digest a `verify-blob` argument names when it is `sha256:<hex>`, else undefined (it is a path). */
function parseBlobDigest(arg) {
    return SHA256_ARG.test(arg) ? (0,registry/* parseDigest */.m)(arg) : undefined;
}
/** The sha256 digest of a blob's bytes. */
function toBlobDigest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Verifies one blob bundle; throws a VerifyError naming the failed check. */
function verifyBlob(input) {
    const bytes = 'bytes' in input.blob ? Buffer.from(input.blob.bytes) : undefined;
    const digest = bytes ? toBlobDigest(bytes) : input.blob.digest;
    if (!digest.startsWith('sha256:')) {
        throw new errors/* VerifyError */.G('VERIFY_INVALID_POLICY', `expected a sha256:<hex> blob digest, got ${digest}`);
    }
    const signature = (0,verify_signature/* verifySignature */.O)({
        format: 'blob',
        location: input.bundleSource ?? 'bundle',
        bundleJSON: input.bundleJSON,
        ...(bytes ? { artifact: bytes } : {}),
    }, {
        digest,
        repository: '',
        trust: input.policy.trust,
        signer: input.policy.signer,
        requireTlog: input.policy.requireTlog,
        ...(input.predicateType !== undefined ? { predicateType: input.predicateType } : {}),
    });
    return { digest, signature, warnings: [...input.policy.warnings] };
}

;// CONCATENATED MODULE: ./src/blob/index.ts
// The blob stages: `sign-blob` and `verify-blob` (a file's bytes, not an image, with a Sigstore bundle
// beside it, as cosign's commands of the same names).



// EXTERNAL MODULE: ./src/attest/index.ts + 8 modules
var attest = __webpack_require__(95043);
// EXTERNAL MODULE: ./src/ci/common/values.ts
var values = __webpack_require__(9700);
// EXTERNAL MODULE: ./src/ci/common/context.ts + 2 modules
var context = __webpack_require__(78019);
;// CONCATENATED MODULE: ./src/ci/cli/commands/blob.ts
// `signet sign-blob` and `signet verify-blob`: files (release binaries, SBOMs, bundles) signed into a
// Sigstore bundle v0.3 beside them, with the same key, identity and trust flags as the image commands.







const resolve = (host, p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(host.cwd, p));
function oneArgument(positionals, command) {
    if (positionals.length !== 1)
        throw new values/* UsageError */.eb(`signet ${command} takes one FILE, got ${positionals.length}`);
    return positionals[0];
}
const signBlobCommand = {
    name: 'sign-blob',
    usage: 'signet sign-blob [--key KEY | --identity-token T] --bundle OUT FILE',
    flags: {
        ...context/* SIGNING_FLAGS */.uo,
        bundle: { type: 'string', value: 'OUT', description: 'where to write the bundle (required)' },
    },
    async run({ flags, positionals }, host) {
        const file = oneArgument(positionals, 'sign-blob');
        const out = (0,values/* str */.gx)(flags, 'bundle');
        if (!out)
            throw new values/* UsageError */.eb('--bundle OUT is required: the bundle is the signature');
        const bytes = await host.readFile(resolve(host, file));
        const { signer, witnesses, notices } = await (0,context/* signingDeps */.qf)(flags, host);
        for (const n of notices)
            host.stderr(`warning: ${n}\n`);
        const result = await signBlob(bytes, { signer, witnesses: (0,bundler/* createWitnesses */.Cw)(witnesses, 'hashedrekord') });
        await host.writeFile(resolve(host, out), JSON.stringify(result.bundleJSON), {
            mode: 0o644,
            overwrite: true,
        });
        host.stderr(`signed ${file} (${result.digest}); bundle written to ${out}\n`);
        return 0;
    },
};
const verifyBlobCommand = {
    name: 'verify-blob',
    usage: 'signet verify-blob --bundle B [--type TYPE] [--key KEY | --certificate-identity … --certificate-oidc-issuer …] FILE|sha256:<hex>',
    flags: {
        ...context/* VERIFY_FLAGS */.Oi,
        bundle: { type: 'string', value: 'B', description: 'the bundle to verify against (required)' },
        type: {
            type: 'string',
            value: 'TYPE',
            description: 'verify an attestation about the blob, of this predicate type (cyclonedx, spdxjson, slsaprovenance1, custom or a URI), instead of a blob signature',
        },
    },
    async run({ flags, positionals }, host) {
        const arg = oneArgument(positionals, 'verify-blob');
        const bundlePath = (0,values/* str */.gx)(flags, 'bundle');
        if (!bundlePath)
            throw new values/* UsageError */.eb('--bundle B is required');
        const output = (0,context/* outputFormat */.B$)(flags);
        const typeFlag = (0,values/* str */.gx)(flags, 'type');
        let predicateType;
        try {
            predicateType = typeFlag === undefined ? undefined : (0,attest/* parsePredicateType */.$d)(typeFlag);
        }
        catch (err) {
            throw new values/* UsageError */.eb(err.message);
        }
        const policy = await (0,context/* verifyPolicy */.Es)(flags, host);
        const digest = parseBlobDigest(arg);
        const blob = digest ? { digest } : { bytes: await host.readFile(resolve(host, arg)) };
        let bundleJSON;
        try {
            bundleJSON = JSON.parse((await host.readFile(resolve(host, bundlePath))).toString('utf8'));
        }
        catch (err) {
            if (err.code)
                throw err;
            throw new values/* UsageError */.eb(`--bundle ${bundlePath} is not JSON: ${err.message}`);
        }
        const result = verifyBlob({
            blob,
            bundleJSON,
            bundleSource: bundlePath,
            policy,
            ...(predicateType !== undefined ? { predicateType } : {}),
        });
        if (output === 'json')
            host.stdout(JSON.stringify((0,verify/* toVerifyBlobJSON */.Oq)(result.digest, result.signature, result.warnings)) + '\n');
        else
            host.stdout((0,verify/* formatBlobVerdict */.wW)(result.digest, result.signature) + '\n');
        for (const w of result.warnings)
            host.stderr(`warning: ${w}\n`);
        return 0;
    },
};


/***/ })

};
