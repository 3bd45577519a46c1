// `signet generate-key-pair` and `signet public-key` as a binary, checked against the real cosign.
import { mkdtempSync, statSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolPath } from '../bed/tools.ts';
import { run } from '../support/run.ts';
import { signet } from '../support/cli.ts';

const fixtures = new URL('../fixtures/keys/', import.meta.url);
const cosignEnv = (dir: string, password: string) => ({
  HOME: dir,
  TUF_ROOT: join(dir, 'tuf'),
  COSIGN_PASSWORD: password,
});

describe('signet generate-key-pair', () => {
  it('writes cosign.key 0600 and cosign.pub 0644 that cosign reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signet-e2e-'));
    const r = await signet(['generate-key-pair'], { cwd: dir, env: { COSIGN_PASSWORD: 'pw' } });
    expect(r).toMatchObject({ code: 0 });
    expect(r.stderr).toContain('Private key written to cosign.key');
    expect(statSync(join(dir, 'cosign.key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'cosign.pub')).mode & 0o777).toBe(0o644);
    expect(readFileSync(join(dir, 'cosign.key'), 'utf8')).toMatch(
      /^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n/,
    );
    const pub = await run([toolPath('cosign'), 'public-key', '--key', 'cosign.key'], {
      cwd: dir,
      env: cosignEnv(dir, 'pw'),
    });
    expect(pub.code).toBe(0);
    expect(pub.stdout).toBe(readFileSync(join(dir, 'cosign.pub'), 'utf8'));
  });

  it('accepts an empty COSIGN_PASSWORD, as cosign does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signet-e2e-'));
    expect(
      (
        await signet(['generate-key-pair', '--output-key-prefix', 'empty'], {
          cwd: dir,
          env: { COSIGN_PASSWORD: '' },
        })
      ).code,
    ).toBe(0);
    const pub = await run([toolPath('cosign'), 'public-key', '--key', 'empty.key'], {
      cwd: dir,
      env: cosignEnv(dir, ''),
    });
    expect(pub.stdout).toBe(readFileSync(join(dir, 'empty.pub'), 'utf8'));
  });

  it('refuses to overwrite a key and to run without a password in CI, with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signet-e2e-'));
    await signet(['generate-key-pair'], { cwd: dir, env: { COSIGN_PASSWORD: 'pw' } });
    const before = readFileSync(join(dir, 'cosign.key'));
    const again = await signet(['generate-key-pair'], { cwd: dir, env: { COSIGN_PASSWORD: 'pw' } });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'signet generate-key-pair: cosign.key already exists: remove it or choose another --output-key-prefix\n',
    );
    expect(readFileSync(join(dir, 'cosign.key')).equals(before)).toBe(true);
    const noPassword = await signet(['generate-key-pair', '--output-key-prefix', 'x'], { cwd: dir });
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('set COSIGN_PASSWORD');
  });
});

describe('signet public-key', () => {
  it('prints the public key of a cosign-generated key, byte for byte as cosign.pub', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signet-e2e-'));
    copyFileSync(new URL('cosign-password.key', fixtures), join(dir, 'cosign.key'));
    const password = 'signet-fixture-password'; // test/fixtures/keys/README.md
    const r = await signet(['public-key', '--key', 'cosign.key'], {
      cwd: dir,
      env: { COSIGN_PASSWORD: password },
    });
    expect(r).toMatchObject({
      code: 0,
      stdout: readFileSync(new URL('cosign-password.pub', fixtures), 'utf8'),
    });
  });

  it('reads env:// keys', async () => {
    const pem = readFileSync(new URL('cosign-empty-password.key', fixtures), 'utf8');
    const r = await signet(['public-key', '--key', 'env://MY_KEY'], {
      env: { MY_KEY: pem, COSIGN_PASSWORD: '' },
    });
    expect(r).toMatchObject({
      code: 0,
      stdout: readFileSync(new URL('cosign-empty-password.pub', fixtures), 'utf8'),
    });
  });

  it.each([
    [
      ['public-key', '--key', 'cosign.key'],
      { COSIGN_PASSWORD: 'wrong' },
      1,
      /^signet public-key: wrong password for cosign\.key.*\[KEY_WRONG_PASSWORD\]\n$/,
    ],
    [['public-key'], {}, 2, /^signet public-key: --key is required\n$/],
    [['public-key', '--kee', 'x'], {}, 2, /^signet public-key: unknown flag --kee for signet public-key/],
    [['public-key', '--key', 'env://'], {}, 1, /^signet public-key: .*env:\/\/.*\n$/],
    [
      ['public-key', '--key', 'missing.key'],
      { COSIGN_PASSWORD: 'x' },
      1,
      /^signet public-key: .*missing\.key.*\n$/,
    ],
  ])('signet %j with env %j exits %i with a one-line error', async (args, env, code, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'signet-e2e-'));
    copyFileSync(new URL('cosign-password.key', fixtures), join(dir, 'cosign.key'));
    const r = await signet(args, { cwd: dir, env });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
