// Kubernetes manifests for pre-flight, read as the API server sees them after kubectl: kubectl turns
// YAML into JSON with sigs.k8s.io/yaml (go-yaml v2, YAML 1.1), so aliases and `<<` merge keys are
// resolved, duplicate keys are an error, and `!!binary` is bytes, not text. Every image Kubernetes
// would run is found whatever the kind: the walk goes through every document, every `*List`'s items
// and every field, and inspects each `containers`, `initContainers` and `ephemeralContainers` list it
// meets (Pods, pod templates of any workload, CronJobs, and custom resources that carry containers).
// An `image` that is not a plain string fails the run. Images are rewritten to `name@sha256:…` by
// replacing the text of their scalar only, so the rest of the file stays byte for byte as it was.
//
// The walk is linear in the size of the documents; alias expansion is bounded per document (a YAML
// bomb is refused, not expanded).
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  LineCounter,
  Scalar,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import { PolicyError } from './errors.ts';

/** A manifest file as read by src/ci. */
export interface ManifestFile {
  path: string;
  text: string;
}

/** One image reference in a manifest. */
export interface ImageUse {
  file: string;
  /** 1-based line of the `image:` value (of the alias, when the value is one). */
  line: number;
  /** `Deployment/web`, `Pod/debug`. */
  workload: string;
  container: string;
  field: 'containers' | 'initContainers' | 'ephemeralContainers';
  image: string;
  /** Where the image's scalar is in the file text, and how it is written, for rewriting. */
  range: [number, number];
  style: 'plain' | 'single' | 'double' | 'block';
}

/** A parsed manifest file: its text and the images found in it. */
export interface ParsedManifest {
  path: string;
  text: string;
  images: ImageUse[];
}

const FIELDS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** Nodes a document may visit through aliases: far above any real manifest, far below a YAML bomb. */
export const MAX_ALIAS_VISITS = 100_000;
/** Deeper nesting than any Kubernetes object has. */
const MAX_DEPTH = 200;
const STR_TAG = 'tag:yaml.org,2002:str';

interface Owner {
  kind: string;
  name: string;
}

/** Walks one document: resolves aliases and merge keys within a budget, collects the images. */
class DocumentWalker {
  private aliasVisits = 0;

  private readonly doc: Document.Parsed;
  private readonly file: string;
  private readonly lc: LineCounter;
  private readonly out: ImageUse[];

  constructor(doc: Document.Parsed, file: string, lc: LineCounter, out: ImageUse[]) {
    this.doc = doc;
    this.file = file;
    this.lc = lc;
    this.out = out;
  }

  private fail(code: 'POLICY_MANIFEST_YAML' | 'POLICY_MANIFEST_IMAGE', offset: number, why: string): never {
    const { line, col } = this.lc.linePos(offset);
    throw new PolicyError(code, `${this.file}:${line}:${col}: ${why}`);
  }

  /** The node an alias stands for (counted against the budget), or the node itself. */
  private resolve(node: unknown, viaAlias: boolean): { node: unknown; viaAlias: boolean } {
    let n = node;
    let via = viaAlias;
    for (let hops = 0; isAlias(n); hops++) {
      if (hops > 100) this.fail('POLICY_MANIFEST_YAML', n.range?.[0] ?? 0, 'alias chain too long');
      const target = n.resolve(this.doc);
      if (!target) this.fail('POLICY_MANIFEST_YAML', n.range?.[0] ?? 0, `unknown alias *${n.source}`);
      n = target;
      via = true;
    }
    if (via && ++this.aliasVisits > MAX_ALIAS_VISITS) {
      this.fail(
        'POLICY_MANIFEST_YAML',
        (node as Node).range?.[0] ?? 0,
        `aliases expand to more than ${MAX_ALIAS_VISITS} nodes (a YAML bomb?); write the manifest out`,
      );
    }
    return { node: n, viaAlias: via };
  }

