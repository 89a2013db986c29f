#include "jpeg_transcode.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>
#include <jerror.h>

/* libjpeg reports errors by calling error_exit, which must not return: jump back instead. */
struct failure {
    struct jpeg_error_mgr manager;
    jmp_buf jump;
    char *message;
    size_t message_size;
    int warnings; /* libjpeg's own count is reset when writing starts */
};

static void fail(j_common_ptr info) {
    struct failure *failure = (struct failure *)info->err;
    char text[JMSG_LENGTH_MAX];
    (*info->err->format_message)(info, text);
    snprintf(failure->message, failure->message_size, "%s", text);
    longjmp(failure->jump, 1);
}

/* Warnings (a truncated or damaged file libjpeg would patch over) are kept as the failure. */
static void note_warning(j_common_ptr info, int level) {
    if (level >= 0) return;
    struct failure *failure = (struct failure *)info->err;
    char text[JMSG_LENGTH_MAX];
    (*info->err->format_message)(info, text);
    snprintf(failure->message, failure->message_size, "%s", text);
    failure->warnings++;
}

/* A growing buffer we own, so that it can be freed whatever libjpeg was doing when it failed. */
struct growing_output {
    struct jpeg_destination_mgr manager;
    unsigned char *data;
    size_t capacity;
};

static void start_output(j_compress_ptr info) { (void)info; }

static boolean grow_output(j_compress_ptr info) {
    struct growing_output *output = (struct growing_output *)info->dest;
    size_t used = output->capacity;
    unsigned char *larger = realloc(output->data, output->capacity * 2);
    if (larger == NULL) ERREXIT1(info, JERR_OUT_OF_MEMORY, 0);
    output->data = larger;
    output->capacity *= 2;
    output->manager.next_output_byte = larger + used;
    output->manager.free_in_buffer = output->capacity - used;
    return TRUE;
}

static void end_output(j_compress_ptr info) { (void)info; }

static int is_marker(const jpeg_saved_marker_ptr marker, int code, const char *tag, size_t tag_size) {
    return marker->marker == code && marker->data_length >= tag_size && memcmp(marker->data, tag, tag_size) == 0;
}

int archivist_jpeg_recode(const unsigned char *input, size_t input_size, int progressive,
                          unsigned char **output, size_t *output_size,
                          char *error, size_t error_size) {
    struct jpeg_decompress_struct source;
    struct jpeg_compress_struct destination;
    struct failure failure;
    struct growing_output written = { .data = NULL, .capacity = input_size + 4096 };

    failure.message = error;
    failure.message_size = error_size;
    failure.warnings = 0;
    source.err = jpeg_std_error(&failure.manager);
    destination.err = &failure.manager;
    failure.manager.error_exit = fail;
    failure.manager.emit_message = note_warning;
    jpeg_create_decompress(&source);
    jpeg_create_compress(&destination);
    if (setjmp(failure.jump)) {
        jpeg_destroy_compress(&destination);
        jpeg_destroy_decompress(&source);
        free(written.data);
        return -1;
    }

    jpeg_mem_src(&source, input, (unsigned long)input_size);
    jpeg_save_markers(&source, JPEG_COM, 0xFFFF);
    for (int n = 0; n < 16; n++) jpeg_save_markers(&source, JPEG_APP0 + n, 0xFFFF);
    jpeg_read_header(&source, TRUE);
    jvirt_barray_ptr *coefficients = jpeg_read_coefficients(&source);

    jpeg_copy_critical_parameters(&source, &destination);
    destination.optimize_coding = TRUE;
    if (progressive) jpeg_simple_progression(&destination);
    destination.write_JFIF_header = source.saw_JFIF_marker;
    destination.write_Adobe_marker = source.saw_Adobe_marker;
    written.data = malloc(written.capacity);
    if (written.data == NULL) ERREXIT1(&destination, JERR_OUT_OF_MEMORY, 0);
    written.manager.init_destination = start_output;
    written.manager.empty_output_buffer = grow_output;
    written.manager.term_destination = end_output;
    written.manager.next_output_byte = written.data;
    written.manager.free_in_buffer = written.capacity;
    destination.dest = &written.manager;

    jpeg_write_coefficients(&destination, coefficients);
    /* The markers libjpeg did not write itself, in their order (as transupp's jcopy_markers_execute). */
    for (jpeg_saved_marker_ptr marker = source.marker_list; marker != NULL; marker = marker->next) {
        if (destination.write_JFIF_header && is_marker(marker, JPEG_APP0, "JFIF\0", 5)) continue;
        if (destination.write_Adobe_marker && is_marker(marker, JPEG_APP0 + 14, "Adobe", 5)) continue;
        jpeg_write_marker(&destination, marker->marker, marker->data, marker->data_length);
    }
    jpeg_finish_compress(&destination);
    jpeg_finish_decompress(&source);
    if (failure.warnings > 0) longjmp(failure.jump, 1);

    *output = written.data;
    *output_size = written.capacity - written.manager.free_in_buffer;
    jpeg_destroy_compress(&destination);
    jpeg_destroy_decompress(&source);
    return 0;
}
