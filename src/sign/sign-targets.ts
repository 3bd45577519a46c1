// Which repositories a pushed digest is signed and attested in: every distinct repository the build
// pushed to (`tags: ghcr.io/acme/app:1, docker.io/acme/app:1`), so admission in front of any of them
// finds signatures, not only in front of the first tag's.
import type { Digest, ImageRef } from '../registry/index.ts';

/** `digest` in each distinct registry/repository of `names`, in the order given (first tag first). */
export function toSignTargets(names: readonly ImageRef[], digest: Digest): ImageRef[] {
  const seen = new Set<string>();
  const out: ImageRef[] = [];
  for (const n of names) {
    const key = `${n.registry}/${n.repository}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ registry: n.registry, repository: n.repository, digest });
  }
  return out;
}
