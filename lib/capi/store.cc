// SPDX-License-Identifier: EUPL-1.2
// helder_store_*.
#include "capi/boundary.hh"
#include "capi/context.hh"
#include "helder/store.h"
#include "capi/store_json.hh"
#include "store/store.hh"

struct helder_store {
    std::unique_ptr<helder::store::Store> store;
};

using helder::capi::fail;
using helder::capi::guarded;

namespace {

// Runs one store operation: checks the arguments, writes the answer as JSON and hands it out.
template <class Op>
helder_status run(helder_store *store, const char *request_json, size_t request_len, char **out_json, size_t *out_len,
                  bool request_required, Op op) {
    return helder::capi::document_call(out_json, out_len, "out_json", [&](helder::Result<helder::json::OwnedText> &out) {
        if (!store) return fail(HELDER_E_INVALID_ARGUMENT, "store is NULL");
        std::string_view request;
        if (!helder::capi::as_view(request_json, request_len, request))
            return fail(HELDER_E_INVALID_ARGUMENT, "request_json is NULL but request_len is not 0");
        if (request_required && request.empty()) return fail(HELDER_E_INVALID_ARGUMENT, "request_json is empty");
        auto answer = op(*store->store, request);
        if (!answer) return fail(answer.error());
        out = helder::capi::to_json(std::move(answer.value()));
        return HELDER_OK;
    });
}

}  // namespace

extern "C" {

HELDER_API helder_status helder_store_open(const helder_ctx *ctx, const char *path, const char *options_json,
                                           size_t options_len, helder_store **out_store) {
    return guarded([&]() -> helder_status {
        if (out_store) *out_store = nullptr;
        if (!ctx || !path || !out_store) return fail(HELDER_E_INVALID_ARGUMENT, "ctx, path and out_store may not be NULL");
        std::string_view options_text;
        if (!helder::capi::as_view(options_json, options_len, options_text))
            return fail(HELDER_E_INVALID_ARGUMENT, "options_json is NULL but options_len is not 0");
        auto options = helder::store::parse_store_options(options_text);
        if (!options) return fail(options.error());
        auto store = helder::store::Store::open(*ctx->dossier, *ctx->text, path, options.value());
        if (!store) return fail(store.error());
        auto handle = std::make_unique<helder_store>();
        handle->store = std::move(store.value());
        *out_store = handle.release();
        return HELDER_OK;
    });
}

HELDER_API void helder_store_close(helder_store *store) { delete store; }

HELDER_API helder_status helder_store_commit(helder_store *store, const char *dossier_json, size_t dossier_len,
                                             const char *request_json, size_t request_len, char **out_json,
                                             size_t *out_len) {
    return run(store, request_json, request_len, out_json, out_len, true,
               [&](helder::store::Store &s, std::string_view request) -> helder::Result<helder::store::CommitAnswer> {
                   std::string_view dossier;
                   if (!helder::capi::as_view(dossier_json, dossier_len, dossier))
                       return helder::make_error(HELDER_E_INVALID_ARGUMENT, "dossier_json is NULL but dossier_len is not 0");
                   return s.commit(dossier, request);
               });
}

#define HELDER_STORE_OPERATION(name, method, required)                                                                  \
    HELDER_API helder_status name(helder_store *store, const char *request_json, size_t request_len, char **out_json,  \
                                  size_t *out_len) {                                                                   \
        return run(store, request_json, request_len, out_json, out_len, required,                                      \
                   [](helder::store::Store &s, std::string_view request) { return s.method(request); });              \
    }

HELDER_STORE_OPERATION(helder_store_read, read, true)
HELDER_STORE_OPERATION(helder_store_history, history, true)
HELDER_STORE_OPERATION(helder_store_add_statement, add_statement, true)
HELDER_STORE_OPERATION(helder_store_export, export_person, true)
HELDER_STORE_OPERATION(helder_store_request_destruction, destroy, true)
HELDER_STORE_OPERATION(helder_store_destroy, destroy, true)  // deprecated alias (1.3)
HELDER_STORE_OPERATION(helder_store_indicators, indicators, false)
#undef HELDER_STORE_OPERATION

HELDER_API helder_status helder_store_verify(helder_store *store, char **out_json, size_t *out_len) {
    return run(store, nullptr, 0, out_json, out_len, false,
               [](helder::store::Store &s, std::string_view) { return s.verify(); });
}

HELDER_API helder_status helder_store_verify_head(helder_store *store, const char *request_json, size_t request_len,
                                                  char **out_json, size_t *out_len) {
    return run(store, request_json, request_len, out_json, out_len, false,
               [](helder::store::Store &s, std::string_view request) { return s.verify(request); });
}

}  // extern "C"
