// Who must have signed: the expected certificate identity (SAN), its OIDC issuer and optional Fulcio
// claims, compared exactly or by an anchored regular expression. `@sigstore/verify` treats identities
// as unanchored regular expressions, so Signet never hands it one: it compares here itself.
// Claim OIDs: sigstore/fulcio docs/oid-info.md (1.3.6.1.4.1.57264.1.*).
import { ASN1Obj, type X509Certificate } from '@sigstore/core';
import { VerifyError } from './errors.ts';
import { anchorPattern, checkIdentityPattern } from './identity-pattern.ts';

/** How one value must match: exactly, or by a regular expression anchored at both ends. */
export type Matcher = { kind: 'exact'; value: string } | { kind: 'regexp'; source: string; regexp: RegExp };

/** Fulcio certificate claims a policy may pin, by their Fulcio names. */
export const CLAIM_OIDS = {
  buildSignerURI: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
  buildConfigURI: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationURI: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22',
} as const;
export type ClaimName = keyof typeof CLAIM_OIDS;
const ISSUER_V2_OID = '1.3.6.1.4.1.57264.1.8';
const ISSUER_V1_OID = '1.3.6.1.4.1.57264.1.1';

/** The expected signer of a keyless signature. */
export interface IdentityPolicy {
  subject: Matcher;
  issuer: Matcher;
  claims: Partial<Record<ClaimName, string>>;
}

/** The identity flags as the user gave them (cosign's names). */
export interface IdentityFlags {
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  certificateOidcIssuerRegexp?: string;
  claims?: Partial<Record<ClaimName, string>>;
  /** Allow a broad identity or issuer regexp (see identity-pattern.ts); off by default: it verifies little. */
  allowAnyIdentity?: boolean;
}

function toMatcher(
  exact: string | undefined,
  regexp: string | undefined,
  flag: string,
  allowAny: boolean,
): Matcher {
  if (exact !== undefined && regexp !== undefined) {
    throw new VerifyError('VERIFY_INVALID_POLICY', `give either --${flag} or --${flag}-regexp, not both`);
  }
  if (exact !== undefined) {
    if (exact.trim() === '') throw new VerifyError('VERIFY_INVALID_POLICY', `--${flag} is empty`);
    return { kind: 'exact', value: exact };
  }
  if (regexp !== undefined) {
    const field = flag === 'certificate-identity' ? 'subject' : 'issuer';
    const verdict = checkIdentityPattern(regexp, field, allowAny);
    if (!verdict.ok) {
      const hint = verdict.problem === 'broad' ? ', or pass --allow-any-identity to accept anyone' : '';
      throw new VerifyError(
        'VERIFY_INVALID_POLICY',
        `--${flag}-regexp ${JSON.stringify(regexp)} ${verdict.reason}${hint}`,
      );
    }
    return { kind: 'regexp', source: regexp, regexp: verdict.regexp };
  }
  throw new VerifyError(
    'VERIFY_INVALID_POLICY',
    `--${flag} or --${flag}-regexp is required for keyless verification (or give --key)`,
  );
}

/** Validates the identity flags; throws VERIFY_INVALID_POLICY with the fix when they are incomplete or unsafe. */
export function parseIdentityPolicy(flags: IdentityFlags): IdentityPolicy {
  const allowAny = flags.allowAnyIdentity === true;
  const subject = toMatcher(
    flags.certificateIdentity,
    flags.certificateIdentityRegexp,
    'certificate-identity',
    allowAny,
  );
  const issuer = toMatcher(
    flags.certificateOidcIssuer,
    flags.certificateOidcIssuerRegexp,
    'certificate-oidc-issuer',
    allowAny,
  );
  const claims: IdentityPolicy['claims'] = {};
  for (const [name, value] of Object.entries(flags.claims ?? {})) {
    if (!(name in CLAIM_OIDS))
      throw new VerifyError('VERIFY_INVALID_POLICY', `unknown certificate claim ${name}`);
    if (value !== undefined) claims[name as ClaimName] = value;
  }
  return { subject, issuer, claims };
}

/** True when `value` satisfies `m`. */
export function matches(m: Matcher, value: string | undefined): boolean {
  if (value === undefined) return false;
  return m.kind === 'exact' ? m.value === value : m.regexp.test(value);
}

/** Describes a matcher for messages: the exact value, or the anchored pattern. */
export function describeMatcher(m: Matcher): string {
  return m.kind === 'exact' ? JSON.stringify(m.value) : `/${anchorPattern(m.source)}/`;
}

/** What a Fulcio certificate says about its holder. */
export interface CertificateIdentity {
  subjectAlternativeName: string | undefined;
  issuer: string | undefined;
  claims: Partial<Record<ClaimName, string>>;
}

function extensionString(cert: X509Certificate, oid: string, der: boolean): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  if (!der) return ext.value.toString('utf8');
  try {
    return ASN1Obj.parseBuffer(ext.value as Buffer<ArrayBuffer>).value.toString('utf8');
  } catch {
    return undefined;
  }
}

/** Reads the SAN, issuer and claims of a Fulcio certificate. */
export function certificateIdentity(cert: X509Certificate): CertificateIdentity {
  const claims: CertificateIdentity['claims'] = {};
  for (const [name, oid] of Object.entries(CLAIM_OIDS)) {
    const v = extensionString(cert, oid, true);
    if (v !== undefined) claims[name as ClaimName] = v;
  }
  return {
    subjectAlternativeName: cert.extSubjectAltName?.uri ?? cert.extSubjectAltName?.rfc822Name,
    issuer: extensionString(cert, ISSUER_V2_OID, true) ?? extensionString(cert, ISSUER_V1_OID, false),
    claims,
  };
}

/** Returns why `identity` does not satisfy `policy`, or undefined when it does. */
export function identityMismatch(policy: IdentityPolicy, identity: CertificateIdentity): string | undefined {
  if (!matches(policy.subject, identity.subjectAlternativeName)) {
    return `certificate identity ${JSON.stringify(identity.subjectAlternativeName ?? '')} does not match ${describeMatcher(policy.subject)}`;
  }
  if (!matches(policy.issuer, identity.issuer)) {
    return `certificate issuer ${JSON.stringify(identity.issuer ?? '')} does not match ${describeMatcher(policy.issuer)}`;
  }
  for (const [name, expected] of Object.entries(policy.claims)) {
    const found = identity.claims[name as ClaimName];
    if (found !== expected) {
      return `certificate claim ${name} is ${JSON.stringify(found ?? '(absent)')}, expected ${JSON.stringify(expected)}`;
    }
  }
  return undefined;
}
