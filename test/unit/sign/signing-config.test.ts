import { SignError } from '../../../src/sign/errors.ts';
import {
  SIGNING_CONFIG_MEDIA_TYPE,
  parseSigningConfig,
  selectServices,
} from '../../../src/sign/signing-config.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const svc = (
  url: string,
  majorApiVersion: number,
  operator: string,
  start = '2025-01-01T00:00:00Z',
  end?: string,
) => ({
  url,
  majorApiVersion,
  operator,
  validFor: end ? { start, end } : { start },
});
const doc = (over: Record<string, unknown> = {}) => ({
  mediaType: SIGNING_CONFIG_MEDIA_TYPE,
  caUrls: [svc('https://fulcio.example', 1, 'a')],
  oidcUrls: [],
  rekorTlogUrls: [svc('https://rekor.example', 1, 'a'), svc('https://log2026.rekor.example', 2, 'a')],
  tsaUrls: [svc('https://tsa.example/api/v1/timestamp', 1, 'a')],
  rekorTlogConfig: { selector: 'ANY' },
  tsaConfig: { selector: 'ANY' },
  ...over,
});
const select = (d: unknown, maxRekorVersion: 1 | 2 = 2) =>
  selectServices(parseSigningConfig(d, 'cfg'), 'cfg', { now: NOW, maxRekorVersion });
const codeOf = (f: () => unknown): [string, string] => {
  try {
    f();
  } catch (err) {
    return [(err as SignError).code, (err as Error).message];
  }
  return ['none', ''];
};

