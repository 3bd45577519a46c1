// A second Sigstore instance in the bed, shaped like GitHub's (the one actions/attest signs private and
// internal repositories with): the real Fulcio v1.8.8 whose CA names "GitHub, Inc." as GitHub's does
// (root `O=GitHub, Inc., CN=Internal Services Root`, intermediate `O=GitHub, Inc., CN=Fulcio Intermediate
// l1`), started without a CT log, and the real timestamp authority v2.1.3; no Rekor. It writes the
// trusted root (one CA, one TSA, no tlogs, no ctlogs) and a signing config (caUrls and tsaUrls only).
//
// Why the names matter: gh v2.60.0 picks its verification policy by the organisation of the leaf
// certificate's issuer (cli/cli pkg/cmd/attestation/verification/sigstore.go, `chooseVerifier`): with
// `--custom-trusted-root`, a CA whose lowest certificate's issuer organisation is "GitHub, Inc." gets
// `newGitHubVerifierWithTrustedRoot` (signed timestamps only, no tlog, no SCT), any other name the custom
// policy. So only a CA named like GitHub's exercises the path GitHub's own attestations take.
//
// Like the main instance: free ports, Fulcio behind the issuer proxy (production issuer URLs), the TSA in a
// network namespace of its own (its metrics port is fixed), meters counting what was served.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as x509 from '@peculiar/x509';
import { GITHUB_ISSUER, GITLAB_ISSUER } from './oidc.ts';
import { startIssuerProxy } from './issuer-proxy.ts';
import { freePort, startProcess, type Service } from './proc.ts';
import { SIGNING_CONFIG_MEDIA_TYPE, TRUSTED_ROOT_MEDIA_TYPE } from './sigstore.ts';
import { BED_DIR, forwardToSocket, makeFulcioCA, pemBlocks, startMeter, toPem } from './sigstore-real.ts';
import { REPO_ROOT, toolPath } from './tools.ts';

/** The certificate subjects of GitHub's Fulcio CA (as in GitHub's trusted root). */
export const GITHUB_CA_NAMES: { root: x509.JsonName; intermediate: x509.JsonName } = {
  root: [{ O: ['GitHub, Inc.'] }, { CN: ['Internal Services Root'] }],
  intermediate: [{ O: ['GitHub, Inc.'] }, { CN: ['Fulcio Intermediate l1'] }],
};

/** The GitHub-shaped instance: Fulcio and a TSA, no Rekor, no CT log. */
export interface GitHubSigstoreBed {
  fulcioURL: string;
  /** The full timestamp endpoint (`…/api/v1/timestamp`). */
  tsaURL: string;
  trustedRootPath: string;
  /** Signing config (v0.2): caUrls and tsaUrls, no rekorTlogUrls. */
  signingConfigPath: string;
  trustedRoot: Record<string, unknown>;
  signingConfig: Record<string, unknown>;
  /** PEM chain of the Fulcio CA (intermediate, then root). */
  fulcioChainPem: string;
  tsaChainPem: string;
  counters: { certificates: number; timestamps: number; refused: number };
  /** Milliseconds each service took to become ready, and the whole start. */
  startTimes: Record<string, number>;
  services: Service[];
  stop(): Promise<void>;
}

export interface GitHubSigstoreOptions {
  dir: string;
  logDir: string;
  /** The OIDC bed's JWKS (the keys the served GitHub issuer publishes). */
  oidcJwksURL: string;
}

/** Starts a TSA in its own network namespace, served on `port` through a unix socket in `dir`. */
export async function startNetnsTsa(
  name: string,
  port: number,
  dir: string,
  logDir: string,
): Promise<Service[]> {
  const socket = join(dir, `${name}.sock`);
  let forward: Service | undefined;
  const tsa = await startProcess(
    name,
    [
      'unshare',
      '--net',
      '--',
      process.execPath,
      join(BED_DIR, 'netns-run.ts'),
      socket,
      '3000',
      '--',
      toolPath('timestamp-server'),
      'serve',
      '--host=127.0.0.1',
      '--port=3000',
      '--timestamp-signer=memory',
      '--disable-ntp-monitoring',
    ],
    {
      logDir,
      ready: async () => {
        if (!forward) {
          try {
            forward = await forwardToSocket(port, socket);
          } catch {
            return false;
          }
        }
        const r = await fetch(`http://127.0.0.1:${port}/api/v1/timestamp/certchain`, {
          signal: AbortSignal.timeout(1000),
        });
        return r.ok;
      },
    },
  ).catch(async (err: unknown) => {
    await forward?.stop();
    throw err;
  });
  return forward ? [tsa, forward] : [tsa];
}

