// `sigstore-instance: auto|public-good|github|custom`, as actions/attest picks its instance: `auto` is
// GitHub's own Sigstore for a private or internal repository (its names stay off the public logs) and
// public-good Sigstore otherwise, unless Sigstore inputs were set (then `custom`: those inputs as given).
// `github` signs with GitHub's Fulcio and timestamp authority, without Rekor, and verifies with GitHub's
// trusted root, fetched through GitHub's TUF repository (as `gh attestation trusted-root`) and written
// to the output folder for other verifiers (cosign --trusted-root, Kyverno, policy-controller).
// SIGNET_GITHUB_TUF_URL and SIGNET_GITHUB_TUF_ROOT name another mirror and its root.json, as gh's
// `--tuf-url`/`--tuf-root` do (a mirror, or a test's repository).
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  fetchGitHubTrustedRoot,
  GITHUB_FULCIO_URL,
  GITHUB_TSA_URL,
  GITHUB_TUF_ROOT_JSON,
} from '../../verify/index.ts';
import type { Host } from './host.ts';
import { INPUTS } from './inputs.ts';
import { str, UsageError, type FlagValues } from './values.ts';

/** The instances `sigstore-instance` names. */
export type SigstoreInstance = 'public-good' | 'github' | 'custom';

const SIGSTORE_INPUTS = ['fulcio-url', 'rekor-url', 'tsa-url', 'signing-config', 'trusted-root'] as const;

/** True when a Sigstore input differs from the table's default (a private or test Sigstore). */
export function hasCustomSigstoreInputs(flags: FlagValues): boolean {
  return SIGSTORE_INPUTS.some((n) => {
    const v = str(flags, n);
    return v !== undefined && v !== INPUTS.find((i) => i.name === n)!.default;
  });
}

/** The instance a run signs with. */
export function resolveSigstoreInstance(
  choice: string,
  ctx: { visibility?: 'public' | 'private' | 'internal'; custom: boolean; key: boolean },
): SigstoreInstance {
  if (choice === 'public-good' || choice === 'github' || choice === 'custom') return choice;
  if (choice !== 'auto')
    throw new UsageError(
      `input sigstore-instance takes auto, public-good, github or custom, got ${JSON.stringify(choice)}`,
    );
  if (ctx.custom || ctx.key) return 'custom';
  return ctx.visibility === 'private' || ctx.visibility === 'internal' ? 'github' : 'public-good';
}

/** What choosing GitHub's instance set up: the trusted root file verifiers use. */
export interface GitHubInstance {
  trustedRootPath: string;
}

/**
 * Points the flags at GitHub's instance (Fulcio, TSA, no Rekor; a set fulcio-url, tsa-url or
 * signing-config wins) and
 * writes its trusted root, fetched through TUF, as `<outputDir>/github-trusted-root.json`.
 */
export async function useGitHubInstance(
  flags: FlagValues,
  host: Host,
  outputDir: string,
): Promise<GitHubInstance> {
  const defaults = (n: string) => INPUTS.find((i) => i.name === n)!.default;
  // A signing config names the instance's services itself (GitHub's, or a mirror of its shape); the
  // public-logs check then reads what it would upload to.
  if (!str(flags, 'signing-config')) {
    if (str(flags, 'fulcio-url') === undefined || str(flags, 'fulcio-url') === defaults('fulcio-url'))
      flags['fulcio-url'] = GITHUB_FULCIO_URL;
    if (str(flags, 'tsa-url') === undefined)
      flags['tsa-url'] = flags['timestamp-server-url'] = GITHUB_TSA_URL;
    flags['tlog-upload'] = false;
  }
  const home = host.env.HOME ?? outputDir;
  const cachePath = join(home, '.sigstore', 'signet-tuf-github');
  let rootPath = host.env.SIGNET_GITHUB_TUF_ROOT;
  if (!rootPath) {
    rootPath = join(cachePath, 'embedded-root.json');
    await host.writeFile(rootPath, GITHUB_TUF_ROOT_JSON, { mode: 0o644, overwrite: true });
  }
  const root = await fetchGitHubTrustedRoot({
    cachePath,
    rootPath,
    ...(host.env.SIGNET_GITHUB_TUF_URL ? { mirrorURL: host.env.SIGNET_GITHUB_TUF_URL } : {}),
  });
  const trustedRootPath = join(outputDir, 'github-trusted-root.json');
  await host.writeFile(trustedRootPath, JSON.stringify(TrustedRoot.toJSON(root)) + '\n', {
    mode: 0o644,
    overwrite: true,
  });
  if (str(flags, 'trusted-root') === undefined) flags['trusted-root'] = trustedRootPath;
  return { trustedRootPath };
}
