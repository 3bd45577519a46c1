// The sign stage: signs one image by digest (and, for an index, every manifest it lists) in cosign's
// legacy `.sig` format, as a Sigstore bundle referrer, or both, and stores the signatures in the
// image's repository or in a signature repository (cosign's COSIGN_REPOSITORY).
//
// Outline, fail closed: (1) resolve the image to a digest once and collect the manifests to sign;
// (2) read what the registry already holds, for cosign's duplicate rule; (3) make every bundle (Fulcio,
// Rekor, TSA) before (4) writing anything, so a Sigstore failure leaves the registry untouched. Writes
// are safe against concurrent signers in both formats (src/storage: signature-image.ts, and the
// registry's referrers fallback index).
import { bundleToJSON, type Bundle } from '@sigstore/bundle';
import {
  formatReference,
  formatRepository,
  parseManifest,
  type Descriptor,
  type Digest,
  type ImageRef,
  SettleBatch,
  type RegistryCalls,
} from '../registry/index.ts';
import { buildBundleReferrer } from '../storage/bundle-referrer.ts';
import { toSignatureTag } from '../storage/cosign-tags.ts';
import { hasIdenticalLayer, type LegacyLayer } from '../storage/legacy-image.ts';
import { pushBundleReferrer } from '../storage/push-bundle-referrer.ts';
import {
  appendSignatureLayer,
  readSignatureImage,
  type SettleOptions,
  type SignatureImage,
} from '../storage/signature-image.ts';
import type { WitnessOptions } from './bundler.ts';
import { systemClock, type Clock } from './clock.ts';
import {
  ANNOTATION_BUNDLE_PREDICATE_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  COSIGN_SIGN_PREDICATE_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
} from './constants.ts';
import { bundleLogIndex, isBundleSignatureBy, isLegacySignatureBy, legacyLogIndex } from './duplicates.ts';
import { SignError } from './errors.ts';
import { toLegacyAnnotations } from './legacy-annotations.ts';
import { resolveTargets, type SignFormat } from './resolve-targets.ts';
import type { Signer } from './signer.ts';
import { toSimpleSigningPayload } from './simple-signing.ts';
import { toStatement, type Statement } from './statement.ts';
import { checkTimeWitness, hasTimeWitness, probePublicKey } from './time-witness.ts';

export type { SignFormat } from './resolve-targets.ts';

/** What to sign, already parsed. */
export interface SignInput {
  /** The image, by digest or by tag (a tag is resolved once and the digest is what gets signed). */
  image: ImageRef;
  /** Default `both`. */
  format?: SignFormat;
  /** For an index, also sign every manifest it lists (cosign --recursive); default true. */
  recursive?: boolean;
  /** Store signatures here instead of the image's repository (cosign COSIGN_REPOSITORY); tag ignored. */
  signatureRepository?: ImageRef;
  /** cosign `-a key=value`: the legacy payload's `optional`, the bundle statement's subject annotations. */
  annotations?: Record<string, string>;
  /** in-toto subject name of the bundle's statement (cosign leaves it out). */
  subjectName?: string;
}

/** The registry calls the sign stage makes (a RegistryClient, or a fake in tests). */
export type SignRegistry = RegistryCalls<
  | 'headManifest'
  | 'getManifest'
  | 'putManifest'
  | 'uploadBlob'
  | 'fetchBlobBytes'
  | 'listReferrers'
  | 'pushReferrer'
>;

/** The services the sign stage uses. */
export interface SignDeps {
  registry: SignRegistry;
  /** A KeySigner (cosign key) or a ReusableCertificateSigner (keyless, Fulcio). */
  signer: Signer;
  /** Rekor and TSA: no Rekor URL = no tlog entry (allowed with a key, or keyless with a TSA). */
  witnesses: WitnessOptions;
  clock?: Clock;
  /** Tuning of the race-safe `.sig` update. */
  settle?: SettleOptions;
}

