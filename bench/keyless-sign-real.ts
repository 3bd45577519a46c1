// Keyless `sign-blob` against the bed's real Sigstore services (Fulcio v1.8.8, TSA v2.1.3, Rekor v2 =
// rekor-tiles v2.3.0; the Rekor v1 config goes to the bed's Rekor v1 stand-in), Signet (dist/cli) side by
// side with cosign v3.1.3 in one run, with each of the bed's signing configs. Reports medians and the
// Signet/cosign ratio (only ratios from one run mean anything on these machines): wall, CPU (user+sys)
// and peak RSS of each whole process, interleaved and alternating who goes first.
// Usage: node bench/keyless-sign-real.ts [rounds]   (default 5)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realSigstoreOf, startBed } from '../test/bed/index.ts';
import { toolPath } from '../test/bed/tools.ts';
import { SIGNET_CLI } from '../test/support/cli.ts';
import { compare, measure, table, type Compared } from './lib/measure.ts';

if (process.argv.includes('--help')) {
  console.log('usage: node bench/keyless-sign-real.ts [rounds]');
  process.exit(0);
}
const rounds = Number(process.argv[2] ?? 5);
const t0 = Date.now();
const bed = await startBed({ registries: [], sigstore: true, oidc: true });
const startMs = Date.now() - t0;
const s = realSigstoreOf(bed);
const env = { HOME: bed.dir, TUF_ROOT: join(bed.dir, 'tuf'), CI: 'true' };
try {
  console.log(`bed start: ${startMs} ms (services: ${JSON.stringify(s.startTimes)})`);
  const rows: Compared[] = [];
  for (const [name, config] of Object.entries(s.signingConfigs)) {
    rows.push(
      await compare(`keyless sign-blob, ${name}`, rounds, {
        prepare: async (i) => {
          const blob = join(bed.dir, `b-${name}-${i}`);
          writeFileSync(blob, `bench ${name} ${i} ${Date.now()}\n`);
          return { blob, token: bed.oidc!.githubToken() };
        },
        signet: ({ blob, token }) =>
          measure(
            [
              process.execPath,
              SIGNET_CLI,
              'sign-blob',
              `--identity-token=${token}`,
              `--signing-config=${config}`,
              `--bundle=${blob}.signet.json`,
              blob,
            ],
            { env },
          ),
        other: ({ blob, token }) =>
          measure(
            [
              toolPath('cosign'),
              'sign-blob',
              '--yes',
              `--identity-token=${token}`,
              `--signing-config=${config}`,
              `--trusted-root=${s.trustedRootPath}`,
              `--bundle=${blob}.cosign.json`,
              blob,
            ],
            { env },
          ),
      }),
    );
  }
  console.log(table(rows, 'cosign'));
} finally {
  await bed.stop();
}
