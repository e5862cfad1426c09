/* SPDX-License-Identifier: EUPL-1.2 */
/* One home for the C tests' file reading: the whole file, NUL-terminated, or NULL. */
#ifndef HELDER_TESTS_READ_FILE_H
#define HELDER_TESTS_READ_FILE_H

#include <stdio.h>
#include <stdlib.h>

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *data;
    long size;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fseek(f, 0, SEEK_SET);
    data = size < 0 ? NULL : (char *)malloc((size_t)size + 1);
    if (data && fread(data, 1, (size_t)size, f) != (size_t)size) {
        free(data);
        data = NULL;
    }
    fclose(f);
    if (data) data[size] = '\0';
    *len = data ? (size_t)size : 0;
    return data;
}

#endif
