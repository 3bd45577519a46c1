// The registry part of the test bed: the real CNCF Distribution registry (Debian `docker-registry`,
// 2.8: no OCI referrers API, so the `sha256-<hex>` tag fallback is exercised), in three flavours:
// anonymous, htpasswd basic auth, and bearer tokens from the loopback token issuer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { freePort, httpAnswers, requireTool, startProcess, type Service } from './proc.ts';
import { startTokenIssuer, type TokenIssuer, type TokenUser } from './token-issuer.ts';

export type RegistryFlavour = 'anonymous' | 'basic' | 'token';

/** A running registry of one flavour, with the credentials that open it. */
export interface BedRegistry {
  flavour: RegistryFlavour;
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `127.0.0.1:PORT`, the registry part of image references. */
  host: string;
  /** Push/pull user (absent for anonymous). */
  username?: string;
  password?: string;
  /** A pull-only user (token flavour only): pushes with it must be denied. */
  reader?: { username: string; password: string };
  /** A folder with a docker `config.json` holding this registry's auth: use it as DOCKER_CONFIG. */
  dockerConfigDir: string;
  /** Token service counters (token flavour only). */
  tokenIssuer?: TokenIssuer;
  /** Where the registry keeps its blobs and manifests. */
  storageDir: string;
  logPath: string | undefined;
  /** PID of the registry process. */
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  flavour: RegistryFlavour;
  /** A fresh folder for this registry's storage and configuration. */
  dir: string;
  logDir: string;
}

const USER = 'signet';
// Test bed credentials: generated per run, never real secrets.
const randomPassword = () => `pw-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

function configYaml(opts: { port: number; storageDir: string; auth: string }): string {
  // Distribution's documented configuration: https://distribution.github.io/distribution/about/configuration/
  return [
    'version: 0.1',
    'log:',
    '  level: info',
    '  formatter: text',
    '  accesslog:',
    '    disabled: false',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(opts.storageDir)}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${opts.port}`,
    '  headers:',
    '    X-Content-Type-Options: [nosniff]',
    opts.auth,
    '',
  ].join('\n');
}

/** Starts one Distribution registry on a free loopback port; resolves once it answers `/v2/`. */
export async function startRegistry(opts: RegistryOptions): Promise<BedRegistry> {
  const bin = requireTool('docker-registry', 'apt-get install docker-registry (or run `npm run tools`)');
  const storageDir = join(opts.dir, 'storage');
  mkdirSync(storageDir, { recursive: true });
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let auth = '';
  let username: string | undefined;
  let password: string | undefined;
  let reader: BedRegistry['reader'];
  let tokenIssuer: TokenIssuer | undefined;

  if (opts.flavour === 'basic') {
    username = USER;
    password = randomPassword();
    const htpasswd = join(opts.dir, 'htpasswd');
    writeFileSync(htpasswd, `${username}:${bcrypt.hashSync(password, 5)}\n`);
    auth = ['auth:', '  htpasswd:', '    realm: signet-bed', `    path: ${JSON.stringify(htpasswd)}`].join(
      '\n',
    );
  } else if (opts.flavour === 'token') {
    username = USER;
    password = randomPassword();
    reader = { username: 'reader', password: randomPassword() };
    const users: TokenUser[] = [
      { username, password, actions: ['pull', 'push', 'delete'] },
      { ...reader, actions: ['pull'] },
    ];
    tokenIssuer = await startTokenIssuer({ port: await freePort(), users });
    const bundle = join(opts.dir, 'token-ca.pem');
    writeFileSync(bundle, tokenIssuer.rootCertPem);
    auth = [
      'auth:',
      '  token:',
      `    realm: ${tokenIssuer.realm}`,
      `    service: ${tokenIssuer.service}`,
      `    issuer: ${tokenIssuer.issuer}`,
      `    rootcertbundle: ${JSON.stringify(bundle)}`,
    ].join('\n');
  }

  const configPath = join(opts.dir, 'config.yml');
  writeFileSync(configPath, configYaml({ port, storageDir, auth }));

  const dockerConfigDir = join(opts.dir, 'docker-config');
  mkdirSync(dockerConfigDir, { recursive: true });
  const auths: Record<string, { auth: string }> = {};
  if (username && password) auths[host] = { auth: Buffer.from(`${username}:${password}`).toString('base64') };
  writeFileSync(join(dockerConfigDir, 'config.json'), JSON.stringify({ auths }, null, 2), { mode: 0o600 });

  let proc: Service;
  try {
    proc = await startProcess(`registry-${opts.flavour}`, [bin, 'serve', configPath], {
      logDir: opts.logDir,
      ready: () => httpAnswers(`http://${host}/v2/`),
    });
  } catch (err) {
    await tokenIssuer?.stop();
    throw err;
  }
  return {
    flavour: opts.flavour,
    url: `http://${host}`,
    host,
    username,
    password,
    reader,
    dockerConfigDir,
    tokenIssuer,
    storageDir,
    logPath: proc.logPath,
    pid: proc.pid,
    async stop() {
      await proc.stop();
      await tokenIssuer?.stop();
    },
  };
}
