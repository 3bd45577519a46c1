import { countFlag, parseFlags } from '../../../src/ci/cli/args.ts';
import { mapLimit } from '../../../src/map-limit.ts';
import { UsageError, type FlagSpecs } from '../../../src/ci/common/values.ts';

const specs: FlagSpecs = {
  key: { type: 'string', description: 'k' },
  'tlog-upload': { type: 'boolean', description: 't', default: true },
  annotations: { type: 'list', description: 'a', short: 'a' },
  output: { type: 'string', description: 'o', default: 'text' },
};

describe('parseFlags', () => {
  it.each<[string[], Record<string, unknown>, string[]]>([
    [['--key', 'k.key', 'img'], { key: 'k.key', 'tlog-upload': true, output: 'text' }, ['img']],
    [['--key=k.key'], { key: 'k.key', 'tlog-upload': true, output: 'text' }, []],
    [['--tlog-upload=false', 'img'], { 'tlog-upload': false, output: 'text' }, ['img']],
    [['--tlog-upload'], { 'tlog-upload': true, output: 'text' }, []],
    [
      ['-a', 'x=1', '--annotations=y=2'],
      { annotations: ['x=1', 'y=2'], 'tlog-upload': true, output: 'text' },
      [],
    ],
    [['--', '--key'], { 'tlog-upload': true, output: 'text' }, ['--key']],
  ])('parses %j', (argv, flags, positionals) => {
    expect(parseFlags('sign', argv, specs)).toEqual({ flags, positionals, help: false });
  });

  it.each([
    [['--nope'], 'unknown flag --nope for signet sign (see signet sign --help)'],
    [['--key'], '--key needs a value'],
    [['--tlog-upload=maybe'], '--tlog-upload takes true or false, got "maybe"'],
    [['-z'], 'unknown flag -z for signet sign (see signet sign --help)'],
    // A value that looks like a flag is a forgotten value, never help or another flag.
    [
      ['--key', '--help', 'img'],
      '--key needs a value but is followed by a flag; write --key=VALUE for a value starting with "-"',
    ],
    [
      ['--output', '-h'],
      '--output needs a value but is followed by a flag; write --output=VALUE for a value starting with "-"',
    ],
    [
      ['--key', '--tlog-upload=false'],
      '--key needs a value but is followed by a flag; write --key=VALUE for a value starting with "-"',
    ],
    [['--key='], '--key needs a non-empty value'],
    [['--key', ''], '--key needs a non-empty value'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseFlags('sign', argv, specs)).toThrow(new UsageError(message));
  });
});

describe('parseFlags and help', () => {
  it.each([[['--help']], [['-h']], [['--key', 'k', '--help', 'img']]])('%j asks for help', (argv) => {
    expect(parseFlags('sign', argv, specs).help).toBe(true);
  });
  it('takes a value starting with "-" in the --name=VALUE form', () => {
    expect(parseFlags('sign', ['--key=-odd'], specs)).toMatchObject({ flags: { key: '-odd' }, help: false });
  });
});

describe('countFlag', () => {
  it.each([
    ['1', 1],
    ['8', 8],
    ['1024', 1024],
  ])('reads %j as %d', (v, n) => {
    expect(countFlag({ concurrency: v }, 'concurrency')).toBe(n);
  });
  it('is undefined when absent', () => {
    expect(countFlag({}, 'concurrency')).toBeUndefined();
  });
  it.each(['0', '-1', 'abc', '1.5', '1e3', '', ' 8', '0x10', '1025', 'NaN', 'Infinity'])(
    'refuses %j with a usage error',
    (v) => {
      expect(() => countFlag({ concurrency: v }, 'concurrency')).toThrow(
        new UsageError(`--concurrency takes a whole number from 1 to 1024, got ${JSON.stringify(v)}`),
      );
    },
  );
});

describe('mapLimit', () => {
  it.each([NaN, 0, -1, 1.5])('refuses the limit %p instead of running nothing', async (limit) => {
    await expect(mapLimit([1, 2], limit, async (x) => x)).rejects.toThrow(RangeError);
  });
  it('runs every item', async () => {
    await expect(mapLimit([1, 2, 3], 2, async (x) => x * 2)).resolves.toEqual([2, 4, 6]);
  });
});
