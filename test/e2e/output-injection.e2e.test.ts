// Output injection end to end (issue 11 item 12): a hostile registry (a loopback stand-in that injects
// hostile behaviour: no real registry answers like this) puts escape sequences, a forged second line
// and a workflow command into its error body and its tag names. The `signet` binary (from src) prints
// one error line with none of them active, and its stdout shows control characters only escaped.
import { signetFromSource } from '../support/cli.ts';
import { startHostileServer, type HostileServer } from '../support/hostile-server.ts';

const HOSTILE =
  '\u001b[2K\u001b[1A\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\n::add-mask::x\r\u202eevil';
let registry: HostileServer;
beforeAll(async () => {
  registry = await startHostileServer('127.0.0.1', (req, res, url) => {
    // HEADs carry no body: the hostile text comes with the GETs that follow.
    if (req.method === 'HEAD') return void res.writeHead(404).end();
    if (url.pathname.endsWith('/tags/list'))
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ name: 'acme/app', tags: [`v1${HOSTILE}`] }));
    res
      .writeHead(403, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errors: [{ code: 'DENIED', message: HOSTILE }] }));
  });
});
afterAll(async () => {
  await registry?.stop();
});

const controls = (s: string) =>
  [...s].filter((c) => (c < ' ' && c !== '\n') || (c >= '\u007f' && c <= '\u009f') || c === '\u202e');

describe('text from a hostile registry', () => {
  it('reaches stderr as one line without escape sequences or control characters', async () => {
    const r = await signetFromSource(['sbom', `${registry.host}/acme/app@sha256:${'0'.repeat(64)}`], {
      env: { HOME: '/nonexistent' },
    });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^signet sbom: .*denied.*click.*::add-mask::x.*\[REGISTRY_DENIED\]$/);
    expect(controls(r.stderr)).toEqual([]);
    expect(r.stderr).not.toMatch(/^::/m);
  });
});
