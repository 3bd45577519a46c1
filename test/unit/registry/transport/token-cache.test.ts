import { TokenCache } from '../../../../src/registry/transport/token-cache.ts';

describe('TokenCache', () => {
  it('serves a pull from a pull,push token and not the other way round', () => {
    let now = 0;
    const c = new TokenCache(() => now);
    c.set('r', [{ repository: 'a', actions: ['pull'] }], 'pull-only', 300);
    expect(c.get('r', [{ repository: 'a', actions: ['pull', 'push'] }])).toBeUndefined();
    c.set('r', [{ repository: 'a', actions: ['pull', 'push'] }], 'rw', 300);
    expect(c.get('r', [{ repository: 'a', actions: ['pull', 'push'] }])).toBe('rw');
    expect(c.get('r', [{ repository: 'b', actions: ['pull'] }])).toBeUndefined();
    expect(c.get('other', [{ repository: 'a', actions: ['pull'] }])).toBeUndefined();
    now = 291_000;
    expect(c.get('r', [{ repository: 'a', actions: ['pull'] }])).toBeUndefined();
  });
  it('forgets a refused token', () => {
    const c = new TokenCache(() => 0);
    c.set('r', [{ repository: 'a', actions: ['pull'] }], 't');
    c.forget('r', 't');
    expect(c.get('r', [{ repository: 'a', actions: ['pull'] }])).toBeUndefined();
  });
});
