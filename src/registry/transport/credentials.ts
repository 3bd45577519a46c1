// Finds the credential for one registry from sources the CI adapter gathered (src/ci reads env and
// files; this module only decides). Docker's rules: `credHelpers[host]`, then `credsStore`, then
// `auths[host]` in config.json. Precedence across sources: explicit username/password, then the docker
// config the user logged in with, then the CI's ambient token (GITHUB_TOKEN for ghcr.io,
// CI_REGISTRY_USER/CI_REGISTRY_PASSWORD for $CI_REGISTRY).
// A credential is only ever returned for the exact host[:port] it was stored under: @sigstore/oci
// before 0.7.1 matched registries loosely and sent credentials to the wrong host.
import type { ExecFile } from '../../build/exec.ts';
import { DOCKER_HUB_CONFIG_KEY, DOCKER_HUB_REGISTRY } from '../constants.ts';
import { RegistryError } from '../errors.ts';

/** A secret for one registry. Serialising or inspecting it shows no secret. */
export interface Credential {
  username?: string;
  password?: string;
  /** An OAuth2 refresh token (`identitytoken` in config.json), exchanged at the token realm. */
  identityToken?: string;
  /** A bearer token sent as is (`registrytoken`). */
  registryToken?: string;
  /** Where the credential came from, for messages: `docker config auths`, `GITHUB_TOKEN`, … */
  source: string;
}

/** Every place a credential may come from, as data gathered by src/ci. */
export interface CredentialSources {
  /** Username/password given as inputs, each for one registry host[:port]. */
  explicit?: { registry: string; username: string; password: string }[];
  /** The text of `$DOCKER_CONFIG/config.json` (or `~/.docker/config.json`), when it exists. */
  dockerConfigJson?: string;
  /** Its path, only for messages. */
  dockerConfigPath?: string;
  /** GITHUB_TOKEN (and the actor as username), used for ghcr.io only. */
  github?: { token: string; username?: string };
  /** CI_REGISTRY, CI_REGISTRY_USER, CI_REGISTRY_PASSWORD, used for CI_REGISTRY only. */
  gitlab?: { registry: string; username: string; password: string };
}

/** How credential helpers are run: through src/build/exec.ts, with the environment src/ci chose. */
export interface CredentialDeps {
  exec: ExecFile;
  helperEnv?: Record<string, string | undefined>;
}

/** The environment values credential discovery uses; src/ci passes them in (it alone reads env). */
export interface CredentialEnv {
  DOCKER_CONFIG?: string;
  HOME?: string;
  GITHUB_TOKEN?: string;
  GITHUB_ACTOR?: string;
  CI_REGISTRY?: string;
  CI_REGISTRY_USER?: string;
  CI_REGISTRY_PASSWORD?: string;
}

/** Where Docker keeps config.json: `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`. */
export function toDockerConfigPath(env: CredentialEnv): string | undefined {
  if (env.DOCKER_CONFIG) return `${env.DOCKER_CONFIG.replace(/\/+$/, '')}/config.json`;
  if (env.HOME) return `${env.HOME.replace(/\/+$/, '')}/.docker/config.json`;
  return undefined;
}

/** The CI's ambient credentials (GITHUB_TOKEN for ghcr.io, CI_REGISTRY_* for CI_REGISTRY), as sources. */
export function toCiCredentialSources(env: CredentialEnv): Pick<CredentialSources, 'github' | 'gitlab'> {
  const out: Pick<CredentialSources, 'github' | 'gitlab'> = {};
  if (env.GITHUB_TOKEN) out.github = { token: env.GITHUB_TOKEN, username: env.GITHUB_ACTOR };
  if (env.CI_REGISTRY && env.CI_REGISTRY_USER && env.CI_REGISTRY_PASSWORD) {
    out.gitlab = {
      registry: env.CI_REGISTRY,
      username: env.CI_REGISTRY_USER,
      password: env.CI_REGISTRY_PASSWORD,
    };
  }
  return out;
}

interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string; registrytoken?: string }
  >;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

const GHCR = 'ghcr.io';
const HELPER_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Marks a credential's secrets as hidden from JSON.stringify and util.inspect. */
export function toCredential(c: Credential): Credential {
  const out = { ...c };
  const shown = () => ({ source: c.source, username: c.username, secret: 'redacted' });
  Object.defineProperty(out, 'toJSON', { value: shown, enumerable: false });
  Object.defineProperty(out, Symbol.for('nodejs.util.inspect.custom'), { value: shown, enumerable: false });
  return out;
}

/** Docker's key normalisation (`ConvertToHostname`): scheme and path dropped; Docker Hub's aliases unified. */
export function toConfigHost(key: string): string {
  let h = key.trim().toLowerCase();
  h = h.replace(/^https?:\/\//, '');
  h = h.split('/')[0] ?? '';
  if (h === 'index.docker.io' || h === 'registry-1.docker.io') return DOCKER_HUB_REGISTRY;
  return h;
}

/** Parses config.json text; a malformed file is an error naming the file, not a silent anonymous pull. */
export function parseDockerConfig(text: string, path = 'docker config.json'): DockerConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new RegistryError(
      'REGISTRY_CREDENTIALS',
      `reading ${path}: not valid JSON; fix or remove the file`,
      {
        cause: err,
      },
    );
  }
  if (typeof parsed !== 'object' || parsed === null)
    throw new RegistryError(
      'REGISTRY_CREDENTIALS',
      `reading ${path}: not a JSON object; fix or remove the file`,
    );
  return parsed as DockerConfig;
}

