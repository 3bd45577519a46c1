// Flag parsing for the signet CLI, in cosign's style: `--flag value`, `--flag=value`, booleans as
// `--flag`, `--flag=true|false`, repeatable list flags, and `--` ending the flags. node:util parseArgs
// cannot take `--tlog-upload=false` (booleans with values), which cosign users type, hence this file.

import { UsageError, type FlagSpecs, type FlagValues } from '../common/values.ts';

const BOOL = new Map([
  ['true', true],
  ['1', true],
  ['false', false],
  ['0', false],
]);

/**
 * Parses `argv` (after the command name) against `specs`; throws UsageError naming the bad part.
 * `help` is true when `-h`/`--help` stands as a flag of its own: never when it is the value of another
 * flag (`--key --help`), which is refused, so that a mistyped value cannot turn a verification into
 * help text and exit 0.
 */
export function parseFlags(
  command: string,
  argv: string[],
  specs: FlagSpecs,
): { flags: FlagValues; positionals: string[]; help: boolean } {
  const flags: FlagValues = {};
  const positionals: string[] = [];
  let help = false;
  const byShort = new Map(
    Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])),
  );
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const name = rawName.startsWith('--') ? rawName.slice(2) : byShort.get(rawName.slice(1));
    const spec = name === undefined ? undefined : specs[name];
    if (name === undefined || spec === undefined) {
      throw new UsageError(`unknown flag ${rawName} for signet ${command} (see signet ${command} --help)`);
    }
    if (spec.type === 'boolean') {
      if (inline === undefined) flags[name] = true;
      else {
        const v = BOOL.get(inline.toLowerCase());
        if (v === undefined)
          throw new UsageError(`--${name} takes true or false, got ${JSON.stringify(inline)}`);
        flags[name] = v;
      }
      continue;
    }
    let value = inline;
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined)
        throw new UsageError(`--${name} needs a value${spec.value ? ` (${spec.value})` : ''}`);
      // A value that looks like a flag is almost always a forgotten value (`--key --help`): refuse it
      // rather than guess. A value that really starts with "-" can be given as --name=VALUE.
      if (value.startsWith('-') && value !== '-') {
        throw new UsageError(
          `--${name} needs a value${spec.value ? ` (${spec.value})` : ''} but is followed by a flag; write --${name}=VALUE for a value starting with "-"`,
        );
      }
    }
    if (value === '')
      throw new UsageError(`--${name} needs a non-empty value${spec.value ? ` (${spec.value})` : ''}`);
    if (spec.type === 'list') flags[name] = [...((flags[name] as string[] | undefined) ?? []), value];
    else flags[name] = value;
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (flags[name] === undefined && spec.default !== undefined) flags[name] = spec.default;
  }
  return { flags, positionals, help };
}

/** Reads a count flag (`--concurrency 8`): a whole number from 1 to `max`, else a UsageError. */
export function countFlag(flags: FlagValues, name: string, max = 1024): number | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  const n = typeof v === 'string' && /^[0-9]+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError(`--${name} takes a whole number from 1 to ${max}, got ${JSON.stringify(v)}`);
  }
  return n;
}

/** The help text of one command's flags, aligned. */
export function formatFlags(specs: FlagSpecs): string {
  const rows = Object.entries(specs).map(([name, s]) => {
    const left = `${s.short ? `-${s.short}, ` : '    '}--${name}${s.type === 'boolean' ? '' : ` ${s.value ?? 'VALUE'}`}`;
    const def = s.default !== undefined && s.default !== '' ? ` (default ${String(s.default)})` : '';
    return [left, `${s.description}${def}`] as const;
  });
  const width = Math.max(0, ...rows.map(([l]) => l.length)) + 2;
  return rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`).join('\n');
}
