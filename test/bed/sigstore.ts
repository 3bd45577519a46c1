// The Sigstore part of the test bed: Fulcio (with an embedded CT log), Rekor (v1 API) and an RFC 3161
// timestamp authority, each on its own loopback port over real node:http, plus the trusted_root.json and
// signing config that point clients at them. The real cosign signs and verifies against this bed
// (test/integration/bed-sigstore.itg.test.ts), so it also stands in faithfully for Signet's production path.
//
// The key material and the signing logic come from @sigstore/mock (CA, CT log, transparency log, TSA).
// Its HTTP handlers were written for sigstore-js behind nock; the real cosign needs more, so this file
// wraps them:
//   - Fulcio: cosign (sigstore-go) sends the ID token in `Authorization: Bearer`, not in the JSON body,
//     and the SAN/extensions must follow real Fulcio's per-issuer rules (GitHub: `https://github.com/` +
//     job_workflow_ref; GitLab: `https://` + ci_config_ref_uri). The mock takes `sub` as SAN and knows
//     GitHub claims only, so the bed has its own handler around the mock CA (`ca.issueCertificate`).
//   - Rekor: the Go client reads the entry UUID from the `ETag` header, and sigstore-go reads the
//     canonicalized body (dsse: envelopeHash/payloadHash/signatures; intoto: no payload), which real Rekor
//     computes server-side and the mock does not. The bed canonicalizes, then has the mock log sign it.
//     It also keeps the entries for the GET/search endpoints that older cosign paths call.
//   - TSA: cosign sends a DER TimeStampReq (`application/timestamp-query`); the mock takes sigstore-js's
//     JSON only. The bed parses the DER request and echoes its nonce exactly (or omits it), as RFC 3161 wants,
//     and issues whole-second genTimes (see patchTstInfo).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  X509Certificate,
  createHash,
  createPublicKey,
  generateKeyPairSync,
  verify as verifySignature,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import sigstoreMock from '@sigstore/mock';
import { GITHUB_ISSUER } from './oidc.ts';
import { freePort, type Service } from './proc.ts';

const { initializeCA, initializeCTLog, initializeTLog, initializeTSA, tsaHandler } = sigstoreMock;

type CA = Awaited<ReturnType<typeof initializeCA>>;
type TLog = Awaited<ReturnType<typeof initializeTLog>>;
type TSA = Awaited<ReturnType<typeof initializeTSA>>;

/** Media type of the trusted root the bed writes (sigstore protobuf-specs TrustedRoot). */
export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
/** Media type of the signing config the bed writes (sigstore protobuf-specs SigningConfig v0.2). */
export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';

/** A running Sigstore stand-in: service URLs, the trust material that covers them, and how to stop it. */
export interface SigstoreBed {
  /** Fulcio base URL (`POST /api/v2/signingCert`). */
  fulcioURL: string;
  /** Rekor base URL (`/api/v1/log/entries`, …). */
  rekorURL: string;
  /** The full timestamp endpoint (`…/api/v1/timestamp`), as signing configs and `--timestamp-server-url` take it. */
  tsaURL: string;
  /** The CT log is embedded in Fulcio and has no HTTP API of its own here. */
  ctlogURL?: string;
  /** `trusted_root.json` covering this bed's CA, Rekor, CT log and TSA. */
  trustedRootPath: string;
  /** Signing config (v0.2) pointing at this bed's Fulcio, Rekor and TSA. */
  signingConfigPath: string;
  /** The parsed trusted root (protobuf-specs JSON). */
  trustedRoot: Record<string, unknown>;
  /** The parsed signing config. */
  signingConfig: Record<string, unknown>;
  /** PEM of the Fulcio root certificate. */
  fulcioRootPem: string;
  /** PEM of the Rekor public key (`--rekor-url`-era clients use it via SIGSTORE_REKOR_PUBLIC_KEY). */
  rekorPublicKeyPem: string;
  /** PEM of the CT log public key (for SIGSTORE_CT_LOG_PUBLIC_KEY_FILE). */
  ctlogPublicKeyPem: string;
  /** PEM chain of the TSA, leaf first. */
  tsaChainPem: string;
  /** Requests served, by kind: the tests and the bench read it. */
  counters: { certificates: number; entries: number; timestamps: number; refused: number };
  /** The three HTTP services, each with its own request log. */
  services: Service[];
  stop(): Promise<void>;
}

/** Where the Sigstore bed writes its files, and what its Fulcio trusts. */
export interface SigstoreOptions {
  /** A fresh folder for the trusted root and signing config. */
  dir: string;
  logDir: string;
  /**
   * When set, Fulcio checks every ID token's signature against this JWKS (the OIDC bed's `jwksURL`), as
   * real Fulcio does against the issuer's keys. Without it, only the claims, expiry and audience are checked.
   */
  oidcJwksURL?: string;
}

