import { formatReference, parseDigest, parseReference, toIdentifier } from '../../../src/registry/name.ts';
import { RegistryError } from '../../../src/registry/errors.ts';

const HEX = 'a'.repeat(64);

describe('parseReference', () => {
  describe('when the reference is valid', () => {
    it.each([
      ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
      ['nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', tag: '1.27' }],
      ['acme/app', { registry: 'docker.io', repository: 'acme/app' }],
      ['index.docker.io/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
      [
        'docker.io/library/nginx:latest',
        { registry: 'docker.io', repository: 'library/nginx', tag: 'latest' },
      ],
      ['ghcr.io/acme/app:v1', { registry: 'ghcr.io', repository: 'acme/app', tag: 'v1' }],
      ['GHCR.io/acme/app', { registry: 'ghcr.io', repository: 'acme/app' }],
      ['localhost/app', { registry: 'localhost', repository: 'app' }],
      ['localhost:5000/a/b/c:t', { registry: 'localhost:5000', repository: 'a/b/c', tag: 't' }],
      [
        '127.0.0.1:5000/app@sha256:' + HEX,
        { registry: '127.0.0.1:5000', repository: 'app', digest: 'sha256:' + HEX },
      ],
      ['[::1]:5000/app', { registry: '[::1]:5000', repository: 'app' }],
      [
        'ghcr.io/acme/app:v1@sha256:' + HEX,
        { registry: 'ghcr.io', repository: 'acme/app', tag: 'v1', digest: 'sha256:' + HEX },
      ],
      ['registry.example.com/a__b/c-d/e.f', { registry: 'registry.example.com', repository: 'a__b/c-d/e.f' }],
      ['Foo/bar', { registry: 'foo', repository: 'bar' }],
    ])('parses %s', (input, want) => {
      expect(parseReference(input)).toEqual(want);
    });
  });

  describe('when the reference is malformed', () => {
    it.each([
      ['', 'empty reference'],
      [' nginx', 'whitespace'],
      ['ghcr.io/Acme/app', 'repository "Acme/app" must be lowercase'],
      ['nginx:', 'tag ""'],
      ['nginx:-bad', 'tag "-bad"'],
      ['nginx:' + 'x'.repeat(129), 'tag "xxx'],
      ['nginx@sha256:abc', 'digest part "sha256:abc"'],
      ['nginx@md5:' + HEX, 'algorithm "md5"'],
      ['nginx@sha256:' + 'A'.repeat(64), 'non-hex'],
      ['ghcr.io/', 'missing repository name'],
      ['ghcr.io/acme//app', 'path component ""'],
      ['ghcr.io/acme/-app', 'path component "-app"'],
      ['ghcr.io/acme/app!', 'path component "app!"'],
      ['bad_host.io/app', 'registry "bad_host.io"'],
      [':tag', 'missing repository name'],
      ['a/' + 'b'.repeat(260), 'longer than 255'],
    ])('rejects %j naming the bad part', (input, part) => {
      let err: unknown;
      try {
        parseReference(input);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RegistryError);
      expect((err as RegistryError).code).toBe('REGISTRY_INVALID_REFERENCE');
      expect((err as RegistryError).message).toContain(part);
    });
  });
});

describe('parseDigest', () => {
  it('accepts sha256 and sha512', () => {
    expect(parseDigest('sha256:' + HEX)).toBe('sha256:' + HEX);
    expect(parseDigest('sha512:' + 'b'.repeat(128))).toBe('sha512:' + 'b'.repeat(128));
  });
  it.each(['sha256', 'sha256:', 'sha256:' + 'a'.repeat(63), 'sha1:' + HEX, 'sha256:' + 'g'.repeat(64)])(
    'rejects %j with REGISTRY_INVALID_DIGEST',
    (d) => {
      expect(() => parseDigest(d)).toThrow(expect.objectContaining({ code: 'REGISTRY_INVALID_DIGEST' }));
    },
  );
});

describe('formatReference', () => {
  it('round-trips the normalised form', () => {
    for (const s of [
      'docker.io/library/nginx:1',
      'ghcr.io/a/b@sha256:' + HEX,
      'localhost:5000/x:y@sha256:' + HEX,
    ]) {
      expect(formatReference(parseReference(s))).toBe(s);
    }
  });
  it('addresses manifests by digest first, then tag, then latest', () => {
    expect(toIdentifier(parseReference('a:t@sha256:' + HEX))).toBe('sha256:' + HEX);
    expect(toIdentifier(parseReference('a:t'))).toBe('t');
    expect(toIdentifier(parseReference('a'))).toBe('latest');
  });
});
