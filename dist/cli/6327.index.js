export const id = 6327;
export const ids = [6327,6261];
export const modules = {

/***/ 88539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ checkSigner),
/* harmony export */   Kv: () => (/* binding */ toRefSubjectRegExp),
/* harmony export */   LH: () => (/* binding */ anchorRegExp),
/* harmony export */   cg: () => (/* binding */ describeSigner)
/* harmony export */ });
/* unused harmony export escapeRegExp */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _verify_identity_pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97139);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1642);
// Checks a signer before any object is generated from it: a keyless identity needs its issuer and one
// exact subject or one regular expression that pins the workflow, and every regular expression is
// anchored as a whole, because cosign, Kyverno and policy-controller match them unanchored. The rule
// is src/verify/identity-pattern.ts, the same one `verify` applies.



/** `^(?:re)$` (the one anchoring rule, src/verify/identity-pattern.ts): `^A|B$` must not stay `(^A)|(B$)`. */
const anchorRegExp = _verify_identity_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .anchorPattern */ .SH;
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
    return (0,_verify_identity_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .anchorPattern */ .SH)(`${escapeRegExp(workflow)}@${ref}`);
}
function checkKeyless(s, what) {
    if (!s.issuer || s.issuer.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_IDENTITY', `${what}: the oidc issuer is empty: give the issuer of the signing identity (e.g. https://token.actions.githubusercontent.com)`);
    }
    const hasSubject = s.subject !== undefined && s.subject !== '';
    const hasRegExp = s.subjectRegExp !== undefined && s.subjectRegExp !== '';
    if (hasSubject === hasRegExp) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_IDENTITY', `${what}: give exactly one of subject or subject regexp, got ${hasSubject ? 'both' : 'neither'}`);
    }
    if (hasSubject)
        return { kind: 'keyless', issuer: s.issuer, subject: s.subject };
    const verdict = (0,_verify_identity_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIdentityPattern */ .dI)(s.subjectRegExp ?? '', 'subject');
    if (!verdict.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_IDENTITY', `${what}: subject regexp ${JSON.stringify(s.subjectRegExp)} ${verdict.reason}`);
    }
    const anchored = verdict.anchored;
    return { kind: 'keyless', issuer: s.issuer, subjectRegExp: anchored };
}
/** Validates and normalises a signer (anchored regexps, trimmed PEM); throws POLICY_INVALID_IDENTITY. */
function checkSigner(s, what) {
    if (s.kind === 'keyless')
        return checkKeyless(s, what);
    const pem = s.publicKey.trim();
    let why = pem.startsWith('-----BEGIN PUBLIC KEY-----') ? undefined : 'not a PEM PUBLIC KEY';
    try {
        if (!why)
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem);
    }
    catch (err) {
        why = err.message;
    }
    if (why)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_IDENTITY', `${what}: the public key is not a PEM "PUBLIC KEY" (cosign.pub): ${why}`);
    return { kind: 'key', publicKey: `${pem}\n` };
}
/** A short description for messages and annotations: the subject, the regexp, or "public key". */
function describeSigner(s) {
    if (s.kind === 'key')
        return 'public key';
    return `${s.subject ?? s.subjectRegExp} (issuer ${s.issuer})`;
}


/***/ }),

/***/ 57852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ TRUST_LEVEL_LABEL),
/* harmony export */   Jo: () => (/* binding */ SYSTEM_NAMESPACES),
/* harmony export */   Nf: () => (/* binding */ DIGEST_ANNOTATION),
/* harmony export */   P2: () => (/* binding */ CONTROLLER_OF_GROUP),
/* harmony export */   Q9: () => (/* binding */ MANAGED_BY_VALUE),
/* harmony export */   XV: () => (/* binding */ KYVERNO_GROUP),
/* harmony export */   _4: () => (/* binding */ POLICY_CONTROLLER_GROUP),
/* harmony export */   lT: () => (/* binding */ MANAGED_BY_LABEL),
/* harmony export */   mn: () => (/* binding */ POLICY_LABEL),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER),
/* harmony export */   wN: () => (/* binding */ KYVERNO_POLICIES_GROUP),
/* harmony export */   y$: () => (/* binding */ POLICY_CONTROLLER_INCLUDE_LABEL),
/* harmony export */   yr: () => (/* binding */ SCOPE_LABEL)
/* harmony export */ });
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
/** The controllers Signet writes objects for, and the project to install when their CRD is missing. */
const CONTROLLER_OF_GROUP = {
    [POLICY_CONTROLLER_GROUP]: 'the sigstore policy-controller (helm chart sigstore/policy-controller)',
    [KYVERNO_GROUP]: 'Kyverno (helm chart kyverno/kyverno)',
    [KYVERNO_POLICIES_GROUP]: 'Kyverno ≥ 1.14 (helm chart kyverno/kyverno)',
};


/***/ }),

/***/ 1642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ ClusterError),
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15489);
// Errors of the cluster stage. PolicyError: the admission objects or the pre-flight policy asked for
// cannot be generated or are not met. ClusterError: the API server refused or could not be reached.

/** The admission objects or pre-flight policy are wrong, or an image does not meet them. */
class PolicyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}
/** The Kubernetes API refused or failed a request. */
class ClusterError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
    /** The HTTP status, when the API server answered. */
    status;
    constructor(code, message, options) {
        super(code, message, options);
        if (options?.status !== undefined)
            this.status = options.status;
    }
}


/***/ }),

