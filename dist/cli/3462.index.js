export const id = 3462;
export const ids = [3462];
export const modules = {

/***/ 35975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ countFlag),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   dg: () => (/* binding */ formatFlags)
/* harmony export */ });
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42229);
// Flag parsing for the signet CLI, in cosign's style: `--flag value`, `--flag=value`, booleans as
// `--flag`, `--flag=true|false`, repeatable list flags, and `--` ending the flags. node:util parseArgs
// cannot take `--tlog-upload=false` (booleans with values), which cosign users type, hence this file.

const BOOL = new Map([
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
]);
/**
 * Parses `argv` (after the command name) against `specs`; throws UsageError naming the bad part.
 * `help` is true when `-h`/`--help` stands as a flag of its own: never when it is the value of another
 * flag (`--key --help`), which is refused, so that a mistyped value cannot turn a verification into
 * help text and exit 0.
 */
function parseFlags(command, argv, specs) {
    const flags = {};
    const positionals = [];
    let help = false;
    const byShort = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name]] : [])));
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        const eq = arg.indexOf('=');
        const rawName = eq >= 0 ? arg.slice(0, eq) : arg;
        const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
        const name = rawName.startsWith('--') ? rawName.slice(2) : byShort.get(rawName.slice(1));
        const spec = name === undefined ? undefined : specs[name];
        if (name === undefined || spec === undefined) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown flag ${rawName} for signet ${command} (see signet ${command} --help)`);
        }
        if (spec.type === 'boolean') {
            if (inline === undefined)
                flags[name] = true;
            else {
                const v = BOOL.get(inline.toLowerCase());
                if (v === undefined)
                    throw new _common_values_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${name} takes true or false, got ${JSON.stringify(inline)}`);
                flags[name] = v;
            }
            continue;
        }
        let value = inline;
        if (value === undefined) {
            value = argv[++i];
            if (value === undefined)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${name} needs a value${spec.value ? ` (${spec.value})` : ''}`);
            // A value that looks like a flag is almost always a forgotten value (`--key --help`): refuse it
            // rather than guess. A value that really starts with "-" can be given as --name=VALUE.
            if (value.startsWith('-') && value !== '-') {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${name} needs a value${spec.value ? ` (${spec.value})` : ''} but is followed by a flag; write --${name}=VALUE for a value starting with "-"`);
            }
        }
        if (value === '')
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${name} needs a non-empty value${spec.value ? ` (${spec.value})` : ''}`);
        if (spec.type === 'list')
            flags[name] = [...(flags[name] ?? []), value];
        else
            flags[name] = value;
    }
    for (const [name, spec] of Object.entries(specs)) {
        if (flags[name] === undefined && spec.default !== undefined)
            flags[name] = spec.default;
    }
    return { flags, positionals, help };
}
/** Reads a count flag (`--concurrency 8`): a whole number from 1 to `max`, else a UsageError. */
function countFlag(flags, name, max = 1024) {
    const v = flags[name];
    if (v === undefined)
        return undefined;
    const n = typeof v === 'string' && /^[0-9]+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > max) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${name} takes a whole number from 1 to ${max}, got ${JSON.stringify(v)}`);
    }
    return n;
}
/** The help text of one command's flags, aligned. */
function formatFlags(specs) {
    const rows = Object.entries(specs).map(([name, s]) => {
        const left = `${s.short ? `-${s.short}, ` : '    '}--${name}${s.type === 'boolean' ? '' : ` ${s.value ?? 'VALUE'}`}`;
        const def = s.default !== undefined && s.default !== '' ? ` (default ${String(s.default)})` : '';
        return [left, `${s.description}${def}`];
    });
    const width = Math.max(0, ...rows.map(([l]) => l.length)) + 2;
    return rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`).join('\n');
}


/***/ }),

/***/ 73462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15489);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9308);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35975);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42229);
/* harmony import */ var _common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25352);
// The `signet` CLI dispatcher: one subcommand per pipeline stage, flags named as cosign's. This adapter alone reads
// the environment and files (through its Host); stages get parsed inputs and print nothing.





/**
 * The commands, each loaded only when it runs: a command module pulls in its stage's dependencies
 * (the Kubernetes client, CycloneDX, sigstore-js …), and `signet verify` should not pay for `policy`.
 * The summaries stay here so that `signet --help` loads nothing.
 */
const COMMANDS = [
    {
        name: 'run',
        summary: 'the whole pipeline: build, push, sign, attest SBOM and provenance, verify, admission objects',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(2165), __webpack_require__.e(8374), __webpack_require__.e(1341), __webpack_require__.e(6327), __webpack_require__.e(6799), __webpack_require__.e(9651), __webpack_require__.e(9457)]).then(__webpack_require__.bind(__webpack_require__, 79457))).runCommand,
    },
    {
        name: 'build',
        summary: 'build and push an image (buildx, docker, buildah) and print its digest',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(6799), __webpack_require__.e(9788)]).then(__webpack_require__.bind(__webpack_require__, 93119))).buildCommand,
    },
    {
        name: 'sbom',
        summary: "get an image's SBOM per platform: BuildKit's attestation, a given file, or generated from its layers",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(5622)]).then(__webpack_require__.bind(__webpack_require__, 75622))).sbomCommand,
    },
    {
        name: 'sign',
        summary: 'sign images by digest (keyless or with a key), in both storage formats',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(2165), __webpack_require__.e(1341), __webpack_require__.e(8090)]).then(__webpack_require__.bind(__webpack_require__, 48090))).signCommand,
    },
    {
        name: 'verify',
        summary: 'verify the signatures of images, read back from the registry',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(2165), __webpack_require__.e(8374), __webpack_require__.e(1341), __webpack_require__.e(6486)]).then(__webpack_require__.bind(__webpack_require__, 56486))).verifyCommand,
    },
    {
        name: 'triangulate',
        summary: 'print where the signatures, attestations and bundles of an image live',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(6181)]).then(__webpack_require__.bind(__webpack_require__, 56181))).triangulateCommand,
    },
    {
        name: 'attest',
        summary: 'attest images: sign an in-toto statement with a predicate, in both storage formats',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(2165), __webpack_require__.e(8374), __webpack_require__.e(4726)]).then(__webpack_require__.bind(__webpack_require__, 44726))).attestCommand,
    },
    {
        name: 'verify-attestation',
        summary: 'verify the attestations of an image and print their statements',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(2165), __webpack_require__.e(8374), __webpack_require__.e(4337)]).then(__webpack_require__.bind(__webpack_require__, 54337))).verifyAttestationCommand,
    },
    {
        name: 'attest-blob',
        summary: 'attest files (globs, digests, a checksums file); bundles beside them, optionally to GitHub',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(2165), __webpack_require__.e(8374), __webpack_require__.e(9651), __webpack_require__.e(3744)]).then(__webpack_require__.bind(__webpack_require__, 73744))).attestBlobCommand,
    },
    {
        name: 'sign-blob',
        summary: 'sign a file into a Sigstore bundle (v0.3 JSON)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(2830), __webpack_require__.e(5814), __webpack_require__.e(5179), __webpack_require__.e(3268)]).then(__webpack_require__.bind(__webpack_require__, 13268))).signBlobCommand,
    },
    {
        name: 'verify-blob',
        summary: 'verify a file (or sha256:<hex>) against its Sigstore bundle',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(2165), __webpack_require__.e(8374), __webpack_require__.e(6928)]).then(__webpack_require__.bind(__webpack_require__, 56928))).verifyBlobCommand,
    },
    {
        name: 'policy',
        summary: 'generate admission objects (policy-controller, Kyverno, Connaisseur); print, write or apply them',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(2463), __webpack_require__.e(4537), __webpack_require__.e(6327), __webpack_require__.e(4070), __webpack_require__.e(9805)]).then(__webpack_require__.bind(__webpack_require__, 99805))).policyCommand,
    },
    {
        name: 'record-policy',
        summary: 'the pre-flight record target: a Kyverno policy admitting digests Signet verified and recorded',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(2463), __webpack_require__.e(4537), __webpack_require__.e(6327), __webpack_require__.e(4070), __webpack_require__.e(2749)]).then(__webpack_require__.bind(__webpack_require__, 62749))).recordPolicyCommand,
    },
    {
        name: 'preflight',
        summary: 'verify every image of Kubernetes manifests and write them pinned by digest',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(2165), __webpack_require__.e(2463), __webpack_require__.e(8374), __webpack_require__.e(4537), __webpack_require__.e(1341), __webpack_require__.e(6327), __webpack_require__.e(4070), __webpack_require__.e(516)]).then(__webpack_require__.bind(__webpack_require__, 40516))).preflightCommand,
    },
    {
        name: 'generate-key-pair',
        summary: 'write a cosign key pair (cosign.key, cosign.pub)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(6411)]).then(__webpack_require__.bind(__webpack_require__, 96411))).generateKeyPairCommand,
    },
    {
        name: 'public-key',
        summary: 'print the public key of a cosign private key',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9475), __webpack_require__.e(9654), __webpack_require__.e(8652), __webpack_require__.e(2165), __webpack_require__.e(1341), __webpack_require__.e(3544)]).then(__webpack_require__.bind(__webpack_require__, 13544))).publicKeyCommand,
    },
];
const FILE_REASONS = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory, not a file',
    ENOTDIR: 'a part of the path is not a directory',
};
/**
 * A file the user named that cannot be read, as one line with a code: node's own message
 * ("ENOENT: no such file or directory, open '…'") says neither what to do nor which flag.
 */
function fileFailure(err) {
    const e = err;
    if (!(err instanceof Error) || typeof e.path !== 'string' || typeof e.code !== 'string')
        return undefined;
    const reason = FILE_REASONS[e.code] ?? e.code;
    return `cannot read ${(0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .toTerminalLine */ .iV)(e.path)}: ${reason}: check the path [${e.code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE'}]`;
}
function usage() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
    return [
        `signet ${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}: build, sign, attest, verify and admit container images`,
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
async function runCli(argv, outer) {
    const host = {
        ...outer,
        stdout: (text) => outer.stdout((0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .toTerminalOutput */ .n1)(text)),
        stderr: (text) => outer.stderr((0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .toTerminalText */ .Fh)(text)),
    };
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        host.stdout(usage() + '\n');
        return name === undefined ? 2 : 0;
    }
    if (name === 'version' || name === '--version') {
        host.stdout(`signet ${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}\n`);
        return 0;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) {
        host.stderr(`signet: unknown command ${JSON.stringify(name)} (see signet --help)\n`);
        return 2;
    }
    const command = await entry.load();
    try {
        const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(command.name, rest, command.flags);
        if (parsed.help) {
            host.stdout(`${entry.summary}\n\nusage: ${command.usage}\n\nflags:\n${(0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFlags */ .dg)(command.flags)}\n`);
            return 0;
        }
        return await command.run(parsed, host);
    }
    catch (err) {
        if (err instanceof _common_values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb) {
            host.stderr(`signet ${command.name}: ${(0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .toTerminalLine */ .iV)(err.message)}\n`);
            return 2;
        }
        const message = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T
            ? `${(0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .toTerminalLine */ .iV)(err.message)} [${err.code}]`
            : (fileFailure(err) ?? (0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .toTerminalLine */ .iV)(err instanceof Error ? err.message : String(err)));
        host.stderr(`signet ${command.name}: ${message}\n`);
        if (host.env.SIGNET_DEBUG && err instanceof Error && err.cause) {
            host.stderr(`  caused by: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .U)(err.cause)}\n`);
        }
        return 1;
    }
}


/***/ }),

