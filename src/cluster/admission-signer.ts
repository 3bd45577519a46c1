// Checks a signer before any object is generated from it: a keyless identity needs its issuer and one
// exact subject or one regular expression that pins the workflow, and every regular expression is
// anchored as a whole, because cosign, Kyverno and policy-controller match them unanchored. The rule
// is src/verify/identity-pattern.ts, the same one `verify` applies.
import { createPublicKey } from 'node:crypto';
import { anchorPattern, checkIdentityPattern } from '../verify/identity-pattern.ts';
import { PolicyError } from './errors.ts';
import type { KeylessSigner, Signer } from './types.ts';

/** `^(?:re)$` (the one anchoring rule, src/verify/identity-pattern.ts): `^A|B$` must not stay `(^A)|(B$)`. */
export const anchorRegExp = anchorPattern;

/** Escapes `s` for a regular expression that both Go RE2 and JavaScript read the same. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The SAN regexp for one workflow at any ref matching `refGlob` (`refs/tags/v*`): the workflow part is
 * exact, `*` in the ref stands for one or more characters. Separates release tags from branches.
 */
export function toRefSubjectRegExp(workflow: string, refGlob: string): string {
  const ref = refGlob.split('*').map(escapeRegExp).join('.+');
  return anchorPattern(`${escapeRegExp(workflow)}@${ref}`);
}

function checkKeyless(s: KeylessSigner, what: string): KeylessSigner {
  if (!s.issuer || s.issuer.trim() === '') {
    throw new PolicyError(
      'POLICY_INVALID_IDENTITY',
      `${what}: the oidc issuer is empty: give the issuer of the signing identity (e.g. https://token.actions.githubusercontent.com)`,
    );
  }
  const hasSubject = s.subject !== undefined && s.subject !== '';
  const hasRegExp = s.subjectRegExp !== undefined && s.subjectRegExp !== '';
  if (hasSubject === hasRegExp) {
    throw new PolicyError(
      'POLICY_INVALID_IDENTITY',
      `${what}: give exactly one of subject or subject regexp, got ${hasSubject ? 'both' : 'neither'}`,
    );
  }
  if (hasSubject) return { kind: 'keyless', issuer: s.issuer, subject: s.subject };
  const verdict = checkIdentityPattern(s.subjectRegExp ?? '', 'subject');
  if (!verdict.ok) {
    throw new PolicyError(
      'POLICY_INVALID_IDENTITY',
      `${what}: subject regexp ${JSON.stringify(s.subjectRegExp)} ${verdict.reason}`,
    );
  }
  const anchored = verdict.anchored;
  return { kind: 'keyless', issuer: s.issuer, subjectRegExp: anchored };
}

/** Validates and normalises a signer (anchored regexps, trimmed PEM); throws POLICY_INVALID_IDENTITY. */
export function checkSigner(s: Signer, what: string): Signer {
  if (s.kind === 'keyless') return checkKeyless(s, what);
  const pem = s.publicKey.trim();
  let why = pem.startsWith('-----BEGIN PUBLIC KEY-----') ? undefined : 'not a PEM PUBLIC KEY';
  try {
    if (!why) createPublicKey(pem);
  } catch (err) {
    why = (err as Error).message;
  }
  if (why)
    throw new PolicyError(
      'POLICY_INVALID_IDENTITY',
      `${what}: the public key is not a PEM "PUBLIC KEY" (cosign.pub): ${why}`,
    );
  return { kind: 'key', publicKey: `${pem}\n` };
}

/** A short description for messages and annotations: the subject, the regexp, or "public key". */
export function describeSigner(s: Signer): string {
  if (s.kind === 'key') return 'public key';
  return `${s.subject ?? s.subjectRegExp} (issuer ${s.issuer})`;
}
