// Key refs as cosign's --key takes them, and resolving them through injected I/O only: a fake readFile,
// an env snapshot, and a fake GitLab API that checks the URL and the PRIVATE-TOKEN header.
import { readFileSync } from 'node:fs';
import {
  KeyError,
  formatKeyRef,
  gitLabVariableUrl,
  loadSigningKey,
  loadVerificationKey,
  parseKeyRef,
  publicKeyPem,
  resolveKeyRef,
  type GitLabFetch,
  type KeyRef,
  type KeyRefDeps,
} from '../../../src/sign/keys/index.ts';
import { rejection as rejectionOf, syncRejection as syncRejectionOf } from '../../support/rejection.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/keys/${name}`, import.meta.url), 'utf8');
const KEY = fixture('cosign-password.key');
const PUB = fixture('cosign-password.pub');
const PASSWORD = 'signet-fixture-password';
const TOKEN = 'glpat-SECRET-token-0123456789';

const rejection = (p: Promise<unknown>) => rejectionOf(KeyError, p);

const syncRejection = (f: () => unknown) => syncRejectionOf(KeyError, f);

describe('parseKeyRef', () => {
  it.each<[string, KeyRef]>([
    ['cosign.key', { kind: 'file', path: 'cosign.key' }],
    ['./keys/cosign.key', { kind: 'file', path: './keys/cosign.key' }],
    ['/etc/signet/cosign.key', { kind: 'file', path: '/etc/signet/cosign.key' }],
    ['C:\\keys\\cosign.key', { kind: 'file', path: 'C:\\keys\\cosign.key' }],
    ['env://COSIGN_PRIVATE_KEY', { kind: 'env', variable: 'COSIGN_PRIVATE_KEY' }],
    ['env://_k2', { kind: 'env', variable: '_k2' }],
    ['gitlab://12345', { kind: 'gitlab', project: '12345' }],
    ['gitlab://acme/app', { kind: 'gitlab', project: 'acme/app' }],
    ['gitlab://acme/platform/my.app-2', { kind: 'gitlab', project: 'acme/platform/my.app-2' }],
    ['k8s://release/cosign-keys', { kind: 'k8s', namespace: 'release', name: 'cosign-keys' }],
    [
      'hashivault://cosign',
      { kind: 'kms', kms: { provider: 'hashivault', uri: 'hashivault://cosign', key: 'cosign' } },
    ],
    [
      'openbao://team.key-1',
      { kind: 'kms', kms: { provider: 'hashivault', uri: 'openbao://team.key-1', key: 'team.key-1' } },
    ],
    [
      'awskms:///alias/release',
      {
        kind: 'kms',
        kms: {
          provider: 'awskms',
          uri: 'awskms:///alias/release',
          endpoint: '',
          keyId: 'alias/release',
          alias: 'alias/release',
        },
      },
    ],
    [
      'awskms://localhost:4566/1234abcd-12ab-34cd-56ef-1234567890ab',
      {
        kind: 'kms',
        kms: {
          provider: 'awskms',
          uri: 'awskms://localhost:4566/1234abcd-12ab-34cd-56ef-1234567890ab',
          endpoint: 'localhost:4566',
          keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
        },
      },
    ],
    [
      'awskms:///arn:aws:kms:eu-west-1:111122223333:alias/release',
      {
        kind: 'kms',
        kms: {
          provider: 'awskms',
          uri: 'awskms:///arn:aws:kms:eu-west-1:111122223333:alias/release',
          endpoint: '',
          keyId: 'arn:aws:kms:eu-west-1:111122223333:alias/release',
          alias: 'alias/release',
          region: 'eu-west-1',
        },
      },
    ],
    [
      'gcpkms://projects/acme/locations/global/keyRings/ci/cryptoKeys/cosign/cryptoKeyVersions/3',
      {
        kind: 'kms',
        kms: {
          provider: 'gcpkms',
          uri: 'gcpkms://projects/acme/locations/global/keyRings/ci/cryptoKeys/cosign/cryptoKeyVersions/3',
          cryptoKey: 'projects/acme/locations/global/keyRings/ci/cryptoKeys/cosign',
          version: '3',
        },
      },
    ],
    [
      'azurekms://acme.vault.azure.net/cosign',
      {
        kind: 'kms',
        kms: {
          provider: 'azurekms',
          uri: 'azurekms://acme.vault.azure.net/cosign',
          vaultHost: 'acme.vault.azure.net',
          key: 'cosign',
        },
      },
    ],
  ])('parses %j', (input, ref) => {
    expect(parseKeyRef(input)).toEqual(ref);
    expect(formatKeyRef(ref)).toBe(input);
  });

  it.each([
    [
      '',
      /^key ref is empty: use a key file path, env:\/\/VAR, gitlab:\/\/GROUP\/PROJECT, k8s:\/\/NAMESPACE\/SECRET, a KMS URI .* or pkcs11:/,
    ],
    ['   ', /^key ref is empty/],
    [' cosign.key', /has leading or trailing spaces: remove them$/],
    ['env://', /^key ref "env:\/\/" names no variable: use env:\/\/VAR_NAME$/],
    ['env://1KEY', /names "1KEY", not an environment variable name/],
    ['env://MY-KEY', /names "MY-KEY", not an environment variable name/],
    [
      'gitlab://',
      /^key ref "gitlab:\/\/" names no project: use gitlab:\/\/GROUP\/PROJECT or gitlab:\/\/PROJECT_ID$/,
    ],
    ['gitlab://acme/', /is not a GitLab project/],
    ['gitlab:///app', /is not a GitLab project/],
    ['gitlab://acme//app', /is not a GitLab project/],
    ['gitlab://acme/my app', /is not a GitLab project/],
    ['gitlab://acme', /names a bare namespace, not a project/],
    // The missing third slash: "alias" would be an endpoint.
    [
      'awskms://alias/signet',
      /^key ref "awskms:\/\/alias\/signet" is not a valid key URI: use awskms:\/\/\/KEY_ID, awskms:\/\/\/alias\/NAME/,
    ],
    ['awskms://user@host:1/alias/x', /names endpoint "user@host:1", not HOST\[:PORT\]/],
    ['hashivault://-cosign', /use hashivault:\/\/KEY_NAME/],
    ['hashivault://a/b', /use hashivault:\/\/KEY_NAME/],
    [
      'gcpkms://projects/acme/keyRings/ci/cryptoKeys/cosign',
      /use gcpkms:\/\/projects\/PROJECT\/locations\/LOCATION/,
    ],
    [
      'gcpkms://projects/acme/locations/global/keyRings/ci/cryptoKeys/cosign/cryptoKeyVersions/0',
      /has a name or version/,
    ],
    ['azurekms://acme/cosign', /use azurekms:\/\/VAULT_NAME\.vault\.azure\.net\/KEY_NAME/],
    ['k8s://ns', /use k8s:\/\/NAMESPACE\/SECRET_NAME/],
    ['k8s://Release/keys', /use k8s:\/\/NAMESPACE\/SECRET_NAME/],
    ['k8s://ns/a/b', /use k8s:\/\/NAMESPACE\/SECRET_NAME/],
    ['https://example.com/cosign.key', /uses scheme "https:\/\/"/],
    ['pkcs11:token=signet', /names no key: give object= or id=/],
    ['pkcs11:object=k', /names no token: give token= or slot-id=/],
  ])('refuses %j with KEY_INVALID_REF', (input, message) => {
    const err = syncRejection(() => parseKeyRef(input));
    expect(err.code).toBe('KEY_INVALID_REF');
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
  });
});

