// The sign stage: signs one image by digest (and, for an index, every manifest it lists) in cosign's
// legacy `.sig` format, as a Sigstore bundle referrer, or both, and stores the signatures in the
// image's repository or in a signature repository (cosign's COSIGN_REPOSITORY).
//
// Outline, fail closed: (1) resolve the image to a digest once and collect the manifests to sign;
// (2) read what the registry already holds, for cosign's duplicate rule; (3) make every bundle (Fulcio,
// Rekor, TSA) before (4) writing anything, so a Sigstore failure leaves the registry untouched. Writes
// are safe against concurrent signers in both formats (signature-tag.ts; the registry client's
// referrers fallback index).
import { bundleToJSON, type Bundle } from '@sigstore/bundle';
import {
  OCI_MANIFEST_MEDIA_TYPE,
  formatReference,
  formatRepository,
  isIndexMediaType,
  parseManifest,
  type Descriptor,
  type Digest,
  type ImageIndex,
  type ImageRef,
  type RegistryClient,
} from '../registry/index.ts';
import { limitExceeded } from '../registry/index.ts';
import { DEFAULT_LIMITS, type Limits } from '../limits.ts';
import { ATTESTATION_MANIFEST_TYPE, DOCKER_REFERENCE_TYPE_ANNOTATION } from '../build/constants.ts';
import { buildBundleReferrer } from './bundle-referrer.ts';
import type { WitnessOptions } from './bundler.ts';
import { systemClock, type Clock } from './clock.ts';
import { BUNDLE_V03_MEDIA_TYPE, COSIGN_SIGN_PREDICATE_TYPE, SIMPLE_SIGNING_MEDIA_TYPE } from './constants.ts';
import { bundleLogIndex, isBundleSignatureBy, isLegacySignatureBy, legacyLogIndex } from './duplicates.ts';
import { SignError } from './errors.ts';
import { hasIdenticalLayer, type LegacyLayer } from './legacy-image.ts';
import { toLegacyAnnotations } from './legacy-annotations.ts';
import {
  appendSignatureLayer,
  isRetryableWrite,
  readSignatureImage,
  toSignatureTag,
  type SettleOptions,
  type SignatureImage,
} from './signature-tag.ts';
import type { Signer } from './signer.ts';
import { toSimpleSigningPayload } from './simple-signing.ts';
import { toStatement, type Statement } from './statement.ts';

/** Which storage format(s) to write: cosign v2's `.sig` tag, cosign v3's bundle referrer, or both. */
export type SignFormat = 'legacy' | 'bundle' | 'both';

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
export type SignRegistry = Pick<
  RegistryClient,
  | 'headManifest'
  | 'getManifest'
  | 'putManifest'
  | 'uploadBlob'
  | 'fetchBlobBytes'
  | 'listReferrers'
  | 'pushReferrer'
> & {
  /** The caps a RegistryClient enforces; the index walk uses indexDepth and indexManifests. */
  readonly limits?: Readonly<Limits>;
};

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
const BUNDLE_WRITE_ATTEMPTS = 3;

/** What a signing or attesting run works on: the formats, repositories, and every manifest by digest. */
export interface Targets {
  formats: ('legacy' | 'bundle')[];
  /** The image's repository, and where signatures go (the same unless a signature repository is set). */
  repo: ImageRef;
  sigRepo: ImageRef;
  root: Descriptor;
  /** The root, and (recursive) every manifest an index lists. */
  subjects: Descriptor[];
  warnings: string[];
}

