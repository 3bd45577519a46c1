// The test bed is faithful: the real Distribution registry answers each auth flavour as registries do,
// the real Docker engine builds and pushes to all three, and the real cosign signs with a key
// (`--tlog-upload=false`) against each flavour and verifies what it wrote.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, registryOf, type Bed, type BedRegistry } from '../bed/index.ts';
import { toolPath } from '../bed/tools.ts';
import { run, runOk } from '../support/run.ts';

let bed: Bed;
let ok = false;

beforeAll(async () => {
  bed = await startBed({ docker: true });
}, 90_000);

afterAll(async () => {
  await bed?.stop({ keepLogs: !ok });
});

const basic = (r: BedRegistry) => 'Basic ' + Buffer.from(`${r.username}:${r.password}`).toString('base64');

describe('the registry flavours', () => {
  it('anonymous answers /v2/ without credentials', async () => {
    const res = await fetch(`${registryOf(bed, 'anonymous').url}/v2/`);
    expect(res.status).toBe(200);
  });

  it('basic challenges, refuses a wrong password and accepts the right one', async () => {
    const r = registryOf(bed, 'basic');
    const none = await fetch(`${r.url}/v2/`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    const wrong = await fetch(`${r.url}/v2/`, {
      headers: { authorization: 'Basic ' + Buffer.from(`${r.username}:nope`).toString('base64') },
    });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${r.url}/v2/`, { headers: { authorization: basic(r) } });
    expect(right.status).toBe(200);
  });

  it('token challenges with a Bearer realm and grants only what the user may do', async () => {
    const r = registryOf(bed, 'token');
    const challenge = await fetch(`${r.url}/v2/`);
    expect(challenge.status).toBe(401);
    const header = challenge.headers.get('www-authenticate') ?? '';
    expect(header).toContain(`Bearer realm="${r.tokenIssuer?.realm}"`);
    expect(header).toContain('service="signet-bed-registry"');

    const tokenFor = async (user: { username: string; password: string }) => {
      const url = `${r.tokenIssuer?.realm}?service=signet-bed-registry&scope=repository:bed/probe:pull,push`;
      const res = await fetch(url, {
        headers: {
          authorization: 'Basic ' + Buffer.from(`${user.username}:${user.password}`).toString('base64'),
        },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { token: string }).token;
    };
    const writer = await tokenFor({ username: r.username!, password: r.password! });
    const upload = await fetch(`${r.url}/v2/bed/probe/blobs/uploads/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${writer}` },
    });
    expect(upload.status).toBe(202);

    const reader = await tokenFor(r.reader!);
    const denied = await fetch(`${r.url}/v2/bed/probe/blobs/uploads/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${reader}` },
    });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('www-authenticate')).toContain('error="insufficient_scope"');

    const badLogin = await fetch(`${r.tokenIssuer?.realm}?service=signet-bed-registry`, {
      headers: { authorization: 'Basic ' + Buffer.from(`${r.username}:wrong`).toString('base64') },
    });
    expect(badLogin.status).toBe(401);
  });
});

describe('the docker engine', () => {
  const digests: Partial<Record<string, string>> = {};

  it.each(['anonymous', 'basic', 'token'] as const)(
    'builds a FROM scratch image and pushes it to the %s registry',
    async (flavour) => {
      const r = registryOf(bed, flavour);
      const ctx = mkdtempSync(join(bed.dir, 'ctx-'));
      writeFileSync(join(ctx, 'hello.txt'), `hello from the ${flavour} bed ${Date.now()}\n`);
      writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
      const ref = `${r.host}/bed/hello:${flavour}`;
      const env = { ...bed.docker!.env, DOCKER_CONFIG: r.dockerConfigDir, DOCKER_BUILDKIT: '0' };
      await runOk(['docker', 'build', '-q', '-t', ref, ctx], { env });
      const push = await runOk(['docker', 'push', ref], { env });
      const digest = /digest: (sha256:[0-9a-f]{64})/.exec(push.stdout)?.[1];
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      digests[flavour] = digest;

      // The pushed manifest is in the registry under the digest docker printed.
      const headers: Record<string, string> = {
        accept:
          'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json',
      };
      if (flavour === 'basic') headers.authorization = basic(r);
      if (flavour === 'token') {
        const t = await fetch(
          `${r.tokenIssuer?.realm}?service=signet-bed-registry&scope=repository:bed/hello:pull`,
          {
            headers: { authorization: basic(r) },
          },
        );
        headers.authorization = `Bearer ${((await t.json()) as { token: string }).token}`;
      }
      const res = await fetch(`${r.url}/v2/bed/hello/manifests/${digest}`, { method: 'HEAD', headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('docker-content-digest')).toBe(digest);
    },
  );

  describe('and the real cosign', () => {
    it.each(['anonymous', 'basic', 'token'] as const)(
      'signs the pushed digest with a key in the %s registry and verifies it',
      async (flavour) => {
        const r = registryOf(bed, flavour);
        const digest = digests[flavour];
        expect(digest).toBeDefined();
        const work = join(bed.dir, `cosign-${flavour}`);
        mkdirSync(work, { recursive: true });
        const cosign = toolPath('cosign');
        const env = {
          COSIGN_PASSWORD: 'bed-password',
          DOCKER_CONFIG: r.dockerConfigDir,
          HOME: work,
          TUF_ROOT: join(work, 'tuf'),
        };
        await runOk([cosign, 'generate-key-pair'], { env, cwd: work });
        const image = `${r.host}/bed/hello@${digest}`;
        await runOk(
          [
            cosign,
            'sign',
            '--key',
            'cosign.key',
            '--use-signing-config=false',
            '--tlog-upload=false',
            '--yes',
            image,
          ],
          {
            env,
            cwd: work,
          },
        );
        const verified = await run(
          [cosign, 'verify', '--key', 'cosign.pub', '--insecure-ignore-tlog=true', image],
          { env, cwd: work },
        );
        expect(verified.stderr + verified.stdout).toContain(
          'The signatures were verified against the specified public key',
        );
        expect(verified.code).toBe(0);
        const payload = JSON.parse(verified.stdout.trim().split('\n').pop()!) as unknown[];
        expect(JSON.stringify(payload)).toContain(digest!);

        // A second key does not verify what the first signed.
        const other = join(work, 'other');
        mkdirSync(other);
        await runOk([cosign, 'generate-key-pair'], { env, cwd: other });
        const refused = await run(
          [cosign, 'verify', '--key', join(other, 'cosign.pub'), '--insecure-ignore-tlog=true', image],
          { env, cwd: work },
        );
        expect(refused.code).not.toBe(0);
      },
    );
  });
});

describe('stopping the bed', () => {
  it('ends every process it started, and only those', async () => {
    const pids = [...Object.values(bed.registries).map((r) => r!.pid), bed.docker?.pid].filter(
      (p): p is number => typeof p === 'number',
    );
    expect(pids.length).toBe(4);
    const t0 = Date.now();
    await bed.stop();
    const stopMs = Date.now() - t0;
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
    console.log(`test bed: started in ${bed.startMs} ms, stopped in ${stopMs} ms`);
    ok = true;
  });
});
