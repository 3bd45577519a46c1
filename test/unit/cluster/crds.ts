// Loads the upstream CRD fixtures (test/fixtures/crds, see its README) once per test file.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { compileCrdValidator, type CrdValidator } from '../../../src/cluster/crd-schema.ts';

const DIR = new URL('../../fixtures/crds/', import.meta.url);

let cached: CrdValidator | undefined;

/** One validator for every CRD fixture. */
export function crdValidator(): CrdValidator {
  cached ??= compileCrdValidator(
    readdirSync(DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => parse(readFileSync(new URL(f, DIR), 'utf8'), { maxAliasCount: -1 }) as unknown),
  );
  return cached;
}
