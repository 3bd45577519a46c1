// What the Action and the GitLab component do with their inputs, shared: read the input table into the
// stage inputs (through the same option helpers as the `signet` CLI, under the same cosign names),
// refuse what must not run (keyless signing of a private repository on the public logs), run the
// pipeline, write the files (Sigstore bundle, SBOMs, verify report, GitOps policies) into the output
// folder, and return the outputs. Each adapter supplies only what differs between the two CIs: how
// inputs are read, how it logs and masks, the run's default identity and its provenance.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SLSA_PROVENANCE_V1 } from '../../attest/index.ts';
import { BUILDER_KINDS, buildWithoutPush, type BuildInput, type BuilderKind } from '../../build/index.ts';
import { execFile } from '../../build/exec.ts';
// The cluster modules by file: the index also loads the Kubernetes client, loaded here only to apply.
import { ADMISSION_TARGETS, type AdmissionTarget } from '../../cluster/generate.ts';
import { toGitOpsFiles } from '../../cluster/gitops.ts';
import type { Signer as AdmissionSigner } from '../../cluster/types.ts';
import type { TokenClaims } from '../../oidc/token.ts';
import { runPipeline, type PipelineResult, type PipelineStage } from '../../pipeline/run-pipeline.ts';
import { formatReference, parseReference, type ImageRef, type RegistryClient } from '../../registry/index.ts';
import { toSbomFileName, type SbomSource } from '../../sbom/index.ts';
import { toSignaturesJSON } from '../../sign/index.ts';
import { buildVerifyPolicy, parsePublicKey, toVerifyJSON, type VerifyPolicy } from '../../verify/index.ts';
import { VERSION } from '../../version.ts';
import {
  isPublicRekor,
  registryClient,
  signingDestinations,
  signingDeps,
  trustedRoot,
  verifyPolicy,
} from './context.ts';
import type { Host } from './host.ts';
import type { RunIdentity } from './identity.ts';
import { COMMA_LISTS, INPUTS, parseInputList } from './inputs.ts';
import { toBuilderEnv } from './builder-login.ts';
import { keyValues, parsedAs, toBuildInput } from './build-options.ts';
import { list, str, UsageError, type FlagValues } from './values.ts';
import { attestFilesAndStore, isFilesOnly } from './ci-attestations.ts';
import { hasCustomSigstoreInputs, resolveSigstoreInstance, useGitHubInstance } from './sigstore-instance.ts';

/** How an adapter reports progress. */
export interface CiLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

/** What differs between the CI adapters. */
export interface CiAdapter {
  /** Which surface: inputs marked `only` for another surface are not read. */
  name: 'github' | 'gitlab' | 'cli';
  host: Host;
  /** The raw text of an input (the default applied when unset). */
  input(name: string): string;
  log: CiLog;
  /** Hides a value in every later log line. */
  mask(secret: string): void;
  /** The folder output files go to. */
  outputDir: string;
  /** The identity this run signs as: from the signing token's claims when there is one, else the env. */
  runIdentity(claims: TokenClaims | undefined): RunIdentity | undefined;
  /** Asks for a token only to read the run's identity (verify-only runs); undefined when none can be had. */
  peekClaims?(): Promise<TokenClaims | undefined>;
  /** SLSA provenance of this run, or undefined with the reason it cannot be built here. */
  provenance(claims: TokenClaims | undefined): { predicate: unknown } | { missing: string };
  /** 'private' or 'internal' when the project is not public (its names would leak to the public logs). */
  visibility?: 'public' | 'private' | 'internal';
  /** GitHub: the repository's owner is an organization (storage records exist only there). */
  ownerIsOrganization?: boolean;
  /** Set when this run cannot sign (a fork's pull request): the reason, and whether to fail. */
  noSigning?: { reason: string; fail: boolean };
  onStage?(stage: PipelineStage, what: string): void;
}

