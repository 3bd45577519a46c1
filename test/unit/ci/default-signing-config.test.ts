// The default signing config: with no `--signing-config` and no service URL flag, signingDeps takes
// public-good's `signing_config.v0.2.json` from TUF, as cosign v3 does. The TUF client is injected (a
// recorded copy of the real target, test/fixtures/sigstore), so nothing here reaches the Internet; the
// real @sigstore/tuf against a loopback TUF repository is in test/integration/signing-config-tuf.itg.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TUFOptions } from '@sigstore/tuf';
import { signingDeps } from '../../../src/ci/common/context.ts';
import type { Host } from '../../../src/ci/common/host.ts';
import type { FlagValues } from '../../../src/ci/common/values.ts';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '..', '..', 'fixtures', 'sigstore', 'public-good-signing_config.v0.2.json'),
  'utf8',
);

/** An unsigned JWT with the claims Signet checks locally (audience sigstore, not expired). */
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const TOKEN = [
  b64url({ alg: 'RS256' }),
  b64url({
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'sigstore',
    sub: 'repo:acme/app',
    exp: 4102444800,
    iat: 1,
  }),
  'c2ln',
].join('.');

const host = (env: Record<string, string> = {}): Host => ({
  env: { HOME: '/home/tester', SIGSTORE_ID_TOKEN: TOKEN, ...env },
  cwd: '/nonexistent',
  readFile: () => Promise.reject(new Error('no reads')),
  readDir: () => Promise.resolve(undefined),
  writeFile: () => Promise.reject(new Error('no writes')),
  stdout: () => {},
  stderr: () => {},
  interactive: false,
  promptSecret: () => Promise.reject(new Error('no prompts')),
  fetch: () => Promise.reject(new Error('no network')),
});

/** A TUF client that serves `text` as every target and records what it was asked. */
function tuf(text: string | Error) {
  const calls: { options: TUFOptions; target: string }[] = [];
  return {
    calls,
    deps: {
      getTarget: (options: TUFOptions, target: string) => {
        calls.push({ options, target });
        return text instanceof Error ? Promise.reject(text) : Promise.resolve(text);
      },
    },
  };
}

const deps = (
  flags: FlagValues,
  t: ReturnType<typeof tuf>,
  opts: { legacyFormat?: boolean; env?: Record<string, string> } = {},
) => signingDeps(flags, host(opts.env), { legacyFormat: opts.legacyFormat, tuf: t.deps });

