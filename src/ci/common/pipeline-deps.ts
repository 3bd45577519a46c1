// The production parts a CI run uses, made in one place (STYLE §2): the registry client, the signer and
// its witnesses, the Kubernetes client and the builder's processes and environment. `CiServices` is the
// seam: runCi takes it, so tests hand in a registry stand-in, a key signer and a recording cluster.
import type { BuildInput } from '../../build/index.ts';
import { execFile, type ExecFile } from '../../build/exec.ts';
import type { KubeApi } from '../../cluster/kube-client.ts';
import type { TokenClaims } from '../../oidc/token.ts';
import type { PipelineDeps, PipelineStage } from '../../pipeline/run-pipeline.ts';
import type { ImageRef, RegistryClient } from '../../registry/index.ts';
import { toBuilderEnv } from './builder-login.ts';
import type { CiInputs } from './ci-inputs.ts';
import { registryClient, signingDeps } from './context.ts';
import type { Host } from './host.ts';
import { UsageError, type FlagValues } from './values.ts';

/** The signer, its witnesses, the public key of a key signer and notices about the signing inputs. */
export type CiSigning = Awaited<ReturnType<typeof signingDeps>>;

/** How the signer is made: the legacy format needs a Rekor v1 log; the token is reported when asked for. */
export interface SigningOptions {
  legacyFormat?: boolean;
  onToken?(token: string, claims: TokenClaims): void;
}

/**
 * Keyless signing whose time only a TSA proves: a Rekor v2 log (no integrated time) or no log. The
 * admission objects then require a signed timestamp (Kyverno's TSA chain, the policy-controller's
 * rfc3161timestamp), as `cosign verify --use-signed-timestamps` does.
 */
export function timedByTsa(signing: CiSigning | undefined): boolean {
  if (!signing || signing.publicKeyPem) return false;
  const w = signing.witnesses;
  return Boolean(w.tsaURL) && (!w.rekorURL || w.rekorMajorApiVersion === 2);
}

/** Makers of the production parts; tests pass fakes. */
export interface CiServices {
  /** A registry client for these images, with the inputs' credentials and caps. */
  registry(options: FlagValues, host: Host, images: ImageRef[]): Promise<RegistryClient>;
  /** The signer (a key, or keyless through the CI's OIDC token) and its witnesses. */
  signing(options: FlagValues, host: Host, opts: SigningOptions): Promise<CiSigning>;
  /** A Kubernetes client from a kubeconfig's text. */
  kube(kubeconfig: string): Promise<KubeApi>;
  /** Runs the builder's processes. */
  exec: ExecFile;
  /** The builder's environment (a private docker config with the run's registry login). */
  builderEnv(
    host: Host,
    input: BuildInput,
    workDir: string,
    login: { username: string; password: string } | undefined,
  ): Promise<Readonly<Record<string, string | undefined>>>;
}

/** The real parts. */
export const PRODUCTION_SERVICES: CiServices = {
  registry: registryClient,
  signing: (options, host, opts) => signingDeps(options, host, opts),
  async kube(text) {
    // Loaded only to apply: the Kubernetes client is large.
    const { createKubeApi } = await import('../../cluster/kube-client.ts');
    return createKubeApi({ kind: 'kubeconfig', text });
  },
  exec: execFile,
  builderEnv: toBuilderEnv,
};

/** The registry-username and registry-password inputs, when both are given. */
export function registryLoginOf(inputs: CiInputs): { username: string; password: string } | undefined {
  const username = inputs['registry-username'];
  const password = inputs['registry-password'];
  return username && password ? { username, password } : undefined;
}

/** What the deps are made of. */
export interface PipelineDepsContext {
  inputs: CiInputs;
  /** The inputs as the option helpers read them (GitHub's instance may have set its URLs). */
  options: FlagValues;
  host: Host;
  /** Which surface: names where the kubeconfig comes from in the error. */
  surface: 'github' | 'gitlab' | 'cli';
  build: BuildInput;
  workDir: string;
  signatureRepository?: ImageRef;
  /** Make a signer: something is signed or attested. */
  signs: boolean;
  signingOptions: SigningOptions;
  onStage?(stage: PipelineStage, what: string): void;
}

/** The pipeline's deps; `close` ends the registry client's connections. */
export interface CiPipelineDeps {
  deps: PipelineDeps;
  signing?: CiSigning;
  close(): void;
}

/** The kubeconfig `apply` uses: the input, else the first file of KUBECONFIG. */
async function kubeconfigText(ctx: PipelineDepsContext): Promise<string> {
  if (ctx.inputs.kubeconfig) return ctx.inputs.kubeconfig;
  const file = ctx.host.env.KUBECONFIG?.split(':')[0];
  if (!file)
    throw new UsageError(
      `apply needs a cluster: ${ctx.surface === 'github' ? 'the kubeconfig input' : 'a KUBECONFIG file variable'}`,
    );
  return (await ctx.host.readFile(file)).toString('utf8');
}

/** Makes the registry client, the signer, the cluster client (only to apply) and the builder's deps. */
export async function createPipelineDeps(
  ctx: PipelineDepsContext,
  services: CiServices = PRODUCTION_SERVICES,
): Promise<CiPipelineDeps> {
  const { inputs, host } = ctx;
  const registryOptions: FlagValues = {
    'allow-insecure-registry': inputs['allow-insecure-registry'],
    'registry-username': inputs['registry-username'],
    'registry-password': inputs['registry-password'],
    limit: inputs.limit,
  };
  const images = ctx.signatureRepository ? [...ctx.build.tags, ctx.signatureRepository] : ctx.build.tags;
  const registry = await services.registry(registryOptions, host, images);
  try {
    const signing = ctx.signs ? await services.signing(ctx.options, host, ctx.signingOptions) : undefined;
    const kube =
      inputs.apply && inputs.admission.length > 0
        ? await services.kube(await kubeconfigText(ctx))
        : undefined;
    const deps: PipelineDeps = {
      build: {
        exec: services.exec,
        readFile: (p) => host.readFile(p),
        registry,
        env: await services.builderEnv(host, ctx.build, ctx.workDir, registryLoginOf(inputs)),
      },
      registry,
      ...(signing ? { signing } : {}),
      ...(kube ? { kube } : {}),
      now: () => new Date(),
      ...(ctx.onStage ? { onStage: ctx.onStage } : {}),
    };
    return { deps, ...(signing ? { signing } : {}), close: () => registry.close() };
  } catch (err) {
    registry.close();
    throw err;
  }
}