/** The files and outputs of a run, and what each stage did. */
export interface CiRunResult {
  outputs: Record<string, string>;
  result?: PipelineResult;
  /** The identity verified against (keyless), or `key` for a key. */
  expected?: string;
  buildOnly: boolean;
}

/** Action-only inputs the CLI takes as flags too (its other secrets come from the environment). */
const CLI_TOO = new Set(['registry-username', 'registry-password']);

/** The input values, typed by the table (booleans checked, lists split). */
export function readInputs(adapter: Pick<CiAdapter, 'input' | 'name'>): FlagValues {
  const flags: FlagValues = {};
  for (const spec of INPUTS) {
    if (spec.only && spec.only !== adapter.name && !(adapter.name === 'cli' && CLI_TOO.has(spec.name)))
      continue;
    const text = adapter.input(spec.name);
    switch (spec.kind) {
      case 'boolean': {
        const v = text.trim().toLowerCase();
        if (v !== 'true' && v !== 'false') {
          throw new UsageError(`input ${spec.name} takes true or false, got ${JSON.stringify(text)}`);
        }
        flags[spec.name] = v === 'true';
        break;
      }
      case 'list':
        flags[spec.name] = parseInputList(text, COMMA_LISTS.has(spec.name));
        break;
      case 'choice':
        if (!spec.options!.includes(text.trim())) {
          throw new UsageError(
            `input ${spec.name} takes ${spec.options!.join(', ')}, got ${JSON.stringify(text)}`,
          );
        }
        flags[spec.name] = text.trim();
        break;
      default:
        if (text.includes('\n') && spec.regex !== undefined) {
          throw new UsageError(`input ${spec.name} must be one line`);
        }
        // Secrets are taken as given (a password may end in a space); other values are trimmed.
        if (text.trim() !== '') flags[spec.name] = spec.secret ? text : text.trim();
    }
  }
  // The option helpers know cosign's flag name for the timestamp authority.
  if (flags['tsa-url'] !== undefined) flags['timestamp-server-url'] = flags['tsa-url'];
  return flags;
}

function buildInput(flags: FlagValues, host: Host, workDir: string, push: boolean): BuildInput {
  const builder = str(flags, 'build') as BuilderKind;
  if (!BUILDER_KINDS.includes(builder)) throw new UsageError(`input build takes ${BUILDER_KINDS.join(', ')}`);
  const label = (name: string) => `input ${name}`;
  return toBuildInput(flags, {
    builder,
    context: str(flags, 'context') ?? '.',
    buildxBuilder: str(flags, 'builder'),
    // The input wins; GitLab's `services:` pattern sets BUILDKIT_HOST for the job.
    buildkitHost: str(flags, 'buildkit-host') ?? host.env.BUILDKIT_HOST,
    // build-push-action's `secrets`: `id=value` lines.
    secrets: keyValues(list(flags, 'secrets'), label('secrets')).map(({ key, value }) => ({
      id: key,
      value,
    })),
    push,
    cwd: host.cwd,
    workDir,
    label,
  });
}

/**
 * Refuses keyless signing that would publish a non-public project's names, with the ways out. It reads
 * what the signing config would upload to (its Rekor logs and Fulcio), not only the URL inputs.
 */
async function checkPublicLogs(flags: FlagValues, adapter: CiAdapter, host: Host): Promise<void> {
  if (!adapter.visibility || adapter.visibility === 'public' || str(flags, 'key')) return;
  if (flags['allow-public-logs'] === true) {
    adapter.log.warning(
      `this ${adapter.visibility} repository's name and workflow go into the public Sigstore logs (allow-public-logs: true)`,
    );
    return;
  }
  const to = await signingDestinations(flags, host);
  const publicRekor = to.rekorURLs.filter(isPublicRekor);
  if (publicRekor.length === 0) {
    if (to.fulcioURLs.some((u) => new URL(u).host === 'fulcio.sigstore.dev')) {
      adapter.log.warning(
        "no Rekor entry is made, but the public Fulcio still logs the signing certificate (with this repository's name) in its certificate-transparency log",
      );
    }
    return;
  }
  const via = str(flags, 'signing-config')
    ? ` (signing config ${str(flags, 'signing-config')} uploads to ${publicRekor.join(', ')})`
    : '';
  throw new UsageError(
    `this repository is ${adapter.visibility}: keyless signing would publish its name and workflow in the public Rekor and certificate-transparency logs${via}. ` +
      'Choose one: sign with a key (key + key-password); use a private Sigstore (fulcio-url, rekor-url, trusted-root) or its signing-config and trusted-root; ' +
      'use a timestamp authority instead of Rekor (tlog-upload: false, tsa-url); or accept the public logs (allow-public-logs: true)',
  );
}

