// The fixed names and numbers of cosign's key files, its encrypted-key envelope and its GitLab key refs.
// Sources: sigstore/cosign pkg/cosign/keys.go, secure-systems-lab/go-securesystemslib encrypted/encrypted.go,
// sigstore/cosign pkg/cosign/git/gitlab/gitlab.go and pkg/signature/keys.go.

/** PEM label cosign ≥ 2.0.1 writes for an encrypted private key (the one Signet writes). */
export const SIGSTORE_PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';

/** PEM label older cosign wrote for an encrypted private key; still read by cosign and Signet. */
export const COSIGN_PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';

/** PEM label of a public key: PKIX SubjectPublicKeyInfo DER. */
export const PUBLIC_KEY_PEM_TYPE = 'PUBLIC KEY';

/** Name of the key derivation function in the envelope's `kdf.name`. */
export const KDF_SCRYPT = 'scrypt';

/** Name of the cipher in the envelope's `cipher.name` (XSalsa20-Poly1305). */
export const CIPHER_NACL_SECRETBOX = 'nacl/secretbox';

/** A scrypt cost parameter N that go-securesystemslib accepts (its Legacy, Standard and OWASP levels). */
export type ScryptN = 32768 | 65536 | 131072;

/**
 * The only scrypt parameter sets a reader accepts. go-securesystemslib refuses any other set so that
 * a tampered file cannot make the reader burn memory and time (its `CheckParams`).
 */
export const SCRYPT_ACCEPTED_N: readonly ScryptN[] = [32768, 65536, 131072];

/** scrypt parameters Signet writes, as cosign does today (go-securesystemslib `Standard`). */
export const SCRYPT_DEFAULT = { N: 65536, r: 8, p: 1 } as const satisfies { N: ScryptN; r: 8; p: 1 };

/** Bytes of random salt cosign writes (go-securesystemslib `saltSize`). */
export const SCRYPT_SALT_BYTES = 32;

/** Bytes of the secretbox key that scrypt derives. */
export const SECRETBOX_KEY_BYTES = 32;

/** Bytes of the secretbox nonce. */
export const SECRETBOX_NONCE_BYTES = 24;

/** Bytes of the Poly1305 tag that precedes the encrypted bytes in secretbox output. */
export const SECRETBOX_TAG_BYTES = 16;

/** File names and modes `cosign generate-key-pair` uses; the CLI writes Signet's key pair the same way. */
export const KEY_FILES = {
  privateKey: { name: 'cosign.key', mode: 0o600 },
  publicKey: { name: 'cosign.pub', mode: 0o644 },
} as const;

/** The environment variable cosign reads the key password from (set but empty is a valid password). */
export const PASSWORD_ENV = 'COSIGN_PASSWORD';

/** Environment variables a `gitlab://` key ref needs: the API token and, optionally, the instance URL. */
export const GITLAB_TOKEN_ENV = 'GITLAB_TOKEN';
export const GITLAB_HOST_ENV = 'GITLAB_HOST';

/** GitLab instance cosign talks to when GITLAB_HOST is unset. */
export const GITLAB_DEFAULT_HOST = 'https://gitlab.com';

/** Names of the project CI/CD variables `cosign generate-key-pair gitlab://…` creates and key refs read. */
export const GITLAB_VARIABLES = {
  privateKey: 'COSIGN_PRIVATE_KEY',
  password: 'COSIGN_PASSWORD',
  publicKey: 'COSIGN_PUBLIC_KEY',
} as const;
