// Which of a run's bundles go to GitHub's attestation store: every in-toto statement Signet signed
// (the image signature's cosign/sign/v1 statement, the SBOM and provenance attestations, per platform),
// once per subject and predicate type. cosign's legacy `.sig` signatures are message signatures, which
// GitHub does not store; with `both` formats the bundle-format copy of an attestation is the one sent.
import type { SerializedBundle } from '@sigstore/bundle';
import { IN_TOTO_PAYLOAD_TYPE } from '../sign/constants.ts';
import type { BundleToStore } from './publish-attestations.ts';

/** A signed thing of the run: what it is about, what kind, and its bundle when this run made one. */
export interface RunBundle {
  /** The image by digest (`registry/repo@sha256:…`) or the file name. */
  subject: string;
  /** `signature`, `provenance`, `sbom`, or a predicate type. */
  kind: string;
  format?: 'legacy' | 'bundle';
  bundle?: SerializedBundle;
}

const isStatementBundle = (b: SerializedBundle | undefined): b is SerializedBundle =>
  (b as { dsseEnvelope?: { payloadType?: string } } | undefined)?.dsseEnvelope?.payloadType ===
  IN_TOTO_PAYLOAD_TYPE;

/** The bundles to store, one per subject and kind, bundle-format copies first. */
export function toBundlesToStore(items: RunBundle[]): BundleToStore[] {
  const sorted = [...items].sort((a, b) => (a.format === 'bundle' ? 0 : 1) - (b.format === 'bundle' ? 0 : 1));
  const seen = new Set<string>();
  const out: BundleToStore[] = [];
  for (const item of sorted) {
    if (!isStatementBundle(item.bundle)) continue;
    const key = `${item.kind}\n${item.subject}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ label: `${item.kind} of ${item.subject}`, bundle: item.bundle });
  }
  return out;
}
