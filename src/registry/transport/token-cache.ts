// Bearer tokens per registry and scope, reused until shortly before they expire, so a push of many
// blobs asks the token service once. A token granted for `pull,push` also serves a later `pull`.
import type { Scope } from './challenge.ts';

interface Entry {
  registry: string;
  scopes: Scope[];
  token: string;
  expiresAt: number;
}

/** Seconds of validity assumed when the token service does not say (distribution token spec: 60). */
export const DEFAULT_TOKEN_SECONDS = 60;
const EARLY_EXPIRY_MS = 10_000;

function covers(have: Scope[], want: Scope): boolean {
  return have.some(
    (h) => h.repository === want.repository && want.actions.every((a) => h.actions.includes(a)),
  );
}

/** Holds bearer tokens keyed by registry and the scopes they were granted for. */
export class TokenCache {
  private entries: Entry[] = [];
  private readonly now: () => number;
  constructor(now: () => number = Date.now) {
    this.now = now;
  }
  /** A live token for `registry` that covers every scope in `scopes`. */
  get(registry: string, scopes: Scope[]): string | undefined {
    const t = this.now();
    this.entries = this.entries.filter((e) => e.expiresAt > t);
    return this.entries.find((e) => e.registry === registry && scopes.every((s) => covers(e.scopes, s)))
      ?.token;
  }
  /** Remembers a token; `expiresInSeconds` as the token service said. */
  set(registry: string, scopes: Scope[], token: string, expiresInSeconds = DEFAULT_TOKEN_SECONDS): void {
    const ttl = Math.max(expiresInSeconds * 500, expiresInSeconds * 1000 - EARLY_EXPIRY_MS);
    this.entries.push({ registry, scopes, token, expiresAt: this.now() + ttl });
  }
  /** Drops the tokens of a registry (after a 401 with a cached token). */
  forget(registry: string, token: string): void {
    this.entries = this.entries.filter((e) => !(e.registry === registry && e.token === token));
  }
}
