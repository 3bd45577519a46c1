// Integration tests drive real services and tools: give each test up to three minutes (Jest 30 reads
// `testTimeout` only from the top-level config, not from a project).
import { jest } from '@jest/globals';

jest.setTimeout(180_000);
