// A package the generator found in an image, before it becomes a CycloneDX component.

/** The package ecosystems the generator lists. */
export type Ecosystem = 'deb' | 'apk' | 'npm' | 'pypi';

/** One package found in an image. */
export interface FoundPackage {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  /** Package URL (purl spec), e.g. `pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=debian-12`. */
  purl: string;
  /** SPDX expression or free-text licence names, as declared. */
  licenses: string[];
  /** The file it was read from, relative to the image root. */
  path: string;
  /** The digest of the layer that file came from. */
  layer: string;
  /** The ecosystem's architecture (deb, apk). */
  arch?: string;
  /** npm scope (without the @), for CycloneDX `group`. */
  group?: string;
}
