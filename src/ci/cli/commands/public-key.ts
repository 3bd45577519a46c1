// `signet public-key`: the public key of a cosign private key (a file, env://, gitlab://, k8s:// or KMS).
import { join } from 'node:path';
import { parseKeyRef } from '../../../sign/keys/index.ts';
import { loadSigner } from '../../../sign/index.ts';
import { str, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { keyRefDeps, withKeyPassword } from '../../common/context.ts';

export const publicKeyCommand: Command = {
  name: 'public-key',
  usage: 'signet public-key --key KEY [--outfile FILE]',
  flags: {
    key: {
      type: 'string',
      value: 'KEY',
      description: 'private key: a file, env://VAR, gitlab://PROJECT, k8s://NS/SECRET or a KMS URI',
    },
    'key-password-file': {
      type: 'string',
      value: 'FILE',
      description: 'a file holding the password of --key (default $COSIGN_PASSWORD)',
    },
    outfile: { type: 'string', value: 'FILE', description: 'write the public key here instead of stdout' },
  },
  async run({ flags, positionals }, host) {
    if (positionals.length > 0) throw new UsageError('signet public-key takes no arguments, only flags');
    const ref = str(flags, 'key');
    if (!ref) throw new UsageError('--key is required');
    const key = await loadSigner(parseKeyRef(ref), keyRefDeps(await withKeyPassword(flags, host)));
    const out = str(flags, 'outfile');
    if (out) await host.writeFile(join(host.cwd, out), key.publicKeyPem, { mode: 0o644, overwrite: true });
    else host.stdout(key.publicKeyPem);
    return 0;
  },
};
