// `signet sign-blob FILE`: a file signed into a Sigstore bundle v0.3 beside it, as cosign sign-blob --bundle.
import { join, isAbsolute } from 'node:path';
import { signBlob } from '../../../blob/index.ts';
import { createWitnesses } from '../../../sign/bundler.ts';
import { str, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { signingDeps } from '../../common/context.ts';
import { SIGNING_FLAGS } from '../flags.ts';
import type { Host } from '../../common/host.ts';

const resolve = (host: Host, p: string) => (isAbsolute(p) ? p : join(host.cwd, p));

function oneArgument(positionals: string[], command: string): string {
  if (positionals.length !== 1)
    throw new UsageError(`signet ${command} takes one FILE, got ${positionals.length}`);
  return positionals[0]!;
}

export const signBlobCommand: Command = {
  name: 'sign-blob',
  usage: 'signet sign-blob [--key KEY | --identity-token T] --bundle OUT FILE',
  flags: {
    ...SIGNING_FLAGS,
    bundle: { type: 'string', value: 'OUT', description: 'where to write the bundle (required)' },
  },
  async run({ flags, positionals }, host) {
    const file = oneArgument(positionals, 'sign-blob');
    const out = str(flags, 'bundle');
    if (!out) throw new UsageError('--bundle OUT is required: the bundle is the signature');
    const bytes = await host.readFile(resolve(host, file));
    const { signer, witnesses, notices } = await signingDeps(flags, host);
    for (const n of notices) host.stderr(`warning: ${n}\n`);
    const result = await signBlob(bytes, { signer, witnesses: createWitnesses(witnesses, 'hashedrekord') });
    await host.writeFile(resolve(host, out), JSON.stringify(result.bundleJSON), {
      mode: 0o644,
      overwrite: true,
    });
    host.stderr(`signed ${file} (${result.digest}); bundle written to ${out}\n`);
    return 0;
  },
};
