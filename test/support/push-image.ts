// Pushes a tiny image through Signet's registry client: a config that notes `text` (so every text
// gives another digest) and one layer holding `text` (none with `layer: false`), by tag or by digest.
// The one image maker of the sign, attest, verify and registry suites; `pushBedImage` does the same
// against a bed registry with its credentials, and `pushImageWithCrane` pushes through crane (another
// client's writes) for the CLI suites.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BedRegistry } from '../bed/index.ts';
import { toolPath } from '../bed/tools.ts';
import { runOk } from './run.ts';
import {
  parseReference,
  RegistryClient,
  OCI_MANIFEST_MEDIA_TYPE,
  sha256Digest,
  type Digest,
  type ImageRef,
} from '../../src/registry/index.ts';

/** What was pushed: the manifest's digest and size, and the image by digest. */
export interface PushedImage {
  digest: Digest;
  size: number;
  ref: ImageRef;
}

/** Pushes the image of `text` to `repo`, tagged `opts.tag` or by digest. */
export async function pushImage(
  client: Pick<RegistryClient, 'uploadBlob' | 'putManifest'>,
  repo: ImageRef,
  text: string,
  opts: { tag?: string; layer?: boolean } = {},
): Promise<PushedImage> {
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [] },
      note: text,
    }),
  );
  await client.uploadBlob(repo, config);
  const layers: { mediaType: string; digest: Digest; size: number }[] = [];
  if (opts.layer !== false) {
    const layer = Buffer.from(text);
    await client.uploadBlob(repo, layer);
    layers.push({
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
      digest: sha256Digest(layer),
      size: layer.length,
    });
  }
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256Digest(config),
        size: config.length,
      },
      layers,
    }),
  );
  const target = opts.tag ? { ...repo, tag: opts.tag } : { ...repo, digest: sha256Digest(manifest) };
  const put = await client.putManifest(target, manifest);
  return {
    digest: put.digest,
    size: manifest.length,
    ref: { registry: repo.registry, repository: repo.repository, digest: put.digest },
  };
}

/** A registry client holding the bed registry's credentials (from its docker config). */
export function bedRegistryClient(registry: BedRegistry): RegistryClient {
  const configPath = join(registry.dockerConfigDir, 'config.json');
  return new RegistryClient({
    credentials: { dockerConfigJson: readFileSync(configPath, 'utf8'), dockerConfigPath: configPath },
  });
}

let bedPushes = 0;

/**
 * Pushes a fresh image (its text made unique) to `repo` on a bed registry, tagged `opts.tag` (default
 * `t<n>`), and returns it by digest: `host/repo@sha256:…`.
 */
export async function pushBedImage(
  registry: BedRegistry,
  repo: string,
  text: string,
  opts: { tag?: string; layer?: boolean } = {},
): Promise<string> {
  const client = bedRegistryClient(registry);
  try {
    const n = ++bedPushes;
    const ref = parseReference(`${registry.host}/${repo}`);
    const { digest } = await pushImage(client, ref, `${text} ${n} ${Date.now()} ${Math.random()}`, {
      tag: opts.tag ?? `t${n}`,
      layer: opts.layer,
    });
    return `${registry.host}/${repo}@${digest}`;
  } finally {
    client.close();
  }
}

let cranePushes = 0;

/**
 * Pushes a one-file image to `repo` on a bed registry with crane (`append` then `digest`), working in
 * a new folder under `work`, and returns it by digest.
 */
export async function pushImageWithCrane(registry: BedRegistry, repo: string, work: string): Promise<string> {
  const n = ++cranePushes;
  const dir = mkdtempSync(join(work, 'img-'));
  writeFileSync(join(dir, 'f.txt'), `image ${n} ${Date.now()} ${Math.random()}\n`);
  await runOk(['tar', 'cf', join(dir, 'l.tar'), '-C', dir, 'f.txt']);
  const env = { DOCKER_CONFIG: registry.dockerConfigDir, HOME: dir };
  const tag = `${registry.host}/${repo}:v${n}`;
  await runOk(
    [toolPath('crane'), 'append', '--insecure', `--new_layer=${join(dir, 'l.tar')}`, `--new_tag=${tag}`],
    { env },
  );
  const digest = (await runOk([toolPath('crane'), 'digest', '--insecure', tag], { env })).stdout.trim();
  return `${registry.host}/${repo}@${digest}`;
}
