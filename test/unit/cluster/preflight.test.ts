import { parseAllDocuments } from 'yaml';
import {
  parsePreflightPolicy,
  preflight,
  toPreflightJSON,
  toPreflightMarkdown,
  type PreflightDeps,
} from '../../../src/cluster/index.ts';
import { formatReference, type Digest, type ImageRef } from '../../../src/registry/index.ts';
import { BUILD_SUBJECT, GITHUB_ISSUER, PUBLIC_KEY } from './fixtures.ts';

const POLICY = parsePreflightPolicy(`
rules:
  - images: ["ghcr.io/acme/**"]
    signers:
      - issuer: ${GITHUB_ISSUER}
        subject: ${BUILD_SUBJECT}
  - images: ["docker.io/library/*"]
    signers:
      - publicKey: |
${PUBLIC_KEY.trim()
  .split('\n')
  .map((l) => `          ${l}`)
  .join('\n')}
`);

const digestOf = (s: string) =>
  `sha256:${Buffer.from(s).toString('hex').padEnd(64, '0').slice(0, 64)}` as Digest;

const MANIFEST = `# app
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/acme/migrate:v1
      containers:
        - name: app
          image: ghcr.io/acme/app:v1 # the app
        - name: proxy
          image: nginx:1.27
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: job
              image: ghcr.io/acme/app:v1
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: debug
    spec:
      containers: [{ name: main, image: "ghcr.io/acme/app:v1" }]
      ephemeralContainers: [{ name: shell, image: "ghcr.io/acme/tools:v2" }]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: not-a-workload
data:
  image: ghcr.io/evil/ignored:v1
`;

function fakeVerify(bad: string[] = [], delayMs = 0): PreflightDeps & { calls: string[]; peak: number } {
  let inFlight = 0;
  const state = {
    calls: [] as string[],
    peak: 0,
    async verify(image: ImageRef) {
      const name = formatReference(image);
      state.calls.push(name);
      inFlight++;
      state.peak = Math.max(state.peak, inFlight);
      await new Promise((r) => setTimeout(r, delayMs));
      inFlight--;
      const digest = image.digest ?? digestOf(name);
      return bad.includes(name)
        ? { digest, verified: false, reason: 'VERIFY_IDENTITY_MISMATCH: signed by someone else' }
        : { digest, verified: true };
    },
  };
  return state;
}

