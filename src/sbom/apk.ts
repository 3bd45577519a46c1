// Alpine's installed database (`/lib/apk/db/installed`): blank-line separated records of one-letter
// fields (P name, V version, A arch, L licence, o origin). https://wiki.alpinelinux.org/wiki/Apk_spec
// Pure: text in, records out.

/** One package of an apk database. */
export interface ApkRecord {
  name: string;
  version: string;
  arch?: string;
  license?: string;
  origin?: string;
}

/** The packages of an apk installed database. */
export function parseApkInstalled(text: string): ApkRecord[] {
  const out: ApkRecord[] = [];
  let cur: Record<string, string> = {};
  const flush = () => {
    if (cur.P && cur.V) {
      const rec: ApkRecord = { name: cur.P, version: cur.V };
      if (cur.A) rec.arch = cur.A;
      if (cur.L) rec.license = cur.L;
      if (cur.o) rec.origin = cur.o;
      out.push(rec);
    }
    cur = {};
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line[1] !== ':') continue;
    const key = line[0]!;
    // File entries (F, R, a, M, Z) repeat; only the package's own fields are kept.
    if ('PVALo'.includes(key) && cur[key] === undefined) cur[key] = line.slice(2);
  }
  flush();
  return out;
}
