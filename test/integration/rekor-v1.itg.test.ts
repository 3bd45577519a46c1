// The bed's Rekor v1 is the real thing: rekor-server v1.5.4 on Trillian v1.8.0 (log server + log signer) on
// MariaDB 10.11, started by test/bed/rekor-v1.ts. Checked from outside, over its HTTP API only: the tree
// rekor-server created has a checkpoint signed by the key the bed gave it; an entry comes back with a
// signed entry timestamp over (body, integratedTime, logID, logIndex) and an inclusion proof; the MySQL
// search index finds it by hash; the same entry is refused the second time (409); cosign v3.1.3 and
// Signet log key signatures of blobs to it and each verifies the other's bundle (Rekor v1 entry with an
// inclusion promise and proof) against a trusted root holding its key; and stop() ends every process.
import { createHash, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRekorV1, type RekorV1 } from '../bed/rekor-v1.ts';
import { toolPath } from '../bed/tools.ts';
import { signetFromSource } from '../support/cli.ts';
import { run, type RunResult } from '../support/run.ts';

let rekor: RekorV1;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signet-rekor-v1-'));
  rekor = await startRekorV1({ dir, logDir: join(dir, 'logs') });
}, 90_000);
afterAll(async () => {
  await rekor?.service.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Canonical JSON (sorted keys, no spaces), as Rekor signs SETs. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

function hashedRekord() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const data = randomBytes(64);
  const hash = createHash('sha256').update(data).digest('hex');
  const body = {
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm: 'sha256', value: hash } },
      signature: {
        content: sign('sha256', data, privateKey).toString('base64'),
        publicKey: {
          content: Buffer.from(publicKey.export({ format: 'pem', type: 'spki' })).toString('base64'),
        },
      },
    },
  };
  return { body, hash };
}

interface Entry {
  body: string;
  integratedTime: number;
  logID: string;
  logIndex: number;
  verification: { signedEntryTimestamp: string; inclusionProof: { checkpoint: string; hashes: string[] } };
}