/** Resolves the image once (a tag is read once) and lists what to sign or attest; `verb` is for messages. */
export async function resolveTargets(
  registry: SignRegistry,
  input: { image: ImageRef; format?: SignFormat; recursive?: boolean; signatureRepository?: ImageRef },
  verb: 'signed' | 'attested',
): Promise<Targets> {
  const format = input.format ?? 'both';
  const formats: ('legacy' | 'bundle')[] = format === 'both' ? ['legacy', 'bundle'] : [format];
  const warnings: string[] = [];
  const repo: ImageRef = { registry: input.image.registry, repository: input.image.repository };
  const sigRepo: ImageRef = input.signatureRepository
    ? { registry: input.signatureRepository.registry, repository: input.signatureRepository.repository }
    : repo;
  const root = await resolveImage(registry, input.image);
  if (!input.image.digest) {
    const what = verb === 'signed' ? 'signed' : 'attested';
    warnings.push(
      `${formatReference(input.image)} names a tag: ${what} ${root.digest}, the manifest it pointed to when read; pass the digest to be sure what is ${what}`,
    );
  }
  const subjects =
    input.recursive === false
      ? [root]
      : await collectSubjects(registry, repo, root, registry.limits ?? DEFAULT_LIMITS);
  return { formats, repo, sigRepo, root, subjects, warnings };
}

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
        job.existingImage = await readSignatureImage(deps.registry, sigTagRef(sigRepo, job.subject.digest));
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
  const needsKind = mayDuplicate || (!deps.witnesses.rekorURL && !deps.witnesses.tsaURL);
  const rootRef = formatReference({ ...repo, digest: root.digest });
  const publicKey = needsKind
    ? await probePublicKey(deps.signer, rootRef, jobs[0]?.payload ?? Buffer.from(root.digest))
    : undefined;
  if (needsKind && publicKey === undefined && !deps.witnesses.rekorURL && !deps.witnesses.tsaURL) {
    throw new SignError(
      'SIGN_INVALID_INPUT',
      `signing ${rootRef}: keyless signing without a transparency log needs a timestamp authority: expected a Rekor URL or a TSA URL, got neither; set one, or sign with a key`,
    );
  }
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
  const settled = await Promise.allSettled(
    jobs
      .filter((j) => !j.done)
      .map(async (job) => {
        job.done =
          job.format === 'legacy'
            ? await writeLegacy(deps, clock, sigRepo, job)
            : await writeBundle(deps.registry, clock, sigRepo, job);
        // The Sigstore bundle of this run's signature, for a local copy (the Action's bundle-path).
        job.done.bundle = bundleToJSON(job.bundle!);
      }),
  );
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;

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

/** The `.sig` tag of `digest` in `sigRepo`. */
function sigTagRef(sigRepo: ImageRef, digest: Digest): ImageRef {
  return { ...sigRepo, tag: toSignatureTag(digest) };
}

/** The image's descriptor (HEAD, or GET when the registry's HEAD says too little). */
async function resolveImage(registry: SignRegistry, image: ImageRef): Promise<Descriptor> {
  const found = await registry.headManifest(image);
  if (!found) {
    throw new SignError(
      'SIGN_IMAGE_NOT_FOUND',
      `image ${formatReference(image)}: not found in the registry; push it first, or check the name and ${image.digest ? 'digest' : 'tag'}`,
    );
  }
  return { mediaType: found.mediaType, digest: found.digest, size: found.size };
}

/**
 * `root`, then every manifest an index lists (depth first, each digest once), as cosign --recursive,
 * less BuildKit's attestation manifests (`vnd.docker.reference.type: attestation-manifest`).
 * An index nested deeper than the index-depth cap, or more manifests than the index-manifests cap,
 * fails with REGISTRY_LIMIT_EXCEEDED: stopping quietly would leave manifests unsigned.
 */
