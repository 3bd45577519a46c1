// /etc/os-release (os-release(5)): tells which distribution the OS packages come from, for the purl
// `distro` qualifier and namespace. Pure.

/** The fields of os-release the SBOM uses. */
export interface OsRelease {
  id: string;
  versionId?: string;
  versionCodename?: string;
  prettyName?: string;
}

/** Parses `KEY=value` / `KEY="value"` lines; undefined without an ID. */
export function parseOsRelease(text: string): OsRelease | undefined {
  const kv: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let v = m[2]!.trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
      v = v.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
    }
    kv[m[1]!] = v;
  }
  if (!kv.ID) return undefined;
  const r: OsRelease = { id: kv.ID.toLowerCase() };
  if (kv.VERSION_ID) r.versionId = kv.VERSION_ID;
  if (kv.VERSION_CODENAME) r.versionCodename = kv.VERSION_CODENAME;
  if (kv.PRETTY_NAME) r.prettyName = kv.PRETTY_NAME;
  return r;
}
