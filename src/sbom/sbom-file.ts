// SBOM documents given by the user or found in attestations: SPDX 2.x JSON or CycloneDX JSON, told
// apart by their own fields and validated before Signet attests them. CycloneDX is checked against
// its JSON schema (@cyclonedx/cyclonedx-library's strict validator); SPDX against the fields SPDX 2.3
// section 6 makes mandatory (the library has no SPDX schema).
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { CYCLONEDX_PREDICATE_TYPE, MAX_SBOM_BYTES, SPDX_PREDICATE_TYPE } from './constants.ts';
import { SbomError } from './errors.ts';

/** The SBOM formats Signet reads and writes. */
export type SbomFormat = 'spdx-json' | 'cyclonedx-json';

/** A validated SBOM document. */
export interface ParsedSbom {
  format: SbomFormat;
  /** `SPDX-2.3`, `1.6`, … */
  specVersion: string;
  /** The in-toto predicate type an attestation of it uses. */
  predicateType: string;
  document: Record<string, unknown>;
}

const SPDX_REQUIRED = ['SPDXID', 'name', 'dataLicense', 'documentNamespace', 'creationInfo'] as const;

function bad(name: string, why: string, cause?: unknown): SbomError {
  return new SbomError('SBOM_INVALID_FILE', `${name}: ${why}`, cause === undefined ? undefined : { cause });
}

/** Checks the mandatory document-creation fields and the package list of an SPDX 2.x JSON document. */
export function checkSpdxDocument(doc: Record<string, unknown>, name: string): string {
  const version = doc.spdxVersion;
  if (typeof version !== 'string' || !/^SPDX-2\.\d+$/.test(version)) {
    throw bad(name, `expected spdxVersion SPDX-2.x, got ${JSON.stringify(version)}`);
  }
  for (const k of SPDX_REQUIRED) {
    if (doc[k] === undefined || doc[k] === '') throw bad(name, `SPDX document has no ${k}`);
  }
  if (doc.SPDXID !== 'SPDXRef-DOCUMENT')
    throw bad(name, `expected SPDXID SPDXRef-DOCUMENT, got ${JSON.stringify(doc.SPDXID)}`);
  const ci = doc.creationInfo as Record<string, unknown>;
  if (
    typeof ci !== 'object' ||
    ci === null ||
    typeof ci.created !== 'string' ||
    !Array.isArray(ci.creators)
  ) {
    throw bad(name, 'SPDX creationInfo needs created and creators');
  }
  if (doc.packages !== undefined) {
    if (!Array.isArray(doc.packages)) throw bad(name, 'SPDX packages is not an array');
    doc.packages.forEach((p, i) => {
      const o = p as Record<string, unknown>;
      if (typeof o !== 'object' || o === null || typeof o.SPDXID !== 'string' || typeof o.name !== 'string') {
        throw bad(name, `SPDX packages[${i}] needs SPDXID and name`);
      }
    });
  }
  return version;
}

/** Validates a CycloneDX JSON document against the schema of its own specVersion. */
export async function checkCycloneDxDocument(
  text: string,
  doc: Record<string, unknown>,
  name: string,
): Promise<string> {
  const version = doc.specVersion;
  const known = Object.values(Spec.Version) as string[];
  if (typeof version !== 'string' || !known.includes(version)) {
    throw bad(
      name,
      `expected CycloneDX specVersion one of ${known.join(', ')}, got ${JSON.stringify(version)}`,
    );
  }
  const validator = new Validation.JsonStrictValidator(version as Spec.Version);
  let error: unknown;
  try {
    error = await validator.validate(text);
  } catch (err) {
    throw bad(name, `could not validate CycloneDX ${version}: ${(err as Error).message}`, err);
  }
  if (error !== null) {
    const first = Array.isArray(error)
      ? (error[0] as { instancePath?: string; message?: string })
      : undefined;
    throw bad(
      name,
      `not valid CycloneDX ${version}${first ? `: ${first.instancePath || '/'} ${first.message ?? ''}`.trimEnd() : ''}`,
    );
  }
  return version;
}

/** Parses and validates an SPDX or CycloneDX JSON document; `name` is what the user called it. */
export async function parseSbomDocument(bytes: Uint8Array, name: string): Promise<ParsedSbom> {
  if (bytes.length > MAX_SBOM_BYTES)
    throw bad(name, `${bytes.length} bytes is more than the ${MAX_SBOM_BYTES} allowed`);
  const text = Buffer.from(bytes).toString('utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw bad(name, 'not valid JSON (Signet reads SPDX JSON and CycloneDX JSON, not tag-value or XML)', err);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw bad(name, 'expected a JSON object');
  const o = doc as Record<string, unknown>;
  if (o.spdxVersion !== undefined) {
    const specVersion = checkSpdxDocument(o, name);
    return { format: 'spdx-json', specVersion, predicateType: SPDX_PREDICATE_TYPE, document: o };
  }
  if (o.bomFormat === 'CycloneDX') {
    const specVersion = await checkCycloneDxDocument(text, o, name);
    return { format: 'cyclonedx-json', specVersion, predicateType: CYCLONEDX_PREDICATE_TYPE, document: o };
  }
  throw bad(name, 'neither SPDX JSON (spdxVersion) nor CycloneDX JSON (bomFormat: "CycloneDX")');
}
