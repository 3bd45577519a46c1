// Image globs as policy-controller reads them (pkg/apis/glob/glob.go): `*` is any run of characters
// except `/`, `**` anything, matched against the whole reference with Docker Hub written
// `index.docker.io/library/…`. Kyverno's wildcards are looser (`*` crosses `/`), so the globs Signet
// writes never rely on the difference: `registry/repo:*` and `registry/repo@*`, nothing open-ended.
import { PolicyError } from './errors.ts';
import type { ImageRef } from '../registry/index.ts';

const VALID_GLOB = /^[a-zA-Z0-9\-_:/*.@]+$/;

/** The repository as policy-controller and cosign name it (Docker Hub is `index.docker.io`). */
export function toGlobRepository(ref: Pick<ImageRef, 'registry' | 'repository'>): string {
  const host = ref.registry === 'docker.io' ? 'index.docker.io' : ref.registry;
  return `${host}/${ref.repository}`;
}

/** The globs matching every tag and digest of one repository and nothing else. */
export function toRepositoryGlobs(ref: Pick<ImageRef, 'registry' | 'repository'>): string[] {
  const repo = toGlobRepository(ref);
  return [`${repo}:*`, `${repo}@*`];
}

/** Compiles a glob with policy-controller's semantics; throws POLICY_INVALID_GLOB naming the glob. */
export function compileGlob(glob: string): RegExp {
  if (!VALID_GLOB.test(glob)) {
    throw new PolicyError(
      'POLICY_INVALID_GLOB',
      `invalid image glob ${JSON.stringify(glob)}: only letters, digits and - _ : / * . @ are allowed`,
    );
  }
  const source = glob
    .replaceAll('.', '\\.')
    .replaceAll('**', '#')
    .replaceAll('*', '[^/]*')
    .replaceAll('#', '.*');
  return new RegExp(`^${source}$`);
}

/** True when `glob` (policy-controller semantics) matches `name`. */
export function matchesGlob(glob: string, name: string): boolean {
  return compileGlob(glob).test(name);
}
