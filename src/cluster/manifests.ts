// Kubernetes manifests for pre-flight: multi-document YAML parsed with positions kept, so that every
// image (containers, init and ephemeral containers of Pods and of the pod templates of Deployments,
// StatefulSets, DaemonSets, ReplicaSets, Jobs and CronJobs, also inside a List) can be named by file
// and line and rewritten in place to `name@sha256:…` without disturbing the rest of the file.
import { isMap, isScalar, parseAllDocuments, LineCounter, type Document } from 'yaml';
import { PolicyError } from './errors.ts';

/** A manifest file as read by src/ci. */
export interface ManifestFile {
  path: string;
  text: string;
}

/** One image reference in a manifest. */
export interface ImageUse {
  file: string;
  /** 1-based line of the `image:` value. */
  line: number;
  /** `Deployment/web`, `Pod/debug`. */
  workload: string;
  container: string;
  field: 'containers' | 'initContainers' | 'ephemeralContainers';
  image: string;
  /** The YAML path of the value, for rewriting. */
  path: (string | number)[];
  doc: number;
}

/** A parsed manifest file: its documents and the images found in them. */
export interface ParsedManifest {
  path: string;
  docs: Document.Parsed[];
  images: ImageUse[];
}

const POD_SPEC_PATH: Record<string, (string | number)[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
};
const FIELDS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

function collect(
  doc: Document.Parsed,
  base: (string | number)[],
  file: string,
  docIndex: number,
  lc: LineCounter,
  out: ImageUse[],
): void {
  const node = base.length === 0 ? doc.contents : doc.getIn(base, true);
  if (!isMap(node)) return;
  const kind = String(doc.getIn([...base, 'kind']) ?? '');
  if (kind === 'List') {
    const items = doc.getIn([...base, 'items']) as { items?: unknown[] } | undefined;
    (items?.items ?? []).forEach((_, i) => collect(doc, [...base, 'items', i], file, docIndex, lc, out));
    return;
  }
  const specPath = POD_SPEC_PATH[kind];
  if (!specPath) return;
  const name = String(doc.getIn([...base, 'metadata', 'name']) ?? '?');
  for (const field of FIELDS) {
    const list = doc.getIn([...base, ...specPath, field]) as { items?: unknown[] } | undefined;
    (list?.items ?? []).forEach((_, i) => {
      const path = [...base, ...specPath, field, i, 'image'];
      const scalar = doc.getIn(path, true);
      if (!isScalar(scalar) || typeof scalar.value !== 'string') return;
      const offset = scalar.range?.[0] ?? 0;
      out.push({
        file,
        line: lc.linePos(offset).line,
        workload: `${kind}/${name}`,
        container: String(doc.getIn([...base, ...specPath, field, i, 'name']) ?? `#${i}`),
        field,
        image: scalar.value,
        path,
        doc: docIndex,
      });
    });
  }
}

/** Parses the files; throws POLICY_MANIFEST_YAML naming file and line of the first YAML error. */
export function parseManifests(files: readonly ManifestFile[]): ParsedManifest[] {
  return files.map((f) => {
    const lc = new LineCounter();
    const docs = parseAllDocuments(f.text, { lineCounter: lc, keepSourceTokens: false });
    if (!Array.isArray(docs)) return { path: f.path, docs: [], images: [] };
    for (const d of docs) {
      const e = d.errors[0];
      if (e) {
        const pos = e.linePos?.[0];
        throw new PolicyError(
          'POLICY_MANIFEST_YAML',
          `${f.path}:${pos?.line ?? '?'}:${pos?.col ?? '?'}: not valid YAML: ${e.message.split('\n')[0]}; fix the manifest`,
        );
      }
    }
    const images: ImageUse[] = [];
    docs.forEach((d, i) => collect(d, [], f.path, i, lc, images));
    return { path: f.path, docs, images };
  });
}

/** The files with every image replaced by its pinned form (`pins`: image as written → pinned reference). */
export function pinManifests(
  parsed: readonly ParsedManifest[],
  pins: ReadonlyMap<string, string>,
): ManifestFile[] {
  return parsed.map((m) => {
    for (const use of m.images) {
      const pinned = pins.get(use.image);
      if (pinned && pinned !== use.image) m.docs[use.doc]?.setIn(use.path, pinned);
    }
    // A document that had its own `---` prints it again; the others need one between them.
    const text = m.docs
      .map((d, i) => {
        const t = d.toString({ lineWidth: 0 });
        return i > 0 && !t.startsWith('---') ? `---\n${t}` : t;
      })
      .join('');
    return { path: m.path, text };
  });
}
