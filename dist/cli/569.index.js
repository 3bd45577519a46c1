export const id = 569;
export const ids = [569];
export const modules = {

/***/ 90569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   processHost: () => (/* binding */ processHost)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80481);
// Everything the CLI touches outside the process: environment, files, terminal, network. Commands get
// a Host, so the adapter stays the one place that reads env and files (STYLE §1, §4), and the
// commands can be run in-process by tests with a Host of their own.



/** The Host of a real process. */
function processHost() {
    return {
        env: process.env,
        cwd: process.cwd(),
        readFile: (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path),
        async readDir(path) {
            try {
                const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path, { withFileTypes: true });
                return entries
                    .map((e) => ({ name: e.name, directory: e.isDirectory() }))
                    .sort((a, b) => (a.name < b.name ? -1 : 1));
            }
            catch (err) {
                if (err.code === 'ENOTDIR')
                    return undefined;
                throw err;
            }
        },
        async writeFile(path, data, { mode, overwrite = false }) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, data, { mode, flag: overwrite ? 'w' : 'wx' });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(path, mode); // the umask may have narrowed or the file pre-existed
        },
        stdout: (text) => void process.stdout.write(text),
        stderr: (text) => void process.stderr.write(text),
        interactive: Boolean(process.stdin.isTTY) && !process.env.CI,
        promptSecret(question) {
            return new Promise((resolve) => {
                const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_2__.createInterface)({ input: process.stdin, output: process.stderr, terminal: true });
                const output = rl;
                process.stderr.write(question);
                output._writeToOutput = () => { };
                rl.question('', (answer) => {
                    rl.close();
                    process.stderr.write('\n');
                    resolve(answer);
                });
            });
        },
        fetch: globalThis.fetch,
    };
}


/***/ })

};
