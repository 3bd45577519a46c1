// Plain HTTP is allowed only where nobody can listen in: loopback, or a registry the user named as
// insecure. Everything else is HTTPS, including token realms and redirects (a downgrade would leak
// credentials and let a proxy swap content).
import { DOCKER_HUB_API_HOST, DOCKER_HUB_REGISTRY } from '../constants.ts';
import { RegistryError } from '../errors.ts';

/** The host part of `host[:port]` (IPv6 brackets removed), lowercase. */
export function hostname(hostPort: string): string {
  const h = hostPort.toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  const i = h.lastIndexOf(':');
  return i >= 0 && /^\d+$/.test(h.slice(i + 1)) ? h.slice(0, i) : h;
}

/** True for `localhost`, 127.0.0.0/8 and ::1 (with or without a port). */
export function isLoopbackHost(hostPort: string): boolean {
  const h = hostname(hostPort);
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Registries the user allows plain HTTP for (`host` or `host:port`, as typed in the `insecure` input). */
export interface InsecurePolicy {
  insecureRegistries: readonly string[];
}

/** True when plain HTTP may be used to reach `hostPort`. */
export function allowsPlainHttp(hostPort: string, policy: InsecurePolicy): boolean {
  const h = hostPort.toLowerCase();
  return isLoopbackHost(h) || policy.insecureRegistries.some((r) => r.toLowerCase() === h);
}

/** The base URL of a registry's API: `https://<host>` unless plain HTTP is allowed for it. */
export function registryBaseUrl(registry: string, policy: InsecurePolicy): URL {
  const host = registry === DOCKER_HUB_REGISTRY ? DOCKER_HUB_API_HOST : registry;
  return new URL(`${allowsPlainHttp(registry, policy) ? 'http' : 'https'}://${host}`);
}

/** Refuses an `http:` URL (a token realm, a redirect, an upload location) to a host not allowed plain HTTP. */
export function checkScheme(url: URL, policy: InsecurePolicy, what: string): void {
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && allowsPlainHttp(url.host, policy)) return;
  throw new RegistryError(
    'REGISTRY_INSECURE',
    `${what} ${url.protocol}//${url.host} uses ${url.protocol.replace(':', '')} without TLS; only loopback hosts and registries listed as insecure may use plain http (add "${url.host}" to the insecure registries to allow it)`,
  );
}
