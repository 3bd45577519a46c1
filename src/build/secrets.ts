// Build secrets reach buildx and buildah as `--secret id=…,env=VAR` with the value in the child's
// environment, or as `id=…,src=path`: a secret value is never an argv element (argv is world-readable
// in /proc). Both tools split the spec as CSV (encoding/csv), so fields are quoted when they need it.
import { SECRET_ENV_PREFIX } from './constants.ts';
import type { BuildSecret } from './build-input.ts';
import { BuildError } from './errors.ts';

const SECRET_ID_RE = /^[A-Za-z0-9_.-]+$/;

/** Quotes one CSV field the way Go's encoding/csv reads it back. */
export function toCsvField(field: string): string {
  return /[",\r\n]/.test(field) || field.startsWith(' ') ? `"${field.replaceAll('"', '""')}"` : field;
}

/** The `--secret` specs and the environment variables carrying the values, in input order. */
export function buildSecretArgs(secrets: readonly BuildSecret[]): {
  specs: string[];
  env: Record<string, string>;
} {
  const specs: string[] = [];
  const env: Record<string, string> = {};
  const seen = new Set<string>();
  secrets.forEach((s, i) => {
    if (!SECRET_ID_RE.test(s.id)) {
      throw new BuildError(
        'BUILD_INVALID_INPUT',
        `secrets: id "${s.id}" must be letters, digits, ".", "_" or "-"`,
      );
    }
    if (seen.has(s.id)) throw new BuildError('BUILD_INVALID_INPUT', `secrets: id "${s.id}" is given twice`);
    seen.add(s.id);
    if ('value' in s) {
      const name = `${SECRET_ENV_PREFIX}${i}`;
      env[name] = s.value;
      specs.push(`id=${s.id},env=${name}`);
    } else {
      specs.push(`id=${s.id},${toCsvField(`src=${s.src}`)}`);
    }
  });
  return { specs, env };
}
