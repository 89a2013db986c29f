// OpenSSL (and zlib, for reading compressed PDF cross-reference streams) for Swift.
// Swift cannot import function-like macros or variadic functions: the static inline
// wrappers below stand in for the ones ArchivistSigning needs.
#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/x509_vfy.h>
#include <openssl/cms.h>
#include <openssl/ts.h>
#include <openssl/rand.h>
#include <openssl/objects.h>
#include <zlib.h>

static inline long archivist_BIO_get_mem_data(BIO *bio, char **data) {
    return BIO_get_mem_data(bio, data);
}

static inline void archivist_OPENSSL_free(void *pointer) { OPENSSL_free(pointer); }

static inline STACK_OF(X509) *archivist_sk_X509_new_null(void) { return sk_X509_new_null(); }
static inline int archivist_sk_X509_num(const STACK_OF(X509) *stack) { return sk_X509_num(stack); }
static inline X509 *archivist_sk_X509_value(const STACK_OF(X509) *stack, int index) {
    return sk_X509_value(stack, index);
}
static inline int archivist_sk_X509_push(STACK_OF(X509) *stack, X509 *certificate) {
    return sk_X509_push(stack, certificate);
}
/// Frees the stack and drops one reference of each certificate in it.
static inline void archivist_sk_X509_pop_free(STACK_OF(X509) *stack) { sk_X509_pop_free(stack, X509_free); }
/// Frees the stack only; the certificates stay owned elsewhere.
static inline void archivist_sk_X509_free(STACK_OF(X509) *stack) { sk_X509_free(stack); }

static inline int archivist_sk_CMS_SignerInfo_num(STACK_OF(CMS_SignerInfo) *stack) {
    return sk_CMS_SignerInfo_num(stack);
}
static inline CMS_SignerInfo *archivist_sk_CMS_SignerInfo_value(STACK_OF(CMS_SignerInfo) *stack, int index) {
    return sk_CMS_SignerInfo_value(stack, index);
}

static inline void archivist_X509V3_set_ctx_nodb(X509V3_CTX *context) { X509V3_set_ctx_nodb(context); }

static inline int archivist_zlib_inflateInit(z_stream *stream) { return inflateInit(stream); }

/// RFC 2253 names with UTF-8 kept as is (Vietnamese subjects stay readable).
static inline unsigned long archivist_name_flags(void) { return XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB; }

/// A copy in OpenSSL's allocator, for APIs that take ownership of a buffer.
static inline unsigned char *archivist_OPENSSL_memdup(const void *data, size_t length) {
    return (unsigned char *)OPENSSL_memdup(data, length);
}
