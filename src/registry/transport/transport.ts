// One registry request, made right: the base URL and plain-HTTP policy, credentials for the exact
// host, the bearer-token challenge flow with per-scope token caching, redirects that never carry
// credentials to another host, retries of idempotent steps, and OCI error bodies decoded into
// RegistryErrors with redacted URLs. The client above it only says what it wants.
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ExecFile } from '../../build/exec.ts';
import { execFile } from '../../build/exec.ts';
import { RegistryError, redactUrl, toRegistryError, type RegistryErrorCode } from '../errors.ts';
import { formatScope, parseChallenges, type Scope } from './challenge.ts';
import { resolveCredential, type Credential, type CredentialSources } from './credentials.ts';
import { createHttpClient, type HttpClient, type HttpResponse } from './http.ts';
import { checkScheme, registryBaseUrl, type InsecurePolicy } from './insecure.ts';
import {
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  withRetry,
  type RetryDeps,
  type RetryPolicy,
} from './retry.ts';
import { TokenCache } from './token-cache.ts';

/** Something that receives debug lines (never secrets). */
export interface Logger {
  debug(message: string): void;
}

/** How a transport behaves. */
export interface TransportOptions {
  credentials?: CredentialSources;
  /** Registries (host or host:port) where plain HTTP is allowed besides loopback. */
  insecureRegistries?: readonly string[];
  retry?: Partial<RetryPolicy>;
  /** Inactivity timeout per request. */
  timeoutMs?: number;
  /** Extra CA certificates (PEM) to trust. */
  ca?: string | string[];
}

/** What a transport uses from the outside world; all optional, the defaults are the real ones. */
export interface TransportDeps {
  http?: HttpClient;
  /** Runs `docker-credential-*` helpers (src/build/exec.ts). */
  exec?: ExecFile;
  /** The environment for credential helpers, chosen by src/ci. */
  helperEnv?: Record<string, string | undefined>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  logger?: Logger;
}

/** One registry API call. */
export interface RegistryRequest {
  method: string;
  /** host[:port] as in an ImageRef: decides the base URL, the credential and the token cache. */
  registry: string;
  /** Path and query under the registry base (`/v2/…`), or an absolute URL the registry gave. */
  path: string | URL;
  headers?: Record<string, string>;
  body?: Uint8Array | Readable;
  /** The access the call needs; the first scope is the one the step is about. */
  scopes: Scope[];
  /** Statuses that are success for this call; others throw. */
  expect: number[];
  /** Safe to repeat after a temporary failure (never true with a stream body). */
  idempotent: boolean;
  /** Follow 3xx (GET/HEAD of blobs that live on a CDN). */
  followRedirects?: boolean;
  timeoutMs?: number;
}

/** What the client reports about the work done so far. */
export interface TransportCounters {
  requests: number;
  connections: number;
  retries: number;
  tokenRequests: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const ERROR_BODY_LIMIT = 64 * 1024;
const TOKEN_BODY_LIMIT = 1024 * 1024;

interface AuthState {
  scheme: 'basic' | 'bearer';
  realm?: string;
  service?: string;
}

/** Makes registry requests with auth, retries and error decoding. */
export class RegistryTransport {
  readonly http: HttpClient;
  private readonly options: TransportOptions;
  private readonly policy: InsecurePolicy;
  private readonly retryPolicy: RetryPolicy;
  private readonly retryDeps: RetryDeps;
  private readonly exec: ExecFile;
  private readonly helperEnv: Record<string, string | undefined> | undefined;
  private readonly logger: Logger | undefined;
  private readonly tokens: TokenCache;
  private readonly auth = new Map<string, AuthState>();
  private readonly creds = new Map<string, Promise<Credential | undefined>>();
  private readonly tokenFetches = new Map<string, Promise<string>>();
  private retries = 0;
  private tokenRequests = 0;

  constructor(options: TransportOptions = {}, deps: TransportDeps = {}) {
    this.options = options;
    this.http = deps.http ?? createHttpClient({ timeoutMs: options.timeoutMs, ca: options.ca });
    this.policy = { insecureRegistries: options.insecureRegistries ?? [] };
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const now = deps.now ?? Date.now;
    this.retryDeps = { sleep: deps.sleep ?? ((ms) => sleep(ms)), random: deps.random ?? Math.random, now };
    this.exec = deps.exec ?? execFile;
    this.helperEnv = deps.helperEnv;
    this.logger = deps.logger;
    this.tokens = new TokenCache(now);
  }

  /** Requests, connections, retries and token fetches so far. */
  get counters(): TransportCounters {
    return {
      requests: this.http.counters.requests,
      connections: this.http.counters.connections,
      retries: this.retries,
      tokenRequests: this.tokenRequests,
    };
  }

  /** The retry policy and clock, for multi-request steps the client retries as a whole. */
  get retrying(): { policy: RetryPolicy; deps: RetryDeps; onRetry: () => void } {
    return { policy: this.retryPolicy, deps: this.retryDeps, onRetry: () => this.retries++ };
  }

