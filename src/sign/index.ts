// The sign stage's public API: sign an image by digest in cosign's legacy format, as a Sigstore bundle
// referrer, or both. The CLI and CI adapters build the deps (registry client, signer, witnesses).
export { signImage, toSignaturesJSON } from './sign-image.ts';
export { toSignTargets } from './sign-targets.ts';
export type {
  SignDeps,
  SignFormat,
  SignInput,
  SignRegistry,
  SignResult,
  StoredSignature,
} from './sign-image.ts';
export type { WitnessOptions } from './bundler.ts';
export type { Signature, Signer } from './signer.ts';
export { loadSigner, type LoadedSigner } from './load-signer.ts';
export { ReusableCertificateSigner, type FulcioOptions } from './reusable-certificate-signer.ts';
export { parseSigningConfig, selectServices } from './signing-config.ts';
export type { Clock } from './clock.ts';
export { COSIGN_SIGN_PREDICATE_TYPE } from './constants.ts';
export { SignError, type SignErrorCode } from './errors.ts';
export type { SettleOptions } from '../storage/signature-image.ts';
