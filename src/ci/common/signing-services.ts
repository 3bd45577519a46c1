// Where a signature goes: the signing config (`--signing-config`, or public-good's from TUF as cosign v3
// reads it) with the deprecated URL flags as overrides, or the URL flags alone. Shared by the signer set-up
// (context.ts) and the public-logs check of a private repository (public-logs.ts).
import { join } from 'node:path';
import type { TufSigningConfigDeps } from '../../sign/public-good-signing-config.ts';
import type { SigningConfig } from '../../sign/signing-config.ts';
import type { Host } from './host.ts';
import { str, UsageError, type FlagValues } from './values.ts';

/** Public-good Sigstore, as cosign defaults to. */
export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';

export interface ServiceURLs {
  fulcioURL: string;
  rekorURL?: string;
  rekorMajorApiVersion?: 1 | 2;
  moreRekorLogs?: { url: string; majorApiVersion: 1 | 2 }[];
  tsaURL?: string;
  /** Further TSAs a signing config's EXACT/ALL selector asked for. */
  moreTsaURLs?: string[];
  /** Deprecation notices for URL flags given next to a signing config. */
  notices: string[];
}

/** A URL flag the user set (not its default). */
function givenURL(flags: FlagValues, name: string, dflt?: string): string | undefined {
  const v = str(flags, name);
  return v !== undefined && v !== dflt ? v : undefined;
}

/** The TUF mirror and cache of the default trust material: public-good, or SIGNET_TUF_URL + SIGNET_TUF_ROOT. */
export function tufSource(host: Host): { cachePath?: string; mirrorURL?: string; rootPath?: string } {
  const home = host.env.HOME;
  return {
    ...(home ? { cachePath: join(home, '.sigstore', 'signet-tuf') } : {}),
    ...(host.env.SIGNET_TUF_URL ? { mirrorURL: host.env.SIGNET_TUF_URL } : {}),
    ...(host.env.SIGNET_TUF_ROOT ? { rootPath: host.env.SIGNET_TUF_ROOT } : {}),
  };
}

/** The service URL flags: with none of them set, the signing config comes from TUF (cosign v3). */
const URL_FLAGS: [string, string | undefined][] = [
  ['fulcio-url', DEFAULT_FULCIO_URL],
  ['rekor-url', DEFAULT_REKOR_URL],
  ['timestamp-server-url', undefined],
];

/**
 * The signing config a signature follows, JSON-parsed, and where it came from: `--signing-config`;
 * else, when no service URL flag is set (and a service is needed), public-good's from TUF as cosign v3
 * does; else none (the URL flags alone).
 */
export async function signingConfigDocument(
  flags: FlagValues,
  host: Host,
  opts: { needsServices: boolean },
  deps: TufSigningConfigDeps = {},
): Promise<{ json: unknown; source: string } | undefined> {
  const configPath = str(flags, 'signing-config');
  if (configPath) {
    let json: unknown;
    try {
      json = JSON.parse((await host.readFile(configPath)).toString('utf8'));
    } catch (err) {
      throw new UsageError(`--signing-config ${configPath} is not JSON: ${(err as Error).message}`);
    }
    return { json, source: `signing config ${configPath}` };
  }
  if (!opts.needsServices || URL_FLAGS.some(([f, d]) => givenURL(flags, f, d) !== undefined))
    return undefined;
  const tuf = tufSource(host);
  const { fetchTufSigningConfig, PUBLIC_GOOD_TUF_URL, SIGNING_CONFIG_TARGET } =
    await import('../../sign/public-good-signing-config.ts');
  const json = await fetchTufSigningConfig(tuf, deps);
  return { json, source: `${SIGNING_CONFIG_TARGET} from ${tuf.mirrorURL ?? PUBLIC_GOOD_TUF_URL}` };
}

/** The signing config to use (as signingConfigDocument), parsed and checked. */
export async function loadSigningConfig(
  flags: FlagValues,
  host: Host,
  opts: { needsServices: boolean },
  deps: TufSigningConfigDeps = {},
): Promise<{ config: SigningConfig; source: string } | undefined> {
  const doc = await signingConfigDocument(flags, host, opts, deps);
  if (!doc) return undefined;
  const { parseSigningConfig } = await import('../../sign/signing-config.ts');
  return { config: parseSigningConfig(doc.json, doc.source), source: doc.source };
}

/** Public-good Sigstore's Rekor logs: rekor.sigstore.dev and its Rekor v2 shards (log2025-1.rekor.sigstore.dev). */
export function isPublicRekor(url: string): boolean {
  const host = new URL(url).host;
  return host === 'rekor.sigstore.dev' || host.endsWith('.rekor.sigstore.dev');
}

