// Reading real buildx metadata files (captured with buildx v0.38.2 against the bed's Docker 20.10
// engine, test/fixtures/buildx/), and the reasons given when there is no pushed digest.
import { readFileSync } from 'node:fs';
import { parseBuildxMetadata, toPushedDigest } from '../../../src/build/buildx-metadata.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/buildx/${name}`, import.meta.url), 'utf8');

describe('parseBuildxMetadata', () => {
  it('takes containerimage.digest from a push with the docker driver', () => {
    const meta = parseBuildxMetadata(fixture('metadata-docker-driver-push.json'));
    expect(meta).toMatchObject({
      digest: 'sha256:d3a5a0e008e3e2b47154b10c404304311090d7a15d9e57930067741fcc85e5f2',
      configDigest: 'sha256:b6b5ae15598a5a61f22c5d1cfc51e048fa1339909695043bed2b8f3d9b1813e8',
      buildRef: expect.stringMatching(/^default\/default\//),
    });
    expect(toPushedDigest(meta)).toBe(meta.digest);
  });

  it('reads the descriptor, image names and warnings of a BuildKit push', () => {
    const meta = parseBuildxMetadata(
      JSON.stringify({
        'containerimage.descriptor': {
          mediaType: 'application/vnd.oci.image.index.v1+json',
          digest: `sha256:${'c'.repeat(64)}`,
          size: 856,
        },
        'containerimage.digest': `sha256:${'c'.repeat(64)}`,
        'image.name': 'ghcr.io/a/b:1,ghcr.io/a/b:latest',
        'buildx.build.warnings': [
          {
            vertex: 'sha256:x',
            level: 1,
            short: Buffer.from('FromAsCasing: mismatched casing').toString('base64'),
          },
        ],
      }),
    );
    expect(meta.imageNames).toEqual(['ghcr.io/a/b:1', 'ghcr.io/a/b:latest']);
    expect(meta.descriptor?.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(meta.warnings).toEqual(['FromAsCasing: mismatched casing']);
  });

  it('says the builder ran cache-only when nothing was exported', () => {
    const meta = parseBuildxMetadata(fixture('metadata-cacheonly.json'));
    expect(() => toPushedDigest(meta)).toThrow(
      expect.objectContaining({ code: 'BUILD_NO_DIGEST', message: expect.stringContaining('cache-only') }),
    );
  });

  it('says the image was loaded when the digest is the config digest', () => {
    const d = `sha256:${'b'.repeat(64)}`;
    const meta = parseBuildxMetadata(
      JSON.stringify({ 'containerimage.digest': d, 'containerimage.config.digest': d }),
    );
    expect(() => toPushedDigest(meta)).toThrow(
      expect.objectContaining({
        code: 'BUILD_NO_DIGEST',
        message: expect.stringContaining('loaded into the engine'),
      }),
    );
  });

  it('says the image was exported, not pushed, when only the config digest is there', () => {
    const meta = parseBuildxMetadata(
      JSON.stringify({ 'containerimage.config.digest': `sha256:${'b'.repeat(64)}` }),
    );
    expect(() => toPushedDigest(meta)).toThrow(
      expect.objectContaining({ code: 'BUILD_NO_DIGEST', message: expect.stringContaining('not pushed') }),
    );
  });

  it.each([
    ['not JSON', '{'],
    ['an array', '[]'],
    ['a bad digest', '{"containerimage.digest":"sha256:12"}'],
    ['a non-string digest', '{"containerimage.digest":1}'],
  ])('fails with BUILD_INVALID_OUTPUT on %s', (_n, text) => {
    expect(() => parseBuildxMetadata(text)).toThrow(
      expect.objectContaining({ code: 'BUILD_INVALID_OUTPUT' }),
    );
  });

  it('parses the load fixture (the image ID as containerimage.digest, no config digest)', () => {
    expect(parseBuildxMetadata(fixture('metadata-docker-driver-load.json')).digest).toBe(
      'sha256:b6b5ae15598a5a61f22c5d1cfc51e048fa1339909695043bed2b8f3d9b1813e8',
    );
  });
});
