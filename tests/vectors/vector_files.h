/* SPDX-License-Identifier: EUPL-1.2 */
/* Shared by the native vector programs: the sorted names in a folder (reading a file: ../read_file.h). */
#ifndef HELDER_VECTOR_FILES_H
#define HELDER_VECTOR_FILES_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../read_file.h"

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The names of the files in dir whose names end in suffix ("" for all), sorted; returns how
 * many (at most max); free each name. */
static size_t sorted_names(const char *dir_path, const char *suffix, char **names, size_t max) {
    DIR *dir = opendir(dir_path);
    struct dirent *entry;
    size_t count = 0;
    if (!dir) return 0;
    while ((entry = readdir(dir)) != NULL && count < max) {
        const size_t n = strlen(entry->d_name), s = strlen(suffix);
        if (entry->d_name[0] == '.' || n < s || strcmp(entry->d_name + n - s, suffix) != 0) continue;
        names[count++] = strdup(entry->d_name);
    }
    closedir(dir);
    qsort(names, count, sizeof names[0], by_name);
    return count;
}

#endif
