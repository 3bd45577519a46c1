// The build stage: build and push with the chosen builder (or take a digest another step pushed), then
// read back from the registry what the digest holds. Processes run only through exec.ts, from argv
// arrays; output files are read through `deps.readFile`, which src/ci provides.
//
// Outline: (1) check the inputs for the builder before anything runs; (2) run the builder; (3) take the
// pushed digest from its own report (metadata file, push output, digest file), failing with the reason
// when there is none; (4) describe what is at the digest (platform and attestation manifests).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  formatReference,
  parseDigest,
  withIdentifier,
  type Digest,
  type ImageRef,
} from '../registry/index.ts';
import {
  buildBuildahBudArgs,
  buildBuildahPushArgs,
  parseBuildahDigestFile,
  toBuildahAuthFile,
} from './buildah-args.ts';
import type { BuildInput, BuildResult, BuilderKind } from './build-input.ts';
import { buildBuildxArgs } from './buildx-args.ts';
import { parseBuildxMetadata, toPushedDigest } from './buildx-metadata.ts';
import { DEFAULT_BUILD_TIMEOUT_MS } from './constants.ts';
import { buildDockerBuildArgs, buildDockerPushArgs, parseDockerPushOutput } from './docker-args.ts';
import { BuildError } from './errors.ts';
import type { ExecFile, ExecResult } from './exec.ts';
import { describePushedImage, type BuildRegistry } from './pushed-image.ts';
import { checkCommonInput } from './validate.ts';

/** What the build stage needs from its host: processes, files the builder wrote, the registry. */
export interface BuildDeps {
  exec: ExecFile;
  /** Reads a file the builder wrote under `input.workDir` (src/ci passes fs.readFile). */
  readFile(path: string): Promise<Uint8Array>;
  registry: BuildRegistry;
  /** The builder's whole environment (PATH, HOME, DOCKER_HOST, DOCKER_CONFIG, …). */
  env: Readonly<Record<string, string | undefined>>;
}

const INSTALL_HINT: Record<string, string> = {
  docker: 'install the Docker CLI (Debian: apt-get install docker.io)',
  buildx:
    'install the buildx plugin (docker/setup-buildx-action, or go install github.com/docker/buildx/cmd/buildx and link it as cli-plugins/docker-buildx in DOCKER_CONFIG)',
  buildah: 'install buildah (Debian: apt-get install buildah)',
};

function tail(text: string, secrets: readonly string[], lines = 25): string {
  let t = text.trimEnd().split('\n').slice(-lines).join('\n');
  for (const s of secrets) if (s) t = t.replaceAll(s, '***');
  return t;
}

/** Runs one builder process; maps a missing program and a non-zero exit to BuildErrors. */
async function runTool(
  deps: Omit<BuildDeps, 'registry'>,
  tool: 'docker' | 'buildx' | 'buildah',
  argv: string[],
  opts: { env?: Record<string, string>; timeoutMs: number; what: string },
): Promise<ExecResult> {
  const secrets = Object.values(opts.env ?? {});
  let res: ExecResult;
  try {
    res = await deps.exec(argv, { env: { ...deps.env, ...opts.env }, timeoutMs: opts.timeoutMs });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BuildError('BUILD_TOOL_MISSING', `${argv[0]} not found on PATH: ${INSTALL_HINT[tool]}`, {
        cause: err,
      });
    }
    throw new BuildError('BUILD_FAILED', `${opts.what}: could not start ${argv[0]}`, { cause: err });
  }
  if (res.code !== 0) {
    const out = `${res.stderr}\n${res.stdout}`;
    if (tool === 'buildx' && isMissingBuildxPlugin(out)) {
      throw new BuildError('BUILD_TOOL_MISSING', `docker buildx is not available: ${INSTALL_HINT.buildx}`);
    }
    throw new BuildError(
      'BUILD_FAILED',
      `${opts.what} failed (exit ${res.code}):\n${tail(res.stderr || res.stdout, secrets)}`,
    );
  }
  return res;
}

/** The version `docker buildx version` prints (`github.com/docker/buildx v0.38.2 <commit>`). */
export function parseBuildxVersion(stdout: string): string | undefined {
  return /github\.com\/docker\/buildx\s+(\S+)/.exec(stdout)?.[1];
}

/** True when docker's output says the buildx plugin is not installed. */
export function isMissingBuildxPlugin(output: string): boolean {
  return /'buildx' is not a docker command|unknown command: docker buildx|unknown command "buildx"/.test(
    output,
  );
}

async function readText(deps: BuildDeps, path: string, what: string): Promise<string> {
  try {
    return Buffer.from(await deps.readFile(path)).toString('utf8');
  } catch (err) {
    throw new BuildError('BUILD_INVALID_OUTPUT', `${what}: could not read ${path}`, { cause: err });
  }
}

