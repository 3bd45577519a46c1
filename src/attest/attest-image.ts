// The attest stage: signs an in-toto statement about an image (and, for an index, about every
// manifest it lists) with the signing core of the sign stage, and stores it in cosign's legacy
// `sha256-<hex>.att` image, as a Sigstore bundle referrer, or both.
//
// Outline, as signImage: (1) resolve the image to one digest and collect the manifests; (2) make every
// DSSE bundle (Fulcio, Rekor, TSA) before (3) writing anything, so a Sigstore failure leaves the
// registry untouched. Both formats go through a Rekor `dsse` entry, as cosign v3.1.3 writes for
// `attest` in either format (measured on the bed). A dsse entry is the right type for large SBOMs:
// Rekor keeps only the hashes of the envelope and payload (an intoto 0.0.2 entry keeps the whole
// envelope), while the registry holds the predicate. The upload request still carries the envelope
// once, so an instance's request-size limit bounds the predicate: a refused upload fails before
// anything is written (fail closed), and `--tlog-upload=false` with a TSA is the way around it.
import { bundleToJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle';
import {
  SettleBatch,
  formatReference,
  formatRepository,
  type Descriptor,
  type Digest,
  type ImageRef,
} from '../registry/index.ts';
import { systemClock, type Clock } from '../sign/clock.ts';
import { bundleLogIndex } from '../sign/duplicates.ts';
import { resolveTargets, type SignFormat } from '../sign/resolve-targets.ts';
import type { SignDeps, SignRegistry } from '../sign/sign-image.ts';
import { toStatement } from '../sign/statement.ts';
import { requireTimeWitness } from '../sign/time-witness.ts';
import { buildBundleReferrer } from '../storage/bundle-referrer.ts';
import { toAttestationTag } from '../storage/cosign-tags.ts';
import { pushBundleReferrer } from '../storage/push-bundle-referrer.ts';
import { appendSignatureLayer, readSignatureImage } from '../storage/signature-image.ts';
import { AttestError } from './errors.ts';
import { toAttestationLayer } from './legacy-attestation.ts';

/** What to attest, already parsed. */
export interface AttestInput {
  /** The image, by digest or by tag (a tag is resolved once). */
  image: ImageRef;
  /** The predicate type URI (cosign shorthands resolved by parsePredicateType). */
  predicateType: string;
  /** The predicate, parsed JSON. */
  predicate: unknown;
  /** Default `both`. */
  format?: SignFormat;
  /** For an index, also attest every manifest it lists; default true. */
  recursive?: boolean;
  /** Store attestations here instead of the image's repository (COSIGN_REPOSITORY); tag ignored. */
  signatureRepository?: ImageRef;
}

/** The services the attest stage uses: the sign stage's. */
export type AttestDeps = Pick<SignDeps, 'registry' | 'signer' | 'witnesses' | 'clock' | 'settle'>;

/** One attestation of one manifest and where it is stored. */
export interface StoredAttestation {
  subject: Descriptor;
  format: 'legacy' | 'bundle';
  /** The `.att` tag, or the referrer manifest by digest. */
  location: ImageRef;
  logIndex?: number;
  /** The signed bundle (what GitHub's attestation store and `gh attestation verify --bundle` take). */
  bundle?: SerializedBundle;
}

/** What the attest stage did. */
export interface AttestResult {
  image: ImageRef;
  digest: Digest;
  predicateType: string;
  attestations: StoredAttestation[];
  warnings: string[];
}

interface Job {
  subject: Descriptor;
  format: 'legacy' | 'bundle';
  bundle?: Bundle;
}

/** The largest `.att` layer read back (a DSSE envelope holding a whole SBOM). */
export const MAX_ATTESTATION_BYTES = 64 << 20;

/** Attests `input.image` (and an index's manifests), writing nothing unless every bundle was made. */
export async function attestImage(input: AttestInput, deps: AttestDeps): Promise<AttestResult> {
  const clock = deps.clock ?? systemClock;
  // 1. One digest, and the manifests under it (as the sign stage resolves them).
  const { formats, repo, sigRepo, root, subjects, warnings } = await resolveTargets(
    deps.registry,
    input,
    'attested',
  );
  const rootRef = formatReference({ ...repo, digest: root.digest });

  // Keyless needs Rekor or a TSA to prove when the short-lived certificate was used.
  await requireTimeWitness(
    deps.signer,
    deps.witnesses,
    `attesting ${rootRef}`,
    Buffer.from(root.digest),
    (m) => new AttestError('ATTEST_INVALID_INPUT', m),
    (m, cause) => new AttestError('ATTEST_FAILED', m, { cause }),
  );

  // 2. Every bundle, before any write. Each format gets its own signature and tlog entry, as cosign.
  const jobs: Job[] = subjects.flatMap((subject) => formats.map((f) => ({ subject, format: f })));
  // sigstore-js's signing stack loads only when something is signed.
  const { createWitnesses, refuseLegacyWithRekorV2, signStatement } = await import('../sign/bundler.ts');
  if (formats.includes('legacy')) refuseLegacyWithRekorV2(deps.witnesses, 'attestation-format');
  const witnesses = createWitnesses(deps.witnesses, 'dsse');
  const name = formatRepository(repo);
  for (const job of jobs) {
    const statement = toStatement(job.subject.digest, input.predicateType, input.predicate, name);
    try {
      job.bundle = await signStatement(statement, { signer: deps.signer, witnesses });
    } catch (err) {
      const at = formatReference({ ...repo, digest: job.subject.digest });
      throw new AttestError('ATTEST_FAILED', `attesting ${at}: ${(err as Error).message}`, { cause: err });
    }
  }
  const made = jobs[0]?.bundle;
  if (made && made.verificationMaterial.tlogEntries.length === 0) {
    warnings.push(
      'no transparency log entry (no Rekor URL): verifiers must skip the tlog check (cosign verify-attestation --insecure-ignore-tlog=true)',
    );
  }

  // 3. Write: each job touches its own `.att` tag or its subject's referrers. Read-backs share one
  // settle wait, the run's (deps.settle.batch, settled by its owner) or this stage's.
  const settle = { ...deps.settle, batch: deps.settle?.batch ?? new SettleBatch(clock) };
  const attestations = await Promise.all(
    jobs.map((job) =>
      job.format === 'legacy'
        ? writeLegacy({ ...deps, settle }, clock, sigRepo, job, input.predicateType)
        : writeBundle(deps.registry, clock, sigRepo, job, input.predicateType, settle.batch),
    ),
  );
  if (!deps.settle?.batch) await settle.batch.settle();
  return {
    image: { ...repo, digest: root.digest },
    digest: root.digest,
    predicateType: input.predicateType,
    attestations,
    warnings,
  };
}

async function writeLegacy(
  deps: AttestDeps,
  clock: Clock,
  sigRepo: ImageRef,
  job: Job,
  predicateType: string,
): Promise<StoredAttestation> {
  const location = toAttestationTag(sigRepo, job.subject.digest);
  // The race-safe append of the sign stage: concurrent attesters keep each other's layers. Read here
  // with the attestation size bound: the append keeps the payloads it was given and never fetches them
  // again.
  const current = await readSignatureImage(deps.registry, location, new Map(), MAX_ATTESTATION_BYTES);
  await appendSignatureLayer(deps.registry, location, toAttestationLayer(job.bundle!, predicateType), {
    clock,
    current,
    settle: deps.settle,
  });
  const done: StoredAttestation = {
    subject: job.subject,
    format: 'legacy',
    location,
    bundle: bundleToJSON(job.bundle!),
  };
  const logIndex = job.bundle!.verificationMaterial.tlogEntries[0]?.logIndex;
  if (logIndex !== undefined) done.logIndex = Number(logIndex);
  return done;
}

async function writeBundle(
  registry: SignRegistry,
  clock: Clock,
  sigRepo: ImageRef,
  job: Job,
  predicateType: string,
  batch: SettleBatch,
): Promise<StoredAttestation> {
  const bundleJSON = bundleToJSON(job.bundle!);
  const referrer = buildBundleReferrer({
    bundleJSON: Buffer.from(JSON.stringify(bundleJSON)),
    subject: job.subject,
    content: 'dsse-envelope',
    predicateType,
    created: new Date(clock.now()),
  });
  await pushBundleReferrer(registry, sigRepo, referrer, clock, batch);
  const done: StoredAttestation = {
    subject: job.subject,
    format: 'bundle',
    location: { ...sigRepo, digest: referrer.digest },
    bundle: bundleJSON,
  };
  const logIndex = bundleLogIndex(bundleJSON);
  if (logIndex !== undefined) done.logIndex = logIndex;
  return done;
}
