// The payload a legacy cosign signature signs: Red Hat "simple signing" JSON as cosign marshals it
// (sigstore/sigstore `pkg/signature/payload/payload.go`). Byte-exact: Go's encoding/json, struct field
// order, no trailing newline, and `optional: null` when there are no annotations.
import type { Digest } from '../registry/name.ts';
import { SIMPLE_SIGNING_TYPE } from './constants.ts';
import { SignError } from './errors.ts';

/** What a simple-signing payload asserts: this repository's manifest has this digest. */
export interface SimpleSigningClaim {
  /** Registry and repository, no tag or digest: `ghcr.io/acme/app`. */
  dockerReference: string;
  digest: Digest;
  /** cosign `-a key=value` annotations; they go under `optional`. */
  annotations?: Record<string, string>;
}

/** Go's encoding/json escapes <, > and & in strings; JSON.stringify does not. */
function goJSON(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** Builds the payload bytes exactly as cosign does. */
export function toSimpleSigningPayload(claim: SimpleSigningClaim): Buffer {
  const annotations =
    claim.annotations && Object.keys(claim.annotations).length > 0 ? claim.annotations : null;
  // Go marshals maps with sorted keys.
  const optional =
    annotations === null
      ? null
      : Object.fromEntries(
          Object.keys(annotations)
            .sort()
            .map((k) => [k, annotations[k]]),
        );
  return Buffer.from(
    goJSON({
      critical: {
        identity: { 'docker-reference': claim.dockerReference },
        image: { 'docker-manifest-digest': claim.digest },
        type: SIMPLE_SIGNING_TYPE,
      },
      optional,
    }),
  );
}

/** A parsed simple-signing payload (only the fields verification reads). */
export interface SimpleSigningPayload {
  dockerReference: string;
  digest: string;
  type: string;
  optional: Record<string, unknown> | null;
}

/** Parses a simple-signing payload; throws on JSON that lacks the critical fields. */
export function parseSimpleSigningPayload(bytes: Uint8Array): SimpleSigningPayload {
  const doc = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
    critical?: {
      identity?: { 'docker-reference'?: unknown };
      image?: { 'docker-manifest-digest'?: unknown };
      type?: unknown;
    };
    optional?: unknown;
  };
  const ref = doc.critical?.identity?.['docker-reference'];
  const digest = doc.critical?.image?.['docker-manifest-digest'];
  const type = doc.critical?.type;
  if (typeof ref !== 'string' || typeof digest !== 'string' || typeof type !== 'string') {
    throw new SignError(
      'SIGN_INVALID_STORAGE',
      'simple-signing payload lacks critical.identity, critical.image or critical.type',
    );
  }
  const optional =
    doc.optional && typeof doc.optional === 'object' ? (doc.optional as Record<string, unknown>) : null;
  return { dockerReference: ref, digest, type, optional };
}
