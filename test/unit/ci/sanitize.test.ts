// Output injection (issue 11 item 12): text from registries, images and tokens is escaped for the
// GitHub job summary, kept to one line for GitHub log lines, and stripped of escape sequences and
// control characters for the GitLab log and the terminal. One sanitiser (src/ci/common/sanitize.ts).
import {
  toSummaryText,
  toTerminalLine,
  toTerminalOutput,
  toTerminalText,
} from '../../../src/ci/common/sanitize.ts';
import { HTML, PLAIN_TEXT, toSummaryRows } from '../../../src/ci/common/summary.ts';
import type { CiRunResult } from '../../../src/ci/common/run-ci.ts';
import { runCli } from '../../../src/ci/cli/run-cli.ts';
import type { Host } from '../../../src/ci/common/host.ts';

describe('toTerminalText', () => {
  it.each([
    ['plain text\tand tab\n', 'plain text\tand tab\n'],
    ['\u001b[31mred\u001b[0m', 'red'],
    ['\u001b[2K\u001b[1Aoverwrites the line above', 'overwrites the line above'],
    ['a \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 b', 'a link b'],
    ['\u001b]0;window title\u001b\\after', 'after'],
    ['\u009b31m8-bit CSI', '8-bit CSI'],
    ['carriage\rreturn', 'carriage\nreturn'],
    ['bell\u0007 nul\u0000 del\u007f', 'bell nul del'],
    ['bidi \u202eevil\u202c', 'bidi evil'],
  ])('%j → %j', (input, output) => {
    expect(toTerminalText(input)).toBe(output);
  });

  it('toTerminalLine keeps a message on one line (no workflow command can start a line)', () => {
    expect(toTerminalLine('linux/amd64\n::add-mask::x\r\n::stop-commands::y')).toBe(
      'linux/amd64 ::add-mask::x ::stop-commands::y',
    );
  });
});

describe('toSummaryText', () => {
  it('leaves no HTML tag, Markdown link, image, emphasis or table break active', () => {
    const out = toSummaryText('<img src=x onerror=alert(1)> [click](https://evil) ![i](x) | **b** `c`\n# h');
    expect(out.replace(/&#?\w+;/g, '')).not.toMatch(/[<>[\]()|*`#\n]/);
    expect(out).toBe(
      '&lt;img src=x onerror=alert&#40;1&#41;&gt; &#91;click&#93;&#40;https://evil&#41; &#33;&#91;i&#93;&#40;x&#41; &#124; &#42;&#42;b&#42;&#42; &#96;c&#96; &#35; h',
    );
  });
});

describe('toSummaryRows with hostile registry text', () => {
  const hostile = 'linux/amd64<script>alert(1)</script>[x](https://evil)\u001b[31m\n::add-mask::';
  const run = {
    outputs: { image: 'r.example/acme/app@sha256:aa' },
    buildOnly: false,
    expected: 'key',
    result: {
      build: { manifests: [{ platform: hostile, digest: `sha256:${'a'.repeat(64)}` }] },
      sboms: { sboms: [{ platform: hostile, format: 'spdx<b>', source: 'buildkit', subject: 'sha256:aa' }] },
      images: [],
      sbomAttestations: [],
      attestationsVerify: [{ predicateType: hostile, attestations: [{ format: 'bundle' }] }],
      verify: { verified: false, signatures: [], rejected: [{ code: `BAD<i>${hostile}` }] },
      warnings: [],
    },
  } as unknown as CiRunResult;

  it('escapes every value in the GitHub summary', () => {
    const html = toSummaryRows(run, { markup: HTML })
      .map(([, v]) => v)
      .join('\n');
    expect(html).not.toMatch(/<script|<b>|<i>|\]\(https|::add-mask::\n/);
    expect(html).not.toContain('\u001b');
    expect(html).toContain('linux/amd64&lt;script&gt;');
  });

  it('strips escape sequences and newlines in plain text (GitLab, terminal)', () => {
    const rows = toSummaryRows(run, { markup: PLAIN_TEXT });
    for (const [, v] of rows) expect([...v].filter((c) => c < ' ')).toEqual([]);
  });
});

describe('runCli output', () => {
  it('prints a failure as one line, without escape sequences, whatever the error text holds', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const host: Host = {
      env: {},
      cwd: '/nonexistent',
      // A file whose read fails with a message that carries escape sequences and a fake second line.
      readFile: () =>
        Promise.reject(
          new Error('\u001b[2Kfailed\n::add-mask::x\u001b]8;;https://evil\u0007here\u001b]8;;\u0007'),
        ),
      readDir: () => Promise.resolve(undefined),
      writeFile: () => Promise.reject(new Error('no writes')),
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      interactive: false,
      promptSecret: () => Promise.reject(new Error('no prompts')),
      fetch: () => Promise.reject(new Error('no network')),
    };
    const code = await runCli(['public-key', '--key', 'cosign.key'], host);
    expect(code).toBe(1);
    expect(err.join('')).toBe(
      'signet public-key: cannot read key file cosign.key: Error: failed ::add-mask::xhere [KEY_READ_FAILED]\n',
    );
    expect(out).toEqual([]);
  });
});

describe('the GitLab component output', () => {
  it('prints a failure as one line without escape sequences', async () => {
    const { runComponent } = await import('../../../src/ci/gitlab/component.ts');
    const out: string[] = [];
    const err: string[] = [];
    const host: Host = {
      env: { GITLAB_CI: 'true', SIGNET_INPUT_SIGN: 'maybe\u001b[2K\n::fake line\u001b[0m' },
      cwd: '/nonexistent',
      readFile: () => Promise.reject(new Error('no reads')),
      readDir: () => Promise.resolve(undefined),
      writeFile: () => Promise.reject(new Error('no writes')),
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      interactive: false,
      promptSecret: () => Promise.reject(new Error('no prompts')),
      fetch: () => Promise.reject(new Error('no network')),
    };
    expect(await runComponent(host)).toBe(1);
    const text = err.join('');
    expect(text).toMatch(/^signet: input sign takes true or false, got .*\n$/);
    expect([...text.slice(0, -1)].filter((c) => c < ' ' || c === '\u007f')).toEqual([]);
  });
});

describe('toTerminalOutput (the CLI stdout)', () => {
  it('writes control characters as visible \\uXXXX, so JSON documents parse to the same value', () => {
    const doc = { name: 'pkg\u009b31m\u202eevil\u0085', n: 'a\u001b[2Kb\tc' };
    const json = JSON.stringify(doc);
    const out = toTerminalOutput(json);
    expect([...out].filter((c) => c < ' ' || (c >= '\u007f' && c <= '\u009f') || c === '\u202e')).toEqual([]);
    expect(JSON.parse(out)).toEqual(doc);
  });
  it('shows an escape sequence in text instead of running it', () => {
    expect(toTerminalOutput('linux/amd64\u001b[31m red\r\n')).toBe('linux/amd64\\u001b[31m red\\u000d\n');
  });
});
