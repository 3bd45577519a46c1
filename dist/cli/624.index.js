export const id = 624;
export const ids = [624];
export const modules = {

/***/ 37624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/ci/common/values.ts
var values = __webpack_require__(9700);
;// CONCATENATED MODULE: ./src/ci/cli/args.ts
// Flag parsing for the signet CLI, in cosign's style: `--flag value`, `--flag=value`, booleans as
// `--flag`, `--flag=true|false`, repeatable list flags, and `--` ending the flags. node:util parseArgs
// cannot take `--tlog-upload=false` (booleans with values), which cosign users type, hence this file.

const BOOL = new Map([
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
]);
/** Parses `argv` (after the command name) against `specs`; throws UsageError naming the bad part. */
function parseFlags(command, argv, specs) {
    const flags = {};
    const positionals = [];
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
        const eq = arg.indexOf('=');
        const rawName = eq >= 0 ? arg.slice(0, eq) : arg;
        const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
        const name = rawName.startsWith('--') ? rawName.slice(2) : byShort.get(rawName.slice(1));
        const spec = name === undefined ? undefined : specs[name];
        if (name === undefined || spec === undefined) {
            throw new values/* UsageError */.eb(`unknown flag ${rawName} for signet ${command} (see signet ${command} --help)`);
        }
        if (spec.type === 'boolean') {
            if (inline === undefined)
                flags[name] = true;
            else {
                const v = BOOL.get(inline.toLowerCase());
                if (v === undefined)
                    throw new values/* UsageError */.eb(`--${name} takes true or false, got ${JSON.stringify(inline)}`);
                flags[name] = v;
            }
            continue;
        }
        let value = inline;
        if (value === undefined) {
            value = argv[++i];
            if (value === undefined)
                throw new values/* UsageError */.eb(`--${name} needs a value${spec.value ? ` (${spec.value})` : ''}`);
        }
        if (spec.type === 'list')
            flags[name] = [...(flags[name] ?? []), value];
        else
            flags[name] = value;
    }
    for (const [name, spec] of Object.entries(specs)) {
        if (flags[name] === undefined && spec.default !== undefined)
            flags[name] = spec.default;
    }
    return { flags, positionals };
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

;// CONCATENATED MODULE: ./src/ci/cli/run-cli.ts
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
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(118), __webpack_require__.e(469), __webpack_require__.e(815), __webpack_require__.e(526), __webpack_require__.e(688), __webpack_require__.e(493), __webpack_require__.e(898), __webpack_require__.e(30), __webpack_require__.e(781)]).then(__webpack_require__.bind(__webpack_require__, 53781))).runCommand,
    },
    {
        name: 'build',
        summary: 'build and push an image (buildx, docker, buildah) and print its digest',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(118), __webpack_require__.e(469), __webpack_require__.e(526), __webpack_require__.e(493), __webpack_require__.e(536)]).then(__webpack_require__.bind(__webpack_require__, 10536))).buildCommand,
    },
    {
        name: 'sbom',
        summary: "get an image's SBOM per platform: BuildKit's attestation, a given file, or generated from its layers",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(118), __webpack_require__.e(469), __webpack_require__.e(526), __webpack_require__.e(493), __webpack_require__.e(536)]).then(__webpack_require__.bind(__webpack_require__, 10536))).sbomCommand,
    },
    {
        name: 'sign',
        summary: 'sign an image by digest (keyless or with a key), in both storage formats',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(526), __webpack_require__.e(688), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 55633))).signCommand,
    },
    {
        name: 'verify',
        summary: 'verify the signatures of an image, read back from the registry',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(526), __webpack_require__.e(688), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 55633))).verifyCommand,
    },
    {
        name: 'triangulate',
        summary: 'print where the signatures, attestations and bundles of an image live',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(526), __webpack_require__.e(688), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 55633))).triangulateCommand,
    },
    {
        name: 'attest',
        summary: 'attest an image: sign an in-toto statement with a predicate, in both storage formats',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(526), __webpack_require__.e(688), __webpack_require__.e(30), __webpack_require__.e(455)]).then(__webpack_require__.bind(__webpack_require__, 31455))).attestCommand,
    },
    {
        name: 'verify-attestation',
        summary: 'verify the attestations of an image and print their statements',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(526), __webpack_require__.e(688), __webpack_require__.e(30), __webpack_require__.e(455)]).then(__webpack_require__.bind(__webpack_require__, 31455))).verifyAttestationCommand,
    },
    {
        name: 'sign-blob',
        summary: 'sign a file into a Sigstore bundle (v0.3 JSON)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(526), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 70467))).signBlobCommand,
    },
    {
        name: 'verify-blob',
        summary: 'verify a file (or sha256:<hex>) against its Sigstore bundle',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(526), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 70467))).verifyBlobCommand,
    },
    {
        name: 'policy',
        summary: 'generate admission objects (policy-controller, Kyverno, Connaisseur); print, write or apply them',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(118), __webpack_require__.e(178), __webpack_require__.e(815), __webpack_require__.e(526), __webpack_require__.e(898), __webpack_require__.e(248)]).then(__webpack_require__.bind(__webpack_require__, 88248))).policyCommand,
    },
    {
        name: 'preflight',
        summary: 'verify every image of Kubernetes manifests and write them pinned by digest',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(118), __webpack_require__.e(178), __webpack_require__.e(815), __webpack_require__.e(526), __webpack_require__.e(898), __webpack_require__.e(248)]).then(__webpack_require__.bind(__webpack_require__, 88248))).preflightCommand,
    },
    {
        name: 'generate-key-pair',
        summary: 'write a cosign key pair (cosign.key, cosign.pub)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(526), __webpack_require__.e(586)]).then(__webpack_require__.bind(__webpack_require__, 78586))).generateKeyPairCommand,
    },
    {
        name: 'public-key',
        summary: 'print the public key of a cosign private key',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(598), __webpack_require__.e(526), __webpack_require__.e(586)]).then(__webpack_require__.bind(__webpack_require__, 78586))).publicKeyCommand,
    },
];
function usage() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
    return [
        `signet ${version/* VERSION */.x}: build, sign, attest, verify and admit container images`,
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
/** Runs one CLI invocation and returns its exit code: 0 ok, 1 failed, 2 usage error. */
async function runCli(argv, host) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        host.stdout(usage() + '\n');
        return name === undefined ? 2 : 0;
    }
    if (name === 'version' || name === '--version') {
        host.stdout(`signet ${version/* VERSION */.x}\n`);
        return 0;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) {
        host.stderr(`signet: unknown command ${JSON.stringify(name)} (see signet --help)\n`);
        return 2;
    }
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
        host.stdout(`${entry.summary}\n\nusage: ${command.usage}\n\nflags:\n${formatFlags(command.flags)}\n`);
        return 0;
    }
    try {
        return await command.run(parseFlags(command.name, rest, command.flags), host);
    }
    catch (err) {
        if (err instanceof values/* UsageError */.eb) {
            host.stderr(`signet ${command.name}: ${err.message}\n`);
            return 2;
        }
        const message = err instanceof errors/* SignetError */.T ? `${err.message} [${err.code}]` : (0,errors/* describeError */.U)(err);
        host.stderr(`signet ${command.name}: ${message}\n`);
        if (host.env.SIGNET_DEBUG && err instanceof Error && err.cause) {
            host.stderr(`  caused by: ${(0,errors/* describeError */.U)(err.cause)}\n`);
        }
        return 1;
    }
}


/***/ }),

/***/ 9700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
// The values the CI adapters hand the shared stage options: flag or input specs, parsed values, and the
// one error type for a user's mistake. The CLI parses argv into these; the Action and the component
// read their inputs into the same shape, so every surface means the same thing by each name.
/** A command-line mistake: printed with a pointer to --help, exit code 2. */
class UsageError extends Error {
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

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The version of Signet, stamped into outputs, user agents and generated objects. */
const VERSION = '0.1.0';


/***/ })

};
