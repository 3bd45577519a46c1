import { checkToken, decodeClaims, getIdentityToken } from '../../../src/oidc/token.ts';
import { OidcError } from '../../../src/oidc/errors.ts';

const jwt = (claims: Record<string, unknown>) =>
  ['{"alg":"RS256"}', JSON.stringify(claims), 'sig']
    .map((p) => Buffer.from(p).toString('base64url'))
    .join('.');
const NOW = 1_800_000_000;
const good = jwt({ iss: 'https://token.actions.githubusercontent.com', aud: 'sigstore', exp: NOW + 300 });
const noFetch = (() => {
  throw new Error('no network in this test');
}) as unknown as typeof fetch;

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof OidcError ? e.code : String(e)),
  );

describe('getIdentityToken', () => {
  it('prefers the explicit token and checks its audience', async () => {
    const r = await getIdentityToken(
      { explicit: good, github: { requestURL: 'http://x', requestToken: 't' } },
      { fetch: noFetch, now: () => NOW * 1000 },
    );
    expect(r).toMatchObject({ token: good, source: 'explicit' });
  });

  it('asks GitHub for a token with the audience and the bearer request token', async () => {
    const calls: { url: string; auth: string | null }[] = [];
    const fake = (async (url: URL, init: RequestInit) => {
      calls.push({ url: String(url), auth: new Headers(init.headers).get('authorization') });
      return new Response(JSON.stringify({ value: good }), { status: 200 });
    }) as unknown as typeof fetch;
    const r = await getIdentityToken(
      { github: { requestURL: 'http://127.0.0.1:1/token?api-version=2.0', requestToken: 'req' } },
      { fetch: fake, now: () => NOW * 1000 },
    );
    expect(r.source).toBe('github');
    expect(calls).toEqual([
      { url: 'http://127.0.0.1:1/token?api-version=2.0&audience=sigstore', auth: 'Bearer req' },
    ]);
  });

  it.each([
    [{ onGitHubActions: true }, 'OIDC_NO_TOKEN', /permissions:\n {4}id-token: write/],
    [{ onGitLab: true }, 'OIDC_NO_TOKEN', /id_tokens: \{ SIGSTORE_ID_TOKEN: \{ aud: sigstore \} \}/],
    [{}, 'OIDC_NO_TOKEN', /pass --identity-token/],
    [{ explicit: 'not-a-jwt' }, 'OIDC_INVALID_TOKEN', /not a JWT/],
    [{ explicit: jwt({ aud: 'gitlab' }) }, 'OIDC_INVALID_TOKEN', /audience is "gitlab", expected "sigstore"/],
    [{ explicit: jwt({ aud: 'sigstore', exp: NOW - 3600 }) }, 'OIDC_INVALID_TOKEN', /expired/],
  ])('refuses %j with %s', async (sources, code, message) => {
    const p = getIdentityToken(sources, { fetch: noFetch, now: () => NOW * 1000 });
    expect(await codeOf(p)).toBe(code);
    await expect(getIdentityToken(sources, { fetch: noFetch, now: () => NOW * 1000 })).rejects.toThrow(
      message,
    );
  });

  it('explains a refused GitHub request without printing the request token', async () => {
    const fake = (async () =>
      new Response('nope', { status: 403, statusText: 'Forbidden' })) as unknown as typeof fetch;
    const err = await getIdentityToken(
      { github: { requestURL: 'http://127.0.0.1:1/t', requestToken: 'secret-req' } },
      { fetch: fake },
    ).catch((e: Error) => e);
    expect((err as OidcError).code).toBe('OIDC_REQUEST_FAILED');
    expect((err as Error).message).toBe('github id token request answered 403 Forbidden');
  });
});

describe('decodeClaims / checkToken', () => {
  it('reads claims and accepts an audience list', () => {
    expect(decodeClaims(good).aud).toBe('sigstore');
    expect(checkToken(jwt({ aud: ['x', 'sigstore'] }), 'sigstore', NOW).aud).toEqual(['x', 'sigstore']);
  });
});
