/* SPDX-License-Identifier: EUPL-1.2 */
/**
 * @file
 * helder — common definitions: status codes, errors, memory, versions and the context.
 *
 * Every public function returns a helder_status (HELDER_OK on success) and hands results out
 * through out-parameters placed last. Memory that helder allocates for the caller is released
 * with helder_free(), never with free().
 */
#ifndef HELDER_COMMON_H
#define HELDER_COMMON_H

#include <stddef.h>

#include "helder/version.h"

/**
 * @def HELDER_API
 * Marks a function that libhelder exports. On Windows it is __declspec(dllimport) for a program
 * that uses the DLL; define HELDER_STATIC before including helder.h when linking the static
 * library instead (the CMake target helder::helder_static defines it). With GCC and Clang it gives the function default visibility (the library is
 * built with -fvisibility=hidden, so nothing else is exported). A caller never uses it.
 * @since 1.0
 */
#if defined(_WIN32) && !defined(HELDER_STATIC)
#  if defined(HELDER_BUILDING)
#    define HELDER_API __declspec(dllexport)
#  else
#    define HELDER_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define HELDER_API __attribute__((visibility("default")))
#else
#  define HELDER_API
#endif

/**
 * @def HELDER_DEPRECATED(replacement)
 * Marks a function kept only for compatibility: callers get a compiler warning that names its
 * replacement. Define HELDER_NO_DEPRECATION_WARNINGS before including helder.h to silence it.
 * @param replacement a string literal: the name of the function to use instead.
 * @since 1.3
 */
#if defined(HELDER_BUILDING) || defined(HELDER_NO_DEPRECATION_WARNINGS)
#  define HELDER_DEPRECATED(replacement)
#elif defined(__GNUC__) || defined(__clang__)
#  define HELDER_DEPRECATED(replacement) __attribute__((deprecated("use " replacement)))
#elif defined(_MSC_VER)
#  define HELDER_DEPRECATED(replacement) __declspec(deprecated("use " replacement))
#else
#  define HELDER_DEPRECATED(replacement)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Result of every helder call. Values are stable across versions; new codes may be added, so
 * treat an unknown value like HELDER_E_INTERNAL.
 * @since 1.0
 */
typedef enum helder_status {
    HELDER_OK = 0,                 /**< Success. */
    HELDER_E_INTERNAL = 1,         /**< Unexpected failure inside helder (a bug): see helder_last_error(). */
    HELDER_E_INVALID_ARGUMENT = 2, /**< A NULL pointer, an unknown enum value or an out-of-range number. */
    HELDER_E_INVALID_UTF8 = 3,     /**< Text is not valid UTF-8; the message names the byte offset. */
    HELDER_E_TOO_LARGE = 4,        /**< Input exceeds the configured size limit. */
    HELDER_E_INVALID_JSON = 5,     /**< A JSON argument is malformed or has the wrong shape. */
    HELDER_E_NO_MEMORY = 6,        /**< An allocation failed. */
    HELDER_E_NOT_FOUND = 7,        /**< A file, resource or record does not exist. */
    HELDER_E_IO = 8,               /**< Reading or writing a file failed. */
    HELDER_E_CONFLICT = 9,         /**< The data changed since the version the caller named. */
    HELDER_E_DENIED = 10,          /**< An access rule refuses the request. */
    HELDER_E_CORRUPT = 11,         /**< Stored data failed an integrity check. */
    HELDER_E_UNSUPPORTED = 12,     /**< The feature is not available in this build or context. */
    HELDER_E_BUSY = 13,            /**< Another process kept the store locked past the busy timeout; try again. @since 1.1 */
    HELDER_E_MISUSE = 14           /**< A call made at the wrong time: helder_set_allocator() after helder was first used. @since 1.3 */
} helder_status;

/**
 * Severity of a finding, ordered: a higher value is more serious.
 * @since 1.0
 */
typedef enum helder_severity {
    HELDER_SEVERITY_NONE = 0,    /**< No finding at all. */
    HELDER_SEVERITY_INFO = 1,    /**< A hint; the text is acceptable as it is. */
    HELDER_SEVERITY_WARNING = 2, /**< Likely to hinder the reader; worth changing. */
    HELDER_SEVERITY_ERROR = 3    /**< Wrong: a spelling mistake or a broken rule. */
} helder_severity;

/**
 * The output limit of every report helder returns (helder_text_check, helder_dossier_validate):
 * at most HELDER_REPORT_MAX_BYTES bytes and HELDER_REPORT_MAX_VALUES JSON values (objects,
 * arrays, strings, numbers, booleans, nulls). A report that would be larger lists the findings
 * that fit, in their order (and, with the option "detail", the sentences and words that fit
 * after them), and has "truncated": true; its "counts" still count everything. The render
 * functions read any report within these limits, so every report helder returns renders.
 * A caller who wants every finding of a very long text checks it in parts.
 * @since 1.3
 */