describe('real Rekor v1 (rekor-server v1.5.4 on Trillian on MariaDB)', () => {
  it('serves the tree it created, with a checkpoint signed by the bed-given key', async () => {
    expect(rekor.treeId).toMatch(/^[1-9][0-9]*$/);
    const info = (await (await fetch(`${rekor.url}/api/v1/log`)).json()) as {
      treeID: string;
      signedTreeHead: string;
    };
    expect(info.treeID).toBe(rekor.treeId);
    const [note, sigLine] = info.signedTreeHead.split('\n\n');
    expect(note!.split('\n')[0]).toBe(`127.0.0.1 - ${rekor.treeId}`);
    // `— NAME BASE64(key hint ‖ signature)`: the signature is the last field.
    const sig = Buffer.from(sigLine!.trim().split(' ').pop() ?? '', 'base64');
    expect(sigLine).toMatch(/^— /);
    expect(verify('sha256', Buffer.from(`${note}\n`), rekor.publicKeyPem, sig.subarray(4))).toBe(true);
    const served = await (await fetch(`${rekor.url}/api/v1/log/publicKey`)).text();
    expect(served.trim()).toBe(rekor.publicKeyPem.trim());
  });

  it('logs an entry with a signed entry timestamp, an inclusion proof and a search-index record', async () => {
    const { body, hash } = hashedRekord();
    const res = await fetch(`${rekor.url}/api/v1/log/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
    const [[uuid, entry]] = Object.entries((await res.json()) as Record<string, Entry>) as [[string, Entry]];
    expect(entry.logIndex).toBeGreaterThanOrEqual(1); // the bed seeds index 0
    expect(entry.logID).toBe(createHash('sha256').update(rekor.publicKeyDer).digest('hex'));
    const set = Buffer.from(entry.verification.signedEntryTimestamp, 'base64');
    const payload = canonical({
      body: entry.body,
      integratedTime: entry.integratedTime,
      logID: entry.logID,
      logIndex: entry.logIndex,
    });
    expect(verify('sha256', Buffer.from(payload), rekor.publicKeyPem, set)).toBe(true);
    expect(verify('sha256', Buffer.from(payload + ' '), rekor.publicKeyPem, set)).toBe(false);
    expect(entry.verification.inclusionProof.checkpoint).toContain(`127.0.0.1 - ${rekor.treeId}`);

    const found = await fetch(`${rekor.url}/api/v1/index/retrieve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hash: `sha256:${hash}` }),
    });
    expect(found.status).toBe(200);
    expect(((await found.json()) as string[]).some((u) => uuid.endsWith(u) || u.endsWith(uuid))).toBe(true);

    const again = await fetch(`${rekor.url}/api/v1/log/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(again.status).toBe(409);
  }, 30_000);

  it('cosign logs a blob signature to it and Signet verifies; Signet logs one and cosign verifies', async () => {
    const start = new Date(Date.now() - 60_000).toISOString();
    const keyId = createHash('sha256').update(rekor.publicKeyDer).digest('base64');
    writeFileSync(
      join(dir, 'trusted_root.json'),
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [
          {
            baseUrl: rekor.url,
            hashAlgorithm: 'SHA2_256',
            publicKey: {
              rawBytes: rekor.publicKeyDer.toString('base64'),
              keyDetails: 'PKIX_ECDSA_P256_SHA_256',
              validFor: { start },
            },
            logId: { keyId },
          },
        ],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: [],
      }),
    );
    writeFileSync(
      join(dir, 'signing_config.json'),
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [],
        oidcUrls: [],
        rekorTlogUrls: [{ url: rekor.url, majorApiVersion: 1, validFor: { start }, operator: 'bed' }],
        tsaUrls: [],
        rekorTlogConfig: { selector: 'ANY' },
        tsaConfig: { selector: 'ANY' },
      }),
    );
    writeFileSync(join(dir, 'a.txt'), 'signed by cosign\n');
    writeFileSync(join(dir, 'b.txt'), 'signed by signet\n');
    const env = { HOME: dir, TUF_ROOT: join(dir, 'tuf'), COSIGN_PASSWORD: '', NO_PROXY: '127.0.0.1' };
    const cosign = (args: string[]): Promise<RunResult> =>
      run([toolPath('cosign'), ...args], { env, cwd: dir, timeoutMs: 60_000 });
    const signet = (args: string[]): Promise<RunResult> =>
      signetFromSource(args, { env, cwd: dir, timeoutMs: 60_000 });
    const ok = (r: RunResult) => ({ code: r.code, err: r.code === 0 ? '' : `${r.stderr}${r.stdout}` });
    expect(ok(await cosign(['generate-key-pair']))).toEqual({ code: 0, err: '' });

    const signedByCosign = await cosign([
      'sign-blob',
      '--key',
      'cosign.key',
      '--signing-config',
      'signing_config.json',
      '--bundle',
      'a.json',
      '--yes',
      'a.txt',
    ]);
    expect(ok(signedByCosign)).toEqual({ code: 0, err: '' });
    const verifiedBySignet = await signet([
      'verify-blob',
      '--key',
      'cosign.pub',
      '--trusted-root',
      'trusted_root.json',
      '--bundle',
      'a.json',
      'a.txt',
    ]);
    expect(ok(verifiedBySignet)).toEqual({ code: 0, err: '' });
    const wrongFile = await signet([
      'verify-blob',
      '--key',
      'cosign.pub',
      '--trusted-root',
      'trusted_root.json',
      '--bundle',
      'a.json',
      'b.txt',
    ]);
    expect(wrongFile.code).toBe(1);

    const signedBySignet = await signet([
      'sign-blob',
      '--key',
      'cosign.key',
      '--rekor-url',
      rekor.url,
      '--bundle',
      'b.json',
      'b.txt',
    ]);
    expect(ok(signedBySignet)).toEqual({ code: 0, err: '' });
    const entry = (
      JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as {
        verificationMaterial: {
          tlogEntries: { kindVersion: unknown; inclusionPromise?: unknown; inclusionProof?: unknown }[];
        };
      }
    ).verificationMaterial.tlogEntries[0]!;
    expect(entry.kindVersion).toEqual({ kind: 'hashedrekord', version: '0.0.1' });
    expect(entry.inclusionPromise).toBeDefined();
    expect(entry.inclusionProof).toBeDefined();
    const verifiedByCosign = await cosign([
      'verify-blob',
      '--new-bundle-format',
      '--key',
      'cosign.pub',
      '--trusted-root',
      'trusted_root.json',
      '--bundle',
      'b.json',
      'b.txt',
    ]);
    expect(ok(verifiedByCosign)).toEqual({ code: 0, err: '' });
  }, 120_000);

  it('stop() ends MariaDB, both Trillian processes and rekor-server', async () => {
    const pids = Object.values(rekor.pids).filter((p): p is number => p !== undefined);
    expect(pids).toHaveLength(4);
    await rekor.service.stop();
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  }, 30_000);
});
