// The build stage's input from option values, for the CLI's `signet build` and the CI surfaces alike:
// the build-push-action names they share (file, tags, platforms, build-args, labels, …) read one way.
// What differs is passed in: how the builder kind, the buildx instance, the context and the secrets are
// given, and how a bad value's name is shown (`--labels` or `input labels`).
import { resolve } from 'node:path';
import type { BuildInput, BuildSecret, BuilderKind, KeyValue } from '../../build/index.ts';
import { parseDigest, parseReference } from '../../registry/index.ts';
import { bool, list, str, UsageError, type FlagValues } from './values.ts';

/** `KEY=VALUE` lines; a line without `=` is refused naming `what`. */
export function keyValues(values: string[], what: string): KeyValue[] {
  return values.map((v) => {
    const i = v.indexOf('=');
    if (i <= 0) throw new UsageError(`${what}: expected KEY=VALUE, got ${JSON.stringify(v)}`);
    return { key: v.slice(0, i), value: v.slice(i + 1) };
  });
}

/** Parses a value with `parse`, naming where it came from in the error (`input tags: …`). */
export function parsedAs<T>(what: string, value: string, parse: (v: string) => T): T {
  try {
    return parse(value);
  } catch (err) {
    const e = err as Error & { code?: string };
    throw new UsageError(`${what}: ${e.message}`, { ...(e.code ? { code: e.code } : {}), cause: err });
  }
}

/** What the surfaces give differently. */
export interface BuildSurface {
  builder: BuilderKind;
  /** The context as given (a folder, resolved against cwd, or a Git/HTTP URL). */
  context: string;
  buildxBuilder?: string;
  /** A BuildKit daemon to build on through a remote buildx builder (input, else BUILDKIT_HOST). */
  buildkitHost?: string;
  secrets: BuildSecret[];
  push: boolean;
  cwd: string;
  workDir: string;
  /** The name of an option as its surface shows it: `--labels`, `input labels`. */
  label(name: string): string;
}

/** The build stage's input. */
export function toBuildInput(flags: FlagValues, surface: BuildSurface): BuildInput {
  const { label } = surface;
  const tags = list(flags, 'tags').map((t) => parsedAs(label('tags'), t, parseReference));
  if (tags.length === 0) {
    throw new UsageError(
      `${label('tags')} is required: the image name(s) to push, e.g. ghcr.io/acme/app:1.2.3`,
    );
  }
  const local = (p: string) => (/^[a-z]+:\/\//.test(p) ? p : resolve(surface.cwd, p));
  const digest = str(flags, 'digest');
  const file = str(flags, 'file');
  return {
    builder: surface.builder,
    context: local(surface.context),
    file: file ? local(file) : undefined,
    tags,
    platforms: list(flags, 'platforms'),
    buildArgs: keyValues(list(flags, 'build-args'), label('build-args')),
    labels: keyValues(list(flags, 'labels'), label('labels')),
    annotations: list(flags, 'annotations'),
    target: str(flags, 'target'),
    secrets: surface.secrets,
    cacheFrom: list(flags, 'cache-from'),
    cacheTo: list(flags, 'cache-to'),
    outputs: list(flags, 'outputs'),
    push: surface.push,
    provenance: str(flags, 'provenance'),
    sbom: str(flags, 'sbom'),
    digest: digest ? parsedAs(label('digest'), digest, parseDigest) : undefined,
    buildxBuilder: surface.buildxBuilder,
    ...(surface.buildkitHost ? { buildkitHost: surface.buildkitHost } : {}),
    insecureRegistries: bool(flags, 'allow-insecure-registry')
      ? [...new Set(tags.map((t) => t.registry))]
      : [],
    workDir: surface.workDir,
  };
}
