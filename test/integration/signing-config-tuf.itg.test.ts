// The default signing config, for real: with no `--signing-config` and no service URL flag, Signet takes
// `signing_config.v0.2.json` from a TUF repository with the real @sigstore/tuf, as cosign v3 does from
// public-good's. Public-good's repository cannot be reached here (and tests must not reach the Internet):
// SIGNET_TUF_URL/SIGNET_TUF_ROOT point at a loopback TUF repository (test/support/tuf-repo.ts, real signed
// metadata, named as a stand-in for https://tuf-repo-cdn.sigstore.dev) whose targets describe the bed's real
// services. Then several timestamp authorities: the bed's TSA and the GitHub-shaped instance's TSA (two
// real TSAs, two operators) under ALL and EXACT, and verification of a bundle with two timestamps.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  realSigstoreOf,
  startBed,
  type Bed,
  type GitHubSigstoreBed,
  type RealSigstoreBed,
} from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { signetFromSource } from '../support/cli.ts';
import { startTufRepoStandIn, type TufRepoStandIn } from '../support/tuf-repo.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
let bed: Bed;
let s: RealSigstoreBed;
let gh: GitHubSigstoreBed;
let tuf: TufRepoStandIn;
let work: string;
let rootPath: string;

/** The bed's Rekor v2 signing config, as a TUF target. */
const rekorV2Config = () =>
  JSON.parse(readFileSync(s.signingConfigs.rekorV2, 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  bed = await startBed({ registries: [], sigstore: true, githubSigstore: true });
  s = realSigstoreOf(bed);
  gh = bed.githubSigstore!;
  work = mkdtempSync(join(bed.dir, 'tuf-config-'));
  tuf = await startTufRepoStandIn(s.trustedRoot, { 'signing_config.v0.2.json': rekorV2Config() });
  rootPath = join(work, 'tuf-root.json');
  writeFileSync(rootPath, tuf.rootJSON);
});
afterAll(async () => {
  await tuf?.stop();
  await bed?.stop();
});

let n = 0;
/** Runs the CLI from source with a fresh HOME (so a fresh TUF cache) reading TUF from `mirror`. */
function signet(args: string[], mirror: TufRepoStandIn = tuf) {
  const home = join(work, `home-${++n}`);
  mkdirSync(home, { recursive: true });
  return signetFromSource(args, {
    env: {
      HOME: home,
      SIGNET_TUF_URL: mirror.url,
      SIGNET_TUF_ROOT: rootPath,
      NO_PROXY: '127.0.0.1,localhost',
    },
    cwd: work,
    timeoutMs: 60_000,
  });
}

interface BundleJSON {
  verificationMaterial: {
    tlogEntries?: { kindVersion: { kind: string; version: string } }[];
    timestampVerificationData?: { rfc3161Timestamps?: unknown[] };
  };
}
const readBundle = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as BundleJSON;

