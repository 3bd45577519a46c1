import { toSignTargets } from '../../../src/sign/index.ts';
import { parseReference } from '../../../src/registry/index.ts';

const D = `sha256:${'b'.repeat(64)}` as const;

describe('toSignTargets', () => {
  it('gives the digest once per distinct repository, first tag first', () => {
    const names = [
      'ghcr.io/acme/app:1',
      'ghcr.io/acme/app:latest',
      'docker.io/acme/app:1',
      'ghcr.io/acme/other:1',
    ];
    expect(
      toSignTargets(
        names.map((n) => parseReference(n)),
        D,
      ),
    ).toEqual([
      { registry: 'ghcr.io', repository: 'acme/app', digest: D },
      { registry: 'docker.io', repository: 'acme/app', digest: D },
      { registry: 'ghcr.io', repository: 'acme/other', digest: D },
    ]);
  });
});
