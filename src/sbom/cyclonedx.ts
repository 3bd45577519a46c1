// Builds the generator's CycloneDX 1.6 JSON with @cyclonedx/cyclonedx-library: the image as
// `metadata.component` (type container), each package as a library component with its purl. A package
// found at several paths (the same name and version installed twice) is one component listing every
// location. Deterministic: the same image and clock give the same bytes.
import { createHash } from 'node:crypto';
import { Enums, Models, Serialize, Spec, SPDX } from '@cyclonedx/cyclonedx-library';
import { PackageURL } from 'packageurl-js';
import type { OsRelease } from './os-release.ts';
import type { FoundPackage } from './package.ts';

/** What the BOM says about the image and the tool. */
export interface BomSubject {
  /** `registry/repository` of the image. */
  repository: string;
  /** The platform manifest's digest. */
  digest: string;
  platform?: string;
  os?: OsRelease;
  tool: { name: string; version: string };
  timestamp: Date;
}

function toLicense(l: string): Models.License {
  if (SPDX.isSupportedSpdxId(l)) return new Models.SpdxLicense(l);
  if (/\s(AND|OR|WITH)\s/.test(l) || /^\(.*\)$/.test(l)) return new Models.LicenseExpression(l);
  return new Models.NamedLicense(l);
}

/** A stable `urn:uuid:` from the subject (RFC 4122 layout, version 5 style bits over sha256). */
export function toSerialNumber(seed: string): string {
  const h = createHash('sha256').update(seed).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Groups packages with the same purl (one component, several locations). */
export function groupByPurl(packages: readonly FoundPackage[]): FoundPackage[][] {
  const groups = new Map<string, FoundPackage[]>();
  for (const p of packages) {
    const g = groups.get(p.purl);
    if (g) g.push(p);
    else groups.set(p.purl, [p]);
  }
  return [...groups.values()];
}

/** The CycloneDX 1.6 JSON text of the packages found in one platform image. */
export function buildCycloneDxBom(packages: readonly FoundPackage[], subject: BomSubject): string {
  const name = subject.repository.split('/').pop() ?? subject.repository;
  const imagePurl = new PackageURL(
    'oci',
    undefined,
    name,
    subject.digest,
    {
      repository_url: subject.repository,
      ...(subject.platform ? { arch: subject.platform.split('/')[1]! } : {}),
    },
    undefined,
  ).toString();
  const image = new Models.Component(Enums.ComponentType.Container, subject.repository, {
    version: subject.digest,
    purl: imagePurl,
    bomRef: imagePurl,
  });
  if (subject.platform) image.properties.add(new Models.Property('signet:image:platform', subject.platform));
  if (subject.os) {
    image.properties.add(new Models.Property('signet:distro:id', subject.os.id));
    if (subject.os.versionId)
      image.properties.add(new Models.Property('signet:distro:versionID', subject.os.versionId));
  }
  const tool = new Models.Component(Enums.ComponentType.Application, subject.tool.name, {
    version: subject.tool.version,
  });
  const bom = new Models.Bom({
    serialNumber: toSerialNumber(`${subject.repository}@${subject.digest}|${subject.tool.version}`),
    metadata: new Models.Metadata({
      timestamp: subject.timestamp,
      component: image,
      tools: new Models.Tools({ components: new Models.ComponentRepository([tool]) }),
    }),
  });
  for (const group of groupByPurl(packages)) {
    const p = group[0]!;
    const c = new Models.Component(
      Enums.ComponentType.Library,
      p.group ? p.name.slice(p.group.length + 1) : p.name,
      {
        version: p.version,
        purl: p.purl,
        bomRef: p.purl,
        ...(p.group ? { group: p.group } : {}),
      },
    );
    for (const l of new Set(group.flatMap((g) => g.licenses))) c.licenses.add(toLicense(l));
    c.properties.add(new Models.Property('signet:package:type', p.ecosystem));
    group.forEach((g, i) => {
      c.properties.add(new Models.Property(`signet:location:${i}:path`, `/${g.path}`));
      c.properties.add(new Models.Property(`signet:location:${i}:layerDigest`, g.layer));
    });
    bom.components.add(c);
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return serializer.serialize(bom, { sortLists: true, space: 2 });
}
