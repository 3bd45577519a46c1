// The run `signet sign IMAGE…` and `signet attest IMAGE…` share: one registry client for the images (and
// the signature repository), one signer for all of them (keyless asks Fulcio once for the run), the
// signer's notices as warnings, then the command's work for each image, a few at a time. One image fails
// as itself (its error is the command's); many report every failure and fail if any image failed.
// A module of its own so that `verify` (which imports images.ts) does not load the signing context.
import type { ImageRef, RegistryClient } from '../../registry/index.ts';
import type { Signer, WitnessOptions } from '../../sign/index.ts';
import { registryClient, signatureRepository, signingDeps } from '../common/context.ts';
import type { Host } from '../common/host.ts';
import type { FlagValues } from '../common/values.ts';
import { concurrencyFlag, forEachImage, reportFailures } from './images.ts';

/** What every image's work gets: the run's registry client, signer and witnesses. */
export interface WriteDeps {
  registry: RegistryClient;
  signer: Signer;
  witnesses: WitnessOptions;
  signatureRepository: ImageRef | undefined;
}

/**
 * Runs `write` for every image with one registry client and one signer; returns the exit code.
 * `legacyFormat`: the `.sig`/`.att` format will be written (only Rekor v1 logs serve it).
 */
export async function signEachImage(
  command: 'sign' | 'attest',
  images: readonly ImageRef[],
  flags: FlagValues,
  host: Host,
  legacyFormat: boolean,
  write: (image: ImageRef, deps: WriteDeps) => Promise<unknown>,
): Promise<number> {
  const concurrency = concurrencyFlag(flags, 'write'); // a bad --concurrency fails before any service
  const sigRepo = signatureRepository(flags, host);
  const registry = await registryClient(flags, host, sigRepo ? [...images, sigRepo] : [...images]);
  try {
    const { signer, witnesses, notices } = await signingDeps(flags, host, { legacyFormat });
    for (const n of notices) host.stderr(`warning: ${n}\n`);
    const deps: WriteDeps = { registry, signer, witnesses, signatureRepository: sigRepo };
    if (images.length === 1) {
      await write(images[0]!, deps);
      return 0;
    }
    const outcomes = await forEachImage(images, concurrency, (image) => write(image, deps));
    return reportFailures(command, outcomes, host, command === 'sign' ? 'signed' : 'attested');
  } finally {
    registry.close();
  }
}
