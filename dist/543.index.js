export const id = 543;
export const ids = [543];
export const modules = {

/***/ 93543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateSbom: () => (/* binding */ generateSbom)
});

// EXTERNAL MODULE: ./src/registry/index.ts + 18 modules
var src_registry = __webpack_require__(8985);
// EXTERNAL MODULE: ./src/limits.ts
var src_limits = __webpack_require__(30351);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
;// CONCATENATED MODULE: ./src/sbom/catalog.ts
// Turns the cataloged files of an image into packages with purls (purl spec `PURL-TYPES.rst`: deb,
// apk, npm, pypi). Pure: the files were already read and parsed by layer-files.ts.

// layer-files.ts resolved symlinks already (Debian: etc/os-release -> ../usr/lib/os-release).
function resolveOsRelease(files) {
    for (const path of ['etc/os-release', 'usr/lib/os-release']) {
        const f = files.get(path);
        if (f?.kind === 'os-release' && f.record)
            return f.record;
    }
    return undefined;
}
function distroQualifier(os) {
    if (!os)
        return undefined;
    return os.versionId ? `${os.id}-${os.versionId}` : os.id;
}
function qualifiers(q) {
    const out = {};
    for (const [k, v] of Object.entries(q))
        if (v)
            out[k] = v;
    return Object.keys(out).length ? out : undefined;
}
/** Every package the cataloged files declare, sorted by ecosystem, name, version and path. */
function toPackages(files) {
    const os = resolveOsRelease(files);
    const distro = distroQualifier(os);
    const out = [];
    for (const f of files.values()) {
        switch (f.kind) {
            case 'dpkg':
                for (const r of f.record ?? []) {
                    const upstream = r.source && (r.source !== r.package || r.sourceVersion)
                        ? r.sourceVersion
                            ? `${r.source}@${r.sourceVersion}`
                            : r.source
                        : undefined;
                    out.push({
                        ecosystem: 'deb',
                        name: r.package,
                        version: r.version,
                        purl: new packageurl_js.PackageURL('deb', os?.id ?? 'debian', r.package, r.version, qualifiers({ arch: r.architecture, distro, upstream }), undefined).toString(),
                        licenses: [],
                        path: f.path,
                        layer: f.layer,
                        ...(r.architecture ? { arch: r.architecture } : {}),
                    });
                }
                break;
            case 'apk':
                for (const r of f.record ?? []) {
                    out.push({
                        ecosystem: 'apk',
                        name: r.name,
                        version: r.version,
                        purl: new packageurl_js.PackageURL('apk', os?.id ?? 'alpine', r.name, r.version, qualifiers({ arch: r.arch, distro, upstream: r.origin !== r.name ? r.origin : undefined }), undefined).toString(),
                        licenses: r.license ? [r.license] : [],
                        path: f.path,
                        layer: f.layer,
                        ...(r.arch ? { arch: r.arch } : {}),
                    });
                }
                break;
            case 'npm': {
                const r = f.record;
                if (!r)
                    break;
                const scoped = /^@([^/]+)\/(.+)$/.exec(r.name);
                out.push({
                    ecosystem: 'npm',
                    name: r.name,
                    version: r.version,
                    purl: new packageurl_js.PackageURL('npm', scoped ? `@${scoped[1]}` : undefined, scoped ? scoped[2] : r.name, r.version, undefined, undefined).toString(),
                    licenses: r.licenses,
                    path: f.path,
                    layer: f.layer,
                    ...(scoped ? { group: `@${scoped[1]}` } : {}),
                });
                break;
            }
            case 'python': {
                const r = f.record;
                if (!r)
                    break;
                out.push({
                    ecosystem: 'pypi',
                    name: r.name,
                    version: r.version,
                    purl: new packageurl_js.PackageURL('pypi', undefined, r.name, r.version, undefined, undefined).toString(),
                    licenses: r.licenses,
                    path: f.path,
                    layer: f.layer,
                });
                break;
            }
            default:
                break;
        }
    }
    return out.sort((a, b) => a.ecosystem.localeCompare(b.ecosystem) ||
        a.name.localeCompare(b.name) ||
        a.version.localeCompare(b.version) ||
        a.path.localeCompare(b.path));
}
/** The distribution the image's os-release names, if any (`debian 12`). */
function toOsRelease(files) {
    return resolveOsRelease(files);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/index.node.js
var index_node = __webpack_require__(54567);
;// CONCATENATED MODULE: ./src/sbom/cyclonedx.ts
// Builds the generator's CycloneDX 1.6 JSON with @cyclonedx/cyclonedx-library: the image as
// `metadata.component` (type container), each package as a library component with its purl. A package
// found at several paths (the same name and version installed twice) is one component listing every
// location. Deterministic: the same image and clock give the same bytes.



function toLicense(l) {
    if (index_node.SPDX.isSupportedSpdxId(l))
        return new index_node.Models.SpdxLicense(l);
    if (/\s(AND|OR|WITH)\s/.test(l) || /^\(.*\)$/.test(l))
        return new index_node.Models.LicenseExpression(l);
    return new index_node.Models.NamedLicense(l);
}
/** A stable `urn:uuid:` from the subject (RFC 4122 layout, version 5 style bits over sha256). */
function toSerialNumber(seed) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(seed).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
/** Groups packages with the same purl (one component, several locations). */
function groupByPurl(packages) {
    const groups = new Map();
    for (const p of packages) {
        const g = groups.get(p.purl);
        if (g)
            g.push(p);
        else
            groups.set(p.purl, [p]);
    }
    return [...groups.values()];
}
/** The CycloneDX 1.6 JSON text of the packages found in one platform image. */
function buildCycloneDxBom(packages, subject) {
    const name = subject.repository.split('/').pop() ?? subject.repository;
    const imagePurl = new packageurl_js.PackageURL('oci', undefined, name, subject.digest, {
        repository_url: subject.repository,
        ...(subject.platform ? { arch: subject.platform.split('/')[1] } : {}),
    }, undefined).toString();
    const image = new index_node.Models.Component(index_node.Enums.ComponentType.Container, subject.repository, {
        version: subject.digest,
        purl: imagePurl,
        bomRef: imagePurl,
    });
    if (subject.platform)
        image.properties.add(new index_node.Models.Property('signet:image:platform', subject.platform));
    if (subject.os) {
        image.properties.add(new index_node.Models.Property('signet:distro:id', subject.os.id));
        if (subject.os.versionId)
            image.properties.add(new index_node.Models.Property('signet:distro:versionID', subject.os.versionId));
    }
    const tool = new index_node.Models.Component(index_node.Enums.ComponentType.Application, subject.tool.name, {
        version: subject.tool.version,
    });
    const bom = new index_node.Models.Bom({
        serialNumber: toSerialNumber(`${subject.repository}@${subject.digest}|${subject.tool.version}`),
        metadata: new index_node.Models.Metadata({
            timestamp: subject.timestamp,
            component: image,
            tools: new index_node.Models.Tools({ components: new index_node.Models.ComponentRepository([tool]) }),
        }),
    });
    for (const group of groupByPurl(packages)) {
        const p = group[0];
        const c = new index_node.Models.Component(index_node.Enums.ComponentType.Library, p.group ? p.name.slice(p.group.length + 1) : p.name, {
            version: p.version,
            purl: p.purl,
            bomRef: p.purl,
            ...(p.group ? { group: p.group } : {}),
        });
        for (const l of new Set(group.flatMap((g) => g.licenses)))
            c.licenses.add(toLicense(l));
        c.properties.add(new index_node.Models.Property('signet:package:type', p.ecosystem));
        group.forEach((g, i) => {
            c.properties.add(new index_node.Models.Property(`signet:location:${i}:path`, `/${g.path}`));
            c.properties.add(new index_node.Models.Property(`signet:location:${i}:layerDigest`, g.layer));
        });
        bom.components.add(c);
    }
    const serializer = new index_node.Serialize.JsonSerializer(new index_node.Serialize.JSON.Normalize.Factory(index_node.Spec.Spec1dot6));
    return serializer.serialize(bom, { sortLists: true, space: 2 });
}

// EXTERNAL MODULE: ./src/sbom/errors.ts
var errors = __webpack_require__(62290);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/sbom/apk.ts
// Alpine's installed database (`/lib/apk/db/installed`): blank-line separated records of one-letter
// fields (P name, V version, A arch, L licence, o origin). https://wiki.alpinelinux.org/wiki/Apk_spec
// Pure: text in, records out.
/** The packages of an apk installed database. */
function parseApkInstalled(text) {
    const out = [];
    let cur = {};
    const flush = () => {
        if (cur.P && cur.V) {
            const rec = { name: cur.P, version: cur.V };
            if (cur.A)
                rec.arch = cur.A;
            if (cur.L)
                rec.license = cur.L;
            if (cur.o)
                rec.origin = cur.o;
            out.push(rec);
        }
        cur = {};
    };
    for (const line of text.split('\n')) {
        if (line.trim() === '') {
            flush();
            continue;
        }
        if (line[1] !== ':')
            continue;
        const key = line[0];
        // File entries (F, R, a, M, Z) repeat; only the package's own fields are kept.
        if ('PVALo'.includes(key) && cur[key] === undefined)
            cur[key] = line.slice(2);
    }
    flush();
    return out;
}

;// CONCATENATED MODULE: ./src/sbom/root-fs.ts
// Paths inside an image root, as a container runtime sees them: tar member names cleaned to paths under
// the root, and symlinks resolved the way the kernel resolves them inside the container's mount
// namespace, never outside the root. Used by layer-files.ts on the tree it builds from the layers.
/**
 * A tar member name as a path under the image root: `./a//b/./c/`, `/a/b/c` and `x/../a/b/c` all
 * become `a/b/c`; `..` never climbs above the root (as a runtime extracts it).
 */
function cleanTarPath(name) {
    const parts = [];
    for (const seg of name.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    return parts.join('/');
}
/** Most symlinks followed resolving one path (Linux gives up with ELOOP after 40). */
const MAX_SYMLINK_HOPS = 40;
/** Longest path or symlink target Linux resolves (ENAMETOOLONG beyond). */
const PATH_MAX = 4096;
/**
 * Resolves `path` inside an image root the way the kernel does inside a container's mount namespace:
 * every component that is a symlink is replaced by its target, absolute targets start again at the
 * image root and `..` stops at it, so nothing resolves outside the image. Undefined after 40 links
 * (loops) or for a path or target longer than PATH_MAX, as Linux fails them. Each component costs one
 * lookup, so a hostile target cannot make resolution quadratic.
 */
function resolveInRoot(path, fs) {
    if (path.length >= PATH_MAX)
        return undefined;
    const names = (p) => p.split('/').filter((s) => s !== '' && s !== '.');
    // A stack: the next component is at the end.
    const pending = names(path).reverse();
    const done = [];
    let hops = 0;
    while (pending.length > 0) {
        const seg = pending.pop();
        if (seg === '..') {
            done.pop();
            continue;
        }
        const parent = done.length > 0 ? done[done.length - 1].node : fs.root;
        const node = parent === undefined ? undefined : fs.child(parent, seg);
        const target = node === undefined ? undefined : fs.link(node);
        if (target === undefined) {
            done.push({ name: seg, node });
            continue;
        }
        if (++hops > MAX_SYMLINK_HOPS || target.length >= PATH_MAX)
            return undefined;
        if (target.startsWith('/'))
            done.length = 0;
        const parts = names(target);
        for (let i = parts.length - 1; i >= 0; i--)
            pending.push(parts[i]);
    }
    return done.map((d) => d.name).join('/');
}

// EXTERNAL MODULE: ./src/sbom/constants.ts
var constants = __webpack_require__(62616);
;// CONCATENATED MODULE: ./src/sbom/dpkg.ts
// dpkg's status database (`/var/lib/dpkg/status`, and distroless `status.d/*`): RFC 822-style
// paragraphs, one per package (man dpkg-query; deb-control(5)). Pure: text in, records out.
/** Splits deb822 text into paragraphs of field → value (continuation lines joined with newlines). */
function parseDeb822(text) {
    const out = [];
    let cur = {};
    let last;
    const flush = () => {
        if (Object.keys(cur).length > 0)
            out.push(cur);
        cur = {};
        last = undefined;
    };
    for (const line of text.split('\n')) {
        if (line.trim() === '') {
            flush();
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
            cur[last] += `\n${line.trim()}`;
            continue;
        }
        const i = line.indexOf(':');
        if (i <= 0)
            continue;
        last = line.slice(0, i).trim().toLowerCase();
        cur[last] = line.slice(i + 1).trim();
    }
    flush();
    return out;
}
/**
 * The packages of a dpkg database. Packages whose files are gone (`deinstall ok config-files`,
 * `purge ok not-installed`) are left out: they are not in the image.
 */
function parseDpkgStatus(text) {
    const out = [];
    for (const p of parseDeb822(text)) {
        const name = p.package;
        const version = p.version;
        if (!name || !version)
            continue;
        const status = p.status;
        if (status && /\b(not-installed|config-files)\b/.test(status))
            continue;
        const rec = { package: name, version };
        if (p.architecture)
            rec.architecture = p.architecture;
        if (status)
            rec.status = status;
        if (p.source) {
            // `Source: glibc (2.36-9+deb12u4)`: the source package and, when it differs, its version.
            const m = /^(\S+)(?:\s+\(([^)]+)\))?/.exec(p.source);
            if (m) {
                rec.source = m[1];
                if (m[2])
                    rec.sourceVersion = m[2];
            }
        }
        out.push(rec);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sbom/npm.ts
// npm packages: each `node_modules/**/package.json` with a name and a version is an installed
// package (npm's own layout; nested node_modules are dependencies of dependencies). Pure.
/** True for a package.json inside a node_modules tree (`…/node_modules/x/package.json`, any depth). */
function isNpmPackageJsonPath(path) {
    return (path.endsWith('/package.json') && (path.startsWith('node_modules/') || path.includes('/node_modules/')));
}
function licensesOf(doc) {
    const one = (l) => typeof l === 'string'
        ? l
        : typeof l === 'object' && l !== null && typeof l.type === 'string'
            ? l.type
            : undefined;
    if (doc.license !== undefined) {
        const l = one(doc.license);
        return l ? [l] : [];
    }
    if (Array.isArray(doc.licenses))
        return doc.licenses.map(one).filter((l) => !!l);
    return [];
}
/** The package a package.json describes; undefined when it has no name or version (not a package). */
function parsePackageJson(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return undefined;
    const o = doc;
    if (typeof o.name !== 'string' || typeof o.version !== 'string' || !o.name || !o.version)
        return undefined;
    return { name: o.name, version: o.version, licenses: licensesOf(o) };
}

;// CONCATENATED MODULE: ./src/sbom/os-release.ts
// /etc/os-release (os-release(5)): tells which distribution the OS packages come from, for the purl
// `distro` qualifier and namespace. Pure.
/** Parses `KEY=value` / `KEY="value"` lines; undefined without an ID. */
function parseOsRelease(text) {
    const kv = {};
    for (const line of text.split('\n')) {
        const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
        if (!m)
            continue;
        let v = m[2].trim();
        if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
            v = v.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
        }
        kv[m[1]] = v;
    }
    if (!kv.ID)
        return undefined;
    const r = { id: kv.ID.toLowerCase() };
    if (kv.VERSION_ID)
        r.versionId = kv.VERSION_ID;
    if (kv.VERSION_CODENAME)
        r.versionCodename = kv.VERSION_CODENAME;
    if (kv.PRETTY_NAME)
        r.prettyName = kv.PRETTY_NAME;
    return r;
}

;// CONCATENATED MODULE: ./src/sbom/python.ts
// Python distributions: `*.dist-info/METADATA` (wheels, PEP 376/627) and `*.egg-info/PKG-INFO`
// (setuptools) hold the core metadata (https://packaging.python.org/specifications/core-metadata/):
// email-style headers, then a body. Pure.
/** True for a distribution's metadata file (`x-1.0.dist-info/METADATA`, `x.egg-info/PKG-INFO`). */
function isPythonMetadataPath(path) {
    return /(?:^|\/)[^/]+\.dist-info\/METADATA$/.test(path) || /(?:^|\/)[^/]+\.egg-info\/PKG-INFO$/.test(path);
}
/** Reads the header block of core metadata; undefined without Name and Version. */
function parsePythonMetadata(text) {
    const headers = [];
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
            headers[headers.length - 1][1] += `\n${line.trim()}`;
            continue;
        }
        const i = line.indexOf(':');
        if (i > 0)
            headers.push([line.slice(0, i).toLowerCase(), line.slice(i + 1).trim()]);
    }
    const get = (k) => headers.find(([h]) => h === k)?.[1];
    const name = get('name');
    const version = get('version');
    if (!name || !version)
        return undefined;
    const licenses = [];
    const expression = get('license-expression');
    const license = get('license');
    if (expression)
        licenses.push(expression);
    else if (license && license !== 'UNKNOWN' && !license.includes('\n') && license.length <= 100)
        licenses.push(license);
    return { name, version, licenses };
}