/** Which services a signing config lists (all by default). */
export interface SigningConfigParts {
  fulcio?: boolean;
  rekor?: boolean;
  tsa?: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Small HTTP plumbing

interface Reply {
  status: number;
  body?: string | Uint8Array;
  type?: string;
  headers?: Record<string, string>;
}

type Route = (req: IncomingMessage, url: URL, body: Buffer) => Promise<Reply>;

const json = (status: number, value: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body: JSON.stringify(value),
  type: 'application/json',
  headers,
});
// Rekor and Fulcio (grpc-gateway / go-swagger) both answer errors as `{code, message}` JSON.
const fail = (status: number, message: string): Reply => json(status, { code: status, message });

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Serves `route` on 127.0.0.1:`port`, logging one line per request to `<logDir>/<name>.log`. */
async function serve(name: string, port: number, logDir: string, route: Route): Promise<Service> {
  mkdirSync(logDir, { recursive: true });
  const logPath = join(logDir, `${name}.log`);
  writeFileSync(logPath, '');
  const server: Server = createServer(async (req, res: ServerResponse) => {
    const t0 = Date.now();
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    let reply: Reply;
    try {
      reply = await route(req, url, await readBody(req));
    } catch (err) {
      reply = fail(500, `${name}: ${(err as Error).message}`);
    }
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.type) headers['content-type'] = reply.type;
    res.writeHead(reply.status, headers);
    res.end(reply.body);
    const note = reply.status >= 400 && typeof reply.body === 'string' ? ` ${reply.body.slice(0, 300)}` : '';
    appendFileSync(
      logPath,
      `${new Date().toISOString()} ${req.method} ${url.pathname}${url.search} ${reply.status} ${Date.now() - t0}ms${note}\n`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    name,
    pid: undefined,
    logPath,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Encoding helpers

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();
/** A Buffer view of the mock's `ArrayBufferView`s (no copy). */
const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
const b64 = (data: ArrayBufferView) => bytes(data).toString('base64');

/** DER bytes to PEM, wrapped at 64 columns as Go's encoding/pem writes it (Rekor's canonical form). */
function toPem(der: ArrayBufferView, label: string): string {
  const body = b64(der).replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/** Re-encodes a PEM certificate or public key in canonical form; throws on anything else. */
function canonicalPem(pem: string): { pem: string; key: KeyObject } {
  if (pem.includes('BEGIN CERTIFICATE')) {
    const cert = new X509Certificate(pem);
    return { pem: toPem(cert.raw, 'CERTIFICATE'), key: cert.publicKey };
  }
  const key = createPublicKey(pem);
  return { pem: toPem(key.export({ format: 'der', type: 'spki' }), 'PUBLIC KEY'), key };
}

function decodeJwtPart(part: string | undefined): Record<string, unknown> {
  if (!part) throw new Error('malformed token');
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------
// Fulcio

// Fulcio's OID arc for identity claims: https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md
const OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  githubWorkflowTrigger: '1.3.6.1.4.1.57264.1.2',
  githubWorkflowSha: '1.3.6.1.4.1.57264.1.3',
  githubWorkflowName: '1.3.6.1.4.1.57264.1.4',
  githubWorkflowRepository: '1.3.6.1.4.1.57264.1.5',
  githubWorkflowRef: '1.3.6.1.4.1.57264.1.6',
  issuerV2: '1.3.6.1.4.1.57264.1.8',
  buildSignerURI: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  buildConfigURI: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationURI: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22',
} as const;

interface Extension {
  oid: string;
  value: string;
  /** Legacy extensions (.1–.6) hold the raw string; the others a DER UTF8String. */
  legacy?: boolean;
}

/** What Fulcio puts in a certificate for one token. */
export interface FulcioIdentity {
  subjectAltName: string;
  extensions: Extension[];
}

const str = (claims: Record<string, unknown>, name: string): string => {
  const v = claims[name];
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number') return String(v);
  throw new Error(`token has no ${name} claim`);
};

/**
 * Maps ID token claims to a certificate identity the way real Fulcio does for its CI providers
 * (fulcio `config/identity/config.yaml`: `github-workflow` and `gitlab-pipeline`).
 */
export function toFulcioIdentity(claims: Record<string, unknown>): FulcioIdentity {
  const iss = str(claims, 'iss');
  const c = (name: string) => str(claims, name);
  const ext = (oid: string, value: string, legacy = false): Extension => ({ oid, value, legacy });
  if (iss === GITHUB_ISSUER) {
    const url = 'https://github.com';
    return {
      subjectAltName: `${url}/${c('job_workflow_ref')}`,
      extensions: [
        ext(OID.issuerV1, iss, true),
        ext(OID.issuerV2, iss),
        ext(OID.githubWorkflowTrigger, c('event_name'), true),
        ext(OID.githubWorkflowSha, c('sha'), true),
        ext(OID.githubWorkflowName, c('workflow'), true),
        ext(OID.githubWorkflowRepository, c('repository'), true),
        ext(OID.githubWorkflowRef, c('ref'), true),
        ext(OID.buildSignerURI, `${url}/${c('job_workflow_ref')}`),
        ext(OID.buildSignerDigest, c('job_workflow_sha')),
        ext(OID.runnerEnvironment, c('runner_environment')),
        ext(OID.sourceRepositoryURI, `${url}/${c('repository')}`),
        ext(OID.sourceRepositoryDigest, c('sha')),
        ext(OID.sourceRepositoryRef, c('ref')),
        ext(OID.sourceRepositoryIdentifier, c('repository_id')),
        ext(OID.sourceRepositoryOwnerURI, `${url}/${c('repository_owner')}`),
        ext(OID.sourceRepositoryOwnerIdentifier, c('repository_owner_id')),
        ext(OID.buildConfigURI, `${url}/${c('workflow_ref')}`),
        ext(OID.buildConfigDigest, c('workflow_sha')),
        ext(OID.buildTrigger, c('event_name')),
        ext(
          OID.runInvocationURI,
          `${url}/${c('repository')}/actions/runs/${c('run_id')}/attempts/${c('run_attempt')}`,
        ),
        ext(OID.sourceRepositoryVisibilityAtSigning, c('repository_visibility')),
      ],
    };
  }
  if (typeof claims.ci_config_ref_uri === 'string' && iss.startsWith('https://')) {
    // gitlab.com or a self-managed instance: the issuer is the instance URL.
    const url = iss.replace(/\/$/, '');
    const ref = `refs/${c('ref_type') === 'branch' ? 'heads' : 'tags'}/${c('ref')}`;
    return {
      subjectAltName: `https://${c('ci_config_ref_uri')}`,
      extensions: [
        ext(OID.issuerV1, iss, true),
        ext(OID.issuerV2, iss),
        ext(OID.buildSignerURI, `https://${c('ci_config_ref_uri')}`),
        ext(OID.buildSignerDigest, c('ci_config_sha')),
        ext(OID.runnerEnvironment, c('runner_environment')),
        ext(OID.sourceRepositoryURI, `${url}/${c('project_path')}`),
        ext(OID.sourceRepositoryDigest, c('sha')),
        ext(OID.sourceRepositoryRef, ref),
        ext(OID.sourceRepositoryIdentifier, c('project_id')),
        ext(OID.sourceRepositoryOwnerURI, `${url}/${c('namespace_path')}`),
        ext(OID.sourceRepositoryOwnerIdentifier, c('namespace_id')),
        ext(OID.buildConfigURI, `https://${c('ci_config_ref_uri')}`),
        ext(OID.buildConfigDigest, c('ci_config_sha')),
        ext(OID.buildTrigger, c('pipeline_source')),
        ext(OID.runInvocationURI, `${url}/${c('project_path')}/-/jobs/${c('job_id')}`),
        ext(OID.sourceRepositoryVisibilityAtSigning, c('project_visibility')),
      ],
    };
  }
  throw new Error(`unsupported issuer ${iss}: the bed's fulcio knows GitHub Actions and GitLab CI tokens`);
}

async function jwksKey(jwksURL: string, kid: unknown): Promise<KeyObject> {
  const res = await fetch(jwksURL, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`jwks ${jwksURL}: ${res.status}`);
  const { keys } = (await res.json()) as { keys: (JsonWebKey & { kid?: string })[] };
  const jwk = keys.find((k) => kid === undefined || k.kid === kid);
  if (!jwk) throw new Error(`no key ${String(kid)} in ${jwksURL}`);
  return createPublicKey({ key: jwk, format: 'jwk' });
}

/** Checks an ID token the way Fulcio does (signature if a JWKS is known, expiry, audience); returns its claims. */
async function checkToken(token: string, jwksURL: string | undefined): Promise<Record<string, unknown>> {
  const [h, p, s] = token.split('.');
  const header = decodeJwtPart(h);
  const claims = decodeJwtPart(p);
  if (jwksURL) {
    const key = await jwksKey(jwksURL, header.kid);
    const input = Buffer.from(`${h}.${p}`);
    const sig = Buffer.from(s ?? '', 'base64url');
    const ok =
      header.alg === 'ES256'
        ? verifySignature('sha256', input, { key, dsaEncoding: 'ieee-p1363' }, sig)
        : header.alg === 'RS256' && verifySignature('sha256', input, key, sig);
    if (!ok) throw new Error('token signature does not verify');
  }
  const now = Date.now() / 1000;
  if (typeof claims.exp !== 'number' || claims.exp < now) throw new Error('token is expired');
  if (typeof claims.nbf === 'number' && claims.nbf > now + 60) throw new Error('token is not valid yet');
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.includes('sigstore'))
    throw new Error(`expected audience sigstore, got ${JSON.stringify(claims.aud)}`);
  return claims;
}

interface SigningCertRequest {
  credentials?: { oidcIdentityToken?: string };
  publicKeyRequest?: { publicKey?: { algorithm?: string; content?: string }; proofOfPossession?: string };
  certificateSigningRequest?: string;
}

/** Extracts the DER SPKI from the request and checks the proof of possession of its private key. */
async function requestedKey(body: SigningCertRequest, subject: string): Promise<Buffer> {
  if (body.publicKeyRequest?.publicKey?.content) {
    const key = createPublicKey(body.publicKeyRequest.publicKey.content);
    // Fulcio's challenge is a signature over the token's `sub` (sigstore-go and sigstore-js sign it).
    const pop = Buffer.from(body.publicKeyRequest.proofOfPossession ?? '', 'base64');
    if (!verifySignature('sha256', Buffer.from(subject), key, pop)) {
      throw new Error('proof of possession does not verify against the public key');
    }
    return key.export({ format: 'der', type: 'spki' });
  }
  if (body.certificateSigningRequest) {
    // The CSR comes as PEM or as base64 of PEM (Fulcio's v2 API takes either).
    let pem = body.certificateSigningRequest;
    if (!pem.includes('BEGIN')) pem = Buffer.from(pem, 'base64').toString('utf8');
    const csr = new x509.Pkcs10CertificateRequest(pem);
    if (!(await csr.verify())) throw new Error('certificate signing request signature does not verify');
    return Buffer.from(csr.publicKey.rawData);
  }
  throw new Error('expected publicKeyRequest or certificateSigningRequest');
}

function fulcioRoute(ca: CA, rootPem: string, counters: SigstoreBed['counters'], jwksURL?: string): Route {
  return async (req, url, raw) => {
    if (req.method === 'GET' && url.pathname === '/api/v2/trustBundle') {
      return json(200, { chains: [{ certificates: [rootPem] }] });
    }
    if (req.method !== 'POST' || url.pathname !== '/api/v2/signingCert') {
      return fail(404, `fulcio bed: no route for ${req.method} ${url.pathname}`);
    }
    let body: SigningCertRequest;
    try {
      body = JSON.parse(raw.toString('utf8')) as SigningCertRequest;
    } catch {
      counters.refused++;
      return fail(400, 'fulcio bed: request body is not JSON');
    }
    // sigstore-go (cosign) sends the token as a bearer; sigstore-js puts it in the body. Fulcio takes both.
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = body.credentials?.oidcIdentityToken ?? bearer;
    if (!token) {
      counters.refused++;
      return fail(
        401,
        'fulcio bed: no identity token (expected Authorization: Bearer or credentials.oidcIdentityToken)',
      );
    }
    let claims: Record<string, unknown>;
    try {
      claims = await checkToken(token, jwksURL);
    } catch (err) {
      counters.refused++;
      return fail(401, `fulcio bed: invalid identity token: ${(err as Error).message}`);
    }
    let identity: FulcioIdentity;
    let spki: Buffer;
    try {
      identity = toFulcioIdentity(claims);
      spki = await requestedKey(body, String(claims.sub ?? ''));
    } catch (err) {
      counters.refused++;
      return fail(400, `fulcio bed: ${(err as Error).message}`);
    }
    const leaf = await ca.issueCertificate({
      publicKey: new Uint8Array(spki),
      subjectAltName: identity.subjectAltName,
      extensions: identity.extensions,
    });
    counters.certificates++;
    // Real Fulcio (grpc-gateway) answers 200; sigstore-go rejects anything else (the mock says 201).
    return json(200, {
      signedCertificateEmbeddedSct: {
        chain: { certificates: [toPem(leaf, 'CERTIFICATE'), rootPem] },
      },
    });
  };
}

// ---------------------------------------------------------------------------------------------------
// Rekor

interface StoredEntry {
  uuid: string;
  /** The `{uuid: entry}` object Rekor answers with. */
  response: Record<string, unknown>;
  logIndex: number;
  bodyHash: string;
  indexKeys: string[];
}

interface Proposed {
  apiVersion?: string;
  kind?: string;
  spec?: Record<string, unknown>;
}

/** Turns a proposed entry into the body real Rekor stores (pkg/types/<kind>/<version>/entry.go Canonicalize). */
export function canonicalizeEntry(proposed: Proposed): {
  body: Record<string, unknown>;
  indexKeys: string[];
} {
  const spec = proposed.spec ?? {};
  const kindVersion = `${proposed.kind}/${proposed.apiVersion}`;
  switch (kindVersion) {
    case 'hashedrekord/0.0.1': {
      const sig = spec.signature as { content?: string; publicKey?: { content?: string } } | undefined;
      const data = spec.data as { hash?: { algorithm?: string; value?: string } } | undefined;
      if (!sig?.content || !sig.publicKey?.content || !data?.hash?.value) {
        throw new Error(
          'hashedrekord entry needs signature.content, signature.publicKey.content and data.hash',
        );
      }
      const { pem } = canonicalPem(Buffer.from(sig.publicKey.content, 'base64').toString('utf8'));
      return {
        body: {
          apiVersion: '0.0.1',
          kind: 'hashedrekord',
          spec: {
            data: { hash: { algorithm: data.hash.algorithm, value: data.hash.value } },
            signature: { content: sig.content, publicKey: { content: b64(Buffer.from(pem)) } },
          },
        },
        indexKeys: [`${data.hash.algorithm}:${data.hash.value}`],
      };
    }
    case 'dsse/0.0.1': {
      const pc = spec.proposedContent as { envelope?: string; verifiers?: string[] } | undefined;
      if (!pc?.envelope || !pc.verifiers?.length)
        throw new Error('dsse entry needs proposedContent.envelope and verifiers');
      const env = JSON.parse(pc.envelope) as {
        payloadType: string;
        payload: string;
        signatures: { sig: string }[];
      };
      const payload = Buffer.from(env.payload, 'base64');
      // PAE, DSSE v1: https://github.com/secure-systems-lab/dsse/blob/master/protocol.md
      const pae = Buffer.concat([
        Buffer.from(`DSSEv1 ${Buffer.byteLength(env.payloadType)} ${env.payloadType} ${payload.length} `),
        payload,
      ]);
      const verifiers = pc.verifiers.map((v) => canonicalPem(Buffer.from(v, 'base64').toString('utf8')));
      const signatures = env.signatures.map((s) => {
        const v = verifiers.find((k) => verifySignature('sha256', pae, k.key, Buffer.from(s.sig, 'base64')));
        if (!v) throw new Error('dsse signature does not verify against any verifier');
        return { signature: s.sig, verifier: b64(Buffer.from(v.pem)) };
      });
      signatures.sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0));
      const payloadHash = sha256(payload).toString('hex');
      const indexKeys = [`sha256:${payloadHash}`];
      if (env.payloadType === 'application/vnd.in-toto+json') {
        try {
          const statement = JSON.parse(payload.toString('utf8')) as {
            subject?: { digest?: Record<string, string> }[];
          };
          for (const s of statement.subject ?? []) {
            for (const [alg, d] of Object.entries(s.digest ?? {})) indexKeys.push(`${alg}:${d}`);
          }
        } catch {
          // Not JSON: Rekor indexes what it can and accepts the entry anyway.
        }
      }
      return {
        body: {
          apiVersion: '0.0.1',
          kind: 'dsse',
          spec: {
            envelopeHash: { algorithm: 'sha256', value: sha256(pc.envelope).toString('hex') },
            payloadHash: { algorithm: 'sha256', value: payloadHash },
            signatures,
          },
        },
        indexKeys,
      };
    }
    case 'intoto/0.0.2': {
      const content = spec.content as
        | {
            envelope?: { payloadType?: string; signatures?: unknown[] };
            hash?: unknown;
            payloadHash?: { value?: string };
          }
        | undefined;
      if (!content?.envelope?.signatures?.length || !content.hash || !content.payloadHash) {
        throw new Error(
          'intoto entry needs content.envelope.signatures, content.hash and content.payloadHash',
        );
      }
      // Rekor does not store the payload of an intoto entry.
      return {
        body: {
          apiVersion: '0.0.2',
          kind: 'intoto',
          spec: {
            content: {
              envelope: {
                payloadType: content.envelope.payloadType,
                signatures: content.envelope.signatures,
              },
              hash: content.hash,
              payloadHash: content.payloadHash,
            },
          },
        },
        indexKeys: [`sha256:${content.payloadHash.value}`],
      };
    }
    default:
      throw new Error(
        `unsupported entry type ${kindVersion}: the bed's rekor takes hashedrekord/0.0.1, dsse/0.0.1, intoto/0.0.2`,
      );
  }
}

function rekorRoute(tlog: TLog, publicKeyPem: string, counters: SigstoreBed['counters']): Route {
  const byUUID = new Map<string, StoredEntry>();
  const byIndex = new Map<number, StoredEntry>();
  const byBody = new Map<string, StoredEntry>();
  const entryHeaders = (e: StoredEntry) => ({ ETag: e.uuid, Location: `/api/v1/log/entries/${e.uuid}` });
  // Real entry IDs may carry a 16-hex tree ID before the 64-hex UUID; accept both.
  const find = (id: string) => byUUID.get(id.length === 80 ? id.slice(16) : id);

  return async (req, url, raw) => {
    const path = url.pathname.replace(/\/$/, '');
    const body = () => JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    if (req.method === 'POST' && path === '/api/v1/log/entries') {
      let canonical: ReturnType<typeof canonicalizeEntry>;
      try {
        canonical = canonicalizeEntry(body() as Proposed);
      } catch (err) {
        counters.refused++;
        return fail(400, `rekor bed: ${(err as Error).message}`);
      }
      const bodyHash = sha256(JSON.stringify(canonical.body)).toString('hex');
      const existing = byBody.get(bodyHash);
      if (existing) {
        // Rekor's answer to a duplicate: 409 with the existing entry's location.
        return json(
          409,
          {
            code: 409,
            message: `an equivalent entry already exists in the transparency log with UUID ${existing.uuid}`,
          },
          entryHeaders(existing),
        );
      }
      const logged = (await tlog.log(canonical.body)) as Record<string, Record<string, unknown>>;
      const entry = Object.values(logged)[0];
      if (!entry) return fail(500, 'rekor bed: mock log returned no entry');
      // Real Rekor's UUID is the Merkle leaf hash of the canonical body.
      const uuid = sha256(
        Buffer.concat([Buffer.from([0]), Buffer.from(String(entry.body), 'base64')]),
      ).toString('hex');
      const stored: StoredEntry = {
        uuid,
        response: { [uuid]: entry },
        logIndex: Number(entry.logIndex),
        bodyHash,
        indexKeys: canonical.indexKeys,
      };
      byUUID.set(uuid, stored);
      byIndex.set(stored.logIndex, stored);
      byBody.set(bodyHash, stored);
      counters.entries++;
      return json(201, stored.response, entryHeaders(stored));
    }
    if (req.method === 'GET' && path === '/api/v1/log/entries') {
      const e = byIndex.get(Number(url.searchParams.get('logIndex')));
      return e ? json(200, e.response) : fail(404, 'rekor bed: no entry at that logIndex');
    }
    if (req.method === 'GET' && path.startsWith('/api/v1/log/entries/')) {
      const e = find(path.slice('/api/v1/log/entries/'.length));
      return e ? json(200, e.response) : fail(404, 'rekor bed: no entry with that UUID');
    }
    if (req.method === 'POST' && path === '/api/v1/log/entries/retrieve') {
      const q = body() as { entryUUIDs?: string[]; logIndexes?: number[] };
      const found = [
        ...(q.entryUUIDs ?? []).map(find),
        ...(q.logIndexes ?? []).map((i) => byIndex.get(Number(i))),
      ].filter((e): e is StoredEntry => e !== undefined);
      return json(
        200,
        found.map((e) => e.response),
      );
    }
    if (req.method === 'POST' && path === '/api/v1/index/retrieve') {
      const q = body() as { hash?: string };
      const hash = q.hash?.includes(':') ? q.hash : q.hash ? `sha256:${q.hash}` : undefined;
      const uuids = [...byUUID.values()].filter((e) => hash && e.indexKeys.includes(hash)).map((e) => e.uuid);
      return json(200, uuids);
    }
    if (req.method === 'GET' && path === '/api/v1/log/publicKey') {
      return { status: 200, body: publicKeyPem, type: 'application/x-pem-file' };
    }
    // Not served: /api/v1/log (the mock log has no global tree) and Rekor v2. The log names the miss.
    return fail(404, `rekor bed: no route for ${req.method} ${url.pathname}`);
  };
}

// ---------------------------------------------------------------------------------------------------
// TSA

interface Tlv {
  tag: number;
  value: Buffer;
  /** Offset just past this TLV in the buffer it was read from. */
  next: number;
}

/** Reads one DER TLV at `offset` (definite lengths only, as DER requires). */
function readTlv(buf: Buffer, offset: number): Tlv {
  const tag = buf[offset];
  let len = buf[offset + 1];
  if (tag === undefined || len === undefined) throw new Error('truncated DER');
  let start = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new Error('unsupported DER length');
    len = buf.readUIntBE(start, n);
    start += n;
  }
  if (start + len > buf.length) throw new Error('truncated DER');
  return { tag, value: buf.subarray(start, start + len), next: start + len };
}

