// Turns payloads into Sigstore bundles with sigstore-js's bundle builders: the signer signs, then the
// witnesses add a Rekor entry and/or an RFC 3161 timestamp. Message signatures back the legacy
// format (cosign signs the simple-signing payload); DSSE in-toto statements back the bundle format
// and attestations.
import { createHash } from 'node:crypto';
import { toMessageSignatureBundle, type BundleWithDsseEnvelope } from '@sigstore/bundle';
import {
  DSSEBundleBuilder,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Artifact,
  type Bundle,
  type Signature,
  type Witness,
} from '@sigstore/sign';
import { IN_TOTO_PAYLOAD_TYPE } from './constants.ts';
import { fromPEM } from './pem.ts';
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

/**
 * Message signatures packed as bundle v0.3 (the leaf certificate or key hint, not a chain), as
 * `cosign sign-blob --bundle` writes: sigstore-js's builder always packs a chain (v0.2).
 */
class MessageSignatureV03BundleBuilder extends MessageSignatureBundleBuilder {
  protected override async package(artifact: Artifact, signature: Signature) {
    const certificate =
      signature.key.$case === 'x509Certificate'
        ? fromPEM(signature.key.certificate, 'CERTIFICATE')[0]
        : undefined;
    return toMessageSignatureBundle({
      digest: createHash('sha256').update(artifact.data).digest(),
      signature: signature.signature,
      certificate,
      keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
      certificateChain: false,
    });
  }
}

/**
 * DSSE bundles whose envelope signature carries no keyid, as cosign writes them: sigstore-js sets it to
 * the key hint, and `cosign verify --key` then finds no matching signature. The keyid is not signed
 * (DSSE PAE covers only the payload type and payload), and it is cleared before Rekor sees the envelope.
 */
class CosignDSSEBundleBuilder extends DSSEBundleBuilder {
  protected override async package(
    artifact: Artifact,
    signature: Signature,
  ): Promise<BundleWithDsseEnvelope> {
    const bundle = await super.package(artifact, signature);
    for (const sig of bundle.content.dsseEnvelope.signatures) sig.keyid = '';
    return bundle;
  }
}

/** Signs raw bytes (a simple-signing payload, a blob) into a message-signature bundle v0.3. */
export async function signMessage(payload: Buffer, deps: BundlerDeps): Promise<Bundle> {
  return new MessageSignatureV03BundleBuilder(deps).create({ data: payload });
}

/** Signs an in-toto statement into a DSSE bundle (v0.3, single certificate, as cosign v3 writes). */
export async function signStatement(statement: Statement, deps: BundlerDeps): Promise<Bundle> {
  return new CosignDSSEBundleBuilder({ ...deps, certificateChain: false }).create({
    data: Buffer.from(JSON.stringify(statement)),
    type: IN_TOTO_PAYLOAD_TYPE,
  });
}
