// uploadBlob's existence check, and the option that skips it for small blobs that are almost never there.
import { RegistryClient } from '../../../src/registry/client.ts';
import { sha256Digest } from '../../../src/registry/digest.ts';
import { parseReference } from '../../../src/registry/name.ts';
import { startRegistryStub, type RegistryStub } from '../../support/registry-stub.ts';

let stub: RegistryStub;
let client: RegistryClient;
beforeEach(async () => {
  stub = await startRegistryStub();
  client = new RegistryClient({}, { sleep: async () => {} });
});
afterEach(async () => {
  client.close();
  await stub.stop();
});

const blobRequests = () => stub.requests.filter((r) => r.path.includes('/blobs/')).map((r) => r.method);

describe('uploadBlob', () => {
  it('asks whether the blob exists first, and uploads only when it does not', async () => {
    const repo = parseReference(`${stub.host}/acme/app`);
    const bytes = Buffer.from('payload');
    await client.uploadBlob(repo, bytes, { digest: sha256Digest(bytes) });
    expect(blobRequests()).toEqual(['HEAD', 'POST', 'PUT']);
    stub.requests.length = 0;
    expect((await client.uploadBlob(repo, bytes, { digest: sha256Digest(bytes) })).how).toBe('existed');
    expect(blobRequests()).toEqual(['HEAD']);
  });

  it('with skipExistenceCheck uploads straight away, and the blob is stored all the same', async () => {
    const repo = parseReference(`${stub.host}/acme/app`);
    const bytes = Buffer.from('signature payload');
    const r = await client.uploadBlob(repo, bytes, { digest: sha256Digest(bytes), skipExistenceCheck: true });
    expect(r.how).toBe('uploaded');
    expect(blobRequests()).toEqual(['POST', 'PUT']);
    expect(stub.blobs.get(`acme/app@${sha256Digest(bytes)}`)?.equals(bytes)).toBe(true);
  });
});
