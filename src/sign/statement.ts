// in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md): the
// payload of every DSSE signature Signet makes, with the image digest as its only subject.
import type { Digest } from '../registry/name.ts';
import { IN_TOTO_STATEMENT_V1 } from './constants.ts';

/** An in-toto Statement v1 about one or more digests. */
export interface Statement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: { name?: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: unknown;
}

/** Builds a statement whose subject is `digest` (optionally named, e.g. the repository). */
export function toStatement(
  digest: Digest,
  predicateType: string,
  predicate: unknown,
  name?: string,
): Statement {
  const [algorithm, hex] = digest.split(':') as [string, string];
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ ...(name ? { name } : {}), digest: { [algorithm]: hex } }],
    predicateType,
    predicate,
  };
}
