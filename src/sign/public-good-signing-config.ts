// The default signing config: public-good Sigstore's `signing_config.v0.2.json`, a target of its TUF
// repository, fetched and verified by @sigstore/tuf from the root of trust it embeds (the same target
// cosign v3 reads when no `--signing-config` and no service URL flag is given). The metadata and the
// target are cached in `cachePath`, as the trusted root is; the TUF client is injected in tests so no
// test reaches the Internet.
import { initTUF, type TUFOptions } from '@sigstore/tuf';
import { SignError } from './errors.ts';

/** The public-good TUF repository (the mirror cosign and sigstore-js use). */
export const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
/** The TUF target name of the signing config (sigstore/root-signing `targets/`). */
export const SIGNING_CONFIG_TARGET = 'signing_config.v0.2.json';

/** Where the signing config comes from. */
export interface TufSigningConfigInput {
  /** TUF metadata cache folder; @sigstore/tuf's default when absent. */
  cachePath?: string;
  /** A mirror other than the public-good one (needs `rootPath`). */
  mirrorURL?: string;
  /** The initial root.json of that mirror. */
  rootPath?: string;
  timeoutMs?: number;
  retries?: number;
}

/** The TUF target read; @sigstore/tuf's client unless a test injects another. */
export interface TufSigningConfigDeps {
  getTarget?: (options: TUFOptions, target: string) => Promise<string>;
}

async function tufTarget(options: TUFOptions, target: string): Promise<string> {
  return (await initTUF(options)).getTarget(target);
}

/**
 * Fetches the signing config from a TUF repository (public-good by default) and returns it JSON-parsed,
 * unvalidated (parseSigningConfig checks it). Throws SIGN_FAILED with the offline fix when it cannot.
 */
export async function fetchTufSigningConfig(
  input: TufSigningConfigInput = {},
  deps: TufSigningConfigDeps = {},
): Promise<unknown> {
  const mirrorURL = input.mirrorURL ?? PUBLIC_GOOD_TUF_URL;
  const options: TUFOptions = {
    mirrorURL,
    timeout: input.timeoutMs ?? 15_000,
    retry: { retries: input.retries ?? 2 },
  };
  if (input.cachePath !== undefined) options.cachePath = input.cachePath;
  if (input.rootPath !== undefined) options.rootPath = input.rootPath;
  let text: string;
  try {
    text = await (deps.getTarget ?? tufTarget)(options, SIGNING_CONFIG_TARGET);
  } catch (err) {
    throw new SignError(
      'SIGN_FAILED',
      `cannot fetch the Sigstore signing config ${SIGNING_CONFIG_TARGET} from ${mirrorURL} (${describe(err)}): pass --signing-config <signing_config.json> (input signing-config) to sign offline or with a private Sigstore`,
      { cause: err },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new SignError(
      'SIGN_INVALID_INPUT',
      `${SIGNING_CONFIG_TARGET} from ${mirrorURL} is not JSON: ${(err as Error).message}`,
      { cause: err },
    );
  }
}

function describe(err: unknown): string {
  const parts: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 5; depth++) {
    const e = cur as { code?: unknown; message?: unknown; cause?: unknown };
    const text = [e.code, e.message].filter((s): s is string => typeof s === 'string' && s !== '').join(': ');
    if (text && !parts.some((p) => p.includes(text))) parts.push(text);
    cur = e.cause;
  }
  return (parts.join(' <- ') || String(err)).replace(/\s*\n\s*/g, ' ');
}