/***/ 56327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bg: () => (/* binding */ ADMISSION_TARGETS),
  Lf: () => (/* binding */ DEFAULT_ADMISSION_TARGETS),
  B$: () => (/* binding */ generateAdmission)
});

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/index.js + 18 modules
var registry = __webpack_require__(76109);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/constants.js
var constants = __webpack_require__(57852);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/errors.js
var errors = __webpack_require__(1642);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/glob.js
var glob = __webpack_require__(98691);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/input.js
var cluster_input = __webpack_require__(9349);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/trust-root.js
var trust_root = __webpack_require__(50516);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/cluster-image-policy.js
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
/** The authority that checks `signer` (with the input's build attestations when asked). */
function toAuthority(input, name, signer, withAttestations) {
    const trustRef = input.trustedRoot ? trustRootName(input.name) : undefined;
    const pems = input.trustedRoot ? (0,trust_root/* toTrustPems */.RO)(input.trustedRoot) : undefined;
    const rekorURL = pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL;
    const a = { name, signatureFormat: input.signatureFormat };
    if (input.signatureFormat === 'bundle') {
        // policy-controller v0.13.1 passes `signatureFormat: bundle` to cosign v2.5's VerifyImageSignatures,
        // which answers "bundle support for image signatures is not yet implemented" (only attestations
        // are read as bundles), and accepts it only from keyless authorities at all.
        throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', 'policy-controller (v0.13) cannot verify bundle-format image signatures: also write the legacy format (--signature-format legacy or both) for policy-controller, or use Kyverno');
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
    // Without a tlog entry, or with a Rekor v2 one, the signing time comes from the TSA (bundle or legacy
    // RFC 3161 annotation).
    if ((input.noTlog || input.signedTimestamps) && trustRef && pems && pems.tsas.length > 0)
        a.rfc3161timestamp = { trustRootRef: trustRef };
    if (!input.noTlog)
        a.ctlog = trustRef ? { url: rekorURL, trustRootRef: trustRef } : { url: rekorURL };
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
    const metadata = { name, labels: (0,cluster_input/* toLabels */.Dc)(input.name, extraLabels) };
    if (Object.keys(annotations).length > 0)
        metadata.annotations = annotations;
    return {
        apiVersion: `${constants/* POLICY_CONTROLLER_GROUP */._4}/${input.policyControllerVersion}`,
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
        objects.push((0,trust_root/* buildTrustRoot */.DU)(trustRootName(input.name), input.trustedRoot, (0,cluster_input/* toLabels */.Dc)(input.name)));
    const globs = input.repositories.flatMap(glob/* toRepositoryGlobs */.Lo);
    const signers = (0,cluster_input/* signersOf */.Re)(input, input.clusterLevel);
    for (const { name, signer } of signers) {
        objects.push(cip(input, `${input.name}-${name}`, globs, [toAuthority(input, name, signer, name === 'build')]));
    }
    const strongest = signers[signers.length - 1];
    for (const digest of input.digests) {
        if (!strongest)
            break;
        objects.push(cip(input, `${input.name}-${(0,cluster_input/* shortDigest */.VK)(digest)}`, input.repositories.map((r) => `${(0,glob/* toGlobRepository */.oM)(r)}@${digest}`), [toAuthority(input, strongest.name, strongest.signer, false)], { [constants/* SCOPE_LABEL */.yr]: 'digest' }, { [constants/* DIGEST_ANNOTATION */.Nf]: digest }));
    }
    return objects;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/kyverno-policy.js
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
        const repo = (0,glob/* toGlobRepository */.oM)(r).replace(/^index\.docker\.io\//, 'docker.io/');
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
/** The Pod rules of the CEL policies (ImageValidatingPolicy, ValidatingPolicy). */
const POD_RESOURCE_RULES = [
    { apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['pods'] },
];
/** The CEL policies' `namespaceSelector` expression that leaves out the excluded namespaces. */
function notExcludedNamespaces(input) {
    return { key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: excludedNamespaces(input) };
}
/** Namespaces never checked: the system ones and those the input excludes. */
function excludedNamespaces(input) {
    return [...new Set([...constants/* SYSTEM_NAMESPACES */.Jo, ...(input.namespaces?.exclude ?? [])])].sort();
}
/**
 * Whether the attestors name the TSA chain: Kyverno then requires a signed timestamp (cosign's
 * UseSignedTimestamps) instead of the Rekor v1 entry's integrated time, which only signatures timed by
 * a TSA carry (no log, or Rekor v2).
 */
function requiresTimestamp(input) {
    return input.noTlog === true || input.signedTimestamps === true;
}
/** One Kyverno attestor entry for `signer` (keyless identity or key, with the private Sigstore's keys). */
function toAttestorEntry(input, signer) {
    const pems = input.trustedRoot ? (0,trust_root/* toTrustPems */.RO)(input.trustedRoot) : undefined;
    const rekor = input.noTlog
        ? { url: pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL, ignoreTlog: true }
        : { url: pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL };
    if (pems?.legacyRekor[0] && !input.noTlog)
        rekor.pubkey = pems.legacyRekor[0].publicKeyPem;
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
        if (pems.tsas[0] && requiresTimestamp(input))
            ctlog.tsaCertChain = pems.tsas[0].chainPem;
        if (Object.keys(ctlog).length > 0)
            keyless.ctlog = ctlog;
    }
    keyless.rekor = rekor;
    return { keyless };
}
function verifyRule(input, level) {
    const signers = (0,cluster_input/* signersOf */.Re)(input, level);
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
    return kyvernoClusterPolicy(input, {
        name: input.name,
        title: `Signet: signed images of ${input.name}`,
        timeoutSeconds: 30,
        rules: LEVELS.map((l) => verifyRule(input, l)),
    });
}
/**
 * A Kyverno ClusterPolicy (kyverno.io/v1) over Pods, as Signet writes them all: labelled as the policy
 * `input` names, titled in Kyverno's annotations, checked at admission only (no background scan) through
 * the Fail webhook with `timeoutSeconds`.
 */
function kyvernoClusterPolicy(input, policy) {
    return {
        apiVersion: `${constants/* KYVERNO_GROUP */.XV}/v1`,
        kind: 'ClusterPolicy',
        metadata: {
            name: policy.name,
            labels: (0,cluster_input/* toLabels */.Dc)(input.name),
            annotations: {
                'policies.kyverno.io/title': policy.title,
                'policies.kyverno.io/category': 'Software Supply Chain Security',
                'policies.kyverno.io/subject': 'Pod',
                ...(policy.description !== undefined && { 'policies.kyverno.io/description': policy.description }),
            },
        },
        spec: {
            background: false,
            webhookConfiguration: { failurePolicy: 'Fail', timeoutSeconds: policy.timeoutSeconds },
            rules: policy.rules,
        },
    };
}
/** A ClusterPolicy rule's `match` (these kinds, every namespace) and `exclude` (the excluded namespaces). */
function kyvernoPodRules(input, kinds = ['Pod']) {
    return {
        match: { any: [{ resources: { kinds } }] },
        exclude: { any: [{ resources: { namespaces: excludedNamespaces(input) } }] },
    };
}
/** One ImageValidatingPolicy attestor named `name` for `signer`. */
function ivpAttestor(input, name, signer) {
    const pems = input.trustedRoot ? (0,trust_root/* toTrustPems */.RO)(input.trustedRoot) : undefined;
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
    const ctlog = { url: pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL };
    if (input.noTlog)
        ctlog.insecureIgnoreTlog = true;
    if (signer.kind === 'key')
        ctlog.insecureIgnoreSCT = true;
    if (pems?.legacyRekor[0])
        ctlog.rekorPubKey = pems.legacyRekor[0].publicKeyPem;
    if (pems?.ctlogs[0] && signer.kind === 'keyless')
        ctlog.ctLogPubKey = pems.ctlogs[0].publicKeyPem;
    if (pems?.tsas[0] && requiresTimestamp(input))
        ctlog.tsaCertChain = pems.tsas[0].chainPem;
    cosign.ctlog = ctlog;
    // The inline trusted root verifies bundles; Kyverno ≤ 1.19 still initialises TUF for keyless
    // attestors, so a private Sigstore also needs a TUF mirror there (see the generator warnings).
    if (input.trustedRoot && signer.kind === 'keyless')
        cosign.trustedRoot = { value: JSON.stringify(input.trustedRoot) };
    if (input.tuf && signer.kind === 'keyless')
        cosign.tuf = {
            mirror: input.tuf.mirror,
            root: { data: Buffer.from(input.tuf.rootJSON, 'utf8').toString('base64') },
        };
    if (input.signatureRepository)
        cosign.source = { repository: (0,registry/* formatRepository */.Sh)(input.signatureRepository) };
    return { name, cosign };
}
const ALL_IMAGES = '(images.containers + images.initContainers + images.ephemeralContainers)';
/** A Kyverno ImageValidatingPolicy (policies.kyverno.io/v1) for one trust level. */
function buildImageValidatingPolicy(input, level) {
    const signers = (0,cluster_input/* signersOf */.Re)(input, level);
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
            resourceRules: POD_RESOURCE_RULES,
            namespaceSelector: {
                matchExpressions: [...namespaceSelector(input, level).matchExpressions, notExcludedNamespaces(input)],
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
        apiVersion: `${constants/* KYVERNO_POLICIES_GROUP */.wN}/v1`,
        kind: 'ImageValidatingPolicy',
        metadata: { name: `${input.name}-${level}`, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
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
        labels: (0,cluster_input/* toLabels */.Dc)(input.name),
        annotations,
    });
    return [
        {
            apiVersion: `${constants/* KYVERNO_GROUP */.XV}/v2`,
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
            apiVersion: `${constants/* KYVERNO_POLICIES_GROUP */.wN}/v1`,
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/allowed-registries.js
// Registry allow-lists of the companions, parsed and turned into one anchored RE2 expression.
//
// Registry matching is anchored: an entry `ghcr.io/acme` admits the repository `ghcr.io/acme` and what
// lies below `ghcr.io/acme/`, never `ghcr.io.evil.com/…` or `ghcr.io/acmeevil/…` (glob lists written
// with a trailing `/*` or `*` get this wrong). Images are read as the container runtime reads them:
// the first path component is a registry only when it holds a `.` or `:` or is `localhost`, otherwise
// the image is on Docker Hub (`nginx` is `docker.io/library/nginx`). One anchored RE2 expression per
// policy does both, so the ClusterPolicy (validate.cel) and the ValidatingPolicy say the same thing.

const HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$/;
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Parses `HOST[:PORT][/PATH]`; throws POLICY_INVALID_INPUT naming the entry and the expected form. */
function parseAllowedLocation(entry) {
    const text = entry.trim().replace(/\/+$/, '');
    const bad = (why) => new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `allowed registry ${JSON.stringify(entry)} ${why}: write HOST[:PORT][/REPOSITORY], e.g. ghcr.io/acme`);
    if (text === '')
        throw bad('is empty');
    if (/[*?[\]]/.test(text))
        throw bad('has a wildcard (entries are prefixes matched at a / boundary)');
    if (text.includes('://'))
        throw bad('has a scheme');
    const slash = text.indexOf('/');
    const host = slash < 0 ? text : text.slice(0, slash);
    const path = slash < 0 ? undefined : text.slice(slash + 1);
    if (!HOST_RE.test(host))
        throw bad('has no valid lowercase host');
    // A host without a dot or port would be read by the runtime as a Docker Hub namespace.
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost') {
        throw bad('does not start with a registry host (a name with a dot or a port, or localhost)');
    }
    if (path !== undefined && !path.split('/').every((c) => PATH_COMPONENT_RE.test(c))) {
        throw bad('has an invalid repository path');
    }
    return path === undefined ? { host } : { host, path };
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The RE2 pattern, anchored as a whole, of the image strings the allow-list admits. Docker Hub entries
 * also admit the short forms the runtime expands (`nginx`, `acme/app`).
 */
function toAllowedImagePattern(locations) {
    // After a repository: its tag or digest, or a deeper path. After a bare host: only a path.
    const alternatives = new Set();
    for (const l of locations) {
        const hosts = DOCKER_HUB.has(l.host) ? ['docker.io', 'index.docker.io'] : [l.host];
        const hostRe = hosts.length > 1 ? `(?:${hosts.map(escapeRe).join('|')})` : escapeRe(hosts[0]);
        if (l.path === undefined) {
            alternatives.add(`${hostRe}/.+`);
            if (DOCKER_HUB.has(l.host)) {
                alternatives.add('[^/]+'); // `nginx`, `nginx:1`: library images
                alternatives.add('[^/.:]+/.+'); // `acme/app`: not a host (localhost is excluded by the caller)
            }
            continue;
        }
        const pathRe = escapeRe(l.path);
        alternatives.add(`${hostRe}/${pathRe}(?:[/:@].*)?`);
        if (DOCKER_HUB.has(l.host)) {
            alternatives.add(`${pathRe}(?:[/:@].*)?`);
            if (l.path === 'library')
                alternatives.add('[^/]+');
        }
    }
    return `^(?:${[...alternatives].sort().join('|')})$`;
}
const ALL_CONTAINERS = 'object.spec.containers' +
    ' + (has(object.spec.initContainers) ? object.spec.initContainers : [])' +
    ' + (has(object.spec.ephemeralContainers) ? object.spec.ephemeralContainers : [])';
/** The CEL expression that holds when every container image is in the allow-list. */
function toAllowedImagesExpression(locations) {
    const pattern = toAllowedImagePattern(locations);
    // `localhost/x` names the registry localhost, not a Docker Hub namespace: the short-form
    // alternatives must not admit it unless localhost itself is allowed.
    const localhostAllowed = locations.some((l) => l.host === 'localhost');
    const guard = localhostAllowed ? '' : `!c.image.startsWith('localhost/') && `;
    return `(${ALL_CONTAINERS}).all(c, ${guard}c.image.matches(${JSON.stringify(pattern)}))`;
}
/** The message shown when an image is outside the allow-list. */
function allowedMessage(locations) {
    const list = locations.map((l) => (l.path ? `${l.host}/${l.path}` : l.host)).join(', ');
    return `every image must come from an allowed registry or repository (${list}); write Docker Hub images in full or allow docker.io`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/companion-names.js
// The object names of a policy's companions (the registry allow-list, pull policy, audit and alerts).
/** The object names of the companions of policy `name`. */
function companionNames(name) {
    return {
        registries: `${name}-registries`,
        pullPolicy: `${name}-pull-always`,
        audit: `${name}-audit`,
        alerts: `${name}-alerts`,
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/companion-alerts.js
// The PrometheusRule companion: alerts on the results of exactly the policies Signet generated.
//
// Kyverno's metrics (pkg/metrics in kyverno v1.19): `kyverno_policy_results_total` with labels
// `policy_name`, `rule_name`, `rule_result` (pass|fail|…) for ClusterPolicies, and
// `kyverno_image_validating_policy_results_total` / `kyverno_validating_policy_results_total` with
// `policy_name`, `result` for the CEL policies.




const DNS_LABEL_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const ruleNamesRe = (rule) => toKyvernoRuleNames(rule).join('|');
/**
 * PromQL over Kyverno's result counters for exactly the named policies: `admitted` fires when an image
 * that failed its signature check ran anyway (Audit rules: development namespaces, the cluster-wide
 * audit), `denied` when an Enforce rule refused one.
 */
function toAlertExpressions(name, scope) {
    const window = '[5m]';
    const cp = (policy, rules) => `sum by (policy_name, rule_name, resource_namespace) (increase(kyverno_policy_results_total{rule_result="fail", policy_name="${policy}"${rules ? `, rule_name=~"${rules}"` : ''}}${window})) > 0`;
    const ivp = (policies) => `sum by (policy_name, resource_namespace) (increase(kyverno_image_validating_policy_results_total{result="fail", policy_name=~"${policies.join('|')}"}${window})) > 0`;
    const admitted = [];
    const denied = [];
    const audit = companionNames(name).audit;
    if (scope.clusterPolicy) {
        admitted.push(cp(name, ruleNamesRe('verify-development')));
        denied.push(cp(name, ruleNamesRe('verify-production')));
        if (scope.audit)
            admitted.push(cp(audit));
    }
    if (scope.imageValidatingPolicies) {
        admitted.push(ivp([`${name}-development`, ...(scope.audit ? [audit] : [])]));
        denied.push(ivp([`${name}-production`]));
    }
    return { admitted: admitted.join('\nor\n'), denied: denied.join('\nor\n') };
}
/** A PrometheusRule (monitoring.coreos.com/v1) alerting on the generated policies' failures. */
function buildPrometheusRule(input, scope, namespace) {
    if (!DNS_LABEL_RE.test(namespace)) {
        throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `alert namespace ${JSON.stringify(namespace)} is not a DNS-1123 label (e.g. monitoring)`);
    }
    const { admitted, denied } = toAlertExpressions(input.name, scope);
    const rule = (alert, expr, severity, summary, description) => ({
        alert,
        expr,
        labels: { severity, 'signet.dev/policy': input.name },
        annotations: { summary, description },
    });
    const rules = [];
    if (admitted) {
        rules.push(rule('SignetUnverifiedImageAdmitted', admitted, 'critical', `an image that failed the ${input.name} signature check is running`, 'Kyverno admitted a Pod in audit mode although its image is not signed as policy {{ $labels.policy_name }} requires (namespace {{ $labels.resource_namespace }}).'));
    }
    if (denied) {
        rules.push(rule('SignetImageDenied', denied, 'warning', `Kyverno refused an image under the ${input.name} policy`, 'Policy {{ $labels.policy_name }} denied a Pod in namespace {{ $labels.resource_namespace }}: its image is not signed by the required identities.'));
    }
    return {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
        metadata: { name: companionNames(input.name).alerts, namespace, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec: { groups: [{ name: `signet-${input.name}`, rules }] },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/companions.js
// The cluster companions of the signature policies: an allow-list of registries and repositories, a
// mutation to `imagePullPolicy: Always`, a cluster-wide audit of unsigned images, and a PrometheusRule
// that alerts on the results of exactly the policies Signet generated. Each comes as a Kyverno
// ClusterPolicy and, where Kyverno has one, in its CEL form (ValidatingPolicy, MutatingPolicy,
// ImageValidatingPolicy).
//
// The allow-list's matching lives in allowed-registries.ts, the PrometheusRule in companion-alerts.ts.







function podRules(input) {
    return kyvernoPodRules(input, ['Pod', 'Pod/ephemeralcontainers']);
}
const POD_AND_EPHEMERAL_RULES = [
    {
        apiGroups: [''],
        apiVersions: ['v1'],
        operations: ['CREATE', 'UPDATE'],
        resources: ['pods', 'pods/ephemeralcontainers'],
    },
];
function celNamespaceSelector(input) {
    return { matchExpressions: [notExcludedNamespaces(input)] };
}
/** Kyverno ClusterPolicy: images from the allowed registries only (Enforce). */
function buildRegistryPolicy(input, locations) {
    // Admission only: Kyverno refuses background scans of rules that match a subresource
    // (`Pod/ephemeralcontainers`), which the allow-list must, or `kubectl debug` would bypass it.
    return kyvernoClusterPolicy(input, {
        name: companionNames(input.name).registries,
        title: `Signet: allowed registries of ${input.name}`,
        timeoutSeconds: 10,
        rules: [
            {
                name: 'allowed-registries',
                ...podRules(input),
                validate: {
                    failureAction: 'Enforce',
                    cel: {
                        expressions: [
                            { expression: toAllowedImagesExpression(locations), message: allowedMessage(locations) },
                        ],
                    },
                },
            },
        ],
    });
}
/** Kyverno ValidatingPolicy (policies.kyverno.io/v1): the same allow-list in CEL form. */
function buildRegistryValidatingPolicy(input, locations) {
    return {
        apiVersion: `${constants/* KYVERNO_POLICIES_GROUP */.wN}/v1`,
        kind: 'ValidatingPolicy',
        metadata: { name: companionNames(input.name).registries, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec: {
            validationActions: ['Deny'],
            failurePolicy: 'Fail',
            matchConstraints: {
                resourceRules: POD_AND_EPHEMERAL_RULES,
                namespaceSelector: celNamespaceSelector(input),
            },
            validations: [{ expression: toAllowedImagesExpression(locations), message: allowedMessage(locations) }],
        },
    };
}
/** Kyverno ClusterPolicy: `imagePullPolicy: Always` on containers, init and ephemeral containers. */
function buildPullPolicyMutation(input) {
    const always = [{ '(name)': '?*', imagePullPolicy: 'Always' }];
    return kyvernoClusterPolicy(input, {
        name: companionNames(input.name).pullPolicy,
        title: `Signet: always pull images (${input.name})`,
        description: 'A node must not run a cached image whose tag moved after verification: every container pulls.',
        timeoutSeconds: 10,
        rules: [
            {
                name: 'always-pull',
                ...podRules(input),
                mutate: {
                    patchStrategicMerge: {
                        spec: { containers: always, initContainers: always, ephemeralContainers: always },
                    },
                },
            },
        ],
    });
}
/** Kyverno ClusterPolicy: every image in the cluster checked against the signers, Audit only. */
function buildAuditPolicy(input) {
    const signers = (0,cluster_input/* signersOf */.Re)(input, 'production');
    // Fail, as the signature policies: Kyverno (≤ 1.19) calls its Fail and Ignore policies through two
    // webhooks, and each call rewrites the Pod's verify-images annotations with its own policies' results
    // only. An audit policy on the Ignore webhook erased the signature policies' results, and the real
    // controller then denied every correctly signed image ("unverified image").
    return kyvernoClusterPolicy(input, {
        name: companionNames(input.name).audit,
        title: `Signet: audit of unsigned images (${input.name})`,
        timeoutSeconds: 30,
        rules: [
            {
                name: 'audit-signatures',
                ...kyvernoPodRules(input),
                verifyImages: [
                    {
                        imageReferences: ['*'],
                        type: input.signatureFormat === 'bundle' ? 'SigstoreBundle' : 'Cosign',
                        failureAction: 'Audit',
                        mutateDigest: false,
                        verifyDigest: false,
                        required: true,
                        // Signed by any of the policy's identities counts.
                        attestors: [{ count: 1, entries: signers.map((s) => toAttestorEntry(input, s.signer)) }],
                    },
                ],
            },
        ],
    });
}
/** Kyverno ImageValidatingPolicy: the cluster-wide audit in CEL form. */
function buildAuditImageValidatingPolicy(input) {
    const signers = (0,cluster_input/* signersOf */.Re)(input, 'production');
    const refs = signers.map((s) => `attestors.${s.name}`).join(', ');
    return {
        apiVersion: `${constants/* KYVERNO_POLICIES_GROUP */.wN}/v1`,
        kind: 'ImageValidatingPolicy',
        metadata: { name: companionNames(input.name).audit, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec: {
            validationActions: ['Audit'],
            failurePolicy: 'Ignore',
            webhookConfiguration: { timeoutSeconds: 30 },
            matchConstraints: {
                resourceRules: POD_RESOURCE_RULES,
                namespaceSelector: celNamespaceSelector(input),
            },
            matchImageReferences: [{ glob: '*' }],
            validationConfigurations: { required: true, mutateDigest: false, verifyDigest: false },
            attestors: signers.map((s) => ivpAttestor(input, s.name, s.signer)),
            validations: [
                {
                    expression: `(images.containers + images.initContainers + images.ephemeralContainers).all(image, verifyImageSignatures(image, [${refs}]) > 0)`,
                    message: 'image is not signed by an identity of this policy (audit only)',
                },
            ],
        },
    };
}
/** The companions' objects for the requested targets. */
function buildCompanions(input, companions, targets) {
    const objects = [];
    const warnings = [];
    if (!targets.kyverno && !targets.kyvernoIvp) {
        if (Object.values(companions).some((v) => v === true || (Array.isArray(v) && v.length > 0))) {
            throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', 'allowed registries, pull policy, audit and alert are Kyverno objects: add the kyverno or kyverno-ivp target');
        }
        return { objects, warnings };
    }
    const locations = (companions.allowedRegistries ?? []).map(parseAllowedLocation);
    if (locations.length > 0) {
        if (targets.kyverno)
            objects.push(buildRegistryPolicy(input, locations));
        if (targets.kyvernoIvp)
            objects.push(buildRegistryValidatingPolicy(input, locations));
    }
    if (companions.pullPolicyAlways) {
        objects.push(buildPullPolicyMutation(input));
        if (targets.kyvernoIvp && !targets.kyverno) {
            warnings.push('pull policy: written as a Kyverno ClusterPolicy (mutate), which Kyverno applies beside the CEL policies');
        }
    }
    if (companions.auditUnsigned) {
        if (targets.kyverno)
            objects.push(buildAuditPolicy(input));
        if (targets.kyvernoIvp)
            objects.push(buildAuditImageValidatingPolicy(input));
    }
    if (companions.alert) {
        objects.push(buildPrometheusRule(input, {
            clusterPolicy: targets.kyverno,
            imageValidatingPolicies: targets.kyvernoIvp,
            audit: companions.auditUnsigned === true,
        }, companions.alertNamespace ?? 'monitoring'));
    }
    return { objects, warnings };
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/connaisseur.js
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
        throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', 'connaisseur reads only the legacy cosign signature format: sign with --signature-format legacy for connaisseur');
    }
    const signers = (0,cluster_input/* signersOf */.Re)(input, input.clusterLevel);
    const validator = {
        name: input.name,
        type: 'cosign',
        trustRoots: signers.map((s) => toTrustRoot(s.name, s.signer)),
    };
    if (input.trustedRoot) {
        const pems = (0,trust_root/* toTrustPems */.RO)(input.trustedRoot);
        const host = {};
        if (pems.legacyRekor[0]) {
            host.rekor = pems.legacyRekor[0].url;
            host.rekorPubkey = pems.legacyRekor[0].publicKeyPem;
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

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/webhook-rules.js
var webhook_rules = __webpack_require__(994);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/vsa-policy.js
// Admission objects that admit an image on one SLSA verification summary (VSA) instead of re-checking
// every signer, SBOM and provenance rule: the CI verified the image and signed a VSA with its own
// identity; the cluster checks that signature (the build identity) and what the summary says —
// `verificationResult` PASSED, `resourceUri` naming this repository (cosign already binds the statement's
// subject to the image digest: "no matching subject digest found"), the verifier, the lowest level and
// the age. Written for Kyverno (a ClusterPolicy `verifyImages` attestation with conditions; an
// ImageValidatingPolicy with CEL over the payload) and policy-controller (a ClusterImagePolicy authority
// whose attestation carries a Rego policy, evaluated over the in-toto statement as `input`).
// Fields: kyverno/kyverno config/crds; policy-controller pkg/webhook/validator.go
// (ValidatePolicyAttestationsForAuthority → policy.EvaluatePolicyAgainstJSON, query
// `data.sigstore.isCompliant`).







/** The VSA v1 predicate type. */
const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
const LEVEL_RE = /^SLSA_([A-Z]+)_LEVEL_(\d)$/;
const AGE_RE = /^(\d+)(s|m|h|d)$/;
/** Validates the VSA options; throws POLICY_INVALID_INPUT naming the bad one. */
function toVsaRules(input) {
    const vsa = input.vsa ?? {};
    const build = input.build;
    const verifierIds = vsa.verifierIds ?? (build.kind === 'keyless' && build.subject !== undefined ? [build.subject] : []);
    for (const id of verifierIds) {
        if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) {
            throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `vsa verifier id ${JSON.stringify(id)} is not a URI`);
        }
    }
    let levels = [];
    if (vsa.minLevel !== undefined) {
        const m = LEVEL_RE.exec(vsa.minLevel);
        if (!m || m[1] !== 'BUILD' || Number(m[2]) > 3) {
            throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `vsa minimum level ${JSON.stringify(vsa.minLevel)}: expected SLSA_BUILD_LEVEL_0 … SLSA_BUILD_LEVEL_3`);
        }
        levels = [0, 1, 2, 3].filter((n) => n >= Number(m[2])).map((n) => `SLSA_BUILD_LEVEL_${n}`);
    }
    const rules = { verifierIds, levels };
    if (vsa.maxAge !== undefined) {
        const m = AGE_RE.exec(vsa.maxAge);
        if (!m) {
            throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `vsa maximum age ${JSON.stringify(vsa.maxAge)}: expected a number with a unit s, m, h or d (e.g. 24h)`);
        }
        rules.maxAgeSeconds = Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2]];
    }
    return rules;
}
/**
 * The resourceUri prefixes of the governed repositories (`oci://registry/repository@`), named as Signet's
 * VSAs name them (attest/vsa.ts toVsaResourceUri: Docker Hub is `docker.io`, as Kyverno writes it too).
 */
function resourcePrefixes(input) {
    return input.repositories.map((r) => `oci://${r.registry}/${r.repository}@`);
}
/** The Rego policy policy-controller evaluates over each VSA statement (`input`). */
function buildVsaRego(input) {
    const rules = toVsaRules(input);
    const lines = [
        'package sigstore',
        '',
        'import rego.v1',
        '',
        'default isCompliant := false',
        '',
        `prefixes := ${JSON.stringify(resourcePrefixes(input))}`,
        `verifiers := ${JSON.stringify(rules.verifierIds)}`,
        `levels := ${JSON.stringify(rules.levels)}`,
        '',
        'isCompliant if {',
        `  input.predicateType == ${JSON.stringify(VSA_PREDICATE_TYPE)}`,
        '  p := input.predicate',
        '  p.verificationResult == "PASSED"',
        // The summary is about the statement's own subject, in a governed repository.
        '  some prefix in prefixes',
        '  startswith(p.resourceUri, prefix)',
        '  digest := substring(p.resourceUri, count(prefix), -1)',
        '  some s in input.subject',
        '  digest == concat("", ["sha256:", s.digest.sha256])',
        '  verifier_ok(p)',
        '  level_ok(p)',
        '  age_ok(p)',
        '}',
        '',
        'verifier_ok(_) if count(verifiers) == 0',
        'verifier_ok(p) if p.verifier.id in verifiers',
        '',
        'level_ok(_) if count(levels) == 0',
        'level_ok(p) if {',
        '  some l in p.verifiedLevels',
        '  l in levels',
        '}',
        '',
    ];
    if (rules.maxAgeSeconds === undefined)
        lines.push('age_ok(_) := true');
    else {
        lines.push('age_ok(p) if {', '  verified := time.parse_rfc3339_ns(p.timeVerified)', `  time.now_ns() - verified <= ${rules.maxAgeSeconds} * 1000000000`, 
        // A clock skew allowance of 5 minutes for summaries stamped slightly ahead.
        '  verified - time.now_ns() <= 300 * 1000000000', '}');
    }
    return lines.join('\n') + '\n';
}
/**
 * The policy-controller ClusterImagePolicy `<name>-vsa`: one authority, the build identity, whose VSA
 * attestation must satisfy the Rego policy. Across matching policies policy-controller ANDs, so a
 * cluster admitting on the VSA alone applies only this policy for the repositories.
 */
function buildVsaClusterImagePolicy(input) {
    // policy-controller reads attestations (unlike image signatures) in the bundle format too, from
    // keyless authorities: the signature-format restriction of toAuthority does not apply here.
    const bundle = input.signatureFormat === 'bundle' && input.build.kind === 'keyless';
    const authority = toAuthority({ ...input, signatureFormat: 'legacy' }, 'vsa', input.build, false);
    if (bundle)
        authority.signatureFormat = 'bundle';
    authority.attestations = [
        {
            name: 'vsa',
            predicateType: VSA_PREDICATE_TYPE,
            policy: { type: 'rego', data: buildVsaRego(input) },
        },
    ];
    if (input.trustedRoot && authority.keyless)
        authority.keyless.trustRootRef = trustRootName(input.name);
    return {
        apiVersion: `${constants/* POLICY_CONTROLLER_GROUP */._4}/${input.policyControllerVersion}`,
        kind: 'ClusterImagePolicy',
        metadata: { name: `${input.name}-vsa`, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec: {
            mode: input.mode,
            images: input.repositories.flatMap(glob/* toRepositoryGlobs */.Lo).map((glob) => ({ glob })),
            authorities: [authority],
        },
    };
}
/** The Kyverno conditions over one VSA predicate (its fields are the JMESPath root). */
function kyvernoConditions(input) {
    const rules = toVsaRules(input);
    const all = [
        { key: '{{ verificationResult }}', operator: 'Equals', value: 'PASSED' },
        {
            // The summary names the image being admitted (registry and repository as Kyverno parsed them).
            key: '{{ resourceUri }}',
            operator: 'Equals',
            value: 'oci://{{ image.registry }}/{{ image.path }}@*',
        },
    ];
    if (rules.verifierIds.length > 0) {
        all.push({ key: '{{ verifier.id }}', operator: 'AnyIn', value: rules.verifierIds });
    }
    if (rules.levels.length > 0) {
        all.push({ key: '{{ verifiedLevels }}', operator: 'AnyIn', value: rules.levels });
    }
    if (rules.maxAgeSeconds !== undefined) {
        all.push({
            key: "{{ time_since('', timeVerified, '') }}",
            operator: 'DurationLessThanOrEquals',
            value: `${rules.maxAgeSeconds}s`,
        });
    }
    return [{ all }];
}
/**
 * The Kyverno ClusterPolicy `<name>-vsa`: every Pod outside the system namespaces runs only images of
 * the governed repositories that carry a passing VSA signed by the build identity (Enforce).
 */
function buildVsaKyvernoPolicy(input) {
    const verify = {
        imageReferences: toKyvernoImageReferences(input),
        type: input.signatureFormat === 'bundle' ? 'SigstoreBundle' : 'Cosign',
        failureAction: input.mode === 'warn' ? 'Audit' : 'Enforce',
        mutateDigest: input.mode !== 'warn',
        verifyDigest: input.mode !== 'warn',
        required: true,
        attestations: [
            {
                type: VSA_PREDICATE_TYPE,
                attestors: [{ count: 1, entries: [toAttestorEntry(input, input.build)] }],
                conditions: kyvernoConditions(input),
            },
        ],
    };
    if (input.signatureRepository)
        verify.repository = (0,registry/* formatRepository */.Sh)(input.signatureRepository);
    return kyvernoClusterPolicy(input, {
        name: `${input.name}-vsa`,
        title: `Signet: images of ${input.name} with a passing SLSA verification summary`,
        timeoutSeconds: 30,
        rules: [
            {
                name: 'verify-vsa',
                ...kyvernoPodRules(input),
                verifyImages: [verify],
            },
        ],
    });
}
const vsa_policy_ALL_IMAGES = '(images.containers + images.initContainers + images.ephemeralContainers)';
/**
 * The Kyverno ImageValidatingPolicy `<name>-vsa`: the VSA signature by the build identity, then CEL over
 * its payload (result, repository, verifier, level). Kyverno 1.19 initialises TUF for keyless attestors,
 * so with a private Sigstore this form works for key signers only (see the generator's warning).
 */
function buildVsaImageValidatingPolicy(input) {
    const rules = toVsaRules(input);
    const payload = 'extractPayload(image, attestations.vsa)';
    const checks = [
        `${payload}.predicate.verificationResult == 'PASSED'`,
        `${JSON.stringify(resourcePrefixes(input))}.exists(p, ${payload}.predicate.resourceUri.startsWith(p))`,
    ];
    if (rules.verifierIds.length > 0) {
        checks.push(`${payload}.predicate.verifier.id in ${JSON.stringify(rules.verifierIds)}`);
    }
    if (rules.levels.length > 0) {
        checks.push(`${payload}.predicate.verifiedLevels.exists(l, l in ${JSON.stringify(rules.levels)})`);
    }
    const validations = [
        {
            expression: `${vsa_policy_ALL_IMAGES}.all(image, verifyAttestationSignatures(image, attestations.vsa, [attestors.build]) > 0)`,
            message: 'every image must carry a SLSA verification summary signed by the build identity',
        },
        {
            expression: `${vsa_policy_ALL_IMAGES}.all(image, ${checks.join(' && ')})`,
            message: 'every image must carry a PASSED SLSA verification summary of its own repository',
        },
    ];
    return {
        apiVersion: `${constants/* KYVERNO_POLICIES_GROUP */.wN}/v1`,
        kind: 'ImageValidatingPolicy',
        metadata: { name: `${input.name}-vsa`, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec: {
            validationActions: [input.mode === 'warn' ? 'Audit' : 'Deny'],
            failurePolicy: 'Fail',
            webhookConfiguration: { timeoutSeconds: 30 },
            matchConstraints: {
                resourceRules: POD_RESOURCE_RULES,
                namespaceSelector: { matchExpressions: [notExcludedNamespaces(input)] },
            },
            matchImageReferences: toKyvernoImageReferences(input).map((glob) => ({ glob })),
            validationConfigurations: {
                required: true,
                mutateDigest: input.mode !== 'warn',
                verifyDigest: input.mode !== 'warn',
            },
            attestors: [ivpAttestor(input, 'build', input.build)],
            attestations: [{ name: 'vsa', intoto: { type: VSA_PREDICATE_TYPE } }],
            validations,
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/cluster/generate.js
// The `signet policy` stage: from one description of who signs what, the admission objects of every
// supported controller, each checked against its controller's own rules before it is returned.









/** All targets, in output order. */
const ADMISSION_TARGETS = [
    'policy-controller',
    'kyverno',
    'kyverno-ivp',
    'connaisseur',
    'policy-controller-vsa',
    'kyverno-vsa',
    'kyverno-ivp-vsa',
];
/** The targets written when none are named: every signature-based one (the `-vsa` ones are opt-in). */
const DEFAULT_ADMISSION_TARGETS = ADMISSION_TARGETS.filter((t) => !t.endsWith('-vsa'));
/** Generates the objects of the requested targets; throws PolicyError on bad input or a broken object. */
function generateAdmission(input, targets = DEFAULT_ADMISSION_TARGETS) {
    const checked = (0,cluster_input/* checkAdmissionInput */.CI)(input);
    const objects = [];
    const warnings = [];
    const out = { objects, warnings };
    if (targets.includes('policy-controller')) {
        const cips = buildClusterImagePolicies(checked);
        for (const o of cips.filter((c) => c.kind === 'ClusterImagePolicy')) {
            const errs = (0,webhook_rules/* checkClusterImagePolicy */.G)(o);
            if (errs.length > 0) {
                throw new errors/* PolicyError */.p('POLICY_INVALID_OBJECT', `generated ClusterImagePolicy ${o.metadata.name} breaks the policy-controller webhook: ${errs.join('; ')}`);
            }
        }
        objects.push(...cips);
        if (checked.clusterLevel === 'production' && !checked.release) {
            warnings.push('policy-controller: production asked for without a release identity: only the build identity is required');
        }
        warnings.push(`policy-controller checks only namespaces labelled ${constants/* POLICY_CONTROLLER_INCLUDE_LABEL */.y$}=true; it enforces the ${checked.clusterLevel} level cluster-wide`);
    }
    if (targets.includes('kyverno'))
        objects.push(buildKyvernoClusterPolicy(checked));
    if (targets.includes('kyverno-ivp')) {
        const keyless = [checked.build, checked.release].some((s) => s?.kind === 'keyless');
        if (keyless && checked.trustedRoot && !checked.tuf) {
            warnings.push('kyverno ImageValidatingPolicy: Kyverno 1.19 initialises TUF for keyless attestors even with an inline trusted root; with a private Sigstore, serve it a TUF mirror or use the ClusterPolicy');
        }
        objects.push(buildImageValidatingPolicy(checked, 'development'), buildImageValidatingPolicy(checked, 'production'));
    }
    if (checked.bypass && (targets.includes('kyverno') || targets.includes('kyverno-ivp'))) {
        const exceptions = buildPolicyExceptions(checked).filter((e) => e.apiVersion.startsWith('kyverno.io/') ? targets.includes('kyverno') : targets.includes('kyverno-ivp'));
        objects.push(...exceptions);
        warnings.push(`emergency bypass active for namespaces ${checked.bypass.namespaces.join(', ')}: remove it with the next apply`);
    }
    if (checked.companions) {
        const companions = buildCompanions(checked, checked.companions, {
            kyverno: targets.includes('kyverno'),
            kyvernoIvp: targets.includes('kyverno-ivp'),
        });
        objects.push(...companions.objects);
        warnings.push(...companions.warnings);
    }
    if (targets.includes('connaisseur'))
        out.connaisseurValues = buildConnaisseurValues(checked);
    generateVsaObjects(checked, targets, out);
    return out;
}
/** The `-vsa` targets' objects (a TrustRoot too when policy-controller's signature policy is not written). */
function generateVsaObjects(checked, targets, out) {
    const wanted = targets.filter((t) => t.endsWith('-vsa'));
    if (wanted.length === 0)
        return;
    toVsaRules(checked);
    if (checked.vsa?.maxAge === undefined) {
        out.warnings.push('vsa: no maximum age: a summary admits its digest for as long as it is stored (set the vsa max-age)');
    }
    if (targets.includes('policy-controller-vsa')) {
        if (checked.trustedRoot && !targets.includes('policy-controller')) {
            out.objects.push(...buildClusterImagePolicies({ ...checked, digests: [] }).filter((o) => o.kind === 'TrustRoot'));
        }
        const cip = buildVsaClusterImagePolicy(checked);
        const errs = (0,webhook_rules/* checkClusterImagePolicy */.G)(cip);
        if (errs.length > 0) {
            throw new errors/* PolicyError */.p('POLICY_INVALID_OBJECT', `generated ClusterImagePolicy ${cip.metadata.name} breaks the policy-controller webhook: ${errs.join('; ')}`);
        }
        out.objects.push(cip);
    }
    if (targets.includes('kyverno-vsa'))
        out.objects.push(buildVsaKyvernoPolicy(checked));
    if (targets.includes('kyverno-ivp-vsa')) {
        if (checked.build.kind === 'keyless' && checked.trustedRoot) {
            out.warnings.push('kyverno ImageValidatingPolicy (vsa): Kyverno 1.19 initialises TUF for keyless attestors even with an inline trusted root; with a private Sigstore, serve it a TUF mirror or use the ClusterPolicy');
        }
        if (checked.vsa?.maxAge !== undefined) {
            out.warnings.push('kyverno ImageValidatingPolicy (vsa): CEL has no clock here: the maximum age is not enforced');
        }
        out.objects.push(buildVsaImageValidatingPolicy(checked));
    }
}


/***/ }),

/***/ 98691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ toRepositoryGlobs),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   kt: () => (/* binding */ matchesGlob),
/* harmony export */   oM: () => (/* binding */ toGlobRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1642);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .p('POLICY_INVALID_GLOB', `invalid image glob ${JSON.stringify(glob)}: only letters, digits and - _ : / * . @ are allowed`);
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


/***/ }),

/***/ 9349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ checkAdmissionInput),
/* harmony export */   Dc: () => (/* binding */ toLabels),
/* harmony export */   Re: () => (/* binding */ signersOf),
/* harmony export */   VK: () => (/* binding */ shortDigest)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76109);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57852);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1642);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98691);
/* harmony import */ var _admission_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88539);
// Checks and normalises the generator input once, so each generator can trust it: names fit every
// suffix, signers are complete and anchored, repositories are unique and sorted.





const NAME_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAME = 40;
const ATTESTATION_NAME_RE = /^[a-z][a-z0-9-]{0,30}$/;
/** A namespace name (Kubernetes DNS-1123 label): no globs, so both exception kinds read it the same. */
const NAMESPACE_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAMESPACE = 63;
/**
 * The bypass namespaces, checked: Kyverno's ClusterPolicy exception reads `namespaces` as wildcards
 * (`*`, `?`) while the ImageValidatingPolicy exception compares `request.namespace` exactly, so only
 * plain names make the two cover the same namespaces.
 */
function checkBypass(bypass) {
    if (!bypass)
        return undefined;
    if (bypass.namespaces.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', 'the emergency bypass names no namespace: give --bypass-namespace NS (a namespace name)');
    }
    for (const ns of bypass.namespaces) {
        if (!NAMESPACE_RE.test(ns) || ns.length > MAX_NAMESPACE) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `--bypass-namespace ${JSON.stringify(ns)} is not a namespace name (a lowercase DNS-1123 label of at most ${MAX_NAMESPACE} characters, no wildcards): name each namespace to bypass`);
        }
    }
    return { namespaces: [...new Set(bypass.namespaces)].sort(), reason: bypass.reason };
}
/** A TUF mirror is an http(s) URL and its root a TUF root.json (signed root metadata). */
function checkTuf(tuf) {
    let url;
    try {
        url = new URL(tuf.mirror);
    }
    catch {
        /* reported below */
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `TUF mirror ${JSON.stringify(tuf.mirror)} is not an http(s) URL (e.g. https://tuf.example.com)`);
    }
    let root;
    try {
        root = JSON.parse(tuf.rootJSON);
    }
    catch {
        /* reported below */
    }
    if (root?.signed?._type !== 'root') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', 'the TUF root is not a TUF root.json (signed._type "root"): pass the root.json of the TUF repository');
    }
}
/** Validates the generator input; throws POLICY_INVALID_INPUT / POLICY_INVALID_IDENTITY with the fix. */
function checkAdmissionInput(input) {
    if (!NAME_RE.test(input.name) || input.name.length > MAX_NAME) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `policy name ${JSON.stringify(input.name)} is not a lowercase DNS-1123 label of at most ${MAX_NAME} characters (e.g. acme-app)`);
    }
    if (input.repositories.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', 'no repositories given: name at least one image repository the policy governs');
    }
    const seen = new Set();
    const repositories = [...input.repositories]
        .map((r) => ({ registry: r.registry, repository: r.repository }))
        .filter((r) => {
        const k = (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .toGlobRepository */ .oM)(r);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    })
        .sort((a, b) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .toGlobRepository */ .oM)(a).localeCompare((0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .toGlobRepository */ .oM)(b)));
    for (const a of input.attestations ?? []) {
        if (!ATTESTATION_NAME_RE.test(a.name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `attestation name ${JSON.stringify(a.name)} must be a short lowercase name (e.g. sbom)`);
        }
        if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/.test(a.predicateType)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `attestation ${a.name}: predicate type ${JSON.stringify(a.predicateType)} is not a URI (e.g. https://cyclonedx.org/bom)`);
        }
    }
    if (input.tuf)
        checkTuf(input.tuf);
    const bypass = checkBypass(input.bypass);
    const build = (0,_admission_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSigner */ .JQ)(input.build, 'build identity');
    const release = input.release ? (0,_admission_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSigner */ .JQ)(input.release, 'release identity') : undefined;
    const clusterLevel = input.clusterLevel ?? (release ? 'production' : 'development');
    const digests = [...new Set((input.digests ?? []).map((d) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigest */ .m)(d)))].sort();
    const ns = input.namespaces ?? {};
    const out = {
        ...input,
        repositories,
        build,
        digests,
        clusterLevel,
        mode: input.mode ?? 'enforce',
        policyControllerVersion: input.policyControllerVersion ?? 'v1beta1',
        namespaceLabel: ns.label ?? _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .TRUST_LEVEL_LABEL */ .Bu,
        developmentValues: ns.development ?? ['development'],
        productionValues: ns.production ?? ['production'],
    };
    if (release)
        out.release = release;
    else
        delete out.release;
    if (bypass)
        out.bypass = bypass;
    else
        delete out.bypass;
    if (out.developmentValues.some((v) => out.productionValues.includes(v))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', 'a namespace label value cannot mean both development and production');
    }
    return out;
}
/** The labels of every object generated for policy `name`. */
function toLabels(name, extra = {}) {
    return { [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .MANAGED_BY_LABEL */ .lT]: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .MANAGED_BY_VALUE */ .Q9, [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_LABEL */ .mn]: name, ...extra };
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


/***/ }),

