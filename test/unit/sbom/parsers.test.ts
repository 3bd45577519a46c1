// The package-database and manifest parsers: dpkg status, apk installed, package.json, Python core
// metadata and os-release, with the shapes real images carry.
import { readFileSync } from 'node:fs';
import { parseApkInstalled } from '../../../src/sbom/apk.ts';
import { parseDpkgStatus } from '../../../src/sbom/dpkg.ts';
import { isNpmPackageJsonPath, parsePackageJson } from '../../../src/sbom/npm.ts';
import { parseOsRelease } from '../../../src/sbom/os-release.ts';
import { isPythonMetadataPath, parsePythonMetadata } from '../../../src/sbom/python.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/sbom/${name}`, import.meta.url), 'utf8');

describe('parseDpkgStatus', () => {
  it('reads every installed package of a debootstrap minbase bookworm tree', () => {
    const pkgs = parseDpkgStatus(fixture('debian-bookworm-minbase-dpkg-status'));
    expect(pkgs.length).toBeGreaterThan(80);
    expect(pkgs.find((p) => p.package === 'libc6')).toMatchObject({
      version: expect.stringMatching(/^2\.36-9/),
      architecture: 'amd64',
      source: 'glibc',
    });
    expect(pkgs.every((p) => p.status === 'install ok installed')).toBe(true);
  });

  it('leaves out removed packages and reads source versions', () => {
    const text = [
      'Package: gone',
      'Status: deinstall ok config-files',
      'Version: 1.0',
      '',
      'Package: libx',
      'Status: install ok installed',
      'Architecture: arm64',
      'Source: x (2.0-1)',
      'Version: 2.0-1+b1',
      'Description: a',
      ' multi-line',
      ' description',
      '',
      'Package: purged',
      'Status: purge ok not-installed',
      'Version: 3',
    ].join('\n');
    expect(parseDpkgStatus(text)).toEqual([
      {
        package: 'libx',
        version: '2.0-1+b1',
        architecture: 'arm64',
        source: 'x',
        sourceVersion: '2.0-1',
        status: 'install ok installed',
      },
    ]);
  });
});

describe('parseApkInstalled', () => {
  it('reads package fields and ignores the file lists', () => {
    const text = [
      'C:Q1abc=',
      'P:musl',
      'V:1.2.5-r0',
      'A:x86_64',
      'S:383152',
      'L:MIT',
      'o:musl',
      'F:lib',
      'R:ld-musl-x86_64.so.1',
      'a:0:0:755',
      '',
      'P:busybox-binsh',
      'V:1.36.1-r29',
      'A:x86_64',
      'L:GPL-2.0-only',
      'o:busybox',
      '',
    ].join('\n');
    expect(parseApkInstalled(text)).toEqual([
      { name: 'musl', version: '1.2.5-r0', arch: 'x86_64', license: 'MIT', origin: 'musl' },
      {
        name: 'busybox-binsh',
        version: '1.36.1-r29',
        arch: 'x86_64',
        license: 'GPL-2.0-only',
        origin: 'busybox',
      },
    ]);
  });
});

describe('package.json', () => {
  it.each([
    ['app/node_modules/a/package.json', true],
    ['node_modules/@s/b/package.json', true],
    ['app/node_modules/a/node_modules/c/package.json', true],
    ['app/package.json', false],
    ['app/node_modules/a/package.json.bak', false],
  ])('%s is an npm package manifest: %s', (path, yes) => expect(isNpmPackageJsonPath(path)).toBe(yes));

  it.each([
    ['{"name":"a","version":"1.0.0","license":"MIT"}', { name: 'a', version: '1.0.0', licenses: ['MIT'] }],
    [
      '{"name":"@s/b","version":"2.0.0","license":{"type":"ISC"}}',
      { name: '@s/b', version: '2.0.0', licenses: ['ISC'] },
    ],
    [
      '{"name":"c","version":"1","licenses":[{"type":"MIT"},"Apache-2.0"]}',
      { name: 'c', version: '1', licenses: ['MIT', 'Apache-2.0'] },
    ],
    ['{"type":"module"}', undefined],
    ['{"name":"x"}', undefined],
    ['not json', undefined],
  ])('parses %s', (text, want) => expect(parsePackageJson(text)).toEqual(want));
});

describe('Python core metadata', () => {
  it.each([
    ['usr/lib/python3/dist-packages/six-1.16.0.dist-info/METADATA', true],
    ['x/requests-2.32.3.dist-info/METADATA', true],
    ['x/foo.egg-info/PKG-INFO', true],
    ['x/requests-2.32.3.dist-info/RECORD', false],
  ])('%s is a metadata file: %s', (path, yes) => expect(isPythonMetadataPath(path)).toBe(yes));

  it('reads the headers of a real wheel METADATA, not its body', () => {
    const meta = parsePythonMetadata(fixture('requests-2.32.3-METADATA'));
    expect(meta).toEqual({ name: 'requests', version: '2.32.3', licenses: ['Apache-2.0'] });
  });

  it('prefers License-Expression and skips UNKNOWN', () => {
    expect(
      parsePythonMetadata('Name: a\nVersion: 1\nLicense-Expression: MIT OR Apache-2.0\nLicense: x\n')
        ?.licenses,
    ).toEqual(['MIT OR Apache-2.0']);
    expect(parsePythonMetadata('Name: a\nVersion: 1\nLicense: UNKNOWN\n')?.licenses).toEqual([]);
    expect(parsePythonMetadata('Name: a\n\nVersion: 1\n')).toBeUndefined();
  });
});

describe('parseOsRelease', () => {
  it('reads Debian bookworm', () => {
    expect(parseOsRelease(fixture('debian-bookworm-os-release'))).toEqual({
      id: 'debian',
      versionId: '12',
      versionCodename: 'bookworm',
      prettyName: 'Debian GNU/Linux 12 (bookworm)',
    });
  });

  it('needs an ID', () => expect(parseOsRelease('NAME=x\n')).toBeUndefined());
});
