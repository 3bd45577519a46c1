// The signing core against the bed's real Fulcio, TSA and Rekor v1 (rekor-server v1.5.4 on Trillian; see
// test/bed/sigstore-real.ts):
// sigstore-js builders with Signet's signers produce bundles that Signet's verifier and the real
// cosign accept, and one run asks Fulcio for one certificate however many signatures it makes.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleToJSON } from '@sigstore/bundle';
import { startBed, type Bed } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { run } from '../support/run.ts';
import { createWitnesses, signMessage, signStatement } from '../../src/sign/bundler.ts';
import { ReusableCertificateSigner } from '../../src/sign/reusable-certificate-signer.ts';
import { toSimpleSigningPayload } from '../../src/sign/simple-signing.ts';
import { toLegacyAnnotations } from '../../src/sign/legacy-annotations.ts';
import { toStatement } from '../../src/sign/statement.ts';
import { COSIGN_SIGN_PREDICATE_TYPE } from '../../src/sign/constants.ts';
import { verifySignature, type SignatureCheck } from '../../src/verify/signature.ts';
import { parseIdentityPolicy } from '../../src/verify/identity.ts';
import { buildTrustMaterial, parseTrustedRoot } from '../../src/verify/trust.ts';
import type { Digest } from '../../src/registry/name.ts';

let bed: Bed;
beforeAll(async () => {
  bed = await startBed({ registries: [], sigstore: true, oidc: true });
});
afterAll(async () => {
  await bed?.stop();
});

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const digest = `sha256:${createHash('sha256').update('an image').digest('hex')}` as Digest;

function check(): SignatureCheck {
  const root = parseTrustedRoot(bed.sigstore!.trustedRoot, 'bed trusted root');
  return {
    digest,
    repository: '127.0.0.1:5000/app',
    trust: buildTrustMaterial(root),
    signer: {
      kind: 'keyless',
      policy: parseIdentityPolicy({ certificateIdentity: IDENTITY, certificateOidcIssuer: GITHUB_ISSUER }),
    },
    requireTlog: true,
  };
}

function signer() {
  return new ReusableCertificateSigner({
    fulcioURL: bed.sigstore!.fulcioURL,
    getToken: async () => bed.oidc!.githubToken(),
  });
}

describe('the signing core, keyless against the bed', () => {
  it('signs a simple-signing payload and a statement with one Fulcio certificate; the verifier accepts both', async () => {
    const before = { ...bed.sigstore!.counters };
    const s = signer();
    const payload = toSimpleSigningPayload({ dockerReference: '127.0.0.1:5000/app', digest });
    const legacy = await signMessage(payload, {
      signer: s,
      witnesses: createWitnesses(
        { rekorURL: bed.sigstore!.rekorURL, tsaURL: bed.sigstore!.tsaURL },
        'hashedrekord',
      ),
    });
    const dsse = await signStatement(toStatement(digest, COSIGN_SIGN_PREDICATE_TYPE, {}), {
      signer: s,
      witnesses: createWitnesses({ rekorURL: bed.sigstore!.rekorURL, tsaURL: bed.sigstore!.tsaURL }, 'dsse'),
    });
    expect(bed.sigstore!.counters.certificates - before.certificates).toBe(1);
    expect(bed.sigstore!.counters.entries - before.entries).toBe(2);
    expect(bed.sigstore!.counters.timestamps - before.timestamps).toBe(2);

    const v1 = verifySignature(
      { format: 'legacy', location: 'legacy', payload, annotations: toLegacyAnnotations(legacy) },
      check(),
    );
    expect(v1.identity?.subjectAlternativeName).toBe(IDENTITY);
    expect(v1.timestampAuthorities).toBe(1);
    const v2 = verifySignature(
      { format: 'bundle', location: 'bundle', bundleJSON: bundleToJSON(dsse) },
      check(),
    );
    expect(v2.identity?.issuer).toBe(GITHUB_ISSUER);
    expect(dsse.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(dsse.verificationMaterial.tlogEntries[0]?.kindVersion?.kind).toBe('dsse');
  });

  it('asks for a new certificate once the old one is too old to reuse', async () => {
    let clock = 0;
    const s = new ReusableCertificateSigner({
      fulcioURL: bed.sigstore!.fulcioURL,
      getToken: async () => bed.oidc!.githubToken(),
      now: () => clock,
      reuseForMs: 1000,
    });
    const before = bed.sigstore!.counters.certificates;
    await s.sign(Buffer.from('a'));
    await s.sign(Buffer.from('b'));
    clock = 5000;
    await s.sign(Buffer.from('c'));
    expect(bed.sigstore!.counters.certificates - before).toBe(2);
  });

  it('writes blob bundles the real cosign verify-blob accepts', async () => {
    const dir = join(bed.dir, 'blob');
    const blob = Buffer.from('release binary\n');
    const bundle = await signMessage(blob, {
      signer: signer(),
      witnesses: createWitnesses({ rekorURL: bed.sigstore!.rekorURL }, 'hashedrekord'),
    });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'blob'), blob);
    writeFileSync(join(dir, 'blob.sigstore.json'), JSON.stringify(bundleToJSON(bundle)));
    const env = { HOME: dir, TUF_ROOT: join(dir, 'tuf') };
    const args = (identity: string) => [
      toolPath('cosign'),
      'verify-blob',
      `--bundle=${join(dir, 'blob.sigstore.json')}`,
      `--trusted-root=${bed.sigstore!.trustedRootPath}`,
      `--certificate-identity=${identity}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      join(dir, 'blob'),
    ];
    const ok = await run(args(IDENTITY), { env });
    expect(ok.stderr).toContain('Verified OK');
    expect(ok.code).toBe(0);
    const wrong = await run(args('https://github.com/someone/else/.github/workflows/x.yml@refs/heads/main'), {
      env,
    });
    expect(wrong.code).not.toBe(0);
  });

  it('fails without writing anything when Fulcio refuses the token', async () => {
    const s = new ReusableCertificateSigner({
      fulcioURL: bed.sigstore!.fulcioURL,
      getToken: async () => bed.oidc!.githubToken({ aud: 'not-sigstore' }),
    });
    const before = { ...bed.sigstore!.counters };
    await expect(
      signMessage(Buffer.from('x'), {
        signer: s,
        witnesses: createWitnesses({ rekorURL: bed.sigstore!.rekorURL }, 'hashedrekord'),
      }),
    ).rejects.toThrow();
    expect(bed.sigstore!.counters.entries).toBe(before.entries);
    expect(bed.sigstore!.counters.refused).toBe(before.refused + 1);
  });
});
