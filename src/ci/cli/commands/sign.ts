// `signet sign IMAGE…`: sign images by digest (keyless or with a key) in both storage formats, with
// cosign's flags. Many images share one registry client and one signer (one Fulcio certificate for
// the run), run a few at a time, and each gets its own result; the command fails if any image failed.
import { formatReference } from '../../../registry/index.ts';
import { signImage, toSignaturesJSON, type SignResult } from '../../../sign/index.ts';
import { bool } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { annotations, outputFormat, REGISTRY_FLAGS, storageFormat } from '../../common/context.ts';
import { IMAGES_FLAGS, SIGNATURE_STORAGE_FLAGS, SIGNING_FLAGS } from '../flags.ts';
import { imagesArgument } from '../images.ts';
import { signEachImage } from '../sign-each-image.ts';
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
    return signEachImage('sign', images, flags, host, format !== 'bundle', async (image, deps) => {
      const result = await signImage(
        { image, format, recursive, signatureRepository: deps.signatureRepository, annotations: signed },
        deps,
      );
      printSigned(result, output, host);
      return result;
    });
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
