// What the Action and the GitLab component do with their inputs, shared: read the input table once
// into typed inputs (ci-inputs.ts) and refuse what contradicts itself, refuse what must not run (keyless
// signing of a private repository on the public logs: public-logs.ts), turn the inputs into the
// pipeline's input (pipeline-input.ts) and its deps (pipeline-deps.ts), run the pipeline, and write the
// files and outputs (write-outputs.ts). Each adapter supplies only what differs between the two CIs:
// how inputs are read, how it logs and masks, the run's default identity and its provenance.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildWithoutPush, type BuildInput } from '../../build/index.ts';
import type { Signer as AdmissionSigner, TrustedRootJSON } from '../../cluster/types.ts';
import type { TokenClaims } from '../../oidc/token.ts';
import { runPipeline, type PipelineResult, type PipelineStage } from '../../pipeline/run-pipeline.ts';
import { formatReference, parseReference, type ImageRef } from '../../registry/index.ts';
import { buildVerifyPolicy, parsePublicKey, type VerifyPolicy } from '../../verify/index.ts';
import { parsedAs, toBuildInput } from './build-options.ts';
import { attestFilesAndStore, isFilesOnly } from './ci-attestations.ts';
import {
  builderOf,
  checkCiInputs,
  readCiInputs,
  secretValues,
  toOptionValues,
  withInputSecrets,
  type CiInputs,
  type CiSurface,
} from './ci-inputs.ts';
import { trustedRoot, verifyPolicy } from './context.ts';
import type { Host } from './host.ts';
import type { RunIdentity } from './identity.ts';
import {
  createPipelineDeps,
  PRODUCTION_SERVICES,
  registryLoginOf,
  type CiServices,
  type CiSigning,
  timedByTsa,
} from './pipeline-deps.ts';
import { toAdmissionTargets, toPipelineInput, toSbomSources } from './pipeline-input.ts';
import { checkPublicLogs } from './public-logs.ts';
import { hasCustomSigstoreInputs, resolveSigstoreInstance, useGitHubInstance } from './sigstore-instance.ts';
import { str, UsageError, type FlagValues } from './values.ts';
import { writeOutputs } from './write-outputs.ts';

export { readCiInputs } from './ci-inputs.ts';
export type { CiInputs } from './ci-inputs.ts';
export type { CiServices } from './pipeline-deps.ts';

/** How an adapter reports progress. */
export interface CiLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

