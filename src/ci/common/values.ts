// The values the CI adapters hand the shared stage options: flag or input specs, parsed values, and the
// one error type for a user's mistake. The CLI parses argv into these; the Action and the component
// read their inputs into the same shape, so every surface means the same thing by each name.

/** How one flag is read. */
export interface FlagSpec {
  type: 'string' | 'boolean' | 'list';
  description: string;
  /** Shown in help; the value used when the flag is absent. */
  default?: string | boolean;
  short?: string;
  /** Value placeholder in help (`--key KEY`). */
  value?: string;
}

export type FlagSpecs = Record<string, FlagSpec>;
export type FlagValues = Record<string, string | boolean | string[] | undefined>;

/** A command-line mistake: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

/** Reads a string flag. */
export const str = (f: FlagValues, name: string): string | undefined => {
  const v = f[name];
  return typeof v === 'string' ? v : undefined;
};
/** Reads a boolean flag. */
export const bool = (f: FlagValues, name: string): boolean => f[name] === true;
/** Reads a list flag. */
export const list = (f: FlagValues, name: string): string[] =>
  Array.isArray(f[name]) ? (f[name] as string[]) : [];
