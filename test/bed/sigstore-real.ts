// The real Sigstore services on loopback: Fulcio v1.8.8 (file CA: a root and an intermediate made here),
// the TesseraCT CT log v0.1.1, the timestamp authority v2.1.3 and Rekor v2 (rekor-tiles v2.3.0, POSIX
// storage), and Rekor v1 for the legacy path (rekor-server v1.5.4 on Trillian v1.8.0 and MariaDB:
// rekor-v1.ts), each the upstream binary that `.ci/install-tools.sh` builds from its Go module. The bed
// writes the trusted_root.json that covers them and three signing configs (v0.2): Rekor v2, Rekor v1 (the
// default), and no transparency log (TSA only).
//
// Parallel safety: every port is free-picked, Fulcio's legacy gRPC socket is an abstract name per
// instance, and the TSA (whose metrics port is fixed at :2112) runs in a network namespace of its own
// (netns-run.ts) behind a unix socket that the bed forwards to a loopback port.
//
// Fulcio sees the exact production issuers (GitHub Actions, gitlab.com) through issuer-proxy.ts, so its
// certificates carry the same SAN and OID extensions as production's.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import {
  createServer as createHttpServer,
  request as httpRequest,
  type Server as HttpServer,
} from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GITHUB_ISSUER, GITLAB_ISSUER } from './oidc.ts';
import { startIssuerProxy } from './issuer-proxy.ts';
import { freePort, httpAnswers, startProcess, type Service } from './proc.ts';
import { REKOR_V1_VERSIONS, startRekorV1 } from './rekor-v1.ts';
import { SIGNING_CONFIG_MEDIA_TYPE, TRUSTED_ROOT_MEDIA_TYPE, type SigstoreBed } from './sigstore.ts';
import { REPO_ROOT, toolPath } from './tools.ts';
import { TestCa } from '../support/test-ca.ts';
import type * as x509 from '@peculiar/x509';

/** The upstream versions the bed runs (pinned in .ci/install-tools.sh). */
export const REAL_SIGSTORE_VERSIONS = {
  fulcio: 'v1.8.8',
  'timestamp-authority': 'v2.1.3',
  'rekor-tiles': 'v2.3.0',
  tesseract: 'v0.1.1',
  ...REKOR_V1_VERSIONS,
} as const;

/** The real bed: the SigstoreBed shape (rekorURL is Rekor v1) plus Rekor v2 and the configs. */
export interface RealSigstoreBed extends SigstoreBed {
  /** Rekor v2 base URL (`POST /api/v2/log/entries`). */
  rekorV2URL: string;
  /** The CT log's base URL (RFC 6962 `/ct/v1/…`). */
  ctlogURL: string;
  /** Signing configs (v0.2) describing this bed, one per transparency-log choice. */
  signingConfigs: { rekorV2: string; rekorV1: string; noTlog: string };
  /** PEM of the Rekor v2 log key (Ed25519). */
  rekorV2PublicKeyPem: string;
  /** PEM chain of the Fulcio CA (intermediate, then root). */
  fulcioChainPem: string;
  /** Milliseconds each service took to become ready, and the whole start. */
  startTimes: Record<string, number>;
  /** Always true: lets tests and the bench tell the real bed from the stand-in bed. */
  real: true;
}

export interface RealSigstoreOptions {
  dir: string;
  logDir: string;
  /** The OIDC bed's JWKS: the keys the served GitHub and GitLab issuers publish. */
  oidcJwksURL: string;
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest();
const spki = (k: KeyObject) => k.export({ format: 'der', type: 'spki' });

export function toPem(der: Uint8Array, label: string): string {
  const body = b64(der).replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

export function pemBlocks(pem: string): Buffer[] {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/g)].map((m) =>
    Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64'),
  );
}

