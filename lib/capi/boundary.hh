// The C boundary: every extern "C" function runs its body through guarded(), which turns
// Result errors, Failure and any other exception into a helder_status and the thread's
// last-error message. Nothing else in lib/ knows about the C ABI's error convention.
#pragma once

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>

#include "core/result.hh"
#include "helder/common.h"

namespace helder::capi {

void set_last_error(std::string message);
void clear_last_error();
const char *last_error_cstr();

inline helder_status fail(helder_status status, std::string message) {
    set_last_error(std::move(message));
    return status;
}

inline helder_status fail(const Error &error) { return fail(error.status, error.message); }

template <class Body>
helder_status guarded(Body &&body) noexcept {
    try {
        const helder_status status = body();
        if (status == HELDER_OK) clear_last_error();
        return status;
    } catch (const Failure &f) {
        return fail(f.status(), f.what());
    } catch (const std::bad_alloc &) {
        return fail(HELDER_E_NO_MEMORY, "out of memory");
    } catch (const std::exception &e) {
        return fail(HELDER_E_INTERNAL, std::string("internal error: ") + e.what());
    } catch (...) {
        return fail(HELDER_E_INTERNAL, "internal error");
    }
}

// Copies bytes into memory the caller releases with helder_free() (NUL-terminated).
inline helder_status hand_out(std::string_view bytes, char **out, size_t *out_len) {
    char *copy = static_cast<char *>(std::malloc(bytes.size() + 1));
    if (!copy) return fail(HELDER_E_NO_MEMORY, "out of memory");
    if (!bytes.empty()) std::memcpy(copy, bytes.data(), bytes.size());
    copy[bytes.size()] = '\0';
    *out = copy;
    if (out_len) *out_len = bytes.size();
    return HELDER_OK;
}

// (ptr, len) as a view; NULL is allowed only with len 0.
inline bool as_view(const char *ptr, size_t len, std::string_view &out) {
    if (!ptr && len != 0) return false;
    out = ptr ? std::string_view(ptr, len) : std::string_view();
    return true;
}

}  // namespace helder::capi
