// The logins a build pushes with: the surface's explicit credentials, or the CI's own token for its
// registry, added to a private copy of the user's docker config and never to another registry.
import { builderLogins, parseDockerConfig, withLogins } from '../../../src/ci/common/builder-login.ts';

describe('builder logins', () => {
  const explicit = { registry: 'reg.example.com', username: 'u', password: 'p' };

  it('uses the explicit login for its registry only', () => {
    expect(builderLogins('reg.example.com', {}, explicit, {})).toEqual([explicit]);
    expect(builderLogins('other.example.com', {}, explicit, {})).toEqual([]);
  });

  it("uses GITHUB_TOKEN for ghcr.io and CI_REGISTRY_* for GitLab's registry, unless the config has one", () => {
    const env = {
      GITHUB_TOKEN: 'ghs_x',
      GITHUB_ACTOR: 'octocat',
      CI_REGISTRY: 'registry.gitlab.com',
      CI_REGISTRY_USER: 'gitlab-ci-token',
      CI_REGISTRY_PASSWORD: 'glcbt',
    };
    expect(builderLogins('ghcr.io', env, undefined, {})).toEqual([
      { registry: 'ghcr.io', username: 'octocat', password: 'ghs_x' },
    ]);
    expect(builderLogins('registry.gitlab.com', env, undefined, {})).toEqual([
      { registry: 'registry.gitlab.com', username: 'gitlab-ci-token', password: 'glcbt' },
    ]);
    expect(builderLogins('ghcr.io', env, undefined, { auths: { 'ghcr.io': {} } })).toEqual([]);
    expect(builderLogins('ghcr.io', env, undefined, { credHelpers: { 'ghcr.io': 'gh' } })).toEqual([]);
    expect(builderLogins('docker.io', env, undefined, {})).toEqual([]);
  });

  it("keeps the user's CLI plugins reachable and adds no credHelpers without a store", () => {
    const config = { auths: {}, cliPluginsExtraDirs: ['/opt/plugins'] };
    expect(JSON.parse(withLogins(config, [explicit], '/home/u/.docker/cli-plugins'))).toEqual({
      auths: { 'reg.example.com': { auth: Buffer.from('u:p').toString('base64') } },
      cliPluginsExtraDirs: ['/home/u/.docker/cli-plugins', '/opt/plugins'],
    });
  });

  it('adds auths entries and keeps the rest of the config', () => {
    const text = JSON.stringify({
      auths: { 'a.example': { auth: 'eA==' } },
      credsStore: 'pass',
      credHelpers: { 'b.example': 'x' },
    });
    expect(JSON.parse(withLogins(parseDockerConfig(text), [explicit]))).toEqual({
      auths: {
        'a.example': { auth: 'eA==' },
        'reg.example.com': { auth: Buffer.from('u:p').toString('base64') },
      },
      credsStore: 'pass',
      // The store serves every other host; the injected one reads auths (an empty helper).
      credHelpers: { 'b.example': 'x', 'reg.example.com': '' },
    });
    expect(parseDockerConfig('  ')).toEqual({});
    expect(() => parseDockerConfig('{not json')).toThrow(
      'the docker config (DOCKER_CONFIG/config.json) is not JSON',
    );
  });
});