describe('gitLabVariableUrl', () => {
  it.each([
    [undefined, 'acme/app', 'https://gitlab.com/api/v4/projects/acme%2Fapp/variables/COSIGN_PRIVATE_KEY'],
    ['', '42', 'https://gitlab.com/api/v4/projects/42/variables/COSIGN_PRIVATE_KEY'],
    [
      'https://gitlab.example.com',
      'acme/app',
      'https://gitlab.example.com/api/v4/projects/acme%2Fapp/variables/COSIGN_PRIVATE_KEY',
    ],
    [
      'https://gitlab.example.com/',
      '42',
      'https://gitlab.example.com/api/v4/projects/42/variables/COSIGN_PRIVATE_KEY',
    ],
    [
      'gitlab.example.com',
      '42',
      'https://gitlab.example.com/api/v4/projects/42/variables/COSIGN_PRIVATE_KEY',
    ],
    [
      'https://example.com/gitlab',
      '42',
      'https://example.com/gitlab/api/v4/projects/42/variables/COSIGN_PRIVATE_KEY',
    ],
    [
      'https://gitlab.example.com/api/v4',
      '42',
      'https://gitlab.example.com/api/v4/projects/42/variables/COSIGN_PRIVATE_KEY',
    ],
    ['http://127.0.0.1:8929/', '42', 'http://127.0.0.1:8929/api/v4/projects/42/variables/COSIGN_PRIVATE_KEY'],
    [
      undefined,
      'acme/sub/my.app',
      'https://gitlab.com/api/v4/projects/acme%2Fsub%2Fmy%2Eapp/variables/COSIGN_PRIVATE_KEY',
    ],
  ])('GITLAB_HOST=%j, project %j → %s', (host, project, url) => {
    expect(gitLabVariableUrl(host, project, 'COSIGN_PRIVATE_KEY')).toBe(url);
  });

  it.each(['ftp://gitlab.example.com', 'https://'])(
    'refuses GITLAB_HOST=%j with KEY_GITLAB_CONFIG',
    (host) => {
      const err = syncRejection(() => gitLabVariableUrl(host, '42', 'COSIGN_PRIVATE_KEY'));
      expect(err.code).toBe('KEY_GITLAB_CONFIG');
      expect(err.message).toMatch(
        /^GITLAB_HOST ".*" is not (a|an http\(s\)) URL: set it to the instance URL/,
      );
    },
  );
});