function children(buf: Buffer): Tlv[] {
  const out: Tlv[] = [];
  for (let off = 0; off < buf.length;) {
    const t = readTlv(buf, off);
    out.push(t);
    off = t.next;
  }
  return out;
}

function decodeOid(v: Buffer): string {
  const first = v[0] ?? 0;
  const parts = [Math.floor(first / 40), first % 40];
  let n = 0;
  for (const byte of v.subarray(1)) {
    n = n * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(n);
      n = 0;
    }
  }
  return parts.join('.');
}

interface DerTimestampRequest {
  artifactHash: Buffer;
  hashAlgorithmOID: string;
  policyOID: string;
  /** The nonce INTEGER's content bytes, echoed verbatim; null when the request has none. */
  nonce: Buffer | null;
  certReq: boolean;
}

/** Parses an RFC 3161 TimeStampReq (DER). */
export function parseTimestampRequest(der: Buffer): DerTimestampRequest {
  const top = readTlv(der, 0);
  if (top.tag !== 0x30) throw new Error('timestamp request is not a DER SEQUENCE');
  const [version, imprint, ...rest] = children(top.value);
  if (version?.tag !== 0x02 || imprint?.tag !== 0x30)
    throw new Error('timestamp request lacks version or messageImprint');
  const [algId, hashed] = children(imprint.value);
  const oid = algId && children(algId.value)[0];
  if (!oid || oid.tag !== 0x06 || hashed?.tag !== 0x04) throw new Error('malformed messageImprint');
  const out: DerTimestampRequest = {
    artifactHash: Buffer.from(hashed.value),
    hashAlgorithmOID: decodeOid(oid.value),
    policyOID: '1.3.6.1.4.1.57264.2',
    nonce: null,
    certReq: false,
  };
  for (const t of rest) {
    if (t.tag === 0x06) out.policyOID = decodeOid(t.value);
    else if (t.tag === 0x02) out.nonce = Buffer.from(t.value);
    else if (t.tag === 0x01) out.certReq = t.value[0] !== 0;
  }
  return out;
}

