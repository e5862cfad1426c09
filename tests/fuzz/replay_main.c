/* SPDX-License-Identifier: EUPL-1.2 */
/* Runs a fuzz target over every file of the directories (or files) named on the command line:
 * the seed corpus becomes a regression test in builds without libFuzzer. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path) {
    FILE *f = fopen(path, "rb");
    long size;
    uint8_t *data;
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fseek(f, 0, SEEK_SET);
    data = (uint8_t *)malloc((size_t)size + 1);
    if (!data || fread(data, 1, (size_t)size, f) != (size_t)size) {
        fclose(f);
        free(data);
        fprintf(stderr, "cannot read %s\n", path);
        return 1;
    }
    fclose(f);
    LLVMFuzzerTestOneInput(data, (size_t)size);
    free(data);
    return 0;
}

int main(int argc, char **argv) {
    int i, failures = 0, count = 0;
    for (i = 1; i < argc; ++i) {
        struct stat st;
        DIR *dir;
        struct dirent *entry;
        if (stat(argv[i], &st) != 0) {
            fprintf(stderr, "no such file or directory: %s\n", argv[i]);
            return 1;
        }
        if (!S_ISDIR(st.st_mode)) {
            failures += run_file(argv[i]);
            ++count;
            continue;
        }
        dir = opendir(argv[i]);
        while (dir && (entry = readdir(dir)) != NULL) {
            char path[4096];
            if (entry->d_name[0] == '.') continue;
            snprintf(path, sizeof path, "%s/%s", argv[i], entry->d_name);
            failures += run_file(path);
            ++count;
        }
        if (dir) closedir(dir);
    }
    printf("replayed %d inputs\n", count);
    return failures != 0 || count == 0;
}