/** Fulcio's file CA: a root (pathlen 1) and an intermediate with code-signing EKU, as fileca requires. */
export async function makeFulcioCA(
  notBefore: Date,
  names: { root: string | x509.JsonName; intermediate: string | x509.JsonName } = {
    root: 'O=signet-bed, CN=signet bed fulcio root',
    intermediate: 'O=signet-bed, CN=signet bed fulcio intermediate',
  },
) {
  const root = await TestCa.create({
    name: names.root,
    pathLength: 1,
    notBefore,
    days: 10 * 365,
  });
  const intermediate = await root.issue({
    subject: names.intermediate,
    intermediate: { codeSigning: true },
  });
  return { rootDer: root.certDer, intermediateDer: intermediate.certDer, intermediateKey: intermediate.key };
}

/** Forwards a loopback TCP port to a unix socket (the TSA's, inside its network namespace). */
export async function forwardToSocket(port: number, socketPath: string): Promise<Service> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    const upstream = connect(socketPath);
    const done = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
    };
    client.on('error', done).on('close', done);
    upstream.on('error', done).on('close', done);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    name: 'tsa-forward',
    pid: undefined,
    logPath: undefined,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** What a metered service counts: requests that created something, and requests refused. */
interface Meter {
  created: number;
  refused: number;
}

/**
 * A transparent HTTP reverse proxy in front of a real service that counts what it served (tests assert
 * "one certificate, two entries" and "nothing was logged"). Bytes pass through unchanged.
 */
