// The `signet` CLI dispatcher: one subcommand per pipeline stage, flags named as cosign's. This adapter alone reads
// the environment and files (through its Host); stages get parsed inputs and print nothing.
import { describeError, SignetError } from '../../errors.ts';
import { VERSION } from '../../version.ts';
import { formatFlags, parseFlags } from './args.ts';
import { UsageError } from '../common/values.ts';
import { toTerminalLine, toTerminalOutput, toTerminalText } from '../common/sanitize.ts';
import type { Command } from './command.ts';
import type { Host } from '../common/host.ts';

/**
 * The commands, each loaded only when it runs: a command module pulls in its stage's dependencies
 * (the Kubernetes client, CycloneDX, sigstore-js …), and `signet verify` should not pay for `policy`.
 * The summaries stay here so that `signet --help` loads nothing.
 */
const COMMANDS: { name: string; summary: string; load: () => Promise<Command> }[] = [
  {
    name: 'run',
    summary: 'the whole pipeline: build, push, sign, attest SBOM and provenance, verify, admission objects',
    load: async () => (await import('./commands/run.ts')).runCommand,
  },
  {
    name: 'build',
    summary: 'build and push an image (buildx, docker, buildah) and print its digest',
    load: async () => (await import('./commands/build.ts')).buildCommand,
  },
  {
    name: 'sbom',
    summary:
      "get an image's SBOM per platform: BuildKit's attestation, a given file, or generated from its layers",
    load: async () => (await import('./commands/sbom.ts')).sbomCommand,
  },
  {
    name: 'sign',
    summary: 'sign images by digest (keyless or with a key), in both storage formats',
    load: async () => (await import('./commands/sign.ts')).signCommand,
  },
  {
    name: 'verify',
    summary: 'verify the signatures of images, read back from the registry',
    load: async () => (await import('./commands/verify.ts')).verifyCommand,
  },
  {
    name: 'triangulate',
    summary: 'print where the signatures, attestations and bundles of an image live',
    load: async () => (await import('./commands/triangulate.ts')).triangulateCommand,
  },
  {
    name: 'attest',
    summary: 'attest images: sign an in-toto statement with a predicate, in both storage formats',
    load: async () => (await import('./commands/attest.ts')).attestCommand,
  },
  {
    name: 'verify-attestation',
    summary: 'verify the attestations of an image and print their statements',
    load: async () => (await import('./commands/verify-attestation.ts')).verifyAttestationCommand,
  },
  {
    name: 'attest-blob',
    summary: 'attest files (globs, digests, a checksums file); bundles beside them, optionally to GitHub',
    load: async () => (await import('./commands/attest-blob.ts')).attestBlobCommand,
  },
  {
    name: 'sign-blob',
    summary: 'sign a file into a Sigstore bundle (v0.3 JSON)',
    load: async () => (await import('./commands/sign-blob.ts')).signBlobCommand,
  },
  {
    name: 'verify-blob',
    summary: 'verify a file (or sha256:<hex>) against its Sigstore bundle',
    load: async () => (await import('./commands/verify-blob.ts')).verifyBlobCommand,
  },
  {
    name: 'policy',
    summary:
      'generate admission objects (policy-controller, Kyverno, Connaisseur); print, write or apply them',
    load: async () => (await import('./commands/policy.ts')).policyCommand,
  },
  {
    name: 'record-policy',
    summary: 'the pre-flight record target: a Kyverno policy admitting digests Signet verified and recorded',
    load: async () => (await import('./commands/record-policy.ts')).recordPolicyCommand,
  },
  {
    name: 'preflight',
    summary: 'verify every image of Kubernetes manifests and write them pinned by digest',
    load: async () => (await import('./commands/preflight.ts')).preflightCommand,
  },
  {
    name: 'generate-key-pair',
    summary: 'write a cosign key pair (cosign.key, cosign.pub)',
    load: async () => (await import('./commands/generate-key-pair.ts')).generateKeyPairCommand,
  },
  {
    name: 'public-key',
    summary: 'print the public key of a cosign private key',
    load: async () => (await import('./commands/public-key.ts')).publicKeyCommand,
  },
];

const FILE_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
};

/**
 * A file the user named that cannot be read, as one line with a code: node's own message
 * ("ENOENT: no such file or directory, open '…'") says neither what to do nor which flag.
 */
function fileFailure(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException;
  if (!(err instanceof Error) || typeof e.path !== 'string' || typeof e.code !== 'string') return undefined;
  const reason = FILE_REASONS[e.code] ?? e.code;
  return `cannot read ${toTerminalLine(e.path)}: ${reason}: check the path [${e.code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE'}]`;
}

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

/**
 * Runs one CLI invocation and returns its exit code: 0 ok, 1 failed, 2 usage error. Everything it
 * prints passes the sanitiser (text from registries and images carries no escape sequence or control
 * character to the terminal; stdout shows them as `\uXXXX`, which keeps JSON documents intact), and a
 * failure is one line (its causes only with SIGNET_DEBUG).
 */
export async function runCli(argv: string[], outer: Host): Promise<number> {
  const host: Host = {
    ...outer,
    stdout: (text) => outer.stdout(toTerminalOutput(text)),
    stderr: (text) => outer.stderr(toTerminalText(text)),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    host.stdout(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === 'version' || name === '--version') {
    host.stdout(`signet ${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    host.stderr(`signet: unknown command ${JSON.stringify(name)} (see signet --help)\n`);
    return 2;
  }
  const command = await entry.load();
  try {
    const parsed = parseFlags(command.name, rest, command.flags);
    if (parsed.help) {
      host.stdout(`${entry.summary}\n\nusage: ${command.usage}\n\nflags:\n${formatFlags(command.flags)}\n`);
      return 0;
    }
    return await command.run(parsed, host);
  } catch (err) {
    if (err instanceof UsageError) {
      host.stderr(`signet ${command.name}: ${toTerminalLine(err.message)}\n`);
      return 2;
    }
    const message =
      err instanceof SignetError
        ? `${toTerminalLine(err.message)} [${err.code}]`
        : (fileFailure(err) ?? toTerminalLine(err instanceof Error ? err.message : String(err)));
    host.stderr(`signet ${command.name}: ${message}\n`);
    if (host.env.SIGNET_DEBUG && err instanceof Error && err.cause) {
      host.stderr(`  caused by: ${describeError(err.cause)}\n`);
    }
    return 1;
  }
}