  /** The absolute URL of `path` on `registry`, honouring the plain-HTTP policy. */
  url(registry: string, path: string | URL): URL {
    if (path instanceof URL) return path;
    return new URL(path, registryBaseUrl(registry, this.policy));
  }

  /** Sends the request; resolves with a response whose status is in `expect`, else throws. */
  async request(req: RegistryRequest): Promise<HttpResponse> {
    const replayable = !(req.body !== undefined && !(req.body instanceof Uint8Array));
    if (!req.idempotent || !replayable) return await this.attempt(req, replayable);
    return await withRetry(
      () => this.attempt(req, true),
      this.retryPolicy,
      this.retryDeps,
      (err, attempt, delay) => {
        this.retries++;
        this.logger?.debug(
          `retry ${attempt} of ${req.method} ${redactUrl(this.url(req.registry, req.path))} in ${delay} ms: ${(err as Error).message}`,
        );
      },
    );
  }

  private credential(registry: string): Promise<Credential | undefined> {
    let c = this.creds.get(registry);
    if (!c) {
      c = resolveCredential(registry, this.options.credentials ?? {}, {
        exec: this.exec,
        helperEnv: this.helperEnv,
      });
      this.creds.set(registry, c);
      c.catch(() => this.creds.delete(registry));
    }
    return c;
  }

  /** The Authorization header for a request to `registry` needing `scopes`, when one is known. */
  private async authorization(registry: string, scopes: Scope[]): Promise<string | undefined> {
    const state = this.auth.get(registry);
    if (!state) return undefined;
    const cred = await this.credential(registry);
    if (cred?.registryToken) return `Bearer ${cred.registryToken}`;
    if (state.scheme === 'basic') {
      return cred?.username !== undefined && cred.password !== undefined
        ? `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`
        : undefined;
    }
    const token = await this.token(registry, state, scopes, cred);
    return `Bearer ${token}`;
  }

  private async token(
    registry: string,
    state: AuthState,
    scopes: Scope[],
    cred: Credential | undefined,
  ): Promise<string> {
    const cached = this.tokens.get(registry, scopes);
    if (cached) return cached;
    // Concurrent steps needing the same scopes share one token request.
    const key = `${registry} ${scopes.map(formatScope).join(' ')}`;
    let p = this.tokenFetches.get(key);
    if (!p) {
      p = this.fetchToken(registry, state, scopes, cred).finally(() => this.tokenFetches.delete(key));
      this.tokenFetches.set(key, p);
    }
    return await p;
  }

  private async fetchToken(
    registry: string,
    state: AuthState,
    scopes: Scope[],
    cred: Credential | undefined,
  ): Promise<string> {
    if (!state.realm) {
      throw new RegistryError('REGISTRY_PROTOCOL', `${registry} asked for a bearer token but named no realm`);
    }
    let realm: URL;
    try {
      realm = new URL(state.realm);
    } catch {
      throw new RegistryError('REGISTRY_PROTOCOL', `${registry} named an invalid token realm`);
    }
    checkScheme(realm, this.policy, `token realm of ${registry}:`);
    const scopeStrings = scopes.map(formatScope);
    const headers: Record<string, string> = { accept: 'application/json' };
    let method = 'GET';
    let body: Uint8Array | undefined;
    if (cred?.identityToken) {
      // OAuth2 refresh-token grant (distribution spec auth/oauth.md).
      method = 'POST';
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: cred.identityToken,
        client_id: 'signet',
      });
      if (state.service) form.set('service', state.service);
      form.set('scope', scopeStrings.join(' '));
      body = Buffer.from(form.toString());
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else {
      if (state.service) realm.searchParams.set('service', state.service);
      for (const s of scopeStrings) realm.searchParams.append('scope', s);
      if (cred?.username !== undefined && cred.password !== undefined) {
        headers.authorization = `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`;
      }
    }
    const step = async () => {
      this.tokenRequests++;
      const res = await this.http.send({
        method,
        url: realm,
        headers,
        body,
        timeoutMs: this.options.timeoutMs,
      });
      if (res.status !== 200) {
        const text = (await res.bytes(ERROR_BODY_LIMIT).catch(() => Buffer.alloc(0))).toString('utf8');
        const err = toRegistryError({
          status: res.status,
          method,
          url: realm,
          body: text,
          retryAfterMs: parseRetryAfter(res.header('retry-after'), this.retryDeps.now()),
          hint: cred
            ? `the token service of ${registry} refused the credentials from ${cred.source}; check the username and password for ${registry}`
            : `no credentials found for ${registry}; log in (docker login ${registry}) or pass username and password`,
        });
        throw err;
      }
      const json = JSON.parse((await res.bytes(TOKEN_BODY_LIMIT)).toString('utf8')) as {
        token?: string;
        access_token?: string;
        expires_in?: number;
      };
      const token = json.token ?? json.access_token;
      if (!token) {
        throw new RegistryError('REGISTRY_PROTOCOL', `token service of ${registry} answered without a token`);
      }
      this.tokens.set(
        registry,
        scopes,
        token,
        typeof json.expires_in === 'number' ? json.expires_in : undefined,
      );
      return token;
    };
    return await withRetry(step, this.retryPolicy, this.retryDeps, () => this.retries++);
  }

