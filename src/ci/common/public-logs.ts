// The refusal to sign a non-public project keyless on the public Sigstore logs (its repository and
// workflow names would become public), with the ways out; and the warnings when the names still reach
// a public log.
import type { CiInputs } from './ci-inputs.ts';
import { DEFAULT_REKOR_URL } from './context.ts';
import { UsageError } from './values.ts';

const PUBLIC_REKOR_HOSTS = new Set([new URL(DEFAULT_REKOR_URL).host]);

/** Where the project stands and how to warn. */
export interface PublicLogsContext {
  /** 'private' or 'internal' when the project is not public; undefined when unknown (not refused). */
  visibility?: 'public' | 'private' | 'internal';
  warning(message: string): void;
}

/** The Rekor a run writes to: none with `tlog-upload: false`; with a signing config, only an override. */
function rekorOf(inputs: CiInputs): string | undefined {
  if (!inputs['tlog-upload']) return undefined;
  const given = inputs['rekor-url'];
  if (inputs['signing-config']) return given !== DEFAULT_REKOR_URL ? given : undefined;
  return given ?? DEFAULT_REKOR_URL;
}

/** Refuses keyless signing that would publish a non-public project's names, with the ways out. */
export function checkPublicLogs(inputs: CiInputs, ctx: PublicLogsContext): void {
  if (!ctx.visibility || ctx.visibility === 'public' || inputs.key) return;
  if (inputs['allow-public-logs']) {
    ctx.warning(
      `this ${ctx.visibility} repository's name and workflow go into the public Sigstore logs (allow-public-logs: true)`,
    );
    return;
  }
  const rekor = rekorOf(inputs);
  if (rekor === undefined || !PUBLIC_REKOR_HOSTS.has(new URL(rekor).host)) {
    if (inputs['fulcio-url']?.includes('fulcio.sigstore.dev')) {
      ctx.warning(
        "no Rekor entry is made, but the public Fulcio still logs the signing certificate (with this repository's name) in its certificate-transparency log",
      );
    }
    return;
  }
  throw new UsageError(
    `this repository is ${ctx.visibility}: keyless signing would publish its name and workflow in the public Rekor and certificate-transparency logs. ` +
      'Choose one: sign with a key (key + key-password); use a private Sigstore (fulcio-url, rekor-url, trusted-root); ' +
      'use a timestamp authority instead of Rekor (tlog-upload: false, tsa-url); or accept the public logs (allow-public-logs: true)',
    { code: 'USAGE_PUBLIC_LOGS' },
  );
}
