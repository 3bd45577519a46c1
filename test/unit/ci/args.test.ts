import { parseFlags } from '../../../src/ci/cli/args.ts';
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
    expect(parseFlags('sign', argv, specs)).toEqual({ flags, positionals });
  });

  it.each([
    [['--nope'], 'unknown flag --nope for signet sign (see signet sign --help)'],
    [['--key'], '--key needs a value'],
    [['--tlog-upload=maybe'], '--tlog-upload takes true or false, got "maybe"'],
    [['-z'], 'unknown flag -z for signet sign (see signet sign --help)'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseFlags('sign', argv, specs)).toThrow(new UsageError(message));
  });
});