/** The unexported parts of the mock TSA the bed reaches into (pkijs TSTInfo fields). */
interface MockTsaInternals {
  tstInfo(req: { derNonce?: Buffer | null }): {
    genTime: Date;
    nonce?: { constructor: new (p: { valueHex: ArrayBuffer }) => unknown };
  };
}

/**
 * Fixes two things in the mock TSA's TSTInfo: the nonce is echoed byte for byte (or omitted), as RFC 3161
 * §2.4.2 requires, instead of squeezed through a JS number; and genTime is whole seconds, because pkijs
 * drops trailing zeros from the fraction (`.31`, valid DER) and @sigstore/core parses 0 or 3 digits only.
 */
function patchTstInfo(tsa: TSA): void {
  const internals = tsa as unknown as MockTsaInternals;
  const original = internals.tstInfo.bind(tsa);
  internals.tstInfo = (req) => {
    const info = original(req);
    info.genTime = new Date(Math.floor(info.genTime.getTime() / 1000) * 1000);
    if (req.derNonce === undefined) return info; // a JSON (sigstore-js) request: the mock's own nonce
    if (req.derNonce === null || !info.nonce) delete info.nonce;
    else {
      const Integer = info.nonce.constructor;
      info.nonce = new Integer({ valueHex: new Uint8Array(req.derNonce).buffer }) as typeof info.nonce;
    }
    return info;
  };
}

