// Reads a GitLab project CI/CD variable, which is where `cosign generate-key-pair gitlab://PROJECT` puts
// the key (sigstore/cosign pkg/cosign/git/gitlab/gitlab.go GetSecret): GET
// {GITLAB_HOST or https://gitlab.com}/api/v4/projects/{id or url-encoded path}/variables/{key} with
// header PRIVATE-TOKEN: $GITLAB_TOKEN, as the go-gitlab client cosign uses builds it. The HTTP call goes
// through an injected `fetch` with the KMS clients' HTTP helper (kms/http.ts: timeout, body cap,
// redirects within the origin only); the token goes only into that header, never into a message.
import { GITLAB_DEFAULT_HOST, GITLAB_HOST_ENV, GITLAB_TOKEN_ENV } from './constants.ts';
import { KeyError } from './errors.ts';
import { isOversized, sendRequest, type KmsFetch, type KmsResponse } from '../kms/http.ts';

/** The part of a fetch Response this module reads. */
export type GitLabResponse = KmsResponse;

/** The part of the global fetch this module calls (the KMS clients' HTTP helper sends through it). */
export type GitLabFetch = KmsFetch;

/** What reading a variable needs: the environment (GITLAB_TOKEN, GITLAB_HOST) as data, and fetch. */
export interface GitLabDeps {
  env: Readonly<Record<string, string | undefined>>;
  fetch: GitLabFetch;
}

const MAX_REDIRECTS = 5;

/**
 * The API URL of `variable` of `project` on the GitLab instance `host` (GITLAB_HOST; default gitlab.com).
 * Like go-gitlab's base URL handling, "/api/v4/" is appended unless the host URL already ends with it;
 * like its PathEscape, the project path is escaped whole, "/" as %2F and "." as %2E.
 */
export function gitLabVariableUrl(host: string | undefined, project: string, variable: string): string {
  const raw = host === undefined || host.trim() === '' ? GITLAB_DEFAULT_HOST : host.trim();
  const withScheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`;
  let base: URL;
  try {
    base = new URL(withScheme);
  } catch (cause) {
    throw new KeyError(
      'KEY_GITLAB_CONFIG',
      `${GITLAB_HOST_ENV} ${JSON.stringify(raw)} is not a URL: set it to the instance URL, e.g. https://gitlab.example.com`,
      { cause },
    );
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new KeyError(
      'KEY_GITLAB_CONFIG',
      `${GITLAB_HOST_ENV} ${JSON.stringify(raw)} is not an http(s) URL: set it to the instance URL`,
    );
  }
  let path = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  if (!path.endsWith('/api/v4/')) path += 'api/v4/';
  const escapedProject = encodeURIComponent(project).replace(/\./g, '%2E');
  return `${base.origin}${path}projects/${escapedProject}/variables/${encodeURIComponent(variable)}`;
}

/** Reads the value of CI/CD `variable` of GitLab `project`; `source` is the key ref as typed. */
export async function readGitLabVariable(
  project: string,
  variable: string,
  source: string,
  deps: GitLabDeps,
): Promise<string> {
  const token = deps.env[GITLAB_TOKEN_ENV];
  if (token === undefined || token === '') {
    throw new KeyError(
      'KEY_GITLAB_CONFIG',
      `${source} needs ${GITLAB_TOKEN_ENV}: set it to a GitLab token with the api scope and the Maintainer role on the project`,
    );
  }
  const url = gitLabVariableUrl(deps.env[GITLAB_HOST_ENV], project, variable);
  const redact = (s: string): string => s.split(token).join('[redacted]');
  let status: number;
  let body: string;
  try {
    // Redirects are followed by hand (kms/http.ts): fetch would carry the PRIVATE-TOKEN header to
    // wherever a redirect points. Only the instance's own origin (scheme, host and port) sees the token.
    ({ status, text: body } = await sendRequest(
      deps.fetch,
      { method: 'GET', url, headers: { 'PRIVATE-TOKEN': token, Accept: 'application/json' } },
      {
        max: MAX_REDIRECTS,
        crossOrigin: (next, origin) =>
          new KeyError(
            'KEY_GITLAB_REQUEST_FAILED',
            `${source}: GET ${url} redirected to another host (${next.origin}); ${GITLAB_TOKEN_ENV} is sent only to ${origin}: set ${GITLAB_HOST_ENV} to the instance's own URL`,
          ),
        tooMany: () =>
          new KeyError(
            'KEY_GITLAB_REQUEST_FAILED',
            `${source}: GET ${url}: more than ${MAX_REDIRECTS} redirects`,
          ),
      },
    ));
  } catch (cause) {
    if (cause instanceof KeyError) throw cause;
    const why = cause instanceof Error ? redact(cause.message) : 'network error';
    throw new KeyError(
      'KEY_GITLAB_REQUEST_FAILED',
      `${source}: GET ${url} failed: ${why}: check ${GITLAB_HOST_ENV} and the network`,
      { cause },
    );
  }
  if (isOversized(body)) {
    throw new KeyError(
      'KEY_GITLAB_REQUEST_FAILED',
      `${source}: GET ${url}: the answer is larger than a CI/CD variable can be: check ${GITLAB_HOST_ENV} points at GitLab`,
    );
  }
  if (status === 200) {
    // The body holds the secret: never put any of it into a message.
    const value = parseValue(body);
    if (value === undefined) {
      throw new KeyError(
        'KEY_GITLAB_REQUEST_FAILED',
        `${source}: GET ${url}: 200 but the response has no string "value": check ${GITLAB_HOST_ENV} points at GitLab`,
      );
    }
    return value;
  }
  const message = redact(gitLabMessage(body)).slice(0, 200);
  const at = `GET ${url}: ${status}${message ? ` ${message}` : ''}`;
  if (status === 404) {
    const hint = /project not found/i.test(message)
      ? `project ${JSON.stringify(project)} not found, or ${GITLAB_TOKEN_ENV} cannot see it: check the ref and ${GITLAB_HOST_ENV}`
      : `project variable ${variable} not found: create the key with cosign generate-key-pair ${source}`;
    throw new KeyError('KEY_NOT_FOUND', `${source}: ${hint} (${at})`);
  }
  if (status === 401) {
    throw new KeyError(
      'KEY_GITLAB_REQUEST_FAILED',
      `${source}: GitLab rejected ${GITLAB_TOKEN_ENV} (${at}): it is invalid or expired`,
    );
  }
  if (status === 403) {
    throw new KeyError(
      'KEY_GITLAB_REQUEST_FAILED',
      `${source}: ${GITLAB_TOKEN_ENV} may not read CI/CD variables (${at}): it needs the api scope and the Maintainer role`,
    );
  }
  throw new KeyError('KEY_GITLAB_REQUEST_FAILED', `${source}: ${at}`);
}

function parseValue(body: string): string | undefined {
  try {
    const json: unknown = JSON.parse(body);
    if (
      typeof json === 'object' &&
      json !== null &&
      typeof (json as { value?: unknown }).value === 'string'
    ) {
      return (json as { value: string }).value;
    }
  } catch {
    // fall through: not JSON
  }
  return undefined;
}

/** GitLab error bodies are {"message": "..."} (or {"error": "..."}); anything else is shown trimmed. */
function gitLabMessage(body: string): string {
  try {
    const json = JSON.parse(body) as { message?: unknown; error?: unknown };
    const m = json.message ?? json.error;
    if (typeof m === 'string') return m;
    if (m !== undefined) return JSON.stringify(m);
  } catch {
    // not JSON
  }
  return body.replace(/\s+/g, ' ').trim();
}