describe('selectServices', () => {
  it('picks the highest Rekor API it may use: v2 for bundles, v1 when the legacy format is written', () => {
    expect(select(doc()).rekor).toEqual([{ url: 'https://log2026.rekor.example', majorApiVersion: 2 }]);
    expect(select(doc(), 1).rekor).toEqual([{ url: 'https://rekor.example', majorApiVersion: 1 }]);
    expect(select(doc()).fulcioURL).toBe('https://fulcio.example');
    expect(select(doc()).tsaURLs).toEqual(['https://tsa.example/api/v1/timestamp']);
  });

  it('skips services outside their validity window', () => {
    const d = doc({
      rekorTlogUrls: [
        svc('https://old.example', 2, 'a', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
        svc('https://future.example', 2, 'b', '2027-01-01T00:00:00Z'),
        svc('https://now.example', 2, 'c'),
      ],
    });
    expect(select(d).rekor.map((r) => r.url)).toEqual(['https://now.example']);
  });

  it('honours validity windows for Fulcio and the TSAs too (an expired or future service is skipped)', () => {
    const d = doc({
      caUrls: [
        svc('https://fulcio-old.example', 1, 'a', '2024-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
        svc('https://fulcio-new.example', 1, 'a', '2026-01-01T00:00:00Z'),
      ],
      tsaUrls: [
        svc('https://tsa-future.example/api/v1/timestamp', 1, 'a', '2027-01-01T00:00:00Z'),
        svc('https://tsa-now.example/api/v1/timestamp', 1, 'b'),
      ],
      tsaConfig: { selector: 'ALL' },
    });
    expect(select(d).fulcioURL).toBe('https://fulcio-new.example');
    expect(select(d).tsaURLs).toEqual(['https://tsa-now.example/api/v1/timestamp']);
    // EXACT counts only services valid now.
    const [code, message] = codeOf(() => select({ ...d, tsaConfig: { selector: 'EXACT', count: 2 } }));
    expect(code).toBe('SIGN_INVALID_INPUT');
    expect(message).toContain(
      'tsaConfig selector EXACT needs 2 services from distinct operators valid now, got 1',
    );
  });

  it('refuses a config whose TSAs are all outside their validity window', () => {
    const d = doc({
      tsaUrls: [
        svc(
          'https://tsa-old.example/api/v1/timestamp',
          1,
          'a',
          '2024-01-01T00:00:00Z',
          '2025-06-01T00:00:00Z',
        ),
      ],
    });
    expect(codeOf(() => select(d))).toEqual([
      'SIGN_INVALID_INPUT',
      'cfg: no tsaUrls entry is valid now with major API version 1',
    ]);
  });

  it('EXACT takes count logs from distinct operators, ALL one per operator, ANY the first', () => {
    const logs = [
      svc('https://a1.example', 2, 'a'),
      svc('https://a2.example', 2, 'a'),
      svc('https://b.example', 2, 'b'),
      svc('https://c.example', 2, 'c'),
    ];
    const urls = (sel: Record<string, unknown>) =>
      select(doc({ rekorTlogUrls: logs, rekorTlogConfig: sel })).rekor.map((r) => r.url);
    expect(urls({ selector: 'ANY' })).toEqual(['https://a1.example']);
    expect(urls({ selector: 'EXACT', count: 2 })).toEqual(['https://a1.example', 'https://b.example']);
    expect(urls({ selector: 'ALL' })).toEqual([
      'https://a1.example',
      'https://b.example',
      'https://c.example',
    ]);
    expect(codeOf(() => urls({ selector: 'EXACT', count: 4 }))[0]).toBe('SIGN_INVALID_INPUT');
  });

  it('refuses the legacy format with a Rekor v2-only config (SIGN_UNSUPPORTED_COMBINATION)', () => {
    const d = doc({ rekorTlogUrls: [svc('https://log2026.rekor.example', 2, 'a')] });
    expect(select(d).rekor).toHaveLength(1);
    const [code, message] = codeOf(() => select(d, 1));
    expect(code).toBe('SIGN_UNSUPPORTED_COMBINATION');
    expect(message).toContain('bundle');
  });

  it('a config without logs selects none (TSA only)', () => {
    expect(
      select(doc({ rekorTlogUrls: [], rekorTlogConfig: { selector: 'EXACT', count: 1 } })).rekor,
    ).toEqual([]);
  });

  it('ignores Rekor APIs it does not speak (v3) and fails when nothing else is left', () => {
    const [code, message] = codeOf(() => select(doc({ rekorTlogUrls: [svc('https://v3.example', 3, 'a')] })));
    expect(code).toBe('SIGN_INVALID_INPUT');
    expect(message).toContain('rekorTlogUrls');
  });
});

describe('parseSigningConfig', () => {
  it.each([
    ['a list that is not a list', { caUrls: {} }, 'caUrls must be a list'],
    ['a zero majorApiVersion', { caUrls: [svc('https://f.example', 0, 'a')] }, 'caUrls[0].majorApiVersion'],
    ['an ftp URL', { tsaUrls: [svc('ftp://t.example', 1, 'a')] }, 'tsaUrls[0].url must be an http(s) URL'],
    [
      'an end before the start',
      { caUrls: [svc('https://f.example', 1, 'a', '2026-01-01T00:00:00Z', '2025-01-01T00:00:00Z')] },
      'caUrls[0].validFor.end',
    ],
    [
      'a date that is not RFC 3339',
      { caUrls: [svc('https://f.example', 1, 'a', 'yesterday')] },
      'caUrls[0].validFor.start',
    ],
    [
      'no operator',
      {
        caUrls: [
          { url: 'https://f.example', majorApiVersion: 1, validFor: { start: '2025-01-01T00:00:00Z' } },
        ],
      },
      'caUrls[0].operator',
    ],
    ['a count with ANY', { tsaConfig: { selector: 'ANY', count: 1 } }, 'tsaConfig.count'],
  ])('refuses %s naming the field', (_what, over, text) => {
    const [code, message] = codeOf(() => parseSigningConfig(doc(over), 'cfg'));
    expect(code).toBe('SIGN_INVALID_INPUT');
    expect(message).toContain(text);
    expect(message.split('\n')).toHaveLength(1);
  });
});
