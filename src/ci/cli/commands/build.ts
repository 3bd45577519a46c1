// `signet build`: build and push an image (buildx, docker, buildah) and print its digest.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { execFile } from '../../../build/exec.ts';
import { BUILDER_KINDS, buildImage, type BuildSecret, type BuilderKind } from '../../../build/index.ts';
import { formatReference } from '../../../registry/index.ts';
import { toBuildInput } from '../../common/build-options.ts';
import { bool, list, str, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { outputFormat, REGISTRY_FLAGS, registryClient, registryLogin } from '../../common/context.ts';
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