export async function startMeter(
  name: string,
  target: number,
  counts: (method: string, path: string) => boolean,
) {
  const meter: Meter = { created: 0, refused: 0 };
  const port = await freePort();
  const server: HttpServer = createHttpServer((req, res) => {
    const upstream = httpRequest(
      { host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (counts(req.method ?? '', path)) {
          if ((up.statusCode ?? 500) < 300) meter.created++;
          else meter.refused++;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`${name} meter: ${err.message}\n`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const service: Service = {
    name: `${name}-meter`,
    pid: undefined,
    logPath: undefined,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return { port, meter, service };
}

/** Logs one throwaway hashedrekord so real entries start at index 1 (protobuf JSON omits a 0 logIndex, and sigstore-python refuses such bundles). */
async function seedRekorV2(url: string): Promise<void> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const data = randomBytes(32);
  const digest = sha256(data);
  const signature = sign('sha256', data, privateKey);
  const res = await fetch(`${url}/api/v2/log/entries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      hashedRekordRequestV002: {
        digest: b64(digest),
        signature: {
          content: b64(signature),
          verifier: { publicKey: { rawBytes: b64(spki(publicKey)) }, keyDetails: 'PKIX_ECDSA_P256_SHA_256' },
        },
      },
    }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`test bed: seeding rekor v2 failed: ${res.status} ${await res.text()}`);
}

export const BED_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Starts the real services on free loopback ports and writes the trust material into `opts.dir`. */
export async function startRealSigstore(opts: RealSigstoreOptions): Promise<RealSigstoreBed> {
  const t0 = Date.now();
  const startTimes: Record<string, number> = {};
  const timed = async <T>(name: string, p: Promise<T>): Promise<T> => {
    const t = Date.now();
    const v = await p;
    startTimes[name] = Date.now() - t;
    return v;
  };
  mkdirSync(opts.dir, { recursive: true });
  const d = (name: string) => join(opts.dir, name);
  const notBefore = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  const start = notBefore.toISOString();
  const binaries = {
    fulcio: toolPath('fulcio'),
    tsa: toolPath('timestamp-server'),
    rekor: toolPath('rekor-server'),
    ctlog: toolPath('tesseract'),
  };

  // Key material and files.
  const ca = await makeFulcioCA(notBefore);
  const caPassword = randomBytes(12).toString('hex');
  const fulcioRootPem = toPem(ca.rootDer, 'CERTIFICATE');
  const fulcioChainPem = toPem(ca.intermediateDer, 'CERTIFICATE') + fulcioRootPem;
  writeFileSync(d('fulcio-chain.pem'), fulcioChainPem);
  writeFileSync(d('fulcio-root.pem'), fulcioRootPem);
  writeFileSync(
    d('fulcio-key.pem'),
    ca.intermediateKey.export({
      format: 'pem',
      type: 'pkcs8',
      cipher: 'aes-256-cbc',
      passphrase: caPassword,
    }),
    { mode: 0o600 },
  );
  copyFileSync(join(REPO_ROOT, 'test', 'fixtures', 'fulcio', 'config.yaml'), d('fulcio-config.yaml'));
  const ct = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(d('ctlog-key.pem'), ct.privateKey.export({ format: 'pem', type: 'sec1' }), { mode: 0o600 });
  const ctlogPublicKeyPem = toPem(spki(ct.publicKey), 'PUBLIC KEY');
  writeFileSync(d('ctlog-pub.pem'), ctlogPublicKeyPem);
  const rk = generateKeyPairSync('ed25519');
  writeFileSync(d('rekor-key.pem'), rk.privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  const rekorV2Der = spki(rk.publicKey);
  const rekorV2PublicKeyPem = toPem(rekorV2Der, 'PUBLIC KEY');

  const [fulcioPort, fulcioGrpc, fulcioMetrics, ctPort, rekorPort, rekorGrpc, rekorMetrics, tsaPort] =
    (await Promise.all(Array.from({ length: 8 }, () => freePort()))) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
  const services: Service[] = [];
  const track = async <T extends Service>(p: Promise<T>): Promise<T> => {
    const s = await p;
    services.push(s);
    return s;
  };
  const counters = { certificates: 0, entries: 0, timestamps: 0, refused: 0 };
  const ctlogURL = `http://127.0.0.1:${ctPort}`;
  const rekorHost = '127.0.0.1';
  try {
    const proxy = await track(
      startIssuerProxy({
        hosts: [new URL(GITHUB_ISSUER).host, new URL(GITLAB_ISSUER).host],
        jwksURL: opts.oidcJwksURL,
        caFile: d('issuer-proxy-ca.pem'),
      }),
    );
    const tsaSocket = d('tsa.sock');
    const [, , , rekorV1] = await Promise.all([
      timed(
        'ctlog',
        track(
          startProcess(
            'ctlog',
            [
              binaries.ctlog,
              `-http_endpoint=127.0.0.1:${ctPort}`,
              '-origin=127.0.0.1',
              `-private_key=${d('ctlog-key.pem')}`,
              `-roots_pem_file=${d('fulcio-root.pem')}`,
              `-storage_dir=${d('ctlog')}`,
              '-checkpoint_interval=500ms',
            ],
            { logDir: opts.logDir, ready: () => httpAnswers(`${ctlogURL}/ct/v1/get-roots`) },
          ),
        ),
      ),
      timed(
        'rekor-v2',
        track(
          startProcess(
            'rekor-v2',
            [
              binaries.rekor,
              'serve',
              `--hostname=${rekorHost}`,
              '--http-address=127.0.0.1',
              `--http-port=${rekorPort}`,
              '--grpc-address=127.0.0.1',
              `--grpc-port=${rekorGrpc}`,
              `--http-metrics-port=${rekorMetrics}`,
              `--storage-dir=${d('rekor-v2')}`,
              `--signer-filepath=${d('rekor-key.pem')}`,
              '--checkpoint-interval=500ms',
              '--batch-max-age=50ms',
            ],
            { logDir: opts.logDir, ready: () => httpAnswers(`http://127.0.0.1:${rekorPort}/healthz`) },
          ),
        ),
      ),
      timed(
        'tsa',
        (async () => {
          const tsa = await track(
            startProcess(
              'tsa',
              [
                'unshare',
                '--net',
                '--',
                process.execPath,
                join(BED_DIR, 'netns-run.ts'),
                tsaSocket,
                '3000',
                '--',
                binaries.tsa,
                'serve',
                '--host=127.0.0.1',
                '--port=3000',
                '--timestamp-signer=memory',
                '--disable-ntp-monitoring',
              ],
              {
                logDir: opts.logDir,
                // Ready once the chain is served through the socket (the forwarder starts below).
                ready: async () => {
                  if (!services.some((s) => s.name === 'tsa-forward')) {
                    try {
                      services.push(await forwardToSocket(tsaPort, tsaSocket));
                    } catch {
                      return false;
                    }
                  }
                  const r = await fetch(`http://127.0.0.1:${tsaPort}/api/v1/timestamp/certchain`, {
                    signal: AbortSignal.timeout(1000),
                  });
                  return r.ok;
                },
              },
            ),
          );
          return tsa;
        })(),
      ),
      timed('rekor-v1', startRekorV1({ dir: d('rekor-v1'), logDir: opts.logDir, hostname: rekorHost })),
    ]);
    services.push(rekorV1.service);
    for (const [k, v] of Object.entries(rekorV1.startTimes)) startTimes[`rekor-v1:${k}`] = v;
    await timed(
      'fulcio',
      track(
        startProcess(
          'fulcio',
          [
            binaries.fulcio,
            'serve',
            '--host=127.0.0.1',
            `--port=${fulcioPort}`,
            '--grpc-host=127.0.0.1',
            `--grpc-port=${fulcioGrpc}`,
            `--metrics-port=${fulcioMetrics}`,
            // The socket file survives SIGTERM and would block a restart: an abstract name per instance.
            `--legacy-unix-domain-socket=@signet-fulcio-${fulcioPort}`,
            '--ca=fileca',
            `--fileca-cert=${d('fulcio-chain.pem')}`,
            `--fileca-key=${d('fulcio-key.pem')}`,
            `--fileca-key-passwd=${caPassword}`,
            '--fileca-watch=false',
            `--config-path=${d('fulcio-config.yaml')}`,
            `--ct-log-url=${ctlogURL}`,
            `--ct-log-public-key-path=${d('ctlog-pub.pem')}`,
          ],
          {
            logDir: opts.logDir,
            env: {
              ...process.env,
              HTTPS_PROXY: proxy.proxyURL,
              https_proxy: proxy.proxyURL,
              NO_PROXY: '127.0.0.1,localhost',
              no_proxy: '127.0.0.1,localhost',
              SSL_CERT_FILE: proxy.caFile,
            },
            ready: async () => {
              const r = await fetch(`http://127.0.0.1:${fulcioPort}/api/v2/trustBundle`, {
                signal: AbortSignal.timeout(1000),
              });
              return r.ok;
            },
          },
        ),
      ),
    );

    // Meters in front of the real services; the URLs clients get are the meters'.
    const [fulcioMeter, rekorMeter, tsaMeter, rekorV1Meter] = await Promise.all([
      startMeter('fulcio', fulcioPort, (m, p) => m === 'POST' && p === '/api/v2/signingCert'),
      startMeter('rekor-v2', rekorPort, (m, p) => m === 'POST' && p === '/api/v2/log/entries'),
      startMeter('tsa', tsaPort, (m, p) => m === 'POST' && p === '/api/v1/timestamp'),
      startMeter('rekor-v1', rekorV1.port, (m, p) => m === 'POST' && p === '/api/v1/log/entries'),
    ]);
    services.push(fulcioMeter.service, rekorMeter.service, tsaMeter.service, rekorV1Meter.service);
    const rekorV1URL = `http://${rekorHost}:${rekorV1Meter.port}`;
    const fulcioURL = `http://127.0.0.1:${fulcioMeter.port}`;
    const rekorV2URL = `http://${rekorHost}:${rekorMeter.port}`;
    const tsaBase = `http://127.0.0.1:${tsaMeter.port}`;
    const tsaURL = `${tsaBase}/api/v1/timestamp`;

    const [, tsaChainPem] = await Promise.all([
      timed('rekor-v2-seed', seedRekorV2(`http://127.0.0.1:${rekorPort}`)),
      fetch(`${tsaBase}/api/v1/timestamp/certchain`).then((r) => r.text()),
    ]);
    Object.defineProperties(counters, {
      certificates: { enumerable: true, get: () => fulcioMeter.meter.created },
      entries: { enumerable: true, get: () => rekorMeter.meter.created + rekorV1Meter.meter.created },
      timestamps: { enumerable: true, get: () => tsaMeter.meter.created },
      refused: {
        enumerable: true,
        get: () =>
          fulcioMeter.meter.refused +
          rekorMeter.meter.refused +
          tsaMeter.meter.refused +
          rekorV1Meter.meter.refused,
      },
    });

    // Trust material.
    const ed25519Raw = rekorV2Der.subarray(rekorV2Der.length - 32);
    const rekorV2LogId = sha256(Buffer.concat([Buffer.from(`${rekorHost}\n`), Buffer.from([1]), ed25519Raw]));
    const ctDer = spki(ct.publicKey);
    const trustedRoot: Record<string, unknown> = {
      mediaType: TRUSTED_ROOT_MEDIA_TYPE,
      tlogs: [
        {
          baseUrl: rekorV1URL,
          hashAlgorithm: 'SHA2_256',
          publicKey: {
            rawBytes: b64(rekorV1.publicKeyDer),
            keyDetails: 'PKIX_ECDSA_P256_SHA_256',
            validFor: { start },
          },
          logId: { keyId: b64(sha256(rekorV1.publicKeyDer)) },
        },
        {
          baseUrl: rekorV2URL,
          hashAlgorithm: 'SHA2_256',
          publicKey: { rawBytes: b64(rekorV2Der), keyDetails: 'PKIX_ED25519', validFor: { start } },
          logId: { keyId: b64(rekorV2LogId) },
        },
      ],
      certificateAuthorities: [
        {
          subject: { organization: 'signet-bed', commonName: 'signet bed fulcio' },
          uri: fulcioURL,
          certChain: { certificates: [{ rawBytes: b64(ca.intermediateDer) }, { rawBytes: b64(ca.rootDer) }] },
          validFor: { start },
        },
      ],
      ctlogs: [
        {
          baseUrl: ctlogURL,
          hashAlgorithm: 'SHA2_256',
          publicKey: { rawBytes: b64(ctDer), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
          logId: { keyId: b64(sha256(ctDer)) },
        },
      ],
      timestampAuthorities: [
        {
          subject: { organization: 'signet-bed', commonName: 'signet bed tsa' },
          uri: tsaURL,
          certChain: { certificates: pemBlocks(tsaChainPem).map((der) => ({ rawBytes: b64(der) })) },
          validFor: { start },
        },
      ],
    };
    const service = (url: string, majorApiVersion: number) => ({
      url,
      majorApiVersion,
      validFor: { start },
      operator: 'signet-bed',
    });
    const config = (tlog: 'v1' | 'v2' | 'none') => ({
      mediaType: SIGNING_CONFIG_MEDIA_TYPE,
      caUrls: [service(fulcioURL, 1)],
      oidcUrls: [],
      rekorTlogUrls: tlog === 'v2' ? [service(rekorV2URL, 2)] : tlog === 'v1' ? [service(rekorV1URL, 1)] : [],
      tsaUrls: [service(tsaURL, 1)],
      rekorTlogConfig: { selector: tlog === 'v2' ? 'EXACT' : 'ANY', ...(tlog === 'v2' ? { count: 1 } : {}) },
      tsaConfig: { selector: 'ANY' },
    });
    const write = (name: string, value: unknown) => {
      writeFileSync(d(name), JSON.stringify(value, null, 2) + '\n');
      return d(name);
    };
    const signingConfigs = {
      rekorV2: write('signing_config.rekor-v2.json', config('v2')),
      rekorV1: write('signing_config.rekor-v1.json', config('v1')),
      noTlog: write('signing_config.no-tlog.json', config('none')),
    };
    const trustedRootPath = write('trusted_root.json', trustedRoot);
    startTimes.total = Date.now() - t0;

    return {
      real: true,
      fulcioURL,
      rekorURL: rekorV1URL,
      rekorV2URL,
      tsaURL,
      ctlogURL,
      trustedRootPath,
      // The Rekor v1 config stays the default until every caller speaks Rekor v2 (see signingConfigs).
      signingConfigPath: signingConfigs.rekorV1,
      signingConfigs,
      trustedRoot,
      signingConfig: config('v1'),
      fulcioRootPem,
      fulcioChainPem,
      rekorPublicKeyPem: rekorV1.publicKeyPem,
      rekorV2PublicKeyPem,
      ctlogPublicKeyPem,
      tsaChainPem,
      counters,
      services,
      startTimes,
      async stop() {
        await Promise.allSettled([...services].reverse().map((s) => s.stop()));
      },
    };
  } catch (err) {
    await Promise.allSettled([...services].reverse().map((s) => s.stop()));
    throw err;
  }
}
