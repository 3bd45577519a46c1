// The bad-input table (issue 11): every command and flag family of the `signet` binary (run from src/)
// given a wrong input. Each row asserts the exit code (2 for a usage error, 1 for a failure), exactly
// one line of error on stderr that names what is wrong (warnings aside), and no planted secret (the
// registry password, the key password, OIDC, GitHub, GitLab and Kubernetes tokens, a token given as an
// argument) in stdout or stderr. Across the whole table, nothing is written to the bed's real
// Distribution registry (its storage is listed before and after) or to the Kubernetes API stand-in (no
// request but reads), and no output folder or report is created.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { signetFromSource } from '../support/cli.ts';
import type { KubeBed } from '../bed/kube.ts';
import { bindClusterRole, readmeClusterRole } from '../support/kube-admission.ts';
import type { RunResult } from '../support/run.ts';
import { pushBedImage } from '../support/push-image.ts';

const b64url = (s: string) => Buffer.from(s).toString('base64url');
const jwt = (claims: object) =>
  `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url(JSON.stringify(claims))}.c2lnbmF0dXJl`;

/** Recognisable secrets planted in the environment and files of every row. */
const SECRET = {
  keyPassword: 'planted-KEY-PASSWORD-a71c',
  wrongKeyPassword: 'planted-WRONG-PASSWORD-5e0b',
  githubToken: 'ghs_plantedGITHUBtoken9d2e',
  gitlabToken: 'glpat-plantedGITLABtoken3f8a',
  kubeToken: 'planted-KUBE-token-c4d1',
  wrongKubeToken: 'planted-WRONG-KUBE-token-08be',
  tokenArgument: 'planted-TOKEN-ARGUMENT-6a3f',
  idRequestToken: 'planted-ID-REQUEST-token-2b7c',
  vaultToken: 'hvs.planted-VAULT-token-8e1f',
  awsSecretKey: 'planted-AWS-secret-key-3c5d',
  azureSecret: 'planted-AZURE-secret-0a9b',
};
const EXPIRED_TOKEN = jwt({
  iss: 'https://planted.example',
  sub: 'planted-EXPIRED-sub-1e4d',
  aud: 'sigstore',
  exp: 1000,
});
const WRONG_AUDIENCE_TOKEN = jwt({
  iss: 'https://planted.example',
  sub: 'planted-AUDIENCE-sub-7c9a',
  aud: 'not-sigstore',
  exp: 4_000_000_000,
});
const STAGE_LINE = /^signet (build|sign|sbom|attest|provenance|verify|admission): /;
const ZERO_DIGEST = `sha256:${'0'.repeat(64)}`;

let bed: Bed;
let reg: BedRegistry;
let kube: KubeBed;
let work: string;
let image: string;
let secrets: string[];
const storageBefore: string[] = [];
const results = new Map<string, RunResult>();

