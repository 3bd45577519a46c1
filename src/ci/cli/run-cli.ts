// The `signet` CLI dispatcher: one subcommand per pipeline stage, flags named as cosign's. This adapter alone reads
// the environment and files (through its Host); stages get parsed inputs and print nothing.
import { describeError, SignetError } from '../../errors.ts';
import { VERSION } from '../../version.ts';
import { formatFlags, parseFlags, UsageError } from './args.ts';
import type { Command } from './command.ts';
import { attestCommand, verifyAttestationCommand } from './commands/attest.ts';
import { signBlobCommand, verifyBlobCommand } from './commands/blob.ts';
import { buildCommand, sbomCommand } from './commands/build.ts';
import { policyCommand, preflightCommand } from './commands/cluster.ts';
import { signCommand, triangulateCommand, verifyCommand } from './commands/image.ts';
import { generateKeyPairCommand, publicKeyCommand } from './commands/keys.ts';
import type { Host } from './host.ts';

const COMMANDS: Command[] = [
  buildCommand,
  sbomCommand,
  signCommand,
  verifyCommand,
  triangulateCommand,
  attestCommand,
  verifyAttestationCommand,
  signBlobCommand,
  verifyBlobCommand,
  policyCommand,
  preflightCommand,
  generateKeyPairCommand,
  publicKeyCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    `signet ${VERSION}: build, sign, attest, verify and admit container images`,
    '',
    'usage: signet <command> [flags]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${'version'.padEnd(width)}print the version`,
    '',
    'signet <command> --help shows the flags of a command.',
  ].join('\n');
}

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 failed, 2 usage error. */
export async function runCli(argv: string[], host: Host): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    host.stdout(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === 'version' || name === '--version') {
    host.stdout(`signet ${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    host.stderr(`signet: unknown command ${JSON.stringify(name)} (see signet --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    host.stdout(`${command.summary}\n\nusage: ${command.usage}\n\nflags:\n${formatFlags(command.flags)}\n`);
    return 0;
  }
  try {
    return await command.run(parseFlags(command.name, rest, command.flags), host);
  } catch (err) {
    if (err instanceof UsageError) {
      host.stderr(`signet ${command.name}: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof SignetError ? `${err.message} [${err.code}]` : describeError(err);
    host.stderr(`signet ${command.name}: ${message}\n`);
    if (host.env.SIGNET_DEBUG && err instanceof Error && err.cause) {
      host.stderr(`  caused by: ${describeError(err.cause)}\n`);
    }
    return 1;
  }
}
