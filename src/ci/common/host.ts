// Everything the CLI touches outside the process: environment, files, terminal, network. Commands get
// a Host, so the adapter stays the one place that reads env and files (STYLE §1, §4), and the
// commands can be run in-process by tests with a Host of their own.
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

/** The outside world as the CLI sees it. */
export interface Host {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  readFile(path: string): Promise<Buffer>;
  /** The entries of a folder, sorted by name; undefined when `path` is a file. */
  readDir(path: string): Promise<{ name: string; directory: boolean }[] | undefined>;
  /** Writes a file with `mode` (cosign.key 0600, cosign.pub 0644), failing if it exists unless `overwrite`. */
  writeFile(
    path: string,
    data: string | Uint8Array,
    opts: { mode: number; overwrite?: boolean },
  ): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether a person can answer prompts (stdin is a terminal and CI is not set). */
  interactive: boolean;
  /** Asks for a secret without echoing it. */
  promptSecret(question: string): Promise<string>;
  fetch: typeof fetch;
}

/** The Host of a real process. */
export function processHost(): Host {
  return {
    env: process.env,
    cwd: process.cwd(),
    readFile: (path) => readFile(path),
    async readDir(path) {
      try {
        const entries = await readdir(path, { withFileTypes: true });
        return entries
          .map((e) => ({ name: e.name, directory: e.isDirectory() }))
          .sort((a, b) => (a.name < b.name ? -1 : 1));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
        throw err;
      }
    },
    async writeFile(path, data, { mode, overwrite = false }) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data, { mode, flag: overwrite ? 'w' : 'wx' });
      await chmod(path, mode); // the umask may have narrowed or the file pre-existed
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    interactive: Boolean(process.stdin.isTTY) && !process.env.CI,
    promptSecret(question) {
      return new Promise((resolve) => {
        const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
        const output = rl as unknown as { _writeToOutput: (s: string) => void };
        process.stderr.write(question);
        output._writeToOutput = () => {};
        rl.question('', (answer) => {
          rl.close();
          process.stderr.write('\n');
          resolve(answer);
        });
      });
    },
    fetch: globalThis.fetch,
  };
}
