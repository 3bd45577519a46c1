// The one rule for identity and issuer patterns (src/verify/identity-pattern.ts), through every entry
// point that takes a pattern: verify / verify-attestation / verify-blob (parseIdentityPolicy), the
// pre-flight policy file and `signet policy` (generateAdmission, every controller's objects).
import {
  generateAdmission,
  parsePreflightPolicy,
  type AdmissionInput,
  type KubeObject,
} from '../../../src/cluster/index.ts';
import { parseReference } from '../../../src/registry/index.ts';
import { parseIdentityPolicy } from '../../../src/verify/index.ts';
import { matches } from '../../../src/verify/identity.ts';
import { anchorPattern, attackerProbes, checkIdentityPattern } from '../../../src/verify/identity-pattern.ts';

const ISSUER = 'https://token.actions.githubusercontent.com';
const WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml';
const W = 'https://github\\.com/acme/app/\\.github/workflows/release\\.yml';
const MAIN = `${WORKFLOW}@refs/heads/main`;
const MAIN_EVIL = `${WORKFLOW}@refs/heads/main-evil`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('anchorPattern', () => {
  it.each([
    ['a', '^(?:a)$'],
    ['^A|B$', '^(?:^A|B$)$'],
    ['^a$', '^(?:^a$)$'],
    ['^(?:a)$', '^(?:a)$'],
    ['^(?:a)|(?:b)$', '^(?:^(?:a)|(?:b)$)$'],
    ['^(?:a\\))$', '^(?:a\\))$'],
    ['^(?:[)]a)$', '^(?:[)]a)$'],
  ])('%s → %s', (re, anchored) => {
    expect(anchorPattern(re)).toBe(anchored);
    expect(anchorPattern(anchored)).toBe(anchored);
  });

  it('keeps an alternation written as ^A|B$ from degrading into a prefix match on A', () => {
    const re = new RegExp(anchorPattern(`^${W}@refs/heads/main|^${W}@refs/tags/v1$`), 'u');
    expect(re.test(MAIN)).toBe(true);
    expect(re.test(`${WORKFLOW}@refs/tags/v1`)).toBe(true);
    expect(re.test(MAIN_EVIL)).toBe(false);
    expect(re.test(`https://evil.example/x${WORKFLOW}@refs/tags/v1`)).toBe(false);
  });
});

/** Patterns that pin a workflow (the ref may stay open after the workflow's `@`). */
const NARROW = [
  `^${W}@refs/heads/main$`,
  `${W}@refs/tags/v.+`,
  `^${W}@refs/heads/main|^${W}@refs/tags/v1$`,
  'https://github\\.com/acme/app/\\.github/workflows/(build|release)\\.yml@refs/heads/main',
  `${W}@refs/tags/v[0-9]+\\.[0-9]+\\.[0-9]+`,
  'https://gitlab\\.com/acme/app//\\.gitlab-ci\\.yml@refs/heads/.+',
  'alice@acme\\.com',
];

/** Broad patterns and an attacker identity each one would admit. */
const BROAD: [string, string][] = [
  ['.+', 'x'],
  ['.*', ''],
  ['.+|', 'mallory@attacker.example'],
  ['https://.*', 'https://attacker.example'],
  ['https://github\\.com/.*', 'https://github.com/attacker/evil/.github/workflows/evil.yml@refs/heads/main'],
  ['https://github\\.com.*', 'https://github.com.attacker.example/x'],
  ['https://github\\.com/acme/.*', 'https://github.com/acme/evil/.github/workflows/evil.yml@refs/heads/main'],
  [
    '^https://github\\.com/acme/[^/]+/\\.github/workflows/release\\.yml@refs/heads/main$',
    'https://github.com/acme/attacker/.github/workflows/release.yml@refs/heads/main',
  ],
  [
    'https://github\\.com/acme/app.*',
    'https://github.com/acme/app-evil/.github/workflows/x.yml@refs/heads/main',
  ],
  ['https://github\\.com/acme/app/.+@refs/tags/v.+', 'https://github.com/acme/app/x@refs/tags/v1'],
  [
    `https://github\\.com/acme/app/\\.github/workflows/.*`,
    `${WORKFLOW.replace('release', 'evil')}@refs/heads/main`,
  ],
  ['.*@acme\\.com', 'attacker@acme.com'],
  [
    `(?:${W}@refs/heads/main)|https://github\\.com/.*`,
    'https://github.com/attacker/evil/.github/workflows/evil.yml@refs/heads/main',
  ],
];