/** One signature of one manifest, where it is stored, and whether this run added it. */
export interface StoredSignature {
  /** The manifest signed (its platform when it came from an index). */
  subject: Descriptor;
  format: 'legacy' | 'bundle';
  /** The `.sig` tag, or the referrer manifest by digest. */
  location: ImageRef;
  /** Rekor log index of the signature's tlog entry, when it has one. */
  logIndex?: number;
  /** True when an equivalent signature was there already (cosign's duplicate rule): nothing written. */
  unchanged: boolean;
  /** How a bundle referrer is listed: the registry's referrers API or the `sha256-<hex>` tag index. */
  referrers?: 'api' | 'fallback';
  /** The Sigstore bundle (v0.3 JSON) this run made; absent when an equivalent one was there already. */
  bundle?: ReturnType<typeof bundleToJSON>;
}

/** What the sign stage did. */
export interface SignResult {
  /** The image by digest (a tag given was resolved once). */
  image: ImageRef;
  digest: Digest;
  /** Per manifest (the image first, then what an index lists), per format. */
  signatures: StoredSignature[];
  warnings: string[];
}

/** A signature to make or keep: one manifest in one format, with what the registry already holds. */
interface Job {
  subject: Descriptor;
  format: 'legacy' | 'bundle';
  /** Legacy: the simple-signing payload, and the `.sig` image as read. */
  payload?: Buffer;
  existingImage?: SignatureImage;
  /** Bundle: the bundle referrers of the subject listed now. */
  existingReferrers?: Descriptor[];
  bundle?: Bundle;
  done?: StoredSignature;
}

const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;

