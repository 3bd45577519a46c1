// Real Rekor v1 on loopback, for the legacy path (Rekor v1 entries with signed entry timestamps):
// rekor-server v1.5.4 on Trillian v1.8.0 (trillian_log_server + trillian_log_signer) on MariaDB 10.11 from
// Debian, each the binary `.ci/install-tools.sh` builds or unpacks (rekor-server-v1, trillian_log_server,
// trillian_log_signer, mariadbd) and Trillian's MySQL schema from its module (.cache/tools/share).
//
// Per instance, all under `dir`: one mariadbd with its own datadir, socket and free port (bootstrapped
// with Trillian's schema, no grant tables: it listens on 127.0.0.1 only and lives as long as the bed),
// the Trillian log server and signer on free ports, and rekor-server v1, which creates and initialises
// its Trillian tree at start (tlog_id 0) and signs with a P-256 key written here. Its search index is
// MySQL (same server, database `rekor`), so no Redis is needed. Everything is stopped by PID, in order
// (rekor, Trillian, MariaDB); Trillian takes seconds to stop gracefully, so it gets SIGKILL after a short
// grace period.
//
// Measured here (2 shared cores, loaded): cold builds trillian_log_server 464 s, trillian_log_signer 5 s
// after it (shared build cache), rekor-server v1 413 s; MariaDB unpacked in 4 s. Start 2.3 s (bootstrap
// 1.1 s, mariadbd 0.3 s, Trillian 0.2 s, rekor-server 0.1 s, seed entry 0.2 s); RSS 255 MiB (mariadbd 88,
// log server 52, signer 49, rekor-server 66); stop 2.3 s (Trillian's grace).
import { spawn } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort, httpAnswers, startProcess, type Service } from './proc.ts';
import { TOOLS_BIN, toolPath } from './tools.ts';

/** The upstream versions (pinned in .ci/install-tools.sh). */
export const REKOR_V1_VERSIONS = {
  'rekor-server': 'v1.5.4',
  trillian: 'v1.8.0',
  mariadb: '10.11.19 (Debian bookworm)',
} as const;

export interface RekorV1Options {
  dir: string;
  logDir: string;
  /** Checkpoint origin (rekor_server.hostname); default 127.0.0.1. */
  hostname?: string;
}

/** A running real Rekor v1: its URL (direct, not metered), log key, tree and the processes behind it. */
export interface RekorV1 {
  url: string;
  port: number;
  /** PEM and DER SPKI of the log's P-256 key (for trusted roots). */
  publicKeyPem: string;
  publicKeyDer: Buffer;
  /** The Trillian tree rekor-server created at start. */
  treeId: string;
  /** Milliseconds each part took to become ready. */
  startTimes: Record<string, number>;
  /** PIDs of the processes (mariadbd, trillian_log_server, trillian_log_signer, rekor-server-v1). */
  pids: Record<string, number | undefined>;
  /** Stops rekor, then Trillian, then MariaDB; one Service so the bed stops them in that order. */
  service: Service;
}

/** Trillian's SIGTERM path waits on open gRPC streams; its state is throwaway, so it is killed after this. */
const TRILLIAN_GRACE_MS = 2_000;

/** Trillian's MySQL schema, shipped from its module by install-tools.sh (`module_share`). */
function trillianSchema(): string {
  const path = join(TOOLS_BIN, '..', 'share', 'trillian-mysql-schema', 'storage.sql');
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`test bed: ${path} not found: run npm run tools (Trillian's MySQL schema)`);
  }
}

/** mariadbd refuses to run as root unless told to. */
const asRoot = () => (process.getuid?.() === 0 ? ['--user=root'] : []);

