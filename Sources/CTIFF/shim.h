#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <tiffio.h>

// libtiff reports through variadic callbacks and reads tags through a variadic getter;
// Swift imports neither. These wrappers collect an open file's errors into a buffer the
// caller owns, and read typed tags.
typedef struct {
    char message[512];
} archivist_tiff_errors;

static int archivist_tiff_record(TIFF *tif, void *user_data, const char *module, const char *fmt, va_list ap) {
    (void)tif;
    (void)module;
    archivist_tiff_errors *errors = (archivist_tiff_errors *)user_data;
    vsnprintf(errors->message, sizeof errors->message, fmt, ap);
    return 1;
}

static int archivist_tiff_ignore(TIFF *tif, void *user_data, const char *module, const char *fmt, va_list ap) {
    (void)tif; (void)user_data; (void)module; (void)fmt; (void)ap;
    return 1;
}

/// Opens a TIFF for reading; its errors go to `errors`, its warnings nowhere.
static inline TIFF *archivist_tiff_open(const char *path, archivist_tiff_errors *errors) {
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(options, archivist_tiff_record, errors);
    TIFFOpenOptionsSetWarningHandlerExtR(options, archivist_tiff_ignore, NULL);
    TIFF *tif = TIFFOpenExt(path, "r", options);
    TIFFOpenOptionsFree(options);
    return tif;
}

/// Stops libtiff printing to stderr for files opened elsewhere (by Leptonica).
static inline void archivist_tiff_silence(void) {
    TIFFSetErrorHandler(NULL);
    TIFFSetWarningHandler(NULL);
}

static inline int archivist_tiff_get_u32(TIFF *tif, uint32_t tag, uint32_t *value) {
    return TIFFGetFieldDefaulted(tif, tag, value);
}

static inline int archivist_tiff_get_u16(TIFF *tif, uint32_t tag, uint16_t *value) {
    return TIFFGetFieldDefaulted(tif, tag, value);
}

static inline int archivist_tiff_get_float(TIFF *tif, uint32_t tag, float *value) {
    return TIFFGetField(tif, tag, value);
}
