// `signet policy`: admission objects (policy-controller, Kyverno, Connaisseur) for the signers the flags
// name: printed, written for GitOps, or applied with server-side apply.
import { isAbsolute, join } from 'node:path';
import {
  ADMISSION_TARGETS,
  generateAdmission,
  type AdmissionTarget,
  type AdmissionSigner,
} from '../../../cluster/index.ts';
import { parseDigest, parseReference } from '../../../registry/index.ts';
import { bool, list, str, UsageError, type FlagValues } from '../../common/values.ts';
import type { Command } from '../command.ts';
import type { Host } from '../../common/host.ts';
import { CLUSTER_OUTPUT_FLAGS } from '../flags.ts';
import { outputClusterObjects } from '../cluster-output.ts';

const path = (host: Host, p: string) => (isAbsolute(p) ? p : join(host.cwd, p));

async function signerFrom(
  flags: FlagValues,
  host: Host,
  prefix: '' | 'release-',
): Promise<AdmissionSigner | undefined> {
  const key = str(flags, `${prefix}key`);
  const subject = str(flags, `${prefix}certificate-identity`);
  const subjectRegExp = str(flags, `${prefix}certificate-identity-regexp`);
  const issuer = str(flags, `${prefix}certificate-oidc-issuer`);
  if (key) {
    if (subject || subjectRegExp || issuer) {
      throw new UsageError(`give either --${prefix}key or the --${prefix}certificate-* flags, not both`);
    }
    return { kind: 'key', publicKey: (await host.readFile(path(host, key))).toString('utf8') };
  }
  if (!subject && !subjectRegExp && !issuer) return undefined;
  if (!issuer)
    throw new UsageError(
      `--${prefix}certificate-oidc-issuer is required with --${prefix}certificate-identity`,
    );
  if (!subject === !subjectRegExp) {
    throw new UsageError(
      `give one of --${prefix}certificate-identity or --${prefix}certificate-identity-regexp`,
    );
  }
  return subject ? { kind: 'keyless', issuer, subject } : { kind: 'keyless', issuer, subjectRegExp };
}