const BUILDKIT_HOST_RE = /^(?:tcp:\/\/[A-Za-z0-9.-]+:[0-9]{1,5}|unix:\/\/\/[^\s]+)$/;

/** The name of the buildx builder Signet registers for a BuildKit endpoint (stable, so reruns reuse it). */
export function toRemoteBuilderName(endpoint: string): string {
  return `signet-remote-${createHash('sha256').update(endpoint).digest('hex').slice(0, 12)}`;
}

/**
 * With `buildkitHost` and no builder instance named: registers the daemon with buildx as a `remote`
 * driver builder (once: an existing instance of the same name is reused) and builds on it.
 */
async function withRemoteBuilder(input: BuildInput, deps: Omit<BuildDeps, 'registry'>): Promise<BuildInput> {
  const endpoint = input.buildkitHost;
  if (!endpoint || input.buildxBuilder) return input;
  if (!BUILDKIT_HOST_RE.test(endpoint)) {
    throw new BuildError(
      'BUILD_INVALID_INPUT',
      `buildkit-host ${JSON.stringify(endpoint)} is not a BuildKit address: use tcp://HOST:PORT or unix:///PATH`,
    );
  }
  const name = toRemoteBuilderName(endpoint);
  const known = await deps
    .exec(['docker', 'buildx', 'inspect', name], { env: { ...deps.env }, timeoutMs: 30_000 })
    .then((r) => r.code === 0)
    .catch(() => false);
  if (!known) {
    await runTool(
      deps,
      'buildx',
      ['docker', 'buildx', 'create', '--name', name, '--driver', 'remote', endpoint],
      {
        timeoutMs: 60_000,
        what: `docker buildx create --driver remote ${endpoint}`,
      },
    );
  }
  return { ...input, buildxBuilder: name };
}

async function pushWithBuildx(given: BuildInput, deps: BuildDeps, timeoutMs: number) {
  const input = await withRemoteBuilder(given, deps);
  const metadataFile = join(input.workDir, 'buildx-metadata.json');
  const { argv, env } = buildBuildxArgs(input, metadataFile);
  // Without the plugin, docker reports an unknown flag or command with exit 125; ask buildx itself
  // first so the error can name the install.
  const probe = await runTool(deps, 'buildx', ['docker', 'buildx', 'version'], {
    timeoutMs: 30_000,
    what: 'docker buildx version',
  }).catch((err: unknown) => {
    if (err instanceof BuildError && err.code === 'BUILD_FAILED') {
      throw new BuildError('BUILD_TOOL_MISSING', `docker buildx is not available: ${INSTALL_HINT.buildx}`, {
        cause: err,
      });
    }
    throw err;
  });
  const version = parseBuildxVersion(probe.stdout);
  await runTool(deps, 'buildx', ['docker', ...argv], { env, timeoutMs, what: 'docker buildx build' });
  const meta = parseBuildxMetadata(await readText(deps, metadataFile, 'buildx metadata file'));
  return { digest: toPushedDigest(meta), warnings: meta.warnings, toolVersion: version };
}

async function pushWithDocker(input: BuildInput, deps: BuildDeps, timeoutMs: number) {
  const argv = buildDockerBuildArgs(input, join(input.workDir, 'docker-iid'));
  await runTool(deps, 'docker', ['docker', ...argv], { timeoutMs, what: 'docker build' });
  const warnings: string[] = [];
  let first: Digest | undefined;
  for (const tag of input.tags) {
    const name = formatReference(tag);
    const res = await runTool(deps, 'docker', ['docker', ...buildDockerPushArgs(name)], {
      timeoutMs,
      what: `docker push ${name}`,
    });
    const digest = parseDigest(parseDockerPushOutput(res.stdout, name).digest);
    if (!first) first = digest;
    else if (digest !== first)
      warnings.push(`${name} was pushed as ${digest}, not ${first}; signing ${first}`);
  }
  return { digest: first!, warnings };
}

async function pushWithBuildah(input: BuildInput, deps: BuildDeps, timeoutMs: number) {
  const insecure = new Set(input.insecureRegistries ?? []);
  const tlsVerify = !input.tags.some((t) => insecure.has(t.registry));
  const bud = buildBuildahBudArgs(input, { iidFile: join(input.workDir, 'buildah-iid'), tlsVerify });
  await runTool(deps, 'buildah', ['buildah', ...bud.argv], { env: bud.env, timeoutMs, what: 'buildah bud' });
  const authFile = toBuildahAuthFile(deps.env);
  const warnings: string[] = [];
  let first: Digest | undefined;
  for (const [i, tag] of input.tags.entries()) {
    const digestFile = join(input.workDir, `buildah-digest-${i}`);
    const name = formatReference(tag);
    await runTool(
      deps,
      'buildah',
      ['buildah', ...buildBuildahPushArgs(input, tag, { digestFile, tlsVerify, authFile })],
      { timeoutMs, what: `buildah push ${name}` },
    );
    const digest = parseDigest(
      parseBuildahDigestFile(await readText(deps, digestFile, 'buildah digest file')),
    );
    if (!first) first = digest;
    else if (digest !== first)
      warnings.push(`${name} was pushed as ${digest}, not ${first}; signing ${first}`);
  }
  return { digest: first!, warnings };
}