/** Creates the datadir and loads the schemas with `mariadbd --bootstrap` (no client, no grant tables). */
async function bootstrapMariaDB(mariadbd: string, datadir: string, logDir: string): Promise<void> {
  mkdirSync(datadir, { recursive: true });
  // --bootstrap takes one statement per line end: the schema file is already written that way.
  const sql = [
    'CREATE DATABASE trillian;',
    'USE trillian;',
    trillianSchema(),
    'CREATE DATABASE rekor;',
    '',
  ].join('\n');
  const logPath = join(logDir, 'mariadb-bootstrap.log');
  const out: Buffer[] = [];
  const code = await new Promise<number | string>((resolve) => {
    const child = spawn(
      mariadbd,
      [
        ...asRoot(),
        '--bootstrap',
        `--datadir=${datadir}`,
        '--skip-grant-tables',
        ...innodbSmall,
        '--log-warnings=0',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    child.on('error', (err) => resolve(err.message));
    child.on('exit', (c, s) => resolve(s ?? c ?? 'unknown'));
    child.stdin.end(sql);
  });
  writeFileSync(logPath, Buffer.concat(out));
  if (code !== 0) throw new Error(`test bed: mariadbd --bootstrap failed (${code}); log: ${logPath}`);
}

/** A small InnoDB: the bed's logs hold a handful of entries. */
const innodbSmall = [
  '--innodb-buffer-pool-size=16M',
  '--innodb-log-file-size=8M',
  '--innodb-use-native-aio=0',
];

/** True once a MySQL server greets on `port` (protocol 10 handshake). */
async function mysqlGreets(port: number): Promise<boolean> {
  return await new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(1000, () => done(false));
    s.once('error', () => done(false));
    s.once('data', (b: Buffer) => done(b.length > 4 && b[4] === 10));
  });
}