async function collectSubjects(
  registry: SignRegistry,
  repo: ImageRef,
  root: Descriptor,
  limits: Pick<Limits, 'indexDepth' | 'indexManifests'>,
): Promise<Descriptor[]> {
  const out = new Map<string, Descriptor>([[root.digest, root]]);
  const rootName = formatReference({ ...repo, digest: root.digest });
  const walk = async (d: Descriptor, depth: number): Promise<void> => {
    if (!isIndexMediaType(d.mediaType)) return;
    if (depth > limits.indexDepth) {
      throw limitExceeded('indexDepth', limits.indexDepth, `an index at depth ${depth}`, `index ${rootName}`);
    }
    const m = await registry.getManifest({ ...repo, digest: d.digest });
    const { manifest } = parseManifest(
      m.bytes,
      m.mediaType,
      `index ${formatReference({ ...repo, digest: d.digest })}`,
    );
    for (const child of (manifest as ImageIndex).manifests) {
      if (out.has(child.digest)) continue;
      // BuildKit's attestation manifests (provenance, SBOM) are not images: never signed as platforms.
      if (child.annotations?.[DOCKER_REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST_TYPE) continue;
      if (out.size >= limits.indexManifests + 1) {
        throw limitExceeded(
          'indexManifests',
          limits.indexManifests,
          `more than ${limits.indexManifests} manifests`,
          `index ${rootName}`,
        );
      }
      const entry: Descriptor = { mediaType: child.mediaType, digest: child.digest, size: child.size };
      if (child.platform) entry.platform = child.platform;
      out.set(child.digest, entry);
      await walk(entry, depth + 1);
    }
  };
  await walk(root, 1);
  return [...out.values()];
}

/**
 * The signer's public key (PEM) when it signs with a key, undefined when keyless. Learnt from one
 * signature over a payload it will sign anyway; a ReusableCertificateSigner keeps the certificate it
 * gets, so the probe costs no extra Fulcio call.
 */
async function probePublicKey(signer: Signer, at: string, payload: Buffer): Promise<string | undefined> {
  try {
    const sig = await signer.sign(payload);
    return sig.key.$case === 'publicKey' ? sig.key.publicKey : undefined;
  } catch (err) {
    throw new SignError('SIGN_FAILED', `signing ${at}: ${(err as Error).message}`, { cause: err });
  }
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
    const predicate = d.annotations?.['dev.sigstore.bundle.predicateType'];
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
    location: sigTagRef(sigRepo, job.subject.digest),
    unchanged,
  };
  const logIndex = legacyLogIndex(layer);
  if (logIndex !== undefined) done.logIndex = logIndex;
  return done;
}

/** Appends the job's layer to the `.sig` image, race-safe (signature-tag.ts). */
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
  const res = await appendSignatureLayer(deps.registry, sigTagRef(sigRepo, job.subject.digest), layer, {
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
): Promise<StoredSignature> {
  const bundleJSON = bundleToJSON(job.bundle!);
  const referrer = buildBundleReferrer({
    bundleJSON: Buffer.from(JSON.stringify(bundleJSON)),
    subject: job.subject,
    content: 'dsse-envelope',
    predicateType: COSIGN_SIGN_PREDICATE_TYPE,
    created: new Date(clock.now()),
  });
  // The referrer PUT is by digest and the index update merges, so the whole step may run again after
  // a failure that left it half done.
  let pushed: Awaited<ReturnType<SignRegistry['pushReferrer']>> | undefined;
  for (let attempt = 1; !pushed; attempt++) {
    try {
      for (const [digest, bytes] of referrer.blobs) {
        // The bundle is new by construction; the empty config is shared and usually there already.
        await registry.uploadBlob(sigRepo, bytes, { digest, skipExistenceCheck: bytes.length > 2 });
      }
      pushed = await registry.pushReferrer(sigRepo, referrer.manifestBytes, {
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
      });
    } catch (err) {
      if (attempt >= BUNDLE_WRITE_ATTEMPTS || !isRetryableWrite(err)) throw err;
      await clock.sleep(Math.round(100 * attempt * (1 + clock.random())));
    }
  }
  const done: StoredSignature = {
    subject: job.subject,
    format: 'bundle',
    location: { ...sigRepo, digest: referrer.digest },
    unchanged: false,
    referrers: pushed.source,
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
