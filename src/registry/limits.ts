// Enforcing the caps of src/limits.ts on registry reads: the error every exceeded cap becomes, and a
// byte budget that one verification's reads (manifests, referrers pages, signature layers) draw from.
import { DEFAULT_LIMITS, describeExceeded, type Limits } from '../limits.ts';
import type { RegistryClient } from './client.ts';
import { RegistryError } from './errors.ts';

/**
 * The calls `K` of a RegistryClient a stage makes (so tests can pass fakes), with the caps the client
 * enforces; a fake without caps gets DEFAULT_LIMITS (limitsOf).
 */
export type RegistryCalls<K extends keyof RegistryClient> = Pick<RegistryClient, K> & {
  readonly limits?: Readonly<Limits>;
};

/** The caps `registry` enforces, or the defaults. */
export function limitsOf(registry: { readonly limits?: Readonly<Limits> }): Readonly<Limits> {
  return registry.limits ?? DEFAULT_LIMITS;
}

/** REGISTRY_LIMIT_EXCEEDED for `cap`: names the cap, the value found and how to raise it. */
export function limitExceeded(
  cap: keyof Limits,
  limit: number,
  found: number | string,
  what: string,
): RegistryError {
  return new RegistryError('REGISTRY_LIMIT_EXCEEDED', describeExceeded(cap, limit, found, what), {
    limit: cap,
  });
}

/**
 * Bytes one operation may still read from a registry. Every capped read charges it as bytes arrive,
 * so a registry cannot make one verification read more than `limit` in total, however it spreads
 * the bytes over requests.
 */
export class ReadBudget {
  private used = 0;
  readonly limit: number;
  private readonly what: string;
  private readonly cap: keyof Limits;

  constructor(limit: number, what: string, cap: keyof Limits = 'verificationBytes') {
    this.limit = limit;
    this.what = what;
    this.cap = cap;
  }

  /** Bytes read so far. */
  get bytes(): number {
    return this.used;
  }

  /** Records `n` more bytes; throws REGISTRY_LIMIT_EXCEEDED once the total passes the limit. */
  charge(n: number): void {
    this.used += n;
    if (this.used > this.limit) {
      throw limitExceeded(this.cap, this.limit, `more than ${this.limit} bytes read`, this.what);
    }
  }
}
