#!/usr/bin/env node
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/version.ts
/** The version of Signet, stamped into outputs, user agents and generated objects. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/ci/cli/main.ts

console.log(`signet ${VERSION}`);

