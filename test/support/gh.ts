// Runs the real GitHub CLI (gh v2.60.0, built by .ci/install-tools.sh) as an independent verifier of
// Signet's attestations: `gh attestation verify … --format json`, with a private config folder and no
// update check. Two measured traps decide how tests read it: gh exits 0 when `--predicate-type` filters
// out every attestation, and with `--format json` it accepted a plain message-signature bundle; so a
// pass is judged on the verified statements in the JSON (their predicate type and subject), not on the
// exit code alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolPath } from '../bed/tools.ts';
import { run, type RunResult } from './run.ts';

/** One verified attestation as gh prints it (sigstore-go's VerificationResult, trimmed). */
export interface GhVerified {
  verificationResult?: {
    statement?: {
      /** gh prints the in-toto statement as protobuf JSON: `predicate_type`. */
      predicate_type?: string;
      subject?: { name?: string; digest?: Record<string, string> }[];
    };
    signature?: { certificate?: Record<string, string> };
  };
}

/** A gh run: its output, and the verified attestations when it printed JSON. */
export interface GhResult extends RunResult {
  verified: GhVerified[];
}

/** Writes `trustedRoot` as the one-line JSONL gh's `--custom-trusted-root` reads (the newline matters). */
export function writeGhTrustedRoot(dir: string, trustedRoot: unknown): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'trusted_root.jsonl');
  writeFileSync(path, JSON.stringify(trustedRoot) + '\n');
  return path;
}

/** Runs `gh attestation verify ARGS --format json` in its own config folder (`dir`). */
export async function ghAttestationVerify(
  args: string[],
  opts: { dir: string; env?: Record<string, string | undefined> },
): Promise<GhResult> {
  const config = join(opts.dir, 'gh-config');
  mkdirSync(config, { recursive: true });
  const r = await run([toolPath('gh'), 'attestation', 'verify', ...args, '--format', 'json'], {
    env: {
      GH_CONFIG_DIR: config,
      XDG_CACHE_HOME: join(opts.dir, 'gh-cache'),
      GH_NO_UPDATE_NOTIFIER: '1',
      GH_PROMPT_DISABLED: '1',
      NO_COLOR: '1',
      // gh asks for a login before reading a registry (`--bundle-from-oci`) though it never calls
      // GitHub then: a placeholder satisfies the check; nothing is sent to GitHub in these tests.
      GH_TOKEN: 'gh-placeholder-token-never-sent',
      GH_HOST: 'github.com',
      ...opts.env,
    },
    timeoutMs: 60_000,
  });
  let verified: GhVerified[] = [];
  if (r.code === 0 && r.stdout.trim().startsWith('[')) verified = JSON.parse(r.stdout) as GhVerified[];
  return { ...r, verified };
}

/** The predicate types gh verified, sorted. */
export const verifiedPredicateTypes = (r: GhResult): string[] =>
  r.verified.map((v) => v.verificationResult?.statement?.predicate_type ?? '(none)').sort();
