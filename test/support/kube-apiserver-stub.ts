// A loopback STAND-IN for a Kubernetes API server. Superseded by the real kube-apiserver + etcd of
// test/bed/kube.ts, which every Signet test now uses; kept importable only for branches not yet moved
// over (and for a fault the real server cannot produce, if a test ever needs one). It speaks
// just enough of the real protocol for Signet's apply path and checks what a real one would: bearer
// token (401), per-verb RBAC (403), discovery of installed CRDs (404 for a missing group), exact paths,
// verbs and content types (server-side apply must be `application/apply-patch+yaml` with a
// fieldManager), dry runs, label selectors, and field ownership per manager (409 on a conflict unless
// force). Server-side apply is modelled as: each manager's last applied config, merged; a field two
// managers set to different values conflicts. It is a stand-in, not a conformance-tested server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

/** A kind the stand-in serves (as if its CRD were installed). */
export interface StubResource {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
}

/** One request as received, for assertions. */
export interface StubRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType?: string;
}

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Stored {
  resource: StubResource;
  /** Each field manager's last applied configuration. */
  configs: Map<string, Obj>;
  object: Obj;
}

/** Options: which kinds are served, the accepted token, and forbidden verb/resource pairs. */
export interface KubeStubOptions {
  resources: StubResource[];
  token?: string;
  /** `patch clusterimagepolicies`, `delete clusterimagepolicies` … answered 403. */
  forbid?: string[];
  /** Core v1 Secrets served read-only at /api/v1/namespaces/NS/secrets/NAME, keyed "NS/NAME" (plain data). */
  secrets?: Record<string, Record<string, string>>;
}

/** A running stand-in API server. */
export interface KubeApiserverStub {
  url: string;
  requests: StubRequest[];
  /** A kubeconfig pointing at the stand-in with the accepted token (or `token`). */
  kubeconfig(token?: string): string;
  /** The stored object, or undefined. */
  get(group: string, plural: string, name: string, namespace?: string): Obj | undefined;
  /** Applies as another field manager (as `kubectl apply --server-side` would), to provoke conflicts. */
  applyAs(manager: string, resource: StubResource, obj: Obj): void;
  /** A core Secret's data ("NS/NAME"), as served or created. */
  secret(key: string): Record<string, string> | undefined;
  stop(): Promise<void>;
}

/** The resources of the controllers Signet writes for. */
export const SIGNET_RESOURCES: StubResource[] = [
  {
    group: 'policy.sigstore.dev',
    version: 'v1alpha1',
    kind: 'ClusterImagePolicy',
    plural: 'clusterimagepolicies',
    namespaced: false,
  },
  {
    group: 'policy.sigstore.dev',
    version: 'v1beta1',
    kind: 'ClusterImagePolicy',
    plural: 'clusterimagepolicies',
    namespaced: false,
  },
  {
    group: 'policy.sigstore.dev',
    version: 'v1alpha1',
    kind: 'TrustRoot',
    plural: 'trustroots',
    namespaced: false,
  },
  { group: 'kyverno.io', version: 'v1', kind: 'ClusterPolicy', plural: 'clusterpolicies', namespaced: false },
  {
    group: 'kyverno.io',
    version: 'v2',
    kind: 'PolicyException',
    plural: 'policyexceptions',
    namespaced: true,
  },
  {
    group: 'policies.kyverno.io',
    version: 'v1',
    kind: 'ImageValidatingPolicy',
    plural: 'imagevalidatingpolicies',
    namespaced: false,
  },
  {
    group: 'policies.kyverno.io',
    version: 'v1',
    kind: 'PolicyException',
    plural: 'policyexceptions',
    namespaced: true,
  },
];

const APPLY_PATCH = 'application/apply-patch+yaml';

function leaves(o: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (o && typeof o === 'object' && !Array.isArray(o)) {
    for (const [k, v] of Object.entries(o)) for (const [p, x] of leaves(v, `${prefix}/${k}`)) out.set(p, x);
  } else out.set(prefix, o);
  return out;
}