describe('signingDeps without a signing config or a service URL', () => {
  it("takes public-good's signing config from TUF: Rekor v2 and the TSA for bundles", async () => {
    const t = tuf(FIXTURE);
    const { witnesses, notices } = await deps({}, t);
    expect(witnesses).toEqual({
      rekorURL: 'https://log2025-1.rekor.sigstore.dev',
      rekorMajorApiVersion: 2,
      tsaURL: 'https://timestamp.sigstore.dev/api/v1/timestamp',
    });
    expect(notices).toEqual([]);
    expect(t.calls).toHaveLength(1);
    expect(t.calls[0]!.target).toBe('signing_config.v0.2.json');
    expect(t.calls[0]!.options).toMatchObject({
      mirrorURL: 'https://tuf-repo-cdn.sigstore.dev',
      cachePath: '/home/tester/.sigstore/signet-tuf',
    });
    expect(t.calls[0]!.options.rootPath).toBeUndefined();
  });

  it('picks the Rekor v1 log when the legacy format is written', async () => {
    const { witnesses } = await deps({}, tuf(FIXTURE), { legacyFormat: true });
    expect(witnesses).toMatchObject({ rekorURL: 'https://rekor.sigstore.dev', rekorMajorApiVersion: 1 });
  });

  it('reads another TUF repository from SIGNET_TUF_URL and SIGNET_TUF_ROOT', async () => {
    const t = tuf(FIXTURE);
    await deps({}, t, {
      env: { SIGNET_TUF_URL: 'http://127.0.0.1:9/tuf', SIGNET_TUF_ROOT: '/etc/root.json' },
    });
    expect(t.calls[0]!.options).toMatchObject({
      mirrorURL: 'http://127.0.0.1:9/tuf',
      rootPath: '/etc/root.json',
    });
  });

  it.each([
    ['--fulcio-url', { 'fulcio-url': 'http://127.0.0.1:1' }],
    ['--rekor-url', { 'rekor-url': 'http://127.0.0.1:2' }],
    ['--timestamp-server-url', { 'timestamp-server-url': 'http://127.0.0.1:3/api/v1/timestamp' }],
  ])('does not ask TUF when %s is set (the URL flags alone)', async (_flag, flags) => {
    const t = tuf(new Error('TUF must not be asked'));
    await deps(flags, t);
    expect(t.calls).toEqual([]);
  });

  it('does not ask TUF for a key without a transparency log, and does with one', async () => {
    const keyFile = join(import.meta.dirname, '..', '..', 'fixtures', 'keys', 'cosign-empty-password.key');
    const h: Host = {
      ...host({ COSIGN_PASSWORD: '' }),
      readFile: (p) => Promise.resolve(readFileSync(p)),
    };
    const none = tuf(new Error('TUF must not be asked'));
    const d = await signingDeps({ key: keyFile, 'tlog-upload': false }, h, { tuf: none.deps });
    expect([d.witnesses.rekorURL, d.witnesses.tsaURL, none.calls]).toEqual([undefined, undefined, []]);
    const some = tuf(FIXTURE);
    const logged = await signingDeps({ key: keyFile }, h, { tuf: some.deps });
    expect([logged.witnesses.rekorURL, some.calls.length]).toEqual([
      'https://log2025-1.rekor.sigstore.dev',
      1,
    ]);
  });

  it('checks a given token before asking TUF (an expired one fails without the network)', async () => {
    const t = tuf(new Error('TUF must not be asked'));
    const expired = [TOKEN.split('.')[0], b64url({ aud: 'sigstore', exp: 1, iat: 0 }), 'c2ln'].join('.');
    await expect(deps({}, t, { env: { SIGSTORE_ID_TOKEN: expired } })).rejects.toThrow(/expired/);
    expect(t.calls).toEqual([]);
  });

  it('fails with SIGN_FAILED in one line naming the mirror and the offline fix when TUF fails', async () => {
    const t = tuf(
      Object.assign(new Error('fetch failed\ngetaddrinfo ENOTFOUND'), { code: 'TUF_REFRESH_METADATA_ERROR' }),
    );
    const err = (await deps({}, t).catch((e: unknown) => e)) as { code: string; message: string };
    expect(err.code).toBe('SIGN_FAILED');
    expect(err.message).toMatch(
      /^cannot fetch the Sigstore signing config signing_config\.v0\.2\.json from https:\/\/tuf-repo-cdn\.sigstore\.dev \(TUF_REFRESH_METADATA_ERROR: fetch failed getaddrinfo ENOTFOUND\): pass --signing-config/,
    );
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('refuses a TUF target that is not a valid signing config, naming the field', async () => {
    const bad = JSON.parse(FIXTURE) as Record<string, unknown>;
    bad.tsaConfig = { selector: 'SOME' };
    const err = (await deps({}, tuf(JSON.stringify(bad))).catch((e: unknown) => e)) as {
      code: string;
      message: string;
    };
    expect(err.code).toBe('SIGN_INVALID_INPUT');
    expect(err.message).toBe(
      'signing_config.v0.2.json from https://tuf-repo-cdn.sigstore.dev: tsaConfig.selector must be ANY, EXACT or ALL, got "SOME"',
    );
  });
});

describe('signingDeps with several timestamp authorities', () => {
  const config = (tsaConfig: Record<string, unknown>) => {
    const doc = JSON.parse(FIXTURE) as Record<string, unknown>;
    const tsa = (url: string, operator: string) => ({
      url,
      majorApiVersion: 1,
      validFor: { start: '2025-01-01T00:00:00Z' },
      operator,
    });
    doc.tsaUrls = [
      tsa('https://tsa-a.example/api/v1/timestamp', 'a'),
      tsa('https://tsa-a2.example/api/v1/timestamp', 'a'),
      tsa('https://tsa-b.example/api/v1/timestamp', 'b'),
      tsa('https://tsa-c.example/api/v1/timestamp', 'c'),
    ];
    doc.tsaConfig = tsaConfig;
    return JSON.stringify(doc);
  };
  const tsas = async (sel: Record<string, unknown>) => {
    const { witnesses } = await deps({}, tuf(config(sel)));
    return [witnesses.tsaURL, ...(witnesses.moreTsaURLs ?? [])];
  };

  it('ALL timestamps with one TSA per operator', async () => {
    expect(await tsas({ selector: 'ALL' })).toEqual([
      'https://tsa-a.example/api/v1/timestamp',
      'https://tsa-b.example/api/v1/timestamp',
      'https://tsa-c.example/api/v1/timestamp',
    ]);
  });

  it('EXACT takes count TSAs from distinct operators, ANY the first', async () => {
    expect(await tsas({ selector: 'EXACT', count: 2 })).toEqual([
      'https://tsa-a.example/api/v1/timestamp',
      'https://tsa-b.example/api/v1/timestamp',
    ]);
    expect(await tsas({ selector: 'ANY' })).toEqual(['https://tsa-a.example/api/v1/timestamp']);
  });

  it('EXACT with more TSAs than operators is refused with SIGN_INVALID_INPUT', async () => {
    await expect(tsas({ selector: 'EXACT', count: 4 })).rejects.toMatchObject({
      code: 'SIGN_INVALID_INPUT',
      message: expect.stringContaining(
        'tsaConfig selector EXACT needs 4 services from distinct operators valid now, got 3',
      ),
    });
  });

  it('a --timestamp-server-url override replaces them all', async () => {
    const flags = {
      'signing-config': 'cfg.json',
      'timestamp-server-url': 'http://127.0.0.1:3/api/v1/timestamp',
    };
    const h = { ...host(), readFile: () => Promise.resolve(Buffer.from(config({ selector: 'ALL' }))) };
    const { witnesses, notices } = await signingDeps(flags, h, {});
    expect([witnesses.tsaURL, witnesses.moreTsaURLs]).toEqual([
      'http://127.0.0.1:3/api/v1/timestamp',
      undefined,
    ]);
    expect(notices.join('\n')).toContain('timestamp-server-url overrides the signing config');
  });
});
