// cosign's KMS key URIs, parsed with the syntax of sigstore/sigstore's providers
// (pkg/signature/kms/{hashivault,aws,gcp,azure}/client.go), so a URI cosign takes Signet takes, and one
// cosign refuses Signet refuses:
//   hashivault://KEY (also openbao://KEY)          KEY: \w([\w.-]*\w)?, a transit key name
//   awskms://[ENDPOINT]/KEY_ID | ARN | alias/NAME  awskms:///alias/release, awskms://localhost:4566/…
//   gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/N]
//   azurekms://VAULT.vault.azure.net/KEY[/VERSION]
// Parsing is pure; the providers (hashivault.ts, awskms.ts, gcpkms.ts, azurekms.ts) do the I/O.
import { KmsError } from './errors.ts';
import type { Pkcs11Ref } from './pkcs11-ref.ts';

/** A key held in a KMS (or on a PKCS#11 token), as its URI names it. `uri` is the URI as the user typed it, for messages. */
export type KmsRef =
  | { provider: 'hashivault'; uri: string; key: string }
  | { provider: 'awskms'; uri: string; endpoint: string; keyId: string; alias?: string; region?: string }
  | { provider: 'gcpkms'; uri: string; cryptoKey: string; version?: string }
  | { provider: 'azurekms'; uri: string; vaultHost: string; key: string; version?: string }
  | Pkcs11Ref;

/** The schemes cosign reads as KMS keys. */
export const KMS_SCHEMES = ['hashivault', 'openbao', 'awskms', 'gcpkms', 'azurekms'] as const;

const HASHIVAULT = /^(?:hashivault|openbao):\/\/(\w(?:[\w.-]*\w)?)$/;
const UUID = String.raw`m?r?k?-?[A-Fa-f0-9]{8}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{12}`;
const ARN = String.raw`arn:(?:aws|aws-us-gov|aws-cn):kms:([a-z0-9-]+):\d{12}:`;
const AWS_KEY_ID = new RegExp(`^awskms://([^/]*)/(${UUID})$`);
const AWS_KEY_ARN = new RegExp(`^awskms://([^/]*)/(${ARN}key/${UUID})$`);
const AWS_ALIAS = /^awskms:\/\/([^/]*)\/(alias\/[A-Za-z0-9/_-]+)$/;
const AWS_ALIAS_ARN = new RegExp(`^awskms://([^/]*)/(${ARN}(alias/[A-Za-z0-9/_-]+))$`);
const GCP =
  /^gcpkms:\/\/(projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+)(?:\/(?:cryptoKeyVersions|versions)\/([^/]+))?$/;
const AZURE = /^azurekms:\/\/([^/]+)\/([^/]+)(?:\/([a-z0-9]*))?$/;
// An endpoint is a host with an optional port: no credentials, path, query or spaces.
const ENDPOINT = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
const GCP_SEGMENT = /^[A-Za-z0-9_.-]+$/;
const AZURE_HOST = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::[0-9]{1,5})?$/;
const AZURE_KEY = /^[A-Za-z0-9-]+$/;

/** Whether `input` uses one of cosign's KMS schemes (it may still be malformed). */
export function isKmsUri(input: string): boolean {
  const scheme = /^([a-z]+):\/\//.exec(input)?.[1];
  return scheme !== undefined && (KMS_SCHEMES as readonly string[]).includes(scheme);
}

/** Parses a KMS key URI; throws KMS_INVALID_REF with the provider's syntax as the fix. */
export function parseKmsRef(uri: string): KmsRef {
  const scheme = uri.slice(0, uri.indexOf('://'));
  const invalid = (syntax: string, why = 'is not a valid key URI') =>
    new KmsError('KMS_INVALID_REF', `${JSON.stringify(uri)} ${why}: use ${syntax}`);
  switch (scheme) {
    case 'hashivault':
    case 'openbao': {
      const m = HASHIVAULT.exec(uri);
      if (!m) {
        throw invalid(
          `${scheme}://KEY_NAME (a transit key name: letters, digits, _, - and ., not starting or ending with - or .)`,
        );
      }
      return { provider: 'hashivault', uri, key: m[1]! };
    }
    case 'awskms': {
      const syntax =
        'awskms:///KEY_ID, awskms:///alias/NAME, awskms:///arn:aws:kms:REGION:ACCOUNT:key/KEY_ID or awskms://HOST:PORT/… for another endpoint';
      for (const re of [AWS_KEY_ID, AWS_KEY_ARN, AWS_ALIAS, AWS_ALIAS_ARN]) {
        const m = re.exec(uri);
        if (!m) continue;
        const endpoint = m[1]!;
        if (endpoint !== '' && !ENDPOINT.test(endpoint)) {
          throw invalid(syntax, `names endpoint ${JSON.stringify(endpoint)}, not HOST[:PORT]`);
        }
        const keyId = m[2]!;
        const region = re === AWS_KEY_ARN || re === AWS_ALIAS_ARN ? m[3] : undefined;
        const alias = re === AWS_ALIAS ? keyId : re === AWS_ALIAS_ARN ? m[4] : undefined;
        return {
          provider: 'awskms',
          uri,
          endpoint,
          keyId,
          ...(alias !== undefined && { alias }),
          ...(region !== undefined && { region }),
        };
      }
      throw invalid(syntax);
    }
    case 'gcpkms': {
      const syntax =
        'gcpkms://projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY[/cryptoKeyVersions/N]';
      const m = GCP.exec(uri);
      if (!m) throw invalid(syntax);
      const parts = m[1]!.split('/').filter((_, i) => i % 2 === 1);
      if (parts.some((p) => !GCP_SEGMENT.test(p)) || (m[2] !== undefined && !/^[1-9][0-9]*$/.test(m[2]))) {
        throw invalid(syntax, 'has a name or version GCP KMS does not allow');
      }
      return { provider: 'gcpkms', uri, cryptoKey: m[1]!, ...(m[2] !== undefined && { version: m[2] }) };
    }
    case 'azurekms': {
      const syntax = 'azurekms://VAULT_NAME.vault.azure.net/KEY_NAME[/VERSION]';
      const m = AZURE.exec(uri);
      if (!m || !AZURE_HOST.test(m[1]!) || !AZURE_KEY.test(m[2]!)) throw invalid(syntax);
      return {
        provider: 'azurekms',
        uri,
        vaultHost: m[1]!,
        key: m[2]!,
        ...(m[3] && { version: m[3] }),
      };
    }
    default:
      throw new KmsError('KMS_INVALID_REF', `${JSON.stringify(uri)} is not a KMS key URI`);
  }
}
