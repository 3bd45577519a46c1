// Connaisseur's Helm values (chart 3.x, `application.validators` and `application.policy`) for the same
// signers. A policy rule with `trustRoot: "*"` and `required: [build, release]` admits an image only
// when every named trust root verified (Connaisseur's multi-signature verification). Connaisseur reads
// cosign's legacy `.sig` format only. Like policy-controller it has no per-namespace level, so the
// cluster level decides whether the release identity is required.
import { formatRepository } from '../registry/index.ts';
import { PolicyError } from './errors.ts';
import { signersOf, type CheckedInput } from './input.ts';
import { toTrustPems } from './trust-root.ts';
import type { Signer } from './types.ts';

function toTrustRoot(name: string, s: Signer): Record<string, unknown> {
  if (s.kind === 'key') return { name, key: s.publicKey };
  const keyless: Record<string, string> = { issuer: s.issuer };
  if (s.subject !== undefined) keyless.subject = s.subject;
  else keyless.subjectRegex = s.subjectRegExp ?? '';
  return { name, keyless };
}

/** The `application` part of Connaisseur's values.yaml. */
export function buildConnaisseurValues(input: CheckedInput): Record<string, unknown> {
  if (input.signatureFormat === 'bundle') {
    throw new PolicyError(
      'POLICY_INVALID_INPUT',
      'connaisseur reads only the legacy cosign signature format: sign with --signature-format legacy for connaisseur',
    );
  }
  const signers = signersOf(input, input.clusterLevel);
  const validator: Record<string, unknown> = {
    name: input.name,
    type: 'cosign',
    trustRoots: signers.map((s) => toTrustRoot(s.name, s.signer)),
  };
  if (input.trustedRoot) {
    const pems = toTrustPems(input.trustedRoot);
    const host: Record<string, string> = {};
    if (pems.legacyRekor[0]) {
      host.rekor = pems.legacyRekor[0].url;
      host.rekorPubkey = pems.legacyRekor[0].publicKeyPem;
    }
    if (pems.fulcio[0]) host.fulcioCert = pems.fulcio[0].chainPem;
    if (pems.ctlogs[0]) host.ctLogPubkey = pems.ctlogs[0].publicKeyPem;
    validator.host = host;
  }
  if (input.signatureRepository) validator.signatureRepository = formatRepository(input.signatureRepository);
  const patterns = input.repositories.map((r) => `${r.registry}/${r.repository}:*`);
  return {
    application: {
      validators: [validator],
      policy: patterns.map((pattern) => ({
        pattern,
        validator: input.name,
        with: { trustRoot: '*', required: signers.map((s) => s.name) },
      })),
    },
  };
}