;// CONCATENATED MODULE: ./src/sbom/layer-files.ts
// Streams an image's layers once, in order, and keeps only what the package catalogers need: parsed
// records of a few small files (package databases, package.json, METADATA, os-release) and every
// symlink, never file contents in bulk, so memory follows the number of packages and links, not the
// size of the layers. The layers are applied to a tree of path components, as overlayfs stacks them
// (OCI image-spec `layer.md`): `.wh.<name>` removes `<name>` and everything under it from the layers
// below, `.wh..wh..opq` empties its folder below, and any non-folder entry hides the lower folder at
// its path; each costs a walk down one path, so whiteouts stay linear in the layer size.
// Tar paths are cleaned (`./`, `..`, repeated slashes) before use (root-fs.ts). At the end, the well-known package
// database paths are resolved as a container runtime resolves them, following symlinked folders
// (`/var/lib/dpkg -> /opt/x`, usr-merge `/lib -> usr/lib`) inside the image root and never out of it,
// so a database cannot be hidden from the SBOM behind a link. Written by hand: no Node library applies
// OCI layers (whiteouts, opaque folders) to an in-memory tree; tar-stream does the tar parsing.
// Decompressed bytes are capped per layer and per image (src/limits.ts) against compression bombs.













const OS_RELEASE_PATHS = new Set(['etc/os-release', 'usr/lib/os-release']);
/**
 * Which cataloger a file *might* feed, from its name alone: a package database can sit anywhere a
 * symlinked folder points (`/opt/x/status` behind `/var/lib/dpkg -> /opt/x`), and which links exist is
 * known only after the last layer, so every file named like one is read (within the size caps) and
 * the final tree decides which count.
 */
