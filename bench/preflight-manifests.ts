// Pre-flight manifest benchmark (issue 11 item 15: linear in documents and images): wall time of
// `preflight` over N Deployment documents in one file (4 distinct images, tags resolved to 3 digests,
// a stand-in verifier that answers at once: this measures reading, walking, grouping and pinning, not
// the registry) side by side with the `yaml` library's `parseAllDocuments` alone on the same text,
// the floor any YAML-reading pre-flight pays. Times are CPU time of the process (the shared machines
// are loaded: wall time is printed beside). Linear means ms per 1,000 documents stays flat as N grows;
// **vs parse** is preflight / parse-only in the same run.
//
//   node bench/preflight-manifests.ts [--docs 10000,20000,40000] [--json out.json]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { parsePreflightPolicy, preflight } from '../src/cluster/index.ts';
import { formatReference, type Digest } from '../src/registry/index.ts';

/** One measured size; times are CPU time of this process (user + system), wall time beside. */
export interface ManifestBenchRow {
  docs: number;
  parseMs: number;
  preflightMs: number;
  preflightWallMs: number;
  perThousandDocsMs: number;
  vsParse: number;
  verifications: number;
  resolutions: number;
}

const TAGS = [
  'ghcr.io/acme/app:v1',
  'ghcr.io/acme/app:v2',
  'ghcr.io/acme/app:latest',
  'ghcr.io/acme/tools:v1',
];
const DIGESTS: Record<string, Digest> = {
  'ghcr.io/acme/app:v1': `sha256:${'1'.repeat(64)}`,
  'ghcr.io/acme/app:v2': `sha256:${'2'.repeat(64)}`,
  'ghcr.io/acme/app:latest': `sha256:${'2'.repeat(64)}`,
  'ghcr.io/acme/tools:v1': `sha256:${'1'.repeat(64)}`,
};
const POLICY = parsePreflightPolicy(`
rules:
  - images: ["ghcr.io/acme/**"]
    signers:
      - issuer: https://token.actions.githubusercontent.com
        subject: https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main
`);

/** N Deployments, one image each, cycling through the tags. */
export function manifestText(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    docs.push(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d${i}\n  labels: {app: d${i}}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${TAGS[i % TAGS.length]}\n          ports: [{containerPort: 8080}]\n`,
    );
  }
  return docs.join('---\n');
}

/** Measures one size: parse-only first, then preflight, on the same text. */
export async function measure(n: number): Promise<ManifestBenchRow> {
  const text = manifestText(n);
  const cpu = (since?: NodeJS.CpuUsage) => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1000;
  };
  let c = process.cpuUsage();
  parseAllDocuments(text);
  const parseMs = cpu(c);
  let verifications = 0;
  let resolutions = 0;
  c = process.cpuUsage();
  const t = performance.now();
  const r = await preflight(
    { files: [{ path: 'bench.yaml', text }], policy: POLICY },
    {
      resolve: async (image) => {
        resolutions++;
        return DIGESTS[formatReference(image)] as Digest;
      },
      verify: async (image) => {
        verifications++;
        return { digest: image.digest as Digest, verified: true };
      },
    },
  );
  const preflightMs = cpu(c);
  const preflightWallMs = performance.now() - t;
  if (!r.ok) throw new Error(`bench: preflight failed: ${r.error?.message}`);
  return {
    docs: n,
    parseMs: Math.round(parseMs),
    preflightMs: Math.round(preflightMs),
    preflightWallMs: Math.round(preflightWallMs),
    perThousandDocsMs: Math.round((preflightMs / n) * 1000 * 10) / 10,
    vsParse: Math.round((preflightMs / parseMs) * 100) / 100,
    verifications,
    resolutions,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { docs: { type: 'string', default: '10000,20000,40000' }, json: { type: 'string' } },
  });
  const rows: ManifestBenchRow[] = [];
  for (const n of (values.docs ?? '').split(',').map(Number)) rows.push(await measure(n));
  console.log(
    '| documents | parse only CPU ms | preflight CPU ms | preflight wall ms | preflight CPU ms / 1,000 docs | vs parse | verifications | tag resolutions |',
  );
  console.log(
    '| --------: | ---------------: | ---------------: | ----------------: | ----------------------------: | -------: | ------------: | --------------: |',
  );
  for (const r of rows) {
    console.log(
      `| ${r.docs} | ${r.parseMs} | ${r.preflightMs} | ${r.preflightWallMs} | ${r.perThousandDocsMs} | ${r.vsParse} | ${r.verifications} | ${r.resolutions} |`,
    );
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
}
