// `--type` as cosign reads it: a shorthand (cyclonedx, spdxjson, slsaprovenance1, …) or a URI.
import { PREDICATE_TYPE_SHORTHANDS } from './constants.ts';
import { AttestError } from './errors.ts';

/** Maps a cosign `--type` value to its predicate type URI; anything else must be an absolute URI. */
export function parsePredicateType(value: string): string {
  const short = PREDICATE_TYPE_SHORTHANDS[value];
  if (short) return short;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^[a-z][a-z0-9+.-]*:$/i.test(url.protocol)) {
    throw new AttestError(
      'ATTEST_INVALID_TYPE',
      `--type ${JSON.stringify(value)}: expected one of ${Object.keys(PREDICATE_TYPE_SHORTHANDS).join(', ')} or an absolute URI`,
    );
  }
  return value;
}