/***/ 50516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ buildTrustRoot),
/* harmony export */   RO: () => (/* binding */ toTrustPems)
/* harmony export */ });
/* unused harmony export legacyRekorKeys */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57852);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1642);
/* harmony import */ var _sign_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29734);
// A private Sigstore's trust material (its trusted_root.json) in the shapes the controllers take:
// policy-controller's TrustRoot (`spec.sigstoreKeys`: PEM, then base64, as Go marshals []byte;
// pkg/apis/config/sigstore_keys.go) and the PEM strings Kyverno's attestors take inline.



/** PEM of base64 DER (the trusted root's rawBytes). */
const pem = (label, b64) => (0,_sign_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePem */ .TS)(label, Buffer.from(b64, 'base64'));
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `trusted root: ${what}[${i}] has no baseUrl or publicKey.rawBytes`);
        }
        return {
            url: k.baseUrl,
            publicKeyPem: pem('PUBLIC KEY', k.publicKey.rawBytes),
            hashAlgorithm: toHash(k.hashAlgorithm),
            ...(k.publicKey.keyDetails ? { keyDetails: k.publicKey.keyDetails } : {}),
        };
    });
}
/**
 * The logs whose keys policy-controller v0.13.1 can load: it reads every TrustRoot `tLogs` key as ECDSA
 * and fails the whole policy on any other ("public key 1 is not ecdsa.PublicKey"). Rekor v2 logs sign
 * checkpoints with Ed25519 and carry no signed entry timestamps, which policy-controller cannot check
 * anyway (it verifies the legacy `.sig` format and its Rekor v1 bundle), so they are left out. Kyverno's
 * and Connaisseur's cosign-based checks take one Rekor key for the same `.sig` format: the first of these.
 */
