// Storing attestations in GitHub's attestation store through the real @actions/github Octokit, against
// a loopback stand-in for GitHub's REST API (test/support/github-api-stand-in.ts; GitHub's API cannot
// run here) that checks path, headers and body as GitHub documents them. Covers 201 `{ id }` and the
// outputs' URLs, retries on 5xx and 429 (with Retry-After), a final 403 with the `permissions:` block,
// `push-to-github: auto` turning a 403 into a warning, 422 not retried, storage records for an
// organization, and bundles GitHub does not store (message signatures) refused before any request.
import { generateKeyPairSync } from 'node:crypto';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import {
  publishAttestations,
  toBundlesToStore,
  type PublishDeps,
} from '../../src/attestation-store/index.ts';
import {
  githubRequest,
  storeOnGitHub,
  githubStoreTarget,
  parsePushToGitHub,
} from '../../src/ci/common/github-store.ts';
import { signMessage, signStatement } from '../../src/sign/bundler.ts';
import { KeySigner } from '../../src/sign/key-signer.ts';
import { toFileStatement } from '../../src/attest/index.ts';
import { startGitHubApiStandIn, type GitHubApiStandIn } from '../support/github-api-stand-in.ts';

const TOKEN = 'ghs_standInToken0123456789';
let api: GitHubApiStandIn;
let statement: SerializedBundle;
let messageSignature: SerializedBundle;
const sleeps: number[] = [];
const deps = (): PublishDeps => ({
  request: githubRequest(TOKEN, api.url),
  clock: { sleep: async (ms) => void sleeps.push(ms), random: () => 0 },
  retry: { attempts: 4, baseDelayMs: 10 },
});
const input = (bundles: SerializedBundle[] = [statement]) => ({
  owner: 'signet-bed',
  repo: 'app',
  serverURL: 'https://github.com',
  bundles: bundles.map((bundle, i) => ({ label: `bundle ${i}`, bundle })),
});

beforeAll(async () => {
  api = await startGitHubApiStandIn(TOKEN);
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signer = new KeySigner(privateKey);
  const s = toFileStatement(
    [{ name: 'app.tar.gz', digest: `sha256:${'ab'.repeat(32)}` }],
    'https://slsa.dev/provenance/v1',
    {},
  );
  statement = bundleToJSON(await signStatement(s, { signer, witnesses: [] }));
  messageSignature = bundleToJSON(await signMessage(Buffer.from('blob'), { signer, witnesses: [] }));
});
afterAll(() => api?.stop());
beforeEach(() => {
  api.requests.length = 0;
  sleeps.length = 0;
});

