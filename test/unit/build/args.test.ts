// The argv builders of every builder: table-driven, one flag per element, context after `--`, secret
// values only in the environment.
import { buildBuildxArgs } from '../../../src/build/buildx-args.ts';
import {
  buildBuildahBudArgs,
  buildBuildahPushArgs,
  parseBuildahDigestFile,
  toBuildahAuthFile,
} from '../../../src/build/buildah-args.ts';
import {
  buildDockerBuildArgs,
  buildDockerPushArgs,
  parseDockerPushOutput,
} from '../../../src/build/docker-args.ts';
import { buildSecretArgs, toCsvField } from '../../../src/build/secrets.ts';
import type { BuildInput } from '../../../src/build/build-input.ts';
import { parseReference } from '../../../src/registry/index.ts';
import { buildInput } from '../../support/build-input.ts';

const base = (over: Partial<BuildInput> = {}): BuildInput =>
  buildInput({ tags: [parseReference('ghcr.io/acme/app:1.0')], ...over });

describe('buildBuildxArgs', () => {
  it('builds the minimal push', () => {
    expect(buildBuildxArgs(base(), '/w/meta.json')).toEqual({
      argv: [
        'buildx',
        'build',
        '--tag=ghcr.io/acme/app:1.0',
        '--metadata-file=/w/meta.json',
        '--push',
        '--',
        '.',
      ],
      env: {},
    });
  });

  it('passes every input as its own --flag=value, in build-push-action order', () => {
    const { argv, env } = buildBuildxArgs(
      base({
        buildxBuilder: 'ci',
        annotations: ['index:org.opencontainers.image.title=x'],
        buildArgs: [{ key: 'A', value: 'a b; $(x)' }],
        cacheFrom: ['type=registry,ref=ghcr.io/acme/cache'],
        cacheTo: ['type=inline'],
        file: 'docker/Dockerfile',
        labels: [{ key: 'l', value: 'v=w' }],
        platforms: ['linux/amd64', 'linux/arm64/v8'],
        provenance: 'mode=max',
        sbom: 'true',
        secrets: [
          { id: 'tok', value: 's3cret' },
          { id: 'npmrc', src: '/home/me/.npmrc' },
        ],
        tags: [parseReference('ghcr.io/acme/app:1'), parseReference('docker.io/acme/app:latest')],
        target: 'prod',
        context: '-weird',
      }),
      '/w/m.json',
    );
    expect(argv).toEqual([
      'buildx',
      'build',
      '--builder=ci',
      '--annotation=index:org.opencontainers.image.title=x',
      '--build-arg=A=a b; $(x)',
      '--cache-from=type=registry,ref=ghcr.io/acme/cache',
      '--cache-to=type=inline',
      '--file=docker/Dockerfile',
      '--label=l=v=w',
      '--platform=linux/amd64,linux/arm64/v8',
      '--provenance=mode=max',
      '--sbom=true',
      '--secret=id=tok,env=SIGNET_BUILD_SECRET_0',
      '--secret=id=npmrc,src=/home/me/.npmrc',
      '--tag=ghcr.io/acme/app:1',
      '--tag=docker.io/acme/app:latest',
      '--target=prod',
      '--metadata-file=/w/m.json',
      '--push',
      '--',
      '-weird',
    ]);
    expect(env).toEqual({ SIGNET_BUILD_SECRET_0: 's3cret' });
    expect(argv.join(' ')).not.toContain('s3cret');
  });

  it.each([
    ['no tags', { tags: [] }, 'BUILD_INVALID_INPUT', 'tags:'],
    ['stdin context', { context: '-' }, 'BUILD_INVALID_INPUT', 'context:'],
    ['a bad build-arg key', { buildArgs: [{ key: 'A B', value: '' }] }, 'BUILD_INVALID_INPUT', 'build-args:'],
    ['a bad platform', { platforms: ['amd64'] }, 'BUILD_INVALID_INPUT', 'platforms: "amd64"'],
    ['a bad secret id', { secrets: [{ id: 'a,b', value: 'x' }] }, 'BUILD_INVALID_INPUT', 'secrets:'],
    [
      'a repeated secret id',
      {
        secrets: [
          { id: 'a', value: 'x' },
          { id: 'a', value: 'y' },
        ],
      },
      'BUILD_INVALID_INPUT',
      'twice',
    ],
  ] as const)('refuses %s', (_name, over, code, message) => {
    expect(() => buildBuildxArgs(base(over as Partial<BuildInput>), '/m')).toThrow(
      expect.objectContaining({ code, message: expect.stringContaining(message) }),
    );
  });
});

