// Image references, parsed and normalised exactly like Docker (distribution/reference `normalize.go`):
// `nginx` is `docker.io/library/nginx`, `index.docker.io` is `docker.io`, the first path component is a
// registry only if it has a `.` or a `:` or is `localhost`. Pure: no I/O.
import { DOCKER_HUB_REGISTRY } from './constants.ts';
import { RegistryError } from './errors.ts';

/** A content digest, `<algorithm>:<hex>`, already validated. */
export type Digest = `sha256:${string}` | `sha512:${string}`;

/** A parsed, normalised image reference: where the image lives and which version of it. */
export interface ImageRef {
  /** Registry host with optional port, lowercase: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** Repository path inside the registry: `library/nginx`, `acme/app`. */
  repository: string;
  tag?: string;
  digest?: Digest;
}

const MAX_NAME_LENGTH = 255;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST_RE = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`,
);
const DIGEST_HEX: Record<string, number> = { sha256: 64, sha512: 128 };

function invalid(input: string, why: string): RegistryError {
  return new RegistryError('REGISTRY_INVALID_REFERENCE', `invalid image reference "${input}": ${why}`);
}

/** Validates `<algorithm>:<hex>`; accepts sha256 and sha512 with lowercase hex of the right length. */
export function parseDigest(s: string): Digest {
  const i = s.indexOf(':');
  const alg = i < 0 ? '' : s.slice(0, i);
  const hex = i < 0 ? '' : s.slice(i + 1);
  const want = DIGEST_HEX[alg];
  if (want === undefined) {
    throw new RegistryError(
      'REGISTRY_INVALID_DIGEST',
      `invalid digest "${s}": expected sha256:<64 hex> or sha512:<128 hex>, got algorithm "${alg || s}"`,
    );
  }
  if (hex.length !== want || !/^[0-9a-f]+$/.test(hex)) {
    throw new RegistryError(
      'REGISTRY_INVALID_DIGEST',
      `invalid digest "${s}": expected ${want} lowercase hex characters after "${alg}:", got ${hex.length}${/[^0-9a-f]/.test(hex) ? ' with non-hex characters' : ''}`,
    );
  }
  return s as Digest;
}

/** True when `s` is a valid digest. */
export function isDigest(s: string): s is Digest {
  try {
    parseDigest(s);
    return true;
  } catch {
    return false;
  }
}

/** Parses `[registry/]repository[:tag][@digest]` with Docker's normalisation; throws naming the bad part. */
export function parseReference(input: string): ImageRef {
  if (input.length === 0) throw invalid(input, 'empty reference');
  if (input !== input.trim()) throw invalid(input, 'leading or trailing whitespace');
  let rest = input;
  let digest: Digest | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const d = rest.slice(at + 1);
    rest = rest.slice(0, at);
    try {
      digest = parseDigest(d);
    } catch (err) {
      throw invalid(
        input,
        `digest part "${d}": ${(err as Error).message.replace(/^invalid digest "[^"]*": /, '')}`,
      );
    }
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) {
      throw invalid(input, `tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`);
    }
  }
  if (rest.length === 0) throw invalid(input, 'missing repository name');

  let registry: string;
  let repository: string;
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  if (
    slash >= 0 &&
    (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())
  ) {
    registry = first;
    repository = rest.slice(slash + 1);
    if (!HOST_RE.test(registry)) throw invalid(input, `registry "${registry}" is not a valid host[:port]`);
    registry = registry.toLowerCase();
  } else {
    registry = DOCKER_HUB_REGISTRY;
    repository = rest;
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB_REGISTRY;
  if (registry === DOCKER_HUB_REGISTRY && !repository.includes('/')) repository = `library/${repository}`;

  if (repository.length === 0) throw invalid(input, 'missing repository name after the registry');
  for (const component of repository.split('/')) {
    if (component !== component.toLowerCase()) {
      throw invalid(input, `repository "${repository}" must be lowercase`);
    }
    if (!PATH_COMPONENT_RE.test(component)) {
      throw invalid(
        input,
        `repository path component "${component}" must be lowercase letters and digits separated by ".", "_", "__" or "-"`,
      );
    }
  }
  if (`${registry}/${repository}`.length > MAX_NAME_LENGTH) {
    throw invalid(input, `name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  const ref: ImageRef = { registry, repository };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** `registry/repository[:tag][@digest]`, the fully qualified form. */
export function formatReference(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** `registry/repository`: the repository a reference lives in, as cosign names it. */
export function formatRepository(ref: Pick<ImageRef, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The same repository at another tag or digest (the other one dropped). */
export function withIdentifier(ref: ImageRef, id: { tag: string } | { digest: Digest }): ImageRef {
  const base = { registry: ref.registry, repository: ref.repository };
  return 'tag' in id ? { ...base, tag: id.tag } : { ...base, digest: id.digest };
}

/** What the registry API addresses a manifest by: the digest when present, else the tag, else `latest`. */
export function toIdentifier(ref: ImageRef): string {
  return ref.digest ?? ref.tag ?? 'latest';
}
