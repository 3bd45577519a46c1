export const id = 372;
export const ids = [372,1586];
export const modules = {

/***/ 20372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KmsSigner: () => (/* binding */ KmsSigner)
/* harmony export */ });
/* harmony import */ var _key_signer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10774);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53776);
/* harmony import */ var _kms_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21586);



/** Signs through a KmsKey (Vault transit, AWS KMS, GCP KMS, Azure Key Vault). */
class KmsSigner {
    #kms;
    #publicKey;
    #algorithm;
    /** The public key as cosign.pub text. */
    publicKeyPem;
    #hint;
    constructor(kms, publicKey) {
        this.#kms = kms;
        this.#publicKey = publicKey;
        this.#algorithm = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .signingAlgorithmOf */ .I3)(publicKey, kms.uri);
        this.publicKeyPem = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyPem */ .rY)(publicKey);
        this.#hint = (0,_key_signer_js__WEBPACK_IMPORTED_MODULE_0__/* .publicKeyHint */ .y)(publicKey);
    }
    /** Fetches the key's public key (failing early on a missing, disabled or unusable key). */
    static async open(kms) {
        return new KmsSigner(kms, await kms.publicKey());
    }
    async sign(data) {
        const signature = await this.#kms.sign(data, this.#algorithm);
        if (!(0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyWithKey */ .YQ)(this.#publicKey, data, signature)) {
            throw new _kms_index_js__WEBPACK_IMPORTED_MODULE_2__.KmsError('KMS_BAD_SIGNATURE', `${this.#kms.uri}: the KMS returned a signature that does not verify under the key's public key: check that the URI names the key you expect`);
        }
        return {
            signature,
            key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.#hint },
        };
    }
}


/***/ }),

/***/ 21586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KMS_SCHEMES: () => (/* reexport safe */ _kms_ref_js__WEBPACK_IMPORTED_MODULE_1__.dY),
/* harmony export */   KmsError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.M),
/* harmony export */   isKmsUri: () => (/* reexport safe */ _kms_ref_js__WEBPACK_IMPORTED_MODULE_1__.cp),
/* harmony export */   isPkcs11Uri: () => (/* reexport safe */ _pkcs11_ref_js__WEBPACK_IMPORTED_MODULE_3__.Sd),
/* harmony export */   openKmsKey: () => (/* reexport safe */ _open_kms_key_js__WEBPACK_IMPORTED_MODULE_2__.T),
/* harmony export */   parseKmsRef: () => (/* reexport safe */ _kms_ref_js__WEBPACK_IMPORTED_MODULE_1__.Ii),
/* harmony export */   parsePkcs11Ref: () => (/* reexport safe */ _pkcs11_ref_js__WEBPACK_IMPORTED_MODULE_3__.GL)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57191);
/* harmony import */ var _kms_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92899);
/* harmony import */ var _open_kms_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57694);
/* harmony import */ var _pkcs11_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85821);
// Keys held in a KMS (cosign's hashivault://, openbao://, awskms://, gcpkms://, azurekms:// URIs):
// parse the URI, open the provider's key, sign through it. I/O comes in through KmsDeps from src/ci.






/***/ })

};
