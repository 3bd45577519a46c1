// Adds the other platforms' entries of unrs-resolver's native bindings to package-lock.json.
// Why: jest 30 resolves modules with unrs-resolver, whose optionalDependencies list one binding per
// platform. The package mirror of our build machines serves only the Linux ones, so `npm install`
// leaves the rest out of the lockfile and `npm ci` then refuses it ("Missing: … from lock file").
// npm skips an optional package whose os/cpu do not match without fetching it, so an entry with
// version, os and cpu is all `npm ci` needs. Run after any change to the dependencies:
//   npm install … && node scripts/lock-platform-stubs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!key.endsWith('node_modules/unrs-resolver')) continue;
  const base = key.slice(0, -'unrs-resolver'.length);
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `${base}${name}`;
    if (lock.packages[at]) continue;
    const [os, cpu] = name.replace('@unrs/resolver-binding-', '').split('-');
    lock.packages[at] = { version, cpu: [cpu], dev: true, optional: true, os: [os] };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
lock.packages = sorted;
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-platform-stubs: ${added} entries added`);
