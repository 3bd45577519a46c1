import { parseOciErrors, redactUrl, toRegistryError } from '../../../src/registry/errors.ts';

describe('redactUrl', () => {
  it('removes userinfo and secret-bearing query values', () => {
    const out = redactUrl('https://user:s3cret@ghcr.io/v2/a/blobs/uploads/x?_state=tok&digest=sha256:1');
    expect(out).not.toContain('s3cret');
    expect(out).not.toContain('tok');
    expect(out).toContain('digest=sha256%3A1');
    expect(out).toContain('_state=redacted');
  });
});

describe('toRegistryError', () => {
  it.each([
    [
      401,
      '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}',
      'REGISTRY_UNAUTHORIZED',
      false,
    ],
    [
      403,
      '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}',
      'REGISTRY_DENIED',
      false,
    ],
    [
      404,
      '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}',
      'REGISTRY_NOT_FOUND',
      false,
    ],
    [404, '404 page not found', 'REGISTRY_NOT_FOUND', false],
    [400, '{"errors":[{"code":"DIGEST_INVALID"}]}', 'REGISTRY_DIGEST_MISMATCH', false],
    [400, '{"errors":[{"code":"MANIFEST_INVALID"}]}', 'REGISTRY_INVALID_MANIFEST', false],
    [412, '', 'REGISTRY_CONFLICT', false],
    [429, '{"errors":[{"code":"TOOMANYREQUESTS"}]}', 'REGISTRY_TOO_MANY_REQUESTS', true],
    [500, '<html>oops</html>', 'REGISTRY_UNAVAILABLE', true],
    [503, '', 'REGISTRY_UNAVAILABLE', true],
    [405, '', 'REGISTRY_INVALID_REQUEST', false],
  ])('maps %i %s to %s (temporary: %s)', (status, body, code, temporary) => {
    const err = toRegistryError({
      status,
      method: 'GET',
      url: 'http://127.0.0.1:5000/v2/a/manifests/b',
      body,
    });
    expect(err.code).toBe(code);
    expect(err.temporary).toBe(temporary);
    expect(err.status).toBe(status);
    expect(err.message).toMatch(/^GET http:\/\/127\.0\.0\.1:5000\/v2\/a\/manifests\/b: \d{3} /);
  });
  it('names the OCI codes and the hint in lowercase', () => {
    const err = toRegistryError({
      status: 404,
      method: 'HEAD',
      url: 'https://r/v2/x',
      body: '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]}',
      hint: 'check the name',
    });
    expect(err.message).toBe(
      'HEAD https://r/v2/x: 404 name_unknown (repository name not known to registry); check the name',
    );
    expect(err.ociCodes).toEqual(['NAME_UNKNOWN']);
  });
});

describe('parseOciErrors', () => {
  it('returns [] for bodies that are not OCI errors', () => {
    expect(parseOciErrors('')).toEqual([]);
    expect(parseOciErrors('{"errors":"x"}')).toEqual([]);
    expect(parseOciErrors('[1]')).toEqual([]);
  });
});