  /**
   * The map's keys as go-yaml sees them: its own keys first, then those of `<<` merges (in order,
   * the first merged map wins), each with the node it maps to.
   */
  private entries(
    map: YAMLMap,
    viaAlias: boolean,
    depth: number,
  ): Map<string, { node: unknown; via: boolean }> {
    if (depth > MAX_DEPTH) this.fail('POLICY_MANIFEST_YAML', map.range?.[0] ?? 0, 'nested too deeply');
    const out = new Map<string, { node: unknown; via: boolean }>();
    const merges: unknown[] = [];
    for (const pair of map.items) {
      const key = this.resolve(pair.key, viaAlias).node;
      if (isScalar(key) && typeof key.value === 'symbol') {
        merges.push(pair.value);
        continue;
      }
      if (!isScalar(key)) continue;
      out.set(String(key.value), { node: pair.value, via: viaAlias });
    }
    for (const m of merges) {
      const r = this.resolve(m, viaAlias);
      const sources = isSeq(r.node) ? r.node.items : [m];
      for (const s of sources) {
        const src = this.resolve(s, r.viaAlias);
        if (!isMap(src.node)) continue;
        for (const [k, v] of this.entries(src.node, src.viaAlias, depth + 1)) if (!out.has(k)) out.set(k, v);
      }
    }
    return out;
  }

  private scalarString(node: unknown, viaAlias: boolean): string | undefined {
    const n = this.resolve(node, viaAlias).node;
    return isScalar(n) && typeof n.value === 'string' ? n.value : undefined;
  }

  walk(node: unknown, viaAlias: boolean, owner: Owner | undefined, depth: number): void {
    if (depth > MAX_DEPTH)
      this.fail('POLICY_MANIFEST_YAML', (node as Node)?.range?.[0] ?? 0, 'nested too deeply');
    const r = this.resolve(node, viaAlias);
    if (isSeq(r.node)) {
      for (const item of r.node.items) this.walk(item, r.viaAlias, owner, depth + 1);
      return;
    }
    if (!isMap(r.node)) return;
    const entries = this.entries(r.node, r.viaAlias, depth);
    let here = owner;
    const kind = entries.get('kind');
    if (kind) {
      const metadata = entries.get('metadata');
      const meta = metadata ? this.resolve(metadata.node, metadata.via) : undefined;
      const name =
        meta && isMap(meta.node)
          ? this.scalarString(
              this.entries(meta.node, meta.viaAlias, depth + 1).get('name')?.node,
              meta.viaAlias,
            )
          : undefined;
      here = { kind: this.scalarString(kind.node, kind.via) ?? '?', name: name ?? '?' };
    }
    for (const [key, value] of entries) {
      if (FIELDS.has(key)) this.containers(key as ImageUse['field'], value.node, value.via, here, depth + 1);
      else this.walk(value.node, value.via, here, depth + 1);
    }
  }

  private containers(
    field: ImageUse['field'],
    node: unknown,
    viaAlias: boolean,
    owner: Owner | undefined,
    depth: number,
  ): void {
    const list = this.resolve(node, viaAlias);
    if (!isSeq(list.node)) return;
    list.node.items.forEach((item, i) => {
      const c = this.resolve(item, list.viaAlias);
      if (!isMap(c.node)) return;
      const entries = this.entries(c.node, c.viaAlias, depth + 1);
      const name = this.scalarString(entries.get('name')?.node, c.viaAlias) ?? `#${i}`;
      const workload = `${owner?.kind ?? '?'}/${owner?.name ?? '?'}`;
      const image = entries.get('image');
      if (image) this.image(image.node, image.via, { field, workload, container: name });
      // Anything else in the container (a nested pod template in a custom resource) is walked too.
      for (const [k, v] of entries) if (k !== 'image') this.walk(v.node, v.via, owner, depth + 1);
    });
  }