function takeDigest(input: BuildInput) {
  if (!input.digest) {
    throw new BuildError(
      'BUILD_NO_DIGEST',
      'builder: none needs the digest of the pushed image (e.g. docker/build-push-action\'s "digest" output); none was given',
    );
  }
  return { digest: input.digest, warnings: [] as string[] };
}

/** Builds and pushes (or takes the given digest) and returns the pushed digest, platforms and names. */
export async function buildImage(input: BuildInput, deps: BuildDeps): Promise<BuildResult> {
  const timeoutMs = input.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS;
  // Signing needs a pushed digest: a build without push goes through buildWithoutPush.
  if (!input.push) checkCommonInput(input);
  let pushed: { digest: Digest; warnings: string[]; toolVersion?: string };
  switch (input.builder) {
    case 'buildx':
      pushed = await pushWithBuildx(input, deps, timeoutMs);
      break;
    case 'docker':
      pushed = await pushWithDocker(input, deps, timeoutMs);
      break;
    case 'buildah':
      pushed = await pushWithBuildah(input, deps, timeoutMs);
      break;
    case 'none':
      checkCommonInput(input);
      pushed = takeDigest(input);
      break;
    default:
      throw new BuildError('BUILD_INVALID_INPUT', `builder: unknown builder "${String(input.builder)}"`);
  }
  const first = input.tags[0]!;
  const described = await describePushedImage(deps.registry, first, pushed.digest).catch((err: unknown) => {
    if ((err as { code?: string }).code !== 'REGISTRY_NOT_FOUND') throw err;
    const where = formatReference(withIdentifier(first, { digest: pushed.digest }));
    throw new BuildError(
      'BUILD_NO_DIGEST',
      input.builder === 'none'
        ? `${where} does not exist: the digest input must name a manifest pushed to the first of tags`
        : `${input.builder} reported digest ${pushed.digest}, but ${where} does not exist: the image was not pushed there (loaded into the engine, or pushed elsewhere)`,
      { cause: err },
    );
  });
  // Every other name must hold the same digest too (a builder that pushed per tag, or `none` given
  // names the digest was never pushed to).
  const names: ImageRef[] = [first];
  for (const tag of input.tags.slice(1)) {
    if (tag.registry !== first.registry || tag.repository !== first.repository) {
      await deps.registry.getManifest(withIdentifier(tag, { digest: pushed.digest }));
    }
    names.push(tag);
  }
  return {
    builder: input.builder,
    digest: pushed.digest,
    mediaType: described.mediaType,
    image: withIdentifier(first, { digest: pushed.digest }),
    names,
    manifests: described.manifests,
    attestationManifests: described.attestationManifests,
    warnings: pushed.warnings,
    ...(pushed.toolVersion ? { builderVersion: pushed.toolVersion } : {}),
  };
}

/**
 * Builds without pushing, for a run that may not push (a pull request from a fork has no credentials
 * and no OIDC token): the build is checked, nothing is written anywhere and there is nothing to sign.
 */
export async function buildWithoutPush(
  input: BuildInput,
  deps: Omit<BuildDeps, 'registry'>,
): Promise<{ builder: BuilderKind; warnings: string[] }> {
  const timeoutMs = input.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS;
  const local = { ...input, push: false };
  switch (input.builder) {
    case 'buildx': {
      const remote = await withRemoteBuilder(local, deps);
      const { argv, env } = buildBuildxArgs(remote, join(input.workDir, 'buildx-metadata.json'));
      await runTool(deps, 'buildx', ['docker', ...argv], { env, timeoutMs, what: 'docker buildx build' });
      break;
    }
    case 'docker':
      await runTool(
        deps,
        'docker',
        ['docker', ...buildDockerBuildArgs(local, join(input.workDir, 'docker-iid'))],
        {
          timeoutMs,
          what: 'docker build',
        },
      );
      break;
    case 'buildah': {
      const bud = buildBuildahBudArgs(local, {
        iidFile: join(input.workDir, 'buildah-iid'),
        tlsVerify: true,
      });
      await runTool(deps, 'buildah', ['buildah', ...bud.argv], {
        env: bud.env,
        timeoutMs,
        what: 'buildah bud',
      });
      break;
    }
    default:
      throw new BuildError(
        'BUILD_INVALID_INPUT',
        `build: ${String(input.builder)} has nothing to build without a push`,
      );
  }
  return { builder: input.builder, warnings: [] };
}
