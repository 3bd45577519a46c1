// Pre-flight reads manifests as the API server sees them after kubectl (sigs.k8s.io/yaml: go-yaml v2,
// YAML 1.1): every image Kubernetes would run is found, whatever YAML feature or kind carries it, and
// what cannot be read as kubectl would is refused (issue 11 item 1).
import { parseManifests, pinManifests, preflight, type PreflightDeps } from '../../../src/cluster/index.ts';
import { parsePreflightPolicy } from '../../../src/cluster/index.ts';
import { formatReference, type Digest, type ImageRef } from '../../../src/registry/index.ts';
import { BUILD_SUBJECT, GITHUB_ISSUER } from './fixtures.ts';

const images = (text: string, path = 'm.yaml') =>
  parseManifests([{ path, text }]).flatMap((m) =>
    m.images.map((u) => `${u.workload} ${u.field} ${u.container} ${u.image} @${u.line}`),
  );
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'passed';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
};

describe('parseManifests', () => {
  describe('finds images behind YAML features', () => {
    it('an alias to an anchored image (line of the alias)', () => {
      const text = `kind: Pod
metadata:
  name: p
  annotations: {note: &img ghcr.io/evil/app:v1}
spec:
  containers:
    - name: app
      image: *img
`;
      expect(images(text)).toEqual(['Pod/p containers app ghcr.io/evil/app:v1 @8']);
    });

    it('refuses an alias to another document (YAML anchors are per document)', () => {
      const text = `x: &img ghcr.io/evil/app:v1\n---\nkind: Pod\nspec: {containers: [{name: a, image: *img}]}\n`;
      expect(codeOf(() => images(text))).toBe('POLICY_MANIFEST_YAML');
    });

    it('a whole container, or the whole containers list, behind an alias', () => {
      const text = `kind: List
items:
  - kind: Pod
    metadata: {name: a}
    spec:
      containers: &cs
        - &c {name: app, image: ghcr.io/evil/one:v1}
      initContainers:
        - *c
  - kind: Pod
    metadata: {name: b}
    spec:
      containers: *cs
`;
      expect(images(text)).toEqual([
        'Pod/a containers app ghcr.io/evil/one:v1 @7',
        'Pod/a initContainers app ghcr.io/evil/one:v1 @7',
        'Pod/b containers app ghcr.io/evil/one:v1 @7',
      ]);
    });

    it('merge keys: the merged image, and an explicit key winning over the merged one', () => {
      const text = `base: &base {name: app, image: ghcr.io/evil/merged:v1}
other: &other {image: ghcr.io/evil/second:v1, name: x}
pod:
  kind: Pod
  metadata: {name: p}
  spec:
    containers:
      - <<: *base
      - <<: [*other, *base]
      - <<: *base
        image: ghcr.io/acme/explicit:v1
`;
      expect(images(text)).toEqual([
        'Pod/p containers app ghcr.io/evil/merged:v1 @1',
        'Pod/p containers x ghcr.io/evil/second:v1 @2',
        'Pod/p containers app ghcr.io/acme/explicit:v1 @11',
      ]);
    });

    it('a pod spec or metadata behind a merge key', () => {
      const text = `x: &spec {containers: [{name: a, image: ghcr.io/evil/a:v1}]}
y: &meta {name: merged-name}
kind: Deployment
metadata: {<<: *meta}
spec:
  template:
    spec:
      <<: *spec
`;
      // Found twice: where the anchor stands (a containers list anywhere is inspected) and merged.
      expect(images(text)).toEqual([
        'Deployment/merged-name containers a ghcr.io/evil/a:v1 @1',
        'Deployment/merged-name containers a ghcr.io/evil/a:v1 @1',
      ]);
    });
  });

  describe('finds images in every kind', () => {
    it.each(['List', 'PodList', 'DeploymentList', 'CronJobList'])('the items of a %s', (kind) => {
      const text = `apiVersion: v1
kind: ${kind}
items:
  - kind: Pod
    metadata: {name: p}
    spec: {containers: [{name: a, image: ghcr.io/evil/pod:v1}]}
  - kind: CronJob
    metadata: {name: c}
    spec: {jobTemplate: {spec: {template: {spec: {containers: [{name: b, image: ghcr.io/evil/cron:v1}]}}}}}
  - kind: List
    items:
      - kind: Pod
        metadata: {name: nested}
        spec: {ephemeralContainers: [{name: d, image: ghcr.io/evil/nested:v1}]}
`;
      expect(images(text)).toEqual([
        'Pod/p containers a ghcr.io/evil/pod:v1 @6',
        'CronJob/c containers b ghcr.io/evil/cron:v1 @9',
        'Pod/nested ephemeralContainers d ghcr.io/evil/nested:v1 @14',
      ]);
    });

    it.each([
      [
        'Rollout (Argo)',
        'argoproj.io/v1alpha1',
        'Rollout',
        'spec: {template: {spec: {containers: [{name: a, image: ghcr.io/evil/x:v1}]}}}',
      ],
      [
        'Service (Knative)',
        'serving.knative.dev/v1',
        'Service',
        'spec: {template: {spec: {containers: [{name: a, image: ghcr.io/evil/x:v1}]}}}',
      ],
      [
        'any custom resource',
        'example.com/v1',
        'Thing',
        'spec: {workers: {pod: {initContainers: [{name: a, image: ghcr.io/evil/x:v1}]}}}',
      ],
    ])('a %s', (_, apiVersion, kind, spec) => {
      const text = `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: nm}\n${spec}\n`;
      expect(images(text)).toHaveLength(1);
      expect(images(text)[0]).toMatch(new RegExp(`^${kind}/nm \\w+ a ghcr.io/evil/x:v1 @4$`));
    });

    it('a .json file (kubectl reads JSON too)', () => {
      const text = JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p' },
        spec: { containers: [{ name: 'a', image: 'ghcr.io/evil/json:v1' }] },
      });
      expect(images(text, 'pod.json')).toEqual(['Pod/p containers a ghcr.io/evil/json:v1 @1']);
    });
  });

  describe('refuses what kubectl would read differently', () => {
    it.each([
      ['!!binary', 'image: !!binary Z2hjci5pby9ldmlsL2FwcDp2MQ==', 'a value tagged !!binary', 23],
      ['a custom tag', 'image: !evil ghcr.io/evil/app:v1', 'a value tagged !evil', 20],
      ['a number', 'image: 12345', 'a number', 14],
      ['a YAML 1.1 boolean', 'image: yes', 'a boolean', 14],
      ['null', 'image: ~', 'null', 14],
      ['a mapping', 'image: {repository: ghcr.io/evil/app}', 'a mapping', 14],
      ['a sequence', 'image: [ghcr.io/evil/app:v1]', 'a sequence', 14],
    ])(
      'an image that is %s: POLICY_MANIFEST_IMAGE naming file, line and container',
      (_, line, found, col) => {
        const text = `kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      ${line}\n`;
        expect(() => images(text)).toThrow(
          expect.objectContaining({
            code: 'POLICY_MANIFEST_IMAGE',
            message: `m.yaml:6:${col}: Pod/p container app: image is ${found}, not a plain string: write the image reference as a string`,
          }),
        );
      },
    );

    it('an explicit !!str image is a plain string', () => {
      const text = `kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: !!str ghcr.io/acme/app:v1}]}\n`;
      expect(images(text)).toEqual(['Pod/p containers a ghcr.io/acme/app:v1 @3']);
    });

    it('a duplicate key (which image would win?): POLICY_MANIFEST_YAML', () => {
      const text = `kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: ghcr.io/acme/app:v1\n      image: ghcr.io/evil/app:v1\n`;
      expect(codeOf(() => images(text))).toBe('POLICY_MANIFEST_YAML');
    });

    it('an alias bomb, without expanding it: POLICY_MANIFEST_YAML', () => {
      const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 12; i++) {
        const prev = String.fromCharCode(96 + i);
        const cur = String.fromCharCode(97 + i);
        levels.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(', ')}]`);
      }
      const text = `${levels.join('\n')}\nkind: Pod\nspec: {containers: [{name: a, image: x}]}\n`;
      expect(() => images(text)).toThrow(
        expect.objectContaining({
          code: 'POLICY_MANIFEST_YAML',
          message: expect.stringContaining('YAML bomb'),
        }),
      );
    });
  });
});

describe('pinManifests', () => {
  it('replaces only the image scalars, keeping comments, quoting and the anchor’s other uses', () => {
    const text = `# keep me
kind: Pod   # and me
metadata: {name: p}
spec:
  containers:
    - {name: a, image: "ghcr.io/acme/a:v1"}
    - name: b
      image: 'ghcr.io/acme/b:v1'
    - name: c
      image: &c ghcr.io/acme/c:v1
    - name: d
      image: *c
`;
    const parsed = parseManifests([{ path: 'm.yaml', text }]);
    const pin = (x: string) => x.replace(/:v1$/, `@sha256:${'1'.repeat(64)}`);
    const pins = new Map(parsed[0]!.images.map((u) => [u.image, pin(u.image)]));
    const out = pinManifests(parsed, pins)[0]!.text;
    const d = `@sha256:${'1'.repeat(64)}`;
    expect(out).toBe(
      text
        .replace('"ghcr.io/acme/a:v1"', `"ghcr.io/acme/a${d}"`)
        .replace("'ghcr.io/acme/b:v1'", `'ghcr.io/acme/b${d}'`)
        .replace('&c ghcr.io/acme/c:v1', `&c ghcr.io/acme/c${d}`),
    );
    expect(images(out)).toEqual([
      `Pod/p containers a ghcr.io/acme/a${d} @6`,
      `Pod/p containers b ghcr.io/acme/b${d} @8`,
      `Pod/p containers c ghcr.io/acme/c${d} @10`,
      `Pod/p containers d ghcr.io/acme/c${d} @12`,
    ]);
  });

  it('keeps a JSON file JSON', () => {
    const text = JSON.stringify({
      kind: 'Pod',
      spec: { containers: [{ name: 'a', image: 'ghcr.io/acme/a:v1' }] },
    });
    const parsed = parseManifests([{ path: 'p.json', text }]);
    const out = pinManifests(
      parsed,
      new Map([['ghcr.io/acme/a:v1', `ghcr.io/acme/a@sha256:${'2'.repeat(64)}`]]),
    )[0]!;
    expect(JSON.parse(out.text).spec.containers[0].image).toBe(`ghcr.io/acme/a@sha256:${'2'.repeat(64)}`);
  });
});

describe('preflight over hostile manifests', () => {
  const POLICY = parsePreflightPolicy(
    `rules: [{images: ["ghcr.io/acme/**"], signers: [{issuer: "${GITHUB_ISSUER}", subject: "${BUILD_SUBJECT}"}]}]`,
  );
  const digestOf = (s: string) =>
    `sha256:${Buffer.from(s).toString('hex').padEnd(64, '0').slice(0, 64)}` as Digest;
  const deps: PreflightDeps = {
    verify: async (image: ImageRef) => ({ digest: digestOf(formatReference(image)), verified: true }),
  };

  it('fails with POLICY_NO_RULE for an image only an alias names (no rule for ghcr.io/evil)', async () => {
    const text = `x: &img ghcr.io/evil/app:v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: *img}]}\n`;
    const r = await preflight({ files: [{ path: 'm.yaml', text }], policy: POLICY }, deps);
    expect({ ok: r.ok, code: r.error?.code, files: r.files }).toEqual({
      ok: false,
      code: 'POLICY_NO_RULE',
      files: [],
    });
  });
});
