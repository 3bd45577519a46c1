// Turns payloads into Sigstore bundles with sigstore-js's bundle builders: the signer signs, then the
// witnesses add a Rekor entry and/or an RFC 3161 timestamp. Message signatures back the legacy
// format (cosign signs the simple-signing payload); DSSE in-toto statements back the bundle format
// and attestations.
import {
  DSSEBundleBuilder,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Bundle,
  type Witness,
} from '@sigstore/sign';
import { IN_TOTO_PAYLOAD_TYPE } from './constants.ts';
import type { Signer } from './signer.ts';
import type { Statement } from './statement.ts';

/** The transparency and timestamp services a signature goes through. */
export interface WitnessOptions {
  /** Rekor v1 base URL; absent = no tlog entry (only allowed with a key or a TSA). */
  rekorURL?: string;
  /** RFC 3161 timestamp endpoint (full URL, as cosign's --timestamp-server-url). */
  tsaURL?: string;
  timeoutMs?: number;
  retries?: number;
}

/** Everything needed to make a bundle. */
export interface BundlerDeps {
  signer: Signer;
  witnesses: Witness[];
}

/** Builds the witnesses for `opts`: Rekor (dsse entries for envelopes, hashedrekord otherwise) and a TSA. */
export function createWitnesses(opts: WitnessOptions, entryType: 'dsse' | 'hashedrekord'): Witness[] {
  const fetchOptions = { timeout: opts.timeoutMs ?? 30_000, retry: { retries: opts.retries ?? 2 } };
  const witnesses: Witness[] = [];
  if (opts.rekorURL) {
    witnesses.push(
      new RekorWitness({
        rekorBaseURL: opts.rekorURL,
        ...(entryType === 'dsse' ? { entryType: 'dsse' as const } : {}),
        fetchOnConflict: true,
        ...fetchOptions,
      }),
    );
  }
  if (opts.tsaURL) witnesses.push(new TSAWitness({ tsaBaseURL: opts.tsaURL, ...fetchOptions }));
  return witnesses;
}

/** Signs raw bytes (a simple-signing payload, a blob) into a message-signature bundle. */
export async function signMessage(payload: Buffer, deps: BundlerDeps): Promise<Bundle> {
  return new MessageSignatureBundleBuilder(deps).create({ data: payload });
}

/** Signs an in-toto statement into a DSSE bundle (v0.3, single certificate, as cosign v3 writes). */
export async function signStatement(statement: Statement, deps: BundlerDeps): Promise<Bundle> {
  return new DSSEBundleBuilder({ ...deps, certificateChain: false }).create({
    data: Buffer.from(JSON.stringify(statement)),
    type: IN_TOTO_PAYLOAD_TYPE,
  });
}
