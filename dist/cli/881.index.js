export const id = 881;
export const ids = [881,290];
export const modules = {

/***/ 14881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kubeSource: () => (/* binding */ kubeSource),
  policyCommand: () => (/* binding */ policyCommand),
  preflightCommand: () => (/* binding */ preflightCommand),
  recordPolicyCommand: () => (/* binding */ recordPolicyCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/cluster/index.ts + 4 modules
var cluster = __webpack_require__(40031);
// EXTERNAL MODULE: ./src/registry/index.ts + 14 modules
var registry = __webpack_require__(12133);
// EXTERNAL MODULE: ./src/ci/common/values.ts
var values = __webpack_require__(9700);
// EXTERNAL MODULE: ./src/ci/common/context.ts + 2 modules
var context = __webpack_require__(78019);
// EXTERNAL MODULE: ./src/ci/cli/args.ts
var args = __webpack_require__(80524);
// EXTERNAL MODULE: ./src/sign/keys/index.ts + 7 modules
var keys = __webpack_require__(53921);
// EXTERNAL MODULE: ./src/verify/index.ts + 9 modules
var verify = __webpack_require__(8649);
;// CONCATENATED MODULE: ./src/ci/common/preflight-verifier.ts


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
                throw new Error(`${image.registry}/${image.repository}: not found`);
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
                throw new Error('verified without a digest');
            opts.onChecked?.(image, digest, checks, true);
            return { digest, verified: true };
        },
    };
}

// EXTERNAL MODULE: ./src/attest/index.ts + 8 modules
var attest = __webpack_require__(95043);
// EXTERNAL MODULE: ./src/ci/common/vsa.ts
var vsa = __webpack_require__(87498);
// EXTERNAL MODULE: ./src/sign/constants.ts
var constants = __webpack_require__(50844);
;// CONCATENATED MODULE: ./src/ci/cli/commands/cluster.ts
// `signet policy` (admission objects: printed, written for GitOps, or applied with server-side apply)
// and `signet preflight` (verify the images of Kubernetes manifests before they reach the cluster).











