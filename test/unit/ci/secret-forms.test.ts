// The file and environment forms of every secret flag (issue 11 item 10): argv is visible in `ps`, so
// --identity-token-file, --key-password-file, --registry-password-file and SIGNET_REGISTRY_* exist
// beside the flags. A token given as an argument is never echoed, not even as a file name.
import { identityToken, registryLogin, withKeyPassword } from '../../../src/ci/common/context.ts';
import type { Host } from '../../../src/ci/common/host.ts';
import { UsageError } from '../../../src/ci/common/values.ts';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZSJ9.c2ln';
const hostWith = (files: Record<string, string>, env: Record<string, string> = {}): Host => ({
  env,
  cwd: '/w',
  readFile: async (p) => {
    if (files[p] === undefined)
      throw Object.assign(new Error(`ENOENT: open '${p}'`), { code: 'ENOENT', path: p });
    return Buffer.from(files[p]!);
  },
  readDir: async () => undefined,
  writeFile: async () => {},
  stdout: () => {},
  stderr: () => {},
  interactive: false,
  promptSecret: async () => '',
  fetch: () => Promise.reject(new Error('no network')),
});

describe('identityToken', () => {
  it('reads --identity-token-file, a JWT value, a file named by --identity-token, or SIGSTORE_ID_TOKEN', async () => {
    const host = hostWith({ '/t': `${JWT}\n` }, { SIGSTORE_ID_TOKEN: 'from-env' });
    await expect(identityToken({ 'identity-token-file': '/t' }, host)).resolves.toBe(JWT);
    await expect(identityToken({ 'identity-token': JWT }, host)).resolves.toBe(JWT);
    await expect(identityToken({ 'identity-token': '/t' }, host)).resolves.toBe(JWT);
    await expect(identityToken({}, host)).resolves.toBe('from-env');
  });

  it('never echoes a value that is neither a JWT nor a readable file', async () => {
    const secret = 'not-a-jwt-SECRET-value';
    const err = await identityToken({ 'identity-token': secret }, hostWith({})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).not.toContain(secret);
    expect((err as Error).message).toMatch(/--identity-token-file or \$SIGSTORE_ID_TOKEN/);
  });

  it('refuses both forms at once', async () => {
    await expect(
      identityToken({ 'identity-token': JWT, 'identity-token-file': '/t' }, hostWith({})),
    ).rejects.toThrow('give --identity-token or --identity-token-file, not both');
  });
});

describe('withKeyPassword', () => {
  it('sets COSIGN_PASSWORD from --key-password-file (without its final newline), else keeps the env', async () => {
    const host = hostWith({ '/pw': 'pass word \n' }, { COSIGN_PASSWORD: 'env' });
    expect((await withKeyPassword({ 'key-password-file': '/pw' }, host)).env.COSIGN_PASSWORD).toBe(
      'pass word ',
    );
    expect((await withKeyPassword({}, host)).env.COSIGN_PASSWORD).toBe('env');
  });
});

describe('registryLogin', () => {
  it.each([
    [{ 'registry-username': 'u', 'registry-password': 'p' }, {}, { username: 'u', password: 'p' }],
    [
      { 'registry-username': 'u', 'registry-password-file': '/rp' },
      {},
      { username: 'u', password: 'file-pw' },
    ],
    [
      {},
      { SIGNET_REGISTRY_USERNAME: 'eu', SIGNET_REGISTRY_PASSWORD: 'ep' },
      { username: 'eu', password: 'ep' },
    ],
    [{ 'registry-password': 'p' }, { SIGNET_REGISTRY_USERNAME: 'eu' }, { username: 'eu', password: 'p' }],
    [{}, {}, undefined],
  ])('flags %j, env %j → %j', async (flags, env, login) => {
    await expect(registryLogin(flags, hostWith({ '/rp': 'file-pw\n' }, env))).resolves.toEqual(login);
  });

  it('refuses a username without a password, and a missing password file without echoing anything', async () => {
    await expect(registryLogin({ 'registry-username': 'u' }, hostWith({}))).rejects.toThrow(UsageError);
    await expect(
      registryLogin({ 'registry-username': 'u', 'registry-password-file': '/nope' }, hostWith({})),
    ).rejects.toThrow('--registry-password-file /nope cannot be read (ENOENT)');
  });
});