function tsaRoute(tsa: TSA, chainPem: string, counters: SigstoreBed['counters']): Route {
  const jsonHandler = tsaHandler(tsa);
  return async (req, url, raw) => {
    if (req.method === 'GET' && url.pathname === '/api/v1/timestamp/certchain') {
      return { status: 200, body: chainPem, type: 'application/pem-certificate-chain' };
    }
    if (req.method !== 'POST' || url.pathname !== '/api/v1/timestamp') {
      return fail(404, `tsa bed: no route for ${req.method} ${url.pathname}`);
    }
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('application/json')) {
      // sigstore-js sends `{artifactHash, hashAlgorithm, certificates, nonce}`: the mock's own handler.
      const r = await jsonHandler.fn(raw.toString('utf8'));
      if (r.statusCode < 300) counters.timestamps++;
      return {
        status: r.statusCode,
        body: r.response as string | Uint8Array,
        type: r.contentType ?? 'text/plain',
      };
    }
    let parsed: DerTimestampRequest;
    try {
      parsed = parseTimestampRequest(raw);
    } catch (err) {
      counters.refused++;
      return fail(400, `tsa bed: ${(err as Error).message}`);
    }
    const response = await tsa.timestamp({
      artifactHash: parsed.artifactHash,
      hashAlgorithmOID: parsed.hashAlgorithmOID,
      policyOID: parsed.policyOID,
      certReq: parsed.certReq,
      nonce: 0,
      derNonce: parsed.nonce,
    } as Parameters<TSA['timestamp']>[0]);
    counters.timestamps++;
    return { status: 201, body: bytes(response), type: 'application/timestamp-reply' };
  };
}