  private image(
    node: unknown,
    viaAlias: boolean,
    at: Pick<ImageUse, 'field' | 'workload' | 'container'>,
  ): void {
    const use = node as Node | undefined;
    const useOffset = use?.range?.[0] ?? 0;
    const { node: n } = this.resolve(node, viaAlias);
    const what = `${at.workload} ${at.field === 'containers' ? 'container' : at.field.replace(/s$/, '')} ${at.container}`;
    if (!isScalar(n) || typeof n.value !== 'string' || (n.tag !== undefined && n.tag !== STR_TAG)) {
      const found = !isScalar(n)
        ? isMap(n)
          ? 'a mapping'
          : isSeq(n)
            ? 'a sequence'
            : 'nothing'
        : n.tag && n.tag !== STR_TAG
          ? `a value tagged ${n.tag.replace('tag:yaml.org,2002:', '!!')}`
          : n.value === null
            ? 'null'
            : `a ${typeof n.value === 'object' ? 'binary value' : typeof n.value}`;
      this.fail(
        'POLICY_MANIFEST_IMAGE',
        useOffset,
        `${what}: image is ${found}, not a plain string: write the image reference as a string`,
      );
    }
    const range = n.range ?? [useOffset, useOffset, useOffset];
    const type = n.type;
    this.out.push({
      file: this.file,
      line: this.lc.linePos(useOffset).line,
      ...at,
      image: n.value,
      range: [range[0], range[1]],
      style:
        type === Scalar.QUOTE_DOUBLE
          ? 'double'
          : type === Scalar.QUOTE_SINGLE
            ? 'single'
            : type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL
              ? 'block'
              : 'plain',
    });
  }
}

/**
 * Parses the files (YAML 1.1, as kubectl does) and finds every image; throws POLICY_MANIFEST_YAML
 * naming file and line of the first YAML error (or an alias bomb), POLICY_MANIFEST_IMAGE for an
 * image that is not a plain string.
 */
export function parseManifests(files: readonly ManifestFile[]): ParsedManifest[] {
  return files.map((f) => {
    const lc = new LineCounter();
    const docs = parseAllDocuments(f.text, {
      lineCounter: lc,
      keepSourceTokens: false,
      schema: 'yaml-1.1',
      merge: true,
      uniqueKeys: true,
    });
    if (!Array.isArray(docs)) return { path: f.path, text: f.text, images: [] };
    const images: ImageUse[] = [];
    for (const d of docs) {
      const e = d.errors[0];
      if (e) {
        const pos = e.linePos?.[0];
        throw new PolicyError(
          'POLICY_MANIFEST_YAML',
          `${f.path}:${pos?.line ?? '?'}:${pos?.col ?? '?'}: not valid YAML: ${e.message.split('\n')[0]}; fix the manifest`,
        );
      }
      new DocumentWalker(d, f.path, lc, images).walk(d.contents, false, undefined, 0);
    }
    return { path: f.path, text: f.text, images };
  });
}

const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/;

function writeScalar(value: string, style: ImageUse['style'], replaced: string): string {
  if (style === 'single' && !value.includes("'")) return `'${value}'`;
  if (style === 'plain' && PLAIN_SAFE.test(value)) return value;
  return JSON.stringify(value) + (style === 'block' && replaced.endsWith('\n') ? '\n' : '');
}

/** The files with every image replaced by its pinned form (`pins`: image as written → pinned reference). */
export function pinManifests(
  parsed: readonly ParsedManifest[],
  pins: ReadonlyMap<string, string>,
): ManifestFile[] {
  return parsed.map((m) => {
    const edits = new Map<number, { end: number; text: string }>();
    for (const use of m.images) {
      const pinned = pins.get(use.image);
      if (!pinned || pinned === use.image || edits.has(use.range[0])) continue;
      const [start, end] = use.range;
      edits.set(start, { end, text: writeScalar(pinned, use.style, m.text.slice(start, end)) });
    }
    if (edits.size === 0) return { path: m.path, text: m.text };
    const parts: string[] = [];
    let at = 0;
    for (const start of [...edits.keys()].sort((a, b) => a - b)) {
      const e = edits.get(start) as { end: number; text: string };
      parts.push(m.text.slice(at, start), e.text);
      at = e.end;
    }
    parts.push(m.text.slice(at));
    return { path: m.path, text: parts.join('') };
  });
}
