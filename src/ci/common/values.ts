// The values the CI adapters hand the shared stage options: flag or input specs, parsed values, and the
// one error type for a user's mistake. The CLI parses argv into these; the Action and the component
// read their inputs into the same shape, so every surface means the same thing by each name.
import { SignetError } from '../../errors.ts';

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

/** What kind of mistake a UsageError is. */
export type UsageErrorCode =
  /** An input or flag is missing, malformed or names something that does not exist. */
  | 'USAGE_INVALID_INPUT'
  /** Inputs that contradict each other (apply without verify, build inputs with `build: none`, …). */
  | 'USAGE_CONFLICTING_INPUTS'
  /** Keyless signing would publish a private or internal project's names in the public logs. */
  | 'USAGE_PUBLIC_LOGS'
  /** The run cannot sign here (a fork's pull request with `fork-pull-requests: fail`). */
  | 'USAGE_NO_SIGNING';

/**
 * A user's mistake: the CLI prints it with a pointer to --help (exit code 2), the Action and the
 * component with its code. A stage's code is kept when a stage's error is re-worded as one
 * (`input tags: …` over REGISTRY_INVALID_REFERENCE).
 */
export class UsageError extends SignetError<string> {
  constructor(message: string, options: { code?: UsageErrorCode | string; cause?: unknown } = {}) {
    super(options.code ?? 'USAGE_INVALID_INPUT', message, { cause: options.cause });
  }
}

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