/** `--trusted-root` as JSON, for emitting it as a TrustRoot; a file that is not JSON is a usage error. */
async function readTrustedRootJSON(host: Host, file: string): Promise<Record<string, unknown>> {
  const text = (await host.readFile(path(host, file))).toString('utf8');
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new UsageError(`--trusted-root ${file} is not JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}

const SIGNER_FLAGS = (prefix: string, who: string) => ({
  [`${prefix}certificate-identity`]: {
    type: 'string' as const,
    value: 'SAN',
    description: `${who}: exact certificate identity`,
  },
  [`${prefix}certificate-identity-regexp`]: {
    type: 'string' as const,
    value: 'RE',
    description: `${who}: identity regexp (anchored)`,
  },
  [`${prefix}certificate-oidc-issuer`]: {
    type: 'string' as const,
    value: 'URL',
    description: `${who}: OIDC issuer`,
  },
  [`${prefix}key`]: {
    type: 'string' as const,
    value: 'PUB',
    description: `${who}: cosign public key file instead`,
  },
});

export const policyCommand: Command = {
  name: 'policy',
  usage: 'signet policy --name N --repository REPO [signer flags] [--output-dir DIR | --apply [--dry-run]]',
  flags: {
    name: {
      type: 'string',
      value: 'NAME',
      description: 'base name of every object (DNS-1123, ≤ 40 characters)',
    },
    repository: { type: 'list', value: 'REPO', description: 'repository governed (repeatable)' },
    ...SIGNER_FLAGS('', 'build signer'),
    ...SIGNER_FLAGS('release-', 'release signer (production then requires build AND release)'),
    target: {
      type: 'list',
      value: 'T',
      description: `one of ${ADMISSION_TARGETS.join(', ')} (default all but the -vsa ones)`,
    },
    'vsa-verifier': {
      type: 'list',
      value: 'URI',
      description: '-vsa targets: an accepted verifier.id (default: the build identity)',
    },
    'vsa-min-level': {
      type: 'string',
      value: 'LEVEL',
      description: '-vsa targets: the lowest SLSA build level accepted (e.g. SLSA_BUILD_LEVEL_2)',
    },
    'vsa-max-age': {
      type: 'string',
      value: 'DURATION',
      description: '-vsa targets: the oldest summary accepted (e.g. 24h)',
    },
    'signature-format': {
      type: 'string',
      value: 'legacy|bundle',
      description: 'what the signer wrote',
      default: 'legacy',
    },
    'signature-repository': {
      type: 'string',
      value: 'REPO',
      description: 'where signatures live (COSIGN_REPOSITORY)',
    },
    digest: {
      type: 'list',
      value: 'DIGEST',
      description: 'also pin this digest in a per-digest object (repeatable)',
    },
    attestation: { type: 'list', value: 'NAME=PREDICATE', description: 'required attestation (repeatable)' },
    mode: {
      type: 'string',
      value: 'enforce|warn',
      description: 'policy-controller mode',
      default: 'enforce',
    },
    'trusted-root': {
      type: 'string',
      value: 'FILE',
      description: 'private Sigstore trusted_root.json (emitted as a TrustRoot)',
    },
    'insecure-ignore-tlog': { type: 'boolean', description: 'signatures were made without a tlog entry' },
    'use-signed-timestamps': {
      type: 'boolean',
      description: 'signatures are timed by a TSA (Rekor v2 or no log): the policies require a timestamp',
    },
    'tuf-mirror': {
      type: 'string',
      value: 'URL',
      description: 'kyverno-ivp, keyless: TUF repository of the private Sigstore (with --tuf-root)',
    },
    'tuf-root': { type: 'string', value: 'FILE', description: "that TUF repository's root.json" },
    'bypass-namespace': {
      type: 'list',
      value: 'NS',
      description: 'emergency bypass: a Kyverno PolicyException for NS',
    },
    'bypass-reason': { type: 'string', value: 'TEXT', description: 'who approved the bypass and why' },
    'allowed-registry': {
      type: 'list',
      value: 'HOST[/REPO]',
      description: 'Kyverno: admit images only from here (repeatable; anchored at a / boundary)',
    },
    'pull-policy-always': {
      type: 'boolean',
      description: 'Kyverno: set imagePullPolicy: Always on every container',
    },
    'audit-unsigned': {
      type: 'boolean',
      description: 'Kyverno: audit every image in the cluster against the signers, without blocking',
    },
    alert: { type: 'boolean', description: "a PrometheusRule on the generated Kyverno policies' failures" },
    'alert-namespace': {
      type: 'string',
      value: 'NS',
      description: 'namespace of the PrometheusRule',
      default: 'monitoring',
    },
    ...CLUSTER_OUTPUT_FLAGS,
    prune: {
      type: 'boolean',
      description: 'with --apply: delete superseded per-digest objects',
      default: true,
    },
    'force-conflicts': { type: 'boolean', description: 'with --apply: take over fields other managers own' },
  },
  async run({ flags, positionals }, host) {
    if (positionals.length > 0) throw new UsageError('signet policy takes no arguments, only flags');
    const name = str(flags, 'name');
    if (!name) throw new UsageError('--name is required');
    const repositories = list(flags, 'repository').map((r) => parseReference(r));
    if (repositories.length === 0) throw new UsageError('--repository is required (repeatable)');
    const build = await signerFrom(flags, host, '');
    if (!build)
      throw new UsageError(
        'the build signer is required: --certificate-identity and --certificate-oidc-issuer, or --key',
      );
    const release = await signerFrom(flags, host, 'release-');
    const format = str(flags, 'signature-format') ?? 'legacy';
    if (format !== 'legacy' && format !== 'bundle')
      throw new UsageError('--signature-format takes legacy or bundle');
    const mode = str(flags, 'mode') ?? 'enforce';
    if (mode !== 'enforce' && mode !== 'warn') throw new UsageError('--mode takes enforce or warn');
    const targets = list(flags, 'target');
    for (const t of targets) {
      if (!(ADMISSION_TARGETS as readonly string[]).includes(t)) {
        throw new UsageError(`--target ${t}: expected one of ${ADMISSION_TARGETS.join(', ')}`);
      }
    }
    const attestations = list(flags, 'attestation').map((a) => {
      const i = a.indexOf('=');
      if (i <= 0) throw new UsageError(`--attestation takes NAME=PREDICATE_TYPE, got ${JSON.stringify(a)}`);
      return { name: a.slice(0, i), predicateType: a.slice(i + 1) };
    });
    const rootPath = str(flags, 'trusted-root');
    const tufMirror = str(flags, 'tuf-mirror');
    const tufRoot = str(flags, 'tuf-root');
    if (Boolean(tufMirror) !== Boolean(tufRoot))
      throw new UsageError('--tuf-mirror and --tuf-root go together: the mirror URL and its root.json');
    const bypassNs = list(flags, 'bypass-namespace');
    const sigRepo = str(flags, 'signature-repository');
    const generated = generateAdmission(
      {
        name,
        repositories,
        signatureFormat: format,
        build,
        release,
        digests: list(flags, 'digest').map((d) => parseDigest(d)),
        attestations,
        mode,
        trustedRoot: rootPath ? await readTrustedRootJSON(host, rootPath) : undefined,
        signatureRepository: sigRepo ? parseReference(sigRepo) : undefined,
        tuf:
          tufMirror && tufRoot
            ? { mirror: tufMirror, rootJSON: (await host.readFile(path(host, tufRoot))).toString('utf8') }
            : undefined,
        bypass:
          bypassNs.length > 0
            ? { namespaces: bypassNs, reason: str(flags, 'bypass-reason') ?? 'emergency bypass' }
            : undefined,
        noTlog: bool(flags, 'insecure-ignore-tlog'),
        signedTimestamps: bool(flags, 'use-signed-timestamps'),
        companions: {
          allowedRegistries: list(flags, 'allowed-registry'),
          pullPolicyAlways: bool(flags, 'pull-policy-always'),
          auditUnsigned: bool(flags, 'audit-unsigned'),
          alert: bool(flags, 'alert'),
          alertNamespace: str(flags, 'alert-namespace') ?? 'monitoring',
        },
        vsa: {
          ...(list(flags, 'vsa-verifier').length > 0 ? { verifierIds: list(flags, 'vsa-verifier') } : {}),
          ...(str(flags, 'vsa-min-level') ? { minLevel: str(flags, 'vsa-min-level') } : {}),
          ...(str(flags, 'vsa-max-age') ? { maxAge: str(flags, 'vsa-max-age') } : {}),
        },
      },
      targets.length > 0 ? (targets as AdmissionTarget[]) : undefined,
    );
    for (const w of generated.warnings) host.stderr(`warning: ${w}\n`);
    await outputClusterObjects(flags, host, {
      objects: generated.objects,
      policyName: name,
      connaisseurValues: generated.connaisseurValues,
      forceConflicts: bool(flags, 'force-conflicts'),
      prune: flags.prune !== false,
    });
    return 0;
  },
};
