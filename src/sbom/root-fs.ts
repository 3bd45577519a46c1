// Paths inside an image root, as a container runtime sees them: tar member names cleaned to paths under
// the root, and symlinks resolved the way the kernel resolves them inside the container's mount
// namespace, never outside the root. Used by layer-files.ts on the tree it builds from the layers.

/**
 * A tar member name as a path under the image root: `./a//b/./c/`, `/a/b/c` and `x/../a/b/c` all
 * become `a/b/c`; `..` never climbs above the root (as a runtime extracts it).
 */
export function cleanTarPath(name: string): string {
  const parts: string[] = [];
  for (const seg of name.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** Most symlinks followed resolving one path (Linux gives up with ELOOP after 40). */
const MAX_SYMLINK_HOPS = 40;
/** Longest path or symlink target Linux resolves (ENAMETOOLONG beyond). */
const PATH_MAX = 4096;

/** A filesystem to resolve paths in, one name at a time from its root. */
export interface RootFs<N> {
  readonly root: N;
  /** The entry `name` inside folder `node`, if any. */
  child(node: N, name: string): N | undefined;
  /** The target when `node` is a symlink. */
  link(node: N): string | undefined;
}

/**
 * Resolves `path` inside an image root the way the kernel does inside a container's mount namespace:
 * every component that is a symlink is replaced by its target, absolute targets start again at the
 * image root and `..` stops at it, so nothing resolves outside the image. Undefined after 40 links
 * (loops) or for a path or target longer than PATH_MAX, as Linux fails them. Each component costs one
 * lookup, so a hostile target cannot make resolution quadratic.
 */
export function resolveInRoot<N>(path: string, fs: RootFs<N>): string | undefined {
  if (path.length >= PATH_MAX) return undefined;
  const names = (p: string) => p.split('/').filter((s) => s !== '' && s !== '.');
  // A stack: the next component is at the end.
  const pending = names(path).reverse();
  const done: { name: string; node: N | undefined }[] = [];
  let hops = 0;
  while (pending.length > 0) {
    const seg = pending.pop()!;
    if (seg === '..') {
      done.pop();
      continue;
    }
    const parent = done.length > 0 ? done[done.length - 1]!.node : fs.root;
    const node = parent === undefined ? undefined : fs.child(parent, seg);
    const target = node === undefined ? undefined : fs.link(node);
    if (target === undefined) {
      done.push({ name: seg, node });
      continue;
    }
    if (++hops > MAX_SYMLINK_HOPS || target.length >= PATH_MAX) return undefined;
    if (target.startsWith('/')) done.length = 0;
    const parts = names(target);
    for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]!);
  }
  return done.map((d) => d.name).join('/');
}
