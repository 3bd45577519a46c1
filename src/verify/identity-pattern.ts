// The one rule for identity and issuer regular expressions, shared by `verify`, `verify-attestation`,
// `verify-blob`, pre-flight policies and the admission generators (`signet policy`):
//
// 1. Anchored as a whole. Every pattern is used and emitted as `^(?:…)$`. cosign, Kyverno and
//    policy-controller match regexps unanchored (Go `regexp.MatchString`), so `^A|B$` written by a user
//    is `(^A)|(B$)` there: a prefix match on A. Wrapping the whole makes both branches whole matches.
// 2. No inline flags. `(?i)` / `(?i:…)` make the match case-insensitive in RE2 (and in JS since ES2025):
//    `Release.yml` is another file than `release.yml`. Identities are compared case-sensitively.
// 3. Not broad. The pattern is probed with attacker-shaped identities derived from its own literal
//    prefixes and suffixes: the pattern's fixed start followed by an attacker's repository, workflow,
//    host or e-mail domain (`https://github.com/acme/` + `attacker/evil/.github/workflows/evil.yml@…`),
//    an attacker's start before its fixed end (`attacker` + `@acme.com`), and identities no one
//    legitimate shares (`https://attacker.example/…`, the empty string). Any match refuses the pattern
//    unless `--allow-any-identity`. For a URI subject, what follows the workflow's `@` is the git ref:
//    a pattern that fixes everything up to that `@` pins the workflow, and may leave the ref open
//    (`…/release.yml@refs/tags/v.+`). The probe is a heuristic over the pattern's structure, not a
//    proof: it catches the broad patterns people write (`.+`, `https://.*`, a host, an organisation,
//    a repository where a workflow was expected, a shared prefix such as `acme/app.*`).
//
// Written by hand: the literal prefixes and suffixes need a small regexp reader (groups, classes,
// quantifiers), which no maintained library exposes for JavaScript syntax.

/** Which certificate field a pattern is for: the SAN (subject) or the OIDC issuer. */
export type PatternField = 'subject' | 'issuer';

/** The verdict of {@link checkIdentityPattern}. */
export type PatternVerdict =
  | { ok: true; anchored: string; regexp: RegExp }
  | { ok: false; problem: 'invalid' | 'inline-flags' | 'broad'; reason: string; example?: string };

/** `^(?:re)$`, unless `re` is already wrapped that way as a whole. */
export function anchorPattern(re: string): string {
  if (re.startsWith('^(?:') && re.endsWith(')$') && closingParen(re, 1) === re.length - 2) return re;
  return `^(?:${re})$`;
}

/** The index of the `)` closing the group opened at `open`, skipping escapes and classes. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(s, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The index of the `]` closing the class opened at `open` (or the end of the string). */
function classEnd(s: string, open: number): number {
  let i = open + 1;
  if (s[i] === '^') i++;
  if (s[i] === ']') i++;
  for (; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i;
  }
  return s.length;
}

type Atom =
  | { kind: 'lit'; ch: string; once: boolean }
  | { kind: 'group'; alts: Atom[][]; once: boolean }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'other' };

const ESCAPE_CLASSES = new Set([...'dDwWsSbBpPkcxu0123456789']);
const INLINE_FLAGS = /\(\?[a-zA-Z-]+[:)]/;