/**
 * The Fulcio and Rekor logs keyless signing with these flags would send a signature to, read from the
 * signing config's contents (a given file or, with no URL flag, public-good's) with the URL flags'
 * overrides: what the public-logs check of a private repository looks at.
 */
export async function signingDestinations(
  flags: FlagValues,
  host: Host,
): Promise<{ fulcioURLs: string[]; rekorURLs: string[] }> {
  const tlog = flags['tlog-upload'] !== false;
  const fulcioFlag = givenURL(flags, 'fulcio-url', DEFAULT_FULCIO_URL);
  const rekorFlag = givenURL(flags, 'rekor-url', DEFAULT_REKOR_URL);
  const configPath = str(flags, 'signing-config');
  if (!configPath) {
    // No config: the URL flags, else public-good (its signing config lists only public-good services).
    const anyFlag = URL_FLAGS.some(([f, d]) => givenURL(flags, f, d) !== undefined);
    return {
      fulcioURLs: [fulcioFlag ?? DEFAULT_FULCIO_URL],
      rekorURLs: tlog ? [anyFlag ? (rekorFlag ?? DEFAULT_REKOR_URL) : DEFAULT_REKOR_URL] : [],
    };
  }
  const { config, source } = (await loadSigningConfig(flags, host, { needsServices: true }))!;
  const { reachableServices } = await import('../../sign/signing-config.ts');
  const reach = reachableServices(config, source, new Date());
  return {
    fulcioURLs: fulcioFlag ? [fulcioFlag] : reach.fulcioURLs,
    rekorURLs: !tlog ? [] : rekorFlag ? [rekorFlag] : reach.rekorURLs,
  };
}

/**
 * The services a signature goes through: `--signing-config`, or public-good's from TUF when no service
 * URL flag is set (selected as sigstore-go does), with `--fulcio-url`, `--rekor-url`,
 * `--timestamp-server-url` and `--tlog-upload=false` as overrides of a given config (cosign v3 deprecates
 * them in favour of the signing config; Signet keeps them, with a notice); else the URL flags.
 */
export async function serviceURLs(
  flags: FlagValues,
  loaded: { config: SigningConfig; source: string } | undefined,
  legacyFormat: boolean,
  keyless: boolean,
): Promise<ServiceURLs> {
  const tlog = flags['tlog-upload'] !== false;
  if (loaded) {
    const { config, source } = loaded;
    const { selectServices } = await import('../../sign/signing-config.ts');
    const picked = selectServices(config, source, {
      now: new Date(),
      maxRekorVersion: legacyFormat ? 1 : 2,
    });
    const notices: string[] = [];
    const override = (flag: string, dflt?: string) => {
      const v = givenURL(flags, flag, dflt);
      if (v !== undefined) {
        notices.push(
          `${flag} overrides the signing config (deprecated, as in cosign v3: put the service in the signing config)`,
        );
      }
      return v;
    };
    const fulcioURL = override('fulcio-url', DEFAULT_FULCIO_URL) ?? picked.fulcioURL;
    if (!fulcioURL && keyless)
      throw new UsageError(`${source} lists no caUrls valid now (or give --fulcio-url)`);
    const rekorOverride = override('rekor-url', DEFAULT_REKOR_URL);
    const tsaOverride = override('timestamp-server-url');
    const [tsaURL, ...moreTsaURLs] = tsaOverride ? [tsaOverride] : picked.tsaURLs;
    if (!tlog && str(flags, 'signing-config'))
      notices.push(
        "tlog-upload=false drops the signing config's transparency logs (deprecated, as in cosign v3: use a signing config without rekorTlogUrls)",
      );
    const [first, ...more] = rekorOverride
      ? [{ url: rekorOverride, majorApiVersion: 1 as const }]
      : picked.rekor;
    return {
      fulcioURL: fulcioURL ?? DEFAULT_FULCIO_URL,
      rekorURL: tlog ? first?.url : undefined,
      rekorMajorApiVersion: tlog ? first?.majorApiVersion : undefined,
      moreRekorLogs: tlog && more.length ? more : undefined,
      tsaURL,
      moreTsaURLs: moreTsaURLs.length ? moreTsaURLs : undefined,
      notices,
    };
  }
  return {
    fulcioURL: str(flags, 'fulcio-url') ?? DEFAULT_FULCIO_URL,
    rekorURL: tlog ? (str(flags, 'rekor-url') ?? DEFAULT_REKOR_URL) : undefined,
    tsaURL: str(flags, 'timestamp-server-url'),
    notices: [],
  };
}
