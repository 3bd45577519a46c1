// Reads the file `docker buildx build --metadata-file` writes: a JSON object of exporter responses
// (BuildKit `exptypes`) plus buildx's own keys. The pushed digest is `containerimage.digest`; when it
// is missing the other keys tell why, and the error says so.
import { parseDigest, type Descriptor, type Digest } from '../registry/index.ts';
import {
  BUILDX_CONFIG_DIGEST_KEY,
  BUILDX_DESCRIPTOR_KEY,
  BUILDX_DIGEST_KEY,
  BUILDX_IMAGE_NAME_KEY,
  BUILDX_REF_KEY,
  BUILDX_WARNINGS_KEY,
} from './constants.ts';
import { BuildError } from './errors.ts';

/** The facts Signet uses from a buildx metadata file. */
export interface BuildxMetadata {
  digest?: Digest;
  descriptor?: Descriptor;
  configDigest?: Digest;
  /** `image.name`, split on commas. */
  imageNames: string[];
  buildRef?: string;
  /** Lint warnings, one line each (`buildx.build.warnings`). */
  warnings: string[];
}

function optionalDigest(v: unknown, key: string): Digest | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') {
    throw new BuildError('BUILD_INVALID_OUTPUT', `buildx metadata: ${key} is not a string`);
  }
  try {
    return parseDigest(v);
  } catch (err) {
    throw new BuildError('BUILD_INVALID_OUTPUT', `buildx metadata: ${key}: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

function warningLine(w: unknown): string {
  if (typeof w !== 'object' || w === null) return String(w);
  const o = w as Record<string, unknown>;
  const detail = Array.isArray(o.detail)
    ? o.detail.map((d) => (typeof d === 'string' ? Buffer.from(d, 'base64').toString('utf8') : '')).join(' ')
    : '';
  const short = typeof o.short === 'string' ? Buffer.from(o.short, 'base64').toString('utf8') : '';
  return [short, detail].filter(Boolean).join(': ') || JSON.stringify(o);
}

/** Parses the metadata file's text; throws BUILD_INVALID_OUTPUT when it is not the expected object. */
export function parseBuildxMetadata(text: string): BuildxMetadata {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new BuildError('BUILD_INVALID_OUTPUT', 'buildx metadata: not valid JSON', { cause: err });
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new BuildError('BUILD_INVALID_OUTPUT', 'buildx metadata: expected a JSON object');
  }
  const o = doc as Record<string, unknown>;
  const names = typeof o[BUILDX_IMAGE_NAME_KEY] === 'string' ? (o[BUILDX_IMAGE_NAME_KEY] as string) : '';
  const d = o[BUILDX_DESCRIPTOR_KEY];
  let descriptor: Descriptor | undefined;
  if (typeof d === 'object' && d !== null) {
    const dd = d as Record<string, unknown>;
    const digest = optionalDigest(dd.digest, `${BUILDX_DESCRIPTOR_KEY}.digest`);
    if (digest && typeof dd.mediaType === 'string' && typeof dd.size === 'number') {
      descriptor = { ...(dd as unknown as Descriptor), digest };
    }
  }
  const warnings = Array.isArray(o[BUILDX_WARNINGS_KEY])
    ? (o[BUILDX_WARNINGS_KEY] as unknown[]).map(warningLine)
    : [];
  const result: BuildxMetadata = {
    imageNames: names
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    warnings,
  };
  const digest = optionalDigest(o[BUILDX_DIGEST_KEY], BUILDX_DIGEST_KEY);
  if (digest) result.digest = digest;
  if (descriptor) result.descriptor = descriptor;
  const config = optionalDigest(o[BUILDX_CONFIG_DIGEST_KEY], BUILDX_CONFIG_DIGEST_KEY);
  if (config) result.configDigest = config;
  if (typeof o[BUILDX_REF_KEY] === 'string') result.buildRef = o[BUILDX_REF_KEY] as string;
  return result;
}

/**
 * The pushed digest, or a BUILD_NO_DIGEST error saying why there is none: the exporter wrote an image
 * only into the engine (`load`, the docker driver without push), or nothing at all (a cache-only
 * builder, `--output type=cacheonly`).
 */
export function toPushedDigest(meta: BuildxMetadata): Digest {
  if (meta.digest && meta.digest === meta.configDigest) {
    // The docker driver reports the image ID (the config digest) as containerimage.digest when it
    // only loaded the image into the engine.
    throw new BuildError(
      'BUILD_NO_DIGEST',
      `buildx reported the image config ${meta.digest} as its digest: the image was loaded into the engine, not pushed; keep push: true and do not set load`,
    );
  }
  if (meta.digest) return meta.digest;
  if (meta.configDigest) {
    throw new BuildError(
      'BUILD_NO_DIGEST',
      `buildx built image config ${meta.configDigest} but reported no pushed digest (containerimage.digest): the image was loaded or exported, not pushed; keep push: true and do not set load or outputs`,
    );
  }
  throw new BuildError(
    'BUILD_NO_DIGEST',
    `buildx exported no image${meta.buildRef ? ` (build ${meta.buildRef})` : ''}: the builder ran cache-only (no --push or --output reached it); check that the builder supports push and that push: true`,
  );
}
