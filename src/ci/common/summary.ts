// The run summary both adapters show: GitHub as the job summary table, GitLab as log lines. One row per
// fact a reviewer checks: the digest, the platforms, what was signed in which format (with Rekor links),
// the SBOMs, and the verification verdict with the identity it was checked against.
import type { CiRunResult } from './run-ci.ts';
import { toSummaryText, toTerminalLine } from './sanitize.ts';

/**
 * How a surface marks up text, code and links (GitHub: HTML in the summary table; GitLab and the
 * terminal: plain text). Every value from a registry, an image or a token goes through one of them.
 */
export interface SummaryMarkup {
  text(text: string): string;
  code(text: string): string;
  link(text: string, url: string): string;
}

export const PLAIN_TEXT: SummaryMarkup = { text: toTerminalLine, code: toTerminalLine, link: toTerminalLine };

export const HTML: SummaryMarkup = {
  text: toSummaryText,
  code: (t) => `<code>${toSummaryText(t)}</code>`,
  link: (t, url) => `<a href="${toSummaryText(url)}">${toSummaryText(t)}</a>`,
};

/** `[what, result]` rows. */
export function toSummaryRows(
  run: CiRunResult,
  opts: { rekorSearchURL?: string; markup?: SummaryMarkup } = {},
): [string, string][] {
  const m = opts.markup ?? PLAIN_TEXT;
  const r = run.result;
  if (!r) return [['build', run.buildOnly ? 'built only: nothing pushed, signed or verified' : 'not run']];
  const rows: [string, string][] = [
    ['image', m.code(run.outputs.image ?? '')],
    ...(r.images.length > 1
      ? ([['repositories', r.images.map((i) => m.code(`${i.registry}/${i.repository}`)).join(', ')]] as [
          string,
          string,
        ][])
      : []),
    [
      'platforms',
      r.build.manifests
        .map((p) => `${m.text(p.platform)} ${m.code(p.digest.slice(0, 19) + '…')}`)
        .join(', ') || '—',
    ],
  ];
  if (r.sign) {
    const link = (i: number) =>
      opts.rekorSearchURL ? m.link(String(i), `${opts.rekorSearchURL}${i}`) : String(i);
    const formats = m.text([...new Set(r.sign.signatures.map((s) => s.format))].join(' + '));
    const logs = r.sign.signatures.flatMap((s) => (s.logIndex !== undefined ? [link(s.logIndex)] : []));
    const added = r.sign.signatures.filter((s) => !s.unchanged).length;
    rows.push([
      'signatures',
      `${r.sign.signatures.length} (${formats}; ${added} new)${logs.length > 0 ? `, Rekor ${[...new Set(logs)].join(' ')}` : ', no Rekor entry'}`,
    ]);
  }
  if (r.sboms) {
    const parts = r.sboms.sboms.map(
      (s) =>
        `${m.text(s.platform ?? s.subject.slice(0, 19))}: ${m.text(s.format)} from ${m.text(s.source)}${s.packageCount !== undefined ? `, ${s.packageCount} components` : ''}`,
    );
    rows.push(['SBOM attestations', parts.join('; ') || 'none found']);
  }
  if (r.provenance) rows.push(['provenance', `SLSA v1, ${r.provenance.attestations.length} attestation(s)`]);
  if (r.verify) {
    const verdict = r.verify.verified
      ? `✅ verified: ${r.verify.signatures.length} signature(s) read back from the registry`
      : `❌ not verified: ${m.text(r.verify.rejected.map((x) => x.code).join(', ')) || 'no signatures found'}`;
    rows.push([
      'verification',
      `${verdict}; expected ${run.expected === 'key' ? 'the signing key' : m.code(run.expected ?? '')}`,
    ]);
  }
  if (r.attestationsVerify.length > 0) {
    const byType = new Map<string, Set<string>>();
    for (const v of r.attestationsVerify)
      for (const a of v.attestations)
        byType.set(v.predicateType, (byType.get(v.predicateType) ?? new Set()).add(a.format));
    rows.push([
      'attestations',
      `✅ verified: ${[...byType].map(([type, formats]) => `${m.text(type)} (${m.text([...formats].sort().join(' + '))})`).join(', ')}`,
    ]);
  }
  if (r.admission) {
    rows.push([
      'admission',
      `${r.admission.objects.length} object(s)${r.applied ? `, applied${r.applied.dryRun ? ' (dry run)' : ''}: ${m.text(r.applied.applied.map((a) => `${a.object} ${a.action}`).join(', '))}` : ''}`,
    ]);
  }
  return rows;
}
