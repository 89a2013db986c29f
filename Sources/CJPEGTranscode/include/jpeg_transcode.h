#ifndef ARCHIVIST_JPEG_TRANSCODE_H
#define ARCHIVIST_JPEG_TRANSCODE_H

#include <stddef.h>

/// Re-codes a JPEG with Huffman tables made for its own data, as sequential or (`progressive`
/// non-zero) progressive scans, the DCT coefficients and every marker (JFIF, EXIF, ICC, Adobe,
/// comments) kept: the decoded pixels are unchanged, as with `jpegtran -optimize [-progressive]
/// -copy all`. On success returns 0 and sets *output (free it with
/// free()) and *output_size; on failure returns -1 and writes libjpeg's message into `error`.
int archivist_jpeg_recode(const unsigned char *input, size_t input_size, int progressive,
                          unsigned char **output, size_t *output_size,
                          char *error, size_t error_size);

#endif