describe("outputs (build-push-action's `outputs`)", () => {
  it('passes each spec as its own --output, after the labels, beside the push', () => {
    const { argv } = buildBuildxArgs(
      base({
        labels: [{ key: 'l', value: 'v' }],
        outputs: ['type=image,compression=zstd,oci-mediatypes=true', 'type=local,dest=out/files'],
        platforms: ['linux/amd64'],
      }),
      '/m',
    );
    expect(argv).toEqual([
      'buildx',
      'build',
      '--label=l=v',
      '--output=type=image,compression=zstd,oci-mediatypes=true',
      '--output=type=local,dest=out/files',
      '--platform=linux/amd64',
      '--tag=ghcr.io/acme/app:1.0',
      '--metadata-file=/m',
      '--push',
      '--',
      '.',
    ]);
  });

  it.each([
    ['another name', 'type=image,name=ghcr.io/evil/app:1,push=true', 'put the name in tags'],
    ['another name (names=)', 'type=registry,names=ghcr.io/evil/app', 'put the name in tags'],
    ['an untagged push', 'type=image,push-by-digest=true,push=true', 'leave push-by-digest out'],
    ['stdout', 'type=tar,dest=-', 'give dest=PATH'],
    ['a bare -', '-', 'give a destination'],
  ])('refuses %s with one line naming the input', (_what, spec, says) => {
    expect(() => buildBuildxArgs(base({ outputs: [spec] }), '/m')).toThrow(
      expect.objectContaining({
        code: 'BUILD_INVALID_INPUT',
        message: expect.stringMatching(new RegExp(`^outputs: ".*": .*${says}`)),
      }),
    );
  });

  it('is refused by builder: docker and builder: buildah', () => {
    expect(() =>
      buildDockerBuildArgs(base({ builder: 'docker', outputs: ['type=local,dest=o'] }), '/i'),
    ).toThrow(expect.objectContaining({ message: expect.stringMatching(/^outputs: .*use builder: buildx/) }));
    expect(() =>
      buildBuildahBudArgs(base({ builder: 'buildah', outputs: ['type=local,dest=o'] }), {
        iidFile: '/i',
        tlsVerify: true,
      }),
    ).toThrow(expect.objectContaining({ message: expect.stringMatching(/^outputs: .*use builder: buildx/) }));
  });
});

describe('toCsvField', () => {
  it.each([
    ['src=/a/b', 'src=/a/b'],
    ['src=/a,b', '"src=/a,b"'],
    ['src=/a"b', '"src=/a""b"'],
  ])('%s → %s', (input, out) => expect(toCsvField(input)).toBe(out));

  it('quotes a secret file path with a comma', () => {
    expect(buildSecretArgs([{ id: 'f', src: '/x,y' }]).specs).toEqual(['id=f,"src=/x,y"']);
  });
});

describe('buildDockerBuildArgs', () => {
  it('builds a classic build with the iid file and the context after --', () => {
    expect(
      buildDockerBuildArgs(
        base({
          builder: 'docker',
          buildArgs: [{ key: 'A', value: '1' }],
          labels: [{ key: 'l', value: 'v' }],
          platforms: ['linux/arm64'],
          cacheFrom: ['ghcr.io/acme/app:cache'],
          file: 'Dockerfile.x',
          target: 't',
          provenance: 'false',
        }),
        '/w/iid',
      ),
    ).toEqual([
      'build',
      '--build-arg=A=1',
      '--cache-from=ghcr.io/acme/app:cache',
      '--file=Dockerfile.x',
      '--label=l=v',
      '--platform=linux/arm64',
      '--tag=ghcr.io/acme/app:1.0',
      '--target=t',
      '--iidfile=/w/iid',
      '--',
      '.',
    ]);
    expect(buildDockerPushArgs('ghcr.io/acme/app:1.0')).toEqual(['push', 'ghcr.io/acme/app:1.0']);
  });

  it.each([
    ['platforms', { platforms: ['linux/amd64', 'linux/arm64'] }],
    ['annotations', { annotations: ['a=b'] }],
    ['secrets', { secrets: [{ id: 'a', value: 'b' }] }],
    ['cache-to', { cacheTo: ['type=inline'] }],
    ['provenance', { provenance: 'true' }],
    ['sbom', { sbom: 'generator=x' }],
    ['builder', { buildxBuilder: 'ci' }],
  ] as const)('refuses %s and points to buildx', (name, over) => {
    expect(() =>
      buildDockerBuildArgs(base({ builder: 'docker', ...(over as Partial<BuildInput>) }), '/i'),
    ).toThrow(
      expect.objectContaining({
        code: 'BUILD_INVALID_INPUT',
        message: expect.stringMatching(new RegExp(`^${name}: .*use builder: buildx`)),
      }),
    );
  });
});

