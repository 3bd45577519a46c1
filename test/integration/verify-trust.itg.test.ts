// The default trust path for real: @sigstore/tuf (not a stand-in) asked for the trusted root by a TUF
// mirror it cannot use. Here it can never reach public Sigstore, so a loopback mirror that refuses
// connections, and one that answers 404, stand for an offline runner; both must end in one clear
// VERIFY_INVALID_TRUST that tells the user to pass --trusted-root.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchPublicGoodTrustedRoot, PUBLIC_GOOD_TUF_URL } from '../../src/verify/index.ts';

let dir: string;
let rootPath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'signet-tuf-'));
  // The public-good root of trust shipped with @sigstore/tuf, as a mirror other than the default needs.
  const seeds = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('@sigstore/tuf/seeds.json'), 'utf8'),
  ) as Record<string, Record<string, string>>;
  rootPath = join(dir, 'root.json');
  writeFileSync(rootPath, Buffer.from(seeds[PUBLIC_GOOD_TUF_URL]?.['root.json'] ?? '', 'base64'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function listen(
  handler?: Parameters<typeof createServer>[1],
): Promise<{ server: Server; url: string }> {
  const server = createServer(handler ?? ((_, res) => res.end()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}` };
}

describe('fetchPublicGoodTrustedRoot with the real @sigstore/tuf', () => {
  it('fails with VERIFY_INVALID_TRUST and the --trusted-root fix when the mirror refuses connections', async () => {
    const { server, url } = await listen();
    await new Promise((r) => server.close(r));
    const t0 = Date.now();
    const err = await fetchPublicGoodTrustedRoot({
      mirrorURL: url,
      rootPath,
      cachePath: join(dir, 'refused'),
      retries: 0,
      timeoutMs: 2000,
    }).catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(err).toMatchObject({ code: 'VERIFY_INVALID_TRUST' });
    expect((err as Error).message).toMatch(
      new RegExp(
        `^cannot fetch the Sigstore trusted root from ${url} \\(TUF_REFRESH_METADATA_ERROR: .*fetch failed.*\\): pass --trusted-root`,
      ),
    );
  });

  it('fails the same way when the mirror has no metadata (404)', async () => {
    const { server, url } = await listen((_, res) => {
      res.statusCode = 404;
      res.end('not found');
    });
    try {
      const err = await fetchPublicGoodTrustedRoot({
        mirrorURL: url,
        rootPath,
        cachePath: join(dir, 'missing'),
        retries: 0,
        timeoutMs: 2000,
      }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'VERIFY_INVALID_TRUST' });
      expect((err as Error).message).toContain(`cannot fetch the Sigstore trusted root from ${url}`);
      expect((err as Error).message).toContain('pass --trusted-root');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
