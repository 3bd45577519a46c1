// The pre-flight stage (`signet preflight FILES --policy P`): verify in CI what admission will check.
// Every image of the manifests is resolved to a digest and verified against the signers its glob
// requires, a bounded number at a time; the manifests come back pinned to `name@sha256:…` with a
// report. Any image that fails (or that no rule names, unless the policy allows that) fails the run,
// and the error names it with its file and line.
import { formatRepository, parseReference, type Digest, type ImageRef } from '../registry/index.ts';
import { mapLimit } from '../map-limit.ts';
import { PolicyError } from './errors.ts';
import { parseManifests, pinManifests, type ImageUse, type ManifestFile } from './manifests.ts';
import { findRule, type PreflightPolicy, type PreflightRule } from './preflight-policy.ts';
import { describeSigner } from './admission-signer.ts';

/** What one verification returned (the digest the tag resolved to, once). */
export interface PreflightVerdict {
  digest: Digest;
  verified: boolean;
  reason?: string;
}

/** The pre-flight stage's input: manifest texts (read by src/ci) and the parsed policy. */
export interface PreflightInput {
  files: ManifestFile[];
  policy: PreflightPolicy;
  /** Most verifications in flight at once (default 8). */
  concurrency?: number;
}

/** Verifies one image against a rule's signers (all of them); src/ci builds it from verifyImage. */
export interface PreflightDeps {
  verify(image: ImageRef, rule: PreflightRule): Promise<PreflightVerdict>;
  /**
   * Optional: resolves a tag to its digest (a HEAD). When given, tags are resolved first and each
   * distinct `repository@digest` is verified once, however many tags name it.
   */
  resolve?(image: ImageRef): Promise<Digest>;
}

/** The outcome for one distinct image reference. */
export interface ImageReport {
  image: string;
  /** `name@sha256:…`, when the digest is known. */
  pinned?: string;
  digest?: Digest;
  status: 'verified' | 'failed' | 'unmatched-allowed';
  reason?: string;
  /** Who had to sign. */
  signers: string[];
  /** Where it is used: `file:line Deployment/web container app`. */
  uses: string[];
}

/** The outcome of a pre-flight run. */
export interface PreflightResult {
  ok: boolean;
  images: ImageReport[];
  /** The manifests with every verified image pinned; empty unless `ok`. */
  files: ManifestFile[];
  /** Set when the run failed: POLICY_UNVERIFIED or POLICY_NO_RULE naming the first bad image. */
  error?: PolicyError;
  durationMs: number;
}

const DEFAULT_CONCURRENCY = 8;

const where = (u: ImageUse) =>
  `${u.file}:${u.line} ${u.workload} ${u.field === 'containers' ? 'container' : u.field.replace(/s$/, '')} ${u.container}`;

/**
 * Verifies every image of the manifests; throws only for unreadable input (POLICY_MANIFEST_YAML,
 * POLICY_MANIFEST_IMAGE). Linear in documents and images: each distinct reference is verified once
 * (each repository@digest once when tags can be resolved), however many documents name it.
 */
