// The one BuildInput fixture: a buildx push of `.` with every list empty. Tests override what they
// vary (builder, context, tags, digest, workDir); `pushedBy` is the `build: none` input for an image
// another step pushed.
import type { BuildInput } from '../../src/build/index.ts';
import { parseReference, type Digest, type ImageRef } from '../../src/registry/index.ts';

/** A buildx push of `.` to `registry.example/acme/app:1` with no options, and `over` on top. */
export function buildInput(over: Partial<BuildInput> = {}): BuildInput {
  return {
    builder: 'buildx',
    context: '.',
    tags: [parseReference('registry.example/acme/app:1')],
    platforms: [],
    buildArgs: [],
    labels: [],
    annotations: [],
    secrets: [],
    cacheFrom: [],
    cacheTo: [],
    push: true,
    workDir: '/w',
    ...over,
  };
}

/** `build: none`: the image `tag` another step pushed as `digest`; no builder process runs. */
export function pushedBy(tag: ImageRef, digest: Digest, workDir: string): BuildInput {
  return buildInput({ builder: 'none', tags: [tag], digest, workDir });
}
