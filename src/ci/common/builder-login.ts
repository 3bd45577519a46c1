// The builders (buildx, docker, buildah) push with the docker config's credentials, not with Signet's
// registry client. So that the credentials the CI surface was given (registry-username/-password, the
// job's GITHUB_TOKEN for ghcr.io, GitLab's CI_REGISTRY_USER/PASSWORD for $CI_REGISTRY) reach the push
// too, as docker/login-action would make them, the build runs with a private copy of the user's docker
// config (auths, credential helpers and store kept) plus those logins, for the pushed registry only.
// The copy lives in the run's 0700 work folder and is deleted with it. What the user's folder held
// stays reachable from the copy: its CLI plugins (`cliPluginsExtraDirs`), its buildx builder instances
// (BUILDX_CONFIG, where docker/setup-buildx-action registered them) and its credential store, which
// keeps serving every other registry (`credHelpers[host] = ""` sends only the injected hosts to auths).
import { dirname, join } from 'node:path';
import type { BuildInput } from '../../build/index.ts';
import { withoutSecrets } from '../../build/exec.ts';
import { toCiCredentialSources, type CredentialEnv } from '../../registry/index.ts';
import type { Host } from './host.ts';
import { readDockerConfig } from './registry.ts';
import { RegistryError } from '../../registry/errors.ts';

/** A username and password for one registry host[:port]. */
export interface Login {
  registry: string;
  username: string;
  password: string;
}

export interface DockerConfig {
  auths?: Record<string, unknown>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
  [key: string]: unknown;
}

/**
 * The logins a build to `registry` should push with: an explicit one first, else the CI's own token
 * for its registry, unless the user's config already holds a credential (auths entry or helper) for it.
 */
export function builderLogins(
  registry: string,
  env: CredentialEnv,
  explicit: Login | undefined,
  config: DockerConfig,
): Login[] {
  if (explicit && explicit.registry === registry) return [explicit];
  if (config.auths?.[registry] !== undefined || config.credHelpers?.[registry] !== undefined) return [];
  const ci = toCiCredentialSources(env);
  if (ci.github && registry === 'ghcr.io') {
    return [{ registry, username: ci.github.username ?? 'x-access-token', password: ci.github.token }];
  }
  if (ci.gitlab && ci.gitlab.registry === registry) return [{ ...ci.gitlab, registry }];
  return [];
}

/** The docker config's text, parsed (`{}` when there is none). */
export function parseDockerConfig(configText: string | undefined): DockerConfig {
  if (configText === undefined || configText.trim() === '') return {};
  try {
    return JSON.parse(configText) as DockerConfig;
  } catch (err) {
    throw new RegistryError(
      'REGISTRY_CREDENTIALS',
      'the docker config (DOCKER_CONFIG/config.json) is not JSON: fix or remove it',
      { cause: err },
    );
  }
}

/**
 * The docker config with `logins` added as `auths` entries (base64 `user:password`, as docker writes).
 * With a `credsStore`, docker would ask the store for every host and never read `auths`: an empty
 * `credHelpers` entry for each injected host sends those to `auths` and leaves the store the rest.
 * `pluginsDir`: the user's own `cli-plugins` folder, kept reachable through `cliPluginsExtraDirs`.
 */
export function withLogins(config: DockerConfig, logins: readonly Login[], pluginsDir?: string): string {
  const auths = { ...(config.auths ?? {}) };
  const credHelpers = { ...(config.credHelpers ?? {}) };
  for (const l of logins) {
    auths[l.registry] = { auth: Buffer.from(`${l.username}:${l.password}`).toString('base64') };
    if (config.credsStore) credHelpers[l.registry] = '';
  }
  const out: DockerConfig = { ...config, auths };
  if (config.credsStore || config.credHelpers) out.credHelpers = credHelpers;
  if (pluginsDir) {
    const extra = Array.isArray(config.cliPluginsExtraDirs) ? (config.cliPluginsExtraDirs as unknown[]) : [];
    out.cliPluginsExtraDirs = [pluginsDir, ...extra.filter((d) => typeof d === 'string' && d !== pluginsDir)];
  }
  return JSON.stringify(out, null, 2) + '\n';
}

/** The folder of the private docker config inside `workDir`. */
export const builderConfigDir = (workDir: string) => join(workDir, 'docker-config');

/**
 * The builder's environment: the host's without Signet's secrets (key password, OIDC and API tokens,
 * CI registry passwords), with DOCKER_CONFIG pointing at a private copy of the user's docker config
 * that also holds the logins the surface was given for the pushed registry. Registry credentials
 * reach a builder only that way.
 */
export async function toBuilderEnv(
  host: Pick<Host, 'env' | 'readFile' | 'writeFile'>,
  input: Pick<BuildInput, 'builder' | 'tags'>,
  workDir: string,
  login: { username: string; password: string } | undefined,
): Promise<Readonly<Record<string, string | undefined>>> {
  const env = withoutSecrets(host.env);
  if (input.builder === 'none' || input.tags.length === 0) return env;
  const registry = input.tags[0]!.registry;
  const { path, text } = await readDockerConfig({ env: host.env, readFile: (p) => host.readFile(p) });
  const config = parseDockerConfig(text);
  const logins = builderLogins(registry, host.env, login ? { registry, ...login } : undefined, config);
  if (logins.length === 0) return env;
  const dir = builderConfigDir(workDir);
  const userDir = path ? dirname(path) : undefined;
  await host.writeFile(
    join(dir, 'config.json'),
    withLogins(config, logins, userDir ? join(userDir, 'cli-plugins') : undefined),
    { mode: 0o600, overwrite: true },
  );
  // buildx keeps its builder instances under $DOCKER_CONFIG/buildx unless BUILDX_CONFIG says otherwise.
  const buildx = env.BUILDX_CONFIG ?? (userDir ? join(userDir, 'buildx') : undefined);
  return { ...env, DOCKER_CONFIG: dir, ...(buildx ? { BUILDX_CONFIG: buildx } : {}) };
}
