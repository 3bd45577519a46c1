// Secrets reach only the processes that need them (issue 11 item 10): the key password, OIDC tokens,
// GitHub/GitLab tokens and registry passwords are not in the environment of docker, buildx, buildah or
// a docker credential helper, and registry credentials reach a builder only through the private
// docker config Signet writes. The builders and the helper here are stand-in scripts that dump their
// environment (and the docker config they were pointed at) and fail: no real builder can report what
// it was given.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signetFromSource } from '../support/cli.ts';
import { startHostileServer, type HostileServer } from '../support/hostile-server.ts';

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const PLANTED = {
  COSIGN_PASSWORD: 'planted-cosign-password-7f3a',
  SIGSTORE_ID_TOKEN: `${b64('{"alg":"RS256"}')}.${b64('{"iss":"https://planted","aud":"sigstore","sub":"planted-oidc-9c1e"}')}.c2ln`,
  GITHUB_TOKEN: 'ghs_plantedGithubToken4b2d',
  GH_TOKEN: 'ghp_plantedGhToken8e0f',
  GITLAB_TOKEN: 'glpat-plantedGitlabToken1a9c',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'planted-id-request-token-5d7b',
  CI_JOB_TOKEN: 'planted-ci-job-token-3e6a',
  CI_REGISTRY_PASSWORD: 'planted-ci-registry-password-2c8f',
  'INPUT_KEY-PASSWORD': 'planted-input-key-password-6b1d',
  'INPUT_GITHUB-TOKEN': 'planted-input-github-token-0a4e',
  SIGNET_REGISTRY_PASSWORD: 'planted-registry-password-9f2b',
};
const SECRET_VALUES = Object.values(PLANTED);

let dir: string;
let dumps: string;
let registry: HostileServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signet-secret-env-'));
  dumps = join(dir, 'dumps');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  mkdirSync(dumps);
  // Stand-ins for docker (buildx too: `docker buildx …`), buildah and a credential helper.
  const dumpScript = (name: string, tail: string) =>
    [
      '#!/bin/sh',
      `f="${dumps}/${name}-$$"`,
      'env > "$f.env"',
      'if [ -n "$DOCKER_CONFIG" ] && [ -f "$DOCKER_CONFIG/config.json" ]; then cp "$DOCKER_CONFIG/config.json" "$f.config"; fi',
      tail,
      '',
    ].join('\n');
  for (const name of ['docker', 'buildah']) {
    writeFileSync(join(bin, name), dumpScript(name, 'echo "stand-in $0 refuses to build" >&2; exit 1'));
    chmodSync(join(bin, name), 0o755);
  }
  writeFileSync(
    join(bin, 'docker-credential-dump'),
    dumpScript('helper', 'cat >/dev/null; echo \'{"Username":"u","Secret":"helper-secret"}\''),
  );
  chmodSync(join(bin, 'docker-credential-dump'), 0o755);
  // A registry that asks for credentials for everything (so that the credential helper runs).
  registry = await startHostileServer(
    '127.0.0.1',
    (_req, res) =>
      void res
        .writeHead(401, { 'www-authenticate': 'Basic realm="r"', 'content-type': 'application/json' })
        .end('{"errors":[{"code":"UNAUTHORIZED","message":"no"}]}'),
  );
});
afterAll(async () => {
  await registry?.stop();
});

/** The env dumps (and docker configs) the stand-ins wrote since `before`. */
function dumped(prefix: string): { env: string; config?: string }[] {
  return readdirSync(dumps)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.env'))
    .map((f) => {
      const base = join(dumps, f.slice(0, -4));
      let config: string | undefined;
      try {
        config = readFileSync(`${base}.config`, 'utf8');
      } catch {
        config = undefined;
      }
      return { env: readFileSync(`${base}.env`, 'utf8'), config };
    });
}

const baseEnv = (home: string) => ({
  PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
  HOME: home,
  ...PLANTED,
  SIGNET_REGISTRY_USERNAME: 'planted-user',
});

describe.each([
  ['signet build --builder docker', ['build', '--builder', 'docker'], 'docker'],
  ['signet build --builder buildx', ['build', '--builder', 'buildx'], 'docker'],
  ['signet build --builder buildah', ['build', '--builder', 'buildah'], 'buildah'],
  ['signet run --build docker', ['run', '--build', 'docker'], 'docker'],
])('%s', (_name, args, tool) => {
  it('runs the builder without any of Signet’s secrets, registry credentials only in its private docker config', async () => {
    const home = mkdtempSync(join(dir, 'home-'));
    const keyPw = join(home, 'pw');
    writeFileSync(keyPw, 'planted-key-password-file-4c4c\n');
    for (const f of readdirSync(dumps)) if (f.startsWith(`${tool}-`)) writeFileSync(join(dumps, f), '');
    const r = await signetFromSource(
      [
        ...args,
        '--tags',
        `${registry.host}/acme/app:1`,
        // Service URLs given (unreachable): the run builds before it signs, with no TUF lookup first.
        ...(args[0] === 'run'
          ? [
              '--key-password-file',
              keyPw,
              '--fulcio-url',
              'http://127.0.0.1:9',
              '--rekor-url',
              'http://127.0.0.1:9',
            ]
          : []),
        home,
      ],
      { env: baseEnv(home), cwd: home },
    );
    expect(r.code).toBe(1);
    const runs = dumped(tool).filter((d) => d.env !== '');
    expect(runs.length).toBeGreaterThan(0);
    for (const d of runs) {
      for (const secret of [...SECRET_VALUES, 'planted-key-password-file-4c4c'])
        expect(d.env).not.toContain(secret);
      expect(d.env).toMatch(/^PATH=/m);
      // The login reached the builder through its private docker config, and only there.
      const dockerConfig = /^DOCKER_CONFIG=(.*)$/m.exec(d.env)?.[1];
      expect(dockerConfig).toBeDefined();
      expect(dockerConfig!.startsWith(home)).toBe(false);
      expect(d.config).toContain(
        Buffer.from(`planted-user:${PLANTED.SIGNET_REGISTRY_PASSWORD}`).toString('base64'),
      );
    }
    for (const secret of SECRET_VALUES) expect(r.stderr + r.stdout).not.toContain(secret);
  });
});

describe('a docker credential helper', () => {
  it('runs without any of Signet’s secrets', async () => {
    const home = mkdtempSync(join(dir, 'home-'));
    mkdirSync(join(home, '.docker'));
    writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ credsStore: 'dump' }));
    const env = {
      ...baseEnv(home),
      SIGNET_REGISTRY_USERNAME: undefined,
      SIGNET_REGISTRY_PASSWORD: undefined,
    };
    const r = await signetFromSource(['triangulate', `${registry.host}/acme/app:1`], { env, cwd: home });
    expect(r.code).toBe(1);
    const runs = dumped('helper').filter((d) => d.env !== '');
    expect(runs.length).toBeGreaterThan(0);
    for (const d of runs) for (const secret of SECRET_VALUES) expect(d.env).not.toContain(secret);
  });
});
