// Jest runs TypeScript as native ESM (ts-jest's ESM mode, `node --experimental-vm-modules`).
// Sources import siblings with their `.ts` extension, so the same files also run directly on Node 24.
import { readFileSync } from 'node:fs';
const { compilerOptions: tsconfig } = JSON.parse(
  readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8'),
);
const transform = {
  '^.+\\.ts$': [
    'ts-jest',
    // Keep the `.ts` specifiers as written: Jest resolves them directly.
    { useESM: true, tsconfig: { ...tsconfig, rewriteRelativeImportExtensions: false } },
  ],
};
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform,
  testEnvironment: 'node',
};
/** @type {import('jest').Config} */
export default {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.itg.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-setup.ts'],
      slowTestThreshold: 30,
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-setup.ts'],
    },
  ],
};
