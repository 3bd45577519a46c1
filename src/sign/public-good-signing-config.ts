// The default signing config: public-good Sigstore's `signing_config.v0.2.json`, a target of its TUF
// repository, fetched and verified by @sigstore/tuf from the root of trust it embeds (the same target
// cosign v3 reads when no `--signing-config` and no service URL flag is given). The metadata and the
// target are cached in `cachePath`, as the trusted root is; the TUF client is injected in tests so no
// test reaches the Internet.
import type { TUFOptions } from '@sigstore/tuf';
import {
  describeTufError,
  PUBLIC_GOOD_TUF_URL,
  toTufOptions,
  type PublicGoodInput,
} from '../verify/public-good.ts';
import { SignError } from './errors.ts';

export { PUBLIC_GOOD_TUF_URL };
/** The TUF target name of the signing config (sigstore/root-signing `targets/`). */
export const SIGNING_CONFIG_TARGET = 'signing_config.v0.2.json';

/** Where the signing config comes from: the same TUF repository as the trusted root. */
export type TufSigningConfigInput = PublicGoodInput;

/** The TUF target read; @sigstore/tuf's client unless a test injects another. */
export interface TufSigningConfigDeps {
  getTarget?: (options: TUFOptions, target: string) => Promise<string>;
}

async function tufTarget(options: TUFOptions, target: string): Promise<string> {
  // @sigstore/tuf (and its HTTP client) loads only when the default signing config is asked for.
  const { initTUF } = await import('@sigstore/tuf');
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
  const options = toTufOptions(input);
  const { mirrorURL } = options;
  let text: string;
  try {
    text = await (deps.getTarget ?? tufTarget)(options, SIGNING_CONFIG_TARGET);
  } catch (err) {
    throw new SignError(
      'SIGN_FAILED',
      `cannot fetch the Sigstore signing config ${SIGNING_CONFIG_TARGET} from ${mirrorURL} (${describeTufError(err).replace(/\s*\n\s*/g, ' ')}): pass --signing-config <signing_config.json> (input signing-config) to sign offline or with a private Sigstore`,
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