/** Starts the GitHub-shaped instance and writes its trust material into `opts.dir`. */
export async function startGitHubSigstore(opts: GitHubSigstoreOptions): Promise<GitHubSigstoreBed> {
  const t0 = Date.now();
  const startTimes: Record<string, number> = {};
  mkdirSync(opts.dir, { recursive: true });
  const d = (name: string) => join(opts.dir, name);
  const notBefore = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  const start = notBefore.toISOString();

  const ca = await makeFulcioCA(notBefore, GITHUB_CA_NAMES);
  const caPassword = randomBytes(12).toString('hex');
  const fulcioChainPem = toPem(ca.intermediateDer, 'CERTIFICATE') + toPem(ca.rootDer, 'CERTIFICATE');
  writeFileSync(d('fulcio-chain.pem'), fulcioChainPem);
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

  const [fulcioPort, fulcioGrpc, fulcioMetrics, tsaPort] = await Promise.all(
    Array.from({ length: 4 }, () => freePort()),
  );
  const services: Service[] = [];
  try {
    const proxy = await startIssuerProxy({
      hosts: [new URL(GITHUB_ISSUER).host, new URL(GITLAB_ISSUER).host],
      jwksURL: opts.oidcJwksURL,
      caFile: d('issuer-proxy-ca.pem'),
    });
    services.push(proxy);
    const timed = async <T>(name: string, p: Promise<T>): Promise<T> => {
      const t = Date.now();
      const v = await p;
      startTimes[name] = Date.now() - t;
      return v;
    };
    const started = await Promise.allSettled([
      timed('tsa', startNetnsTsa('github-tsa', tsaPort!, opts.dir, opts.logDir)),
      timed(
        'fulcio',
        startProcess(
          'github-fulcio',
          [
            toolPath('fulcio'),
            'serve',
            '--host=127.0.0.1',
            `--port=${fulcioPort}`,
            '--grpc-host=127.0.0.1',
            `--grpc-port=${fulcioGrpc}`,
            `--metrics-port=${fulcioMetrics}`,
            `--legacy-unix-domain-socket=@signet-fulcio-${fulcioPort}`,
            '--ca=fileca',
            `--fileca-cert=${d('fulcio-chain.pem')}`,
            `--fileca-key=${d('fulcio-key.pem')}`,
            `--fileca-key-passwd=${caPassword}`,
            '--fileca-watch=false',
            `--config-path=${d('fulcio-config.yaml')}`,
            // No CT log, as GitHub's Fulcio: certificates carry no SCT.
            '--ct-log-url=',
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
    ]);
    // Track whatever started, so a failure of the other one still stops it.
    const [tsaStart, fulcioStart] = started;
    if (tsaStart.status === 'fulfilled') services.push(...tsaStart.value);
    if (fulcioStart.status === 'fulfilled') services.push(fulcioStart.value);
    const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const [fulcioMeter, tsaMeter] = await Promise.all([
      startMeter('github-fulcio', fulcioPort!, (m, p) => m === 'POST' && p === '/api/v2/signingCert'),
      startMeter('github-tsa', tsaPort!, (m, p) => m === 'POST' && p === '/api/v1/timestamp'),
    ]);
    services.push(fulcioMeter.service, tsaMeter.service);
    const fulcioURL = `http://127.0.0.1:${fulcioMeter.port}`;
    const tsaURL = `http://127.0.0.1:${tsaMeter.port}/api/v1/timestamp`;
    const tsaChainPem = await fetch(`http://127.0.0.1:${tsaPort}/api/v1/timestamp/certchain`).then((r) =>
      r.text(),
    );
    const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
    const trustedRoot: Record<string, unknown> = {
      mediaType: TRUSTED_ROOT_MEDIA_TYPE,
      tlogs: [],
      certificateAuthorities: [
        {
          subject: { organization: 'GitHub, Inc.', commonName: 'Internal Services Root' },
          uri: fulcioURL,
          certChain: { certificates: [{ rawBytes: b64(ca.intermediateDer) }, { rawBytes: b64(ca.rootDer) }] },
          validFor: { start },
        },
      ],
      ctlogs: [],
      timestampAuthorities: [
        {
          subject: { organization: 'GitHub, Inc.', commonName: 'Internal Services Root' },
          uri: tsaURL,
          certChain: { certificates: pemBlocks(tsaChainPem).map((der) => ({ rawBytes: b64(der) })) },
          validFor: { start },
        },
      ],
    };
    const service = (url: string) => ({
      url,
      majorApiVersion: 1,
      validFor: { start },
      operator: 'github-shaped',
    });
    const signingConfig = {
      mediaType: SIGNING_CONFIG_MEDIA_TYPE,
      caUrls: [service(fulcioURL)],
      oidcUrls: [],
      rekorTlogUrls: [],
      tsaUrls: [service(tsaURL)],
      rekorTlogConfig: { selector: 'ANY' },
      tsaConfig: { selector: 'ANY' },
    };
    writeFileSync(d('trusted_root.json'), JSON.stringify(trustedRoot, null, 2) + '\n');
    writeFileSync(d('signing_config.json'), JSON.stringify(signingConfig, null, 2) + '\n');
    startTimes.total = Date.now() - t0;
    const counters = {
      get certificates() {
        return fulcioMeter.meter.created;
      },
      get timestamps() {
        return tsaMeter.meter.created;
      },
      get refused() {
        return fulcioMeter.meter.refused + tsaMeter.meter.refused;
      },
    };
    return {
      fulcioURL,
      tsaURL,
      trustedRootPath: d('trusted_root.json'),
      signingConfigPath: d('signing_config.json'),
      trustedRoot,
      signingConfig,
      fulcioChainPem,
      tsaChainPem,
      counters,
      startTimes,
      services,
      async stop() {
        await Promise.allSettled([...services].reverse().map((s) => s.stop()));
      },
    };
  } catch (err) {
    await Promise.allSettled([...services].reverse().map((s) => s.stop()));
    throw err;
  }
}