describe('signet sign-blob without a signing config or a service URL', () => {
  it('signs with the signing config from TUF (Rekor v2 + TSA), and verifies with the trusted root from TUF', async () => {
    const blob = join(work, 'default.txt');
    writeFileSync(blob, `default config ${Date.now()}\n`);
    const before = { ...s.counters };
    const r = await signet([
      'sign-blob',
      `--identity-token=${bed.oidc!.githubToken()}`,
      `--bundle=${blob}.sigstore.json`,
      blob,
    ]);
    expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(tuf.requests).toEqual(
      expect.arrayContaining(['timestamp.json', 'targets/signing_config.v0.2.json']),
    );
    const b = readBundle(`${blob}.sigstore.json`);
    expect(b.verificationMaterial.tlogEntries?.map((e) => e.kindVersion)).toEqual([
      { kind: 'hashedrekord', version: '0.0.2' },
    ]);
    expect(b.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    expect({
      certificates: s.counters.certificates - before.certificates,
      entries: s.counters.entries - before.entries,
      timestamps: s.counters.timestamps - before.timestamps,
    }).toEqual({ certificates: 1, entries: 1, timestamps: 1 });
    // No --trusted-root either: the trusted root comes from the same TUF repository.
    const v = await signet([
      'verify-blob',
      `--bundle=${blob}.sigstore.json`,
      `--certificate-identity=${IDENTITY}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      blob,
    ]);
    expect({ code: v.code, stderr: v.stderr }).toEqual({ code: 0, stderr: '' });
    expect(tuf.requests).toContain('targets/trusted_root.json');
  });

  it('fails closed, before any service is asked, when the TUF target does not match its metadata', async () => {
    const tampered = await startTufRepoStandIn(s.trustedRoot, {
      'signing_config.v0.2.json': rekorV2Config(),
    });
    writeFileSync(join(work, 'tampered-root.json'), tampered.rootJSON);
    try {
      // The signing config served with other bytes than targets.json lists (same length, another hash).
      tampered.tamper('signing_config.v0.2.json');
      const before = { ...s.counters };
      const blob = join(work, 'tampered.txt');
      writeFileSync(blob, 'tampered\n');
      const r = await signetFromSource(
        ['sign-blob', `--identity-token=${bed.oidc!.githubToken()}`, `--bundle=${blob}.sigstore.json`, blob],
        {
          env: {
            HOME: join(work, 'home-tampered'),
            SIGNET_TUF_URL: tampered.url,
            SIGNET_TUF_ROOT: join(work, 'tampered-root.json'),
          },
          cwd: work,
          timeoutMs: 60_000,
        },
      );
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(
        /cannot fetch the Sigstore signing config signing_config\.v0\.2\.json from http:\/\/127\.0\.0\.1:\d+ \(.*\): pass --signing-config/,
      );
      expect(s.counters.certificates).toBe(before.certificates);
    } finally {
      await tampered.stop();
    }
  });
});

describe('a signing config with two timestamp authorities (two real TSAs, two operators)', () => {
  const config = (tsaConfig: Record<string, unknown>) => {
    const c = rekorV2Config();
    const start = new Date(Date.now() - 60_000).toISOString();
    c.tsaUrls = [
      { url: s.tsaURL, majorApiVersion: 1, validFor: { start }, operator: 'signet-bed' },
      { url: gh.tsaURL, majorApiVersion: 1, validFor: { start }, operator: 'github-shaped' },
    ];
    c.tsaConfig = tsaConfig;
    const path = join(work, `signing_config.tsa-${++n}.json`);
    writeFileSync(path, JSON.stringify(c));
    return path;
  };
  /** The bed's trusted root with the TSAs `tsas` names. */
  const rootWith = (tsas: ('bed' | 'github')[]) => {
    const path = join(work, `trusted_root.${tsas.join('-')}.json`);
    const authorities = (x: Record<string, unknown>) => x.timestampAuthorities as unknown[];
    writeFileSync(
      path,
      JSON.stringify({
        ...s.trustedRoot,
        timestampAuthorities: [
          ...(tsas.includes('bed') ? authorities(s.trustedRoot) : []),
          ...(tsas.includes('github') ? authorities(gh.trustedRoot) : []),
        ],
      }),
    );
    return path;
  };
  const sign = async (configPath: string, name: string) => {
    const blob = join(work, name);
    writeFileSync(blob, `${name} ${Date.now()}\n`);
    const r = await signet([
      'sign-blob',
      `--identity-token=${bed.oidc!.githubToken()}`,
      `--signing-config=${configPath}`,
      `--bundle=${blob}.sigstore.json`,
      blob,
    ]);
    return { r, blob };
  };
  const verify = (blob: string, root: string) =>
    signet([
      'verify-blob',
      `--bundle=${blob}.sigstore.json`,
      `--certificate-identity=${IDENTITY}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--trusted-root=${root}`,
      blob,
    ]);

  it('ALL: one timestamp from each TSA; verification needs every timestamp to verify', async () => {
    const before = { bed: s.counters.timestamps, github: gh.counters.timestamps };
    const { r, blob } = await sign(config({ selector: 'ALL' }), 'all-tsas.txt');
    expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(
      readBundle(`${blob}.sigstore.json`).verificationMaterial.timestampVerificationData?.rfc3161Timestamps,
    ).toHaveLength(2);
    expect({
      bed: s.counters.timestamps - before.bed,
      github: gh.counters.timestamps - before.github,
    }).toEqual({
      bed: 1,
      github: 1,
    });
    const both = await verify(blob, rootWith(['bed', 'github']));
    expect({ code: both.code, stderr: both.stderr }).toEqual({ code: 0, stderr: '' });
    // A timestamp from a TSA the trusted root does not list fails the bundle (fail closed), even though
    // the other timestamp and the Rekor entry verify.
    const one = await verify(blob, rootWith(['bed']));
    expect(one.code).not.toBe(0);
    expect(one.stderr).toMatch(/VERIFY_TIMESTAMP/);
  });

  it('EXACT 2 takes both TSAs; EXACT 3 is refused before any service is asked', async () => {
    const { r, blob } = await sign(config({ selector: 'EXACT', count: 2 }), 'exact-2.txt');
    expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(
      readBundle(`${blob}.sigstore.json`).verificationMaterial.timestampVerificationData?.rfc3161Timestamps,
    ).toHaveLength(2);
    const before = { ...s.counters };
    const three = await sign(config({ selector: 'EXACT', count: 3 }), 'exact-3.txt');
    expect(three.r.code).not.toBe(0);
    expect(three.r.stderr).toContain(
      'tsaConfig selector EXACT needs 3 services from distinct operators valid now, got 2',
    );
    expect(s.counters.certificates).toBe(before.certificates);
  });

  it('ANY takes the first TSA only', async () => {
    const before = { bed: s.counters.timestamps, github: gh.counters.timestamps };
    const { r, blob } = await sign(config({ selector: 'ANY' }), 'any-tsa.txt');
    expect(r.code).toBe(0);
    expect(
      readBundle(`${blob}.sigstore.json`).verificationMaterial.timestampVerificationData?.rfc3161Timestamps,
    ).toHaveLength(1);
    expect({
      bed: s.counters.timestamps - before.bed,
      github: gh.counters.timestamps - before.github,
    }).toEqual({
      bed: 1,
      github: 0,
    });
  });
});
