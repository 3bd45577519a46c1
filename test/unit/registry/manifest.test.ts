import { parseManifest } from '../../../src/registry/manifest.ts';
import {
  DOCKER_MANIFEST_LIST_MEDIA_TYPE,
  DOCKER_MANIFEST_MEDIA_TYPE,
  OCI_INDEX_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
} from '../../../src/registry/constants.ts';

const D = 'sha256:' + 'c'.repeat(64);
const desc = { mediaType: 'x', digest: D, size: 1 };
const enc = (o: unknown) => Buffer.from(JSON.stringify(o));

describe('parseManifest', () => {
  describe('when the document is well formed', () => {
    it.each([
      [
        { schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE, config: desc, layers: [desc] },
        undefined,
        OCI_MANIFEST_MEDIA_TYPE,
      ],
      [{ schemaVersion: 2, config: desc, layers: [] }, undefined, OCI_MANIFEST_MEDIA_TYPE],
      [{ schemaVersion: 2, manifests: [desc] }, undefined, OCI_INDEX_MEDIA_TYPE],
      [
        { schemaVersion: 2, mediaType: DOCKER_MANIFEST_MEDIA_TYPE, config: desc, layers: [] },
        DOCKER_MANIFEST_MEDIA_TYPE,
        DOCKER_MANIFEST_MEDIA_TYPE,
      ],
      [
        { schemaVersion: 2, mediaType: DOCKER_MANIFEST_LIST_MEDIA_TYPE, manifests: [] },
        'application/octet-stream',
        DOCKER_MANIFEST_LIST_MEDIA_TYPE,
      ],
      [
        { schemaVersion: 2, config: desc, layers: [] },
        `${OCI_MANIFEST_MEDIA_TYPE}; charset=utf-8`,
        OCI_MANIFEST_MEDIA_TYPE,
      ],
    ])('reads the media type of %j', (doc, given, want) => {
      expect(parseManifest(enc(doc), given).mediaType).toBe(want);
    });
  });

  describe('when the document is malformed', () => {
    it.each([
      ['not json', Buffer.from('{'), undefined, 'not valid JSON'],
      ['an array', enc([]), undefined, 'not a JSON object'],
      ['schema 1', enc({ schemaVersion: 1 }), undefined, 'expected schemaVersion 2, got 1'],
      [
        'mislabelled',
        enc({ schemaVersion: 2, mediaType: OCI_INDEX_MEDIA_TYPE, manifests: [] }),
        OCI_MANIFEST_MEDIA_TYPE,
        'does not match',
      ],
      [
        'unknown type',
        enc({ schemaVersion: 2, mediaType: 'application/x' }),
        undefined,
        'unsupported media type application/x',
      ],
      [
        'bad digest',
        enc({ schemaVersion: 2, config: { ...desc, digest: 'sha256:z' }, layers: [] }),
        undefined,
        'config: descriptor digest',
      ],
      [
        'negative size',
        enc({ schemaVersion: 2, manifests: [{ ...desc, size: -1 }] }),
        undefined,
        'has no valid size',
      ],
      ['no layers', enc({ schemaVersion: 2, config: desc }), undefined, 'no layers array'],
      ['no type at all', enc({ schemaVersion: 2 }), undefined, 'no media type'],
    ])('refuses %s with REGISTRY_INVALID_MANIFEST', (_name, bytes, given, msg) => {
      expect(() => parseManifest(bytes, given)).toThrow(
        expect.objectContaining({ code: 'REGISTRY_INVALID_MANIFEST', message: expect.stringContaining(msg) }),
      );
    });
  });
});
