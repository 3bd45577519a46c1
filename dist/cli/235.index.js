export const id = 235;
export const ids = [235];
export const modules = {

/***/ 7235:
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
// EXTERNAL MODULE: ./src/registry/index.ts + 13 modules
var registry = __webpack_require__(27251);
;// CONCATENATED MODULE: ./src/cluster/constants.ts
// API groups, labels and well-known values of the admission controllers Signet writes objects for.
/** sigstore policy-controller (not `sigstore.dev`: that group does not exist). */
const POLICY_CONTROLLER_GROUP = 'policy.sigstore.dev';
/** Kyverno's classic policies (ClusterPolicy, PolicyException v2). */
const KYVERNO_GROUP = 'kyverno.io';
/** Kyverno's CEL policies (ImageValidatingPolicy and its PolicyException). */
const KYVERNO_POLICIES_GROUP = 'policies.kyverno.io';
/** The field manager of every server-side apply Signet sends. */
const FIELD_MANAGER = 'signet';
/** Every generated object carries these labels; pruning selects on them. */
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const MANAGED_BY_VALUE = 'signet';
const POLICY_LABEL = 'signet.dev/policy';
/** Set on per-digest objects, which a later apply prunes when their digest is no longer asked for. */
const SCOPE_LABEL = 'signet.dev/scope';
const DIGEST_ANNOTATION = 'signet.dev/digest';
/** The namespace label that says which trust level a namespace runs at (values: development, production). */
const TRUST_LEVEL_LABEL = 'signet.dev/trust-level';
/** policy-controller only checks namespaces carrying this label (opt-in). */
const POLICY_CONTROLLER_INCLUDE_LABEL = 'policy.sigstore.dev/include';
/** Namespaces no image policy should ever block: the control plane and the admission controllers. */
const SYSTEM_NAMESPACES = [
    'kube-system',
    'kube-public',
    'kube-node-lease',
    'kyverno',
    'cosign-system',
    'connaisseur',
];
/** Predicate types of the attestations Signet writes (in-toto `predicateType`). */
const PREDICATE_TYPES = {
    cyclonedx: 'https://cyclonedx.org/bom',
    spdx: 'https://spdx.dev/Document',
    slsaProvenance: 'https://slsa.dev/provenance/v1',
};
/** The controllers Signet writes objects for, and the project to install when their CRD is missing. */
const CONTROLLER_OF_GROUP = {
    [POLICY_CONTROLLER_GROUP]: 'the sigstore policy-controller (helm chart sigstore/policy-controller)',
    [KYVERNO_GROUP]: 'Kyverno (helm chart kyverno/kyverno)',
    [KYVERNO_POLICIES_GROUP]: 'Kyverno ≥ 1.14 (helm chart kyverno/kyverno)',
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/cluster/errors.ts
// Errors of the cluster stage. PolicyError: the admission objects or the pre-flight policy asked for
// cannot be generated or are not met. ClusterError: the API server refused or could not be reached.

/** The admission objects or pre-flight policy are wrong, or an image does not meet them. */
class PolicyError extends errors/* SignetError */.T {
}
/** The Kubernetes API refused or failed a request. */
class ClusterError extends errors/* SignetError */.T {
    /** The HTTP status, when the API server answered. */
    status;
    constructor(code, message, options) {
        super(code, message, options);
        if (options?.status !== undefined)
            this.status = options.status;
    }
}

;// CONCATENATED MODULE: ./src/cluster/glob.ts
// Image globs as policy-controller reads them (pkg/apis/glob/glob.go): `*` is any run of characters
// except `/`, `**` anything, matched against the whole reference with Docker Hub written
// `index.docker.io/library/…`. Kyverno's wildcards are looser (`*` crosses `/`), so the globs Signet
// writes never rely on the difference: `registry/repo:*` and `registry/repo@*`, nothing open-ended.

const VALID_GLOB = /^[a-zA-Z0-9\-_:/*.@]+$/;
/** The repository as policy-controller and cosign name it (Docker Hub is `index.docker.io`). */
function toGlobRepository(ref) {
    const host = ref.registry === 'docker.io' ? 'index.docker.io' : ref.registry;
    return `${host}/${ref.repository}`;
}
/** The globs matching every tag and digest of one repository and nothing else. */
function toRepositoryGlobs(ref) {
    const repo = toGlobRepository(ref);
    return [`${repo}:*`, `${repo}@*`];
}
/** Compiles a glob with policy-controller's semantics; throws POLICY_INVALID_GLOB naming the glob. */
function compileGlob(glob) {
    if (!VALID_GLOB.test(glob)) {
        throw new PolicyError('POLICY_INVALID_GLOB', `invalid image glob ${JSON.stringify(glob)}: only letters, digits and - _ : / * . @ are allowed`);
    }
    const source = glob
        .replaceAll('.', '\\.')
        .replaceAll('**', '#')
        .replaceAll('*', '[^/]*')
        .replaceAll('#', '.*');
    return new RegExp(`^${source}$`);
}
/** True when `glob` (policy-controller semantics) matches `name`. */
function matchesGlob(glob, name) {
    return compileGlob(glob).test(name);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/cluster/signer.ts
// Checks a signer before any object is generated from it: a keyless identity needs its issuer and one
// exact subject or one regular expression that pins something (`.*` verifies nothing), and every
// regular expression is anchored, because cosign, Kyverno and policy-controller match them unanchored.


/** Probes no real identity has in common: a regexp matching all of them pins nothing. */
const ANYTHING_PROBES = ['', 'x', 'https://evil.example/attacker@refs/heads/main', 'mallory@example.com'];
/** `^(?:re)$`, unless `re` is anchored at both ends already. */
function anchorRegExp(re) {
    return re.startsWith('^') && re.endsWith('$') && !re.endsWith('\\$') ? re : `^(?:${re})$`;
}
/** Escapes `s` for a regular expression that both Go RE2 and JavaScript read the same. */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * The SAN regexp for one workflow at any ref matching `refGlob` (`refs/tags/v*`): the workflow part is
 * exact, `*` in the ref stands for one or more characters. Separates release tags from branches.
 */
function toRefSubjectRegExp(workflow, refGlob) {
    const ref = refGlob.split('*').map(escapeRegExp).join('.+');
    return `^${escapeRegExp(workflow)}@${ref}$`;
}
function checkKeyless(s, what) {
    if (!s.issuer || s.issuer.trim() === '') {
        throw new PolicyError('POLICY_INVALID_IDENTITY', `${what}: the oidc issuer is empty: give the issuer of the signing identity (e.g. https://token.actions.githubusercontent.com)`);
    }
    const hasSubject = s.subject !== undefined && s.subject !== '';
    const hasRegExp = s.subjectRegExp !== undefined && s.subjectRegExp !== '';
    if (hasSubject === hasRegExp) {
        throw new PolicyError('POLICY_INVALID_IDENTITY', `${what}: give exactly one of subject or subject regexp, got ${hasSubject ? 'both' : 'neither'}`);
    }
    if (hasSubject)
        return { kind: 'keyless', issuer: s.issuer, subject: s.subject };
    const anchored = anchorRegExp(s.subjectRegExp ?? '');
    let compiled;
    try {
        compiled = new RegExp(anchored, 'u');
    }
    catch (err) {
        throw new PolicyError('POLICY_INVALID_IDENTITY', `${what}: subject regexp is invalid: ${err.message}`);
    }
    if (ANYTHING_PROBES.every((p) => compiled.test(p))) {
        throw new PolicyError('POLICY_INVALID_IDENTITY', `${what}: subject regexp ${JSON.stringify(s.subjectRegExp)} matches any identity: pin the workflow path and ref`);
    }
    return { kind: 'keyless', issuer: s.issuer, subjectRegExp: anchored };
}
/** Validates and normalises a signer (anchored regexps, trimmed PEM); throws POLICY_INVALID_IDENTITY. */
function checkSigner(s, what) {
    if (s.kind === 'keyless')
        return checkKeyless(s, what);
    const pem = s.publicKey.trim();
    try {
        if (!pem.startsWith('-----BEGIN PUBLIC KEY-----'))
            throw new Error('not a PEM PUBLIC KEY');
        (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (err) {
        throw new PolicyError('POLICY_INVALID_IDENTITY', `${what}: the public key is not a PEM "PUBLIC KEY" (cosign.pub): ${err.message}`);
    }
    return { kind: 'key', publicKey: `${pem}\n` };
}
/** A short description for messages and annotations: the subject, the regexp, or "public key". */
function describeSigner(s) {
    if (s.kind === 'key')
        return 'public key';
    return `${s.subject ?? s.subjectRegExp} (issuer ${s.issuer})`;
}

;// CONCATENATED MODULE: ./src/cluster/input.ts
// Checks and normalises the generator input once, so each generator can trust it: names fit every
// suffix, signers are complete and anchored, repositories are unique and sorted.





const NAME_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAME = 40;
const ATTESTATION_NAME_RE = /^[a-z][a-z0-9-]{0,30}$/;
/** Validates the generator input; throws POLICY_INVALID_INPUT / POLICY_INVALID_IDENTITY with the fix. */
function checkAdmissionInput(input) {
    if (!NAME_RE.test(input.name) || input.name.length > MAX_NAME) {
        throw new PolicyError('POLICY_INVALID_INPUT', `policy name ${JSON.stringify(input.name)} is not a lowercase DNS-1123 label of at most ${MAX_NAME} characters (e.g. acme-app)`);
    }
    if (input.repositories.length === 0) {
        throw new PolicyError('POLICY_INVALID_INPUT', 'no repositories given: name at least one image repository the policy governs');
    }
    const seen = new Set();
    const repositories = [...input.repositories]
        .map((r) => ({ registry: r.registry, repository: r.repository }))
        .filter((r) => {
        const k = toGlobRepository(r);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    })
        .sort((a, b) => toGlobRepository(a).localeCompare(toGlobRepository(b)));
    for (const a of input.attestations ?? []) {
        if (!ATTESTATION_NAME_RE.test(a.name)) {
            throw new PolicyError('POLICY_INVALID_INPUT', `attestation name ${JSON.stringify(a.name)} must be a short lowercase name (e.g. sbom)`);
        }
        if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/.test(a.predicateType)) {
            throw new PolicyError('POLICY_INVALID_INPUT', `attestation ${a.name}: predicate type ${JSON.stringify(a.predicateType)} is not a URI (e.g. https://cyclonedx.org/bom)`);
        }
    }
    const build = checkSigner(input.build, 'build identity');
    const release = input.release ? checkSigner(input.release, 'release identity') : undefined;
    const clusterLevel = input.clusterLevel ?? (release ? 'production' : 'development');
    const digests = [...new Set((input.digests ?? []).map((d) => (0,registry/* parseDigest */.m)(d)))].sort();
    const ns = input.namespaces ?? {};
    const out = {
        ...input,
        repositories,
        build,
        digests,
        clusterLevel,
        mode: input.mode ?? 'enforce',
        policyControllerVersion: input.policyControllerVersion ?? 'v1beta1',
        namespaceLabel: ns.label ?? TRUST_LEVEL_LABEL,
        developmentValues: ns.development ?? ['development'],
        productionValues: ns.production ?? ['production'],
    };
    if (release)
        out.release = release;
    else
        delete out.release;
    if (out.developmentValues.some((v) => out.productionValues.includes(v))) {
        throw new PolicyError('POLICY_INVALID_INPUT', 'a namespace label value cannot mean both development and production');
    }
    return out;
}
/** The labels of every object generated for policy `name`. */
function toLabels(name, extra = {}) {
    return { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [POLICY_LABEL]: name, ...extra };
}
/** The signers a trust level requires, all of them (AND). */
function signersOf(input, level) {
    const out = [{ name: 'build', signer: input.build }];
    if (level === 'production' && input.release)
        out.push({ name: 'release', signer: input.release });
    return out;
}
/** `sha256:abcd…` → the first 12 hex characters, for object names. */
function shortDigest(d) {
    return d.slice(d.indexOf(':') + 1, d.indexOf(':') + 13);
}

;// CONCATENATED MODULE: ./src/cluster/trust-root.ts
// A private Sigstore's trust material (its trusted_root.json) in the shapes the controllers take:
// policy-controller's TrustRoot (`spec.sigstoreKeys`: PEM, then base64, as Go marshals []byte;
// pkg/apis/config/sigstore_keys.go) and the PEM strings Kyverno's attestors take inline.


function pem(label, b64) {
    const lines = b64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
function toHash(alg) {
    if (alg === 'SHA2_384')
        return 'sha-384';
    if (alg === 'SHA2_512')
        return 'sha-512';
    return 'sha-256';
}
function keys(list, what) {
    return (list ?? []).map((k, i) => {
        if (!k.publicKey?.rawBytes || !k.baseUrl) {
            throw new PolicyError('POLICY_INVALID_INPUT', `trusted root: ${what}[${i}] has no baseUrl or publicKey.rawBytes`);
        }
        return {
            url: k.baseUrl,
            publicKeyPem: pem('PUBLIC KEY', k.publicKey.rawBytes),
            hashAlgorithm: toHash(k.hashAlgorithm),
        };
    });
}
function authorities(list, what) {
    return (list ?? []).map((a, i) => {
        const certs = a.certChain?.certificates ?? [];
        if (certs.length === 0 || !a.uri || certs.some((c) => !c.rawBytes)) {
            throw new PolicyError('POLICY_INVALID_INPUT', `trusted root: ${what}[${i}] has no uri or certificate chain`);
        }
        return {
            url: a.uri,
            chainPem: certs.map((c) => pem('CERTIFICATE', c.rawBytes ?? '')).join(''),
            subject: { organization: a.subject?.organization ?? '', commonName: a.subject?.commonName ?? '' },
        };
    });
}
/** Reads the keys and chains out of a trusted_root.json; throws POLICY_INVALID_INPUT when parts are missing. */
function toTrustPems(root) {
    const fulcio = authorities(root.certificateAuthorities, 'certificateAuthorities').map((a, i) => {
        const certs = root.certificateAuthorities[i]?.certChain?.certificates ?? [];
        return { ...a, rootPem: pem('CERTIFICATE', certs[certs.length - 1]?.rawBytes ?? '') };
    });
    return {
        fulcio,
        rekor: keys(root.tlogs, 'tlogs'),
        ctlogs: keys(root.ctlogs, 'ctlogs'),
        tsas: authorities(root.timestampAuthorities, 'timestampAuthorities'),
    };
}
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
/** policy-controller's TrustRoot for a private Sigstore, referenced by keyless authorities' `trustRootRef`. */
function buildTrustRoot(name, root, labels) {
    const t = toTrustPems(root);
    return {
        apiVersion: `${POLICY_CONTROLLER_GROUP}/v1alpha1`,
        kind: 'TrustRoot',
        metadata: { name, labels },
        spec: {
            sigstoreKeys: {
                certificateAuthorities: t.fulcio.map((f) => ({
                    subject: f.subject,
                    uri: f.url,
                    certChain: b64(f.chainPem),
                })),
                tLogs: t.rekor.map((k) => ({
                    baseURL: k.url,
                    hashAlgorithm: k.hashAlgorithm,
                    publicKey: b64(k.publicKeyPem),
                })),
                ctLogs: t.ctlogs.map((k) => ({
                    baseURL: k.url,
                    hashAlgorithm: k.hashAlgorithm,
                    publicKey: b64(k.publicKeyPem),
                })),
                timestampAuthorities: t.tsas.map((a) => ({
                    subject: a.subject,
                    uri: a.url,
                    certChain: b64(a.chainPem),
                })),
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/cluster/cluster-image-policy.ts
// sigstore policy-controller objects. Within one ClusterImagePolicy any authority suffices (OR);
// across the policies matching an image all must pass (AND). So two trust levels are two policies
// over the same globs: `<name>-build` (the developer build identity) and `<name>-release` (the
// release identity), never two authorities in one policy. policy-controller cannot select namespaces
// by label (it only has the opt-in `policy.sigstore.dev/include`), so a cluster runs at one level:
// a production cluster gets both policies, a development cluster only the build policy.
// Webhook rules: pkg/apis/policy/v1beta1/clusterimagepolicy_validation.go; signature checks:
// pkg/webhook/validator.go (checkOptsFromAuthority). Image signatures must be in the legacy format:
// policy-controller v0.13 reads bundle-format (OCI referrer) signatures only for attestations.






/** Public-good Fulcio and Rekor, used when no private trusted root is given. */
const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';
/** The TrustRoot name for policy `name`. */
const trustRootName = (name) => `${name}-trust-root`;
function toAuthority(input, name, signer, withAttestations) {
    const trustRef = input.trustedRoot ? trustRootName(input.name) : undefined;
    const pems = input.trustedRoot ? toTrustPems(input.trustedRoot) : undefined;
    const rekorURL = pems?.rekor[0]?.url ?? PUBLIC_REKOR_URL;
    const a = { name, signatureFormat: input.signatureFormat };
    if (input.signatureFormat === 'bundle') {
        // policy-controller v0.13.1 passes `signatureFormat: bundle` to cosign v2.5's VerifyImageSignatures,
        // which answers "bundle support for image signatures is not yet implemented" (only attestations
        // are read as bundles), and accepts it only from keyless authorities at all.
        throw new PolicyError('POLICY_INVALID_INPUT', 'policy-controller (v0.13) cannot verify bundle-format image signatures: also write the legacy format (--signature-format legacy or both) for policy-controller, or use Kyverno');
    }
    if (signer.kind === 'key') {
        a.key = { data: signer.publicKey, hashAlgorithm: 'sha256' };
    }
    else {
        const identity = signer.subject !== undefined
            ? { issuer: signer.issuer, subject: signer.subject }
            : { issuer: signer.issuer, subjectRegExp: signer.subjectRegExp ?? '' };
        a.keyless = { url: pems?.fulcio[0]?.url ?? PUBLIC_FULCIO_URL, identities: [identity] };
        if (trustRef)
            a.keyless.trustRootRef = trustRef;
    }
    if (input.noTlog) {
        // Without a tlog entry the signing time comes from the TSA (bundle or legacy RFC 3161 annotation).
        if (trustRef && pems && pems.tsas.length > 0)
            a.rfc3161timestamp = { trustRootRef: trustRef };
    }
    else {
        a.ctlog = trustRef ? { url: rekorURL, trustRootRef: trustRef } : { url: rekorURL };
    }
    if (input.signatureRepository)
        a.source = [{ oci: (0,registry/* formatRepository */.Sh)(input.signatureRepository) }];
    if (withAttestations && (input.attestations?.length ?? 0) > 0) {
        a.attestations = (input.attestations ?? []).map((x) => ({
            name: x.name,
            predicateType: x.predicateType,
        }));
    }
    return a;
}
function cip(input, name, globs, authorities, extraLabels = {}, annotations = {}) {
    const metadata = { name, labels: toLabels(input.name, extraLabels) };
    if (Object.keys(annotations).length > 0)
        metadata.annotations = annotations;
    return {
        apiVersion: `${POLICY_CONTROLLER_GROUP}/${input.policyControllerVersion}`,
        kind: 'ClusterImagePolicy',
        metadata,
        spec: { mode: input.mode, images: globs.map((glob) => ({ glob })), authorities },
    };
}
/**
 * The policy-controller objects: a TrustRoot for a private Sigstore, one ClusterImagePolicy per
 * required identity (ANDed by the controller), and one per asked-for digest pinning it to the
 * strongest identity of the cluster's level.
 */
function buildClusterImagePolicies(input) {
    const objects = [];
    if (input.trustedRoot)
        objects.push(buildTrustRoot(trustRootName(input.name), input.trustedRoot, toLabels(input.name)));
    const globs = input.repositories.flatMap(toRepositoryGlobs);
    const signers = signersOf(input, input.clusterLevel);
    for (const { name, signer } of signers) {
        objects.push(cip(input, `${input.name}-${name}`, globs, [toAuthority(input, name, signer, name === 'build')]));
    }
    const strongest = signers[signers.length - 1];
    for (const digest of input.digests) {
        if (!strongest)
            break;
        objects.push(cip(input, `${input.name}-${shortDigest(digest)}`, input.repositories.map((r) => `${toGlobRepository(r)}@${digest}`), [toAuthority(input, strongest.name, strongest.signer, false)], { [SCOPE_LABEL]: 'digest' }, { [DIGEST_ANNOTATION]: digest }));
    }
    return objects;
}

;// CONCATENATED MODULE: ./src/cluster/connaisseur.ts
// Connaisseur's Helm values (chart 3.x, `application.validators` and `application.policy`) for the same
// signers. A policy rule with `trustRoot: "*"` and `required: [build, release]` admits an image only
// when every named trust root verified (Connaisseur's multi-signature verification). Connaisseur reads
// cosign's legacy `.sig` format only. Like policy-controller it has no per-namespace level, so the
// cluster level decides whether the release identity is required.




function toTrustRoot(name, s) {
    if (s.kind === 'key')
        return { name, key: s.publicKey };
    const keyless = { issuer: s.issuer };
    if (s.subject !== undefined)
        keyless.subject = s.subject;
    else
        keyless.subjectRegex = s.subjectRegExp ?? '';
    return { name, keyless };
}
/** The `application` part of Connaisseur's values.yaml. */
function buildConnaisseurValues(input) {
    if (input.signatureFormat === 'bundle') {
        throw new PolicyError('POLICY_INVALID_INPUT', 'connaisseur reads only the legacy cosign signature format: sign with --signature-format legacy for connaisseur');
    }
    const signers = signersOf(input, input.clusterLevel);
    const validator = {
        name: input.name,
        type: 'cosign',
        trustRoots: signers.map((s) => toTrustRoot(s.name, s.signer)),
    };
    if (input.trustedRoot) {
        const pems = toTrustPems(input.trustedRoot);
        const host = {};
        if (pems.rekor[0]) {
            host.rekor = pems.rekor[0].url;
            host.rekorPubkey = pems.rekor[0].publicKeyPem;
        }
        if (pems.fulcio[0])
            host.fulcioCert = pems.fulcio[0].chainPem;
        if (pems.ctlogs[0])
            host.ctLogPubkey = pems.ctlogs[0].publicKeyPem;
        validator.host = host;
    }
    if (input.signatureRepository)
        validator.signatureRepository = (0,registry/* formatRepository */.Sh)(input.signatureRepository);
    const patterns = input.repositories.map((r) => `${r.registry}/${r.repository}:*`);
    return {
        application: {
            validators: [validator],
            policy: patterns.map((pattern) => ({
                pattern,
                validator: input.name,
                with: { trustRoot: '*', required: signers.map((s) => s.name) },
            })),
        },
    };
}

;// CONCATENATED MODULE: ./src/cluster/kyverno-policy.ts
// Kyverno objects. A `verifyImages` attestor set passes when `count` of its entries verify, so
// production is one set holding the build and the release identity with `count: 2` (AND), while
// development asks for the build identity only. Namespaces choose their level by label
// (`namespaceSelector` values are exact: they never glob), system namespaces are excluded, development
// runs in Audit and production in Enforce. The emergency bypass is a PolicyException: Kyverno ignores
// annotations such as `policies.kyverno.io/skip`.
// Fields: kyverno/kyverno config/crds (ClusterPolicy v1, ImageValidatingPolicy v1, PolicyException v2 and
// policies.kyverno.io/v1); `verifyImageSignatures` returns how many of the given attestors verified.






const LEVELS = ['development', 'production'];
/** Kyverno writes Docker Hub as `docker.io`; its `*` crosses `/`, so only `:` and `@` follow the name. */
function toKyvernoImageReferences(input) {
    return input.repositories.flatMap((r) => {
        const repo = toGlobRepository(r).replace(/^index\.docker\.io\//, 'docker.io/');
        return [`${repo}:*`, `${repo}@*`];
    });
}
function namespaceSelector(input, level) {
    return {
        matchExpressions: [
            {
                key: input.namespaceLabel,
                operator: 'In',
                values: level === 'production' ? input.productionValues : input.developmentValues,
            },
        ],
    };
}
/** Namespaces never checked: the system ones and those the input excludes. */
function excludedNamespaces(input) {
    return [...new Set([...SYSTEM_NAMESPACES, ...(input.namespaces?.exclude ?? [])])].sort();
}
function toAttestorEntry(input, signer) {
    const pems = input.trustedRoot ? toTrustPems(input.trustedRoot) : undefined;
    const rekor = input.noTlog
        ? { url: pems?.rekor[0]?.url ?? PUBLIC_REKOR_URL, ignoreTlog: true }
        : { url: pems?.rekor[0]?.url ?? PUBLIC_REKOR_URL };
    if (pems?.rekor[0] && !input.noTlog)
        rekor.pubkey = pems.rekor[0].publicKeyPem;
    if (signer.kind === 'key') {
        return {
            keys: { publicKeys: signer.publicKey, signatureAlgorithm: 'sha256', rekor, ctlog: { ignoreSCT: true } },
        };
    }
    const keyless = { issuer: signer.issuer };
    if (signer.subject !== undefined)
        keyless.subject = signer.subject;
    else
        keyless.subjectRegExp = signer.subjectRegExp;
    if (pems) {
        keyless.roots = pems.fulcio.map((f) => f.chainPem).join('');
        const ctlog = {};
        if (pems.ctlogs[0])
            ctlog.pubkey = pems.ctlogs[0].publicKeyPem;
        if (pems.tsas[0])
            ctlog.tsaCertChain = pems.tsas[0].chainPem;
        if (Object.keys(ctlog).length > 0)
            keyless.ctlog = ctlog;
    }
    keyless.rekor = rekor;
    return { keyless };
}
function verifyRule(input, level) {
    const signers = signersOf(input, level);
    const enforce = level === 'production';
    const verify = {
        imageReferences: toKyvernoImageReferences(input),
        type: input.signatureFormat === 'bundle' ? 'SigstoreBundle' : 'Cosign',
        failureAction: enforce ? 'Enforce' : 'Audit',
        // Kyverno refuses mutateDigest with Audit; production pins every admitted image to its digest.
        mutateDigest: enforce,
        verifyDigest: enforce,
        required: true,
        attestors: [{ count: signers.length, entries: signers.map((s) => toAttestorEntry(input, s.signer)) }],
    };
    if (input.signatureRepository)
        verify.repository = (0,registry/* formatRepository */.Sh)(input.signatureRepository);
    if ((input.attestations?.length ?? 0) > 0) {
        verify.attestations = (input.attestations ?? []).map((a) => ({
            name: a.name,
            type: a.predicateType,
            attestors: [{ count: 1, entries: [toAttestorEntry(input, input.build)] }],
        }));
    }
    return {
        name: `verify-${level}`,
        match: { any: [{ resources: { kinds: ['Pod'], namespaceSelector: namespaceSelector(input, level) } }] },
        exclude: { any: [{ resources: { namespaces: excludedNamespaces(input) } }] },
        verifyImages: [verify],
    };
}
/** The rule names Kyverno autogenerates for pod controllers from a Pod rule (`autogen-…`). */
function toKyvernoRuleNames(rule) {
    return [rule, `autogen-${rule}`, `autogen-cronjob-${rule}`];
}
/** A Kyverno ClusterPolicy (kyverno.io/v1) with one verifyImages rule per trust level. */
function buildKyvernoClusterPolicy(input) {
    return {
        apiVersion: `${KYVERNO_GROUP}/v1`,
        kind: 'ClusterPolicy',
        metadata: {
            name: input.name,
            labels: toLabels(input.name),
            annotations: {
                'policies.kyverno.io/title': `Signet: signed images of ${input.name}`,
                'policies.kyverno.io/category': 'Software Supply Chain Security',
                'policies.kyverno.io/subject': 'Pod',
            },
        },
        spec: {
            background: false,
            webhookConfiguration: { failurePolicy: 'Fail', timeoutSeconds: 30 },
            rules: LEVELS.map((l) => verifyRule(input, l)),
        },
    };
}
function ivpAttestor(input, name, signer) {
    const pems = input.trustedRoot ? toTrustPems(input.trustedRoot) : undefined;
    const cosign = {};
    if (signer.kind === 'key')
        cosign.key = { data: signer.publicKey };
    else {
        const identity = { issuer: signer.issuer };
        if (signer.subject !== undefined)
            identity.subject = signer.subject;
        else
            identity.subjectRegExp = signer.subjectRegExp ?? '';
        const keyless = { identities: [identity] };
        if (pems)
            keyless.roots = pems.fulcio.map((f) => f.chainPem).join('');
        cosign.keyless = keyless;
    }
    const ctlog = { url: pems?.rekor[0]?.url ?? PUBLIC_REKOR_URL };
    if (input.noTlog)
        ctlog.insecureIgnoreTlog = true;
    if (signer.kind === 'key')
        ctlog.insecureIgnoreSCT = true;
    if (pems?.rekor[0])
        ctlog.rekorPubKey = pems.rekor[0].publicKeyPem;
    if (pems?.ctlogs[0] && signer.kind === 'keyless')
        ctlog.ctLogPubKey = pems.ctlogs[0].publicKeyPem;
    if (pems?.tsas[0])
        ctlog.tsaCertChain = pems.tsas[0].chainPem;
    cosign.ctlog = ctlog;
    // The inline trusted root verifies bundles; Kyverno ≤ 1.19 still initialises TUF for keyless
    // attestors, so a private Sigstore also needs a TUF mirror there (see the generator warnings).
    if (input.trustedRoot && signer.kind === 'keyless')
        cosign.trustedRoot = { value: JSON.stringify(input.trustedRoot) };
    if (input.signatureRepository)
        cosign.source = { repository: (0,registry/* formatRepository */.Sh)(input.signatureRepository) };
    return { name, cosign };
}
const ALL_IMAGES = '(images.containers + images.initContainers + images.ephemeralContainers)';
/** A Kyverno ImageValidatingPolicy (policies.kyverno.io/v1) for one trust level. */
function buildImageValidatingPolicy(input, level) {
    const signers = signersOf(input, level);
    const enforce = level === 'production';
    const attestorRefs = signers.map((s) => `attestors.${s.name}`).join(', ');
    const validations = [
        {
            expression: `${ALL_IMAGES}.all(image, verifyImageSignatures(image, [${attestorRefs}]) == ${signers.length})`,
            message: `every image must be signed by ${signers.map((s) => `the ${s.name} identity`).join(' and ')}`,
        },
    ];
    const spec = {
        validationActions: [enforce ? 'Deny' : 'Audit'],
        failurePolicy: 'Fail',
        webhookConfiguration: { timeoutSeconds: 30 },
        matchConstraints: {
            resourceRules: [
                { apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['pods'] },
            ],
            namespaceSelector: {
                matchExpressions: [
                    ...namespaceSelector(input, level).matchExpressions,
                    { key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: excludedNamespaces(input) },
                ],
            },
        },
        matchImageReferences: toKyvernoImageReferences(input).map((glob) => ({ glob })),
        validationConfigurations: { required: true, mutateDigest: enforce, verifyDigest: enforce },
        attestors: signers.map((s) => ivpAttestor(input, s.name, s.signer)),
        validations,
    };
    if ((input.attestations?.length ?? 0) > 0) {
        spec.attestations = (input.attestations ?? []).map((a) => ({
            name: a.name,
            intoto: { type: a.predicateType },
        }));
        for (const a of input.attestations ?? []) {
            validations.push({
                expression: `${ALL_IMAGES}.all(image, verifyAttestationSignatures(image, attestations.${a.name}, [attestors.build]) > 0)`,
                message: `every image must carry a ${a.name} attestation (${a.predicateType}) signed by the build identity`,
            });
        }
    }
    return {
        apiVersion: `${KYVERNO_POLICIES_GROUP}/v1`,
        kind: 'ImageValidatingPolicy',
        metadata: { name: `${input.name}-${level}`, labels: toLabels(input.name) },
        spec,
    };
}
/** The namespace Kyverno reads PolicyExceptions from (its `--exceptionNamespace`, default `kyverno`). */
const EXCEPTION_NAMESPACE = 'kyverno';
/**
 * The emergency bypass: PolicyExceptions for the ClusterPolicy (kyverno.io/v2) and the
 * ImageValidatingPolicies (policies.kyverno.io/v1), limited to the given namespaces.
 */
function buildPolicyExceptions(input) {
    const bypass = input.bypass;
    if (!bypass)
        return [];
    const namespaces = [...new Set(bypass.namespaces)].sort();
    const annotations = { 'signet.dev/reason': bypass.reason };
    const meta = (name) => ({
        name,
        namespace: EXCEPTION_NAMESPACE,
        labels: toLabels(input.name),
        annotations,
    });
    return [
        {
            apiVersion: `${KYVERNO_GROUP}/v2`,
            kind: 'PolicyException',
            metadata: meta(`${input.name}-bypass`),
            spec: {
                exceptions: [
                    { policyName: input.name, ruleNames: LEVELS.flatMap((l) => toKyvernoRuleNames(`verify-${l}`)) },
                ],
                match: {
                    any: [
                        {
                            resources: {
                                kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'],
                                namespaces,
                            },
                        },
                    ],
                },
            },
        },
        {
            apiVersion: `${KYVERNO_POLICIES_GROUP}/v1`,
            kind: 'PolicyException',
            metadata: meta(`${input.name}-bypass-ivp`),
            spec: {
                policyRefs: LEVELS.map((l) => ({ name: `${input.name}-${l}`, kind: 'ImageValidatingPolicy' })),
                matchConditions: [
                    { name: 'bypass-namespaces', expression: `request.namespace in ${JSON.stringify(namespaces)}` },
                ],
            },
        },
    ];
}

;// CONCATENATED MODULE: ./src/cluster/webhook-rules.ts
// policy-controller's own admission rules for ClusterImagePolicy, ported from its validating webhook
// (sigstore/policy-controller v0.13.1 pkg/apis/policy/v1beta1/clusterimagepolicy_validation.go, the same
// in v1alpha1) plus the runtime rule of pkg/webhook/validator.go that bundle-format authorities must be
// keyless. The CRD schema alone accepts objects this webhook refuses; Signet checks both.


const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : '');
const arr = (v) => (Array.isArray(v) ? v : []);
const VALID_MODES = ['enforce', 'warn'];
const VALID_HASHES = ['sha224', 'sha256', 'sha384', 'sha512'];
const VALID_STATIC = ['fail', 'pass'];
function checkRegExp(re, path, errs) {
    try {
        new RegExp(re, 'u');
    }
    catch (err) {
        errs.push(`${path}: regex is invalid: ${err.message}`);
    }
}
function checkKeyRef(key, path, errs) {
    const data = str(key.data);
    const kms = str(key.kms);
    const secretRef = key.secretRef;
    if (!data && !kms && !secretRef)
        errs.push(`${path}: expected exactly one, got neither: data, kms, secretref`);
    if (data && (kms || secretRef))
        errs.push(`${path}: expected exactly one, got both: data, kms, secretref`);
    if (!data && kms && secretRef)
        errs.push(`${path}: expected exactly one, got both: data, kms, secretref`);
    if (key.hashAlgorithm !== undefined && !VALID_HASHES.includes(str(key.hashAlgorithm))) {
        errs.push(`${path}.hashAlgorithm: invalid value ${JSON.stringify(key.hashAlgorithm)}`);
    }
    if (data) {
        try {
            (0,external_node_crypto_.createPublicKey)(data);
        }
        catch {
            errs.push(`${path}.data: invalid value: not a PEM public key`);
        }
    }
}
function checkIdentity(id, path, errs) {
    if (id.issuer && id.issuerRegExp)
        errs.push(`${path}: expected exactly one, got both: issuer, issuerRegExp`);
    if (id.subject && id.subjectRegExp)
        errs.push(`${path}: expected exactly one, got both: subject, subjectRegExp`);
    if (id.issuerRegExp)
        checkRegExp(str(id.issuerRegExp), `${path}.issuerRegExp`, errs);
    if (id.subjectRegExp)
        checkRegExp(str(id.subjectRegExp), `${path}.subjectRegExp`, errs);
    if (!id.subject && !id.subjectRegExp)
        errs.push(`${path}: missing field(s): subject, subjectRegExp`);
    if (!id.issuer && !id.issuerRegExp)
        errs.push(`${path}: missing field(s): issuer, issuerRegExp`);
}
function checkAuthority(a, path, errs) {
    const kinds = ['key', 'keyless', 'static'].filter((k) => a[k] !== undefined && a[k] !== null);
    if (kinds.length === 0)
        return void errs.push(`${path}: expected exactly one, got neither: key, keyless, static`);
    if (kinds.length > 1)
        return void errs.push(`${path}: expected exactly one, got both: key, keyless, static`);
    if (isObj(a.key))
        checkKeyRef(a.key, `${path}.key`, errs);
    if (isObj(a.keyless)) {
        const k = a.keyless;
        if (!k.url && !k['ca-cert'])
            errs.push(`${path}.keyless: expected exactly one, got neither: url, ca-cert`);
        if (k.url && k['ca-cert'])
            errs.push(`${path}.keyless: expected exactly one, got both: url, ca-cert`);
        if (isObj(k['ca-cert']))
            checkKeyRef(k['ca-cert'], `${path}.keyless.ca-cert`, errs);
        const ids = arr(k.identities);
        if (ids.length === 0)
            errs.push(`${path}.keyless: missing field(s): identities`);
        ids.forEach((id, i) => checkIdentity(isObj(id) ? id : {}, `${path}.keyless.identities[${i}]`, errs));
    }
    if (isObj(a.static)) {
        const action = str(a.static.action);
        if (!action)
            errs.push(`${path}.static: missing field(s): action`);
        else if (!VALID_STATIC.includes(action))
            errs.push(`${path}.static.action: unsupported action ${action}`);
        for (const f of ['attestations', 'source', 'ctlog', 'rfc3161timestamp']) {
            if (a[f] !== undefined && (f !== 'attestations' && f !== 'source' ? true : arr(a[f]).length > 0)) {
                errs.push(`${path}: expected exactly one, got both: static, ${f}`);
            }
        }
    }
    const sources = arr(a.source);
    if (sources.length > 1)
        errs.push(`${path}.source: only single source is supported`);
    arr(a.attestations).forEach((att, i) => {
        const at = isObj(att) ? att : {};
        if (!at.name)
            errs.push(`${path}.attestations[${i}]: missing field(s): name`);
        if (!at.predicateType)
            errs.push(`${path}.attestations[${i}]: missing field(s): predicateType`);
    });
    if (a.signatureFormat !== undefined && !['legacy', 'bundle'].includes(str(a.signatureFormat))) {
        errs.push(`${path}.signatureFormat: expected legacy or bundle, got ${JSON.stringify(a.signatureFormat)}`);
    }
    // pkg/webhook/validator.go: "when using the new bundle format, the authority must be keyless"; the
    // TSA and tlog trustRootRef must equal the keyless one.
    if (a.signatureFormat === 'bundle') {
        if (!isObj(a.keyless))
            errs.push(`${path}: the bundle signature format needs a keyless authority`);
        const ref = isObj(a.keyless) ? a.keyless.trustRootRef : undefined;
        for (const f of ['ctlog', 'rfc3161timestamp']) {
            const v = a[f];
            if (isObj(v) && v.trustRootRef !== ref)
                errs.push(`${path}.${f}.trustRootRef: must equal keyless.trustRootRef with the bundle format`);
        }
    }
}
/** The webhook's objections to a ClusterImagePolicy, as `path: problem` lines; empty when it would admit it. */
function checkClusterImagePolicy(obj) {
    const errs = [];
    const spec = isObj(obj) && isObj(obj.spec) ? obj.spec : {};
    const images = arr(spec.images);
    if (images.length === 0)
        errs.push('spec: missing field(s): images');
    images.forEach((img, i) => {
        const glob = isObj(img) ? str(img.glob) : '';
        if (!glob)
            return void errs.push(`spec.images[${i}]: missing field(s): glob`);
        try {
            compileGlob(glob);
        }
        catch (err) {
            errs.push(`spec.images[${i}].glob: ${err.message}`);
        }
    });
    arr(spec.authorities).forEach((a, i) => checkAuthority(isObj(a) ? a : {}, `spec.authorities[${i}]`, errs));
    if (spec.mode !== undefined && spec.mode !== '' && !VALID_MODES.includes(str(spec.mode))) {
        errs.push(`spec.mode: unsupported mode ${JSON.stringify(spec.mode)}`);
    }
    return errs;
}

;// CONCATENATED MODULE: ./src/cluster/generate.ts
// The `signet policy` stage: from one description of who signs what, the admission objects of every
// supported controller, each checked against its controller's own rules before it is returned.






/** All targets, in output order. */
const ADMISSION_TARGETS = [
    'policy-controller',
    'kyverno',
    'kyverno-ivp',
    'connaisseur',
];
/** Generates the objects of the requested targets; throws PolicyError on bad input or a broken object. */
function generateAdmission(input, targets = ADMISSION_TARGETS) {
    const checked = checkAdmissionInput(input);
    const objects = [];
    const warnings = [];
    const out = { objects, warnings };
    if (targets.includes('policy-controller')) {
        const cips = buildClusterImagePolicies(checked);
        for (const o of cips.filter((c) => c.kind === 'ClusterImagePolicy')) {
            const errs = checkClusterImagePolicy(o);
            if (errs.length > 0) {
                throw new PolicyError('POLICY_INVALID_OBJECT', `generated ClusterImagePolicy ${o.metadata.name} breaks the policy-controller webhook: ${errs.join('; ')}`);
            }
        }
        objects.push(...cips);
        if (checked.clusterLevel === 'production' && !checked.release) {
            warnings.push('policy-controller: production asked for without a release identity: only the build identity is required');
        }
        warnings.push(`policy-controller checks only namespaces labelled policy.sigstore.dev/include=true; it enforces the ${checked.clusterLevel} level cluster-wide`);
    }
    if (targets.includes('kyverno'))
        objects.push(buildKyvernoClusterPolicy(checked));
    if (targets.includes('kyverno-ivp')) {
        const keyless = [checked.build, checked.release].some((s) => s?.kind === 'keyless');
        if (keyless && checked.trustedRoot) {
            warnings.push('kyverno ImageValidatingPolicy: Kyverno 1.19 initialises TUF for keyless attestors even with an inline trusted root; with a private Sigstore, serve it a TUF mirror or use the ClusterPolicy');
        }
        objects.push(buildImageValidatingPolicy(checked, 'development'), buildImageValidatingPolicy(checked, 'production'));
    }
    if (checked.bypass && (targets.includes('kyverno') || targets.includes('kyverno-ivp'))) {
        const exceptions = buildPolicyExceptions(checked).filter((e) => e.apiVersion.startsWith('kyverno.io/') ? targets.includes('kyverno') : targets.includes('kyverno-ivp'));
        objects.push(...exceptions);
        warnings.push(`emergency bypass active for namespaces ${checked.bypass.namespaces.join(', ')}: remove it with the next apply`);
    }
    if (targets.includes('connaisseur'))
        out.connaisseurValues = buildConnaisseurValues(checked);
    return out;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/cluster/apply.ts
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
    return `${MANAGED_BY_LABEL}=${MANAGED_BY_VALUE},${POLICY_LABEL}=${policyName},${SCOPE_LABEL}=digest`;
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

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 871 modules
var client_node_dist = __webpack_require__(74178);
;// CONCATENATED MODULE: ./src/cluster/kube-client.ts
// The Kubernetes API as the cluster stage needs it (read, server-side apply, list by label, delete),
// over @kubernetes/client-node, with the API server's refusals turned into ClusterErrors that say what
// to do. The only code in Signet that talks to an API server.



/** A KubeConfig from its source; throws CLUSTER_KUBECONFIG naming what is wrong. */
function toKubeConfig(source) {
    const kc = new client_node_dist/* KubeConfig */.ypW();
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
        throw new ClusterError('CLUSTER_KUBECONFIG', `the kubeconfig cannot be read: ${err.message}; pass a valid kubeconfig or set KUBECONFIG`, { cause: err });
    }
    if (!kc.getCurrentCluster()) {
        throw new ClusterError('CLUSTER_KUBECONFIG', kc.getCurrentContext()
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
    if (err instanceof ClusterError)
        return err;
    const what = describeObject(obj);
    const crdMissing = () => {
        const controller = CONTROLLER_OF_GROUP[groupOf(obj.apiVersion)] ?? `the controller serving ${obj.apiVersion}`;
        return new ClusterError('CLUSTER_CRD_MISSING', `the cluster does not serve ${obj.apiVersion} ${obj.kind}: install ${controller} (its CRDs) before applying ${what}`, { cause: err, status: 404 });
    };
    if (err instanceof Error && err.message.startsWith('Unrecognized API version and kind'))
        return crdMissing();
    if (err instanceof client_node_dist/* ApiException */.UJ4) {
        const status = statusOf(err);
        const code = err.code;
        if (code === 404 && err.message.startsWith('Failed to fetch resource metadata'))
            return crdMissing();
        const detail = status.message ? `: ${status.message}` : '';
        switch (code) {
            case 401:
                return new ClusterError('CLUSTER_UNAUTHORIZED', `${verb} ${what}: 401 unauthorized${detail}; the kubeconfig credentials were refused: refresh the token or pick another context`, { cause: err, status: code });
            case 403:
                return new ClusterError('CLUSTER_FORBIDDEN', `${verb} ${what}: 403 forbidden${detail}; grant the identity "${verb}" on ${obj.kind} (e.g. a ClusterRole with get, list, patch, delete)`, { cause: err, status: code });
            case 404:
                return crdMissing();
            case 409:
                return new ClusterError('CLUSTER_CONFLICT', `${verb} ${what}: 409 conflict${detail}; another field manager owns these fields: fix it there, or pass --force-conflicts to take them over`, { cause: err, status: code });
            case 400:
            case 422: {
                const causes = (status.details?.causes ?? [])
                    .map((c) => `${c.field ?? ''} ${c.message ?? ''}`.trim())
                    .join('; ');
                return new ClusterError('CLUSTER_INVALID', `${verb} ${what}: ${code} rejected${detail}${causes ? ` (${causes})` : ''}`, { cause: err, status: code });
            }
            default:
                return new ClusterError('CLUSTER_API', `${verb} ${what}: the API server answered ${code}${detail}`, {
                    cause: err,
                    status: code,
                });
        }
    }
    if (err instanceof Error && err.message.includes('HTTP protocol is not allowed')) {
        return new ClusterError('CLUSTER_KUBECONFIG', `${verb} ${what}: the kubeconfig server is plain http: use https (or insecure-skip-tls-verify for a local test server)`, { cause: err });
    }
    const e = err;
    const sys = e.code ?? e.cause?.code;
    return new ClusterError('CLUSTER_UNREACHABLE', `${verb} ${what}: the API server cannot be reached${sys ? ` (${sys})` : ''}: ${e.message ?? String(err)}; check the kubeconfig server address`, { cause: err });
}
const DRY_RUN = 'All';
/** The production KubeApi over @kubernetes/client-node's generic object API. */
function createKubeApi(source) {
    const client = client_node_dist/* KubernetesObjectApi */.e1Y.makeApiClient(toKubeConfig(source));
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
                if (err instanceof client_node_dist/* ApiException */.UJ4 &&
                    err.code === 404 &&
                    !err.message.startsWith('Failed to fetch resource metadata'))
                    return undefined;
                throw toClusterError(err, 'get', obj);
            }
        },
        async apply(obj, opts) {
            try {
                return (await client.patch(obj, undefined, opts.dryRun ? DRY_RUN : undefined, FIELD_MANAGER, opts.force, client_node_dist/* PatchStrategy */.Qve.ServerSideApply));
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
                if (err instanceof client_node_dist/* ApiException */.UJ4 &&
                    err.code === 404 &&
                    !err.message.startsWith('Failed to fetch resource metadata'))
                    return;
                throw toClusterError(err, 'delete', obj);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/cluster/gitops.ts
// GitOps mode: the same objects as files for a repository that Argo CD or Flux applies. One file per
// object, named from its kind and name so a regenerated set diffs cleanly, plus a kustomization.yaml
// listing them in apply order. Returns the files; src/ci writes them.

const HEADER = '# Generated by Signet: edit the inputs and regenerate, not this file.\n';
/** `clusterimagepolicy-acme-app-build.yaml`: stable, unique per kind, namespace and name. */
function toGitOpsFileName(o) {
    const ns = o.metadata.namespace ? `${o.metadata.namespace}-` : '';
    return `${o.kind.toLowerCase()}-${ns}${o.metadata.name}.yaml`;
}
/** The files for `objects` (kept in their apply order in kustomization.yaml), and Helm values when given. */
function toGitOpsFiles(objects, extra = {}) {
    const files = objects.map((o) => ({
        path: toGitOpsFileName(o),
        content: HEADER + (0,dist/* stringify */.As)(o, { lineWidth: 0, sortMapEntries: false }),
    }));
    const names = files.map((f) => f.path);
    if (new Set(names).size !== names.length) {
        throw new Error(`gitops: two objects map to the same file name: ${names.filter((n, i) => names.indexOf(n) !== i).join(', ')}`);
    }
    const out = [...files].sort((a, b) => a.path.localeCompare(b.path));
    out.push({
        path: 'kustomization.yaml',
        content: HEADER +
            (0,dist/* stringify */.As)({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: names }),
    });
    if (extra.connaisseurValues) {
        out.push({
            path: 'connaisseur-values.yaml',
            content: HEADER + (0,dist/* stringify */.As)(extra.connaisseurValues, { lineWidth: 0 }),
        });
    }
    return out;
}

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
                throw new PolicyError('POLICY_MANIFEST_YAML', `${f.path}:${pos?.line ?? '?'}:${pos?.col ?? '?'}: not valid YAML: ${e.message.split('\n')[0]}; fix the manifest`);
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




const bad = (where, why) => new PolicyError('POLICY_INVALID_PREFLIGHT', `${where}: ${why}`);
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
function findRule(policy, repository) {
    return policy.rules.find((r) => r.images.some((g) => compileGlob(g).test(repository)));
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
        const signers = rule.signers.map(describeSigner);
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

;// CONCATENATED MODULE: ./src/cluster/index.ts
// The cluster stage's public face: generate admission objects (`generateAdmission`), apply them with
// server-side apply (`applyObjects`) or write them for GitOps (`toGitOpsFiles`), and verify the images
// of Kubernetes manifests before admission (`preflight`).















// EXTERNAL MODULE: ./src/ci/common/values.ts
var values = __webpack_require__(9700);
// EXTERNAL MODULE: ./src/ci/common/context.ts + 5 modules
var context = __webpack_require__(14028);
// EXTERNAL MODULE: ./src/sign/keys/index.ts + 12 modules
var sign_keys = __webpack_require__(37104);
// EXTERNAL MODULE: ./src/verify/index.ts + 6 modules
var verify = __webpack_require__(85938);
;// CONCATENATED MODULE: ./src/ci/common/preflight-verifier.ts


function policyFor(signer, trustedRoot, noTlog) {
    if (signer.kind === 'key') {
        return (0,verify/* buildVerifyPolicy */.eQ)({
            publicKey: (0,sign_keys/* parsePublicKey */.ee)(signer.publicKey, 'preflight policy key'),
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
        target: { type: 'list', value: 'T', description: `one of ${ADMISSION_TARGETS.join(', ')} (default all)` },
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
            if (!ADMISSION_TARGETS.includes(t)) {
                throw new values/* UsageError */.eb(`--target ${t}: expected one of ${ADMISSION_TARGETS.join(', ')}`);
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
        const generated = generateAdmission({
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
            const files = toGitOpsFiles(generated.objects, { connaisseurValues: generated.connaisseurValues });
            for (const f of files)
                await host.writeFile((0,external_node_path_.join)(path(host, outDir), f.path), f.content, { mode: 0o644, overwrite: true });
            host.stderr(`wrote ${files.length} files to ${outDir}\n`);
        }
        if ((0,values/* bool */.lc)(flags, 'apply')) {
            const kube = createKubeApi(await kubeSource(flags, host));
            const result = await applyObjects({
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


/***/ })

};
