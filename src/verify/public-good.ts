// The default trust: the public-good Sigstore trusted root, fetched and verified through TUF by
// @sigstore/tuf (the client cosign and sigstore-js use, with the same embedded root of trust). The
// fetch is injected so the error mapping is tested without a network; src/ci passes the cache folder.
import type { TUFOptions } from '@sigstore/tuf';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { VerifyError } from './errors.ts';

/** The public-good TUF repository (the same mirror cosign and sigstore-js use). */
export const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';

/** Where and how to fetch the trusted root. */
export interface PublicGoodInput {
  /** TUF metadata cache folder (cosign uses ~/.sigstore/root); @sigstore/tuf's default when absent. */
  cachePath?: string;
  /** A TUF mirror other than the public-good one. */
  mirrorURL?: string;
  /** Initial root.json of that mirror (needed for any mirror but the public-good one). */
  rootPath?: string;
  timeoutMs?: number;
  retries?: number;
}

/** The TUF fetch; @sigstore/tuf's `getTrustedRoot` unless a test injects another. */
export interface PublicGoodDeps {
  getTrustedRoot?: (options: TUFOptions) => Promise<TrustedRoot>;
}

/** @sigstore/tuf's options for a mirror (public-good by default), with Signet's timeout and retries. */
export function toTufOptions(input: PublicGoodInput): TUFOptions & { mirrorURL: string } {
  const options: TUFOptions & { mirrorURL: string } = {
    mirrorURL: input.mirrorURL ?? PUBLIC_GOOD_TUF_URL,
    timeout: input.timeoutMs ?? 15_000,
    retry: { retries: input.retries ?? 2 },
  };
  if (input.cachePath !== undefined) options.cachePath = input.cachePath;
  if (input.rootPath !== undefined) options.rootPath = input.rootPath;
  return options;
}

/** Fetches the public-good trusted root; throws VERIFY_INVALID_TRUST with the offline fix when it cannot. */
export async function fetchPublicGoodTrustedRoot(
  input: PublicGoodInput = {},
  deps: PublicGoodDeps = {},
): Promise<TrustedRoot> {
  const options = toTufOptions(input);
  const { mirrorURL } = options;
  try {
    // @sigstore/tuf (and its HTTP client) loads only when the public-good root is asked for: never for
    // --trusted-root or a key without tlog checks.
    const getTrustedRoot = deps.getTrustedRoot ?? (await import('@sigstore/tuf')).getTrustedRoot;
    return await getTrustedRoot(options);
  } catch (err) {
    throw new VerifyError(
      'VERIFY_INVALID_TRUST',
      `cannot fetch the Sigstore trusted root from ${mirrorURL} (${describeTufError(err)}): pass --trusted-root <trusted_root.json> to verify offline or against a private Sigstore`,
      { cause: err },
    );
  }
}

/** One line for a TUF failure: its code and the innermost cause (DNS, refused, bad metadata). */
export function describeTufError(err: unknown): string {
  const parts: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 5; depth++) {
    const e = cur as { code?: unknown; message?: unknown; cause?: unknown };
    const text = [
      typeof e.code === 'string' ? e.code : undefined,
      typeof e.message === 'string' ? e.message : undefined,
    ]
      .filter((s): s is string => !!s)
      .join(': ');
    if (text && !parts.some((p) => p.includes(text))) parts.push(text);
    cur = e.cause;
  }
  return parts.join(' <- ') || String(err);
}
