export const id = 1586;
export const ids = [1586];
export const modules = {

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
