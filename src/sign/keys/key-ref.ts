// Key refs, as cosign's --key takes them (sigstore/cosign pkg/signature/keys.go, pkg/blob/load.go):
// `env://VAR` (the PEM is the value of VAR), `gitlab://PROJECT` (the project's COSIGN_* CI/CD variables,
// by numeric ID or GROUP/…/PROJECT path), `k8s://NAMESPACE/SECRET` (a Kubernetes secret holding
// cosign.key, cosign.pub and cosign.password), a KMS key URI (hashivault://, openbao://, awskms://,
// gcpkms://, azurekms://; see ../kms/kms-ref.ts), a PKCS#11 URI (pkcs11:…; ../kms/pkcs11-ref.ts), or a file path. Parsing is pure; resolve-key-ref.ts
// and ../kms fetch.

import { isKmsUri, parseKmsRef, type KmsRef } from '../kms/kms-ref.ts';
import { isPkcs11Uri, parsePkcs11Ref } from '../kms/pkcs11-ref.ts';
import { KeyError } from './errors.ts';

/** Where a key lives: a file, an environment variable, a GitLab project's CI/CD variables, a KMS or a secret. */
export type KeyRef =
  | { kind: 'file'; path: string }
  | { kind: 'env'; variable: string }
  | { kind: 'gitlab'; project: string }
  | { kind: 'k8s'; namespace: string; name: string }
  | { kind: 'kms'; kms: KmsRef };

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const GITLAB_ID = /^[1-9][0-9]*$/;
const GITLAB_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const FIX =
  'use a key file path, env://VAR, gitlab://GROUP/PROJECT, k8s://NAMESPACE/SECRET, a KMS URI (hashivault://, awskms://, gcpkms://, azurekms://) or pkcs11:…';
// Kubernetes DNS-1123 names: a namespace is a label, a secret name a subdomain.
const K8S_NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const K8S_NAME = /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/;

/** Parses the --key / `key` input as typed; throws KEY_INVALID_REF naming what is wrong and the fix. */
export function parseKeyRef(input: string): KeyRef {
  const invalid = (why: string): KeyError =>
    new KeyError('KEY_INVALID_REF', `key ref ${JSON.stringify(input)} ${why}`);
  if (input.trim() === '') throw new KeyError('KEY_INVALID_REF', `key ref is empty: ${FIX}`);
  if (input !== input.trim()) throw invalid('has leading or trailing spaces: remove them');
  const scheme = SCHEME.exec(input)?.[1];
  if (scheme === undefined) {
    if (isPkcs11Uri(input)) {
      try {
        return { kind: 'kms', kms: parsePkcs11Ref(input) };
      } catch (err) {
        throw new KeyError('KEY_INVALID_REF', `key ref ${(err as Error).message}`, { cause: err });
      }
    }
    return { kind: 'file', path: input };
  }
  const rest = input.slice(scheme.length + 3);
  if (isKmsUri(input)) {
    try {
      return { kind: 'kms', kms: parseKmsRef(input) };
    } catch (err) {
      // One code for every malformed --key, whatever its scheme.
      throw new KeyError('KEY_INVALID_REF', `key ref ${(err as Error).message}`, { cause: err });
    }
  }
  switch (scheme) {
    case 'k8s': {
      const [namespace, name, ...more] = rest.split('/');
      if (more.length > 0 || !namespace || !name || !K8S_NAMESPACE.test(namespace) || !K8S_NAME.test(name)) {
        throw invalid(
          'is not a Kubernetes secret: use k8s://NAMESPACE/SECRET_NAME (lowercase DNS names, one slash)',
        );
      }
      return { kind: 'k8s', namespace, name };
    }
    case 'env':
      if (rest === '') throw invalid('names no variable: use env://VAR_NAME');
      if (!ENV_NAME.test(rest)) {
        throw invalid(
          `names ${JSON.stringify(rest)}, not an environment variable name: use letters, digits and _, not starting with a digit`,
        );
      }
      return { kind: 'env', variable: rest };
    case 'gitlab': {
      if (rest === '') throw invalid('names no project: use gitlab://GROUP/PROJECT or gitlab://PROJECT_ID');
      if (GITLAB_ID.test(rest)) return { kind: 'gitlab', project: rest };
      const segments = rest.split('/');
      if (segments.some((s) => !GITLAB_SEGMENT.test(s))) {
        throw invalid(
          'is not a GitLab project: use gitlab://GROUP/PROJECT (letters, digits, _, - and . between single slashes) or gitlab://PROJECT_ID',
        );
      }
      if (segments.length < 2) {
        throw invalid(
          'names a bare namespace, not a project: use gitlab://GROUP/PROJECT or gitlab://PROJECT_ID',
        );
      }
      return { kind: 'gitlab', project: rest };
    }
    default:
      throw invalid(`uses scheme "${scheme}://", which Signet does not read: ${FIX}`);
  }
}

/** The ref as the user would type it, for messages. */
export function formatKeyRef(ref: KeyRef): string {
  switch (ref.kind) {
    case 'file':
      return ref.path;
    case 'env':
      return `env://${ref.variable}`;
    case 'gitlab':
      return `gitlab://${ref.project}`;
    case 'k8s':
      return `k8s://${ref.namespace}/${ref.name}`;
    case 'kms':
      return ref.kms.uri;
  }
}
