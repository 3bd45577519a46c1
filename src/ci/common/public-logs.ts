// The refusal to sign a non-public project keyless on the public Sigstore logs (its repository and
// workflow names would become public), with the ways out; and the warnings when the names still reach
// a public log.
import type { CiInputs } from './ci-inputs.ts';
import { isPublicRekor, signingDestinations } from './signing-services.ts';
import type { Host } from './host.ts';
import { UsageError, type FlagValues } from './values.ts';

/** Where the project stands and how to warn. */
export interface PublicLogsContext {
  /** 'private' or 'internal' when the project is not public; undefined when unknown (not refused). */
  visibility?: 'public' | 'private' | 'internal';
  warning(message: string): void;
}

/**
 * Refuses keyless signing that would publish a non-public project's names, with the ways out. It reads
 * what the signing config would upload to (its Rekor logs and Fulcio), not only the URL inputs.
 */
export async function checkPublicLogs(
  inputs: CiInputs,
  options: FlagValues,
  host: Host,
  ctx: PublicLogsContext,
): Promise<void> {
  if (!ctx.visibility || ctx.visibility === 'public' || inputs.key) return;
  if (inputs['allow-public-logs']) {
    ctx.warning(
      `this ${ctx.visibility} repository's name and workflow go into the public Sigstore logs (allow-public-logs: true)`,
    );
    return;
  }
  const to = await signingDestinations(options, host);
  const publicRekor = to.rekorURLs.filter(isPublicRekor);
  if (publicRekor.length === 0) {
    if (to.fulcioURLs.some((u) => new URL(u).host === 'fulcio.sigstore.dev')) {
      ctx.warning(
        "no Rekor entry is made, but the public Fulcio still logs the signing certificate (with this repository's name) in its certificate-transparency log",
      );
    }
    return;
  }
  const via = inputs['signing-config']
    ? ` (signing config ${inputs['signing-config']} uploads to ${publicRekor.join(', ')})`
    : '';
  throw new UsageError(
    `this repository is ${ctx.visibility}: keyless signing would publish its name and workflow in the public Rekor and certificate-transparency logs${via}. ` +
      'Choose one: sign with a key (key + key-password); use a private Sigstore (fulcio-url, rekor-url, trusted-root) or its signing-config and trusted-root; ' +
      'use a timestamp authority instead of Rekor (tlog-upload: false, tsa-url); or accept the public logs (allow-public-logs: true)',
    { code: 'USAGE_PUBLIC_LOGS' },
  );
}
