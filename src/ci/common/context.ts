// Turns option values (the CLI's flags, or the Action's and the component's inputs, read into the same
// shape under the same cosign names) and the host's environment into the typed inputs and deps of the
// stages: the registry client, the signer (key or keyless), the witnesses, the trust material and the
// verify policy. The one place that reads COSIGN_REPOSITORY, SIGSTORE_ID_TOKEN and GitHub's token variables.
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { getIdentityToken, type TokenClaims } from '../../oidc/token.ts';
import { parseReference, type ImageRef, type RegistryClient } from '../../registry/index.ts';
import type { Signer, WitnessOptions } from '../../sign/index.ts';
import { loadVerificationKey, parseKeyRef, PASSWORD_ENV } from '../../sign/keys/index.ts';
import { kubeSecretReader } from './kube-secret.ts';
import type { TufSigningConfigDeps } from '../../sign/public-good-signing-config.ts';
import {
  buildVerifyPolicy,
  fetchPublicGoodTrustedRoot,
  parseIdentityPolicy,
  parseTrustedRoot,
  type ClaimName,
  type VerifyPolicy,
} from '../../verify/index.ts';
import { LIMIT_NAMES, LIMITS_ENV, LimitSyntaxError, parseLimits, type Limits } from '../../limits.ts';
import { createRegistryClient } from './registry.ts';
import { loadSigningConfig, serviceURLs, tufSource } from './signing-services.ts';
import { bool, list, str, UsageError, type FlagSpecs, type FlagValues } from './values.ts';

// The signers (sigstore-js, the KMS clients) and the signing config reader load only when a command
// signs: `signet verify` never pays for them (issue 18).
import type { Host } from './host.ts';

/** The key-ref deps (file reads, env, GitLab API, KMS REST, Kubernetes secrets) from the host. */
export function keyRefDeps(host: Host) {
  return {
    readFile: (path: string) => host.readFile(path),
    env: host.env,
    fetch: (url: string, init: RequestInit) => host.fetch(url, init),
    kmsFetch: (url: string, init: RequestInit) => host.fetch(url, init),
    readKubernetesSecret: kubeSecretReader(host),
  };
}

/** Flags every command that talks to a registry takes (cosign's names). */
export const REGISTRY_FLAGS: FlagSpecs = {
  'allow-insecure-registry': {
    type: 'boolean',
    description: "allow plain HTTP to the image's registry (loopback registries always may)",
  },
  'allow-http-registry': { type: 'boolean', description: 'same as --allow-insecure-registry' },
  limit: {
    type: 'list',
    value: 'NAME=VALUE',
    description: `raise a cap on what a registry or image can make Signet read (repeatable; also $${LIMITS_ENV}), e.g. referrers=20000; caps: ${Object.values(LIMIT_NAMES).join(', ')}`,
  },
  'registry-username': { type: 'string', value: 'USER', description: "username for the image's registry" },
  'registry-password': {
    type: 'string',
    value: 'PASSWORD',
    description:
      "password for the image's registry (visible in ps: prefer --registry-password-file, $SIGNET_REGISTRY_PASSWORD or a docker config)",
  },
  'registry-password-file': {
    type: 'string',
    value: 'FILE',
    description: "a file holding the password for the image's registry",
  },
};

/** The environment forms of the registry login flags. */
export const REGISTRY_USERNAME_ENV = 'SIGNET_REGISTRY_USERNAME';
export const REGISTRY_PASSWORD_ENV = 'SIGNET_REGISTRY_PASSWORD';

