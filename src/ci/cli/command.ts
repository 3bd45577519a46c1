// The shape of one `signet` subcommand.
import type { FlagSpecs, FlagValues } from './args.ts';
import type { Host } from './host.ts';

/** A subcommand: its flags, its help, and what it does. Returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  flags: FlagSpecs;
  run(args: { flags: FlagValues; positionals: string[] }, host: Host): Promise<number>;
}
