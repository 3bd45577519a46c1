export const id = 248;
export const ids = [248,909];
export const modules = {

/***/ 88248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  policyCommand: () => (/* binding */ policyCommand),
  preflightCommand: () => (/* binding */ preflightCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/cluster/generate.ts + 4 modules
var generate = __webpack_require__(79620);
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
// EXTERNAL MODULE: ./src/registry/index.ts + 13 modules
var registry = __webpack_require__(27251);
// EXTERNAL MODULE: ./src/map-limit.ts
var map_limit = __webpack_require__(89143);
;// CONCATENATED MODULE: ./src/cluster/manifests.ts
// Kubernetes manifests for pre-flight: multi-document YAML parsed with positions kept, so that every
// image (containers, init and ephemeral containers of Pods and of the pod templates of Deployments,
// StatefulSets, DaemonSets, ReplicaSets, Jobs and CronJobs, also inside a List) can be named by file
// and line and rewritten in place to `name@sha256:…` without disturbing the rest of the file.


const POD_SPEC_PATH = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    PodTemplate: ['template', 'spec'],
};
const FIELDS = ['containers', 'initContainers', 'ephemeralContainers'];
function collect(doc, base, file, docIndex, lc, out) {
    const node = base.length === 0 ? doc.contents : doc.getIn(base, true);
    if (!(0,dist/* isMap */.jh)(node))
        return;
    const kind = String(doc.getIn([...base, 'kind']) ?? '');
    if (kind === 'List') {
        const items = doc.getIn([...base, 'items']);
        (items?.items ?? []).forEach((_, i) => collect(doc, [...base, 'items', i], file, docIndex, lc, out));
        return;
    }
    const specPath = POD_SPEC_PATH[kind];
    if (!specPath)
        return;
    const name = String(doc.getIn([...base, 'metadata', 'name']) ?? '?');
    for (const field of FIELDS) {
        const list = doc.getIn([...base, ...specPath, field]);
        (list?.items ?? []).forEach((_, i) => {
            const path = [...base, ...specPath, field, i, 'image'];
            const scalar = doc.getIn(path, true);
            if (!(0,dist/* isScalar */.jn)(scalar) || typeof scalar.value !== 'string')
                return;
            const offset = scalar.range?.[0] ?? 0;
            out.push({
                file,
                line: lc.linePos(offset).line,
                workload: `${kind}/${name}`,
                container: String(doc.getIn([...base, ...specPath, field, i, 'name']) ?? `#${i}`),
                field,
                image: scalar.value,
                path,
                doc: docIndex,
            });
        });
    }
}
/** Parses the files; throws POLICY_MANIFEST_YAML naming file and line of the first YAML error. */
function parseManifests(files) {
    return files.map((f) => {
        const lc = new dist/* LineCounter */.HN();
        const docs = (0,dist/* parseAllDocuments */.hR)(f.text, { lineCounter: lc, keepSourceTokens: false });
        if (!Array.isArray(docs))
            return { path: f.path, docs: [], images: [] };
        for (const d of docs) {
            const e = d.errors[0];
            if (e) {
                const pos = e.linePos?.[0];
                throw new errors/* PolicyError */.p('POLICY_MANIFEST_YAML', `${f.path}:${pos?.line ?? '?'}:${pos?.col ?? '?'}: not valid YAML: ${e.message.split('\n')[0]}; fix the manifest`);
            }
        }
        const images = [];
        docs.forEach((d, i) => collect(d, [], f.path, i, lc, images));
        return { path: f.path, docs, images };
    });
}
/** The files with every image replaced by its pinned form (`pins`: image as written → pinned reference). */
function pinManifests(parsed, pins) {
    return parsed.map((m) => {
        for (const use of m.images) {
            const pinned = pins.get(use.image);
            if (pinned && pinned !== use.image)
                m.docs[use.doc]?.setIn(use.path, pinned);
        }
        // A document that had its own `---` prints it again; the others need one between them.
        const text = m.docs
            .map((d, i) => {
            const t = d.toString({ lineWidth: 0 });
            return i > 0 && !t.startsWith('---') ? `---\n${t}` : t;
        })
            .join('');
        return { path: m.path, text };
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
/** Verifies every image of the manifests; throws only for unparsable input (POLICY_MANIFEST_YAML). */
async function preflight(input, deps, now = Date.now) {
    const t0 = now();
    const parsed = parseManifests(input.files);
    const uses = new Map();
    for (const u of parsed.flatMap((m) => m.images))
        uses.set(u.image, [...(uses.get(u.image) ?? []), u]);
    const distinct = [...uses.keys()].sort();
    // One verification per repository and digest when tags can be resolved first; else per reference.
    const verdicts = new Map();
    const verifyOnce = async (ref, rule) => {
        if (!deps.resolve)
            return deps.verify(ref, rule);
        const digest = ref.digest ?? (await deps.resolve(ref));
        const pinned = { registry: ref.registry, repository: ref.repository, digest };
        const key = `${(0,registry/* formatRepository */.Sh)(ref)}@${digest} ${input.policy.rules.indexOf(rule)}`;
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
    const pins = new Map(reports.filter((r) => r.status === 'verified' && r.pinned).map((r) => [r.image, r.pinned]));
    const files = pinManifests(parsed, pins);
    const failed = reports.filter((r) => r.status === 'failed');
    const result = { ok: failed.length === 0, images: reports, files, durationMs: now() - t0 };
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

;// CONCATENATED MODULE: ./src/cluster/index.ts
// The cluster stage's public face: generate admission objects (`generateAdmission`), apply them with
// server-side apply (`applyObjects`) or write them for GitOps (`toGitOpsFiles`), and verify the images
// of Kubernetes manifests before admission (`preflight`).















// EXTERNAL MODULE: ./src/ci/common/values.ts
var values = __webpack_require__(9700);
// EXTERNAL MODULE: ./src/ci/common/context.ts + 2 modules
var context = __webpack_require__(85526);
// EXTERNAL MODULE: ./src/sign/keys/index.ts + 12 modules
var keys = __webpack_require__(37104);
// EXTERNAL MODULE: ./src/verify/index.ts + 6 modules
var verify = __webpack_require__(85938);
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
            for (const signer of rule.signers) {
                const policy = policyFor(signer, opts.trustedRoot, opts.noTlog === true);
                try {
                    const r = await (0,verify/* verifyImage */.ZG)({ image, policy, formats: opts.formats ?? 'both' }, { registry: opts.registry });
                    digest = r.digest;
                    if (!r.verified) {
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
                    return { digest, verified: false, reason: err.message };
                }
            }
            if (!digest)
                throw new Error('verified without a digest');
            return { digest, verified: true };
        },
    };
}

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
        target: { type: 'list', value: 'T', description: `one of ${generate/* ADMISSION_TARGETS */.b.join(', ')} (default all)` },
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
            if (!generate/* ADMISSION_TARGETS */.b.includes(t)) {
                throw new values/* UsageError */.eb(`--target ${t}: expected one of ${generate/* ADMISSION_TARGETS */.b.join(', ')}`);
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
        const generated = (0,generate/* generateAdmission */.B)({
            name,
            repositories,
            signatureFormat: format,
            build,
            release,
            digests: (0,values/* list */.p_)(flags, 'digest').map((d) => (0,registry/* parseDigest */.m)(d)),
            attestations,
            mode,
            trustedRoot: rootPath
                ? JSON.parse((await host.readFile(path(host, rootPath))).toString('utf8'))
                : undefined,
            signatureRepository: sigRepo ? (0,registry/* parseReference */.F2)(sigRepo) : undefined,
            bypass: bypassNs.length > 0
                ? { namespaces: bypassNs, reason: (0,values/* str */.gx)(flags, 'bypass-reason') ?? 'emergency bypass' }
                : undefined,
            noTlog: (0,values/* bool */.lc)(flags, 'insecure-ignore-tlog'),
        }, targets.length > 0 ? targets : undefined);
        for (const w of generated.warnings)
            host.stderr(`warning: ${w}\n`);
        const outDir = (0,values/* str */.gx)(flags, 'output-dir');
        if (outDir) {
            const files = (0,gitops/* toGitOpsFiles */.N)(generated.objects, { connaisseurValues: generated.connaisseurValues });
            for (const f of files)
                await host.writeFile((0,external_node_path_.join)(path(host, outDir), f.path), f.content, { mode: 0o644, overwrite: true });
            host.stderr(`wrote ${files.length} files to ${outDir}\n`);
        }
        if ((0,values/* bool */.lc)(flags, 'apply')) {
            const kube = (0,kube_client.createKubeApi)(await kubeSource(flags, host));
            const result = await (0,apply/* applyObjects */.r)({
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
async function manifestFiles(host, args) {
    const out = [];
    const visit = async (p) => {
        const entries = await host.readDir(path(host, p));
        if (entries === undefined) {
            out.push({ path: p, text: (await host.readFile(path(host, p))).toString('utf8') });
            return;
        }
        for (const e of entries) {
            if (e.directory || /\.ya?ml$/.test(e.name))
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
        ...context/* REGISTRY_FLAGS */.sY,
    },
    async run({ flags, positionals }, host) {
        if (positionals.length === 0)
            throw new values/* UsageError */.eb('give the manifest FILES or DIRS to check');
        const policyPath = (0,values/* str */.gx)(flags, 'policy');
        if (!policyPath)
            throw new values/* UsageError */.eb('--policy is required');
        const policy = parsePreflightPolicy((await host.readFile(path(host, policyPath))).toString('utf8'), policyPath);
        const files = await manifestFiles(host, positionals);
        const noTlog = (0,values/* bool */.lc)(flags, 'insecure-ignore-tlog');
        const needsRoot = policy.rules.some((r) => r.signers.some((s) => s.kind === 'keyless')) || !noTlog;
        const registry = await (0,context/* registryClient */.Rk)(flags, host, []);
        try {
            const result = await preflight({ files, policy, concurrency: Number((0,values/* str */.gx)(flags, 'concurrency') ?? 8) }, preflightVerifier({
                registry,
                trustedRoot: needsRoot ? await (0,context/* trustedRoot */.EH)(flags, host) : undefined,
                noTlog,
            }));
            const outDir = (0,values/* str */.gx)(flags, 'output-dir');
            if (outDir && result.ok) {
                for (const f of result.files)
                    await host.writeFile((0,external_node_path_.join)(path(host, outDir), f.path), f.text, { mode: 0o644, overwrite: true });
            }
            const report = (0,values/* str */.gx)(flags, 'report');
            if (report) {
                await host.writeFile(path(host, `${report}.json`), toPreflightJSON(result), {
                    mode: 0o644,
                    overwrite: true,
                });
                await host.writeFile(path(host, `${report}.md`), toPreflightMarkdown(result), {
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

/***/ 80909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createKubeApi: () => (/* binding */ createKubeApi)
/* harmony export */ });
/* unused harmony exports toKubeConfig, toClusterError */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74178);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58167);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8859);
// The Kubernetes API as the cluster stage needs it (read, server-side apply, list by label, delete),
// over @kubernetes/client-node, with the API server's refusals turned into ClusterErrors that say what
// to do. The only code in Signet that talks to an API server.



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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterError */ .b('CLUSTER_KUBECONFIG', `the kubeconfig cannot be read: ${err.message}; pass a valid kubeconfig or set KUBECONFIG`, { cause: err });
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


/***/ })

};
