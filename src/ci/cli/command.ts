// The shape of one `signet` subcommand.
import type { FlagSpecs, FlagValues } from '../common/values.ts';
import type { Host } from '../common/host.ts';

/** A subcommand: its flags, its usage, and what it does (its summary lives in run-cli's table). */
export interface Command {
  name: string;
  usage: string;
  flags: FlagSpecs;
  run(args: { flags: FlagValues; positionals: string[] }, host: Host): Promise<number>;
}
