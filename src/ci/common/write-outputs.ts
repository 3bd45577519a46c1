// The files a CI run leaves in its output folder (the image signature's Sigstore bundle, the SBOMs, the
// verify report, the VSA, the admission objects as GitOps files) and the outputs that name them.
import { join } from 'node:path';
import type { PipelineResult } from '../../pipeline/run-pipeline.ts';
import { formatReference } from '../../registry/index.ts';
import { toSbomFileName } from '../../sbom/index.ts';
import { toSignaturesJSON } from '../../sign/index.ts';
import { toVerifyJSON } from '../../verify/index.ts';
import type { CiAdapter } from './run-ci.ts';

const shortDigest = (d: string) => d.replace(/^sha256:/, '').slice(0, 12);

/** Writes bundle, SBOMs, verify report and policies under the output folder; returns the outputs. */
export async function writeOutputs(
  r: PipelineResult,
  adapter: Pick<CiAdapter, 'host' | 'outputDir'>,
): Promise<Record<string, string>> {
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
    'verified-attestations': JSON.stringify(
      r.attestationsVerify.flatMap((v) =>
        v.attestations.map((a) => ({
          subject: formatReference({ ...v.image, digest: v.digest }),
          predicateType: v.predicateType,
          format: a.format,
          location: a.location,
        })),
      ),
    ),
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
    const { toGitOpsFiles } = await import('../../cluster/gitops.ts');
    const files = toGitOpsFiles(r.admission.objects, { connaisseurValues: r.admission.connaisseurValues });
    for (const f of files) await write(join('policy', f.path), f.content);
    outputs['policy-path'] = join(outputDir, 'policy');
  }
  return outputs;
}