const path = (host, p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(host.cwd, p));
async function signerFrom(flags, host, prefix) {
    const key = (0,values/* str */.gx)(flags, `${prefix}key`);
    const subject = (0,values/* str */.gx)(flags, `${prefix}certificate-identity`);
    const subjectRegExp = (0,values/* str */.gx)(flags, `${prefix}certificate-identity-regexp`);
    const issuer = (0,values/* str */.gx)(flags, `${prefix}certificate-oidc-issuer`);
    if (key) {
        if (subject || subjectRegExp || issuer) {
            throw new values/* UsageError */.eb(`give either --${prefix}key or the --${prefix}certificate-* flags, not both`);
        }
        return { kind: 'key', publicKey: (await host.readFile(path(host, key))).toString('utf8') };
    }
    if (!subject && !subjectRegExp && !issuer)
        return undefined;
    if (!issuer)
        throw new values/* UsageError */.eb(`--${prefix}certificate-oidc-issuer is required with --${prefix}certificate-identity`);
    if (!subject === !subjectRegExp) {
        throw new values/* UsageError */.eb(`give one of --${prefix}certificate-identity or --${prefix}certificate-identity-regexp`);
    }
    return subject ? { kind: 'keyless', issuer, subject } : { kind: 'keyless', issuer, subjectRegExp };
}
/** Where the cluster is: --kubeconfig, $KUBECONFIG, in-cluster facts, or ~/.kube/config. */
async function kubeSource(flags, host) {
    const file = (0,values/* str */.gx)(flags, 'kubeconfig') ?? host.env.KUBECONFIG?.split(':')[0];
    const context = (0,values/* str */.gx)(flags, 'context');
    if (file)
        return { kind: 'kubeconfig', text: (await host.readFile(path(host, file))).toString('utf8'), context };
    const sa = '/var/run/secrets/kubernetes.io/serviceaccount';
    if (host.env.KUBERNETES_SERVICE_HOST) {
        return {
            kind: 'in-cluster',
            host: host.env.KUBERNETES_SERVICE_HOST,
            port: host.env.KUBERNETES_SERVICE_PORT ?? '443',
            token: (await host.readFile(`${sa}/token`)).toString('utf8').trim(),
            caPem: (await host.readFile(`${sa}/ca.crt`)).toString('utf8'),
        };
    }
    if (host.env.HOME) {
        return {
            kind: 'kubeconfig',
            text: (await host.readFile((0,external_node_path_.join)(host.env.HOME, '.kube', 'config'))).toString('utf8'),
            context,
        };
    }
    throw new values/* UsageError */.eb('no cluster: pass --kubeconfig, set KUBECONFIG, or run in a pod');
}
/** `--trusted-root` as JSON, for emitting it as a TrustRoot; a file that is not JSON is a usage error. */
async function readTrustedRootJSON(host, file) {
    const text = (await host.readFile(path(host, file))).toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new values/* UsageError */.eb(`--trusted-root ${file} is not JSON: ${err.message.split('\n')[0]}`);
    }
}
const SIGNER_FLAGS = (prefix, who) => ({
    [`${prefix}certificate-identity`]: {
        type: 'string',
        value: 'SAN',
        description: `${who}: exact certificate identity`,
    },
    [`${prefix}certificate-identity-regexp`]: {
        type: 'string',
        value: 'RE',
        description: `${who}: identity regexp (anchored)`,
    },
    [`${prefix}certificate-oidc-issuer`]: {
        type: 'string',
        value: 'URL',
        description: `${who}: OIDC issuer`,
    },
    [`${prefix}key`]: {
        type: 'string',
        value: 'PUB',
        description: `${who}: cosign public key file instead`,
    },
});
const policyCommand = {
    name: 'policy',
    usage: 'signet policy --name N --repository REPO [signer flags] [--output-dir DIR | --apply [--dry-run]]',
    flags: {
        name: {
            type: 'string',
            value: 'NAME',
            description: 'base name of every object (DNS-1123, ≤ 40 characters)',
        },
        repository: { type: 'list', value: 'REPO', description: 'repository governed (repeatable)' },
        ...SIGNER_FLAGS('', 'build signer'),
        ...SIGNER_FLAGS('release-', 'release signer (production then requires build AND release)'),
        target: {
            type: 'list',
            value: 'T',
            description: `one of ${cluster/* ADMISSION_TARGETS */.bg.join(', ')} (default all but the -vsa ones)`,
        },
        'vsa-verifier': {
            type: 'list',
            value: 'URI',
            description: '-vsa targets: an accepted verifier.id (default: the build identity)',
        },
        'vsa-min-level': {
            type: 'string',
            value: 'LEVEL',
            description: '-vsa targets: the lowest SLSA build level accepted (e.g. SLSA_BUILD_LEVEL_2)',
        },
        'vsa-max-age': {
            type: 'string',
            value: 'DURATION',
            description: '-vsa targets: the oldest summary accepted (e.g. 24h)',
        },
        'signature-format': {
            type: 'string',
            value: 'legacy|bundle',
            description: 'what the signer wrote',
            default: 'legacy',
        },
        'signature-repository': {
            type: 'string',
            value: 'REPO',
            description: 'where signatures live (COSIGN_REPOSITORY)',
        },
        digest: {
            type: 'list',
            value: 'DIGEST',
            description: 'also pin this digest in a per-digest object (repeatable)',
        },
        attestation: { type: 'list', value: 'NAME=PREDICATE', description: 'required attestation (repeatable)' },
        mode: {
            type: 'string',
            value: 'enforce|warn',
            description: 'policy-controller mode',
            default: 'enforce',
        },
        'trusted-root': {
            type: 'string',
            value: 'FILE',
            description: 'private Sigstore trusted_root.json (emitted as a TrustRoot)',
        },
        'insecure-ignore-tlog': { type: 'boolean', description: 'signatures were made without a tlog entry' },
        'bypass-namespace': {
            type: 'list',
            value: 'NS',
            description: 'emergency bypass: a Kyverno PolicyException for NS',
        },
        'bypass-reason': { type: 'string', value: 'TEXT', description: 'who approved the bypass and why' },
        'allowed-registry': {
            type: 'list',
            value: 'HOST[/REPO]',
            description: 'Kyverno: admit images only from here (repeatable; anchored at a / boundary)',
        },
        'pull-policy-always': {
            type: 'boolean',
            description: 'Kyverno: set imagePullPolicy: Always on every container',
        },
        'audit-unsigned': {
            type: 'boolean',
            description: 'Kyverno: audit every image in the cluster against the signers, without blocking',
        },
        alert: { type: 'boolean', description: "a PrometheusRule on the generated Kyverno policies' failures" },
        'alert-namespace': {
            type: 'string',
            value: 'NS',
            description: 'namespace of the PrometheusRule',
            default: 'monitoring',
        },
        'output-dir': { type: 'string', value: 'DIR', description: 'write one file per object for GitOps' },
        apply: { type: 'boolean', description: 'server-side apply to the cluster (fieldManager signet)' },
        'dry-run': { type: 'boolean', description: 'with --apply: validate on the server, store nothing' },
        prune: {
            type: 'boolean',
            description: 'with --apply: delete superseded per-digest objects',
            default: true,
        },
        'force-conflicts': { type: 'boolean', description: 'with --apply: take over fields other managers own' },
        kubeconfig: {
            type: 'string',
            value: 'FILE',
            description: 'kubeconfig (default $KUBECONFIG, in-cluster, ~/.kube/config)',
        },
        context: { type: 'string', value: 'NAME', description: 'kubeconfig context' },
    },
    async run({ flags, positionals }, host) {
        if (positionals.length > 0)
            throw new values/* UsageError */.eb('signet policy takes no arguments, only flags');
        const name = (0,values/* str */.gx)(flags, 'name');
        if (!name)
            throw new values/* UsageError */.eb('--name is required');
        const repositories = (0,values/* list */.p_)(flags, 'repository').map((r) => (0,registry/* parseReference */.F2)(r));
        if (repositories.length === 0)
            throw new values/* UsageError */.eb('--repository is required (repeatable)');
        const build = await signerFrom(flags, host, '');
        if (!build)
            throw new values/* UsageError */.eb('the build signer is required: --certificate-identity and --certificate-oidc-issuer, or --key');
        const release = await signerFrom(flags, host, 'release-');
        const format = (0,values/* str */.gx)(flags, 'signature-format') ?? 'legacy';
        if (format !== 'legacy' && format !== 'bundle')
            throw new values/* UsageError */.eb('--signature-format takes legacy or bundle');
        const mode = (0,values/* str */.gx)(flags, 'mode') ?? 'enforce';
        if (mode !== 'enforce' && mode !== 'warn')
            throw new values/* UsageError */.eb('--mode takes enforce or warn');
        const targets = (0,values/* list */.p_)(flags, 'target');
        for (const t of targets) {
            if (!cluster/* ADMISSION_TARGETS */.bg.includes(t)) {
                throw new values/* UsageError */.eb(`--target ${t}: expected one of ${cluster/* ADMISSION_TARGETS */.bg.join(', ')}`);
            }
        }
        const attestations = (0,values/* list */.p_)(flags, 'attestation').map((a) => {
            const i = a.indexOf('=');
            if (i <= 0)
                throw new values/* UsageError */.eb(`--attestation takes NAME=PREDICATE_TYPE, got ${JSON.stringify(a)}`);
            return { name: a.slice(0, i), predicateType: a.slice(i + 1) };
        });
        const rootPath = (0,values/* str */.gx)(flags, 'trusted-root');
        const bypassNs = (0,values/* list */.p_)(flags, 'bypass-namespace');
        const sigRepo = (0,values/* str */.gx)(flags, 'signature-repository');
        const generated = (0,cluster/* generateAdmission */.B$)({
            name,
            repositories,
            signatureFormat: format,
            build,
            release,
            digests: (0,values/* list */.p_)(flags, 'digest').map((d) => (0,registry/* parseDigest */.m)(d)),
            attestations,
            mode,
            trustedRoot: rootPath ? await readTrustedRootJSON(host, rootPath) : undefined,
            signatureRepository: sigRepo ? (0,registry/* parseReference */.F2)(sigRepo) : undefined,
            bypass: bypassNs.length > 0
                ? { namespaces: bypassNs, reason: (0,values/* str */.gx)(flags, 'bypass-reason') ?? 'emergency bypass' }
                : undefined,
            noTlog: (0,values/* bool */.lc)(flags, 'insecure-ignore-tlog'),
            companions: {
                allowedRegistries: (0,values/* list */.p_)(flags, 'allowed-registry'),
                pullPolicyAlways: (0,values/* bool */.lc)(flags, 'pull-policy-always'),
                auditUnsigned: (0,values/* bool */.lc)(flags, 'audit-unsigned'),
                alert: (0,values/* bool */.lc)(flags, 'alert'),
                alertNamespace: (0,values/* str */.gx)(flags, 'alert-namespace') ?? 'monitoring',
            },
            vsa: {
                ...((0,values/* list */.p_)(flags, 'vsa-verifier').length > 0 ? { verifierIds: (0,values/* list */.p_)(flags, 'vsa-verifier') } : {}),
                ...((0,values/* str */.gx)(flags, 'vsa-min-level') ? { minLevel: (0,values/* str */.gx)(flags, 'vsa-min-level') } : {}),
                ...((0,values/* str */.gx)(flags, 'vsa-max-age') ? { maxAge: (0,values/* str */.gx)(flags, 'vsa-max-age') } : {}),
            },
        }, targets.length > 0 ? targets : undefined);
        for (const w of generated.warnings)
            host.stderr(`warning: ${w}\n`);
        const outDir = (0,values/* str */.gx)(flags, 'output-dir');
        if (outDir) {
            const files = (0,cluster/* toGitOpsFiles */.NT)(generated.objects, { connaisseurValues: generated.connaisseurValues });
            for (const f of files)
                await host.writeFile((0,external_node_path_.join)(path(host, outDir), f.path), f.content, { mode: 0o644, overwrite: true });
            host.stderr(`wrote ${files.length} files to ${outDir}\n`);
        }
        if ((0,values/* bool */.lc)(flags, 'apply')) {
            const kube = (0,cluster/* createKubeApi */.QP)(await kubeSource(flags, host));
            const result = await (0,cluster/* applyObjects */.r3)({
                objects: generated.objects,
                policyName: name,
                dryRun: (0,values/* bool */.lc)(flags, 'dry-run'),
                forceConflicts: (0,values/* bool */.lc)(flags, 'force-conflicts'),
                prune: flags.prune !== false,
            }, { kube });
            for (const a of result.applied) {
                host.stdout(`${a.object} ${a.action}${result.dryRun ? ' (dry run)' : ''}\n`);
            }
            for (const p of result.pruned)
                host.stdout(`${p} pruned${result.dryRun ? ' (dry run)' : ''}\n`);
        }
        else if (!outDir) {
            host.stdout(generated.objects.map((o) => (0,dist/* stringify */.As)(o)).join('---\n'));
            if (generated.connaisseurValues)
                host.stdout(`# connaisseur helm values\n---\n${(0,dist/* stringify */.As)(generated.connaisseurValues)}`);
        }
        return 0;
    },
};
/** `--record-writer`: `User:NAME`, `Group:NAME` or `ServiceAccount:NAMESPACE/NAME`. */
function parseRecordWriter(value) {
    const m = /^(User|Group|ServiceAccount):(.+)$/.exec(value ?? '');
    if (!m) {
        throw new values/* UsageError */.eb('--record-writer is required: User:NAME, Group:NAME or ServiceAccount:NAMESPACE/NAME (the CI identity that runs signet verify --record)');
    }
    const kind = m[1];
    if (kind !== 'ServiceAccount')
        return { kind, name: m[2] };
    const [namespace, name, ...rest] = m[2].split('/');
    if (!namespace || !name || rest.length > 0)
        throw new values/* UsageError */.eb(`--record-writer ServiceAccount takes NAMESPACE/NAME, got ${JSON.stringify(m[2])}`);
    return { kind, name, namespace };
}
/** `signet record-policy`: the pre-flight record target's objects (src/cluster/record.ts). */
const recordPolicyCommand = {
    name: 'record-policy',
    usage: 'signet record-policy --name N --record-writer KIND:NAME [--exclude-namespace NS] [--output-dir DIR | --apply [--dry-run]]',
    flags: {
        name: { type: 'string', value: 'NAME', description: 'base name of the objects (DNS-1123)' },
        'record-writer': {
            type: 'string',
            value: 'KIND:NAME',
            description: 'the only identity allowed to write records: User:NAME, Group:NAME or ServiceAccount:NS/NAME',
        },
        'kyverno-service-account': {
            type: 'string',
            value: 'NS/NAME',
            description: "Kyverno's admission controller, granted read access to the records",
            default: 'kyverno/kyverno-admission-controller',
        },
        'exclude-namespace': { type: 'list', value: 'NS', description: 'never checked (beyond the system ones)' },
        'output-dir': { type: 'string', value: 'DIR', description: 'write one file per object for GitOps' },
        apply: { type: 'boolean', description: 'server-side apply to the cluster (fieldManager signet)' },
        'dry-run': { type: 'boolean', description: 'with --apply: validate on the server, store nothing' },
        kubeconfig: {
            type: 'string',
            value: 'FILE',
            description: 'kubeconfig (default $KUBECONFIG, in-cluster, ~/.kube/config)',
        },
        context: { type: 'string', value: 'NAME', description: 'kubeconfig context' },
    },
    async run({ flags, positionals }, host) {
        if (positionals.length > 0)
            throw new values/* UsageError */.eb('signet record-policy takes no arguments, only flags');
        const name = (0,values/* str */.gx)(flags, 'name');
        if (!name || !/^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/.test(name))
            throw new values/* UsageError */.eb('--name is required: a DNS-1123 label of at most 40 characters');
        const writer = parseRecordWriter((0,values/* str */.gx)(flags, 'record-writer'));
        const [readerNs, readerName] = ((0,values/* str */.gx)(flags, 'kyverno-service-account') ?? '').split('/');
        if (!readerNs || !readerName)
            throw new values/* UsageError */.eb('--kyverno-service-account takes NAMESPACE/NAME');
        const objects = (0,cluster/* buildRecordPolicy */.M5)({
            name,
            writer,
            reader: { namespace: readerNs, name: readerName },
            excludeNamespaces: (0,values/* list */.p_)(flags, 'exclude-namespace'),
        });
        const outDir = (0,values/* str */.gx)(flags, 'output-dir');
        if (outDir) {
            const files = (0,cluster/* toGitOpsFiles */.NT)(objects, {});
            for (const f of files)
                await host.writeFile((0,external_node_path_.join)(path(host, outDir), f.path), f.content, { mode: 0o644, overwrite: true });
            host.stderr(`wrote ${files.length} files to ${outDir}\n`);
        }
        if ((0,values/* bool */.lc)(flags, 'apply')) {
            const kube = (0,cluster/* createKubeApi */.QP)(await kubeSource(flags, host));
            const result = await (0,cluster/* applyObjects */.r3)({ objects, policyName: name, dryRun: (0,values/* bool */.lc)(flags, 'dry-run'), prune: false }, { kube });
            for (const a of result.applied)
                host.stdout(`${a.object} ${a.action}${result.dryRun ? ' (dry run)' : ''}\n`);
        }
        else if (!outDir) {
            host.stdout(objects.map((o) => (0,dist/* stringify */.As)(o)).join('---\n'));
        }
        return 0;
    },
};
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
        concurrency: { type: 'string', value: 'N', description: 'verifications in flight', default: '8' },
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
        const policy = (0,cluster/* parsePreflightPolicy */.Tl)((await host.readFile(path(host, policyPath))).toString('utf8'), policyPath);
        const files = await manifestFiles(host, positionals);
        const noTlog = (0,values/* bool */.lc)(flags, 'insecure-ignore-tlog');
        const needsRoot = policy.rules.some((r) => r.signers.some((s) => s.kind === 'keyless')) || !noTlog;
        const registry = await (0,context/* registryClient */.Rk)(flags, host, []);
        try {
            // Each distinct image's checks, for its verification summary (--vsa).
            const checked = new Map();
            const result = await (0,cluster/* preflight */.Mz)({ files, policy, concurrency: (0,args/* countFlag */.GN)(flags, 'concurrency') ?? 8 }, preflightVerifier({
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
                    : (0,vsa/* missingEvidence */.QI)(k.policy, [constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4])));
                await (0,vsa/* writeVsa */.GH)(flags, host, registry, { image: c.image, digest: c.digest, evidence });
            }
            const outDir = (0,values/* str */.gx)(flags, 'output-dir');
            if (outDir && result.ok) {
                for (const f of result.files)
                    await host.writeFile((0,external_node_path_.join)(path(host, outDir), f.path), f.text, { mode: 0o644, overwrite: true });
            }
            const report = (0,values/* str */.gx)(flags, 'report');
            if (report) {
                await host.writeFile(path(host, `${report}.json`), (0,cluster/* toPreflightJSON */.vz)(result), {
                    mode: 0o644,
                    overwrite: true,
                });
                await host.writeFile(path(host, `${report}.md`), (0,cluster/* toPreflightMarkdown */.wc)(result), {
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
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78019);
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

/***/ 40031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bg: () => (/* reexport */ generate/* ADMISSION_TARGETS */.bg),
  r3: () => (/* reexport */ apply/* applyObjects */.r),
  M5: () => (/* reexport */ buildRecordPolicy),
  QP: () => (/* reexport */ kube_client.createKubeApi),
  B$: () => (/* reexport */ generate/* generateAdmission */.B$),
  Tl: () => (/* reexport */ parsePreflightPolicy),
  Mz: () => (/* reexport */ preflight),
  NT: () => (/* reexport */ gitops/* toGitOpsFiles */.N),
  vz: () => (/* reexport */ toPreflightJSON),
  wc: () => (/* reexport */ toPreflightMarkdown),
  rh: () => (/* reexport */ writeRecord)
});

// UNUSED EXPORTS: CONTROLLER_OF_GROUP, ClusterError, DEFAULT_ADMISSION_TARGETS, DIGEST_ANNOTATION, FIELD_MANAGER, KYVERNO_GROUP, KYVERNO_POLICIES_GROUP, MANAGED_BY_LABEL, MANAGED_BY_VALUE, POLICY_CONTROLLER_GROUP, POLICY_CONTROLLER_INCLUDE_LABEL, POLICY_LABEL, PREDICATE_TYPES, PolicyError, RECORD_LEVEL_LABEL, RECORD_NAMESPACE, SCOPE_LABEL, SYSTEM_NAMESPACES, TRUST_LEVEL_LABEL, anchorRegExp, buildTrustRoot, checkClusterImagePolicy, compileCrdValidator, compileGlob, findRule, matchesGlob, parseManifests, pinManifests, toClusterError, toGitOpsFileName, toJsonSchema, toKubeConfig, toPruneSelector, toRecord, toRecordName, toRefSubjectRegExp, toRepositoryGlobs, toTrustPems

// EXTERNAL MODULE: ./src/cluster/generate.ts + 5 modules
var generate = __webpack_require__(48604);
// EXTERNAL MODULE: ./src/cluster/signer.ts
var signer = __webpack_require__(10958);
// EXTERNAL MODULE: ./src/cluster/webhook-rules.ts
var webhook_rules = __webpack_require__(92593);
// EXTERNAL MODULE: ./src/cluster/trust-root.ts
var trust_root = __webpack_require__(35157);
// EXTERNAL MODULE: ./src/cluster/glob.ts
var glob = __webpack_require__(71806);
// EXTERNAL MODULE: ./src/cluster/constants.ts
var constants = __webpack_require__(58167);
// EXTERNAL MODULE: ./src/cluster/errors.ts
var errors = __webpack_require__(8859);
// EXTERNAL MODULE: ./src/cluster/apply.ts
var apply = __webpack_require__(7790);
// EXTERNAL MODULE: ./src/cluster/kube-client.ts
var kube_client = __webpack_require__(80909);
// EXTERNAL MODULE: ./src/cluster/gitops.ts
var gitops = __webpack_require__(44448);
// EXTERNAL MODULE: ./src/registry/index.ts + 14 modules
var registry = __webpack_require__(12133);
// EXTERNAL MODULE: ./src/map-limit.ts
var map_limit = __webpack_require__(89143);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/cluster/manifests.ts
// Kubernetes manifests for pre-flight, read as the API server sees them after kubectl: kubectl turns
// YAML into JSON with sigs.k8s.io/yaml (go-yaml v2, YAML 1.1), so aliases and `<<` merge keys are
// resolved, duplicate keys are an error, and `!!binary` is bytes, not text. Every image Kubernetes
// would run is found whatever the kind: the walk goes through every document, every `*List`'s items
// and every field, and inspects each `containers`, `initContainers` and `ephemeralContainers` list it
// meets (Pods, pod templates of any workload, CronJobs, and custom resources that carry containers).
// An `image` that is not a plain string fails the run. Images are rewritten to `name@sha256:…` by
// replacing the text of their scalar only, so the rest of the file stays byte for byte as it was.
//
// The walk is linear in the size of the documents; alias expansion is bounded per document (a YAML
// bomb is refused, not expanded).


const FIELDS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** Nodes a document may visit through aliases: far above any real manifest, far below a YAML bomb. */
const MAX_ALIAS_VISITS = 100_000;
/** Deeper nesting than any Kubernetes object has. */
const MAX_DEPTH = 200;
const STR_TAG = 'tag:yaml.org,2002:str';
/** Walks one document: resolves aliases and merge keys within a budget, collects the images. */
class DocumentWalker {
    aliasVisits = 0;
    doc;
    file;
    lc;
    out;
    constructor(doc, file, lc, out) {
        this.doc = doc;
        this.file = file;
        this.lc = lc;
        this.out = out;
    }
    fail(code, offset, why) {
        const { line, col } = this.lc.linePos(offset);
        throw new errors/* PolicyError */.p(code, `${this.file}:${line}:${col}: ${why}`);
    }
    /** The node an alias stands for (counted against the budget), or the node itself. */
    resolve(node, viaAlias) {
        let n = node;
        let via = viaAlias;
        for (let hops = 0; (0,dist/* isAlias */.Vj)(n); hops++) {
            if (hops > 100)
                this.fail('POLICY_MANIFEST_YAML', n.range?.[0] ?? 0, 'alias chain too long');
            const target = n.resolve(this.doc);
            if (!target)
                this.fail('POLICY_MANIFEST_YAML', n.range?.[0] ?? 0, `unknown alias *${n.source}`);
            n = target;
            via = true;
        }
        if (via && ++this.aliasVisits > MAX_ALIAS_VISITS) {
            this.fail('POLICY_MANIFEST_YAML', node.range?.[0] ?? 0, `aliases expand to more than ${MAX_ALIAS_VISITS} nodes (a YAML bomb?); write the manifest out`);
        }
        return { node: n, viaAlias: via };
    }
    /**
     * The map's keys as go-yaml sees them: its own keys first, then those of `<<` merges (in order,
     * the first merged map wins), each with the node it maps to.
     */
    entries(map, viaAlias, depth) {
        if (depth > MAX_DEPTH)
            this.fail('POLICY_MANIFEST_YAML', map.range?.[0] ?? 0, 'nested too deeply');
        const out = new Map();
        const merges = [];
        for (const pair of map.items) {
            const key = this.resolve(pair.key, viaAlias).node;
            if ((0,dist/* isScalar */.jn)(key) && typeof key.value === 'symbol') {
                merges.push(pair.value);
                continue;
            }
            if (!(0,dist/* isScalar */.jn)(key))
                continue;
            out.set(String(key.value), { node: pair.value, via: viaAlias });
        }
        for (const m of merges) {
            const r = this.resolve(m, viaAlias);
            const sources = (0,dist/* isSeq */.oP)(r.node) ? r.node.items : [m];
            for (const s of sources) {
                const src = this.resolve(s, r.viaAlias);
                if (!(0,dist/* isMap */.jh)(src.node))
                    continue;
                for (const [k, v] of this.entries(src.node, src.viaAlias, depth + 1))
                    if (!out.has(k))
                        out.set(k, v);
            }
        }
        return out;
    }
    scalarString(node, viaAlias) {
        const n = this.resolve(node, viaAlias).node;
        return (0,dist/* isScalar */.jn)(n) && typeof n.value === 'string' ? n.value : undefined;
    }
    walk(node, viaAlias, owner, depth) {
        if (depth > MAX_DEPTH)
            this.fail('POLICY_MANIFEST_YAML', node?.range?.[0] ?? 0, 'nested too deeply');
        const r = this.resolve(node, viaAlias);
        if ((0,dist/* isSeq */.oP)(r.node)) {
            for (const item of r.node.items)
                this.walk(item, r.viaAlias, owner, depth + 1);
            return;
        }
        if (!(0,dist/* isMap */.jh)(r.node))
            return;
        const entries = this.entries(r.node, r.viaAlias, depth);
        let here = owner;
        const kind = entries.get('kind');
        if (kind) {
            const metadata = entries.get('metadata');
            const meta = metadata ? this.resolve(metadata.node, metadata.via) : undefined;
            const name = meta && (0,dist/* isMap */.jh)(meta.node)
                ? this.scalarString(this.entries(meta.node, meta.viaAlias, depth + 1).get('name')?.node, meta.viaAlias)
                : undefined;
            here = { kind: this.scalarString(kind.node, kind.via) ?? '?', name: name ?? '?' };
        }
        for (const [key, value] of entries) {
            if (FIELDS.has(key))
                this.containers(key, value.node, value.via, here, depth + 1);
            else
                this.walk(value.node, value.via, here, depth + 1);
        }
    }
    containers(field, node, viaAlias, owner, depth) {
        const list = this.resolve(node, viaAlias);
        if (!(0,dist/* isSeq */.oP)(list.node))
            return;
        list.node.items.forEach((item, i) => {
            const c = this.resolve(item, list.viaAlias);
            if (!(0,dist/* isMap */.jh)(c.node))
                return;
            const entries = this.entries(c.node, c.viaAlias, depth + 1);
            const name = this.scalarString(entries.get('name')?.node, c.viaAlias) ?? `#${i}`;
            const workload = `${owner?.kind ?? '?'}/${owner?.name ?? '?'}`;
            const image = entries.get('image');
            if (image)
                this.image(image.node, image.via, { field, workload, container: name });
            // Anything else in the container (a nested pod template in a custom resource) is walked too.
            for (const [k, v] of entries)
                if (k !== 'image')
                    this.walk(v.node, v.via, owner, depth + 1);
        });
    }
    image(node, viaAlias, at) {
        const use = node;
        const useOffset = use?.range?.[0] ?? 0;
        const { node: n } = this.resolve(node, viaAlias);
        const what = `${at.workload} ${at.field === 'containers' ? 'container' : at.field.replace(/s$/, '')} ${at.container}`;
        if (!(0,dist/* isScalar */.jn)(n) || typeof n.value !== 'string' || (n.tag !== undefined && n.tag !== STR_TAG)) {
            const found = !(0,dist/* isScalar */.jn)(n)
                ? (0,dist/* isMap */.jh)(n)
                    ? 'a mapping'
                    : (0,dist/* isSeq */.oP)(n)
                        ? 'a sequence'
                        : 'nothing'
                : n.tag && n.tag !== STR_TAG
                    ? `a value tagged ${n.tag.replace('tag:yaml.org,2002:', '!!')}`
                    : n.value === null
                        ? 'null'
                        : `a ${typeof n.value === 'object' ? 'binary value' : typeof n.value}`;
            this.fail('POLICY_MANIFEST_IMAGE', useOffset, `${what}: image is ${found}, not a plain string: write the image reference as a string`);
        }
        const range = n.range ?? [useOffset, useOffset, useOffset];
        const type = n.type;
        this.out.push({
            file: this.file,
            line: this.lc.linePos(useOffset).line,
            ...at,
            image: n.value,
            range: [range[0], range[1]],
            style: type === dist/* Scalar */.X5.QUOTE_DOUBLE
                ? 'double'
                : type === dist/* Scalar */.X5.QUOTE_SINGLE
                    ? 'single'
                    : type === dist/* Scalar */.X5.BLOCK_FOLDED || type === dist/* Scalar */.X5.BLOCK_LITERAL
                        ? 'block'
                        : 'plain',
        });
    }
}
/**
 * Parses the files (YAML 1.1, as kubectl does) and finds every image; throws POLICY_MANIFEST_YAML
 * naming file and line of the first YAML error (or an alias bomb), POLICY_MANIFEST_IMAGE for an
 * image that is not a plain string.
 */
function parseManifests(files) {
    return files.map((f) => {
        const lc = new dist/* LineCounter */.HN();
        const docs = (0,dist/* parseAllDocuments */.hR)(f.text, {
            lineCounter: lc,
            keepSourceTokens: false,
            schema: 'yaml-1.1',
            merge: true,
            uniqueKeys: true,
        });
        if (!Array.isArray(docs))
            return { path: f.path, text: f.text, images: [] };
        const images = [];
        for (const d of docs) {
            const e = d.errors[0];
            if (e) {
                const pos = e.linePos?.[0];
                throw new errors/* PolicyError */.p('POLICY_MANIFEST_YAML', `${f.path}:${pos?.line ?? '?'}:${pos?.col ?? '?'}: not valid YAML: ${e.message.split('\n')[0]}; fix the manifest`);
            }
            new DocumentWalker(d, f.path, lc, images).walk(d.contents, false, undefined, 0);
        }
        return { path: f.path, text: f.text, images };
    });
}
const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/;
function writeScalar(value, style, replaced) {
    if (style === 'single' && !value.includes("'"))
        return `'${value}'`;
    if (style === 'plain' && PLAIN_SAFE.test(value))
        return value;
    return JSON.stringify(value) + (style === 'block' && replaced.endsWith('\n') ? '\n' : '');
}
/** The files with every image replaced by its pinned form (`pins`: image as written → pinned reference). */
function pinManifests(parsed, pins) {
    return parsed.map((m) => {
        const edits = new Map();
        for (const use of m.images) {
            const pinned = pins.get(use.image);
            if (!pinned || pinned === use.image || edits.has(use.range[0]))
                continue;
            const [start, end] = use.range;
            edits.set(start, { end, text: writeScalar(pinned, use.style, m.text.slice(start, end)) });
        }
        if (edits.size === 0)
            return { path: m.path, text: m.text };
        const parts = [];
        let at = 0;
        for (const start of [...edits.keys()].sort((a, b) => a - b)) {
            const e = edits.get(start);
            parts.push(m.text.slice(at, start), e.text);
            at = e.end;
        }
        parts.push(m.text.slice(at));
        return { path: m.path, text: parts.join('') };
    });
}

;// CONCATENATED MODULE: ./src/cluster/preflight-policy.ts
// The pre-flight policy file (`--policy P`): which identities must have signed the images matching each
// glob. Globs match the repository (`registry/repository`, Docker Hub as `docker.io/library/x`) with
// policy-controller's semantics: `*` within a path segment, `**` across. The first matching rule wins.
//
//   rules:
//     - images: ["ghcr.io/acme/**"]
//       signers:                       # all required (AND)
//         - issuer: https://token.actions.githubusercontent.com
//           subject: https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main
//         - publicKey: |
//             -----BEGIN PUBLIC KEY----- …
//   unmatched: deny                    # or allow: images no rule names pass unverified




const bad = (where, why) => new errors/* PolicyError */.p('POLICY_INVALID_PREFLIGHT', `${where}: ${why}`);
/** Parses the policy text; throws POLICY_INVALID_PREFLIGHT naming the file and the rule. */
function parsePreflightPolicy(text, name = 'policy') {
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw bad(name, `not valid YAML: ${err.message.split('\n')[0]}`);
    }
    const doc = (raw ?? {});
    if (!Array.isArray(doc.rules) || doc.rules.length === 0)
        throw bad(name, 'expected a non-empty "rules" list');
    const unmatched = doc.unmatched ?? 'deny';
    if (unmatched !== 'deny' && unmatched !== 'allow')
        throw bad(name, `"unmatched" must be deny or allow, got ${JSON.stringify(unmatched)}`);
    const rules = doc.rules.map((r, i) => {
        const where = `${name}: rules[${i}]`;
        const rule = (r ?? {});
        if (!Array.isArray(rule.images) ||
            rule.images.length === 0 ||
            rule.images.some((g) => typeof g !== 'string')) {
            throw bad(where, 'expected "images": a list of globs');
        }
        for (const g of rule.images) {
            try {
                (0,glob/* compileGlob */.SO)(g);
            }
            catch (err) {
                throw bad(where, err.message);
            }
        }
        if (!Array.isArray(rule.signers) || rule.signers.length === 0)
            throw bad(where, 'expected "signers": at least one identity or public key');
        const signers = rule.signers.map((s, j) => {
            const o = (s ?? {});
            const what = `${where}.signers[${j}]`;
            try {
                if (typeof o.publicKey === 'string')
                    return (0,signer/* checkSigner */.JQ)({ kind: 'key', publicKey: o.publicKey }, what);
                return (0,signer/* checkSigner */.JQ)({
                    kind: 'keyless',
                    issuer: typeof o.issuer === 'string' ? o.issuer : '',
                    ...(typeof o.subject === 'string' ? { subject: o.subject } : {}),
                    ...(typeof o.subjectRegExp === 'string' ? { subjectRegExp: o.subjectRegExp } : {}),
                }, what);
            }
            catch (err) {
                throw bad(what, err.message.replace(`${what}: `, ''));
            }
        });
        return { images: rule.images, signers };
    });
    return { rules, unmatched };
}
/** The first rule whose glob matches the repository `registry/repository`. */
function findRule(policy, repository) {
    return policy.rules.find((r) => r.images.some((g) => (0,glob/* compileGlob */.SO)(g).test(repository)));
}

