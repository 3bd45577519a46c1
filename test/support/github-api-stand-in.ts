// A loopback stand-in for GitHub's REST API, for the two endpoints Signet writes to (GitHub's API cannot
// run here): `POST /repos/{owner}/{repo}/attestations` and `POST /orgs/{org}/artifacts/metadata/storage-record`.
// It checks every request as GitHub documents it (docs.github.com/rest/repos/attestations#create-an-attestation,
// docs.github.com/rest/orgs/artifact-metadata): method and path, the token in `Authorization`, `Accept:
// application/vnd.github+json`, `X-GitHub-Api-Version: 2022-11-28`, a JSON body of the documented shape;
// a request that breaks a rule gets a 400 naming it (and is recorded, so a test sees it). It answers
// 201 `{ id }` by default; a test queues other answers (403, 422, 5xx, 429 with Retry-After) to inject faults.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the stand-in saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The rule it broke, when it broke one. */
  violation?: string;
  status: number;
  /** The JSON body it answered. */
  response?: unknown;
}

/** A queued answer: status, JSON body, extra headers. */
export interface CannedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A running stand-in. */
export interface GitHubApiStandIn {
  url: string;
  requests: SeenRequest[];
  /** Answers for the next requests, in order (then 201/200 again). */
  queue(...answers: CannedAnswer[]): void;
  stop(): Promise<void>;
}

const ATTESTATIONS = /^\/repos\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/attestations$/;
const STORAGE_RECORD = /^\/orgs\/([A-Za-z0-9_.-]+)\/artifacts\/metadata\/storage-record$/;
const BUNDLE_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.3)?\+json(;version=0\.[123])?$/;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The documented body of create-an-attestation: `{ bundle: { mediaType, verificationMaterial, dsseEnvelope } }`. */
export function checkAttestationBody(body: unknown): string | undefined {
  if (!isObject(body)) return 'body must be a JSON object';
  const extra = Object.keys(body).filter((k) => k !== 'bundle');
  if (extra.length > 0) return `unexpected body properties: ${extra.join(', ')}`;
  const b = body.bundle;
  if (!isObject(b)) return 'bundle is required and must be an object';
  if (typeof b.mediaType !== 'string' || !BUNDLE_MEDIA_TYPE.test(b.mediaType))
    return `bundle.mediaType is not a Sigstore bundle: ${String(b.mediaType)}`;
  if (!isObject(b.verificationMaterial)) return 'bundle.verificationMaterial must be an object';
  const env = b.dsseEnvelope;
  if (!isObject(env)) return 'bundle.dsseEnvelope must be an object';
  if (env.payloadType !== 'application/vnd.in-toto+json')
    return `dsseEnvelope.payloadType must be application/vnd.in-toto+json, got ${String(env.payloadType)}`;
  if (typeof env.payload !== 'string' || !Array.isArray(env.signatures) || env.signatures.length === 0)
    return 'dsseEnvelope needs a payload and signatures';
  return undefined;
}

/** The documented body of create-a-storage-record: `name`, `digest`, `registry_url` required. */
export function checkStorageRecordBody(body: unknown): string | undefined {
  if (!isObject(body)) return 'body must be a JSON object';
  for (const k of ['name', 'digest', 'registry_url'])
    if (typeof body[k] !== 'string' || body[k] === '') return `${k} is required`;
  if (!/^sha256:[0-9a-f]{64}$/.test(body.digest as string)) return 'digest must be sha256:<hex>';
  const known = new Set([
    'name',
    'digest',
    'version',
    'artifact_url',
    'path',
    'registry_url',
    'repository',
    'status',
    'github_repository',
  ]);
  const extra = Object.keys(body).filter((k) => !known.has(k));
  if (extra.length > 0) return `unexpected body properties: ${extra.join(', ')}`;
  return undefined;
}

/** Starts the stand-in on 127.0.0.1; `token` is the one token it accepts. */
export async function startGitHubApiStandIn(token: string): Promise<GitHubApiStandIn> {
  const requests: SeenRequest[] = [];
  const answers: CannedAnswer[] = [];
  let nextId = 1000;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!;
      let body: unknown;
      let violation: string | undefined;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        violation = 'body is not JSON';
      }
      const auth = req.headers.authorization ?? '';
      if (req.method !== 'POST') violation ??= `method ${req.method} is not POST`;
      else if (auth !== `token ${token}` && auth !== `Bearer ${token}`)
        violation ??= 'authorization is not the token';
      else if (req.headers.accept !== 'application/vnd.github+json')
        violation ??= `accept is ${req.headers.accept}`;
      else if (req.headers['x-github-api-version'] !== '2022-11-28')
        violation ??= `x-github-api-version is ${req.headers['x-github-api-version']}`;
      else if (!String(req.headers['content-type']).startsWith('application/json'))
        violation ??= `content-type is ${req.headers['content-type']}`;
      else if (!req.headers['user-agent']) violation ??= 'no user-agent';
      const kind = ATTESTATIONS.test(path)
        ? 'attestation'
        : STORAGE_RECORD.test(path)
          ? 'storage'
          : undefined;
      if (!kind) violation ??= `no such route: ${path}`;
      else violation ??= kind === 'attestation' ? checkAttestationBody(body) : checkStorageRecordBody(body);
      let answer: CannedAnswer;
      if (violation) answer = { status: 400, body: { message: violation } };
      else if (answers.length > 0) answer = answers.shift()!;
      else if (kind === 'attestation') answer = { status: 201, body: { id: nextId++ } };
      else answer = { status: 200, body: { total_count: 1, storage_records: [{ id: nextId++ }] } };
      requests.push({
        method: req.method ?? '',
        path,
        headers: req.headers,
        body,
        status: answer.status,
        response: answer.body,
        ...(violation ? { violation } : {}),
      });
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    queue: (...a) => void answers.push(...a),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