/** Logs one throwaway hashedrekord so real entries start at index 1 (protobuf JSON omits a 0 logIndex). */
async function seed(url: string): Promise<void> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const data = randomBytes(32);
  const res = await fetch(`${url}/api/v1/log/entries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      apiVersion: '0.0.1',
      kind: 'hashedrekord',
      spec: {
        data: { hash: { algorithm: 'sha256', value: createHash('sha256').update(data).digest('hex') } },
        signature: {
          content: sign('sha256', data, privateKey).toString('base64'),
          publicKey: {
            content: Buffer.from(publicKey.export({ format: 'pem', type: 'spki' })).toString('base64'),
          },
        },
      },
    }),
    signal: AbortSignal.timeout(15_000),
  });
  if (res.status !== 201)
    throw new Error(`test bed: seeding rekor v1 failed: ${res.status} ${await res.text()}`);
}

/** Starts MariaDB, Trillian and rekor-server v1 on free loopback ports below `opts.dir`. */
export async function startRekorV1(opts: RekorV1Options): Promise<RekorV1> {
  const bin = {
    mariadbd: toolPath('mariadbd'),
    logServer: toolPath('trillian_log_server'),
    logSigner: toolPath('trillian_log_signer'),
    rekor: toolPath('rekor-server-v1'),
  };
  mkdirSync(opts.dir, { recursive: true });
  mkdirSync(opts.logDir, { recursive: true });
  const d = (name: string) => join(opts.dir, name);
  const startTimes: Record<string, number> = {};
  const timed = async <T>(name: string, p: Promise<T>): Promise<T> => {
    const t = Date.now();
    const v = await p;
    startTimes[name] = Date.now() - t;
    return v;
  };
  const [dbPort, tsRpc, tsHttp, tgRpc, tgHttp, rekorPort] = (await Promise.all(
    Array.from({ length: 6 }, () => freePort()),
  )) as [number, number, number, number, number, number];
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(d('rekor-v1-key.pem'), key.privateKey.export({ format: 'pem', type: 'pkcs8' }), {
    mode: 0o600,
  });
  const publicKeyDer = key.publicKey.export({ format: 'der', type: 'spki' });
  const publicKeyPem = key.publicKey.export({ format: 'pem', type: 'spki' }).toString();

  const db: Service[] = [];
  const trillian: Service[] = [];
  const rekor: Service[] = [];
  const stopAll = async () => {
    await Promise.allSettled(rekor.map((s) => s.stop()));
    await Promise.allSettled(trillian.map((s) => s.stop()));
    await Promise.allSettled(db.map((s) => s.stop()));
  };
  try {
    const datadir = d('mariadb');
    await timed('mariadb-bootstrap', bootstrapMariaDB(bin.mariadbd, datadir, opts.logDir));
    db.push(
      await timed(
        'mariadb',
        startProcess(
          'mariadb',
          [
            bin.mariadbd,
            ...asRoot(),
            `--datadir=${datadir}`,
            '--skip-grant-tables',
            '--bind-address=127.0.0.1',
            `--port=${dbPort}`,
            `--socket=${join(datadir, 'mysqld.sock')}`,
            `--pid-file=${join(datadir, 'mysqld.pid')}`,
            '--skip-log-bin',
            ...innodbSmall,
          ],
          { logDir: opts.logDir, ready: () => mysqlGreets(dbPort) },
        ),
      ),
    );
    const mysqlURI = (database: string) => `root@tcp(127.0.0.1:${dbPort})/${database}`;
    const trillianArgs = (rpc: number, http: number) => [
      `--rpc_endpoint=127.0.0.1:${rpc}`,
      `--http_endpoint=127.0.0.1:${http}`,
      '--storage_system=mysql',
      '--quota_system=mysql',
      `--mysql_uri=${mysqlURI('trillian')}`,
    ];
    await Promise.all([
      timed(
        'trillian_log_server',
        startProcess(
          'trillian_log_server',
          [bin.logServer, ...trillianArgs(tsRpc, tsHttp), '--tree_gc=false'],
          {
            logDir: opts.logDir,
            stopGraceMs: TRILLIAN_GRACE_MS,
            ready: () => httpAnswers(`http://127.0.0.1:${tsHttp}/healthz`),
          },
        ).then((s) => trillian.push(s)),
      ),
      timed(
        'trillian_log_signer',
        startProcess(
          'trillian_log_signer',
          [
            bin.logSigner,
            ...trillianArgs(tgRpc, tgHttp),
            '--force_master',
            '--sequencer_interval=50ms',
            '--batch_size=100',
          ],
          {
            logDir: opts.logDir,
            stopGraceMs: TRILLIAN_GRACE_MS,
            ready: () => httpAnswers(`http://127.0.0.1:${tgHttp}/healthz`),
          },
        ).then((s) => trillian.push(s)),
      ),
    ]);
    const url = `http://127.0.0.1:${rekorPort}`;
    let treeId = '';
    rekor.push(
      await timed(
        'rekor-server-v1',
        startProcess(
          'rekor-v1',
          [
            bin.rekor,
            'serve',
            '--log_type=prod',
            '--trillian_log_server.address=127.0.0.1',
            `--trillian_log_server.port=${tsRpc}`,
            // 0: rekor-server creates and initialises its tree through the Trillian admin API.
            '--trillian_log_server.tlog_id=0',
            '--rekor_server.address=127.0.0.1',
            `--port=${rekorPort}`,
            `--rekor_server.hostname=${opts.hostname ?? '127.0.0.1'}`,
            `--rekor_server.signer=${d('rekor-v1-key.pem')}`,
            '--search_index.storage_provider=mysql',
            `--search_index.mysql.dsn=${mysqlURI('rekor')}`,
            '--enable_attestation_storage=false',
          ],
          {
            logDir: opts.logDir,
            readyTimeoutMs: 30_000,
            ready: async () => {
              const res = await fetch(`${url}/api/v1/log`, { signal: AbortSignal.timeout(1000) });
              if (!res.ok) return false;
              treeId = String(((await res.json()) as { treeID?: string }).treeID ?? '');
              return true;
            },
          },
        ),
      ),
    );
    await timed('rekor-v1-seed', seed(url));
    const pids = Object.fromEntries([...db, ...trillian, ...rekor].map((s) => [s.name, s.pid]));
    return {
      url,
      port: rekorPort,
      publicKeyPem,
      publicKeyDer,
      treeId,
      startTimes,
      pids,
      service: { name: 'rekor-v1', pid: rekor[0]?.pid, logPath: rekor[0]?.logPath, stop: stopAll },
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
