// The flags the image and blob commands share, in cosign's names: signing (key or keyless, the
// Sigstore services), verifying (key or identity, claims, trust), where signatures and attestations are
// stored, and the images a command works on (IMAGE… and --images-from).
import { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL } from '../common/signing-services.ts';
import type { FlagSpecs } from '../common/values.ts';

/** Flags of the signing commands (cosign's names). */
export const SIGNING_FLAGS: FlagSpecs = {
  key: {
    type: 'string',
    value: 'KEY',
    description:
      'sign with a cosign key: a file, env://VAR, gitlab://PROJECT, k8s://NS/SECRET or a KMS URI (hashivault://, awskms://, gcpkms://, azurekms://) or pkcs11: (CLI only)',
  },
  'identity-token': {
    type: 'string',
    value: 'TOKEN',
    description:
      'OIDC token for keyless signing, or a file holding it (visible in ps: prefer --identity-token-file or $SIGSTORE_ID_TOKEN; default GitHub Actions)',
  },
  'identity-token-file': { type: 'string', value: 'FILE', description: 'a file holding the OIDC token' },
  'key-password-file': {
    type: 'string',
    value: 'FILE',
    description: 'a file holding the password of --key (default $COSIGN_PASSWORD)',
  },
  'fulcio-url': { type: 'string', value: 'URL', description: 'Fulcio', default: DEFAULT_FULCIO_URL },
  'rekor-url': { type: 'string', value: 'URL', description: 'Rekor (v1 API)', default: DEFAULT_REKOR_URL },
  'timestamp-server-url': { type: 'string', value: 'URL', description: 'RFC 3161 timestamp authority' },
  'signing-config': {
    type: 'string',
    value: 'FILE',
    description: 'Sigstore signing config (caUrls, rekorTlogUrls, tsaUrls) instead of the URL flags',
  },
  'tlog-upload': { type: 'boolean', description: 'record the signature in Rekor', default: true },
  yes: {
    type: 'boolean',
    short: 'y',
    description: 'accepted for cosign compatibility (Signet never prompts)',
  },
};

/** Flags of the verifying commands (cosign's names; claims by their Fulcio names). */
export const VERIFY_FLAGS: FlagSpecs = {
  key: {
    type: 'string',
    value: 'KEY',
    description:
      'verify with a public key: a file, env://VAR, gitlab://PROJECT, k8s://NS/SECRET or a KMS URI (hashivault://, awskms://, gcpkms://, azurekms://) or pkcs11: (CLI only)',
  },
  'certificate-identity': { type: 'string', value: 'SAN', description: 'the exact signer identity' },
  'certificate-identity-regexp': {
    type: 'string',
    value: 'RE',
    description: 'signer identity as a regular expression (anchored)',
  },
  'certificate-oidc-issuer': { type: 'string', value: 'URL', description: 'the exact OIDC issuer' },
  'certificate-oidc-issuer-regexp': {
    type: 'string',
    value: 'RE',
    description: 'OIDC issuer as a regular expression (anchored)',
  },
  'source-repository-uri': {
    type: 'string',
    value: 'URI',
    description: 'require this source repository claim',
  },
  'source-repository-ref': { type: 'string', value: 'REF', description: 'require this source ref claim' },
  'source-repository-digest': {
    type: 'string',
    value: 'SHA',
    description: 'require this source commit claim',
  },
  'build-trigger': { type: 'string', value: 'EVENT', description: 'require this build trigger claim' },
  'build-signer-uri': { type: 'string', value: 'URI', description: 'require this build signer URI claim' },
  'build-signer-digest': {
    type: 'string',
    value: 'SHA',
    description: 'require this build signer digest claim',
  },
  'runner-environment': {
    type: 'string',
    value: 'ENV',
    description: 'require this runner environment claim',
  },
  'allow-any-identity': {
    type: 'boolean',
    description: 'allow a broad identity or issuer regexp (one that also matches attacker-shaped identities)',
  },
  'trusted-root': {
    type: 'string',
    value: 'FILE',
    description: 'Sigstore trusted_root.json (default: public-good Sigstore through TUF)',
  },
  'insecure-ignore-tlog': {
    type: 'boolean',
    description: 'accept signatures without a transparency log entry (keys signed with --tlog-upload=false)',
  },
  output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
};

/** Where `sign` and `verify` store and read signatures. */
export const SIGNATURE_STORAGE_FLAGS: FlagSpecs = {
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

/** Where `attest` and `verify-attestation` store and read attestations, and of which predicate type. */
export const ATTESTATION_STORAGE_FLAGS: FlagSpecs = {
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

/** The images a command works on besides its IMAGE arguments, and how many at once. */
export const IMAGES_FLAGS: FlagSpecs = {
  'images-from': {
    type: 'string',
    value: 'FILE',
    description:
      'also the images listed in FILE, one reference per line (# comments and blank lines ignored)',
  },
  concurrency: {
    type: 'string',
    value: 'N',
    description:
      'images in flight at once (default: from the CPUs Node may use: one each to verify, four each to sign or attest)',
  },
};

/** Where admission objects go: files for GitOps, or a server-side apply to a cluster. */
export const CLUSTER_OUTPUT_FLAGS: FlagSpecs = {
  'output-dir': { type: 'string', value: 'DIR', description: 'write one file per object for GitOps' },
  apply: { type: 'boolean', description: 'server-side apply to the cluster (fieldManager signet)' },
  'dry-run': { type: 'boolean', description: 'with --apply: validate on the server, store nothing' },
  kubeconfig: {
    type: 'string',
    value: 'FILE',
    description: 'kubeconfig (default $KUBECONFIG, in-cluster, ~/.kube/config)',
  },
  context: { type: 'string', value: 'NAME', description: 'kubeconfig context' },
};