#define HELDER_REPORT_MAX_BYTES ((size_t)64 * 1024 * 1024)
/** See HELDER_REPORT_MAX_BYTES. @since 1.3 */
#define HELDER_REPORT_MAX_VALUES ((size_t)4 * 1024 * 1024)

/**
 * A loaded set of resources (lexicons, dictionary). Immutable after creation: one context may be
 * shared by any number of threads at once.
 * @since 1.0
 */
typedef struct helder_ctx helder_ctx;

/**
 * Run-time version as MAJOR*10000 + MINOR*100 + PATCH; equals HELDER_VERSION_NUMBER of the
 * headers the library was built with. Thread-safe.
 * @return the version of the library the program runs with, e.g. 10300 for 1.3.0.
 * @since 1.0
 */
HELDER_API int helder_version_number(void);

/**
 * Run-time version as "MAJOR.MINOR.PATCH". The string is static; do not free it. Thread-safe.
 * @return a NUL-terminated string owned by helder, valid for the life of the process; never NULL.
 * @since 1.0
 */
HELDER_API const char *helder_version_string(void);

/**
 * Short English description of a status code, e.g. "invalid UTF-8". Unknown codes give
 * "unknown status". The string is static; do not free it. Thread-safe.
 * @param status any value, also one this version does not know.
 * @return a NUL-terminated string owned by helder, valid for the life of the process; never NULL.
 * @since 1.0
 */
HELDER_API const char *helder_status_string(helder_status status);

/**
 * Message describing the most recent failed call on this thread, or "" after a successful call.
 * Valid until the next helder call on the same thread; do not free it.
 * @return a NUL-terminated English message owned by helder (thread-local); never NULL.
 * @since 1.0
 */
HELDER_API const char *helder_last_error(void);

/**
 * Release memory that helder allocated for the caller (reports, JSON documents). NULL is
 * ignored. Thread-safe.
 * @param ptr a pointer a helder function handed out through a `char **` out-parameter, or NULL;
 *            each such pointer is freed once. Never a pointer from malloc() or from a
 *            `const char *` helder returns (versions, status strings, helder_last_error()).
 * @since 1.0
 */
HELDER_API void helder_free(void *ptr);

/**
 * Memory functions for helder_set_allocator(). The three functions must be thread-safe and return
 * memory aligned as malloc() aligns it; allocate and reallocate return NULL when they fail.
 * helder never calls them with a size of 0, never calls reallocate or release with NULL, and
 * calls release only with a pointer one of the other two returned.
 * @since 1.3
 */
typedef struct helder_allocator {
    size_t struct_size; /**< sizeof(helder_allocator): later versions may add fields at the end. */
    void *(*allocate)(void *user_data, size_t size);               /**< Like malloc(size). */
    void *(*reallocate)(void *user_data, void *ptr, size_t size);  /**< Like realloc(ptr, size). */
    void (*release)(void *user_data, void *ptr);                   /**< Like free(ptr). */
    void *user_data; /**< Passed to each of the three functions as it is; may be NULL. */
} helder_allocator;

/**
 * Set the memory functions helder uses, once, for the whole process, before any other helder call
 * (the first call that does any work fixes the setting). They cover: every document helder hands
 * out through a `char **` out-parameter (helder_free() then calls allocator->release), helder's
 * JSON buffers, and — through its process-wide hook — everything SQLite allocates
 * (sqlite3_config(SQLITE_CONFIG_MALLOC)), also for any other user of SQLite in the same process.
 * They do not cover ICU (its hook cannot tell whether the process used ICU before, and would then
 * hand release() blocks it did not allocate), Hunspell (malloc() and operator new) or helder's
 * other C++ objects (contexts, stores, models, caches: operator new). When one of the functions
 * returns NULL, the call returns HELDER_E_NO_MEMORY; a store operation that runs out while it
 * writes its answer has already stored its work (docs/memory.md). Not available in the
 * WebAssembly module. Not thread-safe: call it before the program starts other threads that use
 * helder or SQLite.
 * @param allocator the functions, copied before the call returns; NULL restores malloc(),
 *                  realloc() and free() for helder's own memory (SQLite, once given the
 *                  functions, keeps calling helder, which then uses malloc()).
 * @return HELDER_OK; HELDER_E_INVALID_ARGUMENT (struct_size smaller than the 1.3 struct, or a
 * function NULL); HELDER_E_MISUSE (helder was already used in this process, or SQLite refuses
 * new memory functions because the process already uses it; the reason is in
 * helder_last_error()); nothing is changed then.
 * @since 1.3
 */
HELDER_API helder_status helder_set_allocator(const helder_allocator *allocator);