describe('publishAttestations through Octokit', () => {
  it('posts each bundle as GitHub documents it and returns the ids and attestation URLs', async () => {
    const r = await publishAttestations(input([statement, statement]), deps());
    expect(api.requests.map((q) => [q.path, q.status, q.violation])).toEqual([
      ['/repos/signet-bed/app/attestations', 201, undefined],
      ['/repos/signet-bed/app/attestations', 201, undefined],
    ]);
    expect((api.requests[0]!.body as { bundle: unknown }).bundle).toEqual(statement);
    const ids = r.attestations.map((a) => a.id);
    expect(ids[0]).toMatch(/^\d+$/);
    expect(r.attestations[0]!.url).toBe(`https://github.com/signet-bed/app/attestations/${ids[0]}`);
    expect(r.skipped).toBe(false);
  });

  it('retries 500, 502 and 429 (waiting Retry-After) and then stores', async () => {
    api.queue(
      { status: 500, body: { message: 'boom' } },
      { status: 502 },
      { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '2' } },
    );
    const r = await publishAttestations(input(), deps());
    expect(api.requests.map((q) => q.status)).toEqual([500, 502, 429, 201]);
    expect(sleeps).toEqual([10, 20, 2000]);
    expect(r.attestations).toHaveLength(1);
  });

  it('gives up after the retries with GITHUB_API_UNAVAILABLE', async () => {
    api.queue(...Array.from({ length: 4 }, () => ({ status: 503, body: { message: 'unavailable' } })));
    await expect(publishAttestations(input(), deps())).rejects.toMatchObject({
      code: 'GITHUB_API_UNAVAILABLE',
      message: expect.stringContaining('503 unavailable after 4 tries'),
    });
    expect(api.requests).toHaveLength(4);
  });

  it('fails a 403 at once with GITHUB_API_FORBIDDEN and the permissions: block to add', async () => {
    api.queue({ status: 403, body: { message: 'Resource not accessible by integration' } });
    const err = (await publishAttestations(input(), deps()).catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ code: 'GITHUB_API_FORBIDDEN', status: 403 });
    expect(err.message).toContain('403 Resource not accessible by integration');
    expect(err.message).toContain('permissions:\n  id-token: write\n  attestations: write');
    expect(api.requests).toHaveLength(1);
  });

  it('does not retry a 422 and names it GITHUB_API_INVALID', async () => {
    api.queue({ status: 422, body: { message: 'Validation Failed' } });
    await expect(publishAttestations(input(), deps())).rejects.toMatchObject({ code: 'GITHUB_API_INVALID' });
    expect(api.requests).toHaveLength(1);
  });

  it('refuses a message-signature bundle before sending anything', async () => {
    await expect(publishAttestations(input([statement, messageSignature]), deps())).rejects.toMatchObject({
      code: 'GITHUB_API_INVALID_INPUT',
      message: expect.stringContaining('got a message signature'),
    });
    expect(api.requests).toHaveLength(0);
  });

  it('writes storage records for an organization and keeps their ids', async () => {
    const r = await publishAttestations(
      {
        ...input(),
        storageRecords: {
          org: 'signet-bed',
          records: [
            {
              name: 'ghcr.io/signet-bed/app',
              digest: `sha256:${'cd'.repeat(32)}`,
              registryURL: 'https://ghcr.io',
              repository: 'signet-bed/app',
            },
          ],
        },
      },
      deps(),
    );
    expect(api.requests.map((q) => [q.path, q.violation])).toEqual([
      ['/repos/signet-bed/app/attestations', undefined],
      ['/orgs/signet-bed/artifacts/metadata/storage-record', undefined],
    ]);
    expect(api.requests[1]!.body).toEqual({
      name: 'ghcr.io/signet-bed/app',
      digest: `sha256:${'cd'.repeat(32)}`,
      registry_url: 'https://ghcr.io',
      repository: 'signet-bed/app',
    });
    expect(r.storageRecordIds).toHaveLength(1);
  });

  it('keeps the attestations when a storage record is forbidden, with a warning', async () => {
    api.queue({ status: 201, body: { id: 7 } }, { status: 403, body: { message: 'Must have admin rights' } });
    const r = await publishAttestations(
      {
        ...input(),
        storageRecords: {
          org: 'signet-bed',
          records: [{ name: 'x', digest: `sha256:${'cd'.repeat(32)}`, registryURL: 'https://ghcr.io' }],
        },
      },
      deps(),
    );
    expect(r.attestations.map((a) => a.id)).toEqual(['7']);
    expect(r.warnings).toEqual([expect.stringContaining('artifact-metadata: write')]);
  });
});

describe('storeOnGitHub (push-to-github)', () => {
  const target = (token?: string) =>
    githubStoreTarget(
      { env: { GITHUB_REPOSITORY: 'signet-bed/app', GITHUB_API_URL: api.url } },
      token,
      false,
    );
  const bundles = () =>
    toBundlesToStore([{ subject: 'app.tar.gz', kind: 'provenance', format: 'bundle', bundle: statement }]);

  it('auto without a token stores nothing and says why', async () => {
    expect(await storeOnGitHub('auto', target(), bundles())).toEqual({
      skipped: expect.stringContaining('no GitHub token'),
    });
    expect(api.requests).toHaveLength(0);
  });

  it('true without a token fails naming the permissions', async () => {
    await expect(storeOnGitHub('true', target(), bundles())).rejects.toThrow(
      /push-to-github: true needs no GitHub token.*attestations: write/s,
    );
  });

  it('auto turns a 403 into a warning; true fails', async () => {
    api.queue({ status: 403, body: { message: 'Resource not accessible by integration' } });
    const auto = await storeOnGitHub('auto', target(TOKEN), bundles());
    expect(auto).toMatchObject({
      stored: { skipped: true, attestations: [], warnings: [expect.stringContaining('attestations: write')] },
    });
    api.queue({ status: 403, body: { message: 'Resource not accessible by integration' } });
    await expect(storeOnGitHub('true', target(TOKEN), bundles())).rejects.toMatchObject({
      code: 'GITHUB_API_FORBIDDEN',
    });
  });

  it('false never sends', async () => {
    expect(await storeOnGitHub('false', target(TOKEN), bundles())).toEqual({
      skipped: 'push-to-github: false',
    });
    expect(api.requests).toHaveLength(0);
  });

  it('parses the input strictly', () => {
    expect(parsePushToGitHub('', 'input push-to-github')).toBe('auto');
    expect(() => parsePushToGitHub('yes', 'input push-to-github')).toThrow(
      'input push-to-github takes auto, true or false, got "yes"',
    );
  });
});
