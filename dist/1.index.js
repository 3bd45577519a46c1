export const id = 1;
export const ids = [1];
export const modules = {

/***/ 71001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyObjects: () => (/* reexport */ applyObjects),
  generateAdmission: () => (/* reexport */ generate/* generateAdmission */.B$)
});

// UNUSED EXPORTS: ADMISSION_TARGETS, ClusterError, DEFAULT_ADMISSION_TARGETS, PolicyError, RECORD_LEVEL_LABEL, RECORD_NAMESPACE, anchorRegExp, buildRecordPolicy, buildTrustRoot, checkClusterImagePolicy, compileCrdValidator, compileGlob, connectKube, findRule, matchesGlob, parseManifests, parsePreflightPolicy, pinManifests, preflight, toGitOpsFileName, toGitOpsFiles, toJsonSchema, toPreflightJSON, toPreflightMarkdown, toPruneSelector, toRecord, toRecordName, toRefSubjectRegExp, toRepositoryGlobs, toTrustPems, writeRecord

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/generate.js + 8 modules
var generate = __webpack_require__(56327);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/admission-signer.js
var admission_signer = __webpack_require__(88539);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/webhook-rules.js
var webhook_rules = __webpack_require__(994);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/trust-root.js
var trust_root = __webpack_require__(50516);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/glob.js
var glob = __webpack_require__(98691);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/errors.js
var errors = __webpack_require__(1642);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/constants.js
var constants = __webpack_require__(57852);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/apply.js
// The apply stage: server-side apply of the generated objects (field manager `signet`), reporting for
// each whether it was created, changed or already as asked (a second apply changes nothing), then
// pruning the per-digest objects of this policy that the new set no longer contains.


