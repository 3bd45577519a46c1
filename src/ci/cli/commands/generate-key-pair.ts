// `signet generate-key-pair`: a cosign key pair (cosign.key, cosign.pub), or one stored where --key-ref says.
import { join } from 'node:path';
import {
  generateKeyPair,
  K8S_SECRET_KEYS,
  KEY_FILES,
  kmsDeps,
  parseKeyRef,
  PASSWORD_ENV,
  publicKeyPem,
} from '../../../sign/keys/index.ts';
import { KmsError, openKmsKey } from '../../../sign/kms/index.ts';
import { str, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { keyRefDeps } from '../../common/context.ts';
import { kubeSecretCreator } from '../../common/kube-secret.ts';
import type { Host } from '../../common/host.ts';

async function newPassword(host: Host): Promise<string> {
  const fromEnv = host.env[PASSWORD_ENV];
  if (fromEnv !== undefined) return fromEnv; // set-but-empty is a valid (empty) password, as in cosign
  if (!host.interactive) {
    throw new UsageError(
      `set ${PASSWORD_ENV} to the password for the new key (an empty value means no password)`,
    );
  }
  const first = await host.promptSecret('Enter password for private key: ');
  const again = await host.promptSecret('Enter password for private key again: ');
  if (first !== again) throw new UsageError('passwords do not match');
  return first;
}

export const generateKeyPairCommand: Command = {
  name: 'generate-key-pair',
  usage: 'signet generate-key-pair [--output-key-prefix PREFIX] [--kms URI | k8s://NAMESPACE/SECRET]',
  flags: {
    kms: {
      type: 'string',
      value: 'URI',
      description:
        'create the key in a KMS (hashivault://KEY, awskms:///alias/NAME) and write only its public key',
    },
    'output-key-prefix': {
      type: 'string',
      value: 'PREFIX',
      description: 'file name prefix of the key files',
      default: 'cosign',
    },
  },
  async run({ flags, positionals }, host) {
    if (positionals.length > 1 || (positionals.length === 1 && !positionals[0]!.startsWith('k8s://'))) {
      throw new UsageError(
        'generate-key-pair writes files, a k8s://NAMESPACE/SECRET secret, or a KMS key with --kms: writing keys to GitLab is not supported',
      );
    }
    const prefix = str(flags, 'output-key-prefix') ?? 'cosign';
    const kms = str(flags, 'kms');
    if (kms !== undefined) {
      const ref = parseKeyRef(kms);
      if (ref.kind !== 'kms') {
        throw new UsageError(
          `--kms takes a KMS key URI (hashivault://KEY, awskms:///alias/NAME), got ${kms}`,
        );
      }
      const key = await openKmsKey(ref.kms, kmsDeps(ref.kms.uri, keyRefDeps(host)));
      if (!key.create) {
        throw new KmsError(
          'KMS_CREATE_UNSUPPORTED',
          `${kms}: Signet cannot create keys in this KMS: create it with the provider's CLI, then sign with --key ${kms}`,
        );
      }
      const pem = publicKeyPem(await key.create());
      await host.writeFile(join(host.cwd, `${prefix}.pub`), pem, {
        mode: KEY_FILES.publicKey.mode,
        overwrite: true,
      });
      host.stderr(`Public key written to ${prefix}.pub\n`);
      return 0;
    }
    if (positionals.length === 1) {
      const ref = parseKeyRef(positionals[0]!);
      if (ref.kind !== 'k8s') throw new UsageError(`expected k8s://NAMESPACE/SECRET, got ${positionals[0]}`);
      const secretPassword = await newPassword(host);
      const pair = await generateKeyPair(secretPassword);
      const made = await kubeSecretCreator(host)(ref.namespace, ref.name, {
        [K8S_SECRET_KEYS.privateKey]: pair.privateKeyPem,
        [K8S_SECRET_KEYS.publicKey]: pair.publicKeyPem,
        [K8S_SECRET_KEYS.password]: secretPassword,
      });
      if (made === 'exists') {
        throw new UsageError(
          `${positionals[0]} already exists: delete the secret or choose another name (Signet does not replace a key)`,
        );
      }
      await host.writeFile(join(host.cwd, `${prefix}.pub`), pair.publicKeyPem, {
        mode: KEY_FILES.publicKey.mode,
        overwrite: true,
      });
      host.stderr(
        `Created secret ${ref.name} in namespace ${ref.namespace}\nPublic key written to ${prefix}.pub\n`,
      );
      return 0;
    }
    const keyPath = join(host.cwd, `${prefix}.key`);
    const pubPath = join(host.cwd, `${prefix}.pub`);
    const password = await newPassword(host);
    const pair = await generateKeyPair(password);
    try {
      await host.writeFile(keyPath, pair.privateKeyPem, { mode: KEY_FILES.privateKey.mode });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new UsageError(`${prefix}.key already exists: remove it or choose another --output-key-prefix`);
      }
      throw err;
    }
    await host.writeFile(pubPath, pair.publicKeyPem, { mode: KEY_FILES.publicKey.mode, overwrite: true });
    host.stderr(`Private key written to ${prefix}.key\nPublic key written to ${prefix}.pub\n`);
    return 0;
  },
};