;// CONCATENATED MODULE: ./src/cluster/preflight.ts
// The pre-flight stage (`signet preflight FILES --policy P`): verify in CI what admission will check.
// Every image of the manifests is resolved to a digest and verified against the signers its glob
// requires, a bounded number at a time; the manifests come back pinned to `name@sha256:…` with a
// report. Any image that fails (or that no rule names, unless the policy allows that) fails the run,
// and the error names it with its file and line.






const DEFAULT_CONCURRENCY = 8;
const where = (u) => `${u.file}:${u.line} ${u.workload} ${u.field === 'containers' ? 'container' : u.field.replace(/s$/, '')} ${u.container}`;
/**
 * Verifies every image of the manifests; throws only for unreadable input (POLICY_MANIFEST_YAML,
 * POLICY_MANIFEST_IMAGE). Linear in documents and images: each distinct reference is verified once
 * (each repository@digest once when tags can be resolved), however many documents name it.
 */
async function preflight(input, deps, now = Date.now) {
    const t0 = now();
    const parsed = parseManifests(input.files);
    const uses = new Map();
    for (const m of parsed) {
        for (const u of m.images) {
            const list = uses.get(u.image);
            if (list)
                list.push(u);
            else
                uses.set(u.image, [u]);
        }
    }
    const distinct = [...uses.keys()].sort();
    const ruleIndex = new Map(input.policy.rules.map((r, i) => [r, i]));
    // One verification per repository and digest when tags can be resolved first; else per reference.
    const verdicts = new Map();
    const verifyOnce = async (ref, rule) => {
        if (!deps.resolve)
            return deps.verify(ref, rule);
        const digest = ref.digest ?? (await deps.resolve(ref));
        const pinned = { registry: ref.registry, repository: ref.repository, digest };
        const key = `${(0,registry/* formatRepository */.Sh)(ref)}@${digest} ${ruleIndex.get(rule)}`;
        let v = verdicts.get(key);
        if (!v) {
            v = deps.verify(pinned, rule);
            verdicts.set(key, v);
        }
        return v;
    };
    const reports = await (0,map_limit/* mapLimit */.s)(distinct, input.concurrency ?? DEFAULT_CONCURRENCY, async (image) => {
        const at = (uses.get(image) ?? []).map(where);
        let ref;
        try {
            ref = (0,registry/* parseReference */.F2)(image);
        }
        catch (err) {
            return { image, status: 'failed', reason: err.message, signers: [], uses: at };
        }
        const rule = findRule(input.policy, (0,registry/* formatRepository */.Sh)(ref));
        if (!rule) {
            return input.policy.unmatched === 'allow'
                ? { image, status: 'unmatched-allowed', signers: [], uses: at }
                : {
                    image,
                    status: 'failed',
                    reason: `no rule of the policy matches ${(0,registry/* formatRepository */.Sh)(ref)}: add a glob for it`,
                    signers: [],
                    uses: at,
                };
        }
        const signers = rule.signers.map(signer/* describeSigner */.cg);
        try {
            const v = await verifyOnce(ref, rule);
            const pinned = `${(0,registry/* formatRepository */.Sh)(ref)}@${v.digest}`;
            if (ref.digest && ref.digest !== v.digest) {
                return {
                    image,
                    digest: v.digest,
                    status: 'failed',
                    reason: `verified digest ${v.digest} is not the pinned ${ref.digest}`,
                    signers,
                    uses: at,
                };
            }
            return v.verified
                ? { image, pinned, digest: v.digest, status: 'verified', signers, uses: at }
                : {
                    image,
                    pinned,
                    digest: v.digest,
                    status: 'failed',
                    reason: v.reason ?? 'not signed by the required identities',
                    signers,
                    uses: at,
                };
        }
        catch (err) {
            return { image, status: 'failed', reason: err.message, signers, uses: at };
        }
    });
    const failed = reports.filter((r) => r.status === 'failed');
    // "ok" only from completed checks: every distinct image has a report, and each one passed.
    const completed = reports.length === distinct.length &&
        reports.every((r) => r !== undefined && (r.status === 'verified' || r.status === 'unmatched-allowed'));
    const ok = failed.length === 0 && completed;
    // Pinned manifests only when every image passed: nothing half-verified reaches --output-dir.
    const pins = new Map(reports.filter((r) => r.status === 'verified' && r.pinned).map((r) => [r.image, r.pinned]));
    const files = ok ? pinManifests(parsed, pins) : [];
    const result = { ok, images: reports, files, durationMs: now() - t0 };
    const first = failed[0];
    if (first) {
        const code = first.reason?.startsWith('no rule') ? 'POLICY_NO_RULE' : 'POLICY_UNVERIFIED';
        const more = failed.length > 1 ? ` (and ${failed.length - 1} more image${failed.length > 2 ? 's' : ''})` : '';
        result.error = new errors/* PolicyError */.p(code, `image ${first.image} at ${first.uses[0] ?? '?'}: ${first.reason}${more}`);
    }
    return result;
}
/** The JSON report (stable field order, for machines). */
function toPreflightJSON(r) {
    return `${JSON.stringify({ ok: r.ok, images: r.images, durationMs: r.durationMs }, null, 2)}\n`;
}
/** The Markdown report (for a job summary or a merge request comment). */
function toPreflightMarkdown(r) {
    const esc = (s) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
    const icon = { verified: '✅', failed: '❌', 'unmatched-allowed': '⚪' };
    const lines = [
        `## Signet pre-flight: ${r.ok ? 'all images verified' : `${r.images.filter((i) => i.status === 'failed').length} image(s) failed`}`,
        '',
        '| | image | digest | signed by | used at | problem |',
        '| --- | --- | --- | --- | --- | --- |',
        ...r.images.map((i) => `| ${icon[i.status]} | \`${esc(i.image)}\` | ${i.digest ? `\`${i.digest.slice(0, 19)}…\`` : ''} | ${esc(i.signers.join('; '))} | ${esc(i.uses.join('; '))} | ${esc(i.reason ?? '')} |`),
        '',
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/cluster/input.ts
var cluster_input = __webpack_require__(48542);
;// CONCATENATED MODULE: ./src/cluster/record.ts
// The pre-flight record admission target: CI verifies an image with Signet, then records the verified
// digest in the cluster; a Kyverno `apiCall` rule admits a Pod only when every container's digest has a
// record at the namespace's trust level, so admission does no cryptography.
//
// What it trusts: whoever may write records (RBAC on one namespace), not signatures. So records are
// written only from a passed `VerifyResult`, one ConfigMap per digest (`sha256-<hex>`) with a level
// label; a production run upgrades a development record (merging, not replacing, what each level
// recorded) and a development run never downgrades a production one. The generated RBAC lets only the
// named CI identity write records and Kyverno read them.




/** The namespace holding the records (its own, so RBAC can grant exactly it). */
const RECORD_NAMESPACE = 'signet-records';
/** The record's level label: `development` or `production`. */
const RECORD_LEVEL_LABEL = 'signet.dev/level';
const LEVELS = ['development', 'production'];
/** The ConfigMap name of a digest's record. */
function toRecordName(digest) {
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `record: ${digest} is not a sha256 digest`);
    }
    return digest.replace(':', '-');
}
const subjectOf = (w) => w.kind === 'ServiceAccount'
    ? { kind: 'ServiceAccount', name: w.name, namespace: w.namespace ?? 'default' }
    : { apiGroup: 'rbac.authorization.k8s.io', kind: w.kind, name: w.name };
/** One rule per level: every container list, digests only, and a record at (or above) the level. */
function recordRule(level, exclude) {
    const accepted = level === 'production' ? ['production'] : ['development', 'production'];
    return {
        name: `record-${level}`,
        match: {
            any: [
                {
                    resources: {
                        kinds: ['Pod', 'Pod/ephemeralcontainers'],
                        operations: ['CREATE', 'UPDATE'],
                        // Exact label values: namespaceSelector cannot glob, so levels are labels, not name patterns.
                        namespaceSelector: { matchLabels: { [constants/* TRUST_LEVEL_LABEL */.Bu]: level } },
                    },
                },
            ],
        },
        exclude: { any: [{ resources: { namespaces: exclude } }] },
        validate: {
            failureAction: 'Enforce',
            message: `every image must be pinned by digest and recorded at level ${accepted.join(' or ')} in ${RECORD_NAMESPACE} by Signet's verification`,
            foreach: [
                {
                    list: 'request.object.spec.[containers, initContainers, ephemeralContainers][]',
                    context: [
                        {
                            name: 'recordLevel',
                            apiCall: {
                                // A reference without a digest looks up `none`, which never exists: denied below anyway.
                                urlPath: `/api/v1/namespaces/${RECORD_NAMESPACE}/configmaps/{{ replace_all(split(element.image, '@')[1] || 'none', ':', '-') }}`,
                                jmesPath: `metadata.labels."${RECORD_LEVEL_LABEL}" || 'none'`,
                                // No record (404): the variable is `none`, and the Pod is denied, not errored.
                                default: 'none',
                            },
                        },
                    ],
                    deny: {
                        conditions: {
                            any: [
                                { key: "{{ contains(element.image, '@sha256:') }}", operator: 'Equals', value: false },
                                { key: '{{ recordLevel }}', operator: 'AnyNotIn', value: accepted },
                            ],
                        },
                    },
                },
            ],
        },
    };
}
/** The record target's objects: namespace, RBAC for the writer and for Kyverno, and the ClusterPolicy. */
function buildRecordPolicy(input) {
    const labels = (0,cluster_input/* toLabels */.Dc)(input.name);
    const reader = input.reader ?? { name: 'kyverno-admission-controller', namespace: 'kyverno' };
    const exclude = [
        ...new Set([...constants/* SYSTEM_NAMESPACES */.Jo, RECORD_NAMESPACE, ...(input.excludeNamespaces ?? [])]),
    ].sort();
    const role = (name, verbs) => ({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name, namespace: RECORD_NAMESPACE, labels },
        rules: [{ apiGroups: [''], resources: ['configmaps'], verbs }],
    });
    const binding = (name, subject) => ({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name, namespace: RECORD_NAMESPACE, labels },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects: [subject],
    });
    return [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: RECORD_NAMESPACE, labels } },
        // get: read the record to upgrade it; create + patch: server-side apply. No delete, no list.
        role(`${input.name}-record-writer`, ['get', 'create', 'patch']),
        binding(`${input.name}-record-writer`, subjectOf(input.writer)),
        role(`${input.name}-record-reader`, ['get']),
        binding(`${input.name}-record-reader`, {
            kind: 'ServiceAccount',
            name: reader.name,
            namespace: reader.namespace,
        }),
        {
            apiVersion: 'kyverno.io/v1',
            kind: 'ClusterPolicy',
            metadata: {
                name: `${input.name}-records`,
                labels,
                annotations: {
                    'policies.kyverno.io/description': 'Admits Pods whose every image digest Signet verified and recorded at the namespace trust level. Trusts the record writer, not signatures.',
                },
            },
            spec: {
                background: false,
                webhookConfiguration: { failurePolicy: 'Fail', timeoutSeconds: 15 },
                rules: LEVELS.map((l) => recordRule(l, exclude)),
            },
        },
    ];
}
const rank = (l) => (l === 'production' ? 2 : l === 'development' ? 1 : 0);
/** The record ConfigMap of a verification at `level`, merged with what `existing` recorded. */
function toRecord(input, existing) {
    const v = input.verification;
    const keep = rank(existing?.metadata.labels?.[RECORD_LEVEL_LABEL]) > rank(input.level);
    const level = keep ? existing.metadata.labels[RECORD_LEVEL_LABEL] : input.level;
    const old = (existing?.data ?? {});
    const data = { digest: v.digest, repository: repositoryOf(v.image) };
    for (const l of LEVELS)
        if (old[l])
            data[l] = old[l];
    data[input.level] = JSON.stringify({
        verifiedAt: input.verifiedAt,
        signers: v.signatures.map((s) => s.identity?.subjectAlternativeName ?? 'key').sort(),
    });
    return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
            name: toRecordName(v.digest),
            namespace: RECORD_NAMESPACE,
            labels: { [constants/* MANAGED_BY_LABEL */.lT]: constants/* MANAGED_BY_VALUE */.Q9, [RECORD_LEVEL_LABEL]: level },
        },
        data,
    };
}
function repositoryOf(image) {
    return `${image.registry}/${image.repository}`;
}
/** Writes (or upgrades) the record of a passed verification; throws POLICY_UNVERIFIED otherwise. */
async function writeRecord(input, deps) {
    const v = input.verification;
    if (!v.verified || v.signatures.length === 0) {
        throw new errors/* PolicyError */.p('POLICY_UNVERIFIED', `not recording ${(0,registry/* formatReference */.Y4)(v.image)}: Signet's verification did not pass; records are written only for verified digests`);
    }
    const probe = toRecord(input);
    const existing = await deps.kube.read(probe);
    const record = toRecord(input, existing);
    const level = record.metadata.labels[RECORD_LEVEL_LABEL];
    const was = existing?.metadata.labels?.[RECORD_LEVEL_LABEL];
    const name = `${RECORD_NAMESPACE}/${record.metadata.name}`;
    await deps.kube.apply(record, { dryRun: input.dryRun === true, force: false });
    const action = !existing
        ? 'created'
        : rank(was) > rank(input.level)
            ? 'kept'
            : rank(was) < rank(input.level)
                ? 'upgraded'
                : 'refreshed';
    return { record: name, action, level };
}

