// Keyless `sign-blob` against the bed's real Sigstore services (Fulcio v1.8.8, TSA v2.1.3, Rekor v2 =
// rekor-tiles v2.3.0; the Rekor v1 config goes to the bed's Rekor v1 stand-in), Signet (dist/cli) side by
// side with cosign v3.1.3 in one run, with each of the bed's signing configs. Reports medians and the
// Signet/cosign ratio (only ratios from one run mean anything on these machines).
// Usage: node bench/keyless-sign-real.ts [rounds]   (default 5)
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realSigstoreOf, startBed } from '../test/bed/index.ts';
import { toolPath } from '../test/bed/tools.ts';
import { SIGNET_CLI } from '../test/support/cli.ts';

if (process.argv.includes('--help')) {
  console.log('usage: node bench/keyless-sign-real.ts [rounds]');
  process.exit(0);
}
const rounds = Number(process.argv[2] ?? 5);
const t0 = Date.now();
const bed = await startBed({ registries: [], sigstore: true, oidc: true });
const startMs = Date.now() - t0;
const s = realSigstoreOf(bed);
const env = { ...process.env, HOME: bed.dir, TUF_ROOT: join(bed.dir, 'tuf'), CI: 'true' };
const runTimed = (argv: string[]) =>
  new Promise<number>((resolve, reject) => {
    const t = Date.now();
    execFile(argv[0]!, argv.slice(1), { env }, (err, _o, stderr) =>
      err ? reject(new Error(`${argv[0]} failed: ${stderr}`)) : resolve(Date.now() - t),
    );
  });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  console.log(`bed start: ${startMs} ms (services: ${JSON.stringify(s.startTimes)})`);
  console.log('| signing config | signet median ms | cosign median ms | signet / cosign |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, config] of Object.entries(s.signingConfigs)) {
    const times = { signet: [] as number[], cosign: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      const blob = join(bed.dir, `b-${name}-${i}`);
      writeFileSync(blob, `bench ${name} ${i} ${Date.now()}\n`);
      const token = bed.oidc!.githubToken();
      times.signet.push(
        await runTimed([
          process.execPath,
          SIGNET_CLI,
          'sign-blob',
          `--identity-token=${token}`,
          `--signing-config=${config}`,
          `--bundle=${blob}.signet.json`,
          blob,
        ]),
      );
      times.cosign.push(
        await runTimed([
          toolPath('cosign'),
          'sign-blob',
          '--yes',
          `--identity-token=${token}`,
          `--signing-config=${config}`,
          `--trusted-root=${s.trustedRootPath}`,
          `--bundle=${blob}.cosign.json`,
          blob,
        ]),
      );
    }
    const a = median(times.signet);
    const b = median(times.cosign);
    console.log(`| ${name} | ${a} | ${b} | ${(a / b).toFixed(2)} |`);
  }
} finally {
  await bed.stop();
}
