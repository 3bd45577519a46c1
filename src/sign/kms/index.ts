// Keys held in a KMS (cosign's hashivault://, openbao://, awskms://, gcpkms://, azurekms:// URIs):
// parse the URI, open the provider's key, sign through it. I/O comes in through KmsDeps from src/ci.
export { KmsError, type KmsErrorCode } from './errors.ts';
export type { KmsFetch } from './http.ts';
export type { KmsDeps, KmsKey } from './kms-key.ts';
export { isKmsUri, KMS_SCHEMES, parseKmsRef, type KmsRef } from './kms-ref.ts';
export { openKmsKey } from './open-kms-key.ts';
export { isPkcs11Uri, parsePkcs11Ref, type Pkcs11Ref } from './pkcs11-ref.ts';
