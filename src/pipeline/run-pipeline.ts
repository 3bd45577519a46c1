// The whole pipeline as one function: build and push → sign the pushed digest → SBOM of every platform,
// attested → provenance, attested → verify what the registry now holds → admission objects (and apply).
// Every stage is the same function `signet <stage>` calls; this file only orders them, hands each the
// previous one's result, and stops at the first failure, so nothing is written after a stage fails and
// nothing reaches a cluster unless the read-back verification passed (the signatures, and every SBOM and
// provenance attestation just written, in each format it was written in, as cosign verify-attestation
// checks them): `apply` without `verify` is
// refused (PIPELINE_INVALID_INPUT), and a verification that found no valid signature generates nothing. The CI adapters (the Action, the
// GitLab component) turn their inputs into a PipelineInput and their environment into PipelineDeps.
import {
  attestImage,
  attestVsa,
  toVsaEvidence,
  verifyAttestations,
  type AttestResult,
  type AttestVsaResult,
  type VerifyAttestationsResult,
} from '../attest/index.ts';
import { buildImage, type BuildDeps, type BuildInput, type BuildResult } from '../build/index.ts';
// Types only: the cluster stage loads when admission objects are generated.
import type { ApplyInput, ApplyResult } from '../cluster/apply.ts';
import type { AdmissionTarget, GeneratedAdmission } from '../cluster/generate.ts';
import type { KubeApi } from '../cluster/kube-client.ts';
import type { AdmissionInput } from '../cluster/types.ts';
import { mapLimit } from '../map-limit.ts';
import { SettleBatch, type Digest, type ImageRef, type RegistryClient } from '../registry/index.ts';
import type { SbomInput, SbomResult } from '../sbom/index.ts';
import type { WitnessOptions } from '../sign/bundler.ts';
import { systemClock } from '../sign/clock.ts';
import { signImage, toSignTargets, type SignInput, type SignResult } from '../sign/index.ts';
import type { Signer } from '../sign/signer.ts';
import { verifyImage, VerifyError, type VerifyInput, type VerifyResult } from '../verify/index.ts';
import { SignetError } from '../errors.ts';

/** A pipeline asked for something it cannot do (a stage without what it needs), found before it starts. */
export class PipelineError extends SignetError<'PIPELINE_INVALID_INPUT'> {}

/**
 * A stage input given as it is, or made when the stage starts: after signing, so the verify policy and
 * the admission signer can default to the identity the signing token carried.
 */
export type Deferred<T> = T | (() => Promise<T>);

const resolve = <T>(d: Deferred<T>): Promise<T> =>
  typeof d === 'function' ? (d as () => Promise<T>)() : Promise.resolve(d);

/** The stages to run and their inputs; an absent stage is skipped. */
export interface PipelineInput {
  build: BuildInput;
  /** Sign the pushed digest (the image is filled in from the build). */
  sign?: Omit<SignInput, 'image'>;
  /** Collect the SBOM of every platform and attest each to its platform manifest. */
  sbom?: Omit<SbomInput, 'image'>;
  /** Attest SLSA provenance (an already built predicate) to the pushed digest and its platforms. */
  provenance?: Deferred<{ predicateType: string; predicate: unknown } | undefined>;
  /** Where attestations go and in which formats (default: the signature's). */
  attest?: { format?: SignInput['format']; signatureRepository?: SignInput['signatureRepository'] };
  /** Verify the pushed digest from the registry. */
  verify?: Deferred<Omit<VerifyInput, 'image'>>;
  /**
   * After the read-back verification, sign and attach a SLSA verification summary (VSA) of it to the
   * pushed digest; a failed verification gets a FAILED summary only with `onFailure`.
   */
  vsa?: Deferred<{
    /** `verifier.id`: the run's identity. */
    verifierId: string;
    verifierVersion?: string;
    policyUri?: string;
    onFailure?: boolean;
  }>;
  /** Admission objects for the pushed repository, pinned to the pushed digest. */
  admission?: Deferred<{
    input: Omit<AdmissionInput, 'repositories' | 'digests'>;
    targets: readonly AdmissionTarget[];
    /** Apply them (only after a passing verification). */
    apply?: Omit<ApplyInput, 'objects' | 'policyName'>;
  }>;
}

/** What the stages use. */
export interface PipelineDeps {
  build: BuildDeps;
  registry: RegistryClient;
  /** The signer and witnesses; required when sign, sbom or provenance are asked for. */
  signing?: { signer: Signer; witnesses: WitnessOptions };
  kube?: KubeApi;
  now(): Date;
  /** Told as each stage starts (the adapter logs it or opens a group). */
  onStage?(stage: PipelineStage, what: string): void;
}

export type PipelineStage = 'build' | 'sign' | 'sbom' | 'provenance' | 'verify' | 'vsa' | 'admission';

