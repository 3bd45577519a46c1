// The input table's verification rows (cosign's names), the admission objects and where files go, in
// the order the docs list them (src/ci/common/inputs.ts joins the groups).
import { NO_NEWLINE, URL_RE, type InputSpec } from './input-spec.ts';

/** Verification, admission and the output folder. */
export const VERIFY_INPUTS = [
  // Verification (cosign's names).
  {
    name: 'certificate-identity',
    kind: 'string',
    default: '',
    verify: true,
    regex: NO_NEWLINE,
    description: "the expected signer identity (default: this run's own workflow identity)",
  },
  {
    name: 'certificate-identity-regexp',
    kind: 'string',
    default: '',
    verify: true,
    regex: NO_NEWLINE,
    description: 'or the signer identity as an anchored regular expression',
  },
  {
    name: 'certificate-oidc-issuer',
    kind: 'string',
    default: '',
    verify: true,
    regex: URL_RE,
    description: "the expected OIDC issuer (default: this CI's issuer)",
  },
  {
    name: 'certificate-oidc-issuer-regexp',
    kind: 'string',
    default: '',
    verify: true,
    regex: NO_NEWLINE,
    description: 'or the OIDC issuer as an anchored regular expression',
  },
  {
    name: 'source-repository-ref',
    kind: 'string',
    default: '',
    verify: true,
    regex: NO_NEWLINE,
    description: 'require this source ref claim (e.g. `refs/heads/main`)',
  },
  {
    name: 'source-repository-digest',
    kind: 'string',
    default: '',
    verify: true,
    regex: '^([0-9a-f]{40,64})?$',
    description: 'require this source commit claim',
  },
  {
    name: 'build-trigger',
    kind: 'string',
    default: '',
    verify: true,
    regex: NO_NEWLINE,
    description: 'require this build trigger claim (e.g. `push`)',
  },
  // Admission.
  {
    name: 'admission',
    kind: 'list',
    regex:
      '^((policy-controller-vsa|kyverno-ivp-vsa|kyverno-vsa|policy-controller|kyverno-ivp|kyverno|connaisseur)[\\s,]*)*$',
    default: '',
    description:
      'write admission objects: `policy-controller`, `kyverno`, `kyverno-ivp`, `connaisseur`; or admit on the VSA: `policy-controller-vsa`, `kyverno-vsa`, `kyverno-ivp-vsa`',
  },
  {
    name: 'vsa-min-level',
    kind: 'string',
    default: '',
    regex: '^(SLSA_BUILD_LEVEL_[0-3])?$',
    description: 'the `-vsa` admission objects: the lowest SLSA build level a summary must state',
  },
  {
    name: 'vsa-max-age',
    kind: 'string',
    default: '',
    regex: '^([0-9]+[smhd])?$',
    description: 'the `-vsa` admission objects: the oldest summary admitted (e.g. `24h`)',
  },
  {
    name: 'policy-name',
    kind: 'string',
    default: '',
    regex: '^([a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?)?$',
    description: 'base name of the admission objects (default: from the repository)',
  },
  {
    name: 'policy-mode',
    kind: 'choice',
    options: ['enforce', 'warn'],
    default: 'enforce',
    description: 'policy-controller mode',
  },
  {
    name: 'allowed-registries',
    kind: 'list',
    default: '',
    // One unambiguous item per separator: linear in JavaScript's backtracking engine too.
    regex: '^[\\s,]*([a-z0-9][a-z0-9.:-]*(/[a-z0-9._-]+)*/?([\\s,]+|$))*$',
    description:
      'Kyverno: admit images only from these registries or repositories (`ghcr.io/acme`), matched at a `/` boundary',
  },
  {
    name: 'pull-policy-always',
    kind: 'boolean',
    default: 'false',
    description: 'Kyverno: mutate every container to `imagePullPolicy: Always`',
  },
  {
    name: 'audit-unsigned',
    kind: 'boolean',
    default: 'false',
    description: 'Kyverno: audit every image in the cluster against the signer, reported without blocking',
  },
  {
    name: 'alert',
    kind: 'boolean',
    default: 'false',
    description: "a PrometheusRule alerting on the generated Kyverno policies' failures",
  },
  {
    name: 'kubeconfig',
    kind: 'string',
    default: '',
    secret: true,
    only: 'github',
    description: 'kubeconfig content to apply the objects with (GitLab: a file variable KUBECONFIG)',
  },
  {
    name: 'apply',
    kind: 'boolean',
    default: 'false',
    description:
      'server-side apply the objects to the cluster, only after the read-back verification passed (needs verify: true; refused without it)',
  },
  {
    name: 'dry-run',
    kind: 'boolean',
    default: 'false',
    description: 'with `apply` (refused without it): validate on the server, store nothing',
  },
  // Where files go.
  {
    name: 'output-dir',
    kind: 'string',
    default: '',
    gitlabDefault: 'signet',
    // GitLab artifacts need a folder inside the project.
    gitlabRegex: '^[A-Za-z0-9_][A-Za-z0-9._/-]*$',
    verify: true,
    regex: NO_NEWLINE,
    description:
      'folder for bundles, SBOMs, the report and policies (default: RUNNER_TEMP/signet; GitLab: signet, inside the project)',
  },
] as const satisfies readonly InputSpec[];
