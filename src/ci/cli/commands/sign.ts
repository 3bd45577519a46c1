// `signet sign IMAGE…`: sign images by digest (keyless or with a key) in both storage formats, with
// cosign's flags. Many images share one registry client and one signer (one Fulcio certificate for
// the run), run a few at a time, and each gets its own result; the command fails if any image failed.
import { formatReference, type ImageRef } from '../../../registry/index.ts';
import { signImage, toSignaturesJSON, type SignResult } from '../../../sign/index.ts';
import { bool } from '../../common/values.ts';
import type { Command } from '../command.ts';
import {
  annotations,
  outputFormat,
  REGISTRY_FLAGS,
  registryClient,
  signatureRepository,
  signingDeps,
  storageFormat,
} from '../../common/context.ts';
import { IMAGES_FLAGS, SIGNATURE_STORAGE_FLAGS, SIGNING_FLAGS } from '../flags.ts';
import { concurrencyFlag, forEachImage, imagesArgument, reportFailures } from '../images.ts';
import type { Host } from '../../common/host.ts';

export const signCommand: Command = {
  name: 'sign',
  usage: 'signet sign [--key KEY | --identity-token T] [flags] IMAGE… [--images-from FILE]',
  flags: {
    ...SIGNING_FLAGS,
    ...SIGNATURE_STORAGE_FLAGS,
    recursive: {
      type: 'boolean',
      short: 'r',
      description: 'for an index, also sign every platform manifest',
      default: true,
    },
    annotations: {
      type: 'list',
      short: 'a',
      value: 'KEY=VALUE',
      description: 'annotation to sign with the image',
    },
    output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
    ...IMAGES_FLAGS,
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    const images = await imagesArgument(positionals, flags, host, 'sign');
    const output = outputFormat(flags);
    const format = storageFormat(flags, 'signature-format');
    const signed = annotations(flags);
    const recursive = bool(flags, 'recursive');
    const concurrency = concurrencyFlag(flags, 'write');
    const sigRepo = signatureRepository(flags, host);
    const registry = await registryClient(flags, host, sigRepo ? [...images, sigRepo] : images);
    try {
      // One signer for every image: keyless asks Fulcio once for the run.
      const { signer, witnesses, notices } = await signingDeps(flags, host, {
        legacyFormat: format !== 'bundle',
      });
      for (const n of notices) host.stderr(`warning: ${n}\n`);
      const sign = (image: ImageRef) =>
        signImage(
          { image, format, recursive, signatureRepository: sigRepo, annotations: signed },
          { registry, signer, witnesses },
        );
      if (images.length === 1) {
        printSigned(await sign(images[0]!), output, host);
        return 0;
      }
      const outcomes = await forEachImage(images, concurrency, async (image) => {
        const result = await sign(image);
        printSigned(result, output, host);
        return result;
      });
      return reportFailures('sign', outcomes, host, 'signed');
    } finally {
      registry.close();
    }
  },
};

function printSigned(result: SignResult, output: 'text' | 'json', host: Host): void {
  if (output === 'json') {
    host.stdout(
      JSON.stringify({
        schema: 'signet.sign/v1',
        image: formatReference(result.image),
        digest: result.digest,
        signatures: toSignaturesJSON(result.signatures),
        warnings: result.warnings,
      }) + '\n',
    );
  } else {
    host.stdout(`${formatReference(result.image)}\n`);
    for (const s of result.signatures) {
      const what = s.unchanged ? 'already signed' : 'signed';
      const log = s.logIndex !== undefined ? ` (rekor log index ${s.logIndex})` : '';
      host.stderr(`${what} ${s.subject.digest} [${s.format}] -> ${formatReference(s.location)}${log}\n`);
    }
  }
  for (const w of result.warnings) host.stderr(`warning: ${w}\n`);
}
