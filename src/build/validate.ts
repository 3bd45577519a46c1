// Checks shared by every builder, made before any process starts.
import { parsePlatform } from './platform.ts';
import type { BuildInput } from './build-input.ts';
import { BuildError } from './errors.ts';

const KEY_RE = /^[^=\s]+$/;

/** Throws BUILD_INVALID_INPUT for inputs no builder can use; the message names the input. */
export function checkCommonInput(input: BuildInput, opts: { buildOnly?: boolean } = {}): void {
  if (input.tags.length === 0) {
    throw new BuildError('BUILD_INVALID_INPUT', 'tags: at least one image name is needed to push to');
  }
  if (!input.push && !opts.buildOnly) {
    throw new BuildError(
      'BUILD_NO_DIGEST',
      'push is disabled, so the build would leave no digest in a registry to sign; set push: true, or use builder: none with the digest of an image pushed elsewhere',
    );
  }
  if (input.builder !== 'none') {
    if (input.context === '' || input.context === '-') {
      throw new BuildError(
        'BUILD_INVALID_INPUT',
        `context: expected a folder or a Git/HTTP URL, got "${input.context}"`,
      );
    }
  }
  for (const [name, list] of [
    ['build-args', input.buildArgs],
    ['labels', input.labels],
  ] as const) {
    for (const { key } of list) {
      if (!KEY_RE.test(key)) {
        throw new BuildError('BUILD_INVALID_INPUT', `${name}: "${key}" is not a valid KEY (in KEY=VALUE)`);
      }
    }
  }
  for (const p of input.platforms) parsePlatform(p);
}

/** True when a `provenance`/`sbom` value asks for an attestation (anything but absent or `false`). */
export function isAttestationRequested(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.trim().toLowerCase();
  return v !== 'false' && v !== '0' && v !== 'disabled=true';
}