/***/ 25352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ toTerminalText),
/* harmony export */   iV: () => (/* binding */ toTerminalLine),
/* harmony export */   n1: () => (/* binding */ toTerminalOutput),
/* harmony export */   ri: () => (/* binding */ toSummaryText)
/* harmony export */ });
// The one sanitiser for text Signet shows that may come from a registry, an image or a token (platform
// fields, annotations, error bodies, claims): each CI surface gets the escaping its renderer needs.
//  - The CLI's stdout (JSON, SBOMs, YAML, text): control characters written as visible `\uXXXX`, so a
//    JSON document keeps its meaning and a terminal sees no escape sequence.
//  - Terminal messages and the GitLab job log: ANSI escape sequences (colours, cursor moves, OSC 8 links, title
//    changes) and control characters are removed, so a registry cannot repaint or hide log lines.
//  - GitHub log lines: the same, and one line per message, because the runner reads workflow commands
//    (`::add-mask::`, `::stop-commands::` …) at the start of any line a step prints.
//  - The GitHub job summary (Markdown with HTML): entities for HTML and for Markdown's own syntax, so
//    that text stays text (no links, images, tags or table breaks).
// Annotations (core.warning/error/setFailed) are escaped by @actions/core itself (%, CR, LF as %25,
// %0D, %0A); they get the terminal clean-up first. Written by hand: the few rules are the point, and a
// library for each renderer would be three dependencies for twenty lines.
/**
 * ANSI/ECMA-48 escape sequences: CSI (ESC [ … final, or the 8-bit CSI), OSC (ESC ] … BEL or ST, or the
 * 8-bit OSC), DCS/SOS/PM/APC strings, and two-character ESC sequences.
 */
