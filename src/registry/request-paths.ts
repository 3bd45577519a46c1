// The request pieces the registry's three parts share: scopes, API paths and pagination links.
import { formatRepository, type ImageRef } from './name.ts';
import type { Scope } from './transport/challenge.ts';
import type { HttpResponse } from './transport/http.ts';

/** `registry/repository`, for messages. */
export function repoOf(ref: ImageRef): string {
  return formatRepository(ref);
}

/** The token scope of a read. */
export function pull(repo: string): Scope {
  return { repository: repo, actions: ['pull'] };
}

/** The token scope of a write. */
export function push(repo: string): Scope {
  return { repository: repo, actions: ['pull', 'push'] };
}

/** `/v2/<repository>/<rest>`. */
export function repoPath(ref: ImageRef, rest: string): string {
  return `/v2/${ref.repository}/${rest}`;
}

/** `url` with `params` set in its query. */
export function withQuery(url: URL, params: Record<string, string>): URL {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u;
}

/** The `Link: <…>; rel="next"` of a paginated answer, resolved against `base`. */
export function nextLink(res: HttpResponse, base: URL): URL | undefined {
  const link = res.header('link');
  const m = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link) : null;
  return m?.[1] ? new URL(m[1], base) : undefined;
}
