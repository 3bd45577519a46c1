// Throw-away certificate authorities for the test bed and the stand-ins: a self-signed root, and the
// certificates it issues (TLS servers on loopback, client certificates, intermediate CAs such as
// Fulcio's file CA), made in-process with @peculiar/x509; every key is a P-256 KeyObject, so callers
// write PEM files or hand keys on as they need. The one CA maker of test/ (KMS stand-ins, the
// Kubernetes bed, the issuer proxy, the real Sigstore bed).
import { generateKeyPairSync, randomBytes, webcrypto, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import 'reflect-metadata'; // @peculiar/x509's dependency injection needs it loaded first
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 24 * 3600_000;

/** A certificate and its private key. */
export interface IssuedCert {
  certPem: string;
  certDer: Buffer;
  key: KeyObject;
  /** The private key, PKCS#8 PEM. */
  keyPem: string;
}

/** What to issue: a subject and what the certificate is for. */
export interface IssueOptions {
  /** RFC 4514 name, e.g. `CN=localhost` or `O=signet-certs, CN=signet-cert`. */
  subject: string | x509.JsonName;
  /** A TLS server certificate for these host names and IP addresses (the first DNS name is fine as CN). */
  serverHosts?: string[];
  /** A TLS client certificate. */
  clientAuth?: boolean;
  /** An intermediate CA (path length 0), with the code-signing EKU Fulcio's file CA requires. */
  intermediate?: { codeSigning?: boolean };
}

/** Validity of a CA and what it issues. */
export interface CaOptions {
  /** RFC 4514 name of the root. */
  name: string | x509.JsonName;
  /** Path length of the root (default 0: it issues leaves only). */
  pathLength?: number;
  /** Default a minute ago. */
  notBefore?: Date;
  /** Default two days. */
  days?: number;
}

const newKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const webPublic = (key: KeyObject) =>
  webcrypto.subtle.importKey('spki', key.export({ format: 'der', type: 'spki' }), ALG, true, ['verify']);
const webPrivate = (key: KeyObject) =>
  webcrypto.subtle.importKey('pkcs8', key.export({ format: 'der', type: 'pkcs8' }), ALG, true, ['sign']);
const serial = () => `01${randomBytes(8).toString('hex')}`;
const pem = (cert: x509.X509Certificate) => `${cert.toString('pem')}\n`;
const keyPem = (key: KeyObject) => key.export({ format: 'pem', type: 'pkcs8' }).toString();

/** A self-signed root that issues certificates. */
export class TestCa {
  readonly certPem: string;
  readonly certDer: Buffer;
  readonly key: KeyObject;
  readonly keyPem: string;
  private readonly cert: x509.X509Certificate;
  private readonly notBefore: Date;
  private readonly notAfter: Date;

  private constructor(cert: x509.X509Certificate, key: KeyObject, notBefore: Date, notAfter: Date) {
    this.cert = cert;
    this.key = key;
    this.certPem = pem(cert);
    this.certDer = Buffer.from(cert.rawData);
    this.keyPem = keyPem(key);
    this.notBefore = notBefore;
    this.notAfter = notAfter;
  }

  /** Makes a root CA. */
  static async create(opts: CaOptions): Promise<TestCa> {
    const notBefore = opts.notBefore ?? new Date(Date.now() - 60_000);
    const notAfter = new Date(notBefore.getTime() + (opts.days ?? 2) * DAY);
    const keys = newKey();
    const publicKey = await webPublic(keys.publicKey);
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: serial(),
      name: opts.name,
      notBefore,
      notAfter,
      keys: { publicKey, privateKey: await webPrivate(keys.privateKey) },
      signingAlgorithm: ALG,
      extensions: [
        new x509.BasicConstraintsExtension(true, opts.pathLength ?? 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(publicKey),
      ],
    });
    return new TestCa(cert, keys.privateKey, notBefore, notAfter);
  }

  /** Issues a certificate for a new key. */
  async issue(opts: IssueOptions): Promise<IssuedCert> {
    const keys = newKey();
    const publicKey = await webPublic(keys.publicKey);
    const extensions: x509.Extension[] = [
      await x509.SubjectKeyIdentifierExtension.create(publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(this.cert),
    ];
    if (opts.intermediate) {
      extensions.push(
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      );
      if (opts.intermediate.codeSigning)
        extensions.push(new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning]));
    } else {
      extensions.push(
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      );
      const usages = [
        ...(opts.serverHosts ? [x509.ExtendedKeyUsage.serverAuth] : []),
        ...(opts.clientAuth ? [x509.ExtendedKeyUsage.clientAuth] : []),
      ];
      if (usages.length > 0) extensions.push(new x509.ExtendedKeyUsageExtension(usages));
      if (opts.serverHosts) {
        extensions.push(
          new x509.SubjectAlternativeNameExtension(
            opts.serverHosts.map((h) => ({ type: isIP(h) ? ('ip' as const) : ('dns' as const), value: h })),
          ),
        );
      }
    }
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: serial(),
      subject: opts.subject,
      issuer: this.cert.subject,
      notBefore: this.notBefore,
      notAfter: this.notAfter,
      publicKey,
      signingKey: await webPrivate(this.key),
      signingAlgorithm: ALG,
      extensions,
    });
    return {
      certPem: pem(cert),
      certDer: Buffer.from(cert.rawData),
      key: keys.privateKey,
      keyPem: keyPem(keys.privateKey),
    };
  }
}
