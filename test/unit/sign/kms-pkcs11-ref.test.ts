// pkcs11: key URIs (RFC 7512) as cosign reads them (pkg/cosign/pkcs11key/util.go), and what Signet refuses.
import { KmsError } from '../../../src/sign/kms/errors.ts';
import { parsePkcs11Ref, redactPkcs11Uri } from '../../../src/sign/kms/pkcs11-ref.ts';
import { parseKeyRef } from '../../../src/sign/keys/key-ref.ts';

const MODULE = '/usr/lib/softhsm/libsofthsm2.so';

describe('parsePkcs11Ref', () => {
  it("reads cosign's syntax: token and object in the path, module-path and pin-value in the query", () => {
    const ref = parsePkcs11Ref(`pkcs11:token=signet;object=release?module-path=${MODULE}&pin-value=1234`);
    expect(ref).toEqual({
      provider: 'pkcs11',
      uri: `pkcs11:token=signet;object=release?module-path=${MODULE}&pin-value=***`,
      token: 'signet',
      object: 'release',
      modulePath: MODULE,
      pin: '1234',
    });
  });

  it('reads slot-id, a percent-encoded id of raw bytes, and the narrowing token attributes', () => {
    const ref = parsePkcs11Ref(
      'pkcs11:slot-id=7;id=%01%ff%20a;serial=abc;manufacturer=SoftHSM%20project;model=SoftHSM%20v2;type=private',
    );
    expect(ref.slotId).toBe(7);
    expect(ref.id).toEqual(Buffer.from([0x01, 0xff, 0x20, 0x61]));
    expect(ref.serial).toBe('abc');
    expect(ref.manufacturer).toBe('SoftHSM project');
    expect(ref.model).toBe('SoftHSM v2');
    expect(ref.modulePath).toBeUndefined();
    expect(ref.pin).toBeUndefined();
  });

  it('decodes labels as cosign does (percent-encoding, + as a space) and accepts & between path attributes', () => {
    const ref = parsePkcs11Ref('pkcs11:token=my%20token&object=a+b');
    expect(ref.token).toBe('my token');
    expect(ref.object).toBe('a b');
  });

  it.each([
    ['pkcs11:object=k', /names no token: give token= or slot-id=/],
    ['pkcs11:token=t', /names no key: give object= or id=/],
    ['pkcs11:token=t;object=k;object=j', /gives object twice/],
    ['pkcs11:token=t;objet=k', /has path attribute "objet", which RFC 7512 does not define there/],
    ['pkcs11:token=t;object=k?module=/x.so', /has query attribute "module"/],
    ['pkcs11:slot-id=one;object=k', /has slot-id "one", not a decimal number/],
    ['pkcs11:token=t;object=k?module-path=lib.so', /has module-path "lib.so", not an absolute path/],
    ['pkcs11:token=t;object=k?pin-source=/etc/pin', /uses pin-source, which Signet does not read/],
    [
      'pkcs11:token=t;object=k?module-name=softhsm2',
      /uses module-name: name the module file with module-path=/,
    ],
    ['pkcs11:token=t;object=%zz', /malformed percent-encoding in object/],
    ['pkcs11:token=t;object=%ff', /object that is not percent-encoded UTF-8/],
    ['pkcs11:token=t;object=k;type=cert', /has type=cert: a signing key is type=private/],
  ])('refuses %j with KMS_INVALID_REF naming the syntax', (input, message) => {
    let err: unknown;
    try {
      parsePkcs11Ref(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KmsError);
    expect((err as KmsError).code).toBe('KMS_INVALID_REF');
    expect((err as KmsError).message).toMatch(message);
    expect((err as KmsError).message).toMatch(
      /: use pkcs11:token=TOKEN_LABEL;object=KEY_LABEL\?module-path=/,
    );
    expect((err as KmsError).message).not.toContain('\n');
  });

  it('never puts the PIN in a message', () => {
    let message = '';
    try {
      parsePkcs11Ref('pkcs11:token=t;objet=k?pin-value=s3cret&module-path=/m.so');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('pin-value=***');
    expect(message).not.toContain('s3cret');
    expect(redactPkcs11Uri('pkcs11:token=t;object=k?pin-value=a%20b;module-path=/m')).toBe(
      'pkcs11:token=t;object=k?pin-value=***;module-path=/m',
    );
  });
});

describe('parseKeyRef with pkcs11:', () => {
  it('is a KMS-held key', () => {
    const ref = parseKeyRef(`pkcs11:token=signet;object=k?module-path=${MODULE}`);
    expect(ref).toEqual({
      kind: 'kms',
      kms: expect.objectContaining({ provider: 'pkcs11', token: 'signet', object: 'k', modulePath: MODULE }),
    });
  });

  it('turns a malformed URI into KEY_INVALID_REF', () => {
    expect(() => parseKeyRef('pkcs11:token=signet')).toThrow(
      expect.objectContaining({ code: 'KEY_INVALID_REF' }) as Error,
    );
  });
});