describe('checkIdentityPattern', () => {
  it.each(NARROW)('accepts %s', (re) => {
    const v = checkIdentityPattern(re, 'subject');
    expect(v).toEqual(expect.objectContaining({ ok: true, anchored: anchorPattern(re) }));
  });

  it.each(BROAD)('refuses %s, which also admits %j', (re, attacker) => {
    expect(new RegExp(anchorPattern(re), 'u').test(attacker)).toBe(true);
    const v = checkIdentityPattern(re, 'subject');
    expect(v).toEqual(expect.objectContaining({ ok: false, problem: 'broad' }));
    // The example named in the message is one of the probes, and the pattern matches it.
    const example = (v as { example: string }).example;
    expect(attackerProbes(re, 'subject')).toContain(example);
    expect(new RegExp(anchorPattern(re), 'u').test(example)).toBe(true);
  });

  it('accepts a broad pattern only when asked (--allow-any-identity)', () => {
    expect(checkIdentityPattern('.*', 'subject', true).ok).toBe(true);
  });

  it.each([`(?i)${W}@refs/heads/main`, `${W}@refs/heads/(?i:MAIN)`, `(?i:${W})@refs/heads/main`])(
    'refuses the case trick %s, even with --allow-any-identity',
    (re) => {
      for (const allow of [false, true]) {
        expect(checkIdentityPattern(re, 'subject', allow)).toEqual(
          expect.objectContaining({ ok: false, problem: 'inline-flags' }),
        );
      }
    },
  );

  it.each([
    ['https://token\\.actions\\.githubusercontent\\.com', true],
    ['https://gitlab\\.(acme|acme-eu)\\.com', true],
    ['https://.*', false],
    ['https://gitlab\\..*', false],
    ['https://login\\.microsoftonline\\.com/.*/v2\\.0', false],
  ])('issuer %s ok: %s', (re, ok) => {
    expect(checkIdentityPattern(re, 'issuer').ok).toBe(ok);
  });

  it('refuses what is not a regular expression', () => {
    expect(checkIdentityPattern('(', 'subject')).toEqual(
      expect.objectContaining({ ok: false, problem: 'invalid' }),
    );
  });
});

const admission = (subjectRegExp: string): AdmissionInput => ({
  name: 'acme-app',
  repositories: [parseReference('ghcr.io/acme/app')],
  signatureFormat: 'legacy',
  build: { kind: 'keyless', issuer: ISSUER, subjectRegExp },
  release: { kind: 'keyless', issuer: ISSUER, subjectRegExp },
  clusterLevel: 'production',
});

/** Every identity regexp in the objects and Connaisseur values, wherever the controller keeps it. */
function emittedRegExps(objects: KubeObject[], values: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Any)) {
        if (/^(subjectRegExp|subjectRegex|issuerRegExp)$/.test(k)) out.push(String(x));
        else walk(x);
      }
    }
  };
  walk(objects);
  walk(values);
  return out;
}

describe('one rule at every entry point', () => {
  const policyFile = (re: string) =>
    `rules: [{images: ["ghcr.io/**"], signers: [{issuer: "${ISSUER}", subjectRegExp: ${JSON.stringify(re)}}]}]`;

  it.each(BROAD)('verify, pre-flight and signet policy all refuse %s', (re) => {
    expect(() =>
      parseIdentityPolicy({ certificateIdentityRegexp: re, certificateOidcIssuer: ISSUER }),
    ).toThrow(
      expect.objectContaining({
        code: 'VERIFY_INVALID_POLICY',
        message: expect.stringContaining('too broad'),
      }),
    );
    expect(() => parsePreflightPolicy(policyFile(re), 'p.yaml')).toThrow(
      expect.objectContaining({
        code: 'POLICY_INVALID_PREFLIGHT',
        message: expect.stringContaining('too broad'),
      }),
    );
    expect(() => generateAdmission(admission(re))).toThrow(
      expect.objectContaining({
        code: 'POLICY_INVALID_IDENTITY',
        message: expect.stringContaining('too broad'),
      }),
    );
  });

  it.each(NARROW)('verify, pre-flight and signet policy all accept %s, anchored as a whole', (re) => {
    const p = parseIdentityPolicy({ certificateIdentityRegexp: re, certificateOidcIssuer: ISSUER });
    expect(p.subject.kind === 'regexp' && p.subject.regexp.source).toBe(
      new RegExp(anchorPattern(re), 'u').source,
    );
    const rule = parsePreflightPolicy(policyFile(re)).rules[0];
    expect(rule?.signers[0]).toEqual(expect.objectContaining({ subjectRegExp: anchorPattern(re) }));
    const out = generateAdmission(admission(re));
    const emitted = emittedRegExps(out.objects, out.connaisseurValues);
    expect(emitted.length).toBeGreaterThanOrEqual(6);
    expect(new Set(emitted)).toEqual(new Set([anchorPattern(re)]));
  });

  it('no emitted or used pattern admits …@refs/heads/main-evil for an allowed …@refs/heads/main', () => {
    for (const re of [
      `^${W}@refs/heads/main$`,
      `^${W}@refs/heads/main|^${W}@refs/tags/v1$`,
      `${W}@refs/heads/main`,
    ]) {
      const p = parseIdentityPolicy({ certificateIdentityRegexp: re, certificateOidcIssuer: ISSUER });
      expect([matches(p.subject, MAIN), matches(p.subject, MAIN_EVIL)]).toEqual([true, false]);
      const out = generateAdmission(admission(re));
      for (const emitted of emittedRegExps(out.objects, out.connaisseurValues)) {
        // Go's regexp.MatchString is unanchored: test the emitted text unanchored too.
        const unanchored = new RegExp(emitted, 'u');
        expect([unanchored.test(MAIN), unanchored.test(MAIN_EVIL)]).toEqual([true, false]);
      }
    }
  });
});
