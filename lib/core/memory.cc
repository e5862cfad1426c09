// SPDX-License-Identifier: EUPL-1.2
#include "core/memory.hh"

#include <atomic>
#include <cstdlib>
#include <thread>

namespace helder::memory {
namespace {

enum State : int { kOpen, kSetting, kFixed };
std::atomic<int> state{kOpen};
helder_allocator current{};  // allocate == nullptr: malloc; written only while kSetting
bool has_custom = false;

// The 1.3 struct ends with user_data: a caller built against 1.3 or later passes at least this.
constexpr size_t kMinimumSize = offsetof(helder_allocator, user_data) + sizeof(void *);

}  // namespace

void *allocate(size_t size) noexcept {
    if (size == 0) size = 1;
    return has_custom ? current.allocate(current.user_data, size) : std::malloc(size);
}

void *reallocate(void *ptr, size_t size) noexcept {
    if (!ptr) return allocate(size);
    if (size == 0) size = 1;
    return has_custom ? current.reallocate(current.user_data, ptr, size) : std::realloc(ptr, size);
}

void release(void *ptr) noexcept {
    if (!ptr) return;
    if (has_custom)
        current.release(current.user_data, ptr);
    else
        std::free(ptr);
}

void fix() noexcept {
    if (state.load(std::memory_order_acquire) == kFixed) return;
    int expected = kOpen;
    while (!state.compare_exchange_weak(expected, kFixed, std::memory_order_acq_rel)) {
        if (expected == kFixed) return;
        expected = kOpen;  // another thread is in set(): wait until it is done
        std::this_thread::yield();
    }
}

bool custom() noexcept { return has_custom; }

helder_status set(const helder_allocator *allocator, helder_status (*hook)(std::string &why), std::string &why) {
    if (allocator) {
        if (allocator->struct_size < kMinimumSize) {
            why = "allocator->struct_size is " + std::to_string(allocator->struct_size) + ", less than the " +
                  std::to_string(kMinimumSize) + " bytes of helder_allocator in 1.3";
            return HELDER_E_INVALID_ARGUMENT;
        }
        if (!allocator->allocate || !allocator->reallocate || !allocator->release) {
            why = "allocator->allocate, reallocate and release must all be set";
            return HELDER_E_INVALID_ARGUMENT;
        }
    }
    int expected = kOpen;
    if (!state.compare_exchange_strong(expected, kSetting, std::memory_order_acq_rel)) {
        why = "helder_set_allocator() must come before any other helder call in the process";
        return HELDER_E_MISUSE;
    }
    helder_status status = allocator && hook ? hook(why) : HELDER_OK;
    if (status == HELDER_OK) {
        has_custom = allocator != nullptr;
        current = allocator ? *allocator : helder_allocator{};
        current.struct_size = sizeof(helder_allocator);
    }
    state.store(kOpen, std::memory_order_release);
    return status;
}

}  // namespace helder::memory