/** A GitLab API stand-in: serves `variables` of `project` on `base`, checks every request, records them. */
function fakeGitLab(opts: {
  base?: string;
  project?: string;
  variables?: Record<string, string>;
  respond?: (url: string) => { status: number; body: string } | undefined;
}) {
  const base = opts.base ?? 'https://gitlab.com/api/v4';
  const project = encodeURIComponent(opts.project ?? 'acme/app');
  const calls: { url: string; method: string; headers: Record<string, string> }[] = [];
  const fetch: GitLabFetch = async (url, init) => {
    calls.push({ url, method: init.method, headers: init.headers });
    expect(init.method).toBe('GET');
    expect(init.headers['PRIVATE-TOKEN']).toBe(TOKEN);
    expect(url.includes(TOKEN)).toBe(false);
    const custom = opts.respond?.(url);
    const reply = (status: number, body: string) => ({
      status,
      headers: { get: () => null },
      text: async () => body,
    });
    if (custom) return reply(custom.status, custom.body);
    const prefix = `${base}/projects/${project}/variables/`;
    if (!url.startsWith(prefix)) return reply(404, '{"message":"404 Project Not Found"}');
    const key = decodeURIComponent(url.slice(prefix.length));
    const value = opts.variables?.[key];
    if (value === undefined) return reply(404, '{"message":"404 Variable Not Found"}');
    return reply(
      200,
      JSON.stringify({ variable_type: 'env_var', key, value, protected: false, masked: false }),
    );
  };
  return { fetch, calls };
}

function deps(over: Partial<KeyRefDeps> = {}): KeyRefDeps {
  return {
    readFile: async () => {
      throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    },
    env: {},
    fetch: async () => {
      throw new Error('unexpected fetch');
    },
    ...over,
  };
}

