// `signet sbom IMAGE`: an image's SBOM per platform: BuildKit's attestation, a given file, or generated from
// its layers.
import { isAbsolute, join } from 'node:path';
import { collectSboms, toSbomFileName } from '../../../sbom/index.ts';
import { VERSION } from '../../../version.ts';
import { list, str, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { imageArgument, REGISTRY_FLAGS, registryClient } from '../../common/context.ts';
import type { Host } from '../../common/host.ts';

const resolvePath = (host: Host, p: string) => (isAbsolute(p) ? p : join(host.cwd, p));

export const sbomCommand: Command = {
  name: 'sbom',
  usage: 'signet sbom [--sbom-file FILE] [--source buildkit,file,generate] [--output-dir DIR] IMAGE@DIGEST',
  flags: {
    'sbom-file': {
      type: 'string',
      value: 'FILE',
      description: 'an SPDX or CycloneDX JSON file to use (validated)',
    },
    source: {
      type: 'list',
      value: 'SRC',
      description: 'buildkit, file or generate, in order (default all three)',
    },
    'output-dir': {
      type: 'string',
      value: 'DIR',
      description: 'write one SBOM per platform here (default: stdout)',
    },
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    const image = imageArgument(positionals, 'sbom');
    if (!image.digest)
      throw new UsageError('signet sbom takes an image by digest (name@sha256:…): resolve tags first');
    const sources = list(flags, 'source').flatMap((s) => s.split(','));
    for (const s of sources) {
      if (!['buildkit', 'file', 'generate'].includes(s))
        throw new UsageError(`--source ${s}: expected buildkit, file or generate`);
    }
    const filePath = str(flags, 'sbom-file');
    const registry = await registryClient(flags, host, [image]);
    try {
      const result = await collectSboms(
        {
          image,
          ...(sources.length > 0 ? { sources: sources as ('buildkit' | 'file' | 'generate')[] } : {}),
          ...(filePath
            ? { file: { name: filePath, bytes: await host.readFile(resolvePath(host, filePath)) } }
            : {}),
          tool: { name: 'signet', version: VERSION },
          limits: registry.limits,
        },
        { registry, now: () => new Date() },
      );
      const outDir = str(flags, 'output-dir');
      for (const s of result.sboms) {
        const name = toSbomFileName(s);
        if (outDir)
          await host.writeFile(join(resolvePath(host, outDir), name), s.json, {
            mode: 0o644,
            overwrite: true,
          });
        else host.stdout(s.json.endsWith('\n') ? s.json : s.json + '\n');
        host.stderr(
          `${s.source}\t${s.format}\t${s.subject}${s.platform ? `\t${s.platform}` : ''}${outDir ? `\t${name}` : ''}\n`,
        );
      }
      for (const w of result.warnings) host.stderr(`warning: ${w}\n`);
      return 0;
    } finally {
      registry.close();
    }
  },
};
