// `--type` of `attest` and `verify-attestation`: cosign's shorthands (cyclonedx, spdxjson,
// slsaprovenance1, custom, …) or a predicate type URI.
import { parsePredicateType } from '../../attest/index.ts';
import { str, UsageError, type FlagValues } from '../common/values.ts';

/** The predicate type `--type` names; a usage error when it is missing or unknown. */
export function predicateTypeFlag(flags: FlagValues): string {
  const t = str(flags, 'type');
  if (!t) throw new UsageError('--type is required: cyclonedx, spdxjson, slsaprovenance1, custom or a URI');
  try {
    return parsePredicateType(t);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