function classifyCandidate(path) {
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const parent = slash < 0 ? '' : path.slice(0, slash);
    if (base === 'status')
        return 'dpkg';
    if ((parent === 'status.d' || parent.endsWith('/status.d')) && !base.endsWith('.md5sums'))
        return 'dpkg';
    if (base === 'installed')
        return 'apk';
    if (base === 'os-release')
        return 'os-release';
    if (isNpmPackageJsonPath(path))
        return 'npm';
    if (isPythonMetadataPath(path))
        return 'python';
    return undefined;
}
/** Which cataloger wants the file at `path` (relative to the image root), if any. */
function classifyPath(path) {
    if (path === 'var/lib/dpkg/status')
        return 'dpkg';
    if (path.startsWith('var/lib/dpkg/status.d/') && !path.slice(22).includes('/')) {
        // distroless keeps one control file per package here, next to its `.md5sums`.
        return path.endsWith('.md5sums') ? undefined : 'dpkg';
    }
    if (path === 'lib/apk/db/installed')
        return 'apk';
    if (OS_RELEASE_PATHS.has(path))
        return 'os-release';
    if (isNpmPackageJsonPath(path))
        return 'npm';
    if (isPythonMetadataPath(path))
        return 'python';
    return undefined;
}
function parseAs(kind, text) {
    switch (kind) {
        case 'dpkg':
            return parseDpkgStatus(text);
        case 'apk':
            return parseApkInstalled(text);
        case 'os-release':
            return parseOsRelease(text);
        case 'npm':
            return parsePackageJson(text);
        case 'python':
            return parsePythonMetadata(text);
    }
}
/** How a layer's bytes are compressed, from its media type. */
function toCompression(mediaType) {
    const mt = mediaType.toLowerCase();
    if (mt.endsWith('+gzip') || mt.endsWith('.tar.gzip'))
        return 'gzip';
    if (mt.endsWith('+zstd'))
        return 'zstd';
    if (mt.endsWith('.tar') || mt.endsWith('.v1.tar') || mt === 'application/x-tar')
        return 'none';
    throw new errors/* SbomError */.S('SBOM_INVALID_IMAGE', `layer media type ${mediaType} is not a tar layer (expected tar, tar+gzip or tar+zstd)`);
}
/**
 * The final filesystem of the image as far as the catalogers care: folders, symlinks and the files
 * they read. Every operation walks one path, so applying a layer costs its entries times path depth.
 */
