// The GitLab key fetch sends PRIVATE-TOKEN only to the GitLab instance (issue 11 item 8): a redirect to
// another host is refused before anything is sent there. Real fetch against two hostile loopback
// stand-ins: "GitLab" on 127.0.0.1 redirects to a collector on 127.0.0.2.
import { readGitLabVariable } from '../../../src/sign/keys/gitlab-variables.ts';
import { startHostileServer, type HostileServer } from '../../support/hostile-server.ts';

const TOKEN = 'glpat-PLANTED-SECRET-0123456789';
const servers: HostileServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

async function gitlabRedirectingTo(target: (other: HostileServer) => string) {
  const other = await startHostileServer(
    '127.0.0.2',
    (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":"stolen"}'),
  );
  const gitlab = await startHostileServer('127.0.0.1', (_req, res, url) => {
    if (url.pathname.startsWith('/moved/'))
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":"the-key"}');
    res.writeHead(302, { location: target(other) }).end();
  });
  servers.push(other, gitlab);
  const deps = { env: { GITLAB_TOKEN: TOKEN, GITLAB_HOST: gitlab.url }, fetch: globalThis.fetch };
  return { other, gitlab, deps };
}

describe('readGitLabVariable and redirects', () => {
  it('refuses a redirect to another host and sends it no PRIVATE-TOKEN', async () => {
    const { other, deps } = await gitlabRedirectingTo((o) => `${o.url}/api/v4/projects/1/variables/K`);
    const err = (await readGitLabVariable('acme/app', 'K', 'gitlab://acme/app', deps).catch(
      (e: unknown) => e,
    )) as Error & { code?: string };
    expect(err.code).toBe('KEY_GITLAB_REQUEST_FAILED');
    expect(err.message).toMatch(/redirected to another host \(http:\/\/127\.0\.0\.2:\d+\)/);
    expect(err.message).not.toContain(TOKEN);
    expect(other.requests).toEqual([]);
  });

  it('follows a redirect within the instance', async () => {
    const { gitlab, deps } = await gitlabRedirectingTo(() => '/moved/here');
    await expect(readGitLabVariable('acme/app', 'K', 'gitlab://acme/app', deps)).resolves.toBe('the-key');
    expect(gitlab.requests.map((r) => r.headers['private-token'])).toEqual([TOKEN, TOKEN]);
  });

  it('stops after 5 redirects within the instance', async () => {
    const { gitlab, deps } = await gitlabRedirectingTo(() => '/again');
    const err = (await readGitLabVariable('acme/app', 'K', 'gitlab://acme/app', deps).catch(
      (e: unknown) => e,
    )) as Error & { code?: string };
    expect(err.code).toBe('KEY_GITLAB_REQUEST_FAILED');
    expect(err.message).toContain('more than 5 redirects');
    expect(gitlab.requests).toHaveLength(6);
  });

  it('refuses an answer larger than the cap without quoting it', async () => {
    const big = await startHostileServer(
      '127.0.0.1',
      (_req, res) =>
        void res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(`{"value":"${'x'.repeat(2 << 20)}"}`),
    );
    servers.push(big);
    const deps = { env: { GITLAB_TOKEN: TOKEN, GITLAB_HOST: big.url }, fetch: globalThis.fetch };
    const err = (await readGitLabVariable('acme/app', 'K', 'gitlab://acme/app', deps).catch(
      (e: unknown) => e,
    )) as Error & { code?: string };
    expect(err.code).toBe('KEY_GITLAB_REQUEST_FAILED');
    expect(err.message).toContain('larger than a CI/CD variable can be');
    expect(err.message).not.toContain('xxxx');
  });
});