function legacyRekorKeys(rekor) {
    return rekor.filter((k) => k.keyDetails === undefined || !k.keyDetails.includes('ED25519'));
}
function authorities(list, what) {
    return (list ?? []).map((a, i) => {
        const certs = a.certChain?.certificates ?? [];
        if (certs.length === 0 || !a.uri || certs.some((c) => !c.rawBytes)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `trusted root: ${what}[${i}] has no uri or certificate chain`);
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
    const rekor = keys(root.tlogs, 'tlogs');
    return {
        fulcio,
        rekor,
        legacyRekor: legacyRekorKeys(rekor),
        ctlogs: keys(root.ctlogs, 'ctlogs'),
        tsas: authorities(root.timestampAuthorities, 'timestampAuthorities'),
    };
}
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
/** A CA or TSA as TrustRoot's sigstoreKeys lists it. */
const authorityEntry = (a) => ({
    subject: a.subject,
    uri: a.url,
    certChain: b64(a.chainPem),
});
/** A transparency or CT log as TrustRoot's sigstoreKeys lists it. */
const logEntry = (k) => ({
    baseURL: k.url,
    hashAlgorithm: k.hashAlgorithm,
    publicKey: b64(k.publicKeyPem),
});
/** policy-controller's TrustRoot for a private Sigstore, referenced by keyless authorities' `trustRootRef`. */
function buildTrustRoot(name, root, labels) {
    const t = toTrustPems(root);
    return {
        apiVersion: `${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .POLICY_CONTROLLER_GROUP */ ._4}/v1alpha1`,
        kind: 'TrustRoot',
        metadata: { name, labels },
        spec: {
            sigstoreKeys: {
                certificateAuthorities: t.fulcio.map(authorityEntry),
                tLogs: t.legacyRekor.map(logEntry),
                ctLogs: t.ctlogs.map(logEntry),
                timestampAuthorities: t.tsas.map(authorityEntry),
            },
        },
    };
}


/***/ }),

/***/ 994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ checkClusterImagePolicy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98691);
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
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(data);
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
            (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlob */ .SO)(glob);
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


/***/ })

};
