import { parse } from 'yaml';
import { generateAdmission, toGitOpsFiles } from '../../../src/cluster/index.ts';
import { fullInput } from './fixtures.ts';

describe('toGitOpsFiles', () => {
  const gen = generateAdmission(fullInput());
  const files = toGitOpsFiles(gen.objects, { connaisseurValues: gen.connaisseurValues });

  it('writes one file per object with stable names, sorted, plus a kustomization in apply order', () => {
    expect(files.map((f) => f.path)).toEqual([
      'clusterimagepolicy-acme-app-aaaaaaaaaaaa.yaml',
      'clusterimagepolicy-acme-app-build.yaml',
      'clusterimagepolicy-acme-app-release.yaml',
      'clusterpolicy-acme-app.yaml',
      'imagevalidatingpolicy-acme-app-development.yaml',
      'imagevalidatingpolicy-acme-app-production.yaml',
      'policyexception-kyverno-acme-app-bypass-ivp.yaml',
      'policyexception-kyverno-acme-app-bypass.yaml',
      'trustroot-acme-app-trust-root.yaml',
      'kustomization.yaml',
      'connaisseur-values.yaml',
    ]);
    const kustomization = parse(files.find((f) => f.path === 'kustomization.yaml')?.content ?? '');
    expect(kustomization.resources[0]).toBe('trustroot-acme-app-trust-root.yaml');
    expect(kustomization.resources).toHaveLength(gen.objects.length);
  });

  it('round-trips each object exactly', () => {
    for (const o of gen.objects) {
      const f = files.find(
        (x) => x.path.endsWith(`-${o.metadata.name}.yaml`) && x.path.startsWith(o.kind.toLowerCase()),
      );
      expect(parse(f?.content ?? '')).toEqual(o);
    }
  });

  it('is byte-for-byte the same when regenerated', () => {
    expect(
      toGitOpsFiles(generateAdmission(fullInput()).objects, { connaisseurValues: gen.connaisseurValues }),
    ).toEqual(files);
  });
});
