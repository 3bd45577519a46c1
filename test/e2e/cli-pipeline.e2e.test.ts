// The pipeline through the `signet` binary, stage by stage, on the test bed: build and push with the
// bed's Docker engine, SBOM generated from the pushed layers, the SBOM and SLSA provenance (built from a
// GitHub Actions run context) attested keyless, and the real cosign verify-attestation accepting both.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { run } from '../support/run.ts';
import { signet } from '../support/cli.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
let bed: Bed;
beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous'], docker: true, sigstore: true, oidc: true });
});
afterAll(async () => {
  await bed?.stop();
});

it('build → sbom → attest (SBOM and provenance) → cosign verify-attestation', async () => {
  const reg = bed.registries.anonymous!;
  const work = mkdtempSync(join(bed.dir, 'pipeline-'));
  const ctx = join(work, 'ctx');
  await run(['mkdir', '-p', join(ctx, 'node_modules', 'left-pad')]);
  writeFileSync(
    join(ctx, 'node_modules', 'left-pad', 'package.json'),
    JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
  );
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY node_modules /app/node_modules\n');
  const env = {
    ...bed.docker!.env,
    DOCKER_CONFIG: reg.dockerConfigDir,
    DOCKER_BUILDKIT: '0',
    HOME: work,
    TUF_ROOT: join(work, 'tuf'),
  };

  const built = await signet(
    ['build', '--builder=docker', '--tags', `${reg.host}/pipeline/app:1`, '--output=json', ctx],
    { env },
  );
  expect(built.code).toBe(0);
  const { image, digest } = JSON.parse(built.stdout) as { image: string; digest: string };
  expect(image).toBe(`${reg.host}/pipeline/app@${digest}`);

  const sbom = await signet(['sbom', '--source=generate', '--output-dir', join(work, 'sbom'), image], {
    env,
  });
  expect(sbom.code).toBe(0);
  const file = sbom.stderr.trim().split('\t').pop()!;
  const bom = JSON.parse(readFileSync(join(work, 'sbom', file), 'utf8'));
  expect(bom.bomFormat).toBe('CycloneDX');
  expect(bom.components.map((c: { purl: string }) => c.purl)).toContain('pkg:npm/left-pad@1.3.0');

  const s = bed.sigstore!;
  const keyless = [
    `--identity-token=${bed.oidc!.githubToken()}`,
    `--fulcio-url=${s.fulcioURL}`,
    `--rekor-url=${s.rekorURL}`,
  ];
  const attested = await signet(
    ['attest', ...keyless, '--type=cyclonedx', '--predicate', join(work, 'sbom', file), image],
    { env },
  );
  expect(attested.code).toBe(0);

  const github = {
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'signet-bed/app',
    GITHUB_WORKFLOW_REF: GITHUB_JOB_WORKFLOW_REF,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
  };
  const provenance = await signet(['attest', ...keyless, '--type=slsaprovenance1', image], {
    env: { ...env, ...github },
  });
  expect(provenance.code).toBe(0);

  const identity = [
    `--certificate-identity=${IDENTITY}`,
    `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
    `--trusted-root=${s.trustedRootPath}`,
  ];
  for (const type of ['cyclonedx', 'slsaprovenance1']) {
    const v = await run(
      [
        toolPath('cosign'),
        'verify-attestation',
        '--allow-http-registry',
        `--type=${type}`,
        ...identity,
        image,
      ],
      { env },
    );
    expect(v.code).toBe(0);
  }
  const v = await signet(['verify-attestation', '--type=slsaprovenance1', ...identity, image], { env });
  expect(v.code).toBe(0);
  const statement = JSON.parse(v.stdout.trim().split('\n')[0]!);
  expect(statement.predicate.buildDefinition.resolvedDependencies[0]).toEqual({
    uri: 'git+https://github.com/signet-bed/app@refs/heads/main',
    digest: { gitCommit: 'a'.repeat(40) },
  });
});

it('signet build refuses a build it could not sign: --push=false, with one line', async () => {
  const r = await signet(['build', '--builder=docker', '--push=false', '--tags', 'example.com/a:1', '.']);
  expect(r.code).not.toBe(0);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
});

describe('signet run: the whole pipeline in one command (the code the Action and the component run)', () => {
  const app = () => {
    const work = mkdtempSync(join(bed.dir, 'run-'));
    writeFileSync(join(work, 'Dockerfile'), 'FROM scratch\nCOPY Dockerfile /Dockerfile\n');
    const env = {
      ...bed.docker!.env,
      DOCKER_CONFIG: bed.registries.anonymous!.dockerConfigDir,
      DOCKER_BUILDKIT: '0',
      HOME: work,
      TUF_ROOT: join(work, 'tuf'),
    };
    return { work, env };
  };

  it('with a cosign key and no tlog: cosign verify --key accepts what it signed', async () => {
    const { work, env } = app();
    const keys = await signet(['generate-key-pair'], { env: { ...env, COSIGN_PASSWORD: 'pw' }, cwd: work });
    expect(keys.code).toBe(0);
    const tag = `${bed.registries.anonymous!.host}/run/key:1`;
    const r = await signet(
      [
        'run',
        '--build=docker',
        `--tags=${tag}`,
        '--key=cosign.key',
        '--tlog-upload=false',
        '--attest-provenance=false',
        '--output=json',
        work,
      ],
      { env: { ...env, COSIGN_PASSWORD: 'pw' }, cwd: work },
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, string>;
    expect(out).toMatchObject({ schema: 'signet.run/v1', verified: 'true' });
    expect(out.image).toBe(`${bed.registries.anonymous!.host}/run/key@${out.digest}`);
    expect(r.stderr).not.toContain('pw');
    for (const extra of [[], ['--new-bundle-format=false']]) {
      const v = await run(
        [
          toolPath('cosign'),
          'verify',
          '--allow-http-registry',
          '--key=cosign.pub',
          '--insecure-ignore-tlog=true',
          ...extra,
          out.image!,
        ],
        { env, cwd: work },
      );
      expect(v.code).toBe(0);
    }
  });

  it('verifies against the identity given: a wrong one fails the run and writes no admission objects', async () => {
    const { work, env } = app();
    const s = bed.sigstore!;
    const r = await signet(
      [
        'run',
        '--build=docker',
        `--tags=${bed.registries.anonymous!.host}/run/keyless:1`,
        `--identity-token=${bed.oidc!.githubToken()}`,
        `--fulcio-url=${s.fulcioURL}`,
        `--rekor-url=${s.rekorURL}`,
        `--trusted-root=${s.trustedRootPath}`,
        '--certificate-identity=https://github.com/someone/else/.github/workflows/x.yml@refs/heads/main',
        `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
        '--admission=kyverno',
        '--attest-provenance=false',
        '--output=json',
        work,
      ],
      { env, cwd: work },
    );
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Record<string, string | null>;
    expect(out.verified).toBe('false');
    expect(out['policy-path']).toBeNull();
    const report = JSON.parse(readFileSync(out['report-path']!, 'utf8'));
    expect(report.rejected.map((x: { code: string }) => x.code)).toContain('VERIFY_IDENTITY_MISMATCH');
  });
});
