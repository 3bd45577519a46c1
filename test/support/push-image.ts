// Pushes a tiny image through Signet's registry client: a config that notes `text` (so every text
// gives another digest) and one layer holding `text` (none with `layer: false`), by tag or by digest.
// The one image maker of the sign, attest, verify and registry suites.
import {
  OCI_MANIFEST_MEDIA_TYPE,
  sha256Digest,
  type Digest,
  type ImageRef,
  type RegistryClient,
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
