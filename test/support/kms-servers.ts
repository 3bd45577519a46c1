// KMS back ends for the key-URI tests, each started and stopped by PID here:
// - a REAL Vault dev server (HashiCorp Vault, built from its Go module by .ci/install-tools.sh) with the
//   transit engine mounted, for hashivault:// (see startVault);
// - moto's KMS (PyPI moto[server]; a STAND-IN for AWS KMS that holds real keys) behind
//   moto-kms-digest.py, a FAULT-CORRECTING wrapper that makes its Sign honour MessageType=DIGEST, served
//   over TLS with a test CA (cosign reaches awskms://ENDPOINT/… as https://ENDPOINT).
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startProcess, type Service } from '../bed/proc.ts';
import { toolPath } from '../bed/tools.ts';
import { TestCa } from './test-ca.ts';

/** A test CA and a server certificate for 127.0.0.1 and localhost it issued. */
export interface TestTls {
  caPath: string;
  certPath: string;
  keyPath: string;
}

/** Makes a throw-away CA and a loopback server certificate (test-ca.ts), written to `dir`. */
export async function makeTestTls(dir: string): Promise<TestTls> {
  mkdirSync(dir, { recursive: true });
  const p = (n: string) => join(dir, n);
  const ca = await TestCa.create({ name: 'CN=signet test CA' });
  const server = await ca.issue({ subject: 'CN=localhost', serverHosts: ['127.0.0.1', 'localhost'] });
  writeFileSync(p('ca.pem'), ca.certPem);
  writeFileSync(p('server.pem'), server.certPem);
  writeFileSync(p('server.key'), server.keyPem, { mode: 0o600 });
  return { caPath: p('ca.pem'), certPath: p('server.pem'), keyPath: p('server.key') };
}

/** Whether an HTTPS GET of `url` trusting `ca` gets any HTTP answer. */
function httpsAnswers(url: string, ca: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { ca, timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** A running moto KMS over TLS: `endpoint` is HOST:PORT for awskms://ENDPOINT/… URIs. */
export interface MotoKms extends Service {
  endpoint: string;
  caPath: string;
  /** Environment for cosign and Signet: the CA, a region and moto's dummy credentials. */
  env: Record<string, string>;
}

const WRAPPER = fileURLToPath(new URL('moto-kms-digest.py', import.meta.url));

/** Starts moto's server (through the DIGEST-correcting wrapper) on a free loopback port with TLS. */
export async function startMotoKms(dir: string, tls: TestTls): Promise<MotoKms> {
  // The pinned venv's python (install-tools.sh links its moto_server into .cache/tools/bin).
  const python = join(dirname(realpathSync(toolPath('moto_server'))), 'python');
  const port = await freePort();
  const endpoint = `127.0.0.1:${port}`;
  const ca = (await import('node:fs')).readFileSync(tls.caPath, 'utf8');
  const svc = await startProcess(
    'moto-kms',
    [
      python,
      WRAPPER,
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
      '--ssl-cert',
      tls.certPath,
      '--ssl-key',
      tls.keyPath,
    ],
    {
      logDir: dir,
      env: { PATH: process.env.PATH, HOME: dir },
      ready: () => httpsAnswers(`https://${endpoint}/moto-api/`, ca),
      readyTimeoutMs: 60_000,
    },
  );
  return Object.assign(svc, {
    endpoint,
    caPath: tls.caPath,
    env: {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_CA_BUNDLE: tls.caPath,
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  });
}

/** A running Vault dev server with transit mounted. */
export interface VaultServer extends Service {
  addr: string;
  token: string;
}

/** Starts `vault server -dev` on a free loopback port and mounts the transit engine at `transit/`. */
export async function startVault(dir: string, token: string): Promise<VaultServer> {
  const port = await freePort();
  const addr = `http://127.0.0.1:${port}`;
  const svc = await startProcess(
    'vault',
    [
      toolPath('vault'),
      'server',
      '-dev',
      `-dev-root-token-id=${token}`,
      `-dev-listen-address=127.0.0.1:${port}`,
      '-dev-no-store-token',
    ],
    {
      logDir: dir,
      env: { PATH: process.env.PATH, HOME: dir },
      ready: async () => {
        try {
          return (await fetch(`${addr}/v1/sys/health`)).status === 200;
        } catch {
          return false;
        }
      },
      readyTimeoutMs: 60_000,
    },
  );
  const mount = await fetch(`${addr}/v1/sys/mounts/transit`, {
    method: 'POST',
    headers: { 'x-vault-token': token, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'transit' }),
  });
  if (mount.status !== 204 && mount.status !== 200) {
    await svc.stop();
    throw new Error(`vault: mounting transit answered ${mount.status}: ${await mount.text()}`);
  }
  return Object.assign(svc, { addr, token });
}

/** Calls Vault's API as the root token (for test set-up: extra keys, policies, tokens). */
export async function vaultWrite(
  v: VaultServer,
  path: string,
  body: unknown,
  token = v.token,
): Promise<unknown> {
  const r = await fetch(`${v.addr}/v1/${path}`, {
    method: 'POST',
    headers: { 'x-vault-token': token, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  if (r.status >= 300) throw new Error(`vault ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}
