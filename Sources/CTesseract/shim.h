// Leptonica first, so PIX* imports as the same type here and in CLeptonica.
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>
