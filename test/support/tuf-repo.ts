// A TUF repository served on loopback, standing in for GitHub's (https://tuf-repo.github.com), which
// cannot be reached here: one ed25519 key signs root, targets, snapshot and timestamp, and the only
// target is the `trusted_root.json` a test chooses. Built with @tufjs/models (the models tuf-js, and so
// @sigstore/tuf, verifies with), so the client really checks signatures, versions, lengths and hashes.
// `tamper()` then serves a target whose hash does not match, for the fail-closed case.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Key,
  Metadata,
  MetaFile,
  Root,
  Signature,
  Snapshot,
  TargetFile,
  Targets,
  Timestamp,
} from '@tufjs/models';

/** A running fixture repository. */
export interface TufRepoStandIn {
  url: string;
  /** The repository's root.json (what a client embeds as its root of trust). */
  rootJSON: string;
  /** Paths requested, in order. */
  requests: string[];
  /** From now on, serve `target` (default `trusted_root.json`) with other content than targets.json lists. */
  tamper(target?: string): void;
  stop(): Promise<void>;
}

/**
 * Starts a TUF repository whose targets are `trusted_root.json` = `trustedRoot` and `more` (target name →
 * JSON document, e.g. `signing_config.v0.2.json`).
 */
export async function startTufRepoStandIn(
  trustedRoot: unknown,
  more: Record<string, unknown> = {},
): Promise<TufRepoStandIn> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const key = new Key({
    keyID: createHash('sha256').update(raw).digest('hex'),
    keyType: 'ed25519',
    scheme: 'ed25519',
    keyVal: { public: raw },
  });
  const signer = (data: Buffer) =>
    new Signature({ keyID: key.keyID, sig: sign(null, data, privateKey).toString('hex') });
  const expires = new Date(Date.now() + 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const common = { version: 1, specVersion: '1.0.31', expires };
  const body = Buffer.from(JSON.stringify(trustedRoot));
  const hash = (b: Buffer) => ({ sha256: createHash('sha256').update(b).digest('hex') });

  const root = new Root({ ...common, consistentSnapshot: false });
  for (const role of ['root', 'targets', 'snapshot', 'timestamp']) root.addKey(key, role);
  const targets = new Targets(common);
  targets.addTarget(new TargetFile({ path: 'trusted_root.json', length: body.length, hashes: hash(body) }));
  const extra = Object.entries(more).map(([name, doc]) => [name, Buffer.from(JSON.stringify(doc))] as const);
  for (const [name, b] of extra)
    targets.addTarget(new TargetFile({ path: name, length: b.length, hashes: hash(b) }));
  const snapshot = new Snapshot({ ...common, meta: { 'targets.json': new MetaFile({ version: 1 }) } });
  const timestamp = new Timestamp({ ...common, snapshotMeta: new MetaFile({ version: 1 }) });
  const files = new Map<string, Buffer>();
  for (const [name, signed] of [
    ['root.json', root],
    ['targets.json', targets],
    ['snapshot.json', snapshot],
    ['timestamp.json', timestamp],
  ] as const) {
    const md = new Metadata(signed);
    md.sign(signer);
    files.set(name, Buffer.from(JSON.stringify(md.toJSON())));
  }
  files.set('1.root.json', files.get('root.json')!);
  files.set('targets/trusted_root.json', body);
  for (const [name, b] of extra) files.set(`targets/${name}`, b);

  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!.replace(/^\//, '');
    requests.push(path);
    const file = files.get(path);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rootJSON: files.get('root.json')!.toString('utf8'),
    requests,
    tamper: (target = 'trusted_root.json') =>
      void files.set(
        `targets/${target}`,
        Buffer.from(
          JSON.stringify({ tampered: true }).padEnd(files.get(`targets/${target}`)?.length ?? body.length),
        ),
      ),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
