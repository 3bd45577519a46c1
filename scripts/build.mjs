// Bundles the two entry points with @vercel/ncc: dist/index.js (the Action) and dist/cli/index.js (signet).
// tsc first emits JavaScript without type checking (`npm run typecheck` checks types; ncc's ts-loader
// would check them again for each entry, ~20 s each on 2 cores) into node_modules/.cache/signet-build,
// where the packages still resolve; then ncc bundles both entries side by side from that JavaScript.
// Each output folder is emptied first: ncc does not delete the chunks of earlier builds, which would
// pile up in the committed dist/ unreferenced.
//
// One post-processing step: @cyclonedx/cyclonedx-library finds its JSON schemas (used to validate user
// SBOM files) with `resolve(__dirname, '..', 'res')`. ncc's ESM output has no `__dirname`, and leaves
// that expression alone, so the chunk would throw when loaded. For each chunk that uses `__dirname`
// (only that module does, checked below), define it as `<bundle>/cyclonedx/lib/`, and copy the JSON
// schemas to `<bundle>/cyclonedx/res/schema/`, so the library finds them inside the bundle.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const SCHEMAS = 'node_modules/@cyclonedx/cyclonedx-library/res/schema';
const SHIM =
  "import { fileURLToPath as __signetFileURLToPath } from 'node:url';\n" +
  "const __dirname = __signetFileURLToPath(new URL('./cyclonedx/lib/', import.meta.url));\n";

const EMIT = 'node_modules/.cache/signet-build';
rmSync(EMIT, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    'node_modules/typescript/bin/tsc',
    '-p',
    'tsconfig.json',
    '--noEmit',
    'false',
    '--noCheck',
    '--rootDir',
    '.',
    '--outDir',
    EMIT,
  ],
  { stdio: 'inherit' },
);

await Promise.all(
  [
    ['src/ci/main.js', 'dist'],
    ['src/ci/cli/main.js', 'dist/cli'],
  ].map(async ([entry, out]) => {
    // dist/ holds dist/cli: empty only the files of this output, not the other output's folder.
    mkdirSync(out, { recursive: true });
    for (const f of readdirSync(out, { withFileTypes: true }).filter((e) => e.isFile()))
      rmSync(join(out, f.name));
    // Run side by side, so the output is passed on when each ends rather than interleaved.
    const run = await promisify(execFile)(
      process.execPath,
      [ncc, 'build', join(EMIT, entry), '-o', out, '--license', 'licenses.txt', '--quiet'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    rmSync(join(out, 'cyclonedx'), { recursive: true, force: true });
    for (const file of readdirSync(out).filter((f) => f.endsWith('.js'))) {
      const path = join(out, file);
      const text = readFileSync(path, 'utf8');
      const uses = text.match(/\b__dirname\b/g)?.length ?? 0;
      if (uses === 0) continue;
      if (uses !== 1 || !text.includes("(__dirname, '..', 'res')")) {
        throw new Error(`${path}: unexpected __dirname use; extend scripts/build.mjs for it`);
      }
      writeFileSync(path, SHIM + text);
      mkdirSync(join(out, 'cyclonedx', 'res', 'schema'), { recursive: true });
      for (const schema of readdirSync(SCHEMAS).filter((f) => f.endsWith('.json'))) {
        cpSync(join(SCHEMAS, schema), join(out, 'cyclonedx', 'res', 'schema', schema));
      }
    }
  }),
);

// action.yml, the GitLab component templates and the README tables, from the one input table.
const { formatCiFiles } = await import('./ci-files.ts');
for (const [path, content] of Object.entries(await formatCiFiles(readFileSync('README.md', 'utf8')))) {
  const target = path === 'README' ? 'README.md' : path;
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, content);
}
