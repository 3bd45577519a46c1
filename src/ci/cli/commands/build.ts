// `signet build` and `signet sbom`: the build stage (buildx, docker, buildah, or `none` for a digest
// another step pushed) and the SBOM stage, with docker/build-push-action's input names as flags.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { execFile } from '../../../build/exec.ts';
import { BUILDER_KINDS, buildImage, type BuildSecret, type BuilderKind } from '../../../build/index.ts';
import { formatReference } from '../../../registry/index.ts';
import { toBuildInput } from '../../common/build-options.ts';
import { collectSboms, toSbomFileName } from '../../../sbom/index.ts';
import { VERSION } from '../../../version.ts';
import { bool, list, str, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import {
  imageArgument,
  outputFormat,
  REGISTRY_FLAGS,
  registryClient,
  registryLogin,
} from '../../common/context.ts';
import { toBuilderEnv } from '../../common/builder-login.ts';
import type { Host } from '../../common/host.ts';

const resolvePath = (host: Host, p: string) => (isAbsolute(p) ? p : join(host.cwd, p));

/** `--secret id=NAME,env=VAR` (value from the environment) or `id=NAME,src=FILE`, as buildx. */
function secrets(values: string[], host: Host): BuildSecret[] {
  return values.map((v) => {
    const fields = Object.fromEntries(v.split(',').map((kv) => kv.split('=', 2) as [string, string]));
    if (!fields.id) throw new UsageError(`--secret needs id=NAME, got ${JSON.stringify(v)}`);
    if (fields.env) {
      const value = host.env[fields.env];
      if (value === undefined)
        throw new UsageError(`--secret ${fields.id}: environment variable ${fields.env} is not set`);
      return { id: fields.id, value };
    }
    if (fields.src) return { id: fields.id, src: resolvePath(host, fields.src) };
    throw new UsageError(`--secret ${fields.id}: give env=VAR or src=FILE`);
  });
}

export const buildCommand: Command = {
  name: 'build',
  usage: 'signet build --tags IMAGE [--builder buildx|docker|buildah|none] [flags] [CONTEXT]',
  flags: {
    builder: {
      type: 'string',
      value: 'KIND',
      description: `one of ${BUILDER_KINDS.join(', ')}`,
      default: 'buildx',
    },
    tags: { type: 'list', short: 't', value: 'IMAGE', description: 'name to push (repeatable)' },
    file: { type: 'string', short: 'f', value: 'FILE', description: 'Dockerfile' },
    platforms: { type: 'list', value: 'OS/ARCH', description: 'target platform (repeatable)' },
    'build-args': { type: 'list', value: 'KEY=VALUE', description: 'build argument (repeatable)' },
    labels: { type: 'list', value: 'KEY=VALUE', description: 'image label (repeatable)' },
    annotations: { type: 'list', value: 'SPEC', description: 'buildx annotation (repeatable)' },
    target: { type: 'string', value: 'STAGE', description: 'build stage' },
    secrets: {
      type: 'list',
      value: 'id=N,env=V|src=F',
      description: 'build secret (repeatable; values never in argv)',
    },
    'cache-from': { type: 'list', value: 'SPEC', description: 'cache source (repeatable)' },
    'cache-to': { type: 'list', value: 'SPEC', description: 'cache destination (repeatable)' },
    outputs: { type: 'list', value: 'SPEC', description: 'buildx --output besides the push (repeatable)' },
    push: { type: 'boolean', description: 'push the result (signing needs a pushed digest)', default: true },
    provenance: { type: 'string', value: 'VALUE', description: 'buildx --provenance' },
    sbom: { type: 'string', value: 'VALUE', description: 'buildx --sbom' },
    digest: {
      type: 'string',
      value: 'DIGEST',
      description: 'with --builder none: the digest another step pushed',
    },
    'buildx-builder': { type: 'string', value: 'NAME', description: 'buildx builder instance' },
    'buildkit-host': {
      type: 'string',
      value: 'ADDR',
      description:
        'build on this BuildKit daemon (tcp://HOST:PORT, unix:///PATH) as a remote builder (default $BUILDKIT_HOST)',
    },
    output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    if (positionals.length > 1) throw new UsageError('signet build takes at most one CONTEXT');
    const builder = str(flags, 'builder') ?? 'buildx';
    if (!(BUILDER_KINDS as readonly string[]).includes(builder)) {
      throw new UsageError(`--builder takes ${BUILDER_KINDS.join(', ')}, got ${JSON.stringify(builder)}`);
    }
    const output = outputFormat(flags);
    const input = toBuildInput(flags, {
      builder: builder as BuilderKind,
      context: positionals[0] ?? '.',
      buildxBuilder: str(flags, 'buildx-builder'),
      buildkitHost: str(flags, 'buildkit-host') ?? host.env.BUILDKIT_HOST,
      secrets: secrets(list(flags, 'secrets'), host),
      push: bool(flags, 'push'),
      cwd: host.cwd,
      workDir: '',
      label: (name) => `--${name}`,
    });
    const registry = await registryClient(flags, host, input.tags);
    const workDir = await mkdtemp(join(tmpdir(), 'signet-build-'));
    try {
      const env = await toBuilderEnv(host, input, workDir, await registryLogin(flags, host));
      const result = await buildImage(
        { ...input, workDir },
        { exec: execFile, readFile: (p) => host.readFile(p), registry, env },
      );
      if (output === 'json') {
        host.stdout(
          JSON.stringify({ schema: 'signet.build/v1', ...result, image: formatReference(result.image) }) +
            '\n',
        );
      } else {
        host.stdout(`${formatReference(result.image)}\n`);
        for (const m of result.manifests) host.stderr(`${m.platform}\t${m.digest}\n`);
      }
      for (const w of result.warnings) host.stderr(`warning: ${w}\n`);
      return 0;
    } finally {
      registry.close();
      await rm(workDir, { recursive: true, force: true });
    }
  },
};

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
