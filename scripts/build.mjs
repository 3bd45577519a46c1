// Bundles the two entry points with @vercel/ncc: dist/index.js (the Action) and dist/cli/index.js (signet).
// Each output folder is emptied first: ncc does not delete the chunks of earlier builds, which would
// pile up in the committed dist/ unreferenced.
//
// One post-processing step: @cyclonedx/cyclonedx-library finds its JSON schemas (used to validate user
// SBOM files) with `resolve(__dirname, '..', 'res')`. ncc's ESM output has no `__dirname`, and leaves
// that expression alone, so the chunk would throw when loaded. For each chunk that uses `__dirname`
// (only that module does, checked below), define it as `<bundle>/cyclonedx/lib/`, and copy the JSON
// schemas to `<bundle>/cyclonedx/res/schema/`, so the library finds them inside the bundle.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const SCHEMAS = 'node_modules/@cyclonedx/cyclonedx-library/res/schema';
const SHIM =
  "import { fileURLToPath as __signetFileURLToPath } from 'node:url';\n" +
  "const __dirname = __signetFileURLToPath(new URL('./cyclonedx/lib/', import.meta.url));\n";

for (const [entry, out] of [
  ['src/ci/main.ts', 'dist'],
  ['src/ci/cli/main.ts', 'dist/cli'],
]) {
  // dist/ holds dist/cli: empty only the files of this output, not the other output's folder.
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out, { withFileTypes: true }).filter((e) => e.isFile()))
    rmSync(join(out, f.name));
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit',
  });
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
}

// action.yml, the GitLab component templates and the README tables, from the one input table.
const { formatCiFiles } = await import('./ci-files.ts');
for (const [path, content] of Object.entries(await formatCiFiles(readFileSync('README.md', 'utf8')))) {
  const target = path === 'README' ? 'README.md' : path;
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, content);
}