describe('preflight', () => {
  describe('when every image is signed as required', () => {
    it('verifies each distinct image once, in every kind of container and workload', async () => {
      const deps = fakeVerify();
      const r = await preflight({ files: [{ path: 'k8s/app.yaml', text: MANIFEST }], policy: POLICY }, deps);
      expect(r.ok).toBe(true);
      expect(r.error).toBeUndefined();
      expect(deps.calls.sort()).toEqual([
        'docker.io/library/nginx:1.27',
        'ghcr.io/acme/app:v1',
        'ghcr.io/acme/migrate:v1',
        'ghcr.io/acme/tools:v2',
      ]);
      const app = r.images.find((i) => i.image === 'ghcr.io/acme/app:v1');
      expect(app?.uses).toEqual([
        'k8s/app.yaml:14 Deployment/web container app',
        'k8s/app.yaml:29 CronJob/nightly container job',
        'k8s/app.yaml:39 Pod/debug container main',
      ]);
      expect(r.images.find((i) => i.image === 'ghcr.io/acme/tools:v2')?.uses[0]).toContain(
        'ephemeralContainer shell',
      );
    });

    it('pins every image to name@sha256 and leaves the rest of the file as it was', async () => {
      const r = await preflight(
        { files: [{ path: 'k8s/app.yaml', text: MANIFEST }], policy: POLICY },
        fakeVerify(),
      );
      const text = r.files[0]?.text ?? '';
      const docs = parseAllDocuments(text).map((d) => d.toJS());
      expect(docs[0].spec.template.spec.containers[0].image).toBe(
        `ghcr.io/acme/app@${digestOf('ghcr.io/acme/app:v1')}`,
      );
      expect(docs[0].spec.template.spec.containers[1].image).toBe(
        `docker.io/library/nginx@${digestOf('docker.io/library/nginx:1.27')}`,
      );
      expect(docs[1].spec.jobTemplate.spec.template.spec.containers[0].image).toMatch(
        /^ghcr\.io\/acme\/app@sha256:/,
      );
      expect(docs[2].items[0].spec.ephemeralContainers[0].image).toMatch(/^ghcr\.io\/acme\/tools@sha256:/);
      expect(docs[3].data.image).toBe('ghcr.io/evil/ignored:v1');
      expect(text).toContain('# the app');
      expect(text.startsWith('# app\n')).toBe(true);
    });

    it('keeps at most `concurrency` verifications in flight', async () => {
      const deps = fakeVerify([], 20);
      await preflight({ files: [{ path: 'a.yaml', text: MANIFEST }], policy: POLICY, concurrency: 2 }, deps);
      expect(deps.peak).toBe(2);
    });

    it('writes a JSON and a Markdown report', async () => {
      const r = await preflight(
        { files: [{ path: 'a.yaml', text: MANIFEST }], policy: POLICY },
        fakeVerify(),
        () => 0,
      );
      expect(JSON.parse(toPreflightJSON(r))).toMatchObject({
        ok: true,
        images: expect.any(Array),
        durationMs: 0,
      });
      const md = toPreflightMarkdown(r);
      expect(md).toContain('## Signet pre-flight: all images verified');
      expect(md).toContain('| ✅ | `ghcr.io/acme/app:v1` |');
    });
  });

  describe('when one image is not signed by the required identity', () => {
    it('fails the run with POLICY_UNVERIFIED naming the image, its file and line', async () => {
      const r = await preflight(
        { files: [{ path: 'k8s/app.yaml', text: MANIFEST }], policy: POLICY },
        fakeVerify(['ghcr.io/acme/migrate:v1']),
      );
      expect(r.ok).toBe(false);
      expect(r.error).toMatchObject({ code: 'POLICY_UNVERIFIED' });
      expect(r.error?.message).toBe(
        'image ghcr.io/acme/migrate:v1 at k8s/app.yaml:11 Deployment/web initContainer migrate: VERIFY_IDENTITY_MISMATCH: signed by someone else',
      );
      expect(toPreflightMarkdown(r)).toContain('| ❌ | `ghcr.io/acme/migrate:v1` |');
      // Nothing half-pinned comes back when one image failed: --output-dir gets nothing.
      expect(r.files).toEqual([]);
    });

    it('reports a verifier error as a failure of that image', async () => {
      const r = await preflight(
        { files: [{ path: 'a.yaml', text: MANIFEST }], policy: POLICY },
        {
          verify: async (image) => {
            if (image.repository === 'acme/tools') throw new Error('registry: manifest unknown');
            return { digest: digestOf('x'), verified: true };
          },
        },
      );
      expect(r.error?.message).toMatch(
        /^image ghcr\.io\/acme\/tools:v2 at a\.yaml:40 .*registry: manifest unknown$/,
      );
    });

    it('refuses a digest-pinned image whose verified digest differs', async () => {
      const pinned = `ghcr.io/acme/app@${digestOf('pinned')}`;
      const r = await preflight(
        {
          files: [
            {
              path: 'p.yaml',
              text: `kind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: "${pinned}"}]\n`,
            },
          ],
          policy: POLICY,
        },
        { verify: async () => ({ digest: digestOf('other'), verified: true }) },
      );
      expect(r.error?.code).toBe('POLICY_UNVERIFIED');
    });
  });

  describe('when tags can be resolved first', () => {
    it('verifies each repository@digest once, however many tags name it', async () => {
      const verified: string[] = [];
      const text = ['a', 'b', 'c']
        .map(
          (t) =>
            `kind: Pod\nmetadata: {name: ${t}}\nspec:\n  containers: [{name: c, image: "ghcr.io/acme/app:${t}"}]\n`,
        )
        .join('---\n');
      const r = await preflight(
        { files: [{ path: 'p.yaml', text }], policy: POLICY },
        {
          resolve: async () => digestOf('same'),
          verify: async (image) => {
            verified.push(formatReference(image));
            return { digest: image.digest ?? digestOf('x'), verified: true };
          },
        },
      );
      expect(r.ok).toBe(true);
      expect(verified).toEqual([`ghcr.io/acme/app@${digestOf('same')}`]);
      expect(r.images.map((i) => i.pinned)).toEqual(Array(3).fill(`ghcr.io/acme/app@${digestOf('same')}`));
    });
  });

  describe('over 2,000 documents (issue 11 item 15: linear in documents and images; bench/preflight-manifests.ts times 40,000)', () => {
    it('resolves each distinct reference once, verifies each repository@digest once, and reports every use', async () => {
      const tags = [
        'ghcr.io/acme/app:v1',
        'ghcr.io/acme/app:v2',
        'ghcr.io/acme/app:latest',
        'ghcr.io/acme/tools:v1',
      ];
      const digestOfTag: Record<string, Digest> = {
        'ghcr.io/acme/app:v1': digestOf('one'),
        'ghcr.io/acme/app:v2': digestOf('two'),
        'ghcr.io/acme/app:latest': digestOf('two'),
        'ghcr.io/acme/tools:v1': digestOf('one'),
      };
      const n = 2_000;
      const docs: string[] = [];
      for (let i = 0; i < n; i++) {
        docs.push(
          `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d${i}}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${tags[i % tags.length]}\n`,
        );
      }
      const resolved: string[] = [];
      const verified: string[] = [];
      const r = await preflight(
        { files: [{ path: 'big.yaml', text: docs.join('---\n') }], policy: POLICY },
        {
          resolve: async (image) => {
            resolved.push(formatReference(image));
            return digestOfTag[formatReference(image)] as Digest;
          },
          verify: async (image) => {
            verified.push(formatReference(image));
            return { digest: image.digest as Digest, verified: true };
          },
        },
      );
      expect(r.ok).toBe(true);
      expect(resolved.sort()).toEqual([...tags].sort());
      expect(verified.sort()).toEqual(
        [
          `ghcr.io/acme/app@${digestOf('one')}`,
          `ghcr.io/acme/app@${digestOf('two')}`,
          `ghcr.io/acme/tools@${digestOf('one')}`,
        ].sort(),
      );
      expect(r.images.map((i) => i.uses.length)).toEqual(Array(tags.length).fill(n / tags.length));
      const pinnedText = r.files[0]?.text ?? '';
      expect(pinnedText.split('@sha256:').length - 1).toBe(n);
      expect(pinnedText).not.toMatch(/image: ghcr\.io\/acme\/\w+:/);
    });
  });

  describe('when an image matches no rule', () => {
    const text =
      'kind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: quay.io/other/x:1}]\n';

    it('fails with POLICY_NO_RULE by default', async () => {
      const r = await preflight({ files: [{ path: 'p.yaml', text }], policy: POLICY }, fakeVerify());
      expect(r.error).toMatchObject({
        code: 'POLICY_NO_RULE',
        message: expect.stringContaining('add a glob for it'),
      });
    });

    it('passes it unverified and unpinned when the policy says unmatched: allow', async () => {
      const r = await preflight(
        { files: [{ path: 'p.yaml', text }], policy: { ...POLICY, unmatched: 'allow' } },
        fakeVerify(),
      );
      expect(r.ok).toBe(true);
      expect(r.images[0]?.status).toBe('unmatched-allowed');
    });
  });

  describe('when a manifest is not valid YAML', () => {
    it('throws POLICY_MANIFEST_YAML naming the file and line', async () => {
      const text = 'kind: Pod\nspec:\n  containers:\n    - name: a\n      image: [unclosed\n';
      await expect(
        preflight({ files: [{ path: 'broken.yaml', text }], policy: POLICY }, fakeVerify()),
      ).rejects.toMatchObject({
        code: 'POLICY_MANIFEST_YAML',
        message: expect.stringMatching(/^broken\.yaml:\d+:\d+: not valid YAML/),
      });
    });
  });
});

describe('parsePreflightPolicy', () => {
  it.each([
    ['no rules', 'rules: []', 'expected a non-empty "rules" list'],
    [
      'a bad glob',
      'rules: [{images: ["ghcr.io/[x"], signers: [{issuer: a, subject: b}]}]',
      'invalid image glob',
    ],
    [
      'a .* identity',
      'rules: [{images: ["ghcr.io/**"], signers: [{issuer: a, subjectRegExp: ".*"}]}]',
      'is too broad',
    ],
    ['no signers', 'rules: [{images: ["ghcr.io/**"]}]', 'expected "signers"'],
  ])('refuses %s with POLICY_INVALID_PREFLIGHT', (_, text, msg) => {
    expect(() => parsePreflightPolicy(text, 'p.yaml')).toThrow(
      expect.objectContaining({ code: 'POLICY_INVALID_PREFLIGHT', message: expect.stringContaining(msg) }),
    );
  });
});
