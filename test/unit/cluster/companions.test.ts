import { generateAdmission, PolicyError, type KubeObject } from '../../../src/cluster/index.ts';
import { parseAllowedLocation, toAllowedImagePattern } from '../../../src/cluster/allowed-registries.ts';
import { toAlertExpressions } from '../../../src/cluster/companion-alerts.ts';
import { crdValidator } from './crds.ts';
import { fullInput } from './fixtures.ts';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ids = (objects: KubeObject[]) => objects.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`);

describe('parseAllowedLocation', () => {
  it.each([
    ['ghcr.io/acme', { host: 'ghcr.io', path: 'acme' }],
    ['ghcr.io/acme/', { host: 'ghcr.io', path: 'acme' }],
    ['registry.example.com:5000', { host: 'registry.example.com:5000' }],
    ['localhost:5000/team/app', { host: 'localhost:5000', path: 'team/app' }],
    ['docker.io/library', { host: 'docker.io', path: 'library' }],
  ])('reads %s', (entry, want) => {
    expect(parseAllowedLocation(entry)).toEqual(want);
  });

  it.each([
    ['ghcr.io/*', 'wildcard'],
    ['ghcr.io/acme*', 'wildcard'],
    ['https://ghcr.io/acme', 'scheme'],
    ['acme/app', 'registry host'],
    ['GHCR.io/acme', 'lowercase host'],
    ['', 'empty'],
    ['ghcr.io/Acme', 'repository path'],
    ['ghcr.io//acme', 'repository path'],
  ])('refuses %j (%s) with a one-line POLICY_INVALID_INPUT', (entry, why) => {
    let err: unknown;
    try {
      parseAllowedLocation(entry);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyError);
    expect((err as PolicyError).code).toBe('POLICY_INVALID_INPUT');
    expect((err as Error).message).toContain(why);
    expect((err as Error).message).toContain('HOST[:PORT][/REPOSITORY]');
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('toAllowedImagePattern', () => {
  const allow = (entries: string[]) => new RegExp(toAllowedImagePattern(entries.map(parseAllowedLocation)));

  it('is anchored as a whole', () => {
    expect(toAllowedImagePattern([parseAllowedLocation('ghcr.io/acme')])).toMatch(/^\^\(\?:.*\)\$$/);
  });

  describe('for ghcr.io/acme', () => {
    const re = allow(['ghcr.io/acme']);
    it.each([
      'ghcr.io/acme/app:1',
      'ghcr.io/acme/app@sha256:' + 'a'.repeat(64),
      'ghcr.io/acme/team/app',
      'ghcr.io/acme:1',
      'ghcr.io/acme',
    ])('admits %s', (image) => expect(re.test(image)).toBe(true));
    it.each([
      'ghcr.io.evil.com/acme/app:1',
      'ghcr.io/acmeevil/app:1',
      'ghcr.io/acme-evil/app',
      'evilghcr.io/acme/app',
      'ghcr.io:443/acme/app',
      'ghcrXio/acme/app',
      'docker.io/acme/app',
      'acme/app',
      'nginx',
      'x/ghcr.io/acme/app',
    ])('refuses the look-alike %s', (image) => expect(re.test(image)).toBe(false));
  });

  describe('for a whole registry', () => {
    const re = allow(['registry.example.com:5000']);
    it('admits its repositories and refuses another port or a longer host', () => {
      expect(re.test('registry.example.com:5000/any/app:1')).toBe(true);
      expect(re.test('registry.example.com/any/app:1')).toBe(false);
      expect(re.test('registry.example.com:50001/any/app')).toBe(false);
      expect(re.test('registry.example.com:5000.evil.com/app')).toBe(false);
    });
  });

  describe('for Docker Hub', () => {
    it('reads short names as the runtime does (nginx is docker.io/library/nginx)', () => {
      const re = allow(['docker.io/library']);
      for (const i of [
        'nginx',
        'nginx:1.27',
        'library/nginx',
        'docker.io/library/nginx',
        'index.docker.io/library/nginx',
      ])
        expect({ i, ok: re.test(i) }).toEqual({ i, ok: true });
      for (const i of [
        'acme/app',
        'docker.io/acme/app',
        'libraryx/nginx',
        'docker.io.evil.com/library/nginx',
      ])
        expect({ i, ok: re.test(i) }).toEqual({ i, ok: false });
    });

    it('admits a Docker Hub organisation in both forms', () => {
      const re = allow(['docker.io/acme']);
      expect(re.test('acme/app:1')).toBe(true);
      expect(re.test('docker.io/acme/app:1')).toBe(true);
      expect(re.test('acmeevil/app:1')).toBe(false);
      expect(re.test('nginx')).toBe(false);
    });
  });
});

describe('generateAdmission with companions', () => {
  const companions = {
    allowedRegistries: ['ghcr.io/acme', 'registry.example.com:5000'],
    pullPolicyAlways: true,
    auditUnsigned: true,
    alert: true,
  };
  const out = generateAdmission(fullInput({ companions }));

  it('adds each companion in its Kyverno and CEL forms, after the signature policies', () => {
    expect(ids(out.objects).slice(-6)).toEqual([
      'kyverno.io/v1 ClusterPolicy acme-app-registries',
      'policies.kyverno.io/v1 ValidatingPolicy acme-app-registries',
      'kyverno.io/v1 ClusterPolicy acme-app-pull-always',
      'kyverno.io/v1 ClusterPolicy acme-app-audit',
      'policies.kyverno.io/v1 ImageValidatingPolicy acme-app-audit',
      'monitoring.coreos.com/v1 PrometheusRule acme-app-alerts',
    ]);
  });

  it('validates every companion against its upstream CRD with unknown fields rejected', () => {
    const validate = crdValidator();
    for (const o of out.objects)
      expect({ name: o.metadata.name, kind: o.kind, errors: validate(o) }).toEqual({
        name: o.metadata.name,
        kind: o.kind,
        errors: [],
      });
  });

  it('excludes the same namespaces as the enforcing policy', () => {
    const main = out.objects.find((o) => o.kind === 'ClusterPolicy' && o.metadata.name === 'acme-app')!;
    const excluded = (main.spec as Any).rules[0].exclude;
    for (const name of ['acme-app-registries', 'acme-app-pull-always', 'acme-app-audit']) {
      const o = out.objects.find((x) => x.kind === 'ClusterPolicy' && x.metadata.name === name)!;
      expect({ name, exclude: (o.spec as Any).rules[0].exclude }).toEqual({ name, exclude: excluded });
    }
  });

  it('mutates containers, init and ephemeral containers', () => {
    const o = out.objects.find((x) => x.metadata.name === 'acme-app-pull-always')!;
    const patch = (o.spec as Any).rules[0].mutate.patchStrategicMerge.spec;
    expect(Object.keys(patch).sort()).toEqual(['containers', 'ephemeralContainers', 'initContainers']);
  });

  it('audits cluster-wide, never blocks and never rewrites', () => {
    const o = out.objects.find((x) => x.kind === 'ClusterPolicy' && x.metadata.name === 'acme-app-audit')!;
    const v = (o.spec as Any).rules[0].verifyImages[0];
    expect(v).toMatchObject({ imageReferences: ['*'], failureAction: 'Audit', mutateDigest: false });
    expect((o.spec as Any).rules[0].match.any[0].resources.namespaceSelector).toBeUndefined();
  });

  it('alerts on the names of exactly the policies it generated', () => {
    const rule = out.objects.find((o) => o.kind === 'PrometheusRule')!;
    const exprs = ((rule.spec as Any).groups[0].rules as Any[]).map((r) => String(r.expr)).join('\n');
    const named = new Set<string>();
    for (const m of exprs.matchAll(/policy_name(?:=|=~)"([^"]+)"/g))
      for (const n of m[1]!.split('|')) named.add(n);
    const kyvernoNames = new Set(
      out.objects
        .filter((o) => ['ClusterPolicy', 'ImageValidatingPolicy'].includes(o.kind))
        .map((o) => o.metadata.name),
    );
    expect([...named].filter((n) => !kyvernoNames.has(n))).toEqual([]);
    expect(named).toEqual(
      new Set(['acme-app', 'acme-app-audit', 'acme-app-development', 'acme-app-production']),
    );
    expect(exprs).toContain('rule_result="fail"');
    expect(exprs).toContain('kyverno_policy_results_total');
    expect(exprs).toContain('kyverno_image_validating_policy_results_total');
  });

  it('watches only the ClusterPolicy when the CEL target is off', () => {
    const e = toAlertExpressions('app', {
      clusterPolicy: true,
      imageValidatingPolicies: false,
      audit: false,
    });
    expect(e.admitted).toBe(
      'sum by (policy_name, rule_name, resource_namespace) (increase(kyverno_policy_results_total{rule_result="fail", policy_name="app", rule_name=~"verify-development|autogen-verify-development|autogen-cronjob-verify-development"}[5m])) > 0',
    );
    expect(e.denied).toContain('rule_name=~"verify-production|');
  });

  it('refuses companions without a Kyverno target', () => {
    expect(() =>
      generateAdmission(fullInput({ companions: { pullPolicyAlways: true } }), ['policy-controller']),
    ).toThrow(/add the kyverno or kyverno-ivp target/);
  });

  it('writes nothing extra when no companion is asked for', () => {
    expect(ids(generateAdmission(fullInput({ companions: {} })).objects)).toEqual(
      ids(generateAdmission(fullInput()).objects),
    );
  });
});

describe('toJsPattern', () => {
  it("turns RE2's inline (?i) into both cases of each letter", async () => {
    const { toJsPattern } = await import('../../../src/cluster/crd-schema.ts');
    const re = new RegExp(toJsPattern('^(?i)(abort|warn)?$'));
    for (const s of ['abort', 'WARN', 'Warn', '']) expect({ s, ok: re.test(s) }).toEqual({ s, ok: true });
    expect(re.test('ignore')).toBe(false);
    expect(toJsPattern('^[a-z]+\\d$')).toBe('^[a-z]+\\d$');
  });
});
