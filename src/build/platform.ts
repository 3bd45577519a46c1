// Platforms as `os/architecture[/variant]` strings, the form the `platforms` input and Docker use.
import { BuildError } from './errors.ts';

/** An OCI platform (image-spec `image-index.md`). */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const PART_RE = /^[a-z0-9_.-]+$/;

/** Parses `os/arch[/variant]` (lowercase); throws BUILD_INVALID_INPUT naming the `platforms` input. */
export function parsePlatform(s: string): Platform {
  const parts = s.split('/');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART_RE.test(p))) {
    throw new BuildError(
      'BUILD_INVALID_INPUT',
      `platforms: "${s}" is not os/architecture[/variant] (e.g. linux/amd64, linux/arm64/v8)`,
    );
  }
  const [os, architecture, variant] = parts as [string, string, string | undefined];
  return variant ? { os, architecture, variant } : { os, architecture };
}

/** `os/architecture[/variant]` of a platform. */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
