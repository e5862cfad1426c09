// SPDX-License-Identifier: EUPL-1.2
#include "alloc_counter.hh"

#include <malloc.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

extern "C" {
void *__libc_malloc(size_t size);
void __libc_free(void *ptr);
void *__libc_calloc(size_t n, size_t size);
void *__libc_realloc(void *ptr, size_t size);
void *__libc_memalign(size_t alignment, size_t size);
}

namespace {

std::atomic<size_t> g_live{0}, g_peak{0}, g_limit{0};

void over_limit() {
    static const char message[] = "alloc_counter: heap in use exceeds the limit\n";
    (void)!write(2, message, sizeof message - 1);
    _exit(helder::testing::alloc::kOverLimitExit);
}

void *counted(void *p) {
    if (!p) return p;
    const size_t now = g_live.fetch_add(malloc_usable_size(p), std::memory_order_relaxed) + malloc_usable_size(p);
    size_t peak = g_peak.load(std::memory_order_relaxed);
    while (now > peak && !g_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
    }
    const size_t limit = g_limit.load(std::memory_order_relaxed);
    if (limit && now > limit) over_limit();
    return p;
}

void uncount(void *p) {
    if (p) g_live.fetch_sub(malloc_usable_size(p), std::memory_order_relaxed);
}

}  // namespace

namespace helder::testing::alloc {
size_t live() { return g_live.load(); }
size_t peak() { return g_peak.load(); }
void reset_peak() { g_peak.store(g_live.load()); }
void set_limit(size_t bytes) { g_limit.store(bytes); }
}  // namespace helder::testing::alloc

extern "C" {

void *malloc(size_t size) { return counted(__libc_malloc(size)); }

void free(void *ptr) {
    uncount(ptr);
    __libc_free(ptr);
}

void *calloc(size_t n, size_t size) { return counted(__libc_calloc(n, size)); }

void *realloc(void *ptr, size_t size) {
    if (!ptr) return malloc(size);
    if (size == 0) {
        free(ptr);
        return nullptr;
    }
    const size_t old = malloc_usable_size(ptr);
    void *p = __libc_realloc(ptr, size);
    if (!p) return nullptr;  // the old block is untouched and still counted
    g_live.fetch_sub(old, std::memory_order_relaxed);
    return counted(p);
}

void *memalign(size_t alignment, size_t size) { return counted(__libc_memalign(alignment, size)); }
void *aligned_alloc(size_t alignment, size_t size) { return memalign(alignment, size); }
void *valloc(size_t size) { return memalign(static_cast<size_t>(sysconf(_SC_PAGESIZE)), size); }
void *pvalloc(size_t size) {
    const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    return memalign(page, (size + page - 1) / page * page);
}

int posix_memalign(void **out, size_t alignment, size_t size) {
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0) return EINVAL;
    void *p = memalign(alignment, size);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}

}  // extern "C"