/** Every file under `dir` with its size, sorted: any write to the registry's storage changes it. */
function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${p.slice(dir.length)} ${statSync(p).size}`);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Pushes one small image with Signet's own registry client; returns it by digest. */
const pushImage = (r: BedRegistry) => pushBedImage(r, 'bad/app', 'bad-input');

/** A row: what is run, how it must end, what its error line must say; env overrides for the row. */
interface Row {
  name: string;
  args: () => string[];
  code: 1 | 2;
  error: RegExp;
  env?: () => Record<string, string | undefined>;
}

const f = (name: string) => join(work, name);
const keyless = () => [
  '--certificate-identity',
  'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
  '--certificate-oidc-issuer',
  'https://token.actions.githubusercontent.com',
];
const key = () => ['--key', f('cosign.key')];
// Verifying with a key and --insecure-ignore-tlog needs no trusted root: no row reaches for TUF.
const pub = () => ['--key', f('cosign.pub'), '--insecure-ignore-tlog'];
const trusted = () => ['--trusted-root', f('trusted_root.json')];
/** attest-blob with a key and a CycloneDX predicate: only the subjects are left to give. */
const attestBlob = () => [...key(), '--type', 'cyclonedx', '--predicate', f('predicate.json')];
const policyBase = () => ['policy', '--name', 'acme', '--repository', 'ghcr.io/acme/app'];
const policyKey = () => [...policyBase(), '--key', f('cosign.pub')];
const preflightBase = () => ['preflight', '--policy', f('preflight.yaml'), '--insecure-ignore-tlog'];

const ROWS: Row[] = [
  // The dispatcher and the flag parser (item 4: no success without a verification).
  { name: 'an unknown command', args: () => ['verfiy', image], code: 2, error: /unknown command "verfiy"/ },
  {
    name: 'an unknown flag',
    args: () => ['verify', '--bogus', image],
    code: 2,
    error: /unknown flag --bogus/,
  },
  { name: 'an unknown short flag', args: () => ['verify', '-z', image], code: 2, error: /unknown flag -z/ },
  {
    name: '--help as the value of --key',
    args: () => ['verify', '--key', '--help', image],
    code: 2,
    error: /--key needs a value .*followed by a flag/,
  },
  {
    name: '-h as the value of --key',
    args: () => ['verify', '--key', '-h', image],
    code: 2,
    error: /--key needs a value .*followed by a flag/,
  },
  {
    name: '--help as the value of --output',
    args: () => ['verify', ...pub(), '--output', '--help', image],
    code: 2,
    error: /--output needs a value/,
  },
  {
    name: '--help as the value of --certificate-identity',
    args: () => ['verify', '--certificate-identity', '--help', image],
    code: 2,
    error: /--certificate-identity needs a value/,
  },
  {
    name: 'a flag as the value of --bundle',
    args: () => ['verify-blob', '--bundle', '--key', f('cosign.pub'), f('blob.txt')],
    code: 2,
    error: /--bundle needs a value/,
  },
  {
    name: 'an empty --key',
    args: () => ['verify', '--key=', image],
    code: 2,
    error: /--key needs a non-empty value/,
  },
  {
    name: 'a flag without its value at the end',
    args: () => ['verify', image, '--key'],
    code: 2,
    error: /--key needs a value/,
  },
  {
    name: 'a boolean flag with a non-boolean value',
    args: () => ['verify', ...pub(), '--insecure-ignore-tlog=maybe', image],
    code: 2,
    error: /--insecure-ignore-tlog takes true or false/,
  },

  // verify
  {
    name: 'verify without IMAGE',
    args: () => ['verify', ...pub()],
    code: 2,
    error: /takes an IMAGE \(or --images-from FILE\), got none/,
  },
  {
    name: 'verify --images-from a missing file',
    args: () => ['verify', ...pub(), '--images-from', f('missing-images.txt')],
    code: 2,
    error: /--images-from \S+missing-images\.txt cannot be read \(ENOENT\): check the path/,
  },
  {
    name: 'verify with an invalid reference',
    args: () => ['verify', ...pub(), 'UPPER/Case::bad'],
    code: 1,
    error: /reference/i,
  },
  {
    name: 'verify without key or identity',
    args: () => ['verify', ...trusted(), image],
    code: 1,
    error: /identity|--key/,
  },
  {
    name: 'verify with an identity but no issuer',
    args: () => [
      'verify',
      ...trusted(),
      '--certificate-identity',
      'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
      image,
    ],
    code: 1,
    error: /issuer/,
  },
  {
    name: 'verify with an issuer but no identity',
    args: () => [
      'verify',
      ...trusted(),
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      image,
    ],
    code: 1,
    error: /identity/,
  },
  {
    name: 'verify with an identity regexp matching anyone',
    args: () => [
      'verify',
      ...trusted(),
      '--certificate-identity-regexp',
      '.*',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      image,
    ],
    code: 1,
    error: /anyone|allow-any-identity/,
  },
  {
    name: 'verify with an invalid identity regexp',
    args: () => [
      'verify',
      ...trusted(),
      '--certificate-identity-regexp',
      '(',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      image,
    ],
    code: 1,
    error: /regexp|regular expression/i,
  },
  {
    name: 'verify with a missing public key file',
    args: () => ['verify', '--key', f('missing.pub'), image],
    code: 1,
    error: /missing\.pub/,
  },
  {
    name: 'verify with a public key that is not PEM',
    args: () => ['verify', '--key', f('garbage.pub'), image],
    code: 1,
    error: /PEM|public key/i,
  },
  {
    name: 'verify with --key env:// of an unset variable',
    args: () => ['verify', '--key', 'env://SIGNET_UNSET_KEY', image],
    code: 1,
    error: /SIGNET_UNSET_KEY/,
  },
  {
    name: 'verify with a gitlab:// key and an unreachable GitLab',
    args: () => ['verify', '--key', 'gitlab://acme/app', image],
    code: 1,
    error: /gitlab:\/\/acme\/app/,
    env: () => ({ GITLAB_HOST: 'http://127.0.0.1:9' }),
  },
  {
    name: 'verify with a gitlab:// key and no GITLAB_TOKEN',
    args: () => ['verify', '--key', 'gitlab://acme/app', image],
    code: 1,
    error: /GITLAB_TOKEN/,
    env: () => ({ GITLAB_TOKEN: undefined }),
  },
  // KMS and Kubernetes key URIs (issue 13): malformed URIs, missing configuration, unreachable
  // endpoints. Each line names the key URI and the fix; no token, secret key or password is printed.
  {
    name: 'sign with a hashivault:// key and no VAULT_ADDR',
    args: () => ['sign', '--key', 'hashivault://release', image],
    code: 1,
    error: /^signet sign: hashivault:\/\/release: VAULT_ADDR is not set: set it to .*\[KMS_CONFIG\]$/,
    env: () => ({ VAULT_TOKEN: SECRET.vaultToken }),
  },
  {
    name: 'verify with a hashivault:// key and an unreachable Vault',
    args: () => ['verify', '--key', 'hashivault://release', '--insecure-ignore-tlog', image],
    code: 1,
    error:
      /hashivault:\/\/release: cannot reach Vault at http:\/\/127\.0\.0\.1:47: connection refused.*\[KMS_UNREACHABLE\]$/,
    env: () => ({ VAULT_ADDR: 'http://127.0.0.1:47', VAULT_TOKEN: SECRET.vaultToken }),
  },
  {
    name: 'sign with a hashivault:// key and no Vault token',
    args: () => ['sign', '--key', 'hashivault://release', image],
    code: 1,
    error: /hashivault:\/\/release: no Vault token: set VAULT_TOKEN.*\[KMS_CONFIG\]$/,
    env: () => ({ VAULT_ADDR: 'http://127.0.0.1:9' }),
  },
  {
    name: 'sign with a malformed hashivault:// key',
    args: () => ['sign', '--key', 'hashivault://team/release', image],
    code: 1,
    error:
      /"hashivault:\/\/team\/release" is not a valid key URI: use hashivault:\/\/KEY_NAME.*\[KEY_INVALID_REF\]$/,
  },
  {
    name: 'sign with awskms:// missing its third slash',
    args: () => ['sign', '--key', 'awskms://alias/release', image],
    code: 1,
    error:
      /"awskms:\/\/alias\/release" is not a valid key URI: use awskms:\/\/\/KEY_ID, awskms:\/\/\/alias\/NAME.*\[KEY_INVALID_REF\]$/,
  },
  {
    name: 'verify with an awskms:// key and no AWS region',
    args: () => ['verify', '--key', 'awskms:///alias/release', '--insecure-ignore-tlog', image],
    code: 1,
    error: /awskms:\/\/\/alias\/release: no AWS region: set AWS_REGION.*\[KMS_CONFIG\]$/,
    env: () => ({ AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined }),
  },
  {
    name: 'sign with an awskms:// key at an unreachable endpoint',
    args: () => ['sign', '--key', 'awskms://127.0.0.1:9/alias/release', image],
    code: 1,
    error: /awskms:\/\/127\.0\.0\.1:9\/alias\/release: cannot reach 127\.0\.0\.1:9 .*\[KMS_UNREACHABLE\]$/,
    env: () => ({
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIAPLANTEDKEYID0000',
      AWS_SECRET_ACCESS_KEY: SECRET.awsSecretKey,
    }),
  },
  {
    name: 'sign with a gcpkms:// key and no Google credentials',
    args: () => [
      'sign',
      '--key',
      'gcpkms://projects/acme/locations/global/keyRings/ci/cryptoKeys/cosign',
      image,
    ],
    code: 1,
    error:
      /gcpkms:\/\/projects\/acme\/.*\/cryptoKeys\/cosign: no Google credentials: set GOOGLE_APPLICATION_CREDENTIALS .*\[KMS_CONFIG\]$/,
    env: () => ({ GCE_METADATA_HOST: '127.0.0.1:9' }),
  },
  {
    name: 'verify with a gcpkms:// key and a credential file that is not JSON',
    args: () => [
      'verify',
      '--key',
      'gcpkms://projects/acme/locations/global/keyRings/ci/cryptoKeys/cosign/cryptoKeyVersions/1',
      '--insecure-ignore-tlog',
      image,
    ],
    code: 1,
    error:
      /cryptoKeyVersions\/1: GOOGLE_APPLICATION_CREDENTIALS .*not-json\.txt is not a readable JSON credential file.*\[KMS_CONFIG\]$/,
    env: () => ({ GOOGLE_APPLICATION_CREDENTIALS: f('not-json.txt') }),
  },
  {
    name: 'sign with a gcpkms:// key missing its location',
    args: () => ['sign', '--key', 'gcpkms://projects/acme/keyRings/ci/cryptoKeys/cosign', image],
    code: 1,
    error:
      /use gcpkms:\/\/projects\/PROJECT\/locations\/LOCATION\/keyRings\/RING\/cryptoKeys\/KEY.*\[KEY_INVALID_REF\]$/,
  },
  {
    name: 'sign with an azurekms:// key and no Azure identity',
    args: () => ['sign', '--key', 'azurekms://acme.vault.azure.net/cosign', image],
    code: 1,
    error:
      /azurekms:\/\/acme\.vault\.azure\.net\/cosign: no Azure credentials: set AZURE_CLIENT_ID and AZURE_TENANT_ID.*\[KMS_CONFIG\]$/,
  },
  {
    name: 'sign with an azurekms:// key and an unreachable Entra ID',
    args: () => ['sign', '--key', 'azurekms://acme.vault.azure.net/cosign', image],
    code: 1,
    error:
      /azurekms:\/\/acme\.vault\.azure\.net\/cosign: cannot reach Entra ID at http:\/\/127\.0\.0\.1:47: connection refused.*\[KMS_UNREACHABLE\]$/,
    env: () => ({
      AZURE_CLIENT_ID: 'client-1',
      AZURE_TENANT_ID: 'tenant-1',
      AZURE_CLIENT_SECRET: SECRET.azureSecret,
      AZURE_AUTHORITY_HOST: 'http://127.0.0.1:47',
    }),
  },
  {
    name: 'verify with a malformed azurekms:// key',
    args: () => ['verify', '--key', 'azurekms://acme/cosign', '--insecure-ignore-tlog', image],
    code: 1,
    error: /use azurekms:\/\/VAULT_NAME\.vault\.azure\.net\/KEY_NAME.*\[KEY_INVALID_REF\]$/,
  },
  {
    // The real API server, as the README's least-privilege identity (no Secret access): RBAC answers.
    name: 'sign with a k8s:// key the identity may not read',
    args: () => ['sign', '--key', 'k8s://release/cosign', image],
    code: 1,
    error:
      /^signet sign: k8s:\/\/release\/cosign: get Secret release\/cosign: 403 forbidden: .*cannot get resource "secrets".*; grant the identity "get" on Secret .*\[KEY_READ_FAILED\]$/,
  },
  {
    name: 'verify with a k8s:// key and a refused Kubernetes token',
    args: () => ['verify', '--key', 'k8s://release/cosign', '--insecure-ignore-tlog', image],
    code: 1,
    error: /k8s:\/\/release\/cosign: get Secret .*401 unauthorized.*\[KEY_READ_FAILED\]$/,
    env: () => ({ KUBECONFIG: f('wrong-kubeconfig') }),
  },
  {
    name: 'sign with a malformed k8s:// key',
    args: () => ['sign', '--key', 'k8s://Release', image],
    code: 1,
    error: /use k8s:\/\/NAMESPACE\/SECRET_NAME.*\[KEY_INVALID_REF\]$/,
  },
  {
    name: 'sign with a pkcs11: key that names no module',
    args: () => ['sign', '--key', 'pkcs11:token=signet;object=cosign', image],
    code: 1,
    error:
      /^signet sign: pkcs11:token=signet;object=cosign: no PKCS#11 module: add \?module-path=.* or set COSIGN_PKCS11_MODULE_PATH .*\[KMS_CONFIG\]$/,
  },
  {
    name: 'sign with a pkcs11: key with an attribute RFC 7512 does not define',
    args: () => ['sign', '--key', 'pkcs11:token=signet;objet=cosign?pin-value=1234', image],
    code: 1,
    error:
      /"pkcs11:token=signet;objet=cosign\?pin-value=\*\*\*" has path attribute "objet".*\[KEY_INVALID_REF\]$/,
  },
  {
    name: 'generate-key-pair --kms with a key file path',
    args: () => ['generate-key-pair', '--kms', 'out-new.key'],
    code: 2,
    error: /--kms takes a KMS key URI/,
  },
  {
    name: 'generate-key-pair --kms gcpkms:// naming a version',
    args: () => [
      'generate-key-pair',
      '--kms',
      'gcpkms://projects/acme/locations/global/keyRings/ci/cryptoKeys/new/cryptoKeyVersions/2',
    ],
    code: 1,
    error:
      /Cloud KMS numbers versions itself: drop \/cryptoKeyVersions\/2 from the URI.*\[KMS_CREATE_UNSUPPORTED\]$/,
  },
  {
    name: 'generate-key-pair --kms awskms:// by key ID',
    args: () => ['generate-key-pair', '--kms', 'awskms:///1234abcd-12ab-34cd-56ef-1234567890ab'],
    code: 1,
    error:
      /AWS KMS gives new keys random IDs: name the key by alias, awskms:\/\/\/alias\/NAME.*\[KMS_CREATE_UNSUPPORTED\]$/,
  },
  {
    name: 'verify with a missing trusted root',
    args: () => ['verify', ...keyless(), '--trusted-root', f('missing-root.json'), image],
    code: 2,
    error: /--trusted-root/,
  },
  {
    name: 'verify with a trusted root that is not JSON',
    args: () => ['verify', ...keyless(), '--trusted-root', f('not-json.txt'), image],
    code: 2,
    error: /--trusted-root .* is not JSON/,
  },
  {
    name: 'verify with a trusted root that is JSON but not a trusted root',
    args: () => ['verify', ...keyless(), '--trusted-root', f('empty.json'), image],
    code: 1,
    error: /trusted/i,
  },
  {
    name: 'verify with an unknown --signature-format',
    args: () => ['verify', ...pub(), '--signature-format', 'xml', image],
    code: 2,
    error: /--signature-format takes legacy, bundle or both/,
  },
  {
    name: 'verify with an unknown --output',
    args: () => ['verify', ...pub(), '--output', 'yaml', image],
    code: 2,
    error: /--output takes text or json/,
  },
  {
    name: 'verify with a username but no password',
    args: () => ['verify', ...pub(), '--registry-username', 'someone', image],
    code: 2,
    error: /--registry-username and --registry-password/,
    env: () => ({ SIGNET_REGISTRY_USERNAME: undefined, SIGNET_REGISTRY_PASSWORD: undefined }),
  },
  {
    name: 'verify with a missing --registry-password-file',
    args: () => ['verify', ...pub(), '--registry-password-file', f('missing-password'), image],
    code: 2,
    error: /--registry-password-file .* cannot be read/,
  },
  {
    name: 'verify with both --registry-password and its file',
    args: () => [
      'verify',
      ...pub(),
      '--registry-password',
      'x',
      '--registry-password-file',
      f('registry-password'),
      image,
    ],
    code: 2,
    error: /--registry-password or --registry-password-file, not both/,
  },
  {
    name: 'verify with an invalid --signature-repository',
    args: () => ['verify', ...pub(), '--signature-repository', 'Bad Repo', image],
    code: 1,
    error: /reference/i,
  },
  {
    name: 'verify with a wrong registry password',
    args: () => ['verify', ...pub(), image],
    code: 1,
    error: /REGISTRY_UNAUTHORIZED|credentials/,
    env: () => ({ SIGNET_REGISTRY_PASSWORD: SECRET.wrongKeyPassword }),
  },
  {
    name: 'verify of a digest the registry does not have',
    args: () => ['verify', ...pub(), `${reg.host}/bad/app@${ZERO_DIGEST}`],
    code: 1,
    error: /no signatures found/,
  },

  // sign
  {
    name: 'sign without IMAGE',
    args: () => ['sign', ...key()],
    code: 2,
    error: /takes an IMAGE \(or --images-from FILE\), got none/,
  },
  {
    name: 'sign keyless with an expired SIGSTORE_ID_TOKEN',
    args: () => ['sign', image],
    code: 1,
    error: /identity token expired at 1970/,
  },
  {
    name: 'sign keyless with a token for another audience',
    args: () => ['sign', image],
    code: 1,
    error: /audience is "not-sigstore", expected "sigstore"/,
    env: () => ({ SIGSTORE_ID_TOKEN: WRONG_AUDIENCE_TOKEN }),
  },
  {
    name: 'sign with --identity-token that is neither a JWT nor a file',
    args: () => ['sign', '--identity-token', SECRET.tokenArgument, image],
    code: 2,
    error: /--identity-token is neither a JWT nor a readable file/,
  },
  {
    name: 'sign with an expired --identity-token',
    args: () => ['sign', '--identity-token', EXPIRED_TOKEN, image],
    code: 1,
    error: /identity token expired/,
    env: () => ({ SIGSTORE_ID_TOKEN: undefined }),
  },
  {
    name: 'sign with a missing --identity-token-file',
    args: () => ['sign', '--identity-token-file', f('missing-token'), image],
    code: 2,
    error: /--identity-token-file .* cannot be read/,
  },
  {
    name: 'sign with both --identity-token and its file',
    args: () => ['sign', '--identity-token', EXPIRED_TOKEN, '--identity-token-file', f('token'), image],
    code: 2,
    error: /not both/,
  },
  {
    name: 'sign keyless without any token',
    // A TSA instead of the default signing config (which would come from TUF before the token is asked).
    args: () => [
      'sign',
      '--tlog-upload=false',
      '--timestamp-server-url',
      'http://127.0.0.1:9/api/v1/timestamp',
      image,
    ],
    code: 1,
    error: /no OIDC token/,
    env: () => ({ SIGSTORE_ID_TOKEN: undefined }),
  },
  {
    name: 'sign with a missing key file',
    args: () => ['sign', '--key', f('missing.key'), image],
    code: 1,
    error: /missing\.key/,
  },
  {
    name: 'sign with the wrong COSIGN_PASSWORD',
    args: () => ['sign', ...key(), image],
    code: 1,
    error: /password/i,
    env: () => ({ COSIGN_PASSWORD: SECRET.wrongKeyPassword }),
  },
  {
    name: 'sign with an encrypted key and no COSIGN_PASSWORD',
    args: () => ['sign', ...key(), image],
    code: 1,
    error: /COSIGN_PASSWORD is not set/,
    env: () => ({ COSIGN_PASSWORD: undefined }),
  },
  {
    name: 'sign with a missing --key-password-file',
    args: () => ['sign', ...key(), '--key-password-file', f('missing-password'), image],
    code: 2,
    error: /--key-password-file .* cannot be read/,
  },
  {
    name: 'sign with a --key-password-file holding the wrong password',
    args: () => ['sign', ...key(), '--key-password-file', f('wrong-password'), image],
    code: 1,
    error: /password/i,
  },
  {
    name: 'sign with a public key as --key',
    args: () => ['sign', '--key', f('cosign.pub'), image],
    code: 1,
    error: /private key|PEM/i,
  },
  {
    name: 'sign with an unknown --signature-format',
    args: () => ['sign', ...key(), '--signature-format', 'xml', image],
    code: 2,
    error: /--signature-format takes legacy, bundle or both/,
  },
  {
    name: 'sign with an annotation that is not key=value',
    args: () => ['sign', ...key(), '-a', 'novalue', image],
    code: 2,
    error: /--annotations takes key=value/,
  },
  {
    name: 'sign keyless with neither Rekor nor a TSA',
    args: () => ['sign', '--tlog-upload=false', image],
    code: 2,
    error: /transparency log or a timestamp authority/,
  },
  {
    name: 'sign with a missing --signing-config',
    args: () => ['sign', '--signing-config', f('missing-config.json'), image],
    code: 2,
    error: /--signing-config/,
  },
  {
    name: 'sign with a --signing-config that is not JSON',
    args: () => ['sign', '--signing-config', f('not-json.txt'), image],
    code: 2,
    error: /--signing-config .* is not JSON/,
  },
  {
    name: 'sign with a --signing-config that is not a signing config',
    args: () => ['sign', '--signing-config', f('empty.json'), image],
    code: 1,
    error:
      /^signet sign: signing config \S*empty\.json: mediaType must be application\/vnd\.dev\.sigstore\.signingconfig\.v0\.2\+json .*\[SIGN_INVALID_INPUT\]$/,
  },
  {
    name: 'sign with --recursive=maybe',
    args: () => ['sign', ...key(), '--recursive=maybe', image],
    code: 2,
    error: /--recursive takes true or false/,
  },
  {
    name: 'sign with an unknown --output',
    args: () => ['sign', ...key(), '--output', 'yaml', image],
    code: 2,
    error: /--output takes text or json/,
  },
  {
    name: 'sign a digest the registry does not have',
    args: () => ['sign', ...key(), '--tlog-upload=false', `${reg.host}/bad/app@${ZERO_DIGEST}`],
    code: 1,
    error: /not found|unknown|REGISTRY_NOT_FOUND/i,
  },
  {
    name: 'sign with a kms:// key',
    args: () => ['sign', '--key', 'awskms:///alias/x', image],
    code: 1,
    error: /awskms|not supported|KMS/i,
  },

  // attest and verify-attestation
  {
    name: 'attest without --type',
    args: () => ['attest', ...key(), '--predicate', f('predicate.json'), image],
    code: 2,
    error: /--type is required/,
  },
  {
    name: 'attest with an unknown --type shorthand',
    args: () => ['attest', ...key(), '--type', 'cyclonedxx', '--predicate', f('predicate.json'), image],
    code: 2,
    error: /cyclonedxx|type/,
  },
  {
    name: 'attest without --predicate',
    args: () => ['attest', ...key(), '--type', 'cyclonedx', image],
    code: 2,
    error: /--predicate FILE is required/,
  },
  {
    name: 'attest with a missing --predicate',
    args: () => ['attest', ...key(), '--type', 'cyclonedx', '--predicate', f('missing.json'), image],
    code: 2,
    error: /--predicate .*missing\.json/,
  },
  {
    name: 'attest with a --predicate that is not JSON',
    args: () => ['attest', ...key(), '--type', 'cyclonedx', '--predicate', f('not-json.txt'), image],
    code: 2,
    error: /not a JSON file/,
  },
  {
    name: 'attest with an unknown --attestation-format',
    args: () => [
      'attest',
      ...key(),
      '--type',
      'cyclonedx',
      '--predicate',
      f('predicate.json'),
      '--attestation-format',
      'xml',
      image,
    ],
    code: 2,
    error: /--attestation-format takes legacy, bundle or both/,
  },
  {
    name: 'attest slsaprovenance1 without a predicate outside a CI run',
    args: () => ['attest', ...key(), '--type', 'slsaprovenance1', image],
    code: 2,
    error:
      /--predicate FILE is required outside a CI run: provenance is built from a GitHub Actions run or a GitLab CI\/CD job context/,
  },
  {
    name: 'attest keyless with an expired token',
    args: () => ['attest', '--type', 'cyclonedx', '--predicate', f('predicate.json'), image],
    code: 1,
    error: /identity token expired/,
  },
  {
    name: 'attest with the wrong key password',
    args: () => ['attest', ...key(), '--type', 'cyclonedx', '--predicate', f('predicate.json'), image],
    code: 1,
    error: /password/i,
    env: () => ({ COSIGN_PASSWORD: SECRET.wrongKeyPassword }),
  },
  {
    name: 'attest without IMAGE',
    args: () => ['attest', ...key(), '--type', 'cyclonedx', '--predicate', f('predicate.json')],
    code: 2,
    error: /takes an IMAGE \(or --images-from FILE\), got none/,
  },
  {
    name: 'verify-attestation without --type',
    args: () => ['verify-attestation', ...pub(), image],
    code: 2,
    error: /--type is required/,
  },
  {
    name: 'verify-attestation with an unknown --attestation-format',
    args: () => ['verify-attestation', ...pub(), '--type', 'cyclonedx', '--attestation-format', 'xml', image],
    code: 2,
    error: /--attestation-format takes/,
  },
  {
    name: 'verify-attestation without key or identity',
    args: () => ['verify-attestation', ...trusted(), '--type', 'cyclonedx', image],
    code: 1,
    error: /identity|--key/,
  },
  {
    name: 'verify-attestation with an identity regexp matching anyone',
    args: () => [
      'verify-attestation',
      ...trusted(),
      '--type',
      'cyclonedx',
      '--certificate-identity-regexp',
      '.*',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      image,
    ],
    code: 1,
    error: /anyone|allow-any-identity/,
  },
  {
    name: 'verify-attestation with a missing public key',
    args: () => ['verify-attestation', '--key', f('missing.pub'), '--type', 'cyclonedx', image],
    code: 1,
    error: /missing\.pub/,
  },

  // sign-blob and verify-blob
  {
    name: 'sign-blob without --bundle',
    args: () => ['sign-blob', ...key(), f('blob.txt')],
    code: 2,
    error: /--bundle OUT is required/,
  },
  {
    name: 'sign-blob without FILE',
    args: () => ['sign-blob', ...key(), '--bundle', f('out-blob.json')],
    code: 2,
    error: /takes one FILE, got 0/,
  },
  {
    name: 'sign-blob with two FILEs',
    args: () => ['sign-blob', ...key(), '--bundle', f('out-blob.json'), f('blob.txt'), f('blob.txt')],
    code: 2,
    error: /takes one FILE, got 2/,
  },
  {
    name: 'sign-blob of a missing FILE',
    args: () => ['sign-blob', ...key(), '--bundle', f('out-blob.json'), f('missing.txt')],
    code: 1,
    error: /missing\.txt/,
  },
  {
    name: 'sign-blob with the wrong key password',
    args: () => ['sign-blob', ...key(), '--bundle', f('out-blob.json'), f('blob.txt')],
    code: 1,
    error: /password/i,
    env: () => ({ COSIGN_PASSWORD: SECRET.wrongKeyPassword }),
  },
  {
    name: 'sign-blob keyless with an expired token',
    args: () => ['sign-blob', '--bundle', f('out-blob.json'), f('blob.txt')],
    code: 1,
    error: /identity token expired/,
  },
  {
    name: 'sign-blob with a token argument that is not a JWT',
    args: () => [
      'sign-blob',
      '--identity-token',
      SECRET.tokenArgument,
      '--bundle',
      f('out-blob.json'),
      f('blob.txt'),
    ],
    code: 2,
    error: /neither a JWT nor a readable file/,
  },
  // attest-blob: files as subjects (actions/attest's subject inputs); nothing is signed or written
  {
    name: 'attest-blob without subjects',
    args: () => ['attest-blob', ...attestBlob()],
    code: 2,
    error:
      /needs subjects: FILE…, --subject-path, --subject-digest with --subject-name, or --subject-checksums$/,
  },
  {
    name: 'attest-blob with a --subject-path glob matching nothing',
    args: () => ['attest-blob', ...attestBlob(), '--subject-path', 'dist/nothing-*.tar.gz'],
    code: 2,
    error: /--subject-path dist\/nothing-\*\.tar\.gz matches no file: check the path/,
  },
  {
    name: 'attest-blob of a missing FILE',
    args: () => ['attest-blob', ...attestBlob(), f('missing.bin')],
    code: 2,
    error: /missing\.bin matches no file/,
  },
  {
    name: 'attest-blob with a malformed --subject-digest',
    args: () => ['attest-blob', ...attestBlob(), '--subject-digest', 'sha256:abc', '--subject-name', 'app'],
    code: 2,
    error: /--subject-digest: expected sha256:<64 hex>, got "sha256:abc"$/,
  },
  {
    name: 'attest-blob with a --subject-digest of another algorithm',
    args: () => [
      'attest-blob',
      ...attestBlob(),
      '--subject-digest',
      `sha512:${'a'.repeat(128)}`,
      '--subject-name',
      'app',
    ],
    code: 2,
    error: /--subject-digest: expected sha256:<64 hex>/,
  },
  {
    name: 'attest-blob with --subject-digest but no --subject-name',
    args: () => ['attest-blob', ...attestBlob(), '--subject-digest', `sha256:${'a'.repeat(64)}`],
    code: 2,
    error: /--subject-digest needs --subject-name/,
  },
  {
    name: 'attest-blob with --subject-name but no --subject-digest',
    args: () => ['attest-blob', ...attestBlob(), '--subject-name', 'app'],
    code: 2,
    error: /--subject-name needs --subject-digest$/,
  },
  {
    name: 'attest-blob with --subject-checksums that is not sha256sum output',
    args: () => ['attest-blob', ...attestBlob(), '--subject-checksums', f('bad-checksums.txt')],
    code: 2,
    error:
      /bad-checksums\.txt line 2: expected "<sha256 hex> {2}<name>" \(sha256sum output\), got "abc {2}app\.tar\.gz"$/,
  },
  {
    name: 'attest-blob with a missing --subject-checksums file',
    args: () => ['attest-blob', ...attestBlob(), '--subject-checksums', f('missing-checksums.txt')],
    code: 1,
    error: /missing-checksums\.txt: no such file/,
  },
  {
    name: 'attest-blob with one subject name given two digests',
    args: () => ['attest-blob', ...attestBlob(), '--subject-checksums', f('twice-checksums.txt')],
    code: 2,
    error: /subject app\.tar\.gz is given twice with different digests .*: give each name once$/,
  },
  {
    name: 'attest-blob with more than 1,024 subjects in one attestation',
    args: () => ['attest-blob', ...attestBlob(), '--subject-checksums', f('many-checksums.txt')],
    code: 1,
    error:
      /expected at most 1024 subjects in one attestation, got 1025; attest one per subject or split the files/,
  },
  {
    name: 'attest-blob with an unknown --type shorthand',
    args: () => [
      'attest-blob',
      ...key(),
      '--type',
      'sbom',
      '--predicate',
      f('predicate.json'),
      f('blob.txt'),
    ],
    code: 2,
    error: /--type "sbom": expected one of/,
  },
  {
    name: 'attest-blob with a --predicate that is not JSON',
    args: () => [
      'attest-blob',
      ...key(),
      '--type',
      'cyclonedx',
      '--predicate',
      f('not-json.txt'),
      f('blob.txt'),
    ],
    code: 2,
    error: /--predicate .*not-json\.txt: not a JSON file/,
  },
  {
    name: 'attest-blob slsaprovenance1 without a predicate outside a CI run',
    args: () => ['attest-blob', ...key(), f('blob.txt')],
    code: 2,
    error: /--predicate FILE is required outside a CI run/,
  },
  {
    name: 'attest-blob with an unknown --push-to-github',
    args: () => ['attest-blob', ...attestBlob(), '--push-to-github', 'maybe', f('blob.txt')],
    code: 2,
    error: /--push-to-github takes auto, true or false, got "maybe"/,
  },
  {
    name: 'attest-blob with the wrong key password',
    args: () => ['attest-blob', ...attestBlob(), f('blob.txt')],
    code: 1,
    error: /password/i,
    env: () => ({ COSIGN_PASSWORD: SECRET.wrongKeyPassword }),
  },
  {
    name: 'verify-blob without --bundle',
    args: () => ['verify-blob', ...pub(), f('blob.txt')],
    code: 2,
    error: /--bundle B is required/,
  },
  {
    name: 'verify-blob without FILE',
    args: () => ['verify-blob', ...pub(), '--bundle', f('empty.json')],
    code: 2,
    error: /takes one FILE, got 0/,
  },
  {
    name: 'verify-blob with a missing bundle',
    args: () => ['verify-blob', ...pub(), '--bundle', f('missing-bundle.json'), f('blob.txt')],
    code: 1,
    error: /missing-bundle\.json/,
  },
  {
    name: 'verify-blob with a bundle that is not JSON',
    args: () => ['verify-blob', ...pub(), '--bundle', f('not-json.txt'), f('blob.txt')],
    code: 2,
    error: /--bundle .* is not JSON/,
  },
  {
    name: 'verify-blob with JSON that is not a bundle',
    args: () => ['verify-blob', ...pub(), '--bundle', f('empty.json'), f('blob.txt')],
    code: 1,
    error: /bundle/i,
  },
  {
    name: 'verify-blob of a missing FILE',
    args: () => ['verify-blob', ...pub(), '--bundle', f('empty.json'), f('missing.txt')],
    code: 1,
    error: /missing\.txt/,
  },
  {
    name: 'verify-blob without key or identity',
    args: () => ['verify-blob', ...trusted(), '--bundle', f('empty.json'), f('blob.txt')],
    code: 1,
    error: /identity|--key/,
  },
  {
    name: 'verify-blob with an identity regexp matching anyone',
    args: () => [
      'verify-blob',
      ...trusted(),
      '--certificate-identity-regexp',
      '.*',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      '--bundle',
      f('empty.json'),
      f('blob.txt'),
    ],
    code: 1,
    error: /anyone|allow-any-identity/,
  },

  // policy
  {
    name: 'policy without --name',
    args: () => ['policy', '--repository', 'ghcr.io/acme/app', '--key', f('cosign.pub')],
    code: 2,
    error: /--name is required/,
  },
  {
    name: 'policy without --repository',
    args: () => ['policy', '--name', 'acme', '--key', f('cosign.pub')],
    code: 2,
    error: /--repository is required/,
  },
  {
    name: 'policy without a signer',
    args: () => [...policyBase()],
    code: 2,
    error: /build signer is required/,
  },
  {
    name: 'policy with both --key and an identity',
    args: () => [...policyKey(), '--certificate-identity', 'x', '--certificate-oidc-issuer', 'https://i'],
    code: 2,
    error: /either --key or the --certificate-\* flags/,
  },
  {
    name: 'policy with an identity but no issuer',
    args: () => [
      ...policyBase(),
      '--certificate-identity',
      'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
    ],
    code: 2,
    error: /--certificate-oidc-issuer is required/,
  },
  {
    name: 'policy with both identity forms',
    args: () => [
      ...policyBase(),
      '--certificate-identity',
      'a',
      '--certificate-identity-regexp',
      'b',
      '--certificate-oidc-issuer',
      'https://i',
    ],
    code: 2,
    error: /give one of --certificate-identity or --certificate-identity-regexp/,
  },
  {
    name: 'policy with an identity regexp matching anyone',
    args: () => [
      ...policyBase(),
      '--certificate-identity-regexp',
      '.*',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
    ],
    code: 1,
    error: /anyone|POLICY_INVALID_IDENTITY/,
  },
  {
    name: 'policy with --signature-format both',
    args: () => [...policyKey(), '--signature-format', 'both'],
    code: 2,
    error: /--signature-format takes legacy or bundle/,
  },
  {
    name: 'policy with --mode audit',
    args: () => [...policyKey(), '--mode', 'audit'],
    code: 2,
    error: /--mode takes enforce or warn/,
  },
  {
    name: 'policy with an unknown --target',
    args: () => [...policyKey(), '--target', 'gatekeeper'],
    code: 2,
    error: /--target gatekeeper: expected one of/,
  },
  {
    name: 'policy with an --attestation without a predicate type',
    args: () => [...policyKey(), '--attestation', 'sbom'],
    code: 2,
    error: /--attestation takes NAME=PREDICATE_TYPE/,
  },
  {
    name: 'policy with an invalid --digest',
    args: () => [...policyKey(), '--digest', 'sha256:xyz'],
    code: 1,
    error: /digest/i,
  },
  {
    name: 'policy with an invalid --name',
    args: () => [
      'policy',
      '--name',
      'Not_A_Name!',
      '--repository',
      'ghcr.io/acme/app',
      '--key',
      f('cosign.pub'),
    ],
    code: 1,
    error: /name/i,
  },
  {
    name: 'policy with an invalid --repository',
    args: () => ['policy', '--name', 'acme', '--repository', 'Bad Repo', '--key', f('cosign.pub')],
    code: 1,
    error: /reference/i,
  },
  {
    name: 'policy with a missing public key',
    args: () => ['policy', '--name', 'acme', '--repository', 'ghcr.io/acme/app', '--key', f('missing.pub')],
    code: 1,
    error: /missing\.pub/,
  },
  {
    name: 'policy with a missing --trusted-root',
    args: () => [...policyKey(), '--trusted-root', f('missing-root.json')],
    code: 1,
    error: /missing-root\.json/,
  },
  {
    name: 'policy with a --trusted-root that is not JSON',
    args: () => [...policyKey(), '--trusted-root', f('not-json.txt')],
    code: 2,
    error: /--trusted-root .* is not JSON/,
  },
  {
    name: 'policy with arguments',
    args: () => [...policyKey(), 'extra'],
    code: 2,
    error: /takes no arguments/,
  },
  {
    name: 'policy --apply with a kubeconfig that is not YAML',
    args: () => [...policyKey(), '--apply', '--kubeconfig', f('bad-kubeconfig.yaml')],
    code: 1,
    error: /the kubeconfig cannot be read: .*\(\d+:\d+\)/,
  },
  {
    name: 'policy --apply with a missing kubeconfig',
    args: () => [...policyKey(), '--apply', '--kubeconfig', f('missing-kubeconfig')],
    code: 1,
    error: /missing-kubeconfig/,
  },
  {
    name: 'policy --apply with an unknown --context',
    args: () => [...policyKey(), '--apply', '--kubeconfig', f('kubeconfig'), '--context', 'nope'],
    code: 1,
    error: /context/,
  },
  {
    name: 'verify --record with an unknown level',
    args: () => ['verify', ...pub(), '--record', 'staging', image],
    code: 2,
    error: /--record must be development or production, not "staging"/,
  },
  {
    name: 'record-policy without --record-writer',
    args: () => ['record-policy', '--name', 'acme'],
    code: 2,
    error: /--record-writer is required: User:NAME, Group:NAME or ServiceAccount:NAMESPACE\/NAME/,
  },
  {
    name: 'record-policy with a ServiceAccount writer without its namespace',
    args: () => ['record-policy', '--name', 'acme', '--record-writer', 'ServiceAccount:ci'],
    code: 2,
    error: /--record-writer ServiceAccount takes NAMESPACE\/NAME, got "ci"/,
  },
  {
    name: 'policy --apply with a token the cluster refuses',
    args: () => [...policyKey(), '--apply', '--kubeconfig', f('wrong-kubeconfig')],
    code: 1,
    error: /CLUSTER_UNAUTHORIZED|401/,
  },
  {
    name: 'policy with --prune=maybe',
    args: () => [...policyKey(), '--apply', '--prune=maybe'],
    code: 2,
    error: /--prune takes true or false/,
  },
  {
    name: 'policy --output-dir with a bad signer',
    args: () => [
      ...policyBase(),
      '--certificate-identity-regexp',
      '.*',
      '--certificate-oidc-issuer',
      'https://i',
      '--output-dir',
      f('out-policy'),
    ],
    code: 1,
    error: /anyone|POLICY_INVALID_IDENTITY/,
  },

  // preflight
  {
    name: 'preflight without FILES',
    args: () => [...preflightBase()],
    code: 2,
    error: /give the manifest FILES or DIRS/,
  },
  {
    name: 'preflight without --policy',
    args: () => ['preflight', f('deploy.yaml')],
    code: 2,
    error: /--policy is required/,
  },
  {
    name: 'preflight with a missing --policy',
    args: () => ['preflight', '--policy', f('missing-policy.yaml'), f('deploy.yaml')],
    code: 1,
    error: /missing-policy\.yaml/,
  },
  {
    name: 'preflight with a policy that is not a policy',
    args: () => ['preflight', '--policy', f('empty.json'), f('deploy.yaml')],
    code: 1,
    error: /POLICY_INVALID_PREFLIGHT|policy/,
  },
  {
    name: 'preflight with --concurrency 0',
    args: () => [...preflightBase(), '--concurrency', '0', f('deploy.yaml')],
    code: 2,
    error: /--concurrency takes a whole number from 1/,
  },
  {
    name: 'preflight with --concurrency -1',
    args: () => [...preflightBase(), '--concurrency=-1', f('deploy.yaml')],
    code: 2,
    error: /--concurrency takes a whole number from 1/,
  },
  {
    name: 'preflight with --concurrency abc',
    args: () => [...preflightBase(), '--concurrency', 'abc', f('deploy.yaml')],
    code: 2,
    error: /--concurrency takes a whole number from 1/,
  },
  {
    name: 'preflight with --concurrency 1.5',
    args: () => [...preflightBase(), '--concurrency', '1.5', f('deploy.yaml')],
    code: 2,
    error: /--concurrency takes a whole number from 1/,
  },
  {
    name: 'preflight with --concurrency followed by a flag',
    args: () => [...preflightBase(), '--concurrency', '--help', f('deploy.yaml')],
    code: 2,
    error: /--concurrency needs a value/,
  },
  {
    name: 'preflight of a missing manifest',
    args: () => [...preflightBase(), f('missing-deploy.yaml')],
    code: 1,
    error: /missing-deploy\.yaml/,
  },
  {
    name: 'preflight of a manifest that is not YAML',
    args: () => [...preflightBase(), '--output-dir', f('out-preflight'), f('broken.yaml')],
    code: 1,
    error: /YAML|POLICY_MANIFEST_YAML/,
  },
  {
    name: 'preflight of an image no rule matches',
    args: () => [
      ...preflightBase(),
      '--output-dir',
      f('out-preflight'),
      '--report',
      f('out-report'),
      f('unmatched.yaml'),
    ],
    code: 1,
    error: /no rule of the policy matches|POLICY_NO_RULE/,
  },
  {
    name: 'preflight with a --trusted-root that is not JSON',
    args: () => [
      'preflight',
      '--policy',
      f('preflight.yaml'),
      '--trusted-root',
      f('not-json.txt'),
      f('deploy.yaml'),
    ],
    code: 2,
    error: /--trusted-root .* is not JSON/,
  },

  // build and sbom
  {
    name: 'build with an unknown --builder',
    args: () => ['build', '--builder', 'kaniko', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /--builder takes buildx, docker, buildah, none/,
  },
  {
    name: 'build with two contexts',
    args: () => ['build', '--tags', `${reg.host}/bad/app:new`, work, work],
    code: 2,
    error: /at most one CONTEXT/,
  },
  {
    name: 'build without --tags',
    args: () => ['build', '--builder', 'none', '--digest', ZERO_DIGEST],
    code: 2,
    error: /tags/,
  },
  {
    name: 'build with an invalid tag',
    args: () => ['build', '--builder', 'none', '--digest', ZERO_DIGEST, '--tags', 'Bad Tag'],
    code: 2,
    error: /tags/,
  },
  {
    name: 'build with a secret without id',
    args: () => ['build', '--tags', `${reg.host}/bad/app:new`, '--secrets', 'env=HOME'],
    code: 2,
    error: /--secret needs id=NAME/,
  },
  {
    name: 'build with a secret from an unset variable',
    args: () => ['build', '--tags', `${reg.host}/bad/app:new`, '--secrets', 'id=x,env=SIGNET_UNSET_SECRET'],
    code: 2,
    error: /SIGNET_UNSET_SECRET is not set/,
  },
  {
    name: 'build with a secret with neither env nor src',
    args: () => ['build', '--tags', `${reg.host}/bad/app:new`, '--secrets', 'id=x'],
    code: 2,
    error: /give env=VAR or src=FILE/,
  },
  {
    name: 'build with an unknown --output',
    args: () => ['build', '--tags', `${reg.host}/bad/app:new`, '--output', 'yaml'],
    code: 2,
    error: /--output takes text or json/,
  },
  {
    name: 'build with --push=maybe',
    args: () => ['build', '--tags', `${reg.host}/bad/app:new`, '--push=maybe'],
    code: 2,
    error: /--push takes true or false/,
  },
  {
    name: 'build --builder none without --digest',
    args: () => ['build', '--builder', 'none', '--tags', `${reg.host}/bad/app:new`],
    code: 1,
    error: /digest/,
  },
  {
    name: 'build --builder none with an invalid --digest',
    args: () => ['build', '--builder', 'none', '--digest', 'sha256:xyz', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /digest/,
  },
  {
    name: 'build with an invalid --platforms',
    args: () => ['build', '--tags', `${reg.host}/bad/app:new`, '--platforms', 'linux//'],
    code: 1,
    error: /platform/,
  },
  {
    name: 'sbom of an image by tag',
    args: () => ['sbom', `${reg.host}/bad/app:v1`],
    code: 2,
    error: /takes an image by digest/,
  },
  {
    name: 'sbom with an unknown --source',
    args: () => ['sbom', '--source', 'scanner', image],
    code: 2,
    error: /--source scanner: expected buildkit, file or generate/,
  },
  {
    name: 'sbom with a missing --sbom-file',
    args: () => ['sbom', '--source', 'file', '--sbom-file', f('missing-sbom.json'), image],
    code: 1,
    error: /missing-sbom\.json/,
  },

  // run
  {
    name: 'run with an unknown --build',
    args: () => ['run', '--build', 'kaniko', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /input build takes/,
  },
  {
    name: 'run with --sign=maybe',
    args: () => ['run', '--sign=maybe', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /--sign takes true or false/,
  },
  {
    name: 'run with an unknown --admission',
    args: () => [
      'run',
      '--build',
      'none',
      '--digest',
      ZERO_DIGEST,
      '--key',
      f('cosign.key'),
      '--admission',
      'gatekeeper',
      '--tags',
      `${reg.host}/bad/app:new`,
    ],
    code: 2,
    error: /input admission: "gatekeeper" is not one of/,
  },
  {
    name: 'run with an unknown --output',
    args: () => ['run', '--output', 'yaml', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /--output takes text or json/,
  },
  {
    name: 'run with two contexts',
    args: () => ['run', '--tags', `${reg.host}/bad/app:new`, work, work],
    code: 2,
    error: /at most one CONTEXT/,
  },
  {
    name: 'run --build none --sign without --digest',
    args: () => ['run', '--build', 'none', '--tags', `${reg.host}/bad/app:v1`],
    code: 2,
    error: /needs the digest input/,
  },
  {
    name: 'run with an unknown --signature-format',
    args: () => ['run', '--signature-format', 'xml', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /input signature-format takes/,
  },
  {
    name: 'run with an unknown --policy-mode',
    args: () => ['run', '--policy-mode', 'audit', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /input policy-mode takes/,
  },
  {
    name: 'run --apply without the read-back verification',
    args: () => ['run', '--verify=false', '--apply', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /apply needs verify: true: admission objects are applied only after the image they pin verified/,
  },
  {
    name: 'run --dry-run without --apply',
    args: () => ['run', '--dry-run', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /dry-run only applies to apply: set apply: true too, or drop dry-run/,
  },
  {
    name: 'run --build none with a build input it cannot use',
    args: () => [
      'run',
      '--build',
      'none',
      '--digest',
      ZERO_DIGEST,
      '--build-args',
      'VERSION=1',
      '--tags',
      `${reg.host}/bad/app:new`,
    ],
    code: 2,
    error:
      /input build-args: not used by build: none, which signs the image another step pushed .*choose a builder/,
  },
  {
    name: 'run --build none with a CONTEXT',
    args: () => [
      'run',
      '--build',
      'none',
      '--digest',
      ZERO_DIGEST,
      '--tags',
      `${reg.host}/bad/app:new`,
      work,
    ],
    code: 2,
    error: /input context: not used by build: none/,
  },
  {
    name: 'run --key with a certificate claim to require',
    args: () => [
      'run',
      ...key(),
      '--source-repository-ref',
      'refs/heads/main',
      '--tags',
      `${reg.host}/bad/app:new`,
    ],
    code: 2,
    error: /source-repository-ref: a key signature carries no certificate claims to check/,
  },
  {
    name: 'run with an unknown --sbom-source',
    args: () => ['run', '--sbom-source', 'syft', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /input sbom-source: "syft" is not one of buildkit, file, generate/,
  },
  {
    name: 'run --admission with a --trusted-root that is not JSON',
    args: () => [
      'run',
      '--build',
      'none',
      '--digest',
      image.split('@')[1]!,
      ...key(),
      '--tlog-upload=false',
      '--verify=false',
      '--attest-sbom=false',
      '--attest-provenance=false',
      '--admission',
      'kyverno',
      '--trusted-root',
      f('not-json.txt'),
      '--tags',
      `${reg.host}/bad/app:v1`,
    ],
    code: 2,
    error: /input trusted-root: .*not-json\.txt is not JSON/,
  },
  {
    name: 'run --vsa-on-failure without --vsa',
    args: () => ['run', '--vsa-on-failure', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /vsa-on-failure needs vsa: true/,
  },
  {
    name: 'run --build none --push=false',
    args: () => ['run', '--build', 'none', '--push=false', '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /has nothing to do/,
  },
  {
    name: 'run with a token argument that is not a JWT',
    args: () => ['run', '--identity-token', SECRET.tokenArgument, '--tags', `${reg.host}/bad/app:new`],
    code: 2,
    error: /neither a JWT nor a readable file/,
  },
  {
    name: 'run with a missing --key-password-file',
    args: () => [
      'run',
      '--key',
      f('cosign.key'),
      '--key-password-file',
      f('missing-password'),
      '--tags',
      `${reg.host}/bad/app:new`,
    ],
    code: 2,
    error: /--key-password-file .* cannot be read/,
  },
  {
    name: 'run keyless with an expired token (build none, by digest)',
    args: () => [
      'run',
      '--build',
      'none',
      '--digest',
      image.split('@')[1]!,
      '--attest-sbom=false',
      '--attest-provenance=false',
      '--tags',
      `${reg.host}/bad/app:v1`,
    ],
    code: 1,
    error: /identity token expired/,
  },

  // generate-key-pair and public-key
  {
    name: 'generate-key-pair in CI without COSIGN_PASSWORD',
    args: () => ['generate-key-pair', '--output-key-prefix', f('out-new')],
    code: 2,
    error: /set COSIGN_PASSWORD/,
    env: () => ({ COSIGN_PASSWORD: undefined }),
  },
  {
    name: 'generate-key-pair with an argument',
    args: () => ['generate-key-pair', 'gitlab://acme/app'],
    code: 2,
    error: /writing keys to GitLab is not supported/,
  },
  {
    name: 'generate-key-pair over an existing key',
    args: () => ['generate-key-pair', '--output-key-prefix', 'cosign'],
    code: 2,
    error: /cosign\.key already exists/,
  },
  { name: 'public-key without --key', args: () => ['public-key'], code: 2, error: /--key is required/ },
  {
    name: 'public-key with a missing key file',
    args: () => ['public-key', '--key', f('missing.key')],
    code: 1,
    error: /missing\.key/,
  },
  {
    name: 'public-key with the wrong password',
    args: () => ['public-key', ...key()],
    code: 1,
    error: /password/i,
    env: () => ({ COSIGN_PASSWORD: SECRET.wrongKeyPassword }),
  },
  {
    name: 'public-key with a --key-password-file holding the wrong password',
    args: () => ['public-key', ...key(), '--key-password-file', f('wrong-password')],
    code: 1,
    error: /password/i,
  },
  {
    name: 'public-key with --key env:// of an unset variable',
    args: () => ['public-key', '--key', 'env://SIGNET_UNSET_KEY'],
    code: 1,
    error: /SIGNET_UNSET_KEY/,
  },
  {
    name: 'public-key with a gitlab:// key and no GITLAB_TOKEN',
    args: () => ['public-key', '--key', 'gitlab://acme/app'],
    code: 1,
    error: /GITLAB_TOKEN/,
    env: () => ({ GITLAB_TOKEN: undefined }),
  },
  {
    name: 'public-key with a gitlab:// key and an unreachable GitLab',
    args: () => ['public-key', '--key', 'gitlab://acme/app'],
    code: 1,
    error: /gitlab:\/\/acme\/app/,
    env: () => ({ GITLAB_HOST: 'http://127.0.0.1:9' }),
  },
  {
    name: 'public-key with an argument',
    args: () => ['public-key', ...key(), 'extra'],
    code: 2,
    error: /takes no arguments/,
  },
  {
    name: 'public-key with --outfile followed by a flag',
    args: () => ['public-key', ...key(), '--outfile', '--help'],
    code: 2,
    error: /--outfile needs a value/,
  },

  // triangulate
  {
    name: 'triangulate without IMAGE',
    args: () => ['triangulate'],
    code: 2,
    error: /takes one IMAGE, got 0/,
  },
  {
    name: 'triangulate with an unknown --output',
    args: () => ['triangulate', '--output', 'yaml', image],
    code: 2,
    error: /--output takes text or json/,
  },
  {
    name: 'triangulate with an invalid reference',
    args: () => ['triangulate', 'UPPER/Case::bad'],
    code: 1,
    error: /reference/i,
  },
  {
    name: 'triangulate with an invalid --signature-repository',
    args: () => ['triangulate', '--signature-repository', 'Bad Repo', image],
    code: 1,
    error: /reference/i,
  },
  {
    name: 'triangulate with a wrong registry password',
    args: () => ['triangulate', image],
    code: 1,
    error: /REGISTRY_UNAUTHORIZED|credentials/,
    env: () => ({ SIGNET_REGISTRY_PASSWORD: SECRET.wrongKeyPassword }),
  },
];

/** Every object of the kinds Signet writes, as the API server's admin lists them. */
async function signetObjects(): Promise<string[]> {
  const out: string[] = [];
  for (const path of [
    '/apis/policy.sigstore.dev/v1alpha1/clusterimagepolicies',
    '/apis/policy.sigstore.dev/v1alpha1/trustroots',
    '/apis/kyverno.io/v1/clusterpolicies',
    '/apis/kyverno.io/v2/policyexceptions',
    '/apis/policies.kyverno.io/v1/imagevalidatingpolicies',
    '/apis/policies.kyverno.io/v1/policyexceptions',
  ]) {
    const r = await kube.request('admin', 'GET', path);
    if (r.status !== 200) throw new Error(`listing ${path}: ${r.status}`);
    out.push(...r.body.items.map((i: { metadata: { name: string } }) => `${path} ${i.metadata.name}`));
  }
  return out;
}

beforeAll(async () => {
  // A real API server; the planted token is the least-privilege identity of the README's ClusterRole.
  bed = await startBed({ registries: ['basic'], kube: { tokens: { signet: SECRET.kubeToken }, crds: true } });
  reg = bed.registries.basic!;
  work = mkdtempSync(join(bed.dir, 'bad-input-'));
  kube = bed.kube!;
  const role = readmeClusterRole();
  await kube.applyAll([
    role,
    bindClusterRole('signet-apply', role.metadata.name, { kind: 'User', name: 'signet' }),
  ]);
  image = await pushImage(reg);

  // A cosign key pair encrypted with the planted password, made by the CLI itself.
  const made = await signetFromSource(['generate-key-pair'], {
    cwd: work,
    env: { COSIGN_PASSWORD: SECRET.keyPassword, HOME: work },
  });
  if (made.code !== 0) throw new Error(`generate-key-pair failed: ${made.stderr}`);
  const files: Record<string, string> = {
    'blob.txt': 'a blob\n',
    'garbage.pub': 'not a key\n',
    'not-json.txt': 'this is { not json\n',
    'empty.json': '{}\n',
    'predicate.json': '{"bomFormat":"CycloneDX"}\n',
    'trusted_root.json': '{}\n',
    token: `${EXPIRED_TOKEN}\n`,
    'registry-password': `${reg.password}\n`,
    'wrong-password': `${SECRET.wrongKeyPassword}\n`,
    kubeconfig: kube.kubeconfig('signet'),
    'wrong-kubeconfig': kube.kubeconfig('signet', SECRET.wrongKubeToken),
    // A kubeconfig holding a token whose YAML breaks on the line after it.
    'bad-kubeconfig.yaml': `apiVersion: v1\nusers:\n- name: u\n  user:\n    token: ${SECRET.kubeToken}\n   bad: indent\n`,
    'preflight.yaml': [
      'rules:',
      `  - images: ["${reg.host}/bad/**"]`,
      '    signers:',
      '      - publicKey: |',
      ...readFileSync(f('cosign.pub'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => `          ${l}`),
      '',
    ].join('\n'),
    'deploy.yaml': `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: ${image}\n`,
    'unmatched.yaml':
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: elsewhere.example/x/y:1\n',
    'broken.yaml': 'apiVersion: v1\nkind: Pod\n  metadata: [\n',
    // subject-checksums files: a line that is not sha256sum's, one name twice, and 1,025 subjects
    'bad-checksums.txt': `${'a'.repeat(64)}  ok.tar.gz\nabc  app.tar.gz\n`,
    'twice-checksums.txt': `${'a'.repeat(64)}  app.tar.gz\n${'b'.repeat(64)}  app.tar.gz\n`,
    'many-checksums.txt': Array.from(
      { length: 1025 },
      (_, i) => `${i.toString(16).padStart(64, '0')}  file-${i}.bin\n`,
    ).join(''),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(f(name), text);
  mkdirSync(f('home'), { recursive: true });

  secrets = [
    ...Object.values(SECRET),
    reg.password!,
    Buffer.from(`${reg.username}:${reg.password}`).toString('base64'),
    EXPIRED_TOKEN,
    EXPIRED_TOKEN.split('.')[1]!,
    WRONG_AUDIENCE_TOKEN.split('.')[1]!,
    'planted-EXPIRED-sub-1e4d',
    'planted-AUDIENCE-sub-7c9a',
  ];
  storageBefore.push(...listTree(reg.storageDir));
  if ((await signetObjects()).length !== 0)
    throw new Error('the API server held Signet objects before the table ran');

  // Run the rows, three at a time (the machine is shared).
  const queue = [...ROWS];
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      const env: Record<string, string | undefined> = {
        HOME: f('home'),
        SIGNET_REGISTRY_USERNAME: reg.username,
        SIGNET_REGISTRY_PASSWORD: reg.password,
        COSIGN_PASSWORD: SECRET.keyPassword,
        SIGSTORE_ID_TOKEN: EXPIRED_TOKEN,
        GITHUB_TOKEN: SECRET.githubToken,
        GITLAB_TOKEN: SECRET.gitlabToken,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: SECRET.idRequestToken,
        KUBECONFIG: f('kubeconfig'),
        TUF_ROOT: f('tuf'),
        // No row may reach public-good's TUF repository: a mirror with no root of trust fails locally.
        SIGNET_TUF_URL: 'http://127.0.0.1:9',
        ...row.env?.(),
      };
      results.set(row.name, await signetFromSource(row.args(), { env, cwd: work, timeoutMs: 120_000 }));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}, 900_000);

afterAll(async () => {
  if (process.env.SIGNET_BAD_INPUT_DUMP)
    writeFileSync(process.env.SIGNET_BAD_INPUT_DUMP, JSON.stringify(Object.fromEntries(results), null, 1));
  await bed?.stop();
});

describe('the bad-input table', () => {
  it('has at least 100 rows covering every command', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });

  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const r = results.get(row.name)!;
    // Warnings aside, and for `signet run` its stage progress lines ("signet build: none → bad/app").
    const errors = r.stderr
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('warning: '))
      .filter((l) => !(row.args()[0] === 'run' && STAGE_LINE.test(l)));
    expect({ code: r.code, errors }).toEqual({
      code: row.code,
      errors: [expect.stringMatching(/^signet( [a-z-]+)?: /)],
    });
    expect(errors[0]).toMatch(row.error);
    if (row.code === 1) expect(errors[0]).toMatch(/\[[A-Z][A-Z0-9_]+\]$/);
    const leaked = secrets.filter((s) => r.stdout.includes(s) || r.stderr.includes(s));
    expect(leaked).toEqual([]);
  });

  it('wrote nothing to the registry, the cluster or an output folder', async () => {
    expect(listTree(reg.storageDir)).toEqual(storageBefore);
    expect(await signetObjects()).toEqual([]);
    for (const out of ['out-policy', 'out-preflight', 'out-blob.json', 'out-new.key'])
      expect(existsSync(f(out))).toBe(false);
    // No attest-blob row left a bundle anywhere (beside a file or in the working folder).
    expect(
      readdirSync(work, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.sigstore.json')),
    ).toEqual([]);
    // A report the user asked for is written, and says what happened: not ok.
    expect(JSON.parse(readFileSync(f('out-report.json'), 'utf8'))).toMatchObject({ ok: false });
  });
});
