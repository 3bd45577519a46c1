// `signet verify-blob FILE`: a file (or sha256:<hex>) verified against its Sigstore bundle, with the same
// key, identity and trust flags as the image commands.
import { join, isAbsolute } from 'node:path';
import { formatBlobVerdict, toVerifyBlobJSON } from '../../../verify/index.ts';
import { parseBlobDigest, verifyBlob, type BlobArtifact } from '../../../blob/index.ts';
import { parsePredicateType } from '../../../attest/index.ts';
import { str, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { outputFormat, verifyPolicy } from '../../common/context.ts';
import { VERIFY_FLAGS } from '../flags.ts';
import type { Host } from '../../common/host.ts';

const resolve = (host: Host, p: string) => (isAbsolute(p) ? p : join(host.cwd, p));

function oneArgument(positionals: string[], command: string): string {
  if (positionals.length !== 1)
    throw new UsageError(`signet ${command} takes one FILE, got ${positionals.length}`);
  return positionals[0]!;
}

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