// ---------------------------------------------------------------------------------------------------
// Trust material

function keyDER(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' });
}

/** Builds a signing config (v0.2) naming the bed's services. */
export function buildSigningConfig(
  urls: { fulcioURL: string; rekorURL: string; tsaURL: string },
  start: string,
  parts: SigningConfigParts = {},
): Record<string, unknown> {
  const service = (url: string) => ({ url, majorApiVersion: 1, validFor: { start }, operator: 'signet-bed' });
  return {
    mediaType: SIGNING_CONFIG_MEDIA_TYPE,
    caUrls: parts.fulcio === false ? [] : [service(urls.fulcioURL)],
    oidcUrls: [],
    rekorTlogUrls: parts.rekor === false ? [] : [service(urls.rekorURL)],
    tsaUrls: parts.tsa === false ? [] : [service(urls.tsaURL)],
    rekorTlogConfig: { selector: 'ANY' },
    tsaConfig: { selector: 'ANY' },
  };
}

/** Starts Fulcio, Rekor and the TSA on free loopback ports and writes the trust material into `opts.dir`. */
export async function startSigstore(opts: SigstoreOptions): Promise<SigstoreBed> {
  mkdirSync(opts.dir, { recursive: true });
  const [fulcioPort, rekorPort, tsaPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const fulcioURL = `http://127.0.0.1:${fulcioPort}`;
  const rekorURL = `http://127.0.0.1:${rekorPort}`;
  const tsaBase = `http://127.0.0.1:${tsaPort}`;
  const tsaURL = `${tsaBase}/api/v1/timestamp`;
  // Validity windows open a minute early: clients compare them with second-truncated timestamps.
  const start = new Date(Date.now() - 60_000).toISOString();

  const keys = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const caKeys = keys();
  const ctKeys = keys();
  const tlogKeys = keys();
  const tsaKeys = keys();
  const ctlog = await initializeCTLog(ctKeys);
  const [ca, tlog, tsa] = await Promise.all([
    initializeCA(caKeys, ctlog),
    initializeTLog(rekorURL, tlogKeys),
    initializeTSA(tsaKeys),
  ]);
  patchTstInfo(tsa);

  const fulcioRootPem = toPem(ca.rootCertificate, 'CERTIFICATE');
  const rekorPublicKeyPem = toPem(keyDER(tlogKeys.publicKey), 'PUBLIC KEY');
  const ctlogPublicKeyPem = toPem(keyDER(ctKeys.publicKey), 'PUBLIC KEY');
  const tsaChainPem = toPem(tsa.intCertificate, 'CERTIFICATE') + toPem(tsa.rootCertificate, 'CERTIFICATE');
  const counters = { certificates: 0, entries: 0, timestamps: 0, refused: 0 };

  const services: Service[] = [];
  try {
    services.push(
      await serve(
        'fulcio',
        fulcioPort,
        opts.logDir,
        fulcioRoute(ca, fulcioRootPem, counters, opts.oidcJwksURL),
      ),
    );
    services.push(
      await serve('rekor', rekorPort, opts.logDir, rekorRoute(tlog, rekorPublicKeyPem, counters)),
    );
    services.push(await serve('tsa', tsaPort, opts.logDir, tsaRoute(tsa, tsaChainPem, counters)));
  } catch (err) {
    await Promise.allSettled(services.map((s) => s.stop()));
    throw new Error(`test bed: sigstore services failed to start: ${(err as Error).message}`, { cause: err });
  }

  const tlogKey = (der: Buffer) => ({
    rawBytes: b64(der),
    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
    validFor: { start },
  });
  const tlogDER = keyDER(tlogKeys.publicKey);
  const ctDER = keyDER(ctKeys.publicKey);
  const trustedRoot: Record<string, unknown> = {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [
      {
        baseUrl: rekorURL,
        hashAlgorithm: 'SHA2_256',
        publicKey: tlogKey(tlogDER),
        logId: { keyId: b64(sha256(tlogDER)) },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcioURL,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: fulcioURL,
        hashAlgorithm: 'SHA2_256',
        publicKey: tlogKey(ctDER),
        logId: { keyId: b64(sha256(ctDER)) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: tsaBase,
        certChain: {
          certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }],
        },
        validFor: { start },
      },
    ],
  };
  const signingConfig = buildSigningConfig({ fulcioURL, rekorURL, tsaURL }, start);
  const trustedRootPath = join(opts.dir, 'trusted_root.json');
  const signingConfigPath = join(opts.dir, 'signing_config.json');
  writeFileSync(trustedRootPath, JSON.stringify(trustedRoot, null, 2) + '\n');
  writeFileSync(signingConfigPath, JSON.stringify(signingConfig, null, 2) + '\n');

  return {
    fulcioURL,
    rekorURL,
    tsaURL,
    trustedRootPath,
    signingConfigPath,
    trustedRoot,
    signingConfig,
    fulcioRootPem,
    rekorPublicKeyPem,
    ctlogPublicKeyPem,
    tsaChainPem,
    counters,
    services,
    async stop() {
      await Promise.allSettled(services.map((s) => s.stop()));
    },
  };
}
