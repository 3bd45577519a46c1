// Validates objects against a CustomResourceDefinition's openAPIV3Schema the way the API server's
// structural schema does, converted to JSON Schema: an object with `properties` rejects unknown fields
// (the API server prunes them silently, which would drop a misspelt field such as `failureaction`
// without a word), unless marked `x-kubernetes-preserve-unknown-fields`. Pure: the caller parsed the CRD.
import { Ajv, type ValidateFunction } from 'ajv';

type Schema = Record<string, unknown>;

/**
 * A CRD `pattern` (Go RE2) as a JavaScript pattern: RE2's inline `(?i)` flag, which JavaScript lacks,
 * becomes both cases of every letter (prometheus-operator writes `^(?i)(abort|warn)?$`).
 */
export function toJsPattern(pattern: string): string {
  if (!pattern.includes('(?i)')) return pattern;
  let out = '';
  let inClass = false;
  const p = pattern.replaceAll('(?i)', '');
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      out += c + (p[i + 1] ?? '');
      i++;
    } else if (/[a-zA-Z]/.test(c)) {
      const both = c.toLowerCase() + c.toUpperCase();
      out += inClass ? both : `[${both}]`;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}

/** A structural schema turned into strict JSON Schema. */
export function toJsonSchema(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(toJsonSchema);
  if (typeof s !== 'object' || s === null) return s;
  const src = s as Schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(src)) {
    if (k.startsWith('x-kubernetes-') || k === 'nullable' || k === 'format' || k === 'description') continue;
    if (k === 'properties' || k === 'patternProperties' || k === 'definitions') {
      out[k] = Object.fromEntries(Object.entries(v as Schema).map(([p, ps]) => [p, toJsonSchema(ps)]));
    } else if (k === 'items' || k === 'additionalProperties' || k === 'not') {
      out[k] = typeof v === 'boolean' ? v : toJsonSchema(v);
    } else if (k === 'allOf' || k === 'anyOf' || k === 'oneOf') {
      // Kubernetes uses these only to state constraints, never to add properties.
      out[k] = (v as unknown[]).map((x) => toJsonSchema(x));
    } else if (k === 'pattern' && typeof v === 'string') {
      out[k] = toJsPattern(v);
    } else {
      out[k] = v;
    }
  }
  if (src['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (src.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (
    src.properties &&
    src['x-kubernetes-preserve-unknown-fields'] !== true &&
    src.additionalProperties === undefined
  ) {
    out.additionalProperties = false;
  }
  // Constraint-only subschemas (anyOf: [{required: [...]}]) must not reject their parent's fields.
  for (const k of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(out[k])) {
      out[k] = (out[k] as Schema[]).map((x) => {
        if (x && typeof x === 'object' && !('properties' in x)) delete x.additionalProperties;
        return x;
      });
    }
  }
  return out;
}

interface Crd {
  spec: {
    group: string;
    names: { kind: string };
    versions: { name: string; served?: boolean; schema?: { openAPIV3Schema?: unknown } }[];
  };
}

/** Validates objects of the kinds the given CRDs define; returns `path: problem` lines (empty = valid). */
export type CrdValidator = (obj: unknown) => string[];

/** Compiles every served version of the given (parsed) CRDs into one validator keyed by apiVersion and kind. */
export function compileCrdValidator(crds: readonly unknown[]): CrdValidator {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validators = new Map<string, ValidateFunction>();
  for (const raw of crds) {
    const crd = raw as Crd;
    for (const v of crd.spec.versions) {
      if (v.served === false || !v.schema?.openAPIV3Schema) continue;
      const root = toJsonSchema(v.schema.openAPIV3Schema) as Schema;
      // The API server always accepts the object's type and metadata, even where a CRD omits them.
      root.properties = {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        metadata: { type: 'object' },
        ...(root.properties as Schema | undefined),
      };
      validators.set(`${crd.spec.group}/${v.name}/${crd.spec.names.kind}`, ajv.compile(root));
    }
  }
  return (value) => {
    const obj = (value ?? {}) as { apiVersion?: unknown; kind?: unknown };
    const key = `${String(obj.apiVersion)}/${String(obj.kind)}`;
    const validate = validators.get(key);
    if (!validate) return [`no CRD for ${String(obj.apiVersion)} ${String(obj.kind)}`];
    if (validate(obj)) return [];
    return (validate.errors ?? []).map((e) => {
      const extra =
        e.keyword === 'additionalProperties'
          ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
          : '';
      return `${e.instancePath || '/'}: ${e.message ?? e.keyword}${extra}`;
    });
  };
}