/** Runs `f` and fails if anything it does prints `secret` to the console or to stdout/stderr. */
async function withoutLeaking<T>(secret: string, f: () => Promise<T>): Promise<T> {
  const printed: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((m) => console[m]);
  const savedOut = process.stdout.write;
  const savedErr = process.stderr.write;
  for (const m of methods) console[m] = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
  process.stdout.write = ((chunk: unknown) => printed.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown) => printed.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    return await f();
  } finally {
    methods.forEach((m, i) => (console[m] = saved[i] as (typeof console)[typeof m]));
    process.stdout.write = savedOut;
    process.stderr.write = savedErr;
    expect(printed.filter((line) => line.includes(secret))).toEqual([]);
  }
}

describe('withoutLeaking', () => {
  it('catches a secret printed to the console or stderr', async () => {
    await expect(withoutLeaking('s3cret', async () => console.error('token s3cret'))).rejects.toThrow();
    await expect(
      withoutLeaking('s3cret', async () => void process.stderr.write('s3cret\n')),
    ).rejects.toThrow();
    await expect(withoutLeaking('s3cret', async () => console.log('fine'))).resolves.toBeUndefined();
  });
});

describe('resolveKeyRef', () => {
  describe('a file ref', () => {
    it('reads the file and takes the password from COSIGN_PASSWORD', async () => {
      const read: string[] = [];
      const d = deps({
        readFile: async (p) => (read.push(p), Buffer.from(KEY)),
        env: { COSIGN_PASSWORD: PASSWORD },
      });
      const resolved = await resolveKeyRef(parseKeyRef('keys/cosign.key'), 'sign', d);
      expect(read).toEqual(['keys/cosign.key']);
      expect(resolved).toEqual({ source: 'keys/cosign.key', privateKeyPem: KEY, password: PASSWORD });
      const loaded = await loadSigningKey(parseKeyRef('keys/cosign.key'), d);
      expect(loaded.publicKeyPem).toBe(PUB);
      expect(loaded.algorithm.name).toBe('PKIX_ECDSA_P256_SHA_256');
    });

    it('passes a set-but-empty COSIGN_PASSWORD on as the empty password', async () => {
      const d = deps({
        readFile: async () => fixture('cosign-empty-password.key'),
        env: { COSIGN_PASSWORD: '' },
      });
      const resolved = await resolveKeyRef(parseKeyRef('cosign.key'), 'sign', d);
      expect(resolved.password).toBe('');
      const loaded = await loadSigningKey(parseKeyRef('cosign.key'), d);
      expect(loaded.publicKeyPem).toBe(fixture('cosign-empty-password.pub'));
    });

    it('without COSIGN_PASSWORD, loading fails with KEY_PASSWORD_MISSING', async () => {
      const d = deps({ readFile: async () => KEY, env: {} });
      expect((await resolveKeyRef(parseKeyRef('cosign.key'), 'sign', d)).password).toBeUndefined();
      const err = await rejection(loadSigningKey(parseKeyRef('cosign.key'), d));
      expect(err.code).toBe('KEY_PASSWORD_MISSING');
      expect(err.message).toMatch(/^cosign\.key is encrypted but COSIGN_PASSWORD is not set/);
    });

    it('for verifying, reads the public key', async () => {
      const d = deps({ readFile: async () => PUB });
      expect(await resolveKeyRef(parseKeyRef('cosign.pub'), 'verify', d)).toEqual({
        source: 'cosign.pub',
        publicKeyPem: PUB,
      });
      const key = await loadVerificationKey(parseKeyRef('cosign.pub'), d);
      expect(publicKeyPem(key)).toBe(PUB);
    });

    it.each([
      [
        'ENOENT',
        'KEY_NOT_FOUND',
        'key file cosign.key not found: check the path (relative to the working directory)',
      ],
      ['EACCES', 'KEY_READ_FAILED', 'cannot read key file cosign.key: permission denied'],
      ['EISDIR', 'KEY_READ_FAILED', 'cannot read key file cosign.key: it is a directory'],
    ])('when reading fails with %s, throws %s', async (code, keyCode, message) => {
      const d = deps({
        readFile: async () => {
          throw Object.assign(new Error(code), { code });
        },
      });
      const err = await rejection(resolveKeyRef(parseKeyRef('cosign.key'), 'sign', d));
      expect(err.code).toBe(keyCode);
      expect(err.message).toBe(message);
    });
  });

  describe('an env:// ref', () => {
    it('takes the PEM from the named variable', async () => {
      const d = deps({ env: { SIGNING_KEY: KEY, COSIGN_PASSWORD: PASSWORD } });
      const loaded = await loadSigningKey(parseKeyRef('env://SIGNING_KEY'), d);
      expect(loaded.source).toBe('env://SIGNING_KEY');
      expect(loaded.publicKeyPem).toBe(PUB);
    });

    it('names the ref in decryption errors', async () => {
      const d = deps({ env: { SIGNING_KEY: KEY, COSIGN_PASSWORD: 'nope' } });
      const err = await rejection(loadSigningKey(parseKeyRef('env://SIGNING_KEY'), d));
      expect(err.code).toBe('KEY_WRONG_PASSWORD');
      expect(err.message).toMatch(/^wrong password for env:\/\/SIGNING_KEY: decryption failed/);
    });

    it('throws KEY_NOT_FOUND when the variable is unset', async () => {
      const err = await rejection(resolveKeyRef(parseKeyRef('env://SIGNING_KEY'), 'sign', deps()));
      expect(err.code).toBe('KEY_NOT_FOUND');
      expect(err.message).toBe("env://SIGNING_KEY: $SIGNING_KEY is not set: put the key's PEM text in it");
    });

    it('throws KEY_INVALID_PEM when the variable is set but empty', async () => {
      const d = deps({ env: { SIGNING_KEY: '', COSIGN_PASSWORD: '' } });
      const err = await rejection(loadSigningKey(parseKeyRef('env://SIGNING_KEY'), d));
      expect(err.code).toBe('KEY_INVALID_PEM');
      expect(err.message).toBe('env://SIGNING_KEY is empty: expected a cosign key file');
    });
  });

  describe('a gitlab:// ref', () => {
    const variables = { COSIGN_PRIVATE_KEY: KEY, COSIGN_PASSWORD: PASSWORD, COSIGN_PUBLIC_KEY: PUB };

    it("for signing, reads the project's COSIGN_PRIVATE_KEY and COSIGN_PASSWORD with PRIVATE-TOKEN", async () => {
      const gl = fakeGitLab({ variables });
      // COSIGN_PASSWORD in the environment is not used for gitlab:// refs, as in cosign.
      const d = deps({ fetch: gl.fetch, env: { GITLAB_TOKEN: TOKEN, COSIGN_PASSWORD: 'ignored' } });
      const loaded = await withoutLeaking(TOKEN, () => loadSigningKey(parseKeyRef('gitlab://acme/app'), d));
      expect(loaded.publicKeyPem).toBe(PUB);
      expect(gl.calls.map((c) => c.url)).toEqual([
        'https://gitlab.com/api/v4/projects/acme%2Fapp/variables/COSIGN_PRIVATE_KEY',
        'https://gitlab.com/api/v4/projects/acme%2Fapp/variables/COSIGN_PASSWORD',
      ]);
      expect(gl.calls.every((c) => c.headers['PRIVATE-TOKEN'] === TOKEN)).toBe(true);
    });

    it('for verifying, reads COSIGN_PUBLIC_KEY from the instance GITLAB_HOST names', async () => {
      const gl = fakeGitLab({ base: 'https://gitlab.example.com/api/v4', project: '42', variables });
      const d = deps({
        fetch: gl.fetch,
        env: { GITLAB_TOKEN: TOKEN, GITLAB_HOST: 'https://gitlab.example.com' },
      });
      const key = await withoutLeaking(TOKEN, () => loadVerificationKey(parseKeyRef('gitlab://42'), d));
      expect(publicKeyPem(key)).toBe(PUB);
      expect(gl.calls.map((c) => c.url)).toEqual([
        'https://gitlab.example.com/api/v4/projects/42/variables/COSIGN_PUBLIC_KEY',
      ]);
    });

    it('without GITLAB_TOKEN, throws KEY_GITLAB_CONFIG before any request', async () => {
      const gl = fakeGitLab({ variables });
      const err = await rejection(
        resolveKeyRef(parseKeyRef('gitlab://acme/app'), 'sign', deps({ fetch: gl.fetch })),
      );
      expect(err.code).toBe('KEY_GITLAB_CONFIG');
      expect(err.message).toBe(
        'gitlab://acme/app needs GITLAB_TOKEN: set it to a GitLab token with the api scope and the Maintainer role on the project',
      );
      expect(gl.calls).toEqual([]);
    });

    it.each([
      [
        'the variable is missing (404)',
        'KEY_NOT_FOUND',
        { variables: { COSIGN_PUBLIC_KEY: PUB } },
        /^gitlab:\/\/acme\/app: project variable COSIGN_PRIVATE_KEY not found: create the key with cosign generate-key-pair gitlab:\/\/acme\/app \(GET https:\/\/gitlab\.com\/api\/v4\/projects\/acme%2Fapp\/variables\/COSIGN_PRIVATE_KEY: 404 404 Variable Not Found\)$/,
      ],
      [
        'the project is missing (404)',
        'KEY_NOT_FOUND',
        { project: 'other/app', variables },
        /^gitlab:\/\/acme\/app: project "acme\/app" not found, or GITLAB_TOKEN cannot see it: check the ref and GITLAB_HOST/,
      ],
      [
        'the token is rejected (401)',
        'KEY_GITLAB_REQUEST_FAILED',
        { respond: () => ({ status: 401, body: '{"message":"401 Unauthorized"}' }) },
        /GitLab rejected GITLAB_TOKEN \(GET .*: 401 401 Unauthorized\): it is invalid or expired$/,
      ],
      [
        'the token may not read variables (403)',
        'KEY_GITLAB_REQUEST_FAILED',
        { respond: () => ({ status: 403, body: '{"message":"403 Forbidden"}' }) },
        /GITLAB_TOKEN may not read CI\/CD variables .*: it needs the api scope and the Maintainer role$/,
      ],
      [
        'the server fails and echoes the token (500)',
        'KEY_GITLAB_REQUEST_FAILED',
        { respond: () => ({ status: 500, body: `{"message":"boom for token ${TOKEN}"}` }) },
        /: 500 boom for token \[redacted\]$/,
      ],
      [
        'the answer is not a variable (200)',
        'KEY_GITLAB_REQUEST_FAILED',
        { respond: () => ({ status: 200, body: '<html>sign in</html>' }) },
        /: 200 but the response has no string "value": check GITLAB_HOST points at GitLab$/,
      ],
    ])('when %s, throws %s without the token', async (_case, code, opts, message) => {
      const gl = fakeGitLab(opts);
      const d = deps({ fetch: gl.fetch, env: { GITLAB_TOKEN: TOKEN } });
      const err = await withoutLeaking(TOKEN, () =>
        rejection(loadSigningKey(parseKeyRef('gitlab://acme/app'), d)),
      );
      expect(err.code).toBe(code);
      expect(err.message).toMatch(message);
      expect(err.message).not.toContain(TOKEN);
      expect(err.message).not.toContain('\n');
    });

    it('when the network fails, throws KEY_GITLAB_REQUEST_FAILED naming GITLAB_HOST', async () => {
      const d = deps({
        env: { GITLAB_TOKEN: TOKEN, GITLAB_HOST: 'gitlab.invalid' },
        fetch: async () => {
          throw new TypeError('fetch failed');
        },
      });
      const err = await rejection(resolveKeyRef(parseKeyRef('gitlab://7'), 'verify', d));
      expect(err.code).toBe('KEY_GITLAB_REQUEST_FAILED');
      expect(err.message).toBe(
        'gitlab://7: GET https://gitlab.invalid/api/v4/projects/7/variables/COSIGN_PUBLIC_KEY failed: fetch failed: check GITLAB_HOST and the network',
      );
    });
  });
});