const ref = (o) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
/** The parts of an object Signet sets: comparing them before and after tells whether anything changed. */
function managedView(o) {
    const { apiVersion: _a, kind: _k, metadata, status: _s, ...rest } = o;
    return { labels: metadata.labels ?? {}, annotations: metadata.annotations ?? {}, ...rest };
}
/** The label selector of the per-digest objects of `policyName`. */
function toPruneSelector(policyName) {
    return `${constants/* MANAGED_BY_LABEL */.lT}=${constants/* MANAGED_BY_VALUE */.Q9},${constants/* POLICY_LABEL */.mn}=${policyName},${constants/* SCOPE_LABEL */.yr}=digest`;
}
/** Applies the objects in order, then prunes; throws the first ClusterError. */
async function applyObjects(input, deps) {
    const dryRun = input.dryRun === true;
    const applied = [];
    for (const obj of input.objects) {
        const before = await deps.kube.read(obj);
        const after = await deps.kube.apply(obj, { dryRun, force: input.forceConflicts === true });
        const action = !before
            ? 'created'
            : (0,external_node_util_.isDeepStrictEqual)(managedView(before), managedView(after))
                ? 'unchanged'
                : 'configured';
        applied.push({ object: ref(obj), action });
    }
    const pruned = [];
    if (input.prune !== false) {
        const keep = new Set(input.objects.map(ref));
        const kinds = new Map();
        for (const o of input.objects)
            kinds.set(`${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ''}`, o);
        for (const o of kinds.values()) {
            const existing = await deps.kube.list(o.apiVersion, o.kind, toPruneSelector(input.policyName), o.metadata.namespace);
            for (const e of existing.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))) {
                if (keep.has(ref(e)))
                    continue;
                await deps.kube.delete(e, { dryRun });
                pruned.push(ref(e));
            }
        }
    }
    return { applied, pruned, dryRun };
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/gitops.js
var gitops = __webpack_require__(14537);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/index.js + 18 modules
var registry = __webpack_require__(76109);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/manifests.js
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
        throw new PolicyError(code, `${this.file}:${line}:${col}: ${why}`);
    }
    /** The node an alias stands for (counted against the budget), or the node itself. */
    resolve(node, viaAlias) {
        let n = node;
        let via = viaAlias;
        for (let hops = 0; isAlias(n); hops++) {
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
            if (isScalar(key) && typeof key.value === 'symbol') {
                merges.push(pair.value);
                continue;
            }
            if (!isScalar(key))
                continue;
            out.set(String(key.value), { node: pair.value, via: viaAlias });
        }
        for (const m of merges) {
            const r = this.resolve(m, viaAlias);
            const sources = isSeq(r.node) ? r.node.items : [m];
            for (const s of sources) {
                const src = this.resolve(s, r.viaAlias);
                if (!isMap(src.node))
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
        return isScalar(n) && typeof n.value === 'string' ? n.value : undefined;
    }
    walk(node, viaAlias, owner, depth) {
        if (depth > MAX_DEPTH)
            this.fail('POLICY_MANIFEST_YAML', node?.range?.[0] ?? 0, 'nested too deeply');
        const r = this.resolve(node, viaAlias);
        if (isSeq(r.node)) {
            for (const item of r.node.items)
                this.walk(item, r.viaAlias, owner, depth + 1);
            return;
        }
        if (!isMap(r.node))
            return;
        const entries = this.entries(r.node, r.viaAlias, depth);
        let here = owner;
        const kind = entries.get('kind');
        if (kind) {
            const metadata = entries.get('metadata');
            const meta = metadata ? this.resolve(metadata.node, metadata.via) : undefined;
            const name = meta && isMap(meta.node)
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
        if (!isSeq(list.node))
            return;
        list.node.items.forEach((item, i) => {
            const c = this.resolve(item, list.viaAlias);
            if (!isMap(c.node))
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
        if (!isScalar(n) || typeof n.value !== 'string' || (n.tag !== undefined && n.tag !== STR_TAG)) {
            const found = !isScalar(n)
                ? isMap(n)
                    ? 'a mapping'
                    : isSeq(n)
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
            style: type === Scalar.QUOTE_DOUBLE
                ? 'double'
                : type === Scalar.QUOTE_SINGLE
                    ? 'single'
                    : type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL
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
function manifests_parseManifests(files) {
    return files.map((f) => {
        const lc = new LineCounter();
        const docs = parseAllDocuments(f.text, {
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
                throw new PolicyError('POLICY_MANIFEST_YAML', `${f.path}:${pos?.line ?? '?'}:${pos?.col ?? '?'}: not valid YAML: ${e.message.split('\n')[0]}; fix the manifest`);
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
function manifests_pinManifests(parsed, pins) {
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/preflight-policy.js
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




const bad = (where, why) => new PolicyError('POLICY_INVALID_PREFLIGHT', `${where}: ${why}`);
/** Parses the policy text; throws POLICY_INVALID_PREFLIGHT naming the file and the rule. */
function parsePreflightPolicy(text, name = 'policy') {
    let raw;
    try {
        raw = parse(text);
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
                compileGlob(g);
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
                    return checkSigner({ kind: 'key', publicKey: o.publicKey }, what);
                return checkSigner({
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
function preflight_policy_findRule(policy, repository) {
    return policy.rules.find((r) => r.images.some((g) => compileGlob(g).test(repository)));
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/preflight.js
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
        const key = `${formatRepository(ref)}@${digest} ${ruleIndex.get(rule)}`;
        let v = verdicts.get(key);
        if (!v) {
            v = deps.verify(pinned, rule);
            verdicts.set(key, v);
        }
        return v;
    };
    const reports = await mapLimit(distinct, input.concurrency ?? DEFAULT_CONCURRENCY, async (image) => {
        const at = (uses.get(image) ?? []).map(where);
        let ref;
        try {
            ref = parseReference(image);
        }
        catch (err) {
            return { image, status: 'failed', reason: err.message, signers: [], uses: at };
        }
        const rule = findRule(input.policy, formatRepository(ref));
        if (!rule) {
            return input.policy.unmatched === 'allow'
                ? { image, status: 'unmatched-allowed', signers: [], uses: at }
                : {
                    image,
                    status: 'failed',
                    reason: `no rule of the policy matches ${formatRepository(ref)}: add a glob for it`,
                    signers: [],
                    uses: at,
                };
        }
        const signers = rule.signers.map(describeSigner);
        try {
            const v = await verifyOnce(ref, rule);
            const pinned = `${formatRepository(ref)}@${v.digest}`;
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
        result.error = new PolicyError(code, `image ${first.image} at ${first.uses[0] ?? '?'}: ${first.reason}${more}`);
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

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/input.js
var input = __webpack_require__(9349);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/record.js
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
const LEVELS = (/* unused pure expression or super */ null && (['development', 'production']));
/** The ConfigMap name of a digest's record. */
function toRecordName(digest) {
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new PolicyError('POLICY_INVALID_INPUT', `record: ${digest} is not a sha256 digest`);
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
                        namespaceSelector: { matchLabels: { [TRUST_LEVEL_LABEL]: level } },
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
    const labels = toLabels(input.name);
    const reader = input.reader ?? { name: 'kyverno-admission-controller', namespace: 'kyverno' };
    const exclude = [
        ...new Set([...SYSTEM_NAMESPACES, RECORD_NAMESPACE, ...(input.excludeNamespaces ?? [])]),
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
            labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [RECORD_LEVEL_LABEL]: level },
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
        throw new PolicyError('POLICY_UNVERIFIED', `not recording ${formatReference(v.image)}: Signet's verification did not pass; records are written only for verified digests`);
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/index.js
// The cluster stage's public face: generate admission objects (`generateAdmission`), apply them with
// server-side apply (`applyObjects`) or write them for GitOps (`toGitOpsFiles`), and verify the images
// of Kubernetes manifests before admission (`preflight`).
















/***/ })

};
