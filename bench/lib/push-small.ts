// What `crane append -f layer.tar` pushes, with Signet's registry client; run as a script it is the
// Signet side of bench/registry.ts's "push small artifact": a fresh Node process that loads only the
// registry client and pushes once (`node bench/lib/push-small.ts LAYER.tar REGISTRY/REPO`, credentials
// from $DOCKER_CONFIG/config.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  parseReference,
  type ImageRef,
} from '../../src/registry/index.ts';

/** Pushes what `crane append -f layer.tar` pushes: the tar layer, a config, an image manifest. */
export async function pushSmallArtifact(c: RegistryClient, r: ImageRef, layer: Buffer) {
  const cfgBytes = Buffer.from(
    '{"architecture":"","os":"","rootfs":{"type":"layers","diff_ids":[]},"config":{}}',
  );
  const [cfg, l] = await Promise.all([c.uploadBlob(r, cfgBytes), c.uploadBlob(r, layer)]);
  const m = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: cfg.digest,
        size: cfgBytes.length,
      },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: l.digest, size: layer.length }],
    }),
  );
  return await c.putManifest({ ...r, tag: 'v1' }, m);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [tarPath, repo] = process.argv.slice(2);
  const config = process.env.DOCKER_CONFIG ? join(process.env.DOCKER_CONFIG, 'config.json') : '';
  const c = new RegistryClient({
    credentials: config && existsSync(config) ? { dockerConfigJson: readFileSync(config, 'utf8') } : {},
  });
  await pushSmallArtifact(c, parseReference(repo!), readFileSync(tarPath!));
  c.close();
}
