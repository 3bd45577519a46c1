// The admission companions (allowed registries, pull policy, cluster-wide audit) judged by the real
// Kyverno CLI: the ClusterPolicy and CEL forms Signet generates are applied to Pods, with images
// pushed to the bed's registry and signed by the real cosign with a key. A missing tool fails the suite
// and names the install (`npm run tools`).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { generateAdmission, type KubeObject } from '../../src/cluster/index.ts';
import { parseReference } from '../../src/registry/index.ts';
import { startBed, registryOf, type Bed } from '../bed/index.ts';
import { toolPath } from '../bed/tools.ts';
import { run, runOk } from '../support/run.ts';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('admission companions judged by the real Kyverno CLI', () => {
  let bed: Bed;
  let dir: string;
  let crane: string;
  let cosign: string;
  let kyvernoCli: string;
  let env: Record<string, string | undefined>;
  let host: string;
  let signed: string;
  let unsigned: string;
  let objects: KubeObject[];
  const files: Record<string, string> = {};

  const push = async (name: string): Promise<string> => {
    const layer = join(dir, `${name}.tar`);
    const src = join(dir, `layer-${name}`);
    mkdirSync(src);
    writeFileSync(join(src, 'hello.txt'), `image ${name}\n`);
    await runOk(['tar', '-cf', layer, '-C', src, 'hello.txt']);
    const tag = `${host}/acme/${name}:v1`;
    await runOk([crane, 'append', '--insecure', `--new_layer=${layer}`, `--new_tag=${tag}`], { env });
    const digest = (await runOk([crane, 'digest', '--insecure', tag], { env })).stdout.trim();
    return `${host}/acme/${name}@${digest}`;
  };

  beforeAll(async () => {
    crane = toolPath('crane');
    cosign = toolPath('cosign');
    kyvernoCli = toolPath('kubectl-kyverno');
    dir = mkdtempSync(join(tmpdir(), 'signet-companions-itg-'));
    bed = await startBed({ registries: ['anonymous'] });
    host = registryOf(bed, 'anonymous').host;
    const home = join(dir, 'home');
    mkdirSync(home);
    env = {
      HOME: home,
      DOCKER_CONFIG: registryOf(bed, 'anonymous').dockerConfigDir,
      NO_PROXY: '127.0.0.1,localhost',
      COSIGN_PASSWORD: '',
    };
    const keys = join(dir, 'keys');
    mkdirSync(keys);
    await runOk([cosign, 'generate-key-pair'], { env, cwd: keys });
    signed = await push('app');
    unsigned = await push('unsigned');
    await runOk(
      [
        cosign,
        'sign',
        `--key=${join(keys, 'cosign.key')}`,
        '--use-signing-config=false',
        '--tlog-upload=false',
        '--new-bundle-format=false',
        '--allow-http-registry',
        '--yes',
        signed,
      ],
      { env },
    );
    objects = generateAdmission(
      {
        name: 'acme',
        repositories: [parseReference(`${host}/acme/app`)],
        signatureFormat: 'legacy',
        build: { kind: 'key', publicKey: readFileSync(join(keys, 'cosign.pub'), 'utf8') },
        noTlog: true,
        companions: {
          allowedRegistries: [`${host}/acme`, 'ghcr.io/acme'],
          pullPolicyAlways: true,
          auditUnsigned: true,
          alert: true,
        },
      },
      ['kyverno', 'kyverno-ivp'],
    ).objects;
    for (const o of objects) {
      const p = join(dir, `${o.kind}-${o.metadata.name}.yaml`);
      writeFileSync(p, stringify(o));
      files[`${o.kind}/${o.metadata.name}`] = p;
    }
  }, 240_000);

  afterAll(async () => {
    await bed?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  let podCount = 0;
  const pod = (spec: Record<string, unknown>, ns = 'apps') => {
    const p = join(dir, `pod-${++podCount}.yaml`);
    writeFileSync(
      p,
      stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `p${podCount}`, namespace: ns }, spec }),
    );
    return p;
  };
  const containers = (...images: string[]) => images.map((image, i) => ({ name: `c${i}`, image }));
  const kyverno = (policy: string, resource: string, extra: string[] = []) =>
    run(
      [
        kyvernoCli,
        'apply',
        files[policy] ?? `missing ${policy}`,
        `--resource=${resource}`,
        '--remove-color',
        ...extra,
      ],
      { env, timeoutMs: 120_000 },
    );
  const summary = (r: { code: number | null; stdout: string; stderr: string }) => ({
    code: r.code,
    result: /pass: (\d+), fail: (\d+)/.exec(r.stdout)?.slice(1, 3).join('/') ?? r.stdout + r.stderr,
  });

  describe.each([['ClusterPolicy/acme-registries'], ['ValidatingPolicy/acme-registries']])(
    'allowed registries (%s)',
    (policy) => {
      it('admits images from the allowed registry and repository, by tag and by digest', async () => {
        const r = await kyverno(
          policy,
          pod({ containers: containers(signed, `${host}/acme/app:v1`, 'ghcr.io/acme/tools/x:1') }),
        );
        expect(summary(r)).toEqual({ code: 0, result: '1/0' });
      });

      it.each([
        ['a foreign registry', 'quay.io/acme/app:1'],
        ['a look-alike host', 'ghcr.io.evil.com/acme/app:1'],
        ['a look-alike organisation', 'ghcr.io/acmeevil/app:1'],
        ['another port of the allowed host', 'ghcr.io:8443/acme/app:1'],
        ['a Docker Hub short name', 'acme/app:1'],
      ])('refuses %s', async (_what, image) => {
        const r = await kyverno(policy, pod({ containers: containers(signed, image) }));
        expect(summary(r)).toEqual({ code: 1, result: '0/1' });
        expect(r.stdout).toContain('every image must come from an allowed registry or repository');
      });

      it('refuses a foreign image hidden in an init container or an ephemeral container', async () => {
        for (const key of ['initContainers', 'ephemeralContainers']) {
          const r = await kyverno(
            policy,
            pod({
              containers: containers(signed),
              [key]: [{ name: 'x', image: 'ghcr.io.evil.com/acme/x:1' }],
            }),
          );
          expect({ key, ...summary(r) }).toEqual({ key, code: 1, result: '0/1' });
        }
      });

      it('leaves the system namespaces alone', async () => {
        const r = await kyverno(policy, pod({ containers: containers('quay.io/x/y:1') }, 'kube-system'));
        expect(r.stdout).not.toMatch(/fail: [1-9]/);
      });
    },
  );

  describe('pull policy', () => {
    it('mutates containers and init containers to imagePullPolicy: Always', async () => {
      const out = join(dir, 'mutated.yaml');
      const r = await kyverno(
        'ClusterPolicy/acme-pull-always',
        pod({
          containers: [
            { name: 'app', image: signed, imagePullPolicy: 'IfNotPresent' },
            { name: 'side', image: unsigned },
          ],
          initContainers: [{ name: 'init', image: unsigned, imagePullPolicy: 'Never' }],
        }),
        [`--output=${out}`],
      );
      expect(r.code).toBe(0);
      const mutated = parseAllDocuments(readFileSync(out, 'utf8'))
        .map((d) => d.toJS() as Any)
        .find((d) => d?.kind === 'Pod');
      const policies = [...mutated!.spec.containers, ...mutated!.spec.initContainers].map(
        (c: Any) => `${c.name}=${c.imagePullPolicy}`,
      );
      expect(policies.sort()).toEqual(['app=Always', 'init=Always', 'side=Always']);
    });
  });

  describe('cluster-wide audit', () => {
    it('reports an unsigned image in a policy report without blocking it', async () => {
      // The CLI exits 1 on any failed rule unless told that Audit failures are warnings, which is what
      // the admission controller does with them (it admits and reports).
      const blocking = await kyverno('ClusterPolicy/acme-audit', pod({ containers: containers(unsigned) }), [
        '--registry',
      ]);
      expect({ code: blocking.code, out: blocking.stdout }).toEqual({
        code: 1,
        out: expect.stringMatching(/pass: 0, fail: [1-9]/),
      });
      const r = await kyverno('ClusterPolicy/acme-audit', pod({ containers: containers(unsigned) }), [
        '--registry',
        '--audit-warn',
        '--policy-report',
      ]);
      expect(r.code).toBe(0);
      const report = parseAllDocuments(r.stdout.slice(r.stdout.indexOf('apiVersion')))
        .map((d) => d.toJS() as Any)
        .find((d) => /Report$/.test(d?.kind ?? ''));
      // Kyverno 1.19 writes openreports.io ClusterReports.
      expect({ kind: report?.kind, summary: report?.summary }).toEqual({
        kind: 'ClusterReport',
        summary: expect.objectContaining({ fail: 0, pass: 0, warn: expect.any(Number) }),
      });
      expect(report!.summary.warn).toBeGreaterThan(0);
      for (const result of report!.results)
        expect(result).toMatchObject({
          policy: 'acme-audit',
          rule: 'audit-signatures',
          result: 'warn',
          resources: [{ kind: 'Pod', namespace: 'apps' }],
        });
      expect(report!.results.map((x: Any) => x.message).join('\n')).toContain(unsigned);
    });

    it('passes the image signed by the policy identity', async () => {
      const r = await kyverno('ClusterPolicy/acme-audit', pod({ containers: containers(signed) }), [
        '--registry',
      ]);
      expect({ code: r.code, out: r.stdout }).toEqual({
        code: 0,
        out: expect.stringMatching(/pass: [1-9]\d*, fail: 0,/),
      });
    });
  });
});
