// `signet sign-blob` and `signet verify-blob`: files (release binaries, SBOMs, bundles) signed into a
// Sigstore bundle v0.3 beside them, with the same key, identity and trust flags as the image commands.
import { join, isAbsolute } from 'node:path';
import { formatBlobVerdict, toVerifyBlobJSON } from '../../../verify/index.ts';
import { parseBlobDigest, signBlob, verifyBlob, type BlobArtifact } from '../../../blob/index.ts';
import { createWitnesses } from '../../../sign/bundler.ts';
import { parsePredicateType } from '../../../attest/index.ts';
import { str, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { outputFormat, signingDeps, verifyPolicy } from '../../common/context.ts';
import { SIGNING_FLAGS, VERIFY_FLAGS } from '../flags.ts';
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

export const verifyBlobCommand: Command = {
  name: 'verify-blob',
  usage:
    'signet verify-blob --bundle B [--type TYPE] [--key KEY | --certificate-identity … --certificate-oidc-issuer …] FILE|sha256:<hex>',
  flags: {
    ...VERIFY_FLAGS,
    bundle: { type: 'string', value: 'B', description: 'the bundle to verify against (required)' },
    type: {
      type: 'string',
      value: 'TYPE',
      description:
        'verify an attestation about the blob, of this predicate type (cyclonedx, spdxjson, slsaprovenance1, custom or a URI), instead of a blob signature',
    },
  },
  async run({ flags, positionals }, host) {
    const arg = oneArgument(positionals, 'verify-blob');
    const bundlePath = str(flags, 'bundle');
    if (!bundlePath) throw new UsageError('--bundle B is required');
    const output = outputFormat(flags);
    const typeFlag = str(flags, 'type');
    let predicateType: string | undefined;
    try {
      predicateType = typeFlag === undefined ? undefined : parsePredicateType(typeFlag);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const policy = await verifyPolicy(flags, host);
    const digest = parseBlobDigest(arg);
    const blob: BlobArtifact = digest ? { digest } : { bytes: await host.readFile(resolve(host, arg)) };
    let bundleJSON: unknown;
    try {
      bundleJSON = JSON.parse((await host.readFile(resolve(host, bundlePath))).toString('utf8'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code) throw err;
      throw new UsageError(`--bundle ${bundlePath} is not JSON: ${(err as Error).message}`);
    }
    const result = verifyBlob({
      blob,
      bundleJSON,
      bundleSource: bundlePath,
      policy,
      ...(predicateType !== undefined ? { predicateType } : {}),
    });
    if (output === 'json')
      host.stdout(JSON.stringify(toVerifyBlobJSON(result.digest, result.signature, result.warnings)) + '\n');
    else host.stdout(formatBlobVerdict(result.digest, result.signature) + '\n');
    for (const w of result.warnings) host.stderr(`warning: ${w}\n`);
    return 0;
  },
};