function fromAuthEntry(
  entry: NonNullable<DockerConfig['auths']>[string],
  source: string,
): Credential | undefined {
  if (entry.identitytoken) return { identityToken: entry.identitytoken, username: entry.username, source };
  if (entry.registrytoken) return { registryToken: entry.registrytoken, source };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i < 0) {
      throw new RegistryError(
        'REGISTRY_CREDENTIALS',
        `${source}: "auth" is not base64 of "username:password"`,
      );
    }
    return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source };
  }
  if (entry.username && entry.password) return { username: entry.username, password: entry.password, source };
  return undefined;
}

/** Asks `docker-credential-<helper>` for the credential of `registry`; undefined when it has none. */
export async function runCredentialHelper(
  helper: string,
  registry: string,
  deps: CredentialDeps,
): Promise<Credential | undefined> {
  if (!HELPER_NAME_RE.test(helper)) {
    throw new RegistryError(
      'REGISTRY_CREDENTIALS',
      `credential helper name "${helper}" is not a plain name; expected letters, digits, ".", "_" or "-"`,
    );
  }
  const serverUrl = registry === DOCKER_HUB_REGISTRY ? DOCKER_HUB_CONFIG_KEY : registry;
  const bin = `docker-credential-${helper}`;
  let res;
  try {
    res = await deps.exec([bin, 'get'], { input: serverUrl, env: deps.helperEnv, timeoutMs: 30_000 });
  } catch (err) {
    throw new RegistryError(
      'REGISTRY_CREDENTIALS',
      `running ${bin} for ${registry}: ${(err as Error).message}; install it or remove "${helper}" from the docker config`,
      { cause: err },
    );
  }
  return parseHelperOutput(bin, registry, res);
}

/** Interprets a credential helper's `get` answer (protocol: docker/docker-credential-helpers). */
export function parseHelperOutput(
  bin: string,
  registry: string,
  res: { code: number; stdout: string; stderr: string },
): Credential | undefined {
  const text = `${res.stdout}\n${res.stderr}`.toLowerCase();
  if (res.code !== 0) {
    if (text.includes('credentials not found')) return undefined;
    const why = (res.stderr || res.stdout).trim().split('\n')[0]?.slice(0, 200) ?? '';
    throw new RegistryError(
      'REGISTRY_CREDENTIALS',
      `${bin} get ${registry}: exit ${res.code}${why ? `: ${why}` : ''}`,
    );
  }
  let out: { Username?: unknown; Secret?: unknown };
  try {
    out = JSON.parse(res.stdout) as typeof out;
  } catch {
    throw new RegistryError(
      'REGISTRY_CREDENTIALS',
      `${bin} get ${registry}: expected JSON on stdout, got something else`,
    );
  }
  if (typeof out.Secret !== 'string' || out.Secret === '') return undefined;
  const source = bin;
  if (out.Username === '<token>') return { identityToken: out.Secret, source };
  return { username: typeof out.Username === 'string' ? out.Username : '', password: out.Secret, source };
}

/** The credential for `registry` (host[:port] as in an ImageRef), or undefined for anonymous access. */
export async function resolveCredential(
  registry: string,
  sources: CredentialSources,
  deps: CredentialDeps,
): Promise<Credential | undefined> {
  const host = toConfigHost(registry);
  const found = await findCredential(host, sources, deps);
  return found ? toCredential(found) : undefined;
}

async function findCredential(
  host: string,
  sources: CredentialSources,
  deps: CredentialDeps,
): Promise<Credential | undefined> {
  for (const e of sources.explicit ?? []) {
    if (toConfigHost(e.registry) === host) {
      return { username: e.username, password: e.password, source: `username/password for ${e.registry}` };
    }
  }
  if (sources.dockerConfigJson !== undefined) {
    const path = sources.dockerConfigPath ?? 'docker config.json';
    const cfg = parseDockerConfig(sources.dockerConfigJson, path);
    const helper = Object.entries(cfg.credHelpers ?? {}).find(([k]) => toConfigHost(k) === host)?.[1];
    if (helper) {
      const c = await runCredentialHelper(helper, host, deps);
      if (c) return c;
    } else if (cfg.credsStore) {
      const c = await runCredentialHelper(cfg.credsStore, host, deps);
      if (c) return c;
    }
    for (const [key, entry] of Object.entries(cfg.auths ?? {})) {
      if (toConfigHost(key) !== host || typeof entry !== 'object' || entry === null) continue;
      const c = fromAuthEntry(entry, `${path} auths["${key}"]`);
      if (c) return c;
    }
  }
  if (sources.github && host === GHCR) {
    // ghcr.io accepts any non-empty username with a GITHUB_TOKEN; the actor is the conventional one.
    return {
      username: sources.github.username || 'github-actions',
      password: sources.github.token,
      source: 'GITHUB_TOKEN',
    };
  }
  if (sources.gitlab && toConfigHost(sources.gitlab.registry) === host) {
    return {
      username: sources.gitlab.username,
      password: sources.gitlab.password,
      source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD',
    };
  }
  return undefined;
}
