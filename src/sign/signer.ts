// The signing core's one abstraction: a Signer turns bytes into a signature plus the key material
// that verifies it (a Fulcio certificate or a public key). It is sigstore-js's own interface, so its
// FulcioSigner and bundle builders plug in unchanged; key-signer.ts and reusable-certificate-signer.ts
// are Signet's two implementations.
export type { Signature, Signer } from '@sigstore/sign';