/**
 * Create a context. options_json may be NULL (len 0) for the defaults, or a JSON object:
 *   "dictionary": "system" | {"aff": PATH, "dic": PATH} — the Hunspell dictionary for the
 *                 spelling rule ("system" searches the usual Debian paths); absent = no spelling;
 *   "accept_words": [WORD…] — words never flagged;
 *   "extra_terms": [{"term", "rule": "jargon"|"officialese", "class", "alternatives": […]}].
 * On success *out_ctx owns the context; release it with helder_ctx_destroy(). Only the options
 * are checked here: the data a function needs (the text checker's lexicons and dictionary, the
 * dossier schema, the procedures, the letters) is built by the first call that needs it, once,
 * thread-safe (since 1.3), so that first call takes longer.
 * Unknown keys are refused (HELDER_E_INVALID_JSON).
 * @param options_json UTF-8 JSON object (not NUL-terminated), or NULL for the defaults.
 * @param options_len length of options_json in bytes; must be 0 when options_json is NULL.
 * @param[out] out_ctx must not be NULL. Receives the new context, which the caller owns and
 *             releases with helder_ctx_destroy(); set to NULL when the call fails.
 * @return HELDER_OK; HELDER_E_INVALID_ARGUMENT (out_ctx NULL, or options_json NULL with a
 * length), HELDER_E_INVALID_JSON, HELDER_E_NOT_FOUND (a dictionary file does not exist) or
 * HELDER_E_IO (it cannot be read, or is no UTF-8 Hunspell dictionary: a directory, /dev/null,
 * an empty file, a .dic that does not start with its number of words, an .aff without
 * "SET UTF-8"; checked since 1.3), both with the path in helder_last_error(), HELDER_E_NO_MEMORY.
 * @since 1.0
 */
HELDER_API helder_status helder_ctx_create(const char *options_json, size_t options_len,
                                           helder_ctx **out_ctx);

/**
 * Destroy a context. NULL does nothing. No other thread may still be using it.
 * @param ctx a context from helder_ctx_create(), or NULL. Every store opened with it must be
 *            closed first (helder_store_close()).
 * @since 1.0
 */
HELDER_API void helder_ctx_destroy(helder_ctx *ctx);

/**
 * All constants of the C API (status codes, severities, rule ids, limits, version) as one JSON
 * object, so that bindings never copy numbers by hand. *out_json is NUL-terminated; free it with
 * helder_free(). out_len may be NULL. Thread-safe.
 * Members: "version" {"major", "minor", "patch", "string", "number"}; "status" {"OK": 0,
 * "E_INTERNAL": 1, …} (the names of helder_status without "HELDER_"); "severity" {"NONE", "INFO",
 * "WARNING", "ERROR"}; "text" {"default_max_bytes", "report_format", "rules": [{"id",
 * "severity"}], "source_struct": {"size", "uri", "text", "text_len", "report_json", "report_len"}
 * (the size and field offsets of helder_text_source in this build)}; "dossier" {"format",
 * "default_max_bytes", "max_bytes_limit", "max_depth"}; "procedure" {"instance_format"};
 * "report" {"max_bytes", "max_values"}.
 * @param[out] out_json must not be NULL. Receives the JSON document, which the caller frees with
 *             helder_free(); NULL when the call fails.
 * @param[out] out_len receives the document's length in bytes (without the NUL); 0 when the call
 *             fails. May be NULL.
 * @return HELDER_OK; HELDER_E_INVALID_ARGUMENT (out_json NULL), HELDER_E_NO_MEMORY.
 * @since 1.0
 */
HELDER_API helder_status helder_constants_json(char **out_json, size_t *out_len);

/**
 * Check that (utf8, len) is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
 * Returns HELDER_OK, or HELDER_E_INVALID_UTF8 with the byte offset of the first bad sequence
 * in *out_bad_offset (which may be NULL). utf8 may be NULL only when len is 0. Thread-safe.
 * @param utf8 the bytes to check (not NUL-terminated; may contain NUL); NULL only when len is 0.
 * @param len their number.
 * @param[out] out_bad_offset receives the byte offset of the first invalid sequence when the call
 *             returns HELDER_E_INVALID_UTF8, and 0 for HELDER_E_INVALID_ARGUMENT; left untouched
 *             when the text is valid. May be NULL.
 * @return HELDER_OK (valid, also for an empty text); HELDER_E_INVALID_UTF8 (the offset is also in
 * helder_last_error()); HELDER_E_INVALID_ARGUMENT (utf8 NULL with len > 0).
 * @since 1.0
 */
HELDER_API helder_status helder_utf8_validate(const char *utf8, size_t len,
                                              size_t *out_bad_offset);

#ifdef __cplusplus
}
#endif

#endif /* HELDER_COMMON_H */
