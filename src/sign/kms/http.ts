// The HTTP calls of the hand-written KMS clients (Vault transit, GCP KMS, Azure Key Vault and their
// token endpoints) and of the GitLab variable reader (keys/gitlab-variables.ts): one request through an
// injected fetch, with a timeout, a cap on what a server can make Signet read, redirects followed only
// within the origin asked (credentials go nowhere else), and, for the KMS clients, failures turned into
// one-line KmsErrors naming the key URI (for GCP's and Azure's bearer-token calls, refusals too). Tokens go only into the request headers or body given here,
// never into a message.
import { KmsError } from './errors.ts';

/** The part of a fetch Response these clients read (`headers` for a redirect's Location). */
export interface KmsResponse {
  status: number;
  headers?: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The part of the global fetch these clients call. */
export type KmsFetch = (
  url: string,
  init: {
    method: 'GET' | 'POST' | 'PUT';
    headers: Record<string, string>;
    body?: string;
    redirect: 'manual';
    signal?: AbortSignal;
  },
) => Promise<KmsResponse>;

/** One request as sent: method, URL, headers, body. */
export interface SentRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** How sendRequest follows redirects: at most `max`, within the first URL's origin only. */
export interface RedirectPolicy {
  max: number;
  /** The error for a redirect to another origin (the credentials must not follow it). */
  crossOrigin(next: URL, origin: string): Error;
  /** The error for more than `max` redirects. */
  tooMany(): Error;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A request: method, URL, headers and an optional JSON or form body. */
export interface KmsRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
}

/** What came back: the status and the body parsed as JSON (undefined when empty or not JSON). */
export interface KmsReply {
  status: number;
  body: unknown;
}

const TIMEOUT_MS = 30_000;
const MAX_BODY = 1024 * 1024;

/**
 * Sends `req` through `fetch` with the timeout, follows redirects as `redirects` allows (none by
 * default: a 3xx is returned as it is), and reads the body. Rejects with fetch's own error when no
 * answer comes, or with the policy's errors; the caller words those for its service.
 */
export async function sendRequest(
  fetch: KmsFetch,
  req: SentRequest,
  redirects?: RedirectPolicy,
): Promise<{ status: number; text: string }> {
  const origin = new URL(req.url).origin;
  let current = req.url;
  for (let hops = 0; ; hops++) {
    const res = await fetch(current, {
      method: req.method,
      headers: req.headers,
      ...(req.body !== undefined && { body: req.body }),
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const location = redirects && REDIRECTS.has(res.status) ? res.headers?.get('location') : null;
    if (!redirects || location === null || location === undefined) {
      return { status: res.status, text: await res.text() };
    }
    const next = new URL(location, current);
    if (next.origin !== origin) throw redirects.crossOrigin(next, origin);
    if (hops >= redirects.max) throw redirects.tooMany();
    current = next.href;
  }
}

/** Whether a response body is past the cap on what a server can make Signet read. */
export function isOversized(text: string): boolean {
  return text.length > MAX_BODY;
}

/** Sends `req`; rejects with KMS_UNREACHABLE (naming `uri` and `service`) when no answer comes. */
export async function kmsRequest(
  fetch: KmsFetch,
  uri: string,
  service: string,
  req: KmsRequest,
): Promise<KmsReply> {
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  let body: string | undefined;
  if (req.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(req.json);
  } else if (req.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(req.form).toString();
  }
  const where = redactedOrigin(req.url);
  let text: string;
  let status: number;
  try {
    ({ status, text } = await sendRequest(fetch, {
      method: req.method,
      url: req.url,
      headers,
      ...(body !== undefined && { body }),
    }));
  } catch (cause) {
    throw new KmsError(
      'KMS_UNREACHABLE',
      `${uri}: cannot reach ${service} at ${where}: ${networkReason(cause)}; check the address and that it is up`,
      { cause },
    );
  }
  if (isOversized(text)) {
    throw new KmsError(
      'KMS_REQUEST_FAILED',
      `${uri}: ${service} at ${where} answered with more than ${MAX_BODY} bytes: check the address`,
    );
  }
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status, body: parsed };
}

/** How a provider's refusals of a bearer-token call are worded (bearerKmsRequest). */
export interface BearerRefusals {
  /** The service as the messages name it ("Key Vault", "Cloud KMS"). */
  name: string;
  /** What to do about a 401 or 403. */
  denied: string;
  /** Where a 404's key was looked for (" in the vault"), or "". */
  notFoundIn: string;
  /** The error for another status the provider explains, before the plain "answered STATUS". */
  other?: (status: number, said: string | undefined, detail: string) => KmsError | undefined;
}

/**
 * Sends `req` with `token` as its bearer credential and returns a 2xx reply; any other status becomes a
 * KmsError: KMS_DENIED (401, 403), KMS_KEY_NOT_FOUND (404), `refusals.other`'s, else KMS_REQUEST_FAILED.
 */
export async function bearerKmsRequest(
  fetch: KmsFetch,
  uri: string,
  service: string,
  token: string,
  req: KmsRequest,
  refusals: BearerRefusals,
): Promise<KmsReply> {
  const reply = await kmsRequest(fetch, uri, service, {
    ...req,
    headers: { authorization: `Bearer ${token}` },
  });
  if (reply.status >= 200 && reply.status < 300) return reply;
  const said = providerMessage(reply.body);
  const detail = said ? ` (${said})` : '';
  if (reply.status === 401 || reply.status === 403) {
    throw new KmsError(
      'KMS_DENIED',
      `${uri}: ${refusals.name} denied the request${detail}: ${refusals.denied}`,
    );
  }
  if (reply.status === 404) {
    throw new KmsError(
      'KMS_KEY_NOT_FOUND',
      `${uri}: no such key or version${refusals.notFoundIn}${detail}: check the URI`,
    );
  }
  const other = refusals.other?.(reply.status, said, detail);
  if (other) throw other;
  throw new KmsError('KMS_REQUEST_FAILED', `${uri}: ${refusals.name} answered ${reply.status}${detail}`);
}

/** scheme://host[:port] of `url`, without userinfo, path or query. */
export function redactedOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'an invalid URL';
  }
}

/** Why a fetch failed, from undici's cause codes (ECONNREFUSED, ENOTFOUND, certificate errors). */
function networkReason(cause: unknown): string {
  const inner = (cause as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = inner?.code ?? (cause as { code?: string } | null)?.code;
  if ((cause as Error | null)?.name === 'TimeoutError') return `no answer in ${TIMEOUT_MS / 1000} s`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return `TLS certificate not trusted (${code}): add its CA with NODE_EXTRA_CA_CERTS`;
  }
  return code ?? inner?.message?.split('\n')[0]?.slice(0, 100) ?? 'request failed';
}

/** The provider's own error text from a JSON error body (Vault, Google, Azure shapes), one line, capped. */
export function providerMessage(body: unknown): string | undefined {
  const b = body as
    | { errors?: unknown; error?: { message?: unknown; status?: unknown; code?: unknown } | string }
    | undefined;
  let msg: unknown;
  if (Array.isArray(b?.errors)) msg = b.errors.filter((e) => typeof e === 'string').join('; ');
  else if (typeof b?.error === 'string') msg = b.error;
  else if (b?.error && typeof b.error === 'object') msg = b.error.message ?? b.error.status ?? b.error.code;
  if (typeof msg !== 'string' || msg === '') return undefined;
  const line = msg.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
