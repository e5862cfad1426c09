// SPDX-License-Identifier: EUPL-1.2
// The memory helder hands to the caller and its JSON buffers: malloc() by default, or the
// caller's functions from helder_set_allocator(). The setting is fixed by the first call that
// does any work (capi/boundary.hh calls fix()), so memory is always released by the functions
// that allocated it.
#pragma once

#include <cstddef>
#include <string>

#include "helder/common.h"

namespace helder::memory {

void *allocate(size_t size) noexcept;               // NULL when it fails; size 0 counts as 1
void *reallocate(void *ptr, size_t size) noexcept;  // ptr NULL: allocate(size); NULL when it fails
void release(void *ptr) noexcept;                   // NULL does nothing

// For std::unique_ptr of memory from allocate().
struct Releaser {
    void operator()(void *p) const noexcept { release(p); }
};

// Fixes the setting (idempotent, cheap after the first call).
void fix() noexcept;

// Replaces the functions (NULL: malloc and friends) unless the setting is fixed. Returns
// HELDER_OK, or HELDER_E_INVALID_ARGUMENT / HELDER_E_MISUSE with the reason in `why`.
// `hook` runs while the setting is held open, before the new functions take effect; it returns
// HELDER_OK or refuses with a status and a reason (a library that no longer accepts hooks).
helder_status set(const helder_allocator *allocator, helder_status (*hook)(std::string &why), std::string &why);

// Whether the caller's functions are in use (false: malloc).
bool custom() noexcept;

}  // namespace helder::memory