export async function preflight(
  input: PreflightInput,
  deps: PreflightDeps,
  now: () => number = Date.now,
): Promise<PreflightResult> {
  const t0 = now();
  const parsed = parseManifests(input.files);
  const uses = new Map<string, ImageUse[]>();
  for (const m of parsed) {
    for (const u of m.images) {
      const list = uses.get(u.image);
      if (list) list.push(u);
      else uses.set(u.image, [u]);
    }
  }
  const distinct = [...uses.keys()].sort();
  const ruleIndex = new Map(input.policy.rules.map((r, i) => [r, i]));

  // One verification per repository and digest when tags can be resolved first; else per reference.
  const verdicts = new Map<string, Promise<PreflightVerdict>>();
  const verifyOnce = async (ref: ImageRef, rule: PreflightRule): Promise<PreflightVerdict> => {
    if (!deps.resolve) return deps.verify(ref, rule);
    const digest = ref.digest ?? (await deps.resolve(ref));
    const pinned: ImageRef = { registry: ref.registry, repository: ref.repository, digest };
    const key = `${formatRepository(ref)}@${digest} ${ruleIndex.get(rule)}`;
    let v = verdicts.get(key);
    if (!v) {
      v = deps.verify(pinned, rule);
      verdicts.set(key, v);
    }
    return v;
  };

  const reports = await mapLimit(
    distinct,
    input.concurrency ?? DEFAULT_CONCURRENCY,
    async (image): Promise<ImageReport> => {
      const at = (uses.get(image) ?? []).map(where);
      let ref: ImageRef;
      try {
        ref = parseReference(image);
      } catch (err) {
        return { image, status: 'failed', reason: (err as Error).message, signers: [], uses: at };
      }
      const rule = findRule(input.policy, formatRepository(ref));
      if (!rule) {
        return input.policy.unmatched === 'allow'
          ? { image, status: 'unmatched-allowed', signers: [], uses: at }
          : {
              image,
              status: 'failed',
              reason: `no rule of the policy matches ${formatRepository(ref)}: add a glob for it`,
              signers: [],
              uses: at,
            };
      }
      const signers = rule.signers.map(describeSigner);
      try {
        const v = await verifyOnce(ref, rule);
        const pinned = `${formatRepository(ref)}@${v.digest}`;
        if (ref.digest && ref.digest !== v.digest) {
          return {
            image,
            digest: v.digest,
            status: 'failed',
            reason: `verified digest ${v.digest} is not the pinned ${ref.digest}`,
            signers,
            uses: at,
          };
        }
        return v.verified
          ? { image, pinned, digest: v.digest, status: 'verified', signers, uses: at }
          : {
              image,
              pinned,
              digest: v.digest,
              status: 'failed',
              reason: v.reason ?? 'not signed by the required identities',
              signers,
              uses: at,
            };
      } catch (err) {
        return { image, status: 'failed', reason: (err as Error).message, signers, uses: at };
      }
    },
  );

  const failed = reports.filter((r) => r.status === 'failed');
  // "ok" only from completed checks: every distinct image has a report, and each one passed.
  const completed =
    reports.length === distinct.length &&
    reports.every((r) => r !== undefined && (r.status === 'verified' || r.status === 'unmatched-allowed'));
  const ok = failed.length === 0 && completed;
  // Pinned manifests only when every image passed: nothing half-verified reaches --output-dir.
  const pins = new Map(
    reports.filter((r) => r.status === 'verified' && r.pinned).map((r) => [r.image, r.pinned as string]),
  );
  const files = ok ? pinManifests(parsed, pins) : [];
  const result: PreflightResult = { ok, images: reports, files, durationMs: now() - t0 };
  const first = failed[0];
  if (first) {
    const code = first.reason?.startsWith('no rule') ? 'POLICY_NO_RULE' : 'POLICY_UNVERIFIED';
    const more =
      failed.length > 1 ? ` (and ${failed.length - 1} more image${failed.length > 2 ? 's' : ''})` : '';
    result.error = new PolicyError(
      code,
      `image ${first.image} at ${first.uses[0] ?? '?'}: ${first.reason}${more}`,
    );
  }
  return result;
}

/** The JSON report (stable field order, for machines). */
export function toPreflightJSON(r: PreflightResult): string {
  return `${JSON.stringify({ ok: r.ok, images: r.images, durationMs: r.durationMs }, null, 2)}\n`;
}

/** The Markdown report (for a job summary or a merge request comment). */
export function toPreflightMarkdown(r: PreflightResult): string {
  const esc = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const icon = { verified: '✅', failed: '❌', 'unmatched-allowed': '⚪' } as const;
  const lines = [
    `## Signet pre-flight: ${r.ok ? 'all images verified' : `${r.images.filter((i) => i.status === 'failed').length} image(s) failed`}`,
    '',
    '| | image | digest | signed by | used at | problem |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.images.map(
      (i) =>
        `| ${icon[i.status]} | \`${esc(i.image)}\` | ${i.digest ? `\`${i.digest.slice(0, 19)}…\`` : ''} | ${esc(i.signers.join('; '))} | ${esc(i.uses.join('; '))} | ${esc(i.reason ?? '')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
