import { inspect } from 'node:util';
import type { ExecFile, ExecOptions } from '../../../../src/build/exec.ts';
import {
  parseHelperOutput,
  resolveCredential,
  toCiCredentialSources,
  toConfigHost,
  toDockerConfigPath,
  type CredentialSources,
} from '../../../../src/registry/transport/credentials.ts';

const b64 = (s: string) => Buffer.from(s).toString('base64');

function fakeExec(answers: Record<string, { code: number; stdout: string; stderr?: string }>) {
  const calls: { argv: string[]; opts?: ExecOptions }[] = [];
  const exec: ExecFile = async (argv, opts) => {
    calls.push({ argv, opts });
    const a = answers[argv[0]!];
    if (!a) throw Object.assign(new Error(`spawn ${argv[0]} ENOENT`), { code: 'ENOENT' });
    return { stderr: '', ...a };
  };
  return { exec, calls };
}

describe('toConfigHost', () => {
  it.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['index.docker.io', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['https://ghcr.io', 'ghcr.io'],
    ['http://127.0.0.1:5000/v2/', '127.0.0.1:5000'],
    ['GHCR.IO', 'ghcr.io'],
  ])('%s → %s', (k, want) => {
    expect(toConfigHost(k)).toBe(want);
  });
});

describe('resolveCredential', () => {
  const config = JSON.stringify({
    auths: {
      'ghcr.io': { auth: b64('cfg-user:cfg-pass') },
      'https://index.docker.io/v1/': { auth: b64('hub:hubpass') },
      'registry.example.com:5000': { identitytoken: 'refresh' },
      'tok.example.com': { registrytoken: 'bearer-xyz' },
      'ghcr.io.evil.com': { auth: b64('evil:evil') },
    },
    credHelpers: { 'gcr.io': 'gcloud' },
  });

  it.each<[string, CredentialSources, Record<string, unknown> | undefined]>([
    ['ghcr.io', { dockerConfigJson: config }, { username: 'cfg-user', password: 'cfg-pass' }],
    ['docker.io', { dockerConfigJson: config }, { username: 'hub', password: 'hubpass' }],
    ['registry.example.com:5000', { dockerConfigJson: config }, { identityToken: 'refresh' }],
    ['tok.example.com', { dockerConfigJson: config }, { registryToken: 'bearer-xyz' }],
    // Exact host[:port] only: no port, other port, suffixes and prefixes never match.
    ['registry.example.com', { dockerConfigJson: config }, undefined],
    ['registry.example.com:5001', { dockerConfigJson: config }, undefined],
    ['evil.com', { dockerConfigJson: config }, undefined],
    ['io', { dockerConfigJson: config }, undefined],
    // Explicit input wins over the docker config; the docker config wins over GITHUB_TOKEN.
    [
      'ghcr.io',
      { dockerConfigJson: config, explicit: [{ registry: 'ghcr.io', username: 'in', password: 'put' }] },
      { username: 'in', password: 'put' },
    ],
    [
      'ghcr.io',
      { dockerConfigJson: config, github: { token: 'ght', username: 'octo' } },
      { username: 'cfg-user' },
    ],
    [
      'ghcr.io',
      { github: { token: 'ght', username: 'octo' } },
      { username: 'octo', password: 'ght', source: 'GITHUB_TOKEN' },
    ],
    // GITHUB_TOKEN is for ghcr.io only; CI_REGISTRY creds for CI_REGISTRY only.
    ['docker.io', { github: { token: 'ght' } }, undefined],
    [
      'registry.gitlab.com',
      { gitlab: { registry: 'registry.gitlab.com', username: 'gitlab-ci-token', password: 'job' } },
      { username: 'gitlab-ci-token', password: 'job' },
    ],
    [
      'ghcr.io',
      { gitlab: { registry: 'registry.gitlab.com', username: 'gitlab-ci-token', password: 'job' } },
      undefined,
    ],
    [
      '127.0.0.1:5000',
      { explicit: [{ registry: '127.0.0.1:5001', username: 'a', password: 'b' }] },
      undefined,
    ],
  ])('for %s from %j', async (registry, sources, want) => {
    const { exec } = fakeExec({});
    const got = await resolveCredential(registry, sources, { exec });
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toMatchObject(want);
  });

  it('asks the credential helper named for the host, with the host on stdin', async () => {
    const { exec, calls } = fakeExec({
      'docker-credential-gcloud': {
        code: 0,
        stdout: '{"ServerURL":"gcr.io","Username":"oauth2accesstoken","Secret":"ya29"}',
      },
    });
    const got = await resolveCredential(
      'gcr.io',
      { dockerConfigJson: config },
      { exec, helperEnv: { PATH: '/bin' } },
    );
    expect(got).toMatchObject({
      username: 'oauth2accesstoken',
      password: 'ya29',
      source: 'docker-credential-gcloud',
    });
    expect(calls).toEqual([
      {
        argv: ['docker-credential-gcloud', 'get'],
        opts: { input: 'gcr.io', env: { PATH: '/bin' }, timeoutMs: 30_000 },
      },
    ]);
  });

  it("asks credsStore with Docker Hub's server URL, and falls back to auths when it has nothing", async () => {
    const cfg = JSON.stringify({
      credsStore: 'desktop',
      auths: { 'https://index.docker.io/v1/': { auth: b64('a:b') } },
    });
    const { exec, calls } = fakeExec({
      'docker-credential-desktop': { code: 1, stdout: 'credentials not found in native keychain\n' },
    });
    const got = await resolveCredential('docker.io', { dockerConfigJson: cfg }, { exec });
    expect(calls[0]?.opts?.input).toBe('https://index.docker.io/v1/');
    expect(got).toMatchObject({ username: 'a', password: 'b' });
  });

  it('refuses a helper name that is a path', async () => {
    const cfg = JSON.stringify({ credsStore: '../../tmp/evil' });
    const { exec, calls } = fakeExec({});
    await expect(resolveCredential('ghcr.io', { dockerConfigJson: cfg }, { exec })).rejects.toMatchObject({
      code: 'REGISTRY_CREDENTIALS',
    });
    expect(calls).toEqual([]);
  });

  it('names the missing helper and the fix', async () => {
    const { exec } = fakeExec({});
    await expect(resolveCredential('gcr.io', { dockerConfigJson: config }, { exec })).rejects.toThrow(
      /running docker-credential-gcloud for gcr\.io: spawn docker-credential-gcloud ENOENT; install it or remove "gcloud"/,
    );
  });

  it('names the config file when it is not JSON', async () => {
    const { exec } = fakeExec({});
    await expect(
      resolveCredential(
        'ghcr.io',
        { dockerConfigJson: '{', dockerConfigPath: '/h/.docker/config.json' },
        { exec },
      ),
    ).rejects.toThrow('reading /h/.docker/config.json: not valid JSON');
  });

  it('never shows the secret when serialised or inspected', async () => {
    const { exec } = fakeExec({});
    const got = await resolveCredential(
      'ghcr.io',
      { explicit: [{ registry: 'ghcr.io', username: 'u', password: 'hunter2' }] },
      { exec },
    );
    expect(JSON.stringify(got)).not.toContain('hunter2');
    expect(inspect(got)).not.toContain('hunter2');
    expect(`${JSON.stringify({ nested: got })}`).not.toContain('hunter2');
  });
});

