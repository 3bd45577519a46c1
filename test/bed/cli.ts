// `npm run bed`: starts the whole test bed in the foreground, prints one JSON line with every endpoint
// and credential (bed-local, throwaway values), and stops everything on SIGINT or SIGTERM.
//   npm run bed -- --no-docker   skip the Docker engine
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed } from './index.ts';

const args = new Set(process.argv.slice(2));
const bed = await startBed({ docker: !args.has('--no-docker'), sigstore: true, oidc: true });

const registries = Object.fromEntries(
  Object.entries(bed.registries).map(([flavour, r]) => [
    flavour,
    {
      url: r.url,
      host: r.host,
      username: r.username,
      password: r.password,
      reader: r.reader,
      dockerConfig: r.dockerConfigDir,
    },
  ]),
);
const endpoints = {
  dir: bed.dir,
  registries,
  docker: bed.docker ? { host: bed.docker.host } : undefined,
  sigstore: bed.sigstore
    ? {
        fulcio: bed.sigstore.fulcioURL,
        rekor: bed.sigstore.rekorURL,
        tsa: bed.sigstore.tsaURL,
        trustedRoot: bed.sigstore.trustedRootPath,
        signingConfig: bed.sigstore.signingConfigPath,
      }
    : undefined,
  oidc: bed.oidc
    ? {
        issuer: bed.oidc.issuerURL,
        ACTIONS_ID_TOKEN_REQUEST_URL: bed.oidc.requestURL,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: bed.oidc.requestToken,
        tokenFile: bed.oidc.tokenFile,
      }
    : undefined,
  startMs: bed.startMs,
};
writeFileSync(join(bed.dir, 'bed.json'), JSON.stringify(endpoints, null, 2));
console.log(JSON.stringify(endpoints));

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  const t0 = Date.now();
  await bed.stop();
  console.error(`test bed: stopped on ${signal} in ${Date.now() - t0} ms`);
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
