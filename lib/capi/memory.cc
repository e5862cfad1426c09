// SPDX-License-Identifier: EUPL-1.2
// helder_set_allocator: the caller's memory functions for helder's own memory (core/memory.hh)
// and, through its process-wide hook, for SQLite. Not for ICU: u_setMemoryFunctions() cannot tell
// whether ICU was used before, and then ICU hands the caller's release blocks that malloc() made
// (found by a review: .NET and other hosts use the system's ICU themselves).
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "capi/boundary.hh"
#include "core/memory.hh"

namespace {

using helder::memory::allocate;
using helder::memory::reallocate;
using helder::memory::release;

// SQLite also asks for the size of a block: each block starts with a header that holds it,
// as large as malloc's alignment so that what follows stays aligned.
constexpr size_t kHeader = alignof(std::max_align_t);

void *sqlite_allocate(int size) {
    if (size <= 0) return nullptr;
    auto *block = static_cast<unsigned char *>(allocate(kHeader + static_cast<size_t>(size)));
    if (!block) return nullptr;
    const int64_t stored = size;
    std::memcpy(block, &stored, sizeof stored);
    return block + kHeader;
}

void sqlite_release(void *ptr) {
    if (ptr) release(static_cast<unsigned char *>(ptr) - kHeader);
}

int sqlite_size(void *ptr) {
    if (!ptr) return 0;
    int64_t stored;
    std::memcpy(&stored, static_cast<unsigned char *>(ptr) - kHeader, sizeof stored);
    return static_cast<int>(stored);
}

void *sqlite_reallocate(void *ptr, int size) {
    if (!ptr) return sqlite_allocate(size);
    if (size <= 0) return nullptr;
    auto *block = static_cast<unsigned char *>(reallocate(static_cast<unsigned char *>(ptr) - kHeader,
                                                          kHeader + static_cast<size_t>(size)));
    if (!block) return nullptr;  // the old block stays valid, as SQLite expects
    const int64_t stored = size;
    std::memcpy(block, &stored, sizeof stored);
    return block + kHeader;
}

int sqlite_roundup(int size) { return (size + 7) & ~7; }
int sqlite_init(void *) { return SQLITE_OK; }
void sqlite_shutdown(void *) {}

// Hands SQLite functions that call helder's (once: afterwards they follow the setting).
helder_status install_hooks(std::string &why) {
    static bool installed = false;
    if (installed) return HELDER_OK;
    static const sqlite3_mem_methods methods = {sqlite_allocate, sqlite_release, sqlite_reallocate, sqlite_size,
                                                sqlite_roundup,  sqlite_init,    sqlite_shutdown,   nullptr};
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) != SQLITE_OK) {
        why = "SQLite is already in use in this process: set the allocator before anything uses SQLite";
        return HELDER_E_MISUSE;
    }
    installed = true;
    return HELDER_OK;
}

}  // namespace

extern "C" HELDER_API helder_status helder_set_allocator(const helder_allocator *allocator) {
    try {
        std::string why;
        const helder_status status = helder::memory::set(allocator, install_hooks, why);
        if (status != HELDER_OK) return helder::capi::fail(status, why);
        helder::capi::clear_last_error();
        return HELDER_OK;
    } catch (...) {  // std::string may throw bad_alloc
        return HELDER_E_NO_MEMORY;
    }
}
