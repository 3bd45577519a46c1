// Registry failures as data: a code programs can switch on, the HTTP status and method, a URL with any
// credentials removed, and whether trying again may help (ggcr `remote/transport/error.go`).
import { SignetError } from '../errors.ts';
import type { Limits } from '../limits.ts';

/** What went wrong talking to a registry. */
export type RegistryErrorCode =
  | 'REGISTRY_INVALID_REFERENCE'
  | 'REGISTRY_INVALID_DIGEST'
  | 'REGISTRY_DIGEST_MISMATCH'
  | 'REGISTRY_INVALID_MANIFEST'
  | 'REGISTRY_UNAUTHORIZED'
  | 'REGISTRY_DENIED'
  | 'REGISTRY_NOT_FOUND'
  | 'REGISTRY_INVALID_REQUEST'
  | 'REGISTRY_TOO_MANY_REQUESTS'
  | 'REGISTRY_UNAVAILABLE'
  | 'REGISTRY_TIMEOUT'
  | 'REGISTRY_INSECURE'
  | 'REGISTRY_CREDENTIALS'
  | 'REGISTRY_CONFLICT'
  | 'REGISTRY_PROTOCOL'
  /** A cap on what a registry can make Signet read was exceeded (see src/limits.ts). */
  | 'REGISTRY_LIMIT_EXCEEDED';

/** Details kept with a registry failure; the URL is always redacted. */
export interface RegistryErrorDetails {
  status?: number;
  method?: string;
  url?: string;
  /** OCI error codes from the response body, e.g. `MANIFEST_UNKNOWN`. */
  ociCodes?: string[];
  /** True when the same request may succeed later (429, 5xx, resets, timeouts). */
  temporary?: boolean;
  /** Delay the registry asked for (`Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  /** For REGISTRY_LIMIT_EXCEEDED: the cap that was exceeded. */
  limit?: keyof Limits;
  cause?: unknown;
}

/** A failure talking to a registry, or a registry answer Signet refuses to use. */
export class RegistryError extends SignetError<RegistryErrorCode> {
  readonly status: number | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly ociCodes: readonly string[];
  readonly temporary: boolean;
  readonly retryAfterMs: number | undefined;
  readonly limit: keyof Limits | undefined;
  constructor(code: RegistryErrorCode, message: string, details: RegistryErrorDetails = {}) {
    super(code, message, { cause: details.cause });
    this.status = details.status;
    this.method = details.method;
    this.url = details.url;
    this.ociCodes = details.ociCodes ?? [];
    this.temporary = details.temporary ?? false;
    this.retryAfterMs = details.retryAfterMs;
    this.limit = details.limit;
  }
}

/** True for a RegistryError with the given code (or any code when omitted). */
export function isRegistryError(err: unknown, code?: RegistryErrorCode): err is RegistryError {
  return err instanceof RegistryError && (code === undefined || err.code === code);
}

/** `url` without userinfo and without query values that may carry secrets (upload `_state`, tokens). */
export function redactUrl(url: string | URL): string {
  let u: URL;
  try {
    u = new URL(String(url));
  } catch {
    return '<unparseable url>';
  }
  if (u.username || u.password) {
    u.username = 'redacted';
    u.password = '';
  }
  for (const key of [...u.searchParams.keys()]) {
    if (!SAFE_QUERY_KEYS.has(key.toLowerCase())) u.searchParams.set(key, 'redacted');
  }
  return u.toString();
}
// Query parameters that never carry secrets and help a reader understand the request.
const SAFE_QUERY_KEYS = new Set(['digest', 'mount', 'from', 'n', 'last', 'artifacttype', 'scope', 'service']);

/** One entry of the OCI error body `{"errors":[{"code","message","detail"}]}`. */
export interface OciErrorEntry {
  code: string;
  message?: string;
}

/** Parses an OCI error body; returns [] for anything else (HTML error pages, empty bodies). */
export function parseOciErrors(body: string): OciErrorEntry[] {
  try {
    const parsed: unknown = JSON.parse(body);
    const errors = (parsed as { errors?: unknown }).errors;
    if (!Array.isArray(errors)) return [];
    return errors
      .filter((e): e is { code: unknown; message?: unknown } => typeof e === 'object' && e !== null)
      .map((e) => ({
        code: typeof e.code === 'string' ? e.code : 'UNKNOWN',
        message: typeof e.message === 'string' ? e.message : undefined,
      }));
  } catch {
    return [];
  }
}

const NOT_FOUND_CODES = new Set(['BLOB_UNKNOWN', 'MANIFEST_UNKNOWN', 'NAME_UNKNOWN', 'BLOB_UPLOAD_UNKNOWN']);

/** What a failed registry response means, before the caller adds context. */
export interface StatusFailure {
  status: number;
  method: string;
  url: string | URL;
  body: string;
  retryAfterMs?: number;
  /** A hint that names the fix, appended to the message. */
  hint?: string;
  /** Overrides the code derived from the status (e.g. a 401 that means "denied"). */
  code?: RegistryErrorCode;
}

/** Turns a non-success registry response into a RegistryError, decoding the OCI error body. */
export function toRegistryError(f: StatusFailure): RegistryError {
  const entries = parseOciErrors(f.body);
  const ociCodes = entries.map((e) => e.code);
  const code = f.code ?? codeFor(f.status, ociCodes);
  const temporary = f.status === 429 || f.status === 408 || (f.status >= 500 && f.status !== 501);
  const detail = entries.length
    ? entries.map((e) => `${e.code.toLowerCase()}${e.message ? ` (${e.message})` : ''}`).join('; ')
    : statusText(f.status);
  const url = redactUrl(f.url);
  const hint = f.hint ? `; ${f.hint}` : '';
  return new RegistryError(code, `${f.method} ${url}: ${f.status} ${detail}${hint}`, {
    status: f.status,
    method: f.method,
    url,
    ociCodes,
    temporary,
    retryAfterMs: f.retryAfterMs,
  });
}

function codeFor(status: number, ociCodes: string[]): RegistryErrorCode {
  if (status === 401) return 'REGISTRY_UNAUTHORIZED';
  if (status === 403 || ociCodes.includes('DENIED')) return 'REGISTRY_DENIED';
  if (status === 404 || ociCodes.some((c) => NOT_FOUND_CODES.has(c))) return 'REGISTRY_NOT_FOUND';
  if (status === 429 || ociCodes.includes('TOOMANYREQUESTS')) return 'REGISTRY_TOO_MANY_REQUESTS';
  if (status === 412) return 'REGISTRY_CONFLICT';
  if (ociCodes.includes('DIGEST_INVALID')) return 'REGISTRY_DIGEST_MISMATCH';
  if (ociCodes.includes('MANIFEST_INVALID') || ociCodes.includes('MANIFEST_BLOB_UNKNOWN')) {
    return 'REGISTRY_INVALID_MANIFEST';
  }
  if (status >= 500 || status === 408) return 'REGISTRY_UNAVAILABLE';
  if (status >= 400) return 'REGISTRY_INVALID_REQUEST';
  return 'REGISTRY_PROTOCOL';
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'bad request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not found',
    405: 'method not allowed',
    408: 'request timeout',
    409: 'conflict',
    412: 'precondition failed',
    416: 'range not satisfiable',
    429: 'too many requests',
    500: 'internal server error',
    502: 'bad gateway',
    503: 'service unavailable',
    504: 'gateway timeout',
  };
  return texts[status] ?? 'unexpected status';
}
