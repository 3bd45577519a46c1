// Fetches the key text a KeyRef names, with injected I/O only (files and the environment belong to
// src/ci, which passes readFile and an env snapshot in). Follows cosign's sources of each part
// (sigstore/cosign pkg/signature/keys.go): for signing, a file or env:// ref gives the private key and
// COSIGN_PASSWORD gives the password; a gitlab:// ref gives both from the project's COSIGN_PRIVATE_KEY and
// COSIGN_PASSWORD variables. For verifying, a file or env:// ref gives the public key, gitlab:// the
// COSIGN_PUBLIC_KEY variable. A k8s://NAMESPACE/SECRET ref reads the secret cosign's
// `generate-key-pair k8s://…` writes (sigstore/cosign pkg/cosign/kubernetes/secret.go): data keys
// cosign.key, cosign.password and cosign.pub. KMS refs hold no key text: ../kms signs with them.
import type { KmsFetch } from '../kms/http.ts';
import { GITLAB_VARIABLES, PASSWORD_ENV } from './constants.ts';
import { KeyError } from './errors.ts';
import { readGitLabVariable, type GitLabFetch } from './gitlab-variables.ts';
import { formatKeyRef, type KeyRef } from './key-ref.ts';

/** The I/O a key ref may need, supplied by the caller. */
export interface KeyRefDeps {
  /** Reads a whole file; rejects with the Node errno error (code ENOENT, EACCES, …) on failure. */
  readFile: (path: string) => Promise<Uint8Array | string>;
  /** The process environment as data: env:// values, COSIGN_PASSWORD, GITLAB_TOKEN, GITLAB_HOST. */
  env: Readonly<Record<string, string | undefined>>;
  /** fetch, for gitlab:// refs. */
  fetch: GitLabFetch;
  /** fetch, for KMS REST calls (hashivault://, gcpkms://, azurekms://); absent: those refs fail. */
  kmsFetch?: KmsFetch;
  /**
   * A Kubernetes secret's data, base64-decoded (undefined: no such secret), for k8s:// refs; absent:
   * those refs fail. Rejects with a one-line error on a refused or failed request.
   */
  readKubernetesSecret?: (namespace: string, name: string) => Promise<Record<string, string> | undefined>;
}

/** The data keys of cosign's Kubernetes key secret. */
export const K8S_SECRET_KEYS = {
  privateKey: 'cosign.key',
  publicKey: 'cosign.pub',
  password: 'cosign.password',
} as const;

/** What a signing key ref yields: the private key PEM and its password (undefined: none was set). */
export interface ResolvedSigningKey {
  /** The ref as the user typed it, for messages. */
  source: string;
  privateKeyPem: string;
  password: string | undefined;
}

/** What a verification key ref yields: the public key PEM. */
export interface ResolvedVerificationKey {
  source: string;
  publicKeyPem: string;
}

/** Fetches the private key text and password that `ref` names. */
export async function resolveSigningKey(ref: KeyRef, deps: KeyRefDeps): Promise<ResolvedSigningKey> {
  const source = formatKeyRef(ref);
  if (ref.kind === 'gitlab') {
    const privateKeyPem = await readGitLabVariable(ref.project, GITLAB_VARIABLES.privateKey, source, deps);
    const password = await readGitLabVariable(ref.project, GITLAB_VARIABLES.password, source, deps);
    return { source, privateKeyPem, password };
  }
  if (ref.kind === 'k8s') {
    const data = await readSecret(ref, deps);
    const privateKeyPem = data[K8S_SECRET_KEYS.privateKey];
    if (privateKeyPem === undefined) throw missingSecretKey(source, K8S_SECRET_KEYS.privateKey);
    return { source, privateKeyPem, password: data[K8S_SECRET_KEYS.password] ?? '' };
  }
  return { source, privateKeyPem: await readLocal(ref, deps), password: deps.env[PASSWORD_ENV] };
}

/** Fetches the public key text that `ref` names. */
export async function resolveVerificationKey(
  ref: KeyRef,
  deps: KeyRefDeps,
): Promise<ResolvedVerificationKey> {
  const source = formatKeyRef(ref);
  if (ref.kind === 'gitlab') {
    return {
      source,
      publicKeyPem: await readGitLabVariable(ref.project, GITLAB_VARIABLES.publicKey, source, deps),
    };
  }
  if (ref.kind === 'k8s') {
    const publicKeyPem = (await readSecret(ref, deps))[K8S_SECRET_KEYS.publicKey];
    if (publicKeyPem === undefined) throw missingSecretKey(source, K8S_SECRET_KEYS.publicKey);
    return { source, publicKeyPem };
  }
  return { source, publicKeyPem: await readLocal(ref, deps) };
}

/** Fetches the key text that `ref` names for `purpose`: the private key and password, or the public key. */
export function resolveKeyRef(ref: KeyRef, purpose: 'sign', deps: KeyRefDeps): Promise<ResolvedSigningKey>;
export function resolveKeyRef(
  ref: KeyRef,
  purpose: 'verify',
  deps: KeyRefDeps,
): Promise<ResolvedVerificationKey>;
export function resolveKeyRef(
  ref: KeyRef,
  purpose: 'sign' | 'verify',
  deps: KeyRefDeps,
): Promise<ResolvedSigningKey | ResolvedVerificationKey> {
  return purpose === 'sign' ? resolveSigningKey(ref, deps) : resolveVerificationKey(ref, deps);
}

async function readSecret(
  ref: Extract<KeyRef, { kind: 'k8s' }>,
  deps: KeyRefDeps,
): Promise<Record<string, string>> {
  const source = formatKeyRef(ref);
  if (!deps.readKubernetesSecret) {
    throw new KeyError('KEY_READ_FAILED', `${source}: no Kubernetes cluster is configured: set KUBECONFIG`);
  }
  const data = await deps.readKubernetesSecret(ref.namespace, ref.name);
  if (data === undefined) {
    throw new KeyError(
      'KEY_NOT_FOUND',
      `${source}: no secret ${ref.name} in namespace ${ref.namespace}: create it with signet generate-key-pair ${source}`,
    );
  }
  return data;
}

function missingSecretKey(source: string, key: string): KeyError {
  return new KeyError(
    'KEY_NOT_FOUND',
    `${source}: the secret has no ${key}: store cosign's key pair in it (signet generate-key-pair ${source})`,
  );
}

async function readLocal(ref: KeyRef, deps: KeyRefDeps): Promise<string> {
  if (ref.kind === 'kms' || ref.kind === 'k8s' || ref.kind === 'gitlab') {
    throw new KeyError('KEY_INVALID_REF', `${formatKeyRef(ref)} holds no key text to read`);
  }
  if (ref.kind === 'env') {
    const value = deps.env[ref.variable];
    if (value === undefined) {
      throw new KeyError(
        'KEY_NOT_FOUND',
        `env://${ref.variable}: $${ref.variable} is not set: put the key's PEM text in it`,
      );
    }
    return value;
  }
  try {
    const data = await deps.readFile(ref.path);
    return typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
  } catch (cause) {
    const code = (cause as { code?: unknown } | null)?.code;
    if (code === 'ENOENT') {
      throw new KeyError(
        'KEY_NOT_FOUND',
        `key file ${ref.path} not found: check the path (relative to the working directory)`,
        {
          cause,
        },
      );
    }
    const why =
      code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : String(code ?? cause);
    throw new KeyError('KEY_READ_FAILED', `cannot read key file ${ref.path}: ${why}`, { cause });
  }
}
