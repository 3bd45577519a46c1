// `signet policy` (admission objects: printed, written for GitOps, or applied with server-side apply)
// and `signet preflight` (verify the images of Kubernetes manifests before they reach the cluster).
import { isAbsolute, join } from 'node:path';
import { stringify } from 'yaml';
import {
  ADMISSION_TARGETS,
  applyObjects,
  buildRecordPolicy,
  createKubeApi,
  generateAdmission,
  parsePreflightPolicy,
  preflight,
  toGitOpsFiles,
  toPreflightJSON,
  toPreflightMarkdown,
  type AdmissionTarget,
  type KubeConfigSource,
  type RecordWriter,
  type Signer,
} from '../../../cluster/index.ts';
import { parseDigest, parseReference } from '../../../registry/index.ts';
import { bool, list, str, UsageError, type FlagValues } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { REGISTRY_FLAGS, registryClient, trustedRoot } from '../../common/context.ts';
import type { Host } from '../../common/host.ts';
import { countFlag } from '../args.ts';
import { preflightVerifier, type PreflightCheck } from '../../common/preflight-verifier.ts';
import { combineVsaEvidence, toVsaEvidence } from '../../../attest/index.ts';
import { missingEvidence, checkVsaFlags, VSA_WRITE_FLAGS, wantsVsa, writeVsa } from '../../common/vsa.ts';
import { COSIGN_SIGN_PREDICATE_TYPE } from '../../../sign/constants.ts';
import type { Digest, ImageRef } from '../../../registry/index.ts';

const path = (host: Host, p: string) => (isAbsolute(p) ? p : join(host.cwd, p));

async function signerFrom(
  flags: FlagValues,
  host: Host,
  prefix: '' | 'release-',
): Promise<Signer | undefined> {
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

/** Where the cluster is: --kubeconfig, $KUBECONFIG, in-cluster facts, or ~/.kube/config. */
export async function kubeSource(flags: FlagValues, host: Host): Promise<KubeConfigSource> {
  const file = str(flags, 'kubeconfig') ?? host.env.KUBECONFIG?.split(':')[0];
  const context = str(flags, 'context');
  if (file)
    return { kind: 'kubeconfig', text: (await host.readFile(path(host, file))).toString('utf8'), context };
  const sa = '/var/run/secrets/kubernetes.io/serviceaccount';
  if (host.env.KUBERNETES_SERVICE_HOST) {
    return {
      kind: 'in-cluster',
      host: host.env.KUBERNETES_SERVICE_HOST,
      port: host.env.KUBERNETES_SERVICE_PORT ?? '443',
      token: (await host.readFile(`${sa}/token`)).toString('utf8').trim(),
      caPem: (await host.readFile(`${sa}/ca.crt`)).toString('utf8'),
    };
  }
  if (host.env.HOME) {
    return {
      kind: 'kubeconfig',
      text: (await host.readFile(join(host.env.HOME, '.kube', 'config'))).toString('utf8'),
      context,
    };
  }
  throw new UsageError('no cluster: pass --kubeconfig, set KUBECONFIG, or run in a pod');
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
    'output-dir': { type: 'string', value: 'DIR', description: 'write one file per object for GitOps' },
    apply: { type: 'boolean', description: 'server-side apply to the cluster (fieldManager signet)' },
    'dry-run': { type: 'boolean', description: 'with --apply: validate on the server, store nothing' },
    prune: {
      type: 'boolean',
      description: 'with --apply: delete superseded per-digest objects',
      default: true,
    },
    'force-conflicts': { type: 'boolean', description: 'with --apply: take over fields other managers own' },
    kubeconfig: {
      type: 'string',
      value: 'FILE',
      description: 'kubeconfig (default $KUBECONFIG, in-cluster, ~/.kube/config)',
    },
    context: { type: 'string', value: 'NAME', description: 'kubeconfig context' },
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
    const outDir = str(flags, 'output-dir');
    if (outDir) {
      const files = toGitOpsFiles(generated.objects, { connaisseurValues: generated.connaisseurValues });
      for (const f of files)
        await host.writeFile(join(path(host, outDir), f.path), f.content, { mode: 0o644, overwrite: true });
      host.stderr(`wrote ${files.length} files to ${outDir}\n`);
    }
    if (bool(flags, 'apply')) {
      const kube = createKubeApi(await kubeSource(flags, host));
      const result = await applyObjects(
        {
          objects: generated.objects,
          policyName: name,
          dryRun: bool(flags, 'dry-run'),
          forceConflicts: bool(flags, 'force-conflicts'),
          prune: flags.prune !== false,
        },
        { kube },
      );
      for (const a of result.applied) {
        host.stdout(`${a.object} ${a.action}${result.dryRun ? ' (dry run)' : ''}\n`);
      }
      for (const p of result.pruned) host.stdout(`${p} pruned${result.dryRun ? ' (dry run)' : ''}\n`);
    } else if (!outDir) {
      host.stdout(generated.objects.map((o) => stringify(o)).join('---\n'));
      if (generated.connaisseurValues)
        host.stdout(`# connaisseur helm values\n---\n${stringify(generated.connaisseurValues)}`);
    }
    return 0;
  },
};