/** The registry-username and registry-password inputs, when both are given. */
function registryLoginFrom(flags: FlagValues): { username: string; password: string } | undefined {
  const username = str(flags, 'registry-username');
  const password = str(flags, 'registry-password');
  return username && password ? { username, password } : undefined;
}

function toAdmissionTargets(values: string[]): AdmissionTarget[] {
  for (const t of values) {
    if (!(ADMISSION_TARGETS as readonly string[]).includes(t)) {
      throw new UsageError(
        `input admission: ${JSON.stringify(t)} is not one of ${ADMISSION_TARGETS.join(', ')}`,
      );
    }
  }
  return values as AdmissionTarget[];
}

function defaultPolicyName(image: ImageRef): string {
  const base = image.repository
    .split('/')
    .pop()!
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
  return (
    base
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'signet'
  );
}

const shortDigest = (d: string) => d.replace(/^sha256:/, '').slice(0, 12);

/** Runs the pipeline the inputs describe and writes its files; throws on any failure (fail closed). */
export async function runCi(adapter: CiAdapter): Promise<CiRunResult> {
  const flags = readInputs(adapter);
  for (const spec of INPUTS) {
    const v = flags[spec.name];
    if (!spec.secret) continue;
    if (typeof v === 'string' && v !== '') adapter.mask(v);
    // `secrets`: id=value lines; the values are the secret part.
    if (Array.isArray(v)) for (const line of v) adapter.mask(line.slice(line.indexOf('=') + 1));
  }
  // GitHub's instance serves runs that sign keyless; a verify-only run keeps the inputs' trust.
  const signsKeyless =
    ['sign', 'attest-sbom', 'attest-provenance', 'vsa'].some((n) => flags[n] === true) &&
    flags.push !== false &&
    !adapter.noSigning;
  // GitHub's instance serves GitHub Actions runs only (as actions/attest): a private GitLab project
  // keeps the public-logs refusal under `auto`.
  const instance = resolveSigstoreInstance(str(flags, 'sigstore-instance') ?? 'auto', {
    visibility: signsKeyless && adapter.name === 'github' ? adapter.visibility : 'public',
    custom: hasCustomSigstoreInputs(flags),
    key: str(flags, 'key') !== undefined,
  });
  const github =
    instance === 'github' ? await useGitHubInstance(flags, adapter.host, adapter.outputDir) : undefined;
  if (github)
    adapter.log.info(
      `signing with GitHub's Sigstore instance (${str(flags, 'signing-config') ? `signing config ${str(flags, 'signing-config')}` : str(flags, 'fulcio-url')}, no public logs)`,
    );
  const workDir = await mkdtemp(join(tmpdir(), 'signet-build-'));
  try {
    const run = await runStages(adapter, flags, workDir);
    if (github) run.outputs['trusted-root-path'] = github.trustedRootPath;
    return run;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Inputs that contradict each other, refused before anything runs: applying admission objects needs
 * the read-back verification they are pinned on (Signet never applies what it did not verify), and a
 * dry run only means something for an apply.
 */
function checkStageInputs(flags: FlagValues): void {
  if (flags.apply === true && flags.verify !== true)
    throw new UsageError(
      'apply needs verify: true: admission objects are applied only after the image they pin verified; set verify: true, or drop apply and apply the written policies yourself',
    );
  if (flags['dry-run'] === true && flags.apply !== true)
    throw new UsageError('dry-run only applies to apply: set apply: true too, or drop dry-run');
}

async function runStages(adapter: CiAdapter, flags: FlagValues, workDir: string): Promise<CiRunResult> {
  const { log } = adapter;
  checkStageInputs(flags);
  // The key-password input is cosign's COSIGN_PASSWORD, which the key loader reads from the environment.
  const keyPassword = str(flags, 'key') ? (flags['key-password'] as string | undefined) : undefined;
  const host: Host =
    keyPassword !== undefined && adapter.host.env.COSIGN_PASSWORD === undefined
      ? { ...adapter.host, env: { ...adapter.host.env, COSIGN_PASSWORD: keyPassword } }
      : adapter.host;

  const push = flags.push === true;
  const buildOnly = !push || adapter.noSigning !== undefined;
  if (adapter.noSigning) {
    if (adapter.noSigning.fail) throw new UsageError(adapter.noSigning.reason);
    log.notice(`${adapter.noSigning.reason}: building only; nothing is pushed, signed or verified`);
  }
  if (isFilesOnly(flags)) return runFilesOnly(adapter, host, flags);
  const input = buildInput(flags, host, workDir, push && !adapter.noSigning);
  if (buildOnly) {
    if (input.builder === 'none') throw new UsageError('build: none with push: false has nothing to do');
    adapter.onStage?.('build', `${input.builder} (build only)`);
    await buildWithoutPush(input, {
      exec: execFile,
      readFile: (p) => host.readFile(p),
      env: await toBuilderEnv(host, input, workDir, registryLoginFrom(flags)),
    });
    return { outputs: { verified: 'false' }, buildOnly: true };
  }

  // Every keyless signature publishes the names: image signatures, SBOM attestations and provenance.
  const signsKeyless =
    (flags.sign === true || flags['attest-sbom'] === true || flags['attest-provenance'] === true) &&
    !str(flags, 'key');
  if (signsKeyless) await checkPublicLogs(flags, adapter, host);
  const sigRepo = str(flags, 'signature-repository') ?? host.env.COSIGN_REPOSITORY;
  const signatureRepository = sigRepo
    ? parsedAs('input signature-repository', sigRepo, parseReference)
    : undefined;
  const registryFlags: FlagValues = {
    'allow-insecure-registry': flags['allow-insecure-registry'],
    'registry-username': flags['registry-username'],
    'registry-password': flags['registry-password'],
    limit: flags.limit,
  };
  const registry = await registryClient(
    registryFlags,
    host,
    signatureRepository ? [...input.tags, signatureRepository] : input.tags,
  );
  try {
    return await runWithRegistry(adapter, host, flags, workDir, input, registry, signatureRepository);
  } finally {
    registry.close();
  }
}

/** Attests release files only (subject inputs, no `tags`): no build, no registry. */
async function runFilesOnly(adapter: CiAdapter, host: Host, flags: FlagValues): Promise<CiRunResult> {
  if (adapter.noSigning) return { outputs: { verified: 'false' }, buildOnly: true };
  if (!str(flags, 'key')) await checkPublicLogs(flags, adapter, host);
  let claims: TokenClaims | undefined;
  const outputs: Record<string, string> = { verified: 'false' };
  await attestFilesAndStore({
    adapter: { ...adapter, host },
    flags,
    makeSigning: () =>
      signingDeps(flags, host, { onToken: (token, c) => (adapter.mask(token), (claims = c)) }),
    async claims() {
      // Provenance names the job's workflow from the token: ask for it before signing when keyless.
      if (!claims && !str(flags, 'key') && adapter.peekClaims) claims = await adapter.peekClaims();
      return claims;
    },
    outputs,
  });
  return { outputs, buildOnly: false };
}

async function runWithRegistry(
  adapter: CiAdapter,
  host: Host,
  flags: FlagValues,
  workDir: string,
  input: BuildInput,
  registry: RegistryClient,
  signatureRepository: ImageRef | undefined,
): Promise<CiRunResult> {
  const { log } = adapter;
  const sign = flags.sign === true;
  const attestSbom = flags['attest-sbom'] === true;
  const attestProvenance = flags['attest-provenance'] === true;
  const keyless = !str(flags, 'key');
  const format = str(flags, 'signature-format') as 'legacy' | 'bundle' | 'both';
  if (input.builder === 'none' && !input.digest) {
    // Verifying a tag: read its digest once, then check exactly that. Signing needs the digest given.
    if (sign || attestSbom || attestProvenance) {
      throw new UsageError(
        'build: none needs the digest input (the digest another step pushed to the first tag)',
      );
    }
    const head = await registry.headManifest(input.tags[0]!);
    if (!head) throw new UsageError(`${formatReference(input.tags[0]!)} does not exist in the registry`);
    input.digest = head.digest;
  }

  let claims: TokenClaims | undefined;
  const wantsVsa = flags.verify === true && flags.vsa === true;
  if (flags['vsa-on-failure'] === true && !wantsVsa) {
    throw new UsageError('vsa-on-failure needs vsa: true (and verify: true)');
  }
  const needsSigner = sign || attestSbom || attestProvenance || wantsVsa;
  const signing = needsSigner
    ? await signingDeps(flags, host, {
        legacyFormat: format !== 'bundle' || (wantsVsa && (str(flags, 'vsa-format') ?? 'both') !== 'bundle'),
        onToken(token, c) {
          adapter.mask(token);
          claims = c;
        },
      })
    : undefined;
  for (const n of signing?.notices ?? []) log.warning(n);

  let expected: string | undefined;
  const resolveIdentity = async (): Promise<RunIdentity | undefined> => {
    const given = str(flags, 'certificate-identity') ?? str(flags, 'certificate-identity-regexp');
    if (given) return undefined;
    if (!claims && adapter.peekClaims) claims = await adapter.peekClaims();
    return adapter.runIdentity(claims);
  };
  const policy = async (): Promise<VerifyPolicy> => {
    if (!keyless && sign) {
      // Verify with the public half of the signing key.
      const noTlog = flags['tlog-upload'] === false;
      expected = 'key';
      return buildVerifyPolicy({
        publicKey: parsePublicKey(signing!.publicKeyPem!, 'key input'),
        trustedRoot: noTlog && !str(flags, 'trusted-root') ? undefined : await trustedRoot(flags, host),
        insecureIgnoreTlog: noTlog,
      });
    }
    const vflags = { ...flags };
    if (!keyless) {
      expected = 'key';
      vflags['insecure-ignore-tlog'] = flags['tlog-upload'] === false;
      return verifyPolicy(vflags, host);
    }
    const id = await resolveIdentity();
    if (id) {
      vflags['certificate-identity'] = id.identity;
      if (!str(flags, 'certificate-oidc-issuer') && !str(flags, 'certificate-oidc-issuer-regexp')) {
        vflags['certificate-oidc-issuer'] = id.issuer;
      }
    }
    if (!str(vflags, 'certificate-identity') && !str(vflags, 'certificate-identity-regexp')) {
      throw new UsageError(
        'no identity to verify against: set certificate-identity (or -regexp) and certificate-oidc-issuer',
      );
    }
    expected = str(vflags, 'certificate-identity') ?? `~${str(vflags, 'certificate-identity-regexp')}`;
    return verifyPolicy(vflags, host);
  };

  const admissionTargets = toAdmissionTargets(list(flags, 'admission'));
  const result = await runPipeline(
    {
      build: input,
      ...(sign ? { sign: { format, signatureRepository } } : {}),
      ...(attestSbom
        ? {
            sbom: {
              sources: list(flags, 'sbom-source') as SbomSource[],
              ...(str(flags, 'sbom-file')
                ? {
                    file: {
                      name: str(flags, 'sbom-file')!,
                      bytes: await host.readFile(resolve(host.cwd, str(flags, 'sbom-file')!)),
                    },
                  }
                : {}),
              tool: { name: 'signet', version: VERSION },
              limits: registry.limits,
            },
          }
        : {}),
      ...(attestProvenance
        ? {
            provenance: async () => {
              const made = adapter.provenance(claims);
              if ('missing' in made) {
                log.warning(`no SLSA provenance attested: ${made.missing}`);
                return undefined;
              }
              return { predicateType: SLSA_PROVENANCE_V1, predicate: made.predicate };
            },
          }
        : {}),
      ...(flags.verify === true
        ? {
            verify: async () => ({ policy: await policy(), formats: format, signatureRepository }),
          }
        : {}),
      ...(wantsVsa
        ? {
            vsa: async () => {
              // The summary is vouched for by this run: its identity is the verifier.
              if (!claims && adapter.peekClaims && keyless) claims = await adapter.peekClaims();
              const id = adapter.runIdentity(claims);
              if (!id)
                throw new UsageError(
                  'vsa needs the identity of this CI run (a GitHub Actions or GitLab CI job)',
                );
              return {
                verifierId: id.identity,
                verifierVersion: VERSION,
                onFailure: flags['vsa-on-failure'] === true,
                ...(str(flags, 'vsa-policy-uri') ? { policyUri: str(flags, 'vsa-policy-uri') } : {}),
              };
            },
          }
        : {}),
      ...(admissionTargets.length > 0
        ? {
            admission: async () => {
              const signer: AdmissionSigner = signing?.publicKeyPem
                ? { kind: 'key', publicKey: signing.publicKeyPem }
                : await admissionSigner(flags, resolveIdentity);
              const rootPath = str(flags, 'trusted-root');
              return {
                input: {
                  name: str(flags, 'policy-name') ?? defaultPolicyName(input.tags[0]!),
                  signatureFormat: format === 'bundle' ? 'bundle' : 'legacy',
                  build: signer,
                  mode: str(flags, 'policy-mode') as 'enforce' | 'warn',
                  trustedRoot: rootPath
                    ? (JSON.parse(
                        (await host.readFile(resolve(host.cwd, rootPath))).toString('utf8'),
                      ) as Record<string, unknown>)
                    : undefined,
                  signatureRepository,
                  noTlog: flags['tlog-upload'] === false,
                  companions: {
                    allowedRegistries: list(flags, 'allowed-registries'),
                    pullPolicyAlways: flags['pull-policy-always'] === true,
                    auditUnsigned: flags['audit-unsigned'] === true,
                    alert: flags.alert === true,
                  },
                  vsa: {
                    ...(str(flags, 'vsa-min-level') ? { minLevel: str(flags, 'vsa-min-level') } : {}),
                    ...(str(flags, 'vsa-max-age') ? { maxAge: str(flags, 'vsa-max-age') } : {}),
                  },
                },
                targets: admissionTargets,
                ...(flags.apply === true ? { apply: { dryRun: flags['dry-run'] === true } } : {}),
              };
            },
          }
        : {}),
    },
    {
      build: {
        exec: execFile,
        readFile: (p) => host.readFile(p),
        registry,
        env: await toBuilderEnv(host, input, workDir, registryLoginFrom(flags)),
      },
      registry,
      signing,
      ...(flags.apply === true && admissionTargets.length > 0
        ? { kube: await kubeApi(flags, host, adapter) }
        : {}),
      now: () => new Date(),
      onStage: adapter.onStage,
    },
  );
  const outputs = await writeOutputs(result, adapter);
  await attestFilesAndStore({
    adapter: { ...adapter, host },
    flags,
    image: result,
    ...(signing ? { signing } : {}),
    makeSigning: () =>
      signingDeps(flags, host, { onToken: (token, c) => (adapter.mask(token), (claims = c)) }),
    claims: async () => claims,
    outputs,
  });
  return { outputs, result, expected, buildOnly: false };
}

async function admissionSigner(
  flags: FlagValues,
  resolveIdentity: () => Promise<RunIdentity | undefined>,
): Promise<AdmissionSigner> {
  const issuer = str(flags, 'certificate-oidc-issuer');
  const subject = str(flags, 'certificate-identity');
  const subjectRegExp = str(flags, 'certificate-identity-regexp');
  if (subject || subjectRegExp) {
    if (!issuer) throw new UsageError('admission needs certificate-oidc-issuer with certificate-identity');
    return subject ? { kind: 'keyless', issuer, subject } : { kind: 'keyless', issuer, subjectRegExp };
  }
  const id = await resolveIdentity();
  if (!id)
    throw new UsageError('admission needs the signer: set certificate-identity and certificate-oidc-issuer');
  return { kind: 'keyless', issuer: issuer ?? id.issuer, subject: id.identity };
}

async function kubeApi(flags: FlagValues, host: Host, adapter: CiAdapter) {
  const { createKubeApi } = await import('../../cluster/kube-client.ts');
  const text = str(flags, 'kubeconfig');
  if (text) return createKubeApi({ kind: 'kubeconfig', text });
  const file = host.env.KUBECONFIG?.split(':')[0];
  if (!file)
    throw new UsageError(
      `apply needs a cluster: ${adapter.name === 'github' ? 'the kubeconfig input' : 'a KUBECONFIG file variable'}`,
    );
  return createKubeApi({ kind: 'kubeconfig', text: (await host.readFile(file)).toString('utf8') });
}

/** Writes bundle, SBOMs, verify report and policies under the output folder; returns the outputs. */
async function writeOutputs(r: PipelineResult, adapter: CiAdapter): Promise<Record<string, string>> {
  const { host, outputDir } = adapter;
  const write = (name: string, data: string) =>
    host.writeFile(join(outputDir, name), data, { mode: 0o644, overwrite: true });
  const outputs: Record<string, string> = {
    image: formatReference(r.build.image),
    digest: r.build.digest,
    images: JSON.stringify(r.images.map((i) => formatReference(i))),
    'platform-digests': JSON.stringify(
      Object.fromEntries(r.build.manifests.map((m) => [m.platform, m.digest])),
    ),
    signatures: JSON.stringify(toSignaturesJSON(r.sign?.signatures ?? [])),
    verified: String(r.verify?.verified ?? false),
  };
  // The image's own signature: the bundle-format one when there is one (its bundle is what was stored).
  const mine = r.sign?.signatures.filter((s) => s.subject.digest === r.build.digest) ?? [];
  const root = mine.find((s) => s.format === 'bundle') ?? mine[0];
  if (root?.bundle) {
    const name = `signature-${shortDigest(r.build.digest)}.sigstore.json`;
    await write(name, JSON.stringify(root.bundle) + '\n');
    outputs['bundle-path'] = join(outputDir, name);
  }
  if (root?.logIndex !== undefined) outputs['rekor-log-index'] = String(root.logIndex);
  for (const [i, sbom] of (r.sboms?.sboms ?? []).entries()) {
    const name = toSbomFileName(sbom);
    await write(name, sbom.json);
    if (i === 0) outputs['sbom-path'] = join(outputDir, name);
  }
  if (r.verify) {
    await write('verify-report.json', JSON.stringify(toVerifyJSON(r.verify), null, 2) + '\n');
    outputs['report-path'] = join(outputDir, 'verify-report.json');
  }
  if (r.vsa) {
    await write('vsa.json', JSON.stringify(r.vsa.predicate, null, 2) + '\n');
    outputs['vsa-path'] = join(outputDir, 'vsa.json');
  }
  if (r.admission) {
    const files = toGitOpsFiles(r.admission.objects, { connaisseurValues: r.admission.connaisseurValues });
    for (const f of files) await write(join('policy', f.path), f.content);
    outputs['policy-path'] = join(outputDir, 'policy');
  }
  return outputs;
}
