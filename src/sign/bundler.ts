// Turns payloads into Sigstore bundles with sigstore-js's bundle builders: the signer signs, then the
// witnesses add a Rekor entry and/or an RFC 3161 timestamp. Message signatures back the legacy
// format (cosign signs the simple-signing payload); DSSE in-toto statements back the bundle format
// and attestations.
import { createHash } from 'node:crypto';
import { toMessageSignatureBundle, type BundleWithDsseEnvelope } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { dsse } from '@sigstore/core';
import {
  DSSEBundleBuilder,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Artifact,
  type Bundle,
  type Signature,
  type SignatureBundle,
  type VerificationMaterial,
  type Witness,
} from '@sigstore/sign';
import { IN_TOTO_PAYLOAD_TYPE } from './constants.ts';
import { SignError } from './errors.ts';
import { decodePemBlocks } from './pem.ts';
import type { Signer } from './signer.ts';
import type { Statement } from './statement.ts';

/** The transparency and timestamp services a signature goes through. */
export interface WitnessOptions {
  /** Rekor base URL (v1 API unless `rekorMajorApiVersion` says 2); absent = no tlog entry (only allowed with a key or a TSA). */
  rekorURL?: string;
  /** The Rekor API `rekorURL` speaks: 1 (default) or 2 (rekor-tiles; no signed entry timestamps). */
  rekorMajorApiVersion?: 1 | 2;
  /** Further logs a signing config's EXACT/ALL selector asked for, each making its own entry. */
  moreRekorLogs?: { url: string; majorApiVersion: 1 | 2 }[];
  /** RFC 3161 timestamp endpoint (full URL, as cosign's --timestamp-server-url). */
  tsaURL?: string;
  /** Further TSAs a signing config's EXACT/ALL selector asked for, each adding its own timestamp. */
  moreTsaURLs?: string[];
  timeoutMs?: number;
  retries?: number;
}

/** Everything needed to make a bundle. */
export interface BundlerDeps {
  signer: Signer;
  witnesses: Witness[];
}

/**
 * Logs a DSSE envelope in Rekor v2 as a `hashedrekord` v0.0.2 entry over the digest of its pre-authentication
 * encoding (PAE), the bytes the envelope signature signs. rekor-tiles v2.3.0 accepts hashedrekord entries
 * only (a `dsseRequestV002` is refused with 400 "invalid type, must be hashedrekord"), and cosign v3.1.3
 * logs its attestations this way against the same server; @sigstore/verify and sigstore-go check such an
 * entry against the envelope (the signed digest is the PAE's).
 */
class RekorV2DsseWitness implements Witness {
  private readonly inner: RekorWitness;
  constructor(inner: RekorWitness) {
    this.inner = inner;
  }
  async testify(content: SignatureBundle, publicKey: string): Promise<VerificationMaterial> {
    if (content.$case !== 'dsseEnvelope') return this.inner.testify(content, publicKey);
    const env = content.dsseEnvelope;
    const signature = env.signatures[0]?.sig;
    if (!signature) throw new SignError('SIGN_FAILED', 'dsse envelope has no signature to log');
    const pae = dsse.preAuthEncoding(env.payloadType, env.payload);
    return this.inner.testify(
      {
        $case: 'messageSignature',
        messageSignature: {
          messageDigest: {
            algorithm: HashAlgorithm.SHA2_256,
            digest: createHash('sha256').update(pae).digest(),
          },
          signature,
        },
      },
      publicKey,
    );
  }
}

/** The logs `opts` names, first `rekorURL`, then `moreRekorLogs`. */
export function rekorLogs(opts: WitnessOptions): { url: string; majorApiVersion: 1 | 2 }[] {
  return [
    ...(opts.rekorURL ? [{ url: opts.rekorURL, majorApiVersion: opts.rekorMajorApiVersion ?? 1 }] : []),
    ...(opts.moreRekorLogs ?? []),
  ];
}

/**
 * Refuses the legacy `.sig`/`.att` format with a Rekor v2 log: that format carries the entry as a Rekor v1
 * bundle annotation with a signed entry timestamp, which Rekor v2 does not make, so no verifier (cosign,
 * policy-controller, Kyverno) could check it. cosign v3 writes Rekor v2 entries only into bundles.
 */
export function refuseLegacyWithRekorV2(opts: WitnessOptions, flag: string): void {
  if (!rekorLogs(opts).some((l) => l.majorApiVersion === 2)) return;
  throw new SignError(
    'SIGN_UNSUPPORTED_COMBINATION',
    `${flag} legacy (or both) cannot carry a Rekor v2 entry (no signed entry timestamp for the .sig/.att bundle annotation): set ${flag} to bundle, or use a signing config with a Rekor v1 log`,
  );
}

/** Builds the witnesses for `opts`: Rekor (dsse entries for envelopes, hashedrekord otherwise) and a TSA. */
export function createWitnesses(opts: WitnessOptions, entryType: 'dsse' | 'hashedrekord'): Witness[] {
  const fetchOptions = { timeout: opts.timeoutMs ?? 30_000, retry: { retries: opts.retries ?? 2 } };
  const witnesses: Witness[] = [];
  for (const log of rekorLogs(opts)) {
    if (log.majorApiVersion === 2) {
      const v2 = new RekorWitness({ rekorBaseURL: log.url, majorApiVersion: 2, ...fetchOptions });
      witnesses.push(entryType === 'dsse' ? new RekorV2DsseWitness(v2) : v2);
      continue;
    }
    witnesses.push(
      new RekorWitness({
        rekorBaseURL: log.url,
        ...(entryType === 'dsse' ? { entryType: 'dsse' as const } : {}),
        fetchOnConflict: true,
        ...fetchOptions,
      }),
    );
  }
  for (const tsa of [...(opts.tsaURL ? [opts.tsaURL] : []), ...(opts.moreTsaURLs ?? [])]) {
    witnesses.push(new TSAWitness({ tsaBaseURL: tsa, ...fetchOptions }));
  }
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
        ? decodePemBlocks(signature.key.certificate, 'CERTIFICATE')[0]
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