/** `--record-writer`: `User:NAME`, `Group:NAME` or `ServiceAccount:NAMESPACE/NAME`. */
function parseRecordWriter(value: string | undefined): RecordWriter {
  const m = /^(User|Group|ServiceAccount):(.+)$/.exec(value ?? '');
  if (!m) {
    throw new UsageError(
      '--record-writer is required: User:NAME, Group:NAME or ServiceAccount:NAMESPACE/NAME (the CI identity that runs signet verify --record)',
    );
  }
  const kind = m[1] as RecordWriter['kind'];
  if (kind !== 'ServiceAccount') return { kind, name: m[2]! };
  const [namespace, name, ...rest] = m[2]!.split('/');
  if (!namespace || !name || rest.length > 0)
    throw new UsageError(`--record-writer ServiceAccount takes NAMESPACE/NAME, got ${JSON.stringify(m[2])}`);
  return { kind, name, namespace };
}

/** `signet record-policy`: the pre-flight record target's objects (src/cluster/record.ts). */
export const recordPolicyCommand: Command = {
  name: 'record-policy',
  usage:
    'signet record-policy --name N --record-writer KIND:NAME [--exclude-namespace NS] [--output-dir DIR | --apply [--dry-run]]',
  flags: {
    name: { type: 'string', value: 'NAME', description: 'base name of the objects (DNS-1123)' },
    'record-writer': {
      type: 'string',
      value: 'KIND:NAME',
      description:
        'the only identity allowed to write records: User:NAME, Group:NAME or ServiceAccount:NS/NAME',
    },
    'kyverno-service-account': {
      type: 'string',
      value: 'NS/NAME',
      description: "Kyverno's admission controller, granted read access to the records",
      default: 'kyverno/kyverno-admission-controller',
    },
    'exclude-namespace': { type: 'list', value: 'NS', description: 'never checked (beyond the system ones)' },
    'output-dir': { type: 'string', value: 'DIR', description: 'write one file per object for GitOps' },
    apply: { type: 'boolean', description: 'server-side apply to the cluster (fieldManager signet)' },
    'dry-run': { type: 'boolean', description: 'with --apply: validate on the server, store nothing' },
    kubeconfig: {
      type: 'string',
      value: 'FILE',
      description: 'kubeconfig (default $KUBECONFIG, in-cluster, ~/.kube/config)',
    },
    context: { type: 'string', value: 'NAME', description: 'kubeconfig context' },
  },
  async run({ flags, positionals }, host) {
    if (positionals.length > 0) throw new UsageError('signet record-policy takes no arguments, only flags');
    const name = str(flags, 'name');
    if (!name || !/^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/.test(name))
      throw new UsageError('--name is required: a DNS-1123 label of at most 40 characters');
    const writer = parseRecordWriter(str(flags, 'record-writer'));
    const [readerNs, readerName] = (str(flags, 'kyverno-service-account') ?? '').split('/');
    if (!readerNs || !readerName) throw new UsageError('--kyverno-service-account takes NAMESPACE/NAME');
    const objects = buildRecordPolicy({
      name,
      writer,
      reader: { namespace: readerNs, name: readerName },
      excludeNamespaces: list(flags, 'exclude-namespace'),
    });
    const outDir = str(flags, 'output-dir');
    if (outDir) {
      const files = toGitOpsFiles(objects, {});
      for (const f of files)
        await host.writeFile(join(path(host, outDir), f.path), f.content, { mode: 0o644, overwrite: true });
      host.stderr(`wrote ${files.length} files to ${outDir}\n`);
    }
    if (bool(flags, 'apply')) {
      const kube = createKubeApi(await kubeSource(flags, host));
      const result = await applyObjects(
        { objects, policyName: name, dryRun: bool(flags, 'dry-run'), prune: false },
        { kube },
      );
      for (const a of result.applied)
        host.stdout(`${a.object} ${a.action}${result.dryRun ? ' (dry run)' : ''}\n`);
    } else if (!outDir) {
      host.stdout(objects.map((o) => stringify(o)).join('---\n'));
    }
    return 0;
  },
};