/** Reads a pattern into branches of atoms (only what literal prefixes and suffixes need). */
function parse(s: string): Atom[][] {
  let i = 0;
  const alternatives = (): Atom[][] => {
    const alts: Atom[][] = [[]];
    while (i < s.length && s[i] !== ')') {
      const c = s[i] as string;
      if (c === '|') {
        alts.push([]);
        i++;
        continue;
      }
      let atom: Atom;
      if (c === '\\') {
        const e = s[i + 1] ?? '';
        atom = ESCAPE_CLASSES.has(e) ? { kind: 'other' } : { kind: 'lit', ch: e, once: true };
        i += 2;
      } else if (c === '[') {
        i = classEnd(s, i) + 1;
        atom = { kind: 'other' };
      } else if (c === '(') {
        const lookaround = /^\(\?<?[=!]/.test(s.slice(i, i + 4));
        const header = /^\(\?(?::|P?<[A-Za-z_][A-Za-z0-9_]*>)/.exec(s.slice(i))?.[0] ?? '(';
        i += header.length;
        const alts = alternatives();
        i++; // the `)`
        atom = lookaround ? { kind: 'other' } : { kind: 'group', alts, once: true };
      } else if (c === '^' || c === '$') {
        atom = { kind: c === '^' ? 'start' : 'end' };
        i++;
      } else if (c === '.') {
        atom = { kind: 'other' };
        i++;
      } else {
        atom = { kind: 'lit', ch: c, once: true };
        i++;
      }
      // A quantifier makes the atom optional or repeated: no longer a fixed part of every match.
      const q = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(s.slice(i))?.[0];
      if (q) {
        i += q.length;
        if (!/^\{1(?:,1)?\}\??$/.test(q) && (atom.kind === 'lit' || atom.kind === 'group')) atom.once = false;
      }
      (alts[alts.length - 1] as Atom[]).push(atom);
    }
    return alts;
  };
  return alternatives();
}

const MAX_VALUES = 16;

/**
 * A branch as its fixed literal runs and the holes between them: `a(b|c)d.+e` is
 * `[["abd","acd"], ["e"]]`, one hole. Whatever the regexp leaves open (classes, `.`, quantified
 * atoms, groups that are not plain alternatives of literals) is a hole.
 */
function toTemplate(branch: Atom[]): string[][] {
  const segments: string[][] = [['']];
  const current = () => segments[segments.length - 1] as string[];
  const hole = () => segments.push(['']);
  const append = (values: string[]) => {
    const next = current().flatMap((v) => values.map((w) => v + w));
    segments[segments.length - 1] = next.slice(0, MAX_VALUES);
  };
  for (const atom of branch) {
    if (atom.kind === 'start' || atom.kind === 'end') continue;
    if (atom.kind === 'lit' && atom.once) append([atom.ch]);
    else if (atom.kind === 'group' && atom.once) {
      const inner = atom.alts.map(toTemplate);
      append(inner.flatMap((t) => t[0] as string[]));
      if (!inner.every((t) => t.length === 1)) hole();
    } else hole();
  }
  return segments;
}

/** What an attacker puts into a hole of a pattern. */
const ATTACKER_MIDDLES = [
  'attacker',
  '/attacker',
  'attacker/evil/.github/workflows/evil.yml',
  '/attacker/evil/.github/workflows/evil.yml',
  '-evil/.github/workflows/evil.yml',
  'evil/.github/workflows/evil.yml',
  'evil.yml',
  '.attacker.example',
  '.attacker.example/attacker/evil/.github/workflows/evil.yml',
  'attacker.example/attacker',
  'x@attacker.example',
];
/** What the attacker appends when the hole ends the pattern. */
const ATTACKER_TAILS = ['', '@refs/heads/main', '/.github/workflows/evil.yml@refs/heads/main'];
/** What the attacker puts first when the hole starts the pattern. */
const ATTACKER_HEADS = ['', 'https://attacker.example/', 'https://github.com/attacker/evil', 'mallory'];
/** What fills the other holes (something that satisfies the usual classes). */
const FILLERS = ['1', 'x', 'v1', 'main', 'a/b'];
/** Identities no legitimate signer shares with anyone. */
const ANYONE = [
  '',
  'x',
  'https://attacker.example',
  'https://attacker.example/attacker/evil/.github/workflows/evil.yml@refs/heads/main',
  'https://github.com/attacker/evil/.github/workflows/evil.yml@refs/heads/main',
  'https://gitlab.com/attacker/evil//.gitlab-ci.yml@refs/heads/main',
  'mallory@attacker.example',
];

/** A URI whose fixed start reaches the `@` after the path: the workflow is fixed, the ref may vary. */
const PINS_WORKFLOW = /^[a-z][a-z0-9+.-]*:\/\/[^/@]+\/[^@]*@/i;

/** The attacker-shaped identities to probe a pattern with. */
export function attackerProbes(source: string, field: PatternField): string[] {
  const probes = new Set(ANYONE);
  for (const template of parse(source).map(toTemplate)) {
    const holes = template.length - 1;
    for (let k = 0; k < holes; k++) {
      for (const filler of FILLERS) {
        // The fixed runs before the attacker's hole in every combination; after it, the first.
        let before = [''];
        for (let i = 0; i <= k; i++) {
          const sep = i < k ? filler : '';
          before = before.flatMap((b) => (template[i] as string[]).map((v) => b + v + sep));
          before = before.slice(0, MAX_VALUES);
        }
        let after = '';
        for (let i = k + 1; i <= holes; i++)
          after += ((template[i] as string[])[0] ?? '') + (i < holes ? filler : '');
        const tails = after === '' ? ATTACKER_TAILS : [''];
        for (const b of before) {
          if (field === 'subject' && PINS_WORKFLOW.test(b)) continue;
          const heads = b === '' ? ATTACKER_HEADS : [''];
          for (const h of heads)
            for (const m of ATTACKER_MIDDLES) for (const t of tails) probes.add(b + h + m + after + t);
        }
      }
    }
  }
  return [...probes];
}

/**
 * Checks an identity or issuer pattern against the rule above; `allowBroad` (`--allow-any-identity`)
 * lifts rule 3 only. Returns the anchored pattern and its compiled form, or why it is refused.
 */
export function checkIdentityPattern(
  source: string,
  field: PatternField,
  allowBroad = false,
): PatternVerdict {
  if (INLINE_FLAGS.test(source)) {
    return {
      ok: false,
      problem: 'inline-flags',
      reason: 'has inline flags such as (?i): identities are case-sensitive, write the exact case',
    };
  }
  const anchored = anchorPattern(source);
  let regexp: RegExp;
  try {
    regexp = new RegExp(anchored, 'u');
  } catch (err) {
    return {
      ok: false,
      problem: 'invalid',
      reason: `is not a valid regular expression: ${(err as Error).message}`,
    };
  }
  if (!allowBroad) {
    const example = attackerProbes(source, field).find((p) => regexp.test(p));
    if (example !== undefined) {
      const fix =
        field === 'issuer'
          ? 'pin the issuer URL'
          : source.includes('://')
            ? 'pin the repository and workflow file (e.g. ^https://github\\.com/ORG/REPO/\\.github/workflows/FILE\\.yml@refs/heads/main$)'
            : 'pin the whole e-mail address or URI';
      return {
        ok: false,
        problem: 'broad',
        reason: `is too broad: it also matches ${JSON.stringify(example)}; ${fix}`,
        example,
      };
    }
  }
  return { ok: true, anchored, regexp };
}