class ImageTree {
    root = { children: new Map() };
    child(node, name) {
        return node.children?.get(name);
    }
    link(node) {
        return node.link;
    }
    /** The node at a physical path (no symlinks followed), if any. */
    get(path) {
        let node = this.root;
        if (path === '')
            return node;
        for (const seg of path.split('/')) {
            node = node.children?.get(seg);
            if (!node)
                return undefined;
        }
        return node;
    }
    /** Removes the node at `path` and everything under it (a whiteout, or a lower entry replaced). */
    remove(path) {
        const slash = path.lastIndexOf('/');
        const parent = this.get(slash < 0 ? '' : path.slice(0, slash));
        parent?.children?.delete(path.slice(slash + 1));
    }
    /** Empties the folder at `path` (an opaque whiteout). */
    clear(path) {
        const node = this.get(path);
        if (node?.children)
            node.children.clear();
    }
    /**
     * Makes every existing ancestor of `path` a folder: an entry at `a/b/c` in an upper layer means `a`
     * and `a/b` are folders there, hiding a lower symlink or file of that name.
     */
    makeParents(path) {
        const segs = path.split('/');
        let node = this.root;
        for (let i = 0; i < segs.length - 1; i++) {
            const next = node.children?.get(segs[i]);
            if (!next)
                return;
            if (!next.children) {
                delete next.file;
                delete next.link;
                next.children = new Map();
            }
            node = next;
        }
    }
    /** Puts a file or symlink at `path`, creating (or turning into) folders above it. */
    set(path, leaf) {
        const segs = path.split('/');
        let node = this.root;
        for (let i = 0; i < segs.length - 1; i++) {
            let next = node.children.get(segs[i]);
            if (!next) {
                next = { children: new Map() };
                node.children.set(segs[i], next);
            }
            else if (!next.children) {
                delete next.file;
                delete next.link;
                next.children = new Map();
            }
            node = next;
        }
        node.children.set(segs[segs.length - 1], { ...leaf });
    }
    /** Every cataloged file, with its physical path (an explicit stack: paths may be very deep). */
    *files() {
        const stack = [this.root];
        while (stack.length > 0) {
            const node = stack.pop();
            if (node.file)
                yield node.file;
            for (const child of node.children?.values() ?? [])
                stack.push(child);
        }
    }
}
async function readEntry(stream, limit) {
    const chunks = [];
    let n = 0;
    for await (const c of stream) {
        n += c.length;
        if (n <= limit)
            chunks.push(c);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * Reads one layer's tar stream: removes from `lower` what its whiteouts and replaced paths hide, and
 * returns what it adds (cataloged files and symlinks); drains every other entry.
 */
async function readLayer(source, layer, lower, warnings, transforms) {
    const changes = { added: new Map() };
    const extract = tar_stream.extract();
    extract.on('entry', (header, stream, next) => {
        // A failure elsewhere in the pipeline (a cap, the digest check) destroys the entry mid-read; the
        // pipeline reports it, the entry must not throw it again as an unhandled 'error' event.
        stream.on('error', () => undefined);
        const handle = async () => {
            const path = cleanTarPath(header.name);
            if (path === '') {
                stream.resume();
                return;
            }
            const slash = path.lastIndexOf('/');
            const base = path.slice(slash + 1);
            const dir = slash < 0 ? '' : path.slice(0, slash);
            lower.makeParents(path);
            if (base === '.wh..wh..opq') {
                lower.clear(dir);
                stream.resume();
                return;
            }
            if (base.startsWith('.wh.')) {
                lower.remove(dir === '' ? base.slice(4) : `${dir}/${base.slice(4)}`);
                stream.resume();
                return;
            }
            if (header.type === 'directory') {
                // A folder replaces a lower file or symlink of the same name; a lower folder merges.
                const below = lower.get(path);
                if (below && !below.children)
                    lower.remove(path);
                stream.resume();
                return;
            }
            // Anything else replaces whatever the lower layers had at this path, folder included.
            lower.remove(path);
            const kind = classifyCandidate(path);
            if (header.type === 'symlink' && header.linkname !== undefined) {
                changes.added.set(path, { link: header.linkname });
                stream.resume();
            }
            else if (kind && header.type === 'link' && header.linkname) {
                // A hard link to a file earlier in this layer: same content, so the same record.
                const target = changes.added.get(cleanTarPath(header.linkname))?.file;
                if (target)
                    changes.added.set(path, { file: { ...target, path } });
                stream.resume();
            }
            else if (kind && (header.type === 'file' || header.type === 'contiguous-file')) {
                const limit = kind === 'dpkg' || kind === 'apk' ? constants/* MAX_DATABASE_BYTES */.ju : constants/* MAX_MANIFEST_FILE_BYTES */.Yw;
                if ((header.size ?? 0) > limit) {
                    warnings.push(`${path} in layer ${layer}: ${header.size} bytes is more than ${limit}; skipped`);
                    stream.resume();
                }
                else {
                    const text = await readEntry(stream, limit);
                    changes.added.set(path, {
                        file: { kind, path, layer, record: parseAs(kind, text) },
                    });
                }
            }
            else {
                changes.added.delete(path);
                stream.resume();
            }
        };
        handle().then(() => next(), (err) => next(err));
    });
    // One pipeline: an error anywhere (digest mismatch at the blob's end, bad gzip, bad tar, a cap)
    // fails it, and it ends only when the whole blob was read, so the digest check always runs.
    const streams = [source, ...transforms, extract];
    await (0,promises_.pipeline)(streams);
    return changes;
}
/** Counts decompressed bytes and fails the layer once they pass the per-layer or per-image cap. */
class DecompressedBytesCap extends external_node_stream_.Transform {
    layerBytes = 0;
    layer;
    limits;
    image;
    constructor(layer, limits, image) {
        super();
        this.layer = layer;
        this.limits = limits;
        this.image = image;
    }
    _transform(chunk, _enc, cb) {
        this.layerBytes += chunk.length;
        this.image.bytes += chunk.length;
        if (this.layerBytes > this.limits.sbomLayerBytes) {
            cb(limitError('sbomLayerBytes', this.limits.sbomLayerBytes, `layer ${this.layer}`));
        }
        else if (this.image.bytes > this.limits.sbomImageBytes) {
            cb(limitError('sbomImageBytes', this.limits.sbomImageBytes, `the image's layers up to ${this.layer}`));
        }
        else {
            cb(null, chunk);
        }
    }
}
function limitError(cap, limit, what) {
    return new errors/* SbomError */.S('SBOM_LIMIT_EXCEEDED', (0,src_limits/* describeExceeded */.b1)(cap, limit, `more than ${limit} decompressed bytes`, what));
}
/** Package-database paths a runtime would open, resolved through the image's symlinks. */
const DATABASE_PATHS = [
    'var/lib/dpkg/status',
    'lib/apk/db/installed',
    'etc/os-release',
    'usr/lib/os-release',
];
const DPKG_STATUS_DIR = 'var/lib/dpkg/status.d';
/**
 * The cataloged files of the final filesystem, keyed by path: the package databases and os-release
 * at the paths a runtime opens (resolved through symlinks), and npm and Python metadata where they
 * physically are (each file once, however many links lead to it).
 */
function toCatalogedFiles(tree) {
    const out = new Map();
    for (const f of tree.files()) {
        if (f.kind === 'npm' || f.kind === 'python')
            out.set(f.path, f);
    }
    const at = (logical, kind) => {
        const physical = resolveInRoot(logical, tree);
        const file = physical === undefined ? undefined : tree.get(physical)?.file;
        if (file && file.kind === kind)
            out.set(logical, { ...file, path: logical });
    };
    for (const p of DATABASE_PATHS)
        at(p, classifyPath(p));
    const statusDir = resolveInRoot(DPKG_STATUS_DIR, tree);
    const dir = statusDir === undefined ? undefined : tree.get(statusDir);
    for (const name of [...(dir?.children?.keys() ?? [])].sort()) {
        const logical = `${DPKG_STATUS_DIR}/${name}`;
        if (classifyPath(logical) === 'dpkg')
            at(logical, 'dpkg');
    }
    return out;
}
/**
 * Output chunk of the layer decompressors. zlib's default (16 KiB) makes one thread-pool round trip per
 * 16 KiB of tar: a 200 MB Debian layer took 0.94 s to inflate, 0.40 s with 256 KiB chunks (measured
 * side by side on Node 24; larger chunks gained little more).
 */
const INFLATE_CHUNK = 256 * 1024;
/**
 * Reads every layer in order and returns the cataloged files of the final filesystem, keyed by path.
 * Each layer is streamed once and decompressed on the fly, within the decompressed-size caps.
 */
async function readImageFiles(layers, warnings = [], limits = src_limits/* DEFAULT_LIMITS */.dR) {
    const tree = new ImageTree();
    const image = { bytes: 0 };
    for (const layer of layers) {
        const compression = toCompression(layer.mediaType);
        const transforms = [];
        if (compression === 'gzip')
            transforms.push((0,external_node_zlib_.createGunzip)({ chunkSize: INFLATE_CHUNK }));
        if (compression === 'zstd')
            transforms.push((0,external_node_zlib_.createZstdDecompress)({ chunkSize: INFLATE_CHUNK }));
        transforms.push(new DecompressedBytesCap(layer.digest, limits, image));
        const body = await layer.open();
        let changes;
        try {
            changes = await readLayer(body, layer.digest, tree, warnings, transforms);
        }
        catch (err) {
            body.destroy();
            if (err instanceof errors/* SbomError */.S || err.code === 'REGISTRY_DIGEST_MISMATCH')
                throw err;
            throw new errors/* SbomError */.S('SBOM_INVALID_IMAGE', `layer ${layer.digest}: ${err.message}`, {
                cause: err,
            });
        }
        for (const [p, leaf] of changes.added)
            tree.set(p, leaf);
    }
    return toCatalogedFiles(tree);
}

;// CONCATENATED MODULE: ./src/sbom/generate-sbom.ts
// The built-in generator: streams one platform image's layers from the registry (never to disk),
// catalogs OS packages (dpkg, apk), npm and Python packages, and writes CycloneDX 1.6 JSON.






/** Catalogs the image at `repository@digest` and returns its CycloneDX 1.6 JSON. */
async function generateSbom(input, registry) {
    const ref = (0,src_registry/* withIdentifier */.Kt)(input.repository, { digest: input.digest });
    const { manifest, mediaType } = await (0,src_registry/* getParsedManifest */.h$)(registry, ref);
    if (!(0,src_registry/* isImageManifestMediaType */.d6)(mediaType)) {
        throw new errors/* SbomError */.S('SBOM_INVALID_INPUT', `${(0,src_registry/* formatReference */.Y4)(ref)} is ${mediaType}; the generator needs a platform image manifest`);
    }
    const layers = manifest.layers.map((d) => ({
        digest: d.digest,
        mediaType: d.mediaType,
        size: d.size,
        open: () => registry.fetchBlob(ref, d.digest, { size: d.size }),
    }));
    const warnings = [];
    const files = await readImageFiles(layers, warnings, (0,src_limits/* toLimits */.OY)(input.limits));
    const packages = toPackages(files);
    const os = toOsRelease(files);
    const json = buildCycloneDxBom(packages, {
        repository: (0,src_registry/* formatRepository */.Sh)(input.repository),
        digest: input.digest,
        ...(input.platform ? { platform: input.platform } : {}),
        ...(os ? { os } : {}),
        tool: input.tool,
        timestamp: input.timestamp,
    });
    return { json, packages, warnings };
}


/***/ })

};
