// parsePredicateType: cosign's `--type` shorthands and URIs.
import { AttestError, parsePredicateType } from '../../../src/attest/index.ts';

describe('parsePredicateType', () => {
  it.each([
    ['cyclonedx', 'https://cyclonedx.org/bom'],
    ['spdxjson', 'https://spdx.dev/Document'],
    ['spdx', 'https://spdx.dev/Document'],
    ['slsaprovenance1', 'https://slsa.dev/provenance/v1'],
    ['slsaprovenance', 'https://slsa.dev/provenance/v0.2'],
    ['openvex', 'https://openvex.dev/ns'],
    ['custom', 'https://cosign.sigstore.dev/attestation/v1'],
    ['https://example.com/predicate/v1', 'https://example.com/predicate/v1'],
    ['urn:example:predicate', 'urn:example:predicate'],
  ])('maps %s to %s', (given, uri) => {
    expect(parsePredicateType(given)).toBe(uri);
  });

  it.each(['sbom', '', 'not a uri', '/relative/path'])('rejects %j with ATTEST_INVALID_TYPE', (given) => {
    const err = (() => {
      try {
        return parsePredicateType(given);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AttestError);
    expect((err as AttestError).code).toBe('ATTEST_INVALID_TYPE');
  });
});
