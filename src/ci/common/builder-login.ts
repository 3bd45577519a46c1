// The builders (buildx, docker, buildah) push with the docker config's credentials, not with Signet's
// registry client. So that the credentials the CI surface was given (registry-username/-password, the
// job's GITHUB_TOKEN for ghcr.io, GitLab's CI_REGISTRY_USER/PASSWORD for $CI_REGISTRY) reach the push
// too, as docker/login-action would make them, the build runs with a private copy of the user's docker
// config (auths, credential helpers and store kept) plus those logins, for the pushed registry only.
// The copy lives in the run's 0700 work folder and is deleted with it.
import { join } from 'node:path';
import { toCiCredentialSources, type CredentialEnv } from '../../registry/index.ts';

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
  } catch {
    throw new Error('the docker config (DOCKER_CONFIG/config.json) is not JSON: fix or remove it');
  }
}

/** The docker config with `logins` added as `auths` entries (base64 `user:password`, as docker writes). */
export function withLogins(config: DockerConfig, logins: readonly Login[]): string {
  const auths = { ...(config.auths ?? {}) };
  for (const l of logins) {
    auths[l.registry] = { auth: Buffer.from(`${l.username}:${l.password}`).toString('base64') };
  }
  return JSON.stringify({ ...config, auths }, null, 2) + '\n';
}

/** The folder of the private docker config inside `workDir`. */
export const builderConfigDir = (workDir: string) => join(workDir, 'docker-config');