describe('parseDockerPushOutput', () => {
  it('reads the digest line of a real docker push (20.10 engine)', () => {
    const out = [
      'The push refers to repository [127.0.0.1:45049/bed/hello]',
      '5f70bf18a086: Pushed',
      'basic: digest: sha256:d3a5a0e008e3e2b47154b10c404304311090d7a15d9e57930067741fcc85e5f2 size: 527',
      '',
    ].join('\n');
    expect(parseDockerPushOutput(out, 'x')).toEqual({
      digest: 'sha256:d3a5a0e008e3e2b47154b10c404304311090d7a15d9e57930067741fcc85e5f2',
      size: 527,
    });
  });

  it('fails with BUILD_INVALID_OUTPUT without a digest line', () => {
    expect(() => parseDockerPushOutput('Everything up-to-date\n', 'a:b')).toThrow(
      expect.objectContaining({ code: 'BUILD_INVALID_OUTPUT' }),
    );
  });
});

describe('buildah argv', () => {
  const input = base({
    builder: 'buildah',
    tags: [parseReference('127.0.0.1:5000/a/b:1'), parseReference('127.0.0.1:5000/a/b:2')],
    secrets: [{ id: 's', value: 'v' }],
    annotations: ['k=v'],
  });

  it('builds bud with every tag, secrets through the environment, and no TLS for an insecure registry', () => {
    expect(buildBuildahBudArgs(input, { iidFile: '/w/iid', tlsVerify: false })).toEqual({
      argv: [
        'bud',
        '--annotation=k=v',
        '--secret=id=s,env=SIGNET_BUILD_SECRET_0',
        '--tag=127.0.0.1:5000/a/b:1',
        '--tag=127.0.0.1:5000/a/b:2',
        '--tls-verify=false',
        '--iidfile=/w/iid',
        '--',
        '.',
      ],
      env: { SIGNET_BUILD_SECRET_0: 'v' },
    });
    expect(
      buildBuildahPushArgs(input, input.tags[1]!, {
        digestFile: '/w/d',
        tlsVerify: true,
        authFile: '/c/config.json',
      }),
    ).toEqual([
      'push',
      '--digestfile=/w/d',
      '--authfile=/c/config.json',
      '--',
      '127.0.0.1:5000/a/b:2',
      'docker://127.0.0.1:5000/a/b:2',
    ]);
  });

  it('builds into one manifest list for several platforms and pushes it whole', () => {
    const multi = { ...input, platforms: ['linux/amd64', 'linux/arm64'], secrets: [] };
    expect(buildBuildahBudArgs(multi, { iidFile: '/i', tlsVerify: true }).argv).toEqual([
      'bud',
      '--annotation=k=v',
      '--platform=linux/amd64,linux/arm64',
      '--manifest=127.0.0.1:5000/a/b:1',
      '--',
      '.',
    ]);
    expect(buildBuildahPushArgs(multi, multi.tags[1]!, { digestFile: '/d', tlsVerify: false })).toEqual([
      'manifest',
      'push',
      '--all',
      '--digestfile=/d',
      '--tls-verify=false',
      '--',
      '127.0.0.1:5000/a/b:1',
      'docker://127.0.0.1:5000/a/b:2',
    ]);
  });

  it.each([
    ['provenance', { provenance: 'mode=max' }],
    ['sbom', { sbom: 'true' }],
    ['cache-from', { cacheFrom: ['a', 'b'] }],
  ] as const)('refuses %s', (name, over) => {
    expect(() =>
      buildBuildahBudArgs({ ...input, ...(over as Partial<BuildInput>) }, { iidFile: '/i', tlsVerify: true }),
    ).toThrow(
      expect.objectContaining({ code: 'BUILD_INVALID_INPUT', message: expect.stringContaining(`${name}:`) }),
    );
  });

  it('points buildah at DOCKER_CONFIG unless REGISTRY_AUTH_FILE is set', () => {
    expect(toBuildahAuthFile({ DOCKER_CONFIG: '/c/' })).toBe('/c/config.json');
    expect(toBuildahAuthFile({ DOCKER_CONFIG: '/c', REGISTRY_AUTH_FILE: '/a.json' })).toBeUndefined();
    expect(toBuildahAuthFile({})).toBeUndefined();
  });

  it('reads the digest file buildah writes', () => {
    const d = `sha256:${'a'.repeat(64)}`;
    expect(parseBuildahDigestFile(`${d}\n`)).toBe(d);
    expect(() => parseBuildahDigestFile('')).toThrow(
      expect.objectContaining({ code: 'BUILD_INVALID_OUTPUT' }),
    );
  });
});

describe('a build without push (buildWithoutPush: a fork pull request)', () => {
  it('leaves out --push, so buildx keeps the result in the builder', () => {
    const { argv } = buildBuildxArgs(base({ push: false }), '/m');
    expect(argv).not.toContain('--push');
    expect(argv.slice(-2)).toEqual(['--', '.']);
  });
});
