// Python distributions: `*.dist-info/METADATA` (wheels, PEP 376/627) and `*.egg-info/PKG-INFO`
// (setuptools) hold the core metadata (https://packaging.python.org/specifications/core-metadata/):
// email-style headers, then a body. Pure.

/** What the core metadata declares that the SBOM uses. */
export interface PythonRecord {
  name: string;
  version: string;
  licenses: string[];
}

/** True for a distribution's metadata file (`x-1.0.dist-info/METADATA`, `x.egg-info/PKG-INFO`). */
export function isPythonMetadataPath(path: string): boolean {
  return /(?:^|\/)[^/]+\.dist-info\/METADATA$/.test(path) || /(?:^|\/)[^/]+\.egg-info\/PKG-INFO$/.test(path);
}

/** Reads the header block of core metadata; undefined without Name and Version. */
export function parsePythonMetadata(text: string): PythonRecord | undefined {
  const headers: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
      headers[headers.length - 1]![1] += `\n${line.trim()}`;
      continue;
    }
    const i = line.indexOf(':');
    if (i > 0) headers.push([line.slice(0, i).toLowerCase(), line.slice(i + 1).trim()]);
  }
  const get = (k: string) => headers.find(([h]) => h === k)?.[1];
  const name = get('name');
  const version = get('version');
  if (!name || !version) return undefined;
  const licenses: string[] = [];
  const expression = get('license-expression');
  const license = get('license');
  if (expression) licenses.push(expression);
  else if (license && license !== 'UNKNOWN' && !license.includes('\n') && license.length <= 100)
    licenses.push(license);
  return { name, version, licenses };
}