/** Reads a secret from a file named by a flag: the text without its final newline. */
async function secretFile(host: Host, flag: string, path: string): Promise<string> {
  let text: string;
  try {
    text = (await host.readFile(path)).toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--${flag} ${path} cannot be read${code ? ` (${code})` : ''}`);
  }
  return text.replace(/\r?\n$/, '');
}

/** One secret from its flag, its `-file` flag or its environment variable, in that order; at most one flag. */
async function secretValue(
  flags: FlagValues,
  host: Host,
  flag: string,
  env: string | undefined,
): Promise<string | undefined> {
  const value = str(flags, flag);
  const file = str(flags, `${flag}-file`);
  if (value !== undefined && file !== undefined)
    throw new UsageError(`give --${flag} or --${flag}-file, not both`);
  if (file !== undefined) return await secretFile(host, `${flag}-file`, file);
  if (value !== undefined) return value;
  const fromEnv = env === undefined ? undefined : host.env[env];
  return fromEnv === '' ? undefined : fromEnv;
}

/** The registry login the flags (or their file and environment forms) give, if any. */
export async function registryLogin(
  flags: FlagValues,
  host: Host,
): Promise<{ username: string; password: string } | undefined> {
  const username = str(flags, 'registry-username') ?? (host.env[REGISTRY_USERNAME_ENV] || undefined);
  const password = await secretValue(flags, host, 'registry-password', REGISTRY_PASSWORD_ENV);
  if ((username === undefined) !== (password === undefined)) {
    throw new UsageError(
      `give both --registry-username and --registry-password (or --registry-password-file, $${REGISTRY_PASSWORD_ENV}), or neither`,
    );
  }
  return username !== undefined && password !== undefined ? { username, password } : undefined;
}

const CLAIM_FLAGS: Record<string, ClaimName> = {
  'source-repository-uri': 'sourceRepositoryURI',
  'source-repository-ref': 'sourceRepositoryRef',
  'source-repository-digest': 'sourceRepositoryDigest',
  'build-trigger': 'buildTrigger',
  'build-signer-uri': 'buildSignerURI',
  'build-signer-digest': 'buildSignerDigest',
  'runner-environment': 'runnerEnvironment',
};

/** Parses the one IMAGE argument. */
export function imageArgument(positionals: string[], command: string): ImageRef {
  if (positionals.length !== 1)
    throw new UsageError(`signet ${command} takes one IMAGE, got ${positionals.length}`);
  return parseReference(positionals[0]!);
}

/** `--signature-repository`, else COSIGN_REPOSITORY (cosign's variable), else none. */
export function signatureRepository(flags: FlagValues, host: Host): ImageRef | undefined {
  const value = str(flags, 'signature-repository') ?? host.env.COSIGN_REPOSITORY;
  return value ? parseReference(value) : undefined;
}

/**
 * The caps (src/limits.ts): the defaults, then SIGNET_LIMITS, then each `--limit NAME=VALUE` (the
 * Action's and the component's `limit` input). A malformed one is a usage error, never ignored.
 */
export function limitsFrom(flags: FlagValues, host: Pick<Host, 'env'>): Partial<Limits> {
  try {
    return parseLimits([host.env[LIMITS_ENV] ?? '', ...list(flags, 'limit')]);
  } catch (err) {
    if (err instanceof LimitSyntaxError) {
      throw new UsageError(`--limit (or ${LIMITS_ENV}): ${err.message}`);
    }
    throw err;
  }
}

/** The registry client for a run on `images`. */
export async function registryClient(
  flags: FlagValues,
  host: Host,
  images: ImageRef[],
): Promise<RegistryClient> {
  const insecure = bool(flags, 'allow-insecure-registry') || bool(flags, 'allow-http-registry');
  const login = await registryLogin(flags, host);
  return createRegistryClient({
    limits: limitsFrom(flags, host),
    env: host.env,
    readFile: (p) => host.readFile(p),
    insecureRegistries: insecure ? [...new Set(images.map((i) => i.registry))] : [],
    ...(login && images[0] ? { login: { registry: images[0].registry, ...login } } : {}),
  });
}

/** `--identity-token`, `--identity-token-file` or SIGSTORE_ID_TOKEN. */
export async function identityToken(flags: FlagValues, host: Host): Promise<string | undefined> {
  const given = str(flags, 'identity-token');
  const file = str(flags, 'identity-token-file');
  if (given !== undefined && file !== undefined)
    throw new UsageError('give --identity-token or --identity-token-file, not both');
  if (file !== undefined) return (await secretFile(host, 'identity-token-file', file)).trim();
  if (given === undefined) return host.env.SIGSTORE_ID_TOKEN || undefined;
  // cosign: a value that is not a JWT names a file holding one.
  if (given.split('.').length === 3) return given;
  // The value may be a mistyped token: never echo it, not even as a file name.
  try {
    return (await host.readFile(given)).toString('utf8').trim();
  } catch {
    throw new UsageError(
      '--identity-token is neither a JWT nor a readable file: pass the token with --identity-token-file or $SIGSTORE_ID_TOKEN',
    );
  }
}

/**
 * The host with COSIGN_PASSWORD taken from `--key-password-file` when given: the key loaders read the
 * password from the environment, as cosign's do.
 */
export async function withKeyPassword(flags: FlagValues, host: Host): Promise<Host> {
  const file = str(flags, 'key-password-file');
  if (file === undefined) return host;
  const password = await secretFile(host, 'key-password-file', file);
  return { ...host, env: { ...host.env, [PASSWORD_ENV]: password } };
}

/** Keyless signing with neither a log nor a TSA: its ten-minute certificate could never be checked. */
const NO_TIME_WITNESS =
  'keyless signing needs a transparency log or a timestamp authority: drop --tlog-upload=false or add --timestamp-server-url';

/** The signer and witnesses the flags ask for: a cosign key, or keyless through Fulcio. */
export async function signingDeps(
  flags: FlagValues,
  host: Host,
  opts: {
    onToken?(token: string, claims: TokenClaims): void;
    /** The legacy `.sig`/`.att` format will be written: only Rekor v1 logs can serve it. */
    legacyFormat?: boolean;
    /** The TUF client for the default signing config (tests inject one). */
    tuf?: TufSigningConfigDeps;
  } = {},
): Promise<{ signer: Signer; witnesses: WitnessOptions; publicKeyPem?: string; notices: string[] }> {
  const keyRef = str(flags, 'key');
  // Local checks first: a bad key or an unusable given token fails before any service (or TUF) is asked.
  const key = keyRef
    ? await (
        await import('../../sign/index.ts')
      ).loadSigner(parseKeyRef(keyRef), keyRefDeps(await withKeyPassword(flags, host)))
    : undefined;
  const tlog = flags['tlog-upload'] !== false;
  // The local refusals (a signing config file that is missing or malformed; keyless with no log and no
  // TSA) come before the token is looked at; the file is read and parsed once.
  let loaded = str(flags, 'signing-config')
    ? await loadSigningConfig(flags, host, { needsServices: true })
    : undefined;
  if (!key && !loaded && !tlog && !str(flags, 'timestamp-server-url')) {
    throw new UsageError(NO_TIME_WITNESS);
  }
  const explicit = key ? undefined : await identityToken(flags, host);
  const sources = {
    explicit,
    github:
      host.env.ACTIONS_ID_TOKEN_REQUEST_URL && host.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
        ? {
            requestURL: host.env.ACTIONS_ID_TOKEN_REQUEST_URL,
            requestToken: host.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
          }
        : undefined,
    onGitHubActions: host.env.GITHUB_ACTIONS === 'true',
    onGitLab: host.env.GITLAB_CI === 'true',
  };
  // A given token is checked (expiry, audience) at once, without a request; others are asked for lazily.
  if (explicit) await getIdentityToken(sources, { fetch: host.fetch });
  // With no file, public-good's from TUF (unless URL flags name the services; a key without a log
  // needs no service, so no TUF then).
  loaded ??= await loadSigningConfig(flags, host, { needsServices: !key || tlog }, opts.tuf);
  const urls = await serviceURLs(flags, loaded, opts.legacyFormat ?? false, !key);
  const notices = urls.notices;
  const witnesses: WitnessOptions = {
    rekorURL: urls.rekorURL,
    tsaURL: urls.tsaURL,
    ...(urls.rekorMajorApiVersion ? { rekorMajorApiVersion: urls.rekorMajorApiVersion } : {}),
    ...(urls.moreRekorLogs ? { moreRekorLogs: urls.moreRekorLogs } : {}),
    ...(urls.moreTsaURLs ? { moreTsaURLs: urls.moreTsaURLs } : {}),
  };
  if (key) return { signer: key.signer, witnesses, publicKeyPem: key.publicKeyPem, notices };
  if (!urls.rekorURL && !urls.tsaURL) {
    throw new UsageError(NO_TIME_WITNESS);
  }
  // Asked for lazily, once per certificate: a run that fails earlier never requests a token.
  const getToken = async () => {
    const { token, claims } = await getIdentityToken(sources, { fetch: host.fetch });
    opts.onToken?.(token, claims);
    return token;
  };
  const { ReusableCertificateSigner } = await import('../../sign/index.ts');
  return {
    signer: new ReusableCertificateSigner({ fulcioURL: urls.fulcioURL, getToken }),
    witnesses,
    notices,
  };
}

/** The trusted root: `--trusted-root`, else public-good Sigstore through TUF (cached like cosign's). */
export async function trustedRoot(flags: FlagValues, host: Host): Promise<TrustedRoot> {
  const path = str(flags, 'trusted-root');
  if (path) {
    let json: unknown;
    try {
      json = JSON.parse((await host.readFile(path)).toString('utf8'));
    } catch (err) {
      throw new UsageError(`--trusted-root ${path} is not JSON: ${(err as Error).message}`);
    }
    return parseTrustedRoot(json, path);
  }
  return fetchPublicGoodTrustedRoot(tufSource(host));
}

/** The verify policy the flags describe. */
export async function verifyPolicy(flags: FlagValues, host: Host): Promise<VerifyPolicy> {
  const keyRef = str(flags, 'key');
  const insecureIgnoreTlog = bool(flags, 'insecure-ignore-tlog');
  const claims: Partial<Record<ClaimName, string>> = {};
  for (const [flag, claim] of Object.entries(CLAIM_FLAGS)) {
    const v = str(flags, flag);
    if (v !== undefined) claims[claim] = v;
  }
  const identity = {
    certificateIdentity: str(flags, 'certificate-identity'),
    certificateIdentityRegexp: str(flags, 'certificate-identity-regexp'),
    certificateOidcIssuer: str(flags, 'certificate-oidc-issuer'),
    certificateOidcIssuerRegexp: str(flags, 'certificate-oidc-issuer-regexp'),
    claims,
    allowAnyIdentity: bool(flags, 'allow-any-identity'),
  };
  // Check the identity flags before any network or file access: a bad policy fails at once.
  if (!keyRef) parseIdentityPolicy(identity);
  const publicKey = keyRef ? await loadVerificationKey(parseKeyRef(keyRef), keyRefDeps(host)) : undefined;
  // A key without tlog checks needs no trusted root: do not reach for TUF then.
  const needsRoot = !publicKey || !insecureIgnoreTlog || str(flags, 'trusted-root') !== undefined;
  return buildVerifyPolicy({
    trustedRoot: needsRoot ? await trustedRoot(flags, host) : undefined,
    publicKey,
    identity,
    insecureIgnoreTlog,
  });
}

/** A `legacy|bundle|both` storage-format flag (`--signature-format`, `--attestation-format`); default both. */
export function storageFormat(flags: FlagValues, name: string): 'legacy' | 'bundle' | 'both' {
  const f = str(flags, name) ?? 'both';
  if (f !== 'legacy' && f !== 'bundle' && f !== 'both') {
    throw new UsageError(`--${name} takes legacy, bundle or both, got ${JSON.stringify(f)}`);
  }
  return f;
}

/** `--output`: text or json. */
export function outputFormat(flags: FlagValues): 'text' | 'json' {
  const o = str(flags, 'output') ?? 'text';
  if (o !== 'text' && o !== 'json')
    throw new UsageError(`--output takes text or json, got ${JSON.stringify(o)}`);
  return o;
}

/** cosign `-a key=value` annotations. */
export function annotations(flags: FlagValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of list(flags, 'annotations')) {
    const i = a.indexOf('=');
    if (i <= 0) throw new UsageError(`--annotations takes key=value, got ${JSON.stringify(a)}`);
    out[a.slice(0, i)] = a.slice(i + 1);
  }
  return out;
}
