import { VERSION } from '../../src/version.ts';
import pkg from '../../package.json' with { type: 'json' };

describe('VERSION', () => {
  it('matches package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });
});
