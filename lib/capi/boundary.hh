// SPDX-License-Identifier: EUPL-1.2
// The C boundary: every extern "C" function runs its body through guarded(), which turns
// Result errors, Failure and any other exception into a helder_status and the thread's
// last-error message. Nothing else in lib/ knows about the C ABI's error convention.
#pragma once

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>

#include "core/json_writer.hh"
#include "core/memory.hh"
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
    memory::fix();  // the first call that does any work fixes helder_set_allocator()'s setting
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
    char *copy = static_cast<char *>(memory::allocate(bytes.size() + 1));
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

// The shape of every call that hands out one document: clears the outputs, checks the output
// pointer, runs `run()` (a helder_status for an argument error, or a Result<json::OwnedText>)
// and hands the document over, already in memory helder_free() releases, without a copy.
template <class Run>
helder_status document_call(char **out, size_t *out_len, const char *out_name, Run run) {
    return guarded([&]() -> helder_status {
        if (out) *out = nullptr;
        if (out_len) *out_len = 0;
        if (!out) return fail(HELDER_E_INVALID_ARGUMENT, std::string(out_name) + " is NULL");
        Result<json::OwnedText> document = make_error(HELDER_E_INTERNAL, "no document");
        if (const helder_status s = run(document); s != HELDER_OK) return s;
        if (!document) return fail(document.error());
        if (out_len) *out_len = document.value().size;
        *out = document.value().data.release();
        return HELDER_OK;
    });
}

// The shape of a call that reads one input and its options and hands out a JSON report
// (helder_text_check, helder_dossier_validate). run(input, options_text) returns
// Result<json::OwnedText>.
template <class Run>
helder_status report_call(const void *ctx, const char *input, size_t len, const char *input_name,
                          const char *options_json, size_t options_len, char **out_report, size_t *out_len, Run run) {
    return document_call(out_report, out_len, "out_report", [&](Result<json::OwnedText> &report) -> helder_status {
        if (!ctx) return fail(HELDER_E_INVALID_ARGUMENT, "ctx is NULL");
        std::string_view input_text, options_text;
        if (!as_view(input, len, input_text))
            return fail(HELDER_E_INVALID_ARGUMENT, std::string(input_name) + " is NULL but len is not 0");
        if (!as_view(options_json, options_len, options_text))
            return fail(HELDER_E_INVALID_ARGUMENT, "options_json is NULL but options_len is not 0");
        report = run(input_text, options_text);
        return HELDER_OK;
    });
}

}  // namespace helder::capi