const ANSI_SEQUENCE = 
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)|\u001b[ -/]*[0-~]?/g;
/** C0 and C1 control characters, DEL, and the Unicode bidi controls (text that reads other than it is). */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL_EXCEPT_NEWLINE_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Text for a terminal or the GitLab log: no escape sequences, no control characters but newline and tab. */
function toTerminalText(text) {
    return text.replace(ANSI_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(CONTROL_EXCEPT_NEWLINE_TAB, '');
}
/** Control characters but newline and tab, DEL, C1 and the bidi controls, one at a time. */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Output meant for programs as well as terminals (the CLI's stdout: JSON documents, SBOMs, YAML):
 * every control character but newline and tab is written as a visible `\uXXXX`. An escape sequence
 * thus cannot act on a terminal, and a JSON document stays the same document (JSON.stringify leaves
 * C1 and bidi characters raw; their escaped form parses to the same string).
 */
function toTerminalOutput(text) {
    return text.replace(CONTROL_CHAR, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** One line of terminal text: newlines and tabs become spaces. */
function toTerminalLine(text) {
    return toTerminalText(text).replace(/[\n\t]+/g, ' ');
}
const HTML_AND_MARKDOWN = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '*': '&#42;',
    _: '&#95;',
    '`': '&#96;',
    '!': '&#33;',
    '|': '&#124;',
    '\\': '&#92;',
    '~': '&#126;',
    '#': '&#35;',
};
/** Text for the GitHub job summary (Markdown and HTML): one line, every active character as an entity. */
function toSummaryText(text) {
    return toTerminalLine(text).replace(/[&<>"'[\]()*_`!|\\~#]/g, (c) => HTML_AND_MARKDOWN[c]);
}


/***/ }),

/***/ 42229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15489);
// The values the CI adapters hand the shared stage options: flag or input specs, parsed values, and the
// one error type for a user's mistake. The CLI parses argv into these; the Action and the component
// read their inputs into the same shape, so every surface means the same thing by each name.

/**
 * A user's mistake: the CLI prints it with a pointer to --help (exit code 2), the Action and the
 * component with its code. A stage's code is kept when a stage's error is re-worded as one
 * (`input tags: …` over REGISTRY_INVALID_REFERENCE).
 */
class UsageError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
    constructor(message, options = {}) {
        super(options.code ?? 'USAGE_INVALID_INPUT', message, { cause: options.cause });
    }
}
/** Reads a string flag. */
const str = (f, name) => {
    const v = f[name];
    return typeof v === 'string' ? v : undefined;
};
/** Reads a boolean flag. */
const bool = (f, name) => f[name] === true;
/** Reads a list flag. */
const list = (f, name) => Array.isArray(f[name]) ? f[name] : [];


/***/ }),

/***/ 15489:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ SignetError),
/* harmony export */   U: () => (/* binding */ describeError)
/* harmony export */ });
// The error type every Signet stage throws. Each area subclasses it with its own code union
// (RegistryError, SignError, VerifyError, PolicyError), so tests assert on codes and people read messages.
/** A Signet failure: a stable `code` for programs, a lowercase one-line message for people. */
class SignetError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** The message of `err` followed by its causes, one per line, for logs (never for secrets). */
function describeError(err) {
    const lines = [];
    let cur = err;
    for (let depth = 0; cur !== undefined && cur !== null && depth < 8; depth++) {
        lines.push(cur instanceof Error ? cur.message : String(cur));
        cur = cur instanceof Error ? cur.cause : undefined;
    }
    return lines.join('\n  caused by: ');
}


/***/ }),

/***/ 9308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The version of Signet, stamped into outputs, user agents and generated objects. */
const VERSION = '0.1.0';


/***/ })

};
