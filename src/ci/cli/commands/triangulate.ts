// `signet triangulate IMAGE`: where the signatures, attestations and bundles of an image live.
import { formatReference } from '../../../registry/index.ts';
import { triangulate } from '../../../verify/index.ts';
import type { Command } from '../command.ts';
import {
  imageArgument,
  outputFormat,
  REGISTRY_FLAGS,
  registryClient,
  signatureRepository,
} from '../../common/context.ts';
import { SIGNATURE_STORAGE_FLAGS } from '../flags.ts';

export const triangulateCommand: Command = {
  name: 'triangulate',
  usage: 'signet triangulate [--signature-repository REPO] [--output json] IMAGE',
  flags: {
    'signature-repository': SIGNATURE_STORAGE_FLAGS['signature-repository']!,
    output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    const image = imageArgument(positionals, 'triangulate');
    const output = outputFormat(flags);
    const sigRepo = signatureRepository(flags, host);
    const registry = await registryClient(flags, host, sigRepo ? [image, sigRepo] : [image]);
    try {
      const r = await triangulate({ image, signatureRepository: sigRepo }, { registry });
      if (output === 'json') {
        host.stdout(
          JSON.stringify({
            schema: 'signet.triangulate/v1',
            ...r,
            image: formatReference(r.image),
            signatureRepository: formatReference(r.signatureRepository),
          }) + '\n',
        );
        return 0;
      }
      for (const t of r.tags) host.stdout(`${t.kind}\t${t.reference}\t${t.exists ? 'present' : 'absent'}\n`);
      for (const item of r.referrers.items) {
        host.stdout(`referrer\t${item.reference}\t${item.artifactType ?? item.mediaType}\n`);
      }
      if (r.referrers.fallbackTag)
        host.stdout(`referrers-index\t${r.referrers.fallbackTag}\t${r.referrers.source}\n`);
      return 0;
    } finally {
      registry.close();
    }
  },
};
