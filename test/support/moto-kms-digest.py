"""A FAULT-CORRECTING STAND-IN around moto's server (PyPI moto[server] 5.2.5) for AWS KMS.

moto implements KMS with real keys, but its Sign and Verify ignore MessageType=DIGEST and hash the
message again (moto/kms/models.py: "The MessageType-parameter DIGEST is not yet implemented"). cosign
(sigstore/sigstore pkg/signature/kms/aws) and Signet both send DIGEST, as AWS KMS documents. This
wrapper makes moto sign and verify a DIGEST message as the digest itself (cryptography's Prehashed),
then runs moto's own server unchanged (`moto_server` arguments: -H HOST -p PORT --ssl-cert … --ssl-key …).
Nothing else is changed.
"""
import contextvars
import sys

from cryptography.hazmat.primitives.asymmetric import ec, utils
from moto.kms import responses as kms_responses
from moto.kms import utils as kms_utils
from moto.server import main

_digest = contextvars.ContextVar("signet_kms_digest", default=False)
_HASHES = {"ECDSA_SHA_256": "SHA256", "ECDSA_SHA_384": "SHA384", "ECDSA_SHA_512": "SHA512"}


def _with_digest_flag(handler):
    def wrapped(self):
        token = _digest.set(self._get_param("MessageType") == "DIGEST")
        try:
            return handler(self)
        finally:
            _digest.reset(token)

    return wrapped


kms_responses.KmsResponse.sign = _with_digest_flag(kms_responses.KmsResponse.sign)
kms_responses.KmsResponse.verify = _with_digest_flag(kms_responses.KmsResponse.verify)

_ecdsa_sign = kms_utils.ECDSAPrivateKey.sign
_ecdsa_verify = kms_utils.ECDSAPrivateKey.verify


def _prehashed(signing_algorithm):
    from cryptography.hazmat.primitives import hashes

    return ec.ECDSA(utils.Prehashed(getattr(hashes, _HASHES[signing_algorithm])()))


def ecdsa_sign(self, message, signing_algorithm):
    if not _digest.get():
        return _ecdsa_sign(self, message, signing_algorithm)
    kms_utils.validate_signing_algorithm(signing_algorithm, self.valid_signing_algorithms)
    return self.private_key.sign(message, _prehashed(signing_algorithm))


def ecdsa_verify(self, message, signature, signing_algorithm):
    if not _digest.get():
        return _ecdsa_verify(self, message, signature, signing_algorithm)
    kms_utils.validate_signing_algorithm(signing_algorithm, self.valid_signing_algorithms)
    try:
        self.private_key.public_key().verify(signature, message, _prehashed(signing_algorithm))
        return True
    except Exception:  # cryptography's InvalidSignature
        return False


kms_utils.ECDSAPrivateKey.sign = ecdsa_sign
kms_utils.ECDSAPrivateKey.verify = ecdsa_verify

if __name__ == "__main__":
    main(sys.argv[1:])
