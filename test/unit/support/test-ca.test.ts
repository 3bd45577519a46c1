// The test CA maker: what it issues works where the bed uses it (a TLS server on loopback trusted
// through the CA alone, a client certificate, an intermediate that chains to the root).
import { X509Certificate } from 'node:crypto';
import { request, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { TestCa } from '../../support/test-ca.ts';

describe('TestCa', () => {
  it('issues a loopback server certificate that a client trusting only the CA accepts', async () => {
    const ca = await TestCa.create({ name: 'CN=signet test CA' });
    const server = await ca.issue({ subject: 'CN=localhost', serverHosts: ['127.0.0.1', 'localhost'] });
    const https = createServer({ cert: server.certPem, key: server.keyPem }, (_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = https.address() as AddressInfo;
      const body = await new Promise<string>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, ca: ca.certPem, path: '/' }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve(text));
        });
        req.on('error', reject);
        req.end();
      });
      expect(body).toBe('ok');
      // A client trusting another CA refuses it.
      const other = await TestCa.create({ name: 'CN=another CA' });
      await expect(
        new Promise((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port, ca: other.certPem, path: '/' }, resolve);
          req.on('error', reject);
          req.end();
        }),
      ).rejects.toThrow();
    } finally {
      await new Promise((resolve) => https.close(resolve));
    }
  });

  it('issues client certificates and code-signing intermediates that chain to the root', async () => {
    const ca = await TestCa.create({ name: 'O=signet-bed, CN=root', pathLength: 1 });
    const root = new X509Certificate(ca.certPem);
    const client = new X509Certificate(
      (await ca.issue({ subject: 'O=signet-certs, CN=signet-cert', clientAuth: true })).certPem,
    );
    expect(client.subject).toBe('O=signet-certs\nCN=signet-cert');
    expect(client.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
    expect(client.verify(root.publicKey)).toBe(true);
    const inter = new X509Certificate(
      (await ca.issue({ subject: 'CN=inter', intermediate: { codeSigning: true } })).certPem,
    );
    expect(inter.ca).toBe(true);
    expect(inter.keyUsage).toEqual(['1.3.6.1.5.5.7.3.3']);
    expect(inter.checkIssued(root)).toBe(true);
    expect(inter.verify(root.publicKey)).toBe(true);
  });
});