/** What every stage did. */
export interface PipelineResult {
  build: BuildResult;
  /** The pushed digest in every distinct repository of the tags (the first tag's first): each is signed, attested and verified. */
  images: ImageRef[];
  sign?: SignResult;
  sboms?: SbomResult;
  sbomAttestations: AttestResult[];
  provenance?: AttestResult;
  verify?: VerifyResult;
  /** The read-back verification of the provenance attestation of the pushed digest (the VSA's levels). */
  provenanceVerify?: VerifyAttestationsResult;
  /**
   * The read-back verification of every attestation the run wrote (SBOMs and provenance): one result
   * per repository, subject digest and predicate type, after a passing signature verification.
   */
  attestationsVerify: VerifyAttestationsResult[];
  vsa?: AttestVsaResult;
  admission?: GeneratedAdmission & { input: AdmissionInput };
  applied?: ApplyResult;
  warnings: string[];
}

function needSigning(deps: PipelineDeps, stage: string): NonNullable<PipelineDeps['signing']> {
  if (!deps.signing) throw new PipelineError('PIPELINE_INVALID_INPUT', `the ${stage} stage needs a signer`);
  return deps.signing;
}

/**
 * What the pipeline refuses before any stage runs. Applying admission objects needs the read-back
 * verification: Signet applies only what it verified, so `apply` without `verify` is an error, not a
 * silent apply (generating the objects without applying them needs no verification).
 */
function checkInput(input: PipelineInput, deps: PipelineDeps): void {
  const signs = input.sign || input.sbom || input.provenance || input.vsa;
  if (signs && !deps.signing)
    throw new PipelineError('PIPELINE_INVALID_INPUT', 'signing, attesting or a VSA needs a signer');
  if (input.vsa && !input.verify)
    throw new PipelineError('PIPELINE_INVALID_INPUT', 'a verification summary (vsa) needs verify');
}

