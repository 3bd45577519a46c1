// Builds the one RegistryClient a CI adapter hands to every stage, from the adapter's environment:
// the docker config (DOCKER_CONFIG or ~/.docker), explicit credentials, GITHUB_TOKEN for ghcr.io and
// CI_REGISTRY_* for the GitLab registry. Credentials only ever go to the registry they belong to.
import {
  RegistryClient,
  toCiCredentialSources,
  toDockerConfigPath,
  type CredentialSources,
} from '../../registry/index.ts';
import { execFile, withoutSecrets } from '../../build/exec.ts';
import type { Limits } from '../../limits.ts';

/** What an adapter knows about where credentials live. */
export interface RegistryContext {
  env: Readonly<Record<string, string | undefined>>;
  readFile(path: string): Promise<Buffer>;
  /** Registries (host[:port]) where plain HTTP is allowed besides loopback. */
  insecureRegistries?: string[];
  /** Username and password given as inputs, for one registry. */
  login?: { registry: string; username: string; password: string };
  /** Caps on what a registry can make the client read (src/limits.ts). */
  limits?: Partial<Limits>;
}

/** The docker config's path and text (DOCKER_CONFIG or ~/.docker); the text is absent when no file is there. */
export async function readDockerConfig(
  ctx: Pick<RegistryContext, 'env' | 'readFile'>,
): Promise<{ path?: string; text?: string }> {
  const path = toDockerConfigPath(ctx.env);
  if (!path) return {};
  try {
    return { path, text: (await ctx.readFile(path)).toString('utf8') };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return { path };
  }
}

/** Reads the credential sources an adapter's environment offers. */
export async function credentialSources(ctx: RegistryContext): Promise<CredentialSources> {
  const { path: dockerConfigPath, text: dockerConfigJson } = await readDockerConfig(ctx);
  return {
    ...toCiCredentialSources(ctx.env),
    ...(dockerConfigJson !== undefined ? { dockerConfigJson, dockerConfigPath } : {}),
    ...(ctx.login ? { explicit: [ctx.login] } : {}),
  };
}

/** The registry client every stage of one run shares. */
export async function createRegistryClient(ctx: RegistryContext): Promise<RegistryClient> {
  return new RegistryClient(
    {
      credentials: await credentialSources(ctx),
      insecureRegistries: ctx.insecureRegistries ?? [],
      ...(ctx.limits ? { limits: ctx.limits } : {}),
    },
    // Credential helpers see the adapter's environment (PATH, HOME, their own settings), without
    // Signet's secrets.
    { exec: execFile, helperEnv: withoutSecrets(ctx.env) },
  );
}
