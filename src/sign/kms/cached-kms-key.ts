// The part the AWS, GCP and Azure keys share: a key built from its parsed URI and the injected I/O, whose
// provider is asked once for the public key (with what signing needs beside it, such as the version or
// algorithm) and answers from that cache afterwards; create() forgets it to ask again.
import type { KeyObject } from 'node:crypto';
import type { SigningAlgorithm } from '../keys/signature.ts';
import type { KmsDeps, KmsKey } from './kms-key.ts';
import type { KmsRef } from './kms-ref.ts';

/** A KmsKey of provider `P` whose public key and signing details (`R`) are fetched once by `resolve`. */
export abstract class CachedKmsKey<
  P extends KmsRef['provider'],
  R extends { key: KeyObject },
> implements KmsKey {
  readonly uri: string;
  readonly #ref: Extract<KmsRef, { provider: P }>;
  readonly #deps: KmsDeps;
  #resolved: Promise<R> | undefined;

  constructor(ref: Extract<KmsRef, { provider: P }>, deps: KmsDeps) {
    this.uri = ref.uri;
    this.#ref = ref;
    this.#deps = deps;
  }

  // Getters, not fields: the environment in deps stays out of JSON and util.inspect, as a #field keeps it.
  protected get ref(): Extract<KmsRef, { provider: P }> {
    return this.#ref;
  }

  protected get deps(): KmsDeps {
    return this.#deps;
  }

  async publicKey(): Promise<KeyObject> {
    return (await this.resolved()).key;
  }

  abstract sign(data: Buffer, algorithm: SigningAlgorithm): Promise<Buffer>;

  /** The provider's answer, asked on first use. */
  protected resolved(): Promise<R> {
    return (this.#resolved ??= this.resolve());
  }

  /** Drops the cached answer (a key was just created, or asking failed). */
  protected forget(): void {
    this.#resolved = undefined;
  }

  /** Asks the provider for the public key and signing details. */
  protected abstract resolve(): Promise<R>;
}