/** What differs between the CI adapters. */
export interface CiAdapter {
  /** Which surface: inputs marked `only` for another surface are not read. */
  name: CiSurface;
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

/** One run: the adapter, its typed inputs, the option values the shared helpers read, the host. */
interface CiRun {
  adapter: CiAdapter;
  inputs: CiInputs;
  options: FlagValues;
  host: Host;
  services: CiServices;
}

/** Runs the pipeline the inputs describe and writes its files; throws on any failure (fail closed). */
export async function runCi(
  adapter: CiAdapter,
  services: CiServices = PRODUCTION_SERVICES,
): Promise<CiRunResult> {
  let inputs = readCiInputs(adapter);
  for (const secret of secretValues(inputs)) adapter.mask(secret);
  checkCiInputs(inputs);
  // Lists whose items name something: an unknown one is refused before anything runs.
  toAdmissionTargets(inputs.admission);
  toSbomSources(inputs['sbom-source']);
  // GitHub's instance serves runs that sign keyless; a verify-only run keeps the inputs' trust.
  const signsKeyless =
    (inputs.sign || inputs['attest-sbom'] || inputs['attest-provenance'] || inputs.vsa) &&
    inputs.push &&
    !adapter.noSigning;
  const options = toOptionValues(inputs);
  // GitHub's instance serves GitHub Actions runs only (as actions/attest): a private GitLab project
  // keeps the public-logs refusal under `auto`.
  const instance = resolveSigstoreInstance(inputs['sigstore-instance'], {
    visibility: signsKeyless && adapter.name === 'github' ? adapter.visibility : 'public',
    custom: hasCustomSigstoreInputs(options),
    key: inputs.key !== undefined,
  });
  const github =
    instance === 'github' ? await useGitHubInstance(options, adapter.host, adapter.outputDir) : undefined;
  if (github) {
    // The instance's services and trust, as the option values now name them.
    inputs = {
      ...inputs,
      'fulcio-url': str(options, 'fulcio-url'),
      'tsa-url': str(options, 'tsa-url'),
      'tlog-upload': false,
      'trusted-root': str(options, 'trusted-root'),
    };
    adapter.log.info(
      `signing with GitHub's Sigstore instance (${inputs['signing-config'] ? `signing config ${inputs['signing-config']}` : inputs['fulcio-url']}, no public logs)`,
    );
  }
  const run: CiRun = { adapter, inputs, options, host: withInputSecrets(adapter.host, inputs), services };
  const workDir = await mkdtemp(join(tmpdir(), 'signet-build-'));
  try {
    const result = await runStages(run, workDir);
    if (github) result.outputs['trusted-root-path'] = github.trustedRootPath;
    return result;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function buildInputOf(run: CiRun, workDir: string, push: boolean): BuildInput {
  const { inputs, host } = run;
  return toBuildInput(run.options, {
    builder: builderOf(inputs),
    context: inputs.context ?? '.',
    buildxBuilder: inputs.builder,
    // The input wins; GitLab's `services:` pattern sets BUILDKIT_HOST for the job.
    buildkitHost: inputs['buildkit-host'] ?? host.env.BUILDKIT_HOST,
    // build-push-action's `secrets`: `id=value` lines.
    secrets: inputs.secrets.map((line) => {
      const i = line.indexOf('=');
      if (i <= 0) throw new UsageError(`input secrets: expected KEY=VALUE, got a line without "="`);
      return { id: line.slice(0, i), value: line.slice(i + 1) };
    }),
    push,
    cwd: host.cwd,
    workDir,
    label: (name) => `input ${name}`,
  });
}

async function runStages(run: CiRun, workDir: string): Promise<CiRunResult> {
  const { adapter, inputs, host } = run;
  const { log } = adapter;
  const buildOnly = !inputs.push || adapter.noSigning !== undefined;
  if (adapter.noSigning) {
    if (adapter.noSigning.fail) throw new UsageError(adapter.noSigning.reason, { code: 'USAGE_NO_SIGNING' });
    log.notice(`${adapter.noSigning.reason}: building only; nothing is pushed, signed or verified`);
  }
  if (isFilesOnly(inputs)) return runFilesOnly(run);
  const input = buildInputOf(run, workDir, inputs.push && !adapter.noSigning);
  if (buildOnly) {
    if (input.builder === 'none')
      throw new UsageError('build: none with push: false has nothing to do', {
        code: 'USAGE_CONFLICTING_INPUTS',
      });
    adapter.onStage?.('build', `${input.builder} (build only)`);
    await buildWithoutPush(input, {
      exec: run.services.exec,
      readFile: (p) => host.readFile(p),
      env: await run.services.builderEnv(host, input, workDir, registryLoginOf(inputs)),
    });
    return { outputs: { verified: 'false' }, buildOnly: true };
  }
  const signs = inputs.sign || inputs['attest-sbom'] || inputs['attest-provenance'];
  // Every keyless signature publishes the names: image signatures, SBOM attestations and provenance.
  if (signs && !inputs.key)
    await checkPublicLogs(inputs, run.options, host, {
      visibility: adapter.visibility,
      warning: (m) => log.warning(m),
    });
  // Verifying a tag reads its digest once, then checks exactly that; signing needs the digest given.
  if (input.builder === 'none' && !input.digest && signs)
    throw new UsageError(
      'build: none needs the digest input (the digest another step pushed to the first tag)',
    );
  const sigRepo = inputs['signature-repository'] ?? host.env.COSIGN_REPOSITORY;
  const signatureRepository = sigRepo
    ? parsedAs('input signature-repository', sigRepo, parseReference)
    : undefined;
  return runWithDeps(run, workDir, input, signatureRepository);
}

/** Attests release files only (subject inputs, no `tags`): no build, no registry. */
async function runFilesOnly(run: CiRun): Promise<CiRunResult> {
  const { adapter, inputs, host } = run;
  if (adapter.noSigning) return { outputs: { verified: 'false' }, buildOnly: true };
  if (!inputs.key)
    await checkPublicLogs(inputs, run.options, host, {
      visibility: adapter.visibility,
      warning: (m) => adapter.log.warning(m),
    });
  let claims: TokenClaims | undefined;
  const outputs: Record<string, string> = { verified: 'false' };
  await attestFilesAndStore({
    adapter: { ...adapter, host },
    inputs,
    makeSigning: () =>
      run.services.signing(run.options, host, { onToken: (token, c) => (adapter.mask(token), (claims = c)) }),
    async claims() {
      // Provenance names the job's workflow from the token: ask for it before signing when keyless.
      if (!claims && !inputs.key && adapter.peekClaims) claims = await adapter.peekClaims();
      return claims;
    },
    outputs,
  });
  return { outputs, buildOnly: false };
}

async function runWithDeps(
  run: CiRun,
  workDir: string,
  input: BuildInput,
  signatureRepository: ImageRef | undefined,
): Promise<CiRunResult> {
  const { adapter, inputs, host } = run;
  const format = inputs['signature-format'];
  const wantsVsa = inputs.verify && inputs.vsa;
  let claims: TokenClaims | undefined;
  const onToken = (token: string, c: TokenClaims) => {
    adapter.mask(token);
    claims = c;
  };
  const made = await createPipelineDeps(
    {
      inputs,
      options: run.options,
      host,
      surface: adapter.name,
      build: input,
      workDir,
      signatureRepository,
      signs: inputs.sign || inputs['attest-sbom'] || inputs['attest-provenance'] || wantsVsa,
      signingOptions: {
        // A VSA is written in both formats (the CLI's --vsa-format is not an input).
        legacyFormat: format !== 'bundle' || wantsVsa,
        onToken,
      },
      ...(adapter.onStage ? { onStage: adapter.onStage } : {}),
    },
    run.services,
  );
  try {
    for (const n of made.signing?.notices ?? []) adapter.log.warning(n);
    const { registry } = made.deps;
    if (input.builder === 'none' && !input.digest) {
      const head = await registry.headManifest(input.tags[0]!);
      if (!head) throw new UsageError(`${formatReference(input.tags[0]!)} does not exist in the registry`);
      input.digest = head.digest;
    }
    // Files the stages need are read before any stage writes (a bad one leaves nothing half-written).
    const trustedRootJSON = inputs.admission.length > 0 ? await trustedRootDocument(run) : undefined;
    const identity = runIdentityOf(
      run,
      () => claims,
      (c) => (claims = c),
    );
    let expected: string | undefined;
    const result = await runPipeline(
      toPipelineInput(inputs, {
        build: input,
        ...(signatureRepository ? { signatureRepository } : {}),
        ...(inputs['attest-sbom'] && inputs['sbom-file']
          ? {
              sbomFile: {
                name: inputs['sbom-file'],
                bytes: await host.readFile(resolve(host.cwd, inputs['sbom-file'])),
              },
            }
          : {}),
        limits: registry.limits,
        async policy() {
          const made2 = await verifyPolicyOf(run, made.signing, identity.resolve);
          expected = made2.expected;
          return made2.policy;
        },
        provenance: () => adapter.provenance(claims),
        async vsaVerifier() {
          // The summary is vouched for by this run: its identity is the verifier.
          if (!claims && adapter.peekClaims && !inputs.key) claims = await adapter.peekClaims();
          const id = adapter.runIdentity(claims);
          if (!id)
            throw new UsageError('vsa needs the identity of this CI run (a GitHub Actions or GitLab CI job)');
          return id.identity;
        },
        admissionSigner: async () =>
          made.signing?.publicKeyPem
            ? { kind: 'key', publicKey: made.signing.publicKeyPem }
            : admissionSignerOf(inputs, identity.resolve),
        trustedRoot: async () => trustedRootJSON,
        ...(timedByTsa(made.signing) ? { signedTimestamps: true } : {}),
        warning: (m) => adapter.log.warning(m),
      }),
      made.deps,
    );
    const outputs = await writeOutputs(result, adapter);
    await attestFilesAndStore({
      adapter: { ...adapter, host },
      inputs,
      image: result,
      ...(made.signing ? { signing: made.signing } : {}),
      makeSigning: () => run.services.signing(run.options, host, { onToken }),
      claims: async () => claims,
      outputs,
    });
    return { outputs, result, expected, buildOnly: false };
  } finally {
    made.close();
  }
}

/** The identity verified against by default: this run's (from its token's claims when there are any). */
function runIdentityOf(
  run: CiRun,
  claims: () => TokenClaims | undefined,
  setClaims: (c: TokenClaims | undefined) => void,
): { resolve(): Promise<RunIdentity | undefined> } {
  return {
    async resolve() {
      if (run.inputs['certificate-identity'] ?? run.inputs['certificate-identity-regexp']) return undefined;
      if (!claims() && run.adapter.peekClaims) setClaims(await run.adapter.peekClaims());
      return run.adapter.runIdentity(claims());
    },
  };
}

/** The read-back verification's policy and what it expects (`key`, an identity, `~regexp`). */
async function verifyPolicyOf(
  run: CiRun,
  signing: CiSigning | undefined,
  resolveIdentity: () => Promise<RunIdentity | undefined>,
): Promise<{ policy: VerifyPolicy; expected: string }> {
  const { inputs, host } = run;
  if (inputs.key && inputs.sign && signing?.publicKeyPem) {
    // Verify with the public half of the signing key.
    const noTlog = !inputs['tlog-upload'];
    return {
      expected: 'key',
      policy: buildVerifyPolicy({
        publicKey: parsePublicKey(signing.publicKeyPem, 'key input'),
        trustedRoot: noTlog && !inputs['trusted-root'] ? undefined : await trustedRoot(run.options, host),
        insecureIgnoreTlog: noTlog,
      }),
    };
  }
  const options: FlagValues = { ...run.options };
  if (inputs.key) {
    options['insecure-ignore-tlog'] = !inputs['tlog-upload'];
    return { expected: 'key', policy: await verifyPolicy(options, host) };
  }
  const id = await resolveIdentity();
  if (id) {
    options['certificate-identity'] = id.identity;
    if (!inputs['certificate-oidc-issuer'] && !inputs['certificate-oidc-issuer-regexp'])
      options['certificate-oidc-issuer'] = id.issuer;
  }
  const identity = str(options, 'certificate-identity');
  const regexp = str(options, 'certificate-identity-regexp');
  if (!identity && !regexp)
    throw new UsageError(
      'no identity to verify against: set certificate-identity (or -regexp) and certificate-oidc-issuer',
    );
  return { expected: identity ?? `~${regexp}`, policy: await verifyPolicy(options, host) };
}

/** The keyless signer the admission objects pin: the identity inputs, else this run's identity. */
async function admissionSignerOf(
  inputs: CiInputs,
  resolveIdentity: () => Promise<RunIdentity | undefined>,
): Promise<AdmissionSigner> {
  const issuer = inputs['certificate-oidc-issuer'];
  const subject = inputs['certificate-identity'];
  const subjectRegExp = inputs['certificate-identity-regexp'];
  if (subject || subjectRegExp) {
    if (!issuer) throw new UsageError('admission needs certificate-oidc-issuer with certificate-identity');
    return subject ? { kind: 'keyless', issuer, subject } : { kind: 'keyless', issuer, subjectRegExp };
  }
  const id = await resolveIdentity();
  if (!id)
    throw new UsageError('admission needs the signer: set certificate-identity and certificate-oidc-issuer');
  return { kind: 'keyless', issuer: issuer ?? id.issuer, subject: id.identity };
}

/** The `trusted-root` input's document (a private Sigstore's trust, emitted with the admission objects). */
async function trustedRootDocument(run: CiRun): Promise<TrustedRootJSON | undefined> {
  const path = run.inputs['trusted-root'];
  if (!path) return undefined;
  const text = (await run.host.readFile(resolve(run.host.cwd, path))).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`input trusted-root: ${path} is not JSON`, { cause: err });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new UsageError(`input trusted-root: ${path} is not a trusted_root.json object`);
  return { ...parsed };
}
