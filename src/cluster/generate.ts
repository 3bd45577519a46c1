// The `signet policy` stage: from one description of who signs what, the admission objects of every
// supported controller, each checked against its controller's own rules before it is returned.
import { buildClusterImagePolicies } from './cluster-image-policy.ts';
import { buildCompanions } from './companions.ts';
import { POLICY_CONTROLLER_INCLUDE_LABEL } from './constants.ts';
import { buildConnaisseurValues } from './connaisseur.ts';
import { PolicyError } from './errors.ts';
import { checkAdmissionInput } from './input.ts';
import {
  buildImageValidatingPolicy,
  buildKyvernoClusterPolicy,
  buildPolicyExceptions,
} from './kyverno-policy.ts';
import type { AdmissionInput, KubeObject } from './types.ts';
import { checkClusterImagePolicy } from './webhook-rules.ts';
import {
  buildVsaClusterImagePolicy,
  buildVsaImageValidatingPolicy,
  buildVsaKyvernoPolicy,
  toVsaRules,
} from './vsa-policy.ts';

/**
 * The admission controllers Signet writes for; the `-vsa` targets admit on a SLSA verification summary
 * signed by the build identity (vsa-policy.ts) instead of on the signatures.
 */
export type AdmissionTarget =
  | 'policy-controller'
  | 'kyverno'
  | 'kyverno-ivp'
  | 'connaisseur'
  | 'policy-controller-vsa'
  | 'kyverno-vsa'
  | 'kyverno-ivp-vsa';

/** All targets, in output order. */
export const ADMISSION_TARGETS: readonly AdmissionTarget[] = [
  'policy-controller',
  'kyverno',
  'kyverno-ivp',
  'connaisseur',
  'policy-controller-vsa',
  'kyverno-vsa',
  'kyverno-ivp-vsa',
];

/** What `generateAdmission` produces. */
export interface GeneratedAdmission {
  /** Kubernetes objects for apply or GitOps, in a stable order. */
  objects: KubeObject[];
  /** Connaisseur's Helm values (`application:`), when that target was asked for. */
  connaisseurValues?: Record<string, unknown>;
  warnings: string[];
}

/** The targets written when none are named: every signature-based one (the `-vsa` ones are opt-in). */
export const DEFAULT_ADMISSION_TARGETS: readonly AdmissionTarget[] = ADMISSION_TARGETS.filter(
  (t) => !t.endsWith('-vsa'),
);

/** Generates the objects of the requested targets; throws PolicyError on bad input or a broken object. */
export function generateAdmission(
  input: AdmissionInput,
  targets: readonly AdmissionTarget[] = DEFAULT_ADMISSION_TARGETS,
): GeneratedAdmission {
  const checked = checkAdmissionInput(input);
  const objects: KubeObject[] = [];
  const warnings: string[] = [];
  const out: GeneratedAdmission = { objects, warnings };
  if (targets.includes('policy-controller')) {
    const cips = buildClusterImagePolicies(checked);
    for (const o of cips.filter((c) => c.kind === 'ClusterImagePolicy')) {
      const errs = checkClusterImagePolicy(o);
      if (errs.length > 0) {
        throw new PolicyError(
          'POLICY_INVALID_OBJECT',
          `generated ClusterImagePolicy ${o.metadata.name} breaks the policy-controller webhook: ${errs.join('; ')}`,
        );
      }
    }
    objects.push(...cips);
    if (checked.clusterLevel === 'production' && !checked.release) {
      warnings.push(
        'policy-controller: production asked for without a release identity: only the build identity is required',
      );
    }
    warnings.push(
      `policy-controller checks only namespaces labelled ${POLICY_CONTROLLER_INCLUDE_LABEL}=true; it enforces the ${checked.clusterLevel} level cluster-wide`,
    );
  }
  if (targets.includes('kyverno')) objects.push(buildKyvernoClusterPolicy(checked));
  if (targets.includes('kyverno-ivp')) {
    const keyless = [checked.build, checked.release].some((s) => s?.kind === 'keyless');
    if (keyless && checked.trustedRoot && !checked.tuf) {
      warnings.push(
        'kyverno ImageValidatingPolicy: Kyverno 1.19 initialises TUF for keyless attestors even with an inline trusted root; with a private Sigstore, serve it a TUF mirror or use the ClusterPolicy',
      );
    }
    objects.push(
      buildImageValidatingPolicy(checked, 'development'),
      buildImageValidatingPolicy(checked, 'production'),
    );
  }
  if (checked.bypass && (targets.includes('kyverno') || targets.includes('kyverno-ivp'))) {
    const exceptions = buildPolicyExceptions(checked).filter((e) =>
      e.apiVersion.startsWith('kyverno.io/') ? targets.includes('kyverno') : targets.includes('kyverno-ivp'),
    );
    objects.push(...exceptions);
    warnings.push(
      `emergency bypass active for namespaces ${checked.bypass.namespaces.join(', ')}: remove it with the next apply`,
    );
  }
  if (checked.companions) {
    const companions = buildCompanions(checked, checked.companions, {
      kyverno: targets.includes('kyverno'),
      kyvernoIvp: targets.includes('kyverno-ivp'),
    });
    objects.push(...companions.objects);
    warnings.push(...companions.warnings);
  }
  if (targets.includes('connaisseur')) out.connaisseurValues = buildConnaisseurValues(checked);
  generateVsaObjects(checked, targets, out);
  return out;
}

/** The `-vsa` targets' objects (a TrustRoot too when policy-controller's signature policy is not written). */
function generateVsaObjects(
  checked: ReturnType<typeof checkAdmissionInput>,
  targets: readonly AdmissionTarget[],
  out: GeneratedAdmission,
): void {
  const wanted = targets.filter((t) => t.endsWith('-vsa'));
  if (wanted.length === 0) return;
  toVsaRules(checked);
  if (checked.vsa?.maxAge === undefined) {
    out.warnings.push(
      'vsa: no maximum age: a summary admits its digest for as long as it is stored (set the vsa max-age)',
    );
  }
  if (targets.includes('policy-controller-vsa')) {
    if (checked.trustedRoot && !targets.includes('policy-controller')) {
      out.objects.push(
        ...buildClusterImagePolicies({ ...checked, digests: [] }).filter((o) => o.kind === 'TrustRoot'),
      );
    }
    const cip = buildVsaClusterImagePolicy(checked);
    const errs = checkClusterImagePolicy(cip);
    if (errs.length > 0) {
      throw new PolicyError(
        'POLICY_INVALID_OBJECT',
        `generated ClusterImagePolicy ${cip.metadata.name} breaks the policy-controller webhook: ${errs.join('; ')}`,
      );
    }
    out.objects.push(cip);
  }
  if (targets.includes('kyverno-vsa')) out.objects.push(buildVsaKyvernoPolicy(checked));
  if (targets.includes('kyverno-ivp-vsa')) {
    if (checked.build.kind === 'keyless' && checked.trustedRoot) {
      out.warnings.push(
        'kyverno ImageValidatingPolicy (vsa): Kyverno 1.19 initialises TUF for keyless attestors even with an inline trusted root; with a private Sigstore, serve it a TUF mirror or use the ClusterPolicy',
      );
    }
    if (checked.vsa?.maxAge !== undefined) {
      out.warnings.push(
        'kyverno ImageValidatingPolicy (vsa): CEL has no clock here: the maximum age is not enforced',
      );
    }
    out.objects.push(buildVsaImageValidatingPolicy(checked));
  }
}
