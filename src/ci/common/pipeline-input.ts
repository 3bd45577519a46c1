// The pipeline's input from the Action's and the component's typed inputs: which stages run, each
// with what the inputs say. Pure: what needs I/O (the verify policy, the run's provenance, the VSA's
// verifier, the admission signer) comes in as deferred functions the pipeline calls when their stage
// starts, and files come in already read.
import { SLSA_PROVENANCE_V1 } from '../../attest/constants.ts';
import type { BuildInput } from '../../build/index.ts';
import { ADMISSION_TARGETS, type AdmissionTarget } from '../../cluster/generate.ts';
import type { Signer as AdmissionSigner, TrustedRootJSON } from '../../cluster/types.ts';
import type { PipelineInput } from '../../pipeline/run-pipeline.ts';
import type { ImageRef } from '../../registry/index.ts';
import type { Limits } from '../../limits.ts';
import type { SbomSource } from '../../sbom/index.ts';
import type { VerifyPolicy } from '../../verify/index.ts';
import { VERSION } from '../../version.ts';
import { CLAIM_INPUTS, type CiInputs } from './ci-inputs.ts';
import { UsageError } from './values.ts';

const SBOM_SOURCES: readonly SbomSource[] = ['buildkit', 'file', 'generate'];

/** The `admission` input's targets, each checked against the generators'. */
export function toAdmissionTargets(values: readonly string[]): AdmissionTarget[] {
  return values.map((t) => {
    const target = ADMISSION_TARGETS.find((a) => a === t);
    if (!target)
      throw new UsageError(
        `input admission: ${JSON.stringify(t)} is not one of ${ADMISSION_TARGETS.join(', ')}`,
      );
    return target;
  });
}

/** The `sbom-source` input's sources, each checked against the SBOM stage's. */
export function toSbomSources(values: readonly string[]): SbomSource[] {
  return values.map((s) => {
    const source = SBOM_SOURCES.find((k) => k === s);
    if (!source)
      throw new UsageError(
        `input sbom-source: ${JSON.stringify(s)} is not one of ${SBOM_SOURCES.join(', ')}`,
      );
    return source;
  });
}

/** The admission objects' base name from the repository's last part (a DNS-1123 label). */
export function defaultPolicyName(image: ImageRef): string {
  const base = (image.repository.split('/').pop() ?? '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return (
    base
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'signet'
  );
}

/** What the stages need beyond the inputs: values read or made already, and the deferred parts. */
export interface PipelineInputContext {
  build: BuildInput;
  signatureRepository?: ImageRef;
  /** The `sbom-file` input's bytes. */
  sbomFile?: { name: string; bytes: Uint8Array };
  /** The registry caps (also the SBOM generator's). */
  limits: Partial<Limits>;
  /** The verify policy, made when the verify stage starts (after signing: it may use the signing identity). */
  policy(): Promise<VerifyPolicy>;
  /** This run's SLSA provenance, or the reason there is none here. */
  provenance(): { predicate: unknown } | { missing: string };
  /** The identity that vouches for a VSA (this run's). */
  vsaVerifier(): Promise<string>;
  /** Who signed, as the admission objects pin it. */
  admissionSigner(): Promise<AdmissionSigner>;
  /** The `trusted-root` input's document, for a private Sigstore's admission objects. */
  trustedRoot(): Promise<TrustedRootJSON | undefined>;
  /** This run's keyless signatures are timed by a TSA (a Rekor v2 log, or none): the policies require it. */
  signedTimestamps?: boolean;
  warning(message: string): void;
}

/** The stages the inputs ask for, with their inputs; a warning for what the admission objects cannot pin. */
export function toPipelineInput(inputs: CiInputs, ctx: PipelineInputContext): PipelineInput {
  const format = inputs['signature-format'];
  const { signatureRepository } = ctx;
  const wantsVsa = inputs.verify && inputs.vsa;
  const targets = toAdmissionTargets(inputs.admission);
  // No admission object Signet writes can carry them.
  const unpinned = CLAIM_INPUTS.filter((n) => inputs[n] !== undefined);
  if (targets.length > 0 && unpinned.length > 0)
    ctx.warning(
      `${unpinned.join(', ')}: ${inputs.verify ? "checked by this run's verification, but not at admission" : 'not checked (verify: false), and not at admission'}: the admission objects pin the signer's issuer and subject only (policy-controller, Kyverno and Connaisseur have no field for these claims)`,
    );
  return {
    build: ctx.build,
    ...(inputs.sign ? { sign: { format, signatureRepository } } : {}),
    ...(inputs['attest-sbom']
      ? {
          sbom: {
            sources: toSbomSources(inputs['sbom-source']),
            ...(ctx.sbomFile ? { file: ctx.sbomFile } : {}),
            tool: { name: 'signet', version: VERSION },
            limits: ctx.limits,
          },
        }
      : {}),
    ...(inputs['attest-provenance']
      ? {
          provenance: async () => {
            const made = ctx.provenance();
            if ('missing' in made) {
              ctx.warning(`no SLSA provenance attested: ${made.missing}`);
              return undefined;
            }
            return { predicateType: SLSA_PROVENANCE_V1, predicate: made.predicate };
          },
        }
      : {}),
    ...(inputs.verify
      ? { verify: async () => ({ policy: await ctx.policy(), formats: format, signatureRepository }) }
      : {}),
    ...(wantsVsa
      ? {
          vsa: async () => ({
            verifierId: await ctx.vsaVerifier(),
            verifierVersion: VERSION,
            onFailure: inputs['vsa-on-failure'],
            ...(inputs['vsa-policy-uri'] ? { policyUri: inputs['vsa-policy-uri'] } : {}),
          }),
        }
      : {}),
    ...(targets.length > 0
      ? {
          admission: async () => ({
            input: {
              name: inputs['policy-name'] ?? defaultPolicyName(ctx.build.tags[0]!),
              signatureFormat: format === 'bundle' ? 'bundle' : 'legacy',
              build: await ctx.admissionSigner(),
              mode: inputs['policy-mode'],
              trustedRoot: await ctx.trustedRoot(),
              signatureRepository,
              noTlog: !inputs['tlog-upload'],
              ...(ctx.signedTimestamps ? { signedTimestamps: true } : {}),
              companions: {
                allowedRegistries: inputs['allowed-registries'],
                pullPolicyAlways: inputs['pull-policy-always'],
                auditUnsigned: inputs['audit-unsigned'],
                alert: inputs.alert,
              },
              vsa: {
                ...(inputs['vsa-min-level'] ? { minLevel: inputs['vsa-min-level'] } : {}),
                ...(inputs['vsa-max-age'] ? { maxAge: inputs['vsa-max-age'] } : {}),
              },
            },
            targets,
            ...(inputs.apply ? { apply: { dryRun: inputs['dry-run'] } } : {}),
          }),
        }
      : {}),
  };
}
