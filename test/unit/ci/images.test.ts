// Many images per call: the --images-from reader, the default parallelism, and the fan-out that gives
// every image its own outcome (one failure neither stops nor hides the others).
import {
  concurrencyFlag,
  defaultConcurrency,
  forEachImage,
  imagesArgument,
  MAX_IMAGES_FILE_BYTES,
  parseImagesFile,
  reportFailures,
} from '../../../src/ci/cli/images.ts';
import { signEachImage } from '../../../src/ci/cli/sign-each-image.ts';
import { compileCacheDir } from '../../../src/ci/compile-cache.ts';
import { UsageError } from '../../../src/ci/common/values.ts';
import type { Host } from '../../../src/ci/common/host.ts';
import { formatReference, parseReference } from '../../../src/registry/index.ts';
import { SignError } from '../../../src/sign/index.ts';
import { tmpdir } from 'node:os';

const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;

function fakeHost(files: Record<string, string | Buffer> = {}): Host & { err: string[]; out: string[] } {
  const err: string[] = [];
  const out: string[] = [];
  return {
    env: {},
    cwd: '/work',
    err,
    out,
    stdout: (t: string) => void out.push(t),
    stderr: (t: string) => void err.push(t),
    readFile: async (p: string) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return Buffer.isBuffer(f) ? f : Buffer.from(f);
    },
  } as unknown as Host & { err: string[]; out: string[] };
}

describe('parseImagesFile', () => {
  it('reads one reference per line, skipping comments and blank lines', () => {
    const text = `# release images\n\nghcr.io/acme/app@${D1}\n  ghcr.io/acme/api:1.0   # the API\r\n`;
    expect(parseImagesFile(text, 'list.txt').map(formatReference)).toEqual([
      `ghcr.io/acme/app@${D1}`,
      'ghcr.io/acme/api:1.0',
    ]);
  });

  it('refuses a bad reference with the file and line in one line', () => {
    expect(() => parseImagesFile(`ghcr.io/acme/app@${D1}\nNOT A/Ref!\n`, 'list.txt')).toThrow(
      /^--images-from list\.txt line 2: one image reference per line/,
    );
    expect(() => parseImagesFile('ghcr.io/Acme/App\n', 'list.txt')).toThrow(UsageError);
    expect(() => parseImagesFile('ghcr.io/Acme/App\n', 'list.txt')).toThrow(
      /^--images-from list\.txt line 1: /,
    );
  });
});

describe('imagesArgument', () => {
  it('takes the IMAGE arguments, then the file, each image once', async () => {
    const host = fakeHost({ 'more.txt': `ghcr.io/acme/app@${D2}\nghcr.io/acme/app@${D1}\n` });
    const images = await imagesArgument(
      [`ghcr.io/acme/app@${D1}`],
      { 'images-from': 'more.txt' },
      host,
      'sign',
    );
    expect(images.map(formatReference)).toEqual([`ghcr.io/acme/app@${D1}`, `ghcr.io/acme/app@${D2}`]);
  });

  it('refuses no image at all', async () => {
    await expect(imagesArgument([], {}, fakeHost(), 'verify')).rejects.toThrow(
      'signet verify takes an IMAGE (or --images-from FILE), got none',
    );
    await expect(
      imagesArgument([], { 'images-from': 'empty.txt' }, fakeHost({ 'empty.txt': '# none\n' }), 'verify'),
    ).rejects.toThrow(UsageError);
  });

  it('refuses a file it cannot read, or one over the size cap, naming the flag', async () => {
    await expect(imagesArgument([], { 'images-from': 'gone.txt' }, fakeHost(), 'sign')).rejects.toThrow(
      '--images-from gone.txt cannot be read (ENOENT): check the path',
    );
    const big = Buffer.alloc(MAX_IMAGES_FILE_BYTES + 1, 0x23);
    await expect(
      imagesArgument([], { 'images-from': 'big.txt' }, fakeHost({ 'big.txt': big }), 'sign'),
    ).rejects.toThrow(/^--images-from big\.txt is \d+ bytes, more than 1048576: split the list$/);
  });
});