;// CONCATENATED MODULE: ./src/cluster/index.ts
// The cluster stage's public face: generate admission objects (`generateAdmission`), apply them with
// server-side apply (`applyObjects`) or write them for GitOps (`toGitOpsFiles`), and verify the images
// of Kubernetes manifests before admission (`preflight`).

















/***/ }),

/***/ 80909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createKubeApi: () => (/* binding */ createKubeApi),
/* harmony export */   createSecretData: () => (/* binding */ createSecretData),
/* harmony export */   readSecretData: () => (/* binding */ readSecretData)
/* harmony export */ });
/* unused harmony exports toKubeConfig, toClusterError */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1425);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58167);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8859);
// The Kubernetes API as the cluster stage needs it (read, server-side apply, list by label, delete),
// over @kubernetes/client-node, with the API server's refusals turned into ClusterErrors that say what
// to do. The only code in Signet that talks to an API server.



/**
 * What is wrong with a kubeconfig, without quoting it: YAML parsers append the offending lines to their
 * message (js-yaml's snippet), and a kubeconfig holds tokens, keys and passwords. Only the first line
 * (the reason and its line:column) is kept.
 */
function kubeconfigProblem(err) {
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0].trim();
    return first.length > 200 ? `${first.slice(0, 200)}…` : first;
}
/** A KubeConfig from its source; throws CLUSTER_KUBECONFIG naming what is wrong. */
function toKubeConfig(source) {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    try {
        if (source.kind === 'kubeconfig') {
            kc.loadFromString(source.text);
            if (source.context)
                kc.setCurrentContext(source.context);
        }
        else {
            const host = source.host.includes(':') ? `[${source.host}]` : source.host;
            kc.loadFromOptions({
                clusters: [
                    {
                        name: 'in-cluster',
                        server: `https://${host}:${source.port}`,
                        caData: Buffer.from(source.caPem).toString('base64'),
                        skipTLSVerify: false,
                    },
                ],
                users: [{ name: 'in-cluster', token: source.token }],
                contexts: [
                    {
                        name: 'in-cluster',
                        cluster: 'in-cluster',
                        user: 'in-cluster',
                        namespace: source.namespace ?? 'default',
                    },
                ],
                currentContext: 'in-cluster',
            });
        }
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_KUBECONFIG', `the kubeconfig cannot be read: ${kubeconfigProblem(err)}; pass a valid kubeconfig or set KUBECONFIG`, { cause: err });
    }
    if (!kc.getCurrentCluster()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_KUBECONFIG', kc.getCurrentContext()
            ? `the kubeconfig has no cluster for context "${kc.getCurrentContext()}": pass --context or fix current-context`
            : 'the kubeconfig sets no current-context (and none was given): pass --context or set current-context');
    }
    return kc;
}
const describeObject = (obj) => `${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`;
function groupOf(apiVersion) {
    return apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '';
}
function statusOf(err) {
    const body = err.body;
    if (typeof body === 'string') {
        try {
            return JSON.parse(body);
        }
        catch {
            return { message: body };
        }
    }
    return (body ?? {});
}
/** Turns a client-node failure into a ClusterError naming the object, the verb and the fix. */
function toClusterError(err, verb, obj) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b)
        return err;
    const what = describeObject(obj);
    const crdMissing = () => {
        const controller = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTROLLER_OF_GROUP */ .P2[groupOf(obj.apiVersion)] ?? `the controller serving ${obj.apiVersion}`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_CRD_MISSING', `the cluster does not serve ${obj.apiVersion} ${obj.kind}: install ${controller} (its CRDs) before applying ${what}`, { cause: err, status: 404 });
    };
    if (err instanceof Error && err.message.startsWith('Unrecognized API version and kind'))
        return crdMissing();
    if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4) {
        const status = statusOf(err);
        const code = err.code;
        if (code === 404 && err.message.startsWith('Failed to fetch resource metadata'))
            return crdMissing();
        const detail = status.message ? `: ${status.message}` : '';
        // A real API server answers 404 for a missing namespace too (details.kind "namespaces"): that is
        // not a missing CRD, and saying so would send the user to reinstall a controller.
        if (code === 404 && status.details?.kind === 'namespaces') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_NAMESPACE_MISSING', `${verb} ${what}: namespace "${status.details.name ?? obj.metadata.namespace ?? ''}" does not exist: install the controller that creates it, or create it before applying`, { cause: err, status: code });
        }
        // A CRD whose versions a webhook converts (policy-controller's ClusterImagePolicy), or an admission
        // webhook with failurePolicy Fail: while the controller is down the API server answers 500.
        if (code === 500 && /conversion webhook for |failed calling webhook /.test(status.message ?? '')) {
            const controller = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTROLLER_OF_GROUP */ .P2[groupOf(obj.apiVersion)] ?? `the controller serving ${obj.apiVersion}`;
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_WEBHOOK', `${verb} ${what}: the API server could not call a webhook for ${obj.apiVersion} ${obj.kind} (500${detail}); ${controller} must be running before Signet applies`, { cause: err, status: code });
        }
        switch (code) {
            case 401:
                return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_UNAUTHORIZED', `${verb} ${what}: 401 unauthorized${detail}; the kubeconfig credentials were refused: refresh the token or pick another context`, { cause: err, status: code });
            case 403:
                return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_FORBIDDEN', `${verb} ${what}: 403 forbidden${detail}; grant the identity "${verb}" on ${obj.kind} (e.g. a ClusterRole with get, list, patch, delete)`, { cause: err, status: code });
            case 404:
                return crdMissing();
            case 409:
                return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_CONFLICT', `${verb} ${what}: 409 conflict${detail}; another field manager owns these fields: fix it there, or pass --force-conflicts to take them over`, { cause: err, status: code });
            case 400:
            case 422: {
                const causes = (status.details?.causes ?? [])
                    .map((c) => `${c.field ?? ''} ${c.message ?? ''}`.trim())
                    .join('; ');
                return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_INVALID', `${verb} ${what}: ${code} rejected${detail}${causes ? ` (${causes})` : ''}`, { cause: err, status: code });
            }
            default:
                return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_API', `${verb} ${what}: the API server answered ${code}${detail}`, {
                    cause: err,
                    status: code,
                });
        }
    }
    if (err instanceof Error && err.message.includes('HTTP protocol is not allowed')) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_KUBECONFIG', `${verb} ${what}: the kubeconfig server is plain http: use https (or insecure-skip-tls-verify for a local test server)`, { cause: err });
    }
    const e = err;
    const sys = e.code ?? e.cause?.code;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_UNREACHABLE', `${verb} ${what}: the API server cannot be reached${sys ? ` (${sys})` : ''}: ${e.message ?? String(err)}; check the kubeconfig server address`, { cause: err });
}
const DRY_RUN = 'All';
/** The production KubeApi over @kubernetes/client-node's generic object API. */
function createKubeApi(source) {
    const client = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(toKubeConfig(source));
    const header = (obj) => ({
        apiVersion: obj.apiVersion,
        kind: obj.kind,
        metadata: { name: obj.metadata.name, namespace: obj.metadata.namespace },
    });
    return {
        async read(obj) {
            try {
                return (await client.read(header(obj)));
            }
            catch (err) {
                if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 &&
                    err.code === 404 &&
                    !err.message.startsWith('Failed to fetch resource metadata'))
                    return undefined;
                throw toClusterError(err, 'get', obj);
            }
        },
        async apply(obj, opts) {
            try {
                return (await client.patch(obj, undefined, opts.dryRun ? DRY_RUN : undefined, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD_MANAGER */ .vy, opts.force, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply));
            }
            catch (err) {
                throw toClusterError(err, 'patch', obj);
            }
        },
        async list(apiVersion, kind, labelSelector, namespace) {
            try {
                const res = await client.list(apiVersion, kind, namespace, undefined, undefined, undefined, undefined, labelSelector);
                return res.items.map((i) => ({ ...i, apiVersion, kind }));
            }
            catch (err) {
                throw toClusterError(err, 'list', { apiVersion, kind, metadata: { name: `-l ${labelSelector}` } });
            }
        },
        async delete(obj, opts) {
            try {
                await client.delete(header(obj), undefined, opts.dryRun ? DRY_RUN : undefined);
            }
            catch (err) {
                if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 &&
                    err.code === 404 &&
                    !err.message.startsWith('Failed to fetch resource metadata'))
                    return;
                throw toClusterError(err, 'delete', obj);
            }
        },
    };
}
/**
 * A Secret's data, base64-decoded, or undefined when there is none: what k8s://NAMESPACE/SECRET key refs
 * read (cosign's cosign.key, cosign.pub, cosign.password). A plain GET through CoreV1Api, no discovery;
 * refusals become ClusterErrors as for any other object.
 */
async function readSecretData(source, namespace, name) {
    const api = toKubeConfig(source).makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y);
    try {
        const secret = await api.readNamespacedSecret({ name, namespace });
        return Object.fromEntries(Object.entries(secret.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
    }
    catch (err) {
        if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 && err.code === 404)
            return undefined;
        throw toClusterError(err, 'get', { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace } });
    }
}
/**
 * Creates an immutable Opaque Secret holding `data` (what `generate-key-pair k8s://NAMESPACE/SECRET`
 * writes: cosign's layout). Never overwrites: an existing secret is reported as 'exists' (cosign would
 * replace it and lose the old key).
 */
async function createSecretData(source, namespace, name, data) {
    const api = toKubeConfig(source).makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y);
    try {
        await api.createNamespacedSecret({
            namespace,
            body: {
                apiVersion: 'v1',
                kind: 'Secret',
                metadata: { name, namespace },
                type: 'Opaque',
                immutable: true,
                data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
            },
        });
        return 'created';
    }
    catch (err) {
        if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 && err.code === 409)
            return 'exists';
        throw toClusterError(err, 'create', { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace } });
    }
}


/***/ })

};
