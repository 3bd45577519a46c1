// The pre-flight policy file (`--policy P`): which identities must have signed the images matching each
// glob. Globs match the repository (`registry/repository`, Docker Hub as `docker.io/library/x`) with
// policy-controller's semantics: `*` within a path segment, `**` across. The first matching rule wins.
//
//   rules:
//     - images: ["ghcr.io/acme/**"]
//       signers:                       # all required (AND)
//         - issuer: https://token.actions.githubusercontent.com
//           subject: https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main
//         - publicKey: |
//             -----BEGIN PUBLIC KEY----- …
//   unmatched: deny                    # or allow: images no rule names pass unverified
import { parse } from 'yaml';
import { PolicyError } from './errors.ts';
import { compileGlob } from './glob.ts';
import { checkSigner } from './admission-signer.ts';
import type { Signer } from './types.ts';

/** One rule: images matching any glob must be signed by every signer. */
export interface PreflightRule {
  images: string[];
  signers: Signer[];
}

/** The parsed pre-flight policy. */
export interface PreflightPolicy {
  rules: PreflightRule[];
  unmatched: 'deny' | 'allow';
}

const bad = (where: string, why: string) => new PolicyError('POLICY_INVALID_PREFLIGHT', `${where}: ${why}`);

/** Parses the policy text; throws POLICY_INVALID_PREFLIGHT naming the file and the rule. */
export function parsePreflightPolicy(text: string, name = 'policy'): PreflightPolicy {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw bad(name, `not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const doc = (raw ?? {}) as { rules?: unknown; unmatched?: unknown };
  if (!Array.isArray(doc.rules) || doc.rules.length === 0)
    throw bad(name, 'expected a non-empty "rules" list');
  const unmatched = doc.unmatched ?? 'deny';
  if (unmatched !== 'deny' && unmatched !== 'allow')
    throw bad(name, `"unmatched" must be deny or allow, got ${JSON.stringify(unmatched)}`);
  const rules = doc.rules.map((r: unknown, i: number) => {
    const where = `${name}: rules[${i}]`;
    const rule = (r ?? {}) as { images?: unknown; signers?: unknown };
    if (
      !Array.isArray(rule.images) ||
      rule.images.length === 0 ||
      rule.images.some((g) => typeof g !== 'string')
    ) {
      throw bad(where, 'expected "images": a list of globs');
    }
    for (const g of rule.images as string[]) {
      try {
        compileGlob(g);
      } catch (err) {
        throw bad(where, (err as Error).message);
      }
    }
    if (!Array.isArray(rule.signers) || rule.signers.length === 0)
      throw bad(where, 'expected "signers": at least one identity or public key');
    const signers = rule.signers.map((s: unknown, j: number) => {
      const o = (s ?? {}) as Record<string, unknown>;
      const what = `${where}.signers[${j}]`;
      try {
        if (typeof o.publicKey === 'string')
          return checkSigner({ kind: 'key', publicKey: o.publicKey }, what);
        return checkSigner(
          {
            kind: 'keyless',
            issuer: typeof o.issuer === 'string' ? o.issuer : '',
            ...(typeof o.subject === 'string' ? { subject: o.subject } : {}),
            ...(typeof o.subjectRegExp === 'string' ? { subjectRegExp: o.subjectRegExp } : {}),
          },
          what,
        );
      } catch (err) {
        throw bad(what, (err as Error).message.replace(`${what}: `, ''));
      }
    });
    return { images: rule.images as string[], signers };
  });
  return { rules, unmatched };
}

/** The first rule whose glob matches the repository `registry/repository`. */
export function findRule(policy: PreflightPolicy, repository: string): PreflightRule | undefined {
  return policy.rules.find((r) => r.images.some((g) => compileGlob(g).test(repository)));
}
