// From a parsed KMS key URI to its provider's KmsKey. Each provider module is imported only when its
// scheme is used, so a run with a key file never loads the AWS SDK or the REST clients.
import type { KmsDeps, KmsKey } from './kms-key.ts';
import type { KmsRef } from './kms-ref.ts';

/** The KmsKey `ref` names; no I/O happens until its publicKey() or sign() is called. */
export async function openKmsKey(ref: KmsRef, deps: KmsDeps): Promise<KmsKey> {
  switch (ref.provider) {
    case 'hashivault':
      return new (await import('./hashivault.ts')).HashiVaultKey(ref, deps);
    case 'awskms':
      return new (await import('./awskms.ts')).AwsKmsKey(ref, deps);
    case 'gcpkms':
      return new (await import('./gcpkms.ts')).GcpKmsKey(ref, deps);
    case 'azurekms':
      return new (await import('./azurekms.ts')).AzureKmsKey(ref, deps);
    case 'pkcs11':
      return new (await import('./pkcs11.ts')).Pkcs11Key(ref, deps);
  }
}
