// Caps on what a registry, an image or a manifest can make Signet read. A registry Signet does not
// control can answer with endless referrers pages, manifests of any size, indexes nested without end,
// signature images with a hundred thousand layers, or layers that decompress to far more than they
// claim. Every such read is capped; exceeding a cap fails the step with a *_LIMIT_EXCEEDED error that
// names the cap, the value found and how to raise it (`--limit NAME=VALUE`, or SIGNET_LIMITS), so a
// legitimate outlier can go through and a hostile one cannot exhaust the runner. One typed object,
// built once in src/ci and passed to the stages through their options; pure, no I/O.

/** Every cap, in bytes or counts. */
export interface Limits {
  /** Referrers API pages followed for one subject. */
  referrersPages: number;
  /** Referrers listed for one subject (all pages, or the fallback index). */
  referrers: number;
  /** Bytes of one manifest or index (the distribution spec lets registries refuse above 4 MiB). */
  manifestBytes: number;
  /** Indexes nested inside indexes (an image index of platform images is depth 1). */
  indexDepth: number;
  /** Manifests one image index lists, at every level together (what `--recursive` signs). */
  indexManifests: number;
  /** Layers of a `.sig` / `.att` image (one per signature or attestation). */
  attachmentLayers: number;
  /** Bytes of one signature payload, attestation envelope or bundle layer. */
  attachmentBytes: number;
  /** Bytes read from the registry for one image's verification (manifests, referrers, layers). */
  verificationBytes: number;
  /** Decompressed bytes of one image layer the SBOM generator reads. */
  sbomLayerBytes: number;
  /** Decompressed bytes of all layers of one image the SBOM generator reads. */
  sbomImageBytes: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/**
 * The defaults: far above what real images and registries need (cosign keeps one `.sig` layer per
 * signature; busy images have tens), far below what exhausts a 2-core CI runner.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  referrersPages: 100,
  referrers: 10_000,
  manifestBytes: 4 * MiB,
  indexDepth: 4,
  indexManifests: 1_000,
  attachmentLayers: 1_000,
  attachmentBytes: 64 * MiB,
  verificationBytes: 256 * MiB,
  sbomLayerBytes: 8 * GiB,
  sbomImageBytes: 32 * GiB,
});

/** The name a user types for each cap: `--limit NAME=VALUE` and `SIGNET_LIMITS=NAME=VALUE,…`. */
export const LIMIT_NAMES: Readonly<Record<keyof Limits, string>> = Object.freeze({
  referrersPages: 'referrers-pages',
  referrers: 'referrers',
  manifestBytes: 'manifest-bytes',
  indexDepth: 'index-depth',
  indexManifests: 'index-manifests',
  attachmentLayers: 'attachment-layers',
  attachmentBytes: 'attachment-bytes',
  verificationBytes: 'verification-bytes',
  sbomLayerBytes: 'sbom-layer-bytes',
  sbomImageBytes: 'sbom-image-bytes',
});

/** The environment variable holding `NAME=VALUE,…` caps (read only in src/ci). */
export const LIMITS_ENV = 'SIGNET_LIMITS';

/** `defaults` with `overrides` applied. */
export function toLimits(overrides: Partial<Limits> = {}): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_NAMES) as (keyof Limits)[]) {
    const v = overrides[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * The message of an exceeded cap: which cap, what was found, and how to raise it. `found` is a
 * number, or a phrase when the exact value is unknown (`more than 4194304`).
 */
export function describeExceeded(
  cap: keyof Limits,
  limit: number,
  found: number | string,
  what: string,
): string {
  const name = LIMIT_NAMES[cap];
  return `${what}: ${found} exceeds the ${name} limit of ${limit}; if this is expected, raise it with --limit ${name}=N (or ${LIMITS_ENV}=${name}=N)`;
}

const UNITS: Record<string, number> = { '': 1, k: KiB, kib: KiB, m: MiB, mib: MiB, g: GiB, gib: GiB };

/** Why a `NAME=VALUE` cap could not be read. */
export class LimitSyntaxError extends Error {}

/**
 * Parses caps written as `NAME=VALUE` (one per item, or comma-separated): a positive integer with an
 * optional KiB/MiB/GiB suffix. Unknown names, zero, negative or non-numeric values are refused, so a
 * typo never silently keeps (or lifts) a cap.
 */
export function parseLimits(items: readonly string[]): Partial<Limits> {
  const byName = new Map(Object.entries(LIMIT_NAMES).map(([k, n]) => [n, k as keyof Limits]));
  const out: Partial<Limits> = {};
  for (const item of items.flatMap((i) => i.split(','))) {
    const text = item.trim();
    if (text === '') continue;
    const m = /^([a-z-]+)=(\d+)\s*([a-z]*)$/i.exec(text);
    const key = m ? byName.get(m[1]!.toLowerCase()) : undefined;
    const unit = m ? UNITS[m[3]!.toLowerCase()] : undefined;
    if (!m || !key || unit === undefined) {
      throw new LimitSyntaxError(
        `limit ${JSON.stringify(text)}: expected NAME=VALUE with NAME one of ${[...byName.keys()].join(', ')} and VALUE a positive integer (optionally KiB, MiB or GiB)`,
      );
    }
    const value = Number(m[2]) * unit;
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new LimitSyntaxError(`limit ${JSON.stringify(text)}: the value must be a positive integer`);
    }
    out[key] = value;
  }
  return out;
}
