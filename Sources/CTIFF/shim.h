#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <tiffio.h>

// libtiff reports through variadic callbacks and reads tags through a variadic getter;
// Swift imports neither, so these wrappers keep the last message per thread and read
// typed tags.
static _Thread_local char archivist_tiff_message[512];

static void archivist_tiff_error_handler(const char *module, const char *fmt, va_list ap) {
    (void)module;
    vsnprintf(archivist_tiff_message, sizeof archivist_tiff_message, fmt, ap);
}

static inline void archivist_tiff_capture_errors(void) {
    TIFFSetErrorHandler(archivist_tiff_error_handler);
    TIFFSetWarningHandler(NULL);
    archivist_tiff_message[0] = 0;
}

static inline const char *archivist_tiff_last_error(void) { return archivist_tiff_message; }

static inline int archivist_tiff_get_u32(TIFF *tif, uint32_t tag, uint32_t *value) {
    return TIFFGetFieldDefaulted(tif, tag, value);
}

static inline int archivist_tiff_get_u16(TIFF *tif, uint32_t tag, uint16_t *value) {
    return TIFFGetFieldDefaulted(tif, tag, value);
}

static inline int archivist_tiff_get_float(TIFF *tif, uint32_t tag, float *value) {
    return TIFFGetField(tif, tag, value);
}