describe('parseHelperOutput', () => {
  // Recorded answers of docker-credential-helpers (pass, secretservice, desktop).
  it.each([
    [
      { code: 0, stdout: '{"ServerURL":"ghcr.io","Username":"u","Secret":"s"}\n', stderr: '' },
      { username: 'u', password: 's' },
    ],
    [
      { code: 0, stdout: '{"ServerURL":"x","Username":"<token>","Secret":"refresh"}', stderr: '' },
      { identityToken: 'refresh' },
    ],
    [{ code: 1, stdout: 'credentials not found in native keychain\n', stderr: '' }, undefined],
    [{ code: 0, stdout: '{"ServerURL":"","Username":"","Secret":""}', stderr: '' }, undefined],
  ])('reads %j', (res, want) => {
    const got = parseHelperOutput('docker-credential-x', 'ghcr.io', res);
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toMatchObject(want);
  });
  it('reports other failures with the first line of stderr', () => {
    expect(() =>
      parseHelperOutput('docker-credential-pass', 'ghcr.io', {
        code: 1,
        stdout: '',
        stderr: 'gpg: decryption failed\nmore',
      }),
    ).toThrow('docker-credential-pass get ghcr.io: exit 1: gpg: decryption failed');
  });
});

describe('toDockerConfigPath', () => {
  it.each([
    [{ DOCKER_CONFIG: '/cfg/', HOME: '/home/u' }, '/cfg/config.json'],
    [{ HOME: '/home/u' }, '/home/u/.docker/config.json'],
    [{}, undefined],
  ])('%j → %s', (env, want) => {
    expect(toDockerConfigPath(env)).toBe(want);
  });
});

describe('toCiCredentialSources', () => {
  it('takes GITHUB_TOKEN with the actor, and CI_REGISTRY_* only when all three are set', () => {
    expect(toCiCredentialSources({ GITHUB_TOKEN: 't', GITHUB_ACTOR: 'octo' })).toEqual({
      github: { token: 't', username: 'octo' },
    });
    expect(
      toCiCredentialSources({ CI_REGISTRY: 'registry.gitlab.com', CI_REGISTRY_USER: 'gitlab-ci-token' }),
    ).toEqual({});
    expect(
      toCiCredentialSources({ CI_REGISTRY: 'r', CI_REGISTRY_USER: 'u', CI_REGISTRY_PASSWORD: 'p' }),
    ).toEqual({
      gitlab: { registry: 'r', username: 'u', password: 'p' },
    });
  });
});
