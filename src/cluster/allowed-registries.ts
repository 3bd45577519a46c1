// Registry allow-lists of the companions, parsed and turned into one anchored RE2 expression.
//
// Registry matching is anchored: an entry `ghcr.io/acme` admits the repository `ghcr.io/acme` and what
// lies below `ghcr.io/acme/`, never `ghcr.io.evil.com/…` or `ghcr.io/acmeevil/…` (glob lists written
// with a trailing `/*` or `*` get this wrong). Images are read as the container runtime reads them:
// the first path component is a registry only when it holds a `.` or `:` or is `localhost`, otherwise
// the image is on Docker Hub (`nginx` is `docker.io/library/nginx`). One anchored RE2 expression per
// policy does both, so the ClusterPolicy (validate.cel) and the ValidatingPolicy say the same thing.
import { PolicyError } from './errors.ts';

/** One allowed location, parsed: a host (with port) and an optional repository path below it. */
export interface AllowedLocation {
  host: string;
  path?: string;
}

const HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$/;
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Parses `HOST[:PORT][/PATH]`; throws POLICY_INVALID_INPUT naming the entry and the expected form. */
export function parseAllowedLocation(entry: string): AllowedLocation {
  const text = entry.trim().replace(/\/+$/, '');
  const bad = (why: string) =>
    new PolicyError(
      'POLICY_INVALID_INPUT',
      `allowed registry ${JSON.stringify(entry)} ${why}: write HOST[:PORT][/REPOSITORY], e.g. ghcr.io/acme`,
    );
  if (text === '') throw bad('is empty');
  if (/[*?[\]]/.test(text)) throw bad('has a wildcard (entries are prefixes matched at a / boundary)');
  if (text.includes('://')) throw bad('has a scheme');
  const slash = text.indexOf('/');
  const host = slash < 0 ? text : text.slice(0, slash);
  const path = slash < 0 ? undefined : text.slice(slash + 1);
  if (!HOST_RE.test(host)) throw bad('has no valid lowercase host');
  // A host without a dot or port would be read by the runtime as a Docker Hub namespace.
  if (!host.includes('.') && !host.includes(':') && host !== 'localhost') {
    throw bad('does not start with a registry host (a name with a dot or a port, or localhost)');
  }
  if (path !== undefined && !path.split('/').every((c) => PATH_COMPONENT_RE.test(c))) {
    throw bad('has an invalid repository path');
  }
  return path === undefined ? { host } : { host, path };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The RE2 pattern, anchored as a whole, of the image strings the allow-list admits. Docker Hub entries
 * also admit the short forms the runtime expands (`nginx`, `acme/app`).
 */
export function toAllowedImagePattern(locations: readonly AllowedLocation[]): string {
  // After a repository: its tag or digest, or a deeper path. After a bare host: only a path.
  const alternatives = new Set<string>();
  for (const l of locations) {
    const hosts = DOCKER_HUB.has(l.host) ? ['docker.io', 'index.docker.io'] : [l.host];
    const hostRe = hosts.length > 1 ? `(?:${hosts.map(escapeRe).join('|')})` : escapeRe(hosts[0]!);
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
      if (l.path === 'library') alternatives.add('[^/]+');
    }
  }
  return `^(?:${[...alternatives].sort().join('|')})$`;
}

const ALL_CONTAINERS =
  'object.spec.containers' +
  ' + (has(object.spec.initContainers) ? object.spec.initContainers : [])' +
  ' + (has(object.spec.ephemeralContainers) ? object.spec.ephemeralContainers : [])';

/** The CEL expression that holds when every container image is in the allow-list. */
export function toAllowedImagesExpression(locations: readonly AllowedLocation[]): string {
  const pattern = toAllowedImagePattern(locations);
  // `localhost/x` names the registry localhost, not a Docker Hub namespace: the short-form
  // alternatives must not admit it unless localhost itself is allowed.
  const localhostAllowed = locations.some((l) => l.host === 'localhost');
  const guard = localhostAllowed ? '' : `!c.image.startsWith('localhost/') && `;
  return `(${ALL_CONTAINERS}).all(c, ${guard}c.image.matches(${JSON.stringify(pattern)}))`;
}

/** The message shown when an image is outside the allow-list. */
export function allowedMessage(locations: readonly AllowedLocation[]): string {
  const list = locations.map((l) => (l.path ? `${l.host}/${l.path}` : l.host)).join(', ');
  return `every image must come from an allowed registry or repository (${list}); write Docker Hub images in full or allow docker.io`;
}
