// dpkg's status database (`/var/lib/dpkg/status`, and distroless `status.d/*`): RFC 822-style
// paragraphs, one per package (man dpkg-query; deb-control(5)). Pure: text in, records out.

/** One paragraph of a dpkg database. */
export interface DpkgRecord {
  package: string;
  version: string;
  architecture?: string;
  source?: string;
  sourceVersion?: string;
  status?: string;
}

/** Splits deb822 text into paragraphs of field → value (continuation lines joined with newlines). */
export function parseDeb822(text: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let cur: Record<string, string> = {};
  let last: string | undefined;
  const flush = () => {
    if (Object.keys(cur).length > 0) out.push(cur);
    cur = {};
    last = undefined;
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      cur[last] += `\n${line.trim()}`;
      continue;
    }
    const i = line.indexOf(':');
    if (i <= 0) continue;
    last = line.slice(0, i).trim().toLowerCase();
    cur[last] = line.slice(i + 1).trim();
  }
  flush();
  return out;
}

/**
 * The packages of a dpkg database. Packages whose files are gone (`deinstall ok config-files`,
 * `purge ok not-installed`) are left out: they are not in the image.
 */
export function parseDpkgStatus(text: string): DpkgRecord[] {
  const out: DpkgRecord[] = [];
  for (const p of parseDeb822(text)) {
    const name = p.package;
    const version = p.version;
    if (!name || !version) continue;
    const status = p.status;
    if (status && /\b(not-installed|config-files)\b/.test(status)) continue;
    const rec: DpkgRecord = { package: name, version };
    if (p.architecture) rec.architecture = p.architecture;
    if (status) rec.status = status;
    if (p.source) {
      // `Source: glibc (2.36-9+deb12u4)`: the source package and, when it differs, its version.
      const m = /^(\S+)(?:\s+\(([^)]+)\))?/.exec(p.source);
      if (m) {
        rec.source = m[1]!;
        if (m[2]) rec.sourceVersion = m[2];
      }
    }
    out.push(rec);
  }
  return out;
}
