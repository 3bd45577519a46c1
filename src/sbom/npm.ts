// npm packages: each `node_modules/**/package.json` with a name and a version is an installed
// package (npm's own layout; nested node_modules are dependencies of dependencies). Pure.

/** What a package.json declares that the SBOM uses. */
export interface NpmRecord {
  name: string;
  version: string;
  licenses: string[];
}

/** True for a package.json inside a node_modules tree (`…/node_modules/x/package.json`, any depth). */
export function isNpmPackageJsonPath(path: string): boolean {
  return (
    path.endsWith('/package.json') && (path.startsWith('node_modules/') || path.includes('/node_modules/'))
  );
}

function licensesOf(doc: Record<string, unknown>): string[] {
  const one = (l: unknown): string | undefined =>
    typeof l === 'string'
      ? l
      : typeof l === 'object' && l !== null && typeof (l as { type?: unknown }).type === 'string'
        ? (l as { type: string }).type
        : undefined;
  if (doc.license !== undefined) {
    const l = one(doc.license);
    return l ? [l] : [];
  }
  if (Array.isArray(doc.licenses)) return doc.licenses.map(one).filter((l): l is string => !!l);
  return [];
}

/** The package a package.json describes; undefined when it has no name or version (not a package). */
export function parsePackageJson(text: string): NpmRecord | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
  const o = doc as Record<string, unknown>;
  if (typeof o.name !== 'string' || typeof o.version !== 'string' || !o.name || !o.version) return undefined;
  return { name: o.name, version: o.version, licenses: licensesOf(o) };
}