/** Signs `input.image` (and an index's manifests), writing nothing unless every signature was made. */
export async function signImage(input: SignInput, deps: SignDeps): Promise<SignResult> {
  const clock = deps.clock ?? systemClock;
  // 1. One digest, and the manifests under it.
  const { formats, repo, sigRepo, root, subjects, warnings } = await resolveTargets(
    deps.registry,
    input,
    'signed',
  );

  // 2. What is there already.
  const jobs: Job[] = [];
  for (const subject of subjects) {
    for (const f of formats) jobs.push({ subject, format: f });
  }
  await Promise.all(
    jobs.map(async (job) => {
      if (job.format === 'legacy') {
        job.payload = toSimpleSigningPayload({
          dockerReference: formatRepository(repo),
          digest: job.subject.digest,
          annotations: input.annotations,
        });
        job.existingImage = await readSignatureImage(
          deps.registry,
          toSignatureTag(sigRepo, job.subject.digest),
        );
      } else {
        const listed = await deps.registry.listReferrers(
          { ...sigRepo, digest: job.subject.digest },
          { artifactType: BUNDLE_V03_MEDIA_TYPE },
        );
        job.existingReferrers = listed.referrers;
      }
    }),
  );

  // 3. Every signature, before any write. The signer is asked once up front only when it matters what
  // it is: a key makes existing signatures candidates for cosign's duplicate rule; keyless needs Rekor
  // or a TSA.
  const mayDuplicate = jobs.some(
    (j) =>
      (j.existingImage?.layers ?? []).some((l) => j.payload && l.payload.equals(j.payload)) ||
      (j.existingReferrers ?? []).length > 0,
  );
  const needsKind = mayDuplicate || !hasTimeWitness(deps.witnesses);
  const doing = `signing ${formatReference({ ...repo, digest: root.digest })}`;
  const publicKey = needsKind
    ? await probePublicKey(deps.signer, doing, jobs[0]?.payload ?? Buffer.from(root.digest))
    : undefined;
  checkTimeWitness(deps.witnesses, publicKey, doing, (m) => new SignError('SIGN_INVALID_INPUT', m));
  if (publicKey) {
    for (const job of jobs) await findDuplicate(deps.registry, sigRepo, job, publicKey, input.annotations);
  }
  // sigstore-js's signing stack loads only when something is signed (issue 18: load only what runs).
  const { createWitnesses, refuseLegacyWithRekorV2, signMessage, signStatement } =
    await import('./bundler.ts');
  if (jobs.some((j) => j.format === 'legacy')) refuseLegacyWithRekorV2(deps.witnesses, 'signature-format');
  const legacyWitnesses = createWitnesses(deps.witnesses, 'hashedrekord');
  const dsseWitnesses = createWitnesses(deps.witnesses, 'dsse');
  for (const job of jobs) {
    if (job.done) continue;
    const at = formatReference({ ...repo, digest: job.subject.digest });
    try {
      job.bundle =
        job.format === 'legacy'
          ? await signMessage(job.payload!, { signer: deps.signer, witnesses: legacyWitnesses })
          : await signStatement(toSignStatement(job.subject.digest, input.subjectName, input.annotations), {
              signer: deps.signer,
              witnesses: dsseWitnesses,
            });
    } catch (err) {
      throw new SignError('SIGN_FAILED', `signing ${at}: ${(err as Error).message}`, { cause: err });
    }
  }
  const made = jobs.find((j) => j.bundle)?.bundle;
  if (made && made.verificationMaterial.tlogEntries.length === 0) {
    warnings.push(
      made.verificationMaterial.content.$case === 'publicKey'
        ? 'no transparency log entry (no Rekor URL): verifiers must skip the tlog check (cosign verify --insecure-ignore-tlog=true)'
        : 'no transparency log entry (no Rekor URL): the signature time rests on the timestamp authority alone',
    );
  }

  // 4. Write. Every job touches its own tag (`.sig`, or the subject's referrers index): in parallel.
  // The read-backs of writes the registry could not make exact share one settle wait: the run's batch
  // when the caller passes one (and settles it), else this stage's, settled here.
  const settle = { ...deps.settle, batch: deps.settle?.batch ?? new SettleBatch(clock) };
  const settled = await Promise.allSettled(
    jobs
      .filter((j) => !j.done)
      .map(async (job) => {
        job.done =
          job.format === 'legacy'
            ? await writeLegacy({ ...deps, settle }, clock, sigRepo, job)
            : await writeBundle(deps.registry, clock, sigRepo, job, settle.batch);
        // The Sigstore bundle of this run's signature, for a local copy (the Action's bundle-path).
        job.done.bundle = bundleToJSON(job.bundle!);
      }),
  );
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  if (!deps.settle?.batch) await settle.batch.settle();

  return {
    image: { ...repo, digest: root.digest },
    digest: root.digest,
    signatures: jobs.map((j) => j.done!),
    warnings,
  };
}

/**
 * The statement cosign v3 signs for an image: the cosign sign predicate about `digest`, with `-a`
 * annotations on the subject (cosign v3.1.3 writes `"annotations":{"run":"42"}` there; measured on the
 * bed).
 */
function toSignStatement(digest: Digest, name?: string, annotations?: Record<string, string>): Statement {
  const statement = toStatement(digest, COSIGN_SIGN_PREDICATE_TYPE, {}, name);
  if (!annotations || Object.keys(annotations).length === 0) return statement;
  const sorted = Object.fromEntries(
    Object.keys(annotations)
      .sort()
      .map((k) => [k, annotations[k]]),
  );
  return {
    ...statement,
    subject: statement.subject.map((s) => Object.assign({}, s, { annotations: sorted })),
  };
}