describe('defaultConcurrency', () => {
  it('follows the CPUs Node may use: one per CPU to verify (2 to 16), four per CPU to write (4 to 32)', () => {
    expect(defaultConcurrency('verify', 1)).toBe(2);
    expect(defaultConcurrency('verify', 2)).toBe(2);
    expect(defaultConcurrency('verify', 6)).toBe(6);
    expect(defaultConcurrency('verify', 64)).toBe(16);
    expect(defaultConcurrency('write', 1)).toBe(4);
    expect(defaultConcurrency('write', 2)).toBe(8);
    expect(defaultConcurrency('write', 64)).toBe(32);
    expect(concurrencyFlag({}, 'verify')).toBe(defaultConcurrency('verify'));
    expect(concurrencyFlag({}, 'write')).toBe(defaultConcurrency('write'));
    expect(concurrencyFlag({ concurrency: '3' }, 'write')).toBe(3);
    expect(() => concurrencyFlag({ concurrency: '0' }, 'verify')).toThrow(UsageError);
  });
});

describe('forEachImage', () => {
  const images = ['a', 'b', 'c', 'd', 'e'].map((r) => parseReference(`127.0.0.1:5000/${r}@${D1}`));

  it('runs every image, at most `limit` at once, and keeps the order', async () => {
    let inFlight = 0;
    let most = 0;
    const outcomes = await forEachImage(images, 2, async (image) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      if (image.repository === 'b') throw new SignError('SIGN_FAILED', 'no');
      return image.repository;
    });
    expect(most).toBe(2);
    expect(outcomes.map((o) => ('error' in o ? 'error' : o.result))).toEqual(['a', 'error', 'c', 'd', 'e']);
  });
});

describe('reportFailures', () => {
  it('exits 0 only when every image succeeded, and names each failure in one line', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((r) => parseReference(`127.0.0.1:5000/${r}@${D1}`));
    const host = fakeHost();
    const code = reportFailures(
      'verify',
      [
        { image: a!, result: { verified: true } },
        { image: b!, error: new SignError('SIGN_FAILED', 'registry said no') },
        { image: c!, result: { verified: false } },
      ],
      host,
      'verified',
      (r) => (r as { verified: boolean }).verified,
    );
    expect(code).toBe(1);
    expect(host.err).toEqual([
      `signet verify: 127.0.0.1:5000/b@${D1}: registry said no [SIGN_FAILED]\n`,
      'verified 1 of 3 images\n',
    ]);
    const ok = fakeHost();
    expect(reportFailures('sign', [{ image: a!, result: {} }], ok, 'signed')).toBe(0);
  });
});

describe('compileCacheDir', () => {
  it('is beside the bundle when that folder is writable, else in the temp dir', () => {
    expect(compileCacheDir('/opt/action/dist/index.js', () => true)).toBe(
      '/opt/action/dist/.node-compile-cache',
    );
    expect(compileCacheDir('/usr/lib/signet/dist/cli/index.js', () => false)).toBe(
      `${tmpdir()}/node-compile-cache`,
    );
    expect(compileCacheDir('/work/signet/src/ci/main.ts', () => true)).toBe(`${tmpdir()}/node-compile-cache`);
  });
});

describe('signEachImage (sign and attest)', () => {
  const image = parseReference(`127.0.0.1:5000/app@${D1}`);

  it('refuses a bad --concurrency before it builds a registry client or a signer', async () => {
    let wrote = false;
    const host = fakeHost();
    await expect(
      signEachImage('sign', [image], { concurrency: '0' }, host, false, async () => {
        wrote = true;
      }),
    ).rejects.toThrow(/^--concurrency takes a whole number from 1 to 256, got "0"$/);
    expect(wrote).toBe(false);
  });

  it('fails before any image is written when the signer cannot be made (an unreadable key)', async () => {
    let wrote = 0;
    const host = fakeHost();
    await expect(
      signEachImage('attest', [image, image], { key: '/nonexistent/cosign.key' }, host, false, async () => {
        wrote++;
      }),
    ).rejects.toThrow(/cosign\.key/);
    expect(wrote).toBe(0);
  });
});
