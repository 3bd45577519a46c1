import { formatScope, parseChallenges } from '../../../../src/registry/transport/challenge.ts';

describe('parseChallenges', () => {
  it.each([
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/app:pull"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/app:pull' },
        },
      ],
    ],
    ['Basic realm="Registry Realm"', [{ scheme: 'basic', params: { realm: 'Registry Realm' } }]],
    ['basic realm=plain', [{ scheme: 'basic', params: { realm: 'plain' } }]],
    [
      'Bearer realm="https://auth.docker.io/token", service="registry.docker.io", scope="repository:library/nginx:pull,push"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:library/nginx:pull,push',
          },
        },
      ],
    ],
    [
      'Basic realm="a", Bearer realm="b",service="s"',
      [
        { scheme: 'basic', params: { realm: 'a' } },
        { scheme: 'bearer', params: { realm: 'b', service: 's' } },
      ],
    ],
    ['Bearer realm="with \\"quote\\""', [{ scheme: 'bearer', params: { realm: 'with "quote"' } }]],
    ['', []],
  ])('parses %j', (header, want) => {
    expect(parseChallenges(header)).toEqual(want);
  });
});

describe('formatScope', () => {
  it('joins actions with commas', () => {
    expect(formatScope({ repository: 'a/b', actions: ['pull', 'push'] })).toBe('repository:a/b:pull,push');
  });
});
