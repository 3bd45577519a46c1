// Finds every stored signature of an image, in both of cosign's formats, and fetches what each needs:
//   - legacy: the `<repo>:sha256-<hex>.sig` image, one signature per layer (payload blob + annotations);
//   - bundle: referrers of the digest with artifactType bundle v0.3, each a manifest whose one layer is
//     the bundle JSON (referrers API, else the `sha256-<hex>` fallback index: RegistryClient decides).
// Every fetch is digest-checked by the registry client. A signature that cannot be fetched becomes a
// rejection of its own, so one broken layer never hides the others.
import {
  ReadBudget,
  isRegistryError,
  formatReference,
  parseManifest,
  type Digest,
  type ImageManifest,
  type ImageRef,
  limitsOf,
  type RegistryCalls,
} from '../registry/index.ts';
import { SignetError } from '../errors.ts';
import { ANNOTATION_BUNDLE_PREDICATE_TYPE, BUNDLE_V03_MEDIA_TYPE } from '../sign/constants.ts';
import { asSignetError, readAttachedLayers } from '../storage/attached-layers.ts';
import { toSignatureTag } from '../storage/cosign-tags.ts';
import { mapLimit } from '../map-limit.ts';
import { VerifyError } from './errors.ts';
import type { SignatureCandidate } from './signature.ts';

/** What the verify stage needs from a registry: reads only. RegistryClient is one. */
export type SignatureStore = RegistryCalls<
  'headManifest' | 'getManifest' | 'fetchBlobBytes' | 'listReferrers'
>;

/** The byte budget of one image's verification (the verification-bytes cap). */
export function newVerificationBudget(store: Pick<SignatureStore, 'limits'>, digest: Digest): ReadBudget {
  return new ReadBudget(limitsOf(store).verificationBytes, `verifying ${digest}`);
}

/** A registry cap was exceeded: the whole verification fails, it is not one unreadable signature. */
function isLimit(err: unknown): boolean {
  return isRegistryError(err, 'REGISTRY_LIMIT_EXCEEDED');
}

/** A signature that could not be fetched or read: it is rejected with this error. */
export interface UnreadableSignature {
  format: 'legacy' | 'bundle';
  location: string;
  error: SignetError;
}

/** The signatures found for one digest, fetched, plus the ones that could not be read. */
export interface CollectedSignatures {
  candidates: SignatureCandidate[];
  unreadable: UnreadableSignature[];
  /** Bundle referrers skipped because they carry another predicate (attestations, not signatures). */
  skipped: { location: string; predicateType: string }[];
  /** Where the legacy signatures were looked for. */
  signatureTag: ImageRef;
  /** How the referrers were listed. */
  referrersSource?: 'api' | 'fallback';
}

type Fetched = SignatureCandidate | UnreadableSignature | { skipped: string; location: string };

/** The legacy signatures of `digest`: the layers of its `.sig` image (none when the tag is absent). */
async function collectLegacy(
  store: SignatureStore,
  repo: ImageRef,
  digest: Digest,
  concurrency: number,
  budget: ReadBudget,
): Promise<Fetched[]> {
  const layers = await readAttachedLayers(store, repo, digest, 'signature', { concurrency, budget });
  return layers.map((l) => ({ format: 'legacy', ...l }));
}

/** The bundle signatures of `digest`: its bundle referrers, each manifest and bundle layer fetched. */
async function collectBundles(
  store: SignatureStore,
  repo: ImageRef,
  digest: Digest,
  predicateType: string,
  limit: number,
  budget: ReadBudget,
): Promise<{ fetched: Fetched[]; source: 'api' | 'fallback' }> {
  const limits = limitsOf(store);
  const subject: ImageRef = { registry: repo.registry, repository: repo.repository, digest };
  const { referrers, source } = await store.listReferrers(subject, {
    artifactType: BUNDLE_V03_MEDIA_TYPE,
    budget,
  });
  const fetched = await mapLimit(referrers, limit, async (d): Promise<Fetched> => {
    const ref: ImageRef = { registry: repo.registry, repository: repo.repository, digest: d.digest };
    const location = formatReference(ref);
    try {
      const m = await store.getManifest(ref, { budget });
      const { manifest } = parseManifest(m.bytes, m.mediaType, `bundle referrer ${location}`);
      const image = manifest as ImageManifest;
      const listed =
        image.annotations?.[ANNOTATION_BUNDLE_PREDICATE_TYPE] ??
        d.annotations?.[ANNOTATION_BUNDLE_PREDICATE_TYPE];
      if (listed !== undefined && listed !== predicateType) return { skipped: listed, location };
      if (image.subject?.digest !== digest) {
        throw new VerifyError(
          'VERIFY_SUBJECT_MISMATCH',
          `${location}: listed as a referrer of ${digest}, but its subject is ${image.subject?.digest ?? '(none)'}`,
        );
      }
      const layer = (image.layers ?? []).find((l) => l.mediaType === BUNDLE_V03_MEDIA_TYPE);
      if (!layer) {
        throw new VerifyError('VERIFY_MALFORMED', `${location}: no ${BUNDLE_V03_MEDIA_TYPE} layer`);
      }
      const bytes = await store.fetchBlobBytes(repo, layer.digest, {
        size: layer.size,
        maxBytes: limits.attachmentBytes,
        cap: 'attachmentBytes',
        budget,
      });
      let bundleJSON: unknown;
      try {
        bundleJSON = JSON.parse(bytes.toString('utf8'));
      } catch (err) {
        throw new VerifyError('VERIFY_MALFORMED', `${location}: the bundle layer is not JSON`, {
          cause: err,
        });
      }
      return { format: 'bundle', location, bundleJSON };
    } catch (err) {
      if (isLimit(err)) throw err;
      return { format: 'bundle', location, error: asSignetError(err, location) };
    }
  });
  return { fetched, source };
}

/** Options of collectSignatures. */
export interface CollectOptions {
  formats: 'legacy' | 'bundle' | 'both';
  /** The predicate a bundle referrer must carry to count as a signature. */
  predicateType: string;
  /** Most fetches in flight at once. */
  concurrency: number;
  /** The byte budget to draw from (shared with other reads of the same verification); a new one by default. */
  budget?: ReadBudget;
}

/** Lists and fetches every signature of `digest` stored in `repo` (the image's or the signature repository). */
export async function collectSignatures(
  store: SignatureStore,
  repo: ImageRef,
  digest: Digest,
  opts: CollectOptions,
): Promise<CollectedSignatures> {
  const budget = opts.budget ?? newVerificationBudget(store, digest);
  const [legacy, bundles] = await Promise.all([
    opts.formats === 'bundle' ? [] : collectLegacy(store, repo, digest, opts.concurrency, budget),
    opts.formats === 'legacy'
      ? undefined
      : collectBundles(store, repo, digest, opts.predicateType, opts.concurrency, budget),
  ]);
  const out: CollectedSignatures = {
    candidates: [],
    unreadable: [],
    skipped: [],
    signatureTag: toSignatureTag(repo, digest),
  };
  if (bundles) out.referrersSource = bundles.source;
  for (const f of [...legacy, ...(bundles?.fetched ?? [])]) {
    if ('skipped' in f) out.skipped.push({ location: f.location, predicateType: f.skipped });
    else if ('error' in f) out.unreadable.push(f);
    else out.candidates.push(f);
  }
  return out;
}
