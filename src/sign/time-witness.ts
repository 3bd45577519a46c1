// The one rule "keyless needs Rekor or a TSA": a Fulcio certificate lives ten minutes, so a keyless
// signature is only checkable with a proof of when it was made (a tlog entry's integrated time or an
// RFC 3161 timestamp). Signing with a key needs neither. Used by sign, attest and attest-files alike.
import type { SignetError } from '../errors.ts';
import type { WitnessOptions } from './bundler.ts';
import { SignError } from './errors.ts';
import type { Signer } from './signer.ts';

/** True when the witnesses prove when a signature was made: a Rekor URL or a TSA URL. */
export function hasTimeWitness(witnesses: Pick<WitnessOptions, 'rekorURL' | 'tsaURL'>): boolean {
  return Boolean(witnesses.rekorURL || witnesses.tsaURL);
}

/**
 * The signer's public key (PEM) when it signs with a key, undefined when keyless. Learnt from one
 * signature over a payload it will sign anyway; a ReusableCertificateSigner keeps the certificate it
 * gets, so the probe costs no extra Fulcio call. `doing` names the work for messages (`signing …`).
 */
export async function probePublicKey(
  signer: Signer,
  doing: string,
  payload: Buffer,
  failed: (message: string, cause: unknown) => SignetError = signFailed,
): Promise<string | undefined> {
  try {
    const sig = await signer.sign(payload);
    return sig.key.$case === 'publicKey' ? sig.key.publicKey : undefined;
  } catch (err) {
    throw failed(`${doing}: ${(err as Error).message}`, err);
  }
}

/** Throws `invalid(message)` when a keyless signer (no `publicKey`) has neither Rekor nor a TSA. */
export function checkTimeWitness(
  witnesses: Pick<WitnessOptions, 'rekorURL' | 'tsaURL'>,
  publicKey: string | undefined,
  doing: string,
  invalid: (message: string) => SignetError,
): void {
  if (publicKey !== undefined || hasTimeWitness(witnesses)) return;
  throw invalid(
    `${doing}: keyless signing without a transparency log needs a timestamp authority: expected a Rekor URL or a TSA URL, got neither; set one, or sign with a key`,
  );
}

function signFailed(message: string, cause: unknown): SignetError {
  return new SignError('SIGN_FAILED', message, { cause });
}

/** checkTimeWitness, asking the signer what it is only when the witnesses leave it open. */
export async function requireTimeWitness(
  signer: Signer,
  witnesses: Pick<WitnessOptions, 'rekorURL' | 'tsaURL'>,
  doing: string,
  payload: Buffer,
  invalid: (message: string) => SignetError,
  failed?: (message: string, cause: unknown) => SignetError,
): Promise<void> {
  if (hasTimeWitness(witnesses)) return;
  checkTimeWitness(witnesses, await probePublicKey(signer, doing, payload, failed), doing, invalid);
}