/** Runs the stages in order; throws the first stage's error (the stages' own typed errors). */
export async function runPipeline(input: PipelineInput, deps: PipelineDeps): Promise<PipelineResult> {
  checkInput(input, deps);
  const stage = deps.onStage ?? (() => {});
  stage('build', `${input.build.builder} → ${input.build.tags.map((t) => t.repository).join(', ')}`);
  const build = await buildImage(input.build, deps.build);
  const image = build.image;
  // Every repository pushed to gets the signatures and attestations, not only the first tag's.
  const images = toSignTargets([image, ...build.names], build.digest);
  const out: PipelineResult = {
    build,
    images,
    sbomAttestations: [],
    attestationsVerify: [],
    warnings: [...build.warnings],
  };
  // Every attestation written, per target: what the read-back verification checks.
  const written: AttestResult[] = [];
  // The read-backs of the race-safe tag writes of sign and the attestations share one settle wait,
  // taken after the last of them (registry/settle.ts), not one per stage and repository.
  const settle = { batch: new SettleBatch(systemClock) };

  if (input.sign) {
    stage(
      'sign',
      `${build.digest} (${input.sign.format ?? 'both'}) in ${images.length} repositor${images.length === 1 ? 'y' : 'ies'}`,
    );
    for (const target of images) {
      const signed = await signImage(
        { ...input.sign, image: target },
        { registry: deps.registry, ...needSigning(deps, 'sign'), settle },
      );
      out.warnings.push(...signed.warnings);
      if (!out.sign) out.sign = signed;
      else out.sign.signatures.push(...signed.signatures);
    }
  }
  const attestTo = {
    format: input.attest?.format ?? input.sign?.format,
    signatureRepository: input.attest?.signatureRepository ?? input.sign?.signatureRepository,
  };

  if (input.sbom) {
    stage('sbom', `${build.manifests.length} platform manifest(s)`);
    // Each optional stage loads when it runs (issue 18): the SBOM generators, the admission objects.
    const { collectSboms } = await import('../sbom/index.ts');
    out.sboms = await collectSboms({ ...input.sbom, image }, { registry: deps.registry, now: deps.now });
    out.warnings.push(...out.sboms.warnings);
    for (const sbom of out.sboms.sboms.flatMap((b) => images.map((target) => ({ ...b, target })))) {
      const attested = await attestImage(
        {
          image: { ...sbom.target, digest: sbom.subject },
          predicateType: sbom.predicateType,
          predicate: JSON.parse(sbom.json) as unknown,
          recursive: false,
          ...attestTo,
        },
        { registry: deps.registry, ...needSigning(deps, 'sbom'), settle },
      );
      out.sbomAttestations.push(attested);
      written.push(attested);
      out.warnings.push(...attested.warnings);
    }
  }

  const provenance = input.provenance && (await resolve(input.provenance));
  if (provenance) {
    stage('provenance', provenance.predicateType);
    for (const target of images) {
      const attested = await attestImage(
        { image: target, ...provenance, recursive: true, ...attestTo },
        { registry: deps.registry, ...needSigning(deps, 'provenance'), settle },
      );
      written.push({ ...attested, attestations: [...attested.attestations] });
      out.warnings.push(...attested.warnings);
      if (!out.provenance) out.provenance = attested;
      else out.provenance.attestations.push(...attested.attestations);
    }
  }

  await settle.batch.settle();

  if (input.verify) {
    stage('verify', `${image.registry}/${image.repository}@${build.digest}`);
    const verifyInput = { ...(await resolve(input.verify)), image };
    const vsa = input.vsa && (await resolve(input.vsa));
    const { onFailure, ...vsaFacts } = vsa ?? {};
    // Each repository's own read-back, for its own VSA.
    const verified: VerifyResult[] = [];
    try {
      out.verify = await verifyImage(verifyInput, { registry: deps.registry });
      verified.push(out.verify);
      // The other repositories are read back too; the first that does not verify is the result.
      for (const target of images.slice(1)) {
        if (!out.verify.verified) break;
        const other = await verifyImage({ ...verifyInput, image: target }, { registry: deps.registry });
        out.warnings.push(...other.warnings);
        verified.push(other);
        if (!other.verified) out.verify = other;
      }
    } catch (err) {
      // Nothing to verify is a failure too: summarised as FAILED when asked, then thrown.
      if (vsa && onFailure && err instanceof VerifyError && err.code === 'VERIFY_NO_SIGNATURES') {
        stage('vsa', 'FAILED');
        out.vsa = await attestVsa(
          {
            ...vsaFacts,
            verifierId: vsa.verifierId,
            image,
            digest: build.digest,
            timeVerified: deps.now(),
            ...toVsaEvidence({
              policy: verifyInput.policy,
              signatures: { ...emptyVerify(verifyInput), digest: build.digest },
            }),
            ...attestTo,
          },
          { registry: deps.registry, ...needSigning(deps, 'vsa') },
        );
      }
      throw err;
    }
    out.warnings.push(...out.verify.warnings);
    // Then every attestation just written is read back and verified with the same policy, in each
    // format it was written in (cosign verify-attestation, once per predicate type, in the chain).
    const unverified: string[] = [];
    // The results with a format written but not verified (a VSA summarises them as failed).
    const failing = new Set<VerifyAttestationsResult>();
    if (out.verify.verified && written.length > 0) {
      const checked = await verifyWritten(written, verifyInput, attestTo, deps);
      stage(
        'verify',
        `${checked.length} attestation subject(s): ${[...new Set(checked.map((c) => c.result.predicateType))].join(', ')}`,
      );
      for (const c of checked) {
        out.attestationsVerify.push(c.result);
        out.warnings.push(...c.result.warnings.filter((w) => !out.warnings.includes(w)));
        if (c.missing.length > 0) {
          unverified.push(describeUnverified(c.result, c.missing));
          failing.add(c.result);
        }
      }
      out.provenanceVerify = out.attestationsVerify.find(
        (r) =>
          r.predicateType === provenance?.predicateType &&
          r.digest === build.digest &&
          r.image.repository === image.repository &&
          r.image.registry === image.registry,
      );
    }
    const failAttestations = () => {
      if (unverified.length > 0)
        throw new VerifyError(
          'VERIFY_FAILED',
          `the attestations just written do not verify: ${unverified.join('; ')}`,
        );
    };
    // Without a VSA, or without one for failures, nothing more is written after a failed read-back.
    if (!vsa || !onFailure) failAttestations();
    if (vsa) {
      // One summary per repository (each names its own resourceUri and the bundles read back there);
      // a failed read-back anywhere summarises that repository alone, as FAILED. The provenance read
      // back there raises the level; any attestation there that did not verify in every format fails it.
      const targets = out.verify.verified
        ? images.map((t, i) => ({ target: t, signatures: verified[i]! }))
        : [];
      if (!out.verify.verified) targets.push({ target: out.verify.image, signatures: out.verify });
      for (const { target, signatures } of targets) {
        const at = { registry: target.registry, repository: target.repository };
        const here = (r: VerifyAttestationsResult) =>
          r.image.registry === at.registry && r.image.repository === at.repository;
        const provenanceHere = out.attestationsVerify.find(
          (r) => r.predicateType === provenance?.predicateType && r.digest === build.digest && here(r),
        );
        const evidenceOf = [
          ...(provenanceHere && !failing.has(provenanceHere) ? [provenanceHere] : []),
          ...[...failing].filter(here).map((f) => ({ ...f, verified: false })),
        ];
        const evidence = toVsaEvidence({
          policy: verifyInput.policy,
          signatures,
          ...(evidenceOf.length > 0 ? { attestations: evidenceOf } : {}),
        });
        if (evidence.result === 'PASSED' || onFailure) {
          stage('vsa', `${evidence.result} ${at.registry}/${at.repository}`);
          const summary = await attestVsa(
            {
              ...vsaFacts,
              verifierId: vsa.verifierId,
              ...evidence,
              image: { ...at },
              digest: build.digest,
              timeVerified: deps.now(),
              ...attestTo,
            },
            { registry: deps.registry, ...needSigning(deps, 'vsa') },
          );
          out.warnings.push(...summary.warnings);
          if (!out.vsa) out.vsa = summary;
          else out.vsa.attestations.push(...summary.attestations);
        }
      }
      failAttestations();
    }
  }

  // Objects are generated only after a passing read-back verification when one was asked for, and
  // applied only after one (checked below, before anything is sent to the cluster).
  if (input.admission && (!out.verify || out.verify.verified)) {
    const admission = await resolve(input.admission);
    if (admission.apply && !out.verify?.verified)
      throw new PipelineError(
        'PIPELINE_INVALID_INPUT',
        'applying admission objects needs the read-back verification: ask for verify too',
      );
    stage('admission', admission.targets.join(', '));
    const admissionInput: AdmissionInput = {
      ...admission.input,
      // Every repository pushed to is governed, not only the first tag's.
      repositories: images.map((t) => ({ registry: t.registry, repository: t.repository })),
      digests: [build.digest],
    };
    const { applyObjects, generateAdmission } = await import('../cluster/index.ts');
    const generated = generateAdmission(admissionInput, admission.targets);
    out.admission = { ...generated, input: admissionInput };
    out.warnings.push(...generated.warnings);
    if (admission.apply) {
      if (!deps.kube)
        throw new PipelineError(
          'PIPELINE_INVALID_INPUT',
          'applying admission objects needs a cluster client',
        );
      out.applied = await applyObjects(
        { ...admission.apply, objects: generated.objects, policyName: admissionInput.name },
        { kube: deps.kube },
      );
    }
  }
  return out;
}

