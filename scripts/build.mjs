// Bundles the two entry points with @vercel/ncc: dist/index.js (the Action) and dist/cli/index.js (signet).
import { execFileSync } from 'node:child_process';
const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
for (const [entry, out] of [
  ['src/ci/github/main.ts', 'dist'],
  ['src/ci/cli/main.ts', 'dist/cli'],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit',
  });
}
