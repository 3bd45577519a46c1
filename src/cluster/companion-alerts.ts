// The PrometheusRule companion: alerts on the results of exactly the policies Signet generated.
//
// Kyverno's metrics (pkg/metrics in kyverno v1.19): `kyverno_policy_results_total` with labels
// `policy_name`, `rule_name`, `rule_result` (pass|fail|…) for ClusterPolicies, and
// `kyverno_image_validating_policy_results_total` / `kyverno_validating_policy_results_total` with
// `policy_name`, `result` for the CEL policies.
import { PolicyError } from './errors.ts';
import { companionNames } from './companion-names.ts';
import { toLabels, type CheckedInput } from './input.ts';
import { toKyvernoRuleNames } from './kyverno-policy.ts';
import type { KubeObject } from './types.ts';

const DNS_LABEL_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Which generated Kyverno objects the alert watches. */
export interface AlertScope {
  clusterPolicy: boolean;
  imageValidatingPolicies: boolean;
  audit: boolean;
}

const ruleNamesRe = (rule: string) => toKyvernoRuleNames(rule).join('|');

/**
 * PromQL over Kyverno's result counters for exactly the named policies: `admitted` fires when an image
 * that failed its signature check ran anyway (Audit rules: development namespaces, the cluster-wide
 * audit), `denied` when an Enforce rule refused one.
 */
export function toAlertExpressions(name: string, scope: AlertScope): { admitted: string; denied: string } {
  const window = '[5m]';
  const cp = (policy: string, rules?: string) =>
    `sum by (policy_name, rule_name, resource_namespace) (increase(kyverno_policy_results_total{rule_result="fail", policy_name="${policy}"${rules ? `, rule_name=~"${rules}"` : ''}}${window})) > 0`;
  const ivp = (policies: string[]) =>
    `sum by (policy_name, resource_namespace) (increase(kyverno_image_validating_policy_results_total{result="fail", policy_name=~"${policies.join('|')}"}${window})) > 0`;
  const admitted: string[] = [];
  const denied: string[] = [];
  const audit = companionNames(name).audit;
  if (scope.clusterPolicy) {
    admitted.push(cp(name, ruleNamesRe('verify-development')));
    denied.push(cp(name, ruleNamesRe('verify-production')));
    if (scope.audit) admitted.push(cp(audit));
  }
  if (scope.imageValidatingPolicies) {
    admitted.push(ivp([`${name}-development`, ...(scope.audit ? [audit] : [])]));
    denied.push(ivp([`${name}-production`]));
  }
  return { admitted: admitted.join('\nor\n'), denied: denied.join('\nor\n') };
}

/** A PrometheusRule (monitoring.coreos.com/v1) alerting on the generated policies' failures. */
export function buildPrometheusRule(input: CheckedInput, scope: AlertScope, namespace: string): KubeObject {
  if (!DNS_LABEL_RE.test(namespace)) {
    throw new PolicyError(
      'POLICY_INVALID_INPUT',
      `alert namespace ${JSON.stringify(namespace)} is not a DNS-1123 label (e.g. monitoring)`,
    );
  }
  const { admitted, denied } = toAlertExpressions(input.name, scope);
  const rule = (alert: string, expr: string, severity: string, summary: string, description: string) => ({
    alert,
    expr,
    labels: { severity, 'signet.dev/policy': input.name },
    annotations: { summary, description },
  });
  const rules: Record<string, unknown>[] = [];
  if (admitted) {
    rules.push(
      rule(
        'SignetUnverifiedImageAdmitted',
        admitted,
        'critical',
        `an image that failed the ${input.name} signature check is running`,
        'Kyverno admitted a Pod in audit mode although its image is not signed as policy {{ $labels.policy_name }} requires (namespace {{ $labels.resource_namespace }}).',
      ),
    );
  }
  if (denied) {
    rules.push(
      rule(
        'SignetImageDenied',
        denied,
        'warning',
        `Kyverno refused an image under the ${input.name} policy`,
        'Policy {{ $labels.policy_name }} denied a Pod in namespace {{ $labels.resource_namespace }}: its image is not signed by the required identities.',
      ),
    );
  }
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: companionNames(input.name).alerts, namespace, labels: toLabels(input.name) },
    spec: { groups: [{ name: `signet-${input.name}`, rules }] },
  };
}
