// Turns the cataloged files of an image into packages with purls (purl spec `PURL-TYPES.rst`: deb,
// apk, npm, pypi). Pure: the files were already read and parsed by layer-files.ts.
import { PackageURL } from 'packageurl-js';
import type { CatalogedFile } from './layer-files.ts';
import type { OsRelease } from './os-release.ts';
import type { FoundPackage } from './package.ts';

// layer-files.ts resolved symlinks already (Debian: etc/os-release -> ../usr/lib/os-release).
function resolveOsRelease(files: ReadonlyMap<string, CatalogedFile>): OsRelease | undefined {
  for (const path of ['etc/os-release', 'usr/lib/os-release']) {
    const f = files.get(path);
    if (f?.kind === 'os-release' && f.record) return f.record;
  }
  return undefined;
}

function distroQualifier(os: OsRelease | undefined): string | undefined {
  if (!os) return undefined;
  return os.versionId ? `${os.id}-${os.versionId}` : os.id;
}

function qualifiers(q: Record<string, string | undefined>): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) if (v) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

/** Every package the cataloged files declare, sorted by ecosystem, name, version and path. */
export function toPackages(files: ReadonlyMap<string, CatalogedFile>): FoundPackage[] {
  const os = resolveOsRelease(files);
  const distro = distroQualifier(os);
  const out: FoundPackage[] = [];
  for (const f of files.values()) {
    switch (f.kind) {
      case 'dpkg':
        for (const r of f.record ?? []) {
          const upstream =
            r.source && (r.source !== r.package || r.sourceVersion)
              ? r.sourceVersion
                ? `${r.source}@${r.sourceVersion}`
                : r.source
              : undefined;
          out.push({
            ecosystem: 'deb',
            name: r.package,
            version: r.version,
            purl: new PackageURL(
              'deb',
              os?.id ?? 'debian',
              r.package,
              r.version,
              qualifiers({ arch: r.architecture, distro, upstream }),
              undefined,
            ).toString(),
            licenses: [],
            path: f.path,
            layer: f.layer,
            ...(r.architecture ? { arch: r.architecture } : {}),
          });
        }
        break;
      case 'apk':
        for (const r of f.record ?? []) {
          out.push({
            ecosystem: 'apk',
            name: r.name,
            version: r.version,
            purl: new PackageURL(
              'apk',
              os?.id ?? 'alpine',
              r.name,
              r.version,
              qualifiers({ arch: r.arch, distro, upstream: r.origin !== r.name ? r.origin : undefined }),
              undefined,
            ).toString(),
            licenses: r.license ? [r.license] : [],
            path: f.path,
            layer: f.layer,
            ...(r.arch ? { arch: r.arch } : {}),
          });
        }
        break;
      case 'npm': {
        const r = f.record;
        if (!r) break;
        const scoped = /^@([^/]+)\/(.+)$/.exec(r.name);
        out.push({
          ecosystem: 'npm',
          name: r.name,
          version: r.version,
          purl: new PackageURL(
            'npm',
            scoped ? `@${scoped[1]}` : undefined,
            scoped ? scoped[2]! : r.name,
            r.version,
            undefined,
            undefined,
          ).toString(),
          licenses: r.licenses,
          path: f.path,
          layer: f.layer,
          ...(scoped ? { group: `@${scoped[1]}` } : {}),
        });
        break;
      }
      case 'python': {
        const r = f.record;
        if (!r) break;
        out.push({
          ecosystem: 'pypi',
          name: r.name,
          version: r.version,
          purl: new PackageURL('pypi', undefined, r.name, r.version, undefined, undefined).toString(),
          licenses: r.licenses,
          path: f.path,
          layer: f.layer,
        });
        break;
      }
      default:
        break;
    }
  }
  return out.sort(
    (a, b) =>
      a.ecosystem.localeCompare(b.ecosystem) ||
      a.name.localeCompare(b.name) ||
      a.version.localeCompare(b.version) ||
      a.path.localeCompare(b.path),
  );
}

/** The distribution the image's os-release names, if any (`debian 12`). */
export function toOsRelease(files: ReadonlyMap<string, CatalogedFile>): OsRelease | undefined {
  return resolveOsRelease(files);
}