/** One repository, subject digest and predicate type the run attested, with the formats written. */
interface WrittenGroup {
  image: ImageRef;
  digest: Digest;
  predicateType: string;
  formats: Set<'legacy' | 'bundle'>;
}

/**
 * Verifies every attestation the run wrote: one verifyAttestations per repository, subject and predicate
 * type (four at a time). `missing` lists the formats written that have no verified attestation.
 */
async function verifyWritten(
  written: readonly AttestResult[],
  verify: VerifyInput,
  attestTo: { format?: VerifyInput['formats']; signatureRepository?: VerifyInput['signatureRepository'] },
  deps: PipelineDeps,
): Promise<{ result: VerifyAttestationsResult; missing: ('legacy' | 'bundle')[] }[]> {
  const groups = new Map<string, WrittenGroup>();
  for (const r of written) {
    for (const a of r.attestations) {
      const key = `${r.image.registry}/${r.image.repository}@${a.subject.digest} ${r.predicateType}`;
      const g = groups.get(key) ?? {
        image: { registry: r.image.registry, repository: r.image.repository },
        digest: a.subject.digest as Digest,
        predicateType: r.predicateType,
        formats: new Set(),
      };
      g.formats.add(a.format);
      groups.set(key, g);
    }
  }
  return mapLimit([...groups.values()], 4, async (g) => {
    const result = await verifyAttestations(
      {
        image: { ...g.image, digest: g.digest },
        predicateType: g.predicateType,
        policy: verify.policy,
        ...(attestTo.signatureRepository ? { signatureRepository: attestTo.signatureRepository } : {}),
        formats: g.formats.size === 2 ? 'both' : [...g.formats][0]!,
      },
      { registry: deps.registry },
    );
    const missing = [...g.formats].filter((f) => !result.attestations.some((a) => a.format === f));
    return { result, missing };
  });
}

/** One line for an attestation that did not verify: where, which formats, and why. */
function describeUnverified(r: VerifyAttestationsResult, missing: readonly string[]): string {
  const reasons = r.rejected.map((x) => `${x.code}: ${x.message}`).join(', ');
  return `${r.predicateType} of ${r.image.registry}/${r.image.repository}@${r.digest} (${missing.join(' and ')}${reasons ? `: ${reasons}` : ''})`;
}

/** A verification that found nothing: no signatures, nothing rejected. */
function emptyVerify(input: VerifyInput): VerifyResult {
  return {
    image: input.image,
    digest: input.image.digest ?? 'sha256:',
    signatureRepository: input.signatureRepository ?? input.image,
    formats: input.formats ?? 'both',
    verified: false,
    signatures: [],
    rejected: [],
    warnings: [],
  };
}