function merge(a: Obj, b: Obj): Obj {
  const out: Obj = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] =
      v &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      out[k] &&
      typeof out[k] === 'object' &&
      !Array.isArray(out[k])
        ? merge(out[k], v)
        : v;
  }
  return out;
}

function dropPath(o: Obj, path: string): void {
  const parts = path.split('/').slice(1);
  let cur: Obj | undefined = o;
  for (const p of parts.slice(0, -1)) cur = cur?.[p];
  if (cur) delete cur[parts[parts.length - 1] ?? ''];
}

/** Starts the stand-in on a free loopback port. */
export async function startKubeApiserverStub(opts: KubeStubOptions): Promise<KubeApiserverStub> {
  const token = opts.token ?? 'signet-test-token';
  const forbid = new Set(opts.forbid ?? []);
  const store = new Map<string, Stored>();
  const requests: StubRequest[] = [];
  let rv = 100;
  const key = (r: StubResource, name: string, ns?: string) => `${r.group}/${r.plural}/${ns ?? ''}/${name}`;

  const status = (res: ServerResponse, code: number, reason: string, message: string) => {
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message,
        reason,
        code,
      }),
    );
  };
  const json = (res: ServerResponse, code: number, body: unknown) => {
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const build = (s: Stored, name: string, ns?: string): Obj => {
    let merged: Obj = {};
    for (const c of s.configs.values()) merged = merge(merged, c);
    merged.apiVersion = `${s.resource.group}/${s.resource.version}`;
    merged.kind = s.resource.kind;
    merged.metadata = { ...(merged.metadata ?? {}), name, ...(ns ? { namespace: ns } : {}) };
    return merged;
  };

  const apply = (
    r: StubResource,
    manager: string,
    name: string,
    ns: string | undefined,
    body: Obj,
    force: boolean,
    dryRun: boolean,
  ) => {
    const k = key(r, name, ns);
    const prev = store.get(k);
    const configs = new Map(prev?.configs ?? []);
    const conflicts: string[] = [];
    const mine = leaves({
      spec: body.spec,
      metadata: { labels: body.metadata?.labels, annotations: body.metadata?.annotations },
    });
    for (const [other, cfg] of configs) {
      if (other === manager) continue;
      const theirs = leaves({
        spec: cfg.spec,
        metadata: { labels: cfg.metadata?.labels, annotations: cfg.metadata?.annotations },
      });
      for (const [p, v] of mine) {
        if (v === undefined || !theirs.has(p) || isDeepStrictEqual(theirs.get(p), v)) continue;
        if (force) {
          const copy = structuredClone(cfg);
          dropPath(copy, p);
          configs.set(other, copy);
        } else conflicts.push(`conflict with "${other}": ${p.replace(/^\//, '.').replaceAll('/', '.')}`);
      }
    }
    if (conflicts.length > 0) return { conflict: conflicts };
    configs.set(manager, structuredClone(body));
    const next: Stored = { resource: r, configs, object: {} };
    const built = build(next, name, ns);
    const before = prev?.object;
    const changed =
      !before ||
      !isDeepStrictEqual(
        {
          ...before,
          metadata: {
            ...before.metadata,
            resourceVersion: undefined,
            generation: undefined,
            managedFields: undefined,
            uid: undefined,
            creationTimestamp: undefined,
          },
        },
        {
          ...built,
          metadata: {
            ...built.metadata,
            resourceVersion: undefined,
            generation: undefined,
            managedFields: undefined,
            uid: undefined,
            creationTimestamp: undefined,
          },
        },
      );
    const specChanged = !before || !isDeepStrictEqual(before.spec, built.spec);
    built.metadata.uid = before?.metadata.uid ?? `uid-${rv}`;
    built.metadata.creationTimestamp = before?.metadata.creationTimestamp ?? '2026-01-01T00:00:00Z';
    built.metadata.resourceVersion =
      changed && !dryRun ? String(++rv) : (before?.metadata.resourceVersion ?? String(rv));
    built.metadata.generation = (before?.metadata.generation ?? 0) + (specChanged && !dryRun ? 1 : 0) || 1;
    built.metadata.managedFields = [...configs.keys()].map((m) => ({
      manager: m,
      operation: 'Apply',
      apiVersion: built.apiVersion,
      fieldsType: 'FieldsV1',
    }));
    next.object = built;
    if (!dryRun) store.set(k, next);
    return { object: built, created: !prev };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    const query = Object.fromEntries(url.searchParams);
    const contentType = req.headers['content-type'];
    requests.push({
      method: req.method ?? '',
      path: url.pathname,
      query,
      ...(contentType ? { contentType } : {}),
    });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bodyText = Buffer.concat(chunks).toString('utf8');
    if (req.headers.authorization !== `Bearer ${token}`)
      return status(res, 401, 'Unauthorized', 'Unauthorized');

    const parts = url.pathname.split('/').filter(Boolean);
    const created = /^\/api\/v1\/namespaces\/([^/]+)\/secrets$/.exec(url.pathname);
    if (created && req.method === 'POST') {
      const body = JSON.parse(bodyText) as { metadata?: { name?: string }; data?: Record<string, string> };
      const k = `${created[1]}/${body.metadata?.name ?? ''}`;
      opts.secrets ??= {};
      if (opts.secrets[k])
        return status(res, 409, 'AlreadyExists', `secrets "${body.metadata?.name}" already exists`);
      opts.secrets[k] = Object.fromEntries(
        Object.entries(body.data ?? {}).map(([n, v]) => [n, Buffer.from(v, 'base64').toString('utf8')]),
      );
      return json(res, 201, { ...body, kind: 'Secret', apiVersion: 'v1' });
    }
    const secret = /^\/api\/v1\/namespaces\/([^/]+)\/secrets\/([^/]+)$/.exec(url.pathname);
    if (secret && req.method === 'GET') {
      const data = opts.secrets?.[`${secret[1]}/${secret[2]}`];
      if (!data) return status(res, 404, 'NotFound', `secrets "${secret[2]}" not found`);
      return json(res, 200, {
        kind: 'Secret',
        apiVersion: 'v1',
        metadata: { name: secret[2], namespace: secret[1] },
        type: 'Opaque',
        data: Object.fromEntries(
          Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
        ),
      });
    }
    if (parts[0] !== 'apis' || parts.length < 3)
      return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    const [, group, version, ...rest] = parts;
    const served = opts.resources.filter((r) => r.group === group && r.version === version);
    if (served.length === 0)
      return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    if (rest.length === 0 && req.method === 'GET') {
      return json(res, 200, {
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: `${group}/${version}`,
        resources: served.map((r) => ({
          name: r.plural,
          singularName: r.kind.toLowerCase(),
          namespaced: r.namespaced,
          kind: r.kind,
          verbs: ['delete', 'get', 'list', 'patch', 'create', 'update', 'watch'],
        })),
      });
    }
    let ns: string | undefined;
    let tail = rest;
    if (tail[0] === 'namespaces' && tail.length >= 3) {
      ns = tail[1];
      tail = tail.slice(2);
    }
    const [plural, name, ...extra] = tail;
    const r = served.find((x) => x.plural === plural);
    if (!r || extra.length > 0)
      return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    if (r.namespaced !== (ns !== undefined) && name !== undefined)
      return status(res, 404, 'NotFound', `wrong scope for ${r.plural}`);
    const verb = req.method === 'GET' ? (name ? 'get' : 'list') : (req.method ?? '').toLowerCase();
    if (forbid.has(`${verb} ${r.plural}`)) {
      return status(
        res,
        403,
        'Forbidden',
        `${r.plural}.${r.group}${name ? ` "${name}"` : ''} is forbidden: User "system:serviceaccount:ci:signet" cannot ${verb} resource "${r.plural}" in API group "${r.group}" at the cluster scope`,
      );
    }
    const dryRun = query.dryRun === 'All';
    if (query.dryRun !== undefined && query.dryRun !== 'All')
      return status(res, 400, 'BadRequest', `invalid dry run option: ${query.dryRun}`);

    if (req.method === 'GET' && !name) {
      const selector = (query.labelSelector ?? '')
        .split(',')
        .filter(Boolean)
        .map((s) => s.split('='));
      const items = [...store.values()]
        .filter((s) => s.resource.group === r.group && s.resource.plural === r.plural)
        .map((s) => s.object)
        .filter((o) => ns === undefined || o.metadata.namespace === ns)
        .filter((o) => selector.every(([k, v]) => o.metadata.labels?.[k ?? ''] === v))
        .map((o) => ({ ...o, apiVersion: `${r.group}/${r.version}` }));
      return json(res, 200, {
        kind: `${r.kind}List`,
        apiVersion: `${r.group}/${r.version}`,
        metadata: { resourceVersion: String(rv) },
        items,
      });
    }
    if (!name) return status(res, 405, 'MethodNotAllowed', 'method not allowed');
    const k = key(r, name, ns);
    if (req.method === 'GET') {
      const s = store.get(k);
      return s
        ? json(res, 200, { ...s.object, apiVersion: `${r.group}/${r.version}` })
        : status(res, 404, 'NotFound', `${r.plural}.${r.group} "${name}" not found`);
    }
    if (req.method === 'DELETE') {
      const s = store.get(k);
      if (!s) return status(res, 404, 'NotFound', `${r.plural}.${r.group} "${name}" not found`);
      if (!dryRun) store.delete(k);
      return json(res, 200, {
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Success',
        details: { name, group: r.group, kind: r.plural },
      });
    }
    if (req.method === 'PATCH') {
      if (contentType !== APPLY_PATCH)
        return status(
          res,
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: ${APPLY_PATCH}`,
        );
      const manager = query.fieldManager;
      if (!manager)
        return status(
          res,
          400,
          'BadRequest',
          'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
        );
      let body: Obj;
      try {
        body = parse(bodyText) as Obj;
      } catch (err) {
        return status(res, 400, 'BadRequest', `error decoding YAML: ${(err as Error).message}`);
      }
      if (
        body?.apiVersion !== `${r.group}/${r.version}` ||
        body?.kind !== r.kind ||
        body?.metadata?.name !== name
      ) {
        return status(
          res,
          400,
          'BadRequest',
          `the body does not match the path: ${body?.apiVersion} ${body?.kind} ${body?.metadata?.name}`,
        );
      }
      const out = apply(r, manager, name, ns, body, query.force === 'true', dryRun);
      if ('conflict' in out) {
        return status(
          res,
          409,
          'Conflict',
          `Apply failed with ${out.conflict?.length} conflict(s): ${out.conflict?.join('; ')}`,
        );
      }
      return json(res, out.created ? 201 : 200, out.object);
    }
    return status(res, 405, 'MethodNotAllowed', 'method not allowed');
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err) => status(res, 500, 'InternalError', String(err)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    kubeconfig: (t = token) =>
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        // client-node refuses plain http unless TLS verification is off, as for any http server.
        `- name: stub\n  cluster:\n    server: ${url}\n    insecure-skip-tls-verify: true`,
        'users:',
        `- name: signet\n  user:\n    token: ${t}`,
        'contexts:',
        '- name: stub\n  context:\n    cluster: stub\n    user: signet',
        'current-context: stub',
        '',
      ].join('\n'),
    get: (group, plural, name, namespace) => {
      const s = [...store.values()].find(
        (x) =>
          x.resource.group === group &&
          x.resource.plural === plural &&
          x.object.metadata.name === name &&
          x.object.metadata.namespace === namespace,
      );
      return s?.object;
    },
    secret: (key) => opts.secrets?.[key],
    applyAs: (manager, resource, obj) => {
      const out = apply(resource, manager, obj.metadata.name, obj.metadata.namespace, obj, true, false);
      if ('conflict' in out) throw new Error('applyAs: unexpected conflict');
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
