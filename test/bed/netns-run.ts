// Runs one service in a network namespace of its own and exposes its TCP port as a unix socket.
// Started by the bed as `unshare --net -- node netns-run.ts SOCKET PORT -- CMD ARGS…`.
//
// Why: the timestamp authority binds its metrics to a hard-coded `:2112` and exits when that port is
// taken, so two beds (parallel Jest workers, or a developer's `npm run bed`) cannot share a network
// namespace. Inside a fresh namespace only loopback exists; this script brings it up, starts the service,
// and forwards connections from SOCKET (a filesystem path: namespaces share the filesystem, not abstract
// sockets) to 127.0.0.1:PORT. It stops its child on SIGTERM and exits when the child exits.
import { spawn, spawnSync } from 'node:child_process';
import { connect, createServer, type Socket } from 'node:net';
import { rmSync } from 'node:fs';

const [socketPath, portText, sep, cmd, ...args] = process.argv.slice(2);
if (!socketPath || !portText || sep !== '--' || !cmd) {
  console.error('usage: netns-run.ts SOCKET PORT -- CMD [ARGS…]');
  process.exit(2);
}
const port = Number(portText);
const up = spawnSync('ip', ['link', 'set', 'lo', 'up'], { stdio: 'inherit' });
if (up.status !== 0) {
  console.error('netns-run: could not bring loopback up');
  process.exit(1);
}
const child = spawn(cmd, args, { stdio: 'inherit' });
const sockets = new Set<Socket>();
const server = createServer((client) => {
  sockets.add(client);
  const upstream = connect(port, '127.0.0.1');
  const done = () => {
    client.destroy();
    upstream.destroy();
    sockets.delete(client);
  };
  client.on('error', done).on('close', done);
  upstream.on('error', done).on('close', done);
  client.pipe(upstream).pipe(client);
});
rmSync(socketPath, { force: true });
server.listen(socketPath);
const stop = () => {
  for (const s of sockets) s.destroy();
  server.close();
  if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code, signal) => {
  server.close();
  rmSync(socketPath, { force: true });
  process.exit(signal ? 1 : (code ?? 1));
});