async function manifestFiles(host: Host, args: string[]): Promise<{ path: string; text: string }[]> {
  const out: { path: string; text: string }[] = [];
  const visit = async (p: string) => {
    const entries = await host.readDir(path(host, p));
    if (entries === undefined) {
      out.push({ path: p, text: (await host.readFile(path(host, p))).toString('utf8') });
      return;
    }
    for (const e of entries) {
      if (e.directory || /\.(ya?ml|json)$/.test(e.name)) await visit(join(p, e.name));
    }
  };
  for (const a of args) await visit(a);
  return out;
}

export const preflightCommand: Command = {
  name: 'preflight',
  usage: 'signet preflight --policy P [--output-dir DIR] [--report NAME] FILES|DIRS',
  flags: {
    policy: {
      type: 'string',
      value: 'FILE',
      description: 'pre-flight policy: rules of image globs and their signers',
    },
    'output-dir': {
      type: 'string',
      value: 'DIR',
      description: 'write the manifests with images pinned here',
    },
    report: { type: 'string', value: 'NAME', description: 'write NAME.json and NAME.md reports' },
    'trusted-root': {
      type: 'string',
      value: 'FILE',
      description: 'Sigstore trusted_root.json (default public-good via TUF)',
    },
    'insecure-ignore-tlog': { type: 'boolean', description: 'accept key signatures without a tlog entry' },
    concurrency: { type: 'string', value: 'N', description: 'verifications in flight', default: '8' },
    ...VSA_WRITE_FLAGS,
    ...REGISTRY_FLAGS,
  },
  async run({ flags, positionals }, host) {
    if (positionals.length === 0) throw new UsageError('give the manifest FILES or DIRS to check');
    checkVsaFlags(flags, host);
    const policyPath = str(flags, 'policy');
    if (!policyPath) throw new UsageError('--policy is required');
    const policy = parsePreflightPolicy(
      (await host.readFile(path(host, policyPath))).toString('utf8'),
      policyPath,
    );
    const files = await manifestFiles(host, positionals);
    const noTlog = bool(flags, 'insecure-ignore-tlog');
    const needsRoot = policy.rules.some((r) => r.signers.some((s) => s.kind === 'keyless')) || !noTlog;
    const registry = await registryClient(flags, host, []);
    try {
      // Each distinct image's checks, for its verification summary (--vsa).
      const checked = new Map<
        string,
        { image: ImageRef; digest: Digest; checks: PreflightCheck[]; verified: boolean }
      >();
      const result = await preflight(
        { files, policy, concurrency: countFlag(flags, 'concurrency') ?? 8 },
        preflightVerifier({
          registry,
          trustedRoot: needsRoot ? await trustedRoot(flags, host) : undefined,
          noTlog,
          onChecked(image, digest, checks, verified) {
            checked.set(`${image.registry}/${image.repository}@${digest}`, {
              image,
              digest,
              checks,
              verified,
            });
          },
        }),
      );
      for (const c of checked.values()) {
        if (!wantsVsa(flags, c.verified)) continue;
        const evidence = combineVsaEvidence(
          c.checks.map((k) =>
            k.result
              ? toVsaEvidence({ policy: k.policy, signatures: k.result })
              : missingEvidence(k.policy, [COSIGN_SIGN_PREDICATE_TYPE]),
          ),
        );
        await writeVsa(flags, host, registry, { image: c.image, digest: c.digest, evidence });
      }
      const outDir = str(flags, 'output-dir');
      if (outDir && result.ok) {
        for (const f of result.files)
          await host.writeFile(join(path(host, outDir), f.path), f.text, { mode: 0o644, overwrite: true });
      }
      const report = str(flags, 'report');
      if (report) {
        await host.writeFile(path(host, `${report}.json`), toPreflightJSON(result), {
          mode: 0o644,
          overwrite: true,
        });
        await host.writeFile(path(host, `${report}.md`), toPreflightMarkdown(result), {
          mode: 0o644,
          overwrite: true,
        });
      }
      for (const i of result.images) host.stdout(`${i.status}\t${i.pinned ?? i.image}\n`);
      if (result.error) {
        host.stderr(`signet preflight: ${result.error.message} [${result.error.code}]\n`);
        return 1;
      }
      return 0;
    } finally {
      registry.close();
    }
  },
};