  /** Learns the auth scheme from a 401; false when nothing new was learnt (the 401 is final). */
  private learn(registry: string, res: HttpResponse, sentAuth: string | undefined): boolean {
    const challenges = parseChallenges(res.header('www-authenticate') ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    if (bearer) {
      this.auth.set(registry, {
        scheme: 'bearer',
        realm: bearer.params.realm,
        service: bearer.params.service,
      });
      // A refused token (expired, or granted for less) is dropped; the caller tries once with a fresh one.
      if (sentAuth?.startsWith('Bearer ')) this.tokens.forget(registry, sentAuth.slice(7));
      return true;
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      this.auth.set(registry, { scheme: 'basic' });
      return !sentAuth?.startsWith('Basic ');
    }
    return false;
  }

  private async attempt(req: RegistryRequest, replayable: boolean): Promise<HttpResponse> {
    let url = this.url(req.registry, req.path);
    checkScheme(url, this.policy, `registry ${req.registry}:`);
    // The registry's own host:port, from its name: never from the URL being followed. A `Link: rel=next`
    // page, an upload `Location` or a redirect the registry names may point anywhere; only requests to
    // this host carry its credentials, and only its 401s may (re)point the token service.
    const originHost = this.url(req.registry, '/').host;
    let authRetried = false;
    let redirects = 0;
    for (;;) {
      const headers: Record<string, string> = { ...req.headers };
      // Credentials go only to the registry's own host:port; a redirect elsewhere gets none.
      const sameHost = url.host === originHost;
      const authorization = sameHost ? await this.authorization(req.registry, req.scopes) : undefined;
      if (authorization) headers.authorization = authorization;
      const res = await this.http.send({
        method: req.method,
        url,
        headers,
        body: req.body,
        timeoutMs: req.timeoutMs,
      });
      this.logger?.debug(`${req.method} ${redactUrl(url)} → ${res.status}`);
      if (
        res.status === 401 &&
        sameHost &&
        !authRetried &&
        replayable &&
        this.learn(req.registry, res, authorization)
      ) {
        const cred = await this.credential(req.registry);
        const hasBasic = cred?.username !== undefined && cred.password !== undefined;
        // Bearer may be tried anonymously (public repositories); Basic needs a username and password.
        if (this.auth.get(req.registry)?.scheme === 'bearer' || hasBasic || cred?.registryToken) {
          authRetried = true;
          await res.discard();
          continue;
        }
      }
      if (req.followRedirects && REDIRECTS.has(res.status) && res.header('location')) {
        await res.discard();
        if (++redirects > MAX_REDIRECTS) {
          throw new RegistryError(
            'REGISTRY_PROTOCOL',
            `${req.method} ${redactUrl(url)}: more than ${MAX_REDIRECTS} redirects`,
          );
        }
        url = new URL(res.header('location')!, url);
        checkScheme(url, this.policy, `redirect from ${req.registry} to`);
        continue;
      }
      if (req.expect.includes(res.status)) return res;
      throw await this.failure(req, url, res);
    }
  }

  private async failure(req: RegistryRequest, url: URL, res: HttpResponse): Promise<RegistryError> {
    const body = res.body.readableEnded
      ? ''
      : (await res.bytes(ERROR_BODY_LIMIT).catch(() => Buffer.alloc(0))).toString('utf8');
    const cred = await this.credential(req.registry).catch(() => undefined);
    const scope = req.scopes[0];
    let hint: string | undefined;
    let code: RegistryErrorCode | undefined;
    // Token registries answer an authenticated request lacking permission with 401 insufficient_scope.
    const insufficient = parseChallenges(res.header('www-authenticate') ?? '').some(
      (c) => c.params.error === 'insufficient_scope',
    );
    if ((res.status === 403 || (res.status === 401 && insufficient && cred)) && scope) {
      code = 'REGISTRY_DENIED';
      hint = `${cred ? `the credentials from ${cred.source}` : 'anonymous access'} may not ${scope.actions.join(',')} ${scope.repository}; grant that permission (e.g. "packages: write" for ghcr.io)`;
    } else if (res.status === 401) {
      hint = cred
        ? `the registry refused the credentials from ${cred.source}; check the username and password for ${req.registry}`
        : `no credentials found for ${req.registry}; log in (docker login ${req.registry}) or pass username and password`;
    }
    return toRegistryError({
      code,
      status: res.status,
      method: req.method,
      url,
      body,
      retryAfterMs: parseRetryAfter(res.header('retry-after'), this.retryDeps.now()),
      hint,
    });
  }

  /** Closes idle connections. */
  close(): void {
    this.http.close();
  }
}