/** cosign's duplicate rule: marks `job` done when a signature by `publicKey` over the same claim exists. */
async function findDuplicate(
  registry: SignRegistry,
  sigRepo: ImageRef,
  job: Job,
  publicKey: string,
  annotations: Record<string, string> | undefined,
): Promise<void> {
  if (job.format === 'legacy') {
    const dup = job.existingImage?.layers.find((l) => isLegacySignatureBy(l, job.payload!, publicKey));
    if (dup) job.done = legacyRecord(job, sigRepo, dup, true);
    return;
  }
  for (const d of job.existingReferrers ?? []) {
    const predicate = d.annotations?.[ANNOTATION_BUNDLE_PREDICATE_TYPE];
    if (predicate !== undefined && predicate !== COSIGN_SIGN_PREDICATE_TYPE) continue;
    const ref: ImageRef = { ...sigRepo, digest: d.digest };
    const m = await registry.getManifest(ref);
    const { manifest } = parseManifest(m.bytes, m.mediaType, `referrer ${formatReference(ref)}`);
    const layer = 'layers' in manifest ? manifest.layers[0] : undefined;
    if (!layer || layer.mediaType !== BUNDLE_V03_MEDIA_TYPE) continue;
    const bytes = await registry.fetchBlobBytes(ref, layer.digest, {
      size: layer.size,
      maxBytes: MAX_BUNDLE_BYTES,
    });
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      continue;
    }
    if (isBundleSignatureBy(json, job.subject.digest, publicKey, annotations)) {
      const done: StoredSignature = {
        subject: job.subject,
        format: 'bundle',
        location: ref,
        unchanged: true,
      };
      const logIndex = bundleLogIndex(json);
      if (logIndex !== undefined) done.logIndex = logIndex;
      job.done = done;
      return;
    }
  }
}

function legacyRecord(job: Job, sigRepo: ImageRef, layer: LegacyLayer, unchanged: boolean): StoredSignature {
  const done: StoredSignature = {
    subject: job.subject,
    format: 'legacy',
    location: toSignatureTag(sigRepo, job.subject.digest),
    unchanged,
  };
  const logIndex = legacyLogIndex(layer);
  if (logIndex !== undefined) done.logIndex = logIndex;
  return done;
}

/** Appends the job's layer to the `.sig` image, race-safe (storage/signature-image.ts). */
async function writeLegacy(
  deps: SignDeps,
  clock: Clock,
  sigRepo: ImageRef,
  job: Job,
): Promise<StoredSignature> {
  const layer: LegacyLayer = {
    mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    payload: job.payload!,
    annotations: toLegacyAnnotations(job.bundle!),
  };
  // An identical layer (deterministic signature, no tlog) is cosign's other duplicate.
  if (job.existingImage && hasIdenticalLayer(job.existingImage.layers, layer)) {
    return legacyRecord(job, sigRepo, layer, true);
  }
  const res = await appendSignatureLayer(deps.registry, toSignatureTag(sigRepo, job.subject.digest), layer, {
    clock,
    current: job.existingImage,
    settle: deps.settle,
  });
  return legacyRecord(job, sigRepo, layer, res.unchanged);
}

/** Stores the job's bundle as a referrer of its subject in `sigRepo` (listed by the API or tag index). */
async function writeBundle(
  registry: SignRegistry,
  clock: Clock,
  sigRepo: ImageRef,
  job: Job,
  batch: SettleBatch,
): Promise<StoredSignature> {
  const bundleJSON = bundleToJSON(job.bundle!);
  const referrer = buildBundleReferrer({
    bundleJSON: Buffer.from(JSON.stringify(bundleJSON)),
    subject: job.subject,
    content: 'dsse-envelope',
    predicateType: COSIGN_SIGN_PREDICATE_TYPE,
    created: new Date(clock.now()),
  });
  const source = await pushBundleReferrer(registry, sigRepo, referrer, clock, batch);
  const done: StoredSignature = {
    subject: job.subject,
    format: 'bundle',
    location: { ...sigRepo, digest: referrer.digest },
    unchanged: false,
    referrers: source,
  };
  const logIndex = bundleLogIndex(bundleJSON);
  if (logIndex !== undefined) done.logIndex = logIndex;
  return done;
}

/** The signatures a run made or found, as JSON: `signet sign --output json` and the CI `signatures` output. */
export function toSignaturesJSON(signatures: readonly StoredSignature[]) {
  return signatures.map((s) => ({
    subject: s.subject.digest,
    platform: s.subject.platform ?? null,
    format: s.format,
    location: formatReference(s.location),
    logIndex: s.logIndex ?? null,
    unchanged: s.unchanged,
  }));
}
