import {
  allowsPlainHttp,
  checkScheme,
  isLoopbackHost,
  registryBaseUrl,
} from '../../../../src/registry/transport/insecure.ts';

const none = { insecureRegistries: [] };

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['localhost:5000', true],
    ['127.0.0.1:5000', true],
    ['127.8.9.10', true],
    ['[::1]:5000', true],
    ['localhost.evil.com', false],
    ['127.0.0.1.nip.io', false],
    ['10.0.0.1:5000', false],
  ])('%s → %s', (h, want) => {
    expect(isLoopbackHost(h)).toBe(want);
  });
});

describe('registryBaseUrl', () => {
  it('uses https except on loopback and listed registries', () => {
    expect(registryBaseUrl('ghcr.io', none).href).toBe('https://ghcr.io/');
    expect(registryBaseUrl('docker.io', none).href).toBe('https://registry-1.docker.io/');
    expect(registryBaseUrl('127.0.0.1:5000', none).href).toBe('http://127.0.0.1:5000/');
    expect(registryBaseUrl('reg.lan:5000', { insecureRegistries: ['reg.lan:5000'] }).href).toBe(
      'http://reg.lan:5000/',
    );
    expect(allowsPlainHttp('reg.lan:5001', { insecureRegistries: ['reg.lan:5000'] })).toBe(false);
  });
});

describe('checkScheme', () => {
  it('refuses plain http to a host that is not allowed it, naming the fix', () => {
    expect(() =>
      checkScheme(new URL('http://auth.example.com/token'), none, 'token realm of ghcr.io:'),
    ).toThrow(
      expect.objectContaining({
        code: 'REGISTRY_INSECURE',
        message: expect.stringContaining('add "auth.example.com" to the insecure registries'),
      }),
    );
    expect(() => checkScheme(new URL('http://127.0.0.1:1/token'), none, 'x')).not.toThrow();
    expect(() => checkScheme(new URL('https://auth.example.com/token'), none, 'x')).not.toThrow();
  });
});
