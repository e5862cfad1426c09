// helder_procedure_deadline, _verify and _render: legal deadlines as dates, the verification and
// the pictures of a specification (lib/procedure/).
#include "capi/boundary.hh"
#include "helder/procedure.h"
#include "procedure/deadline_document.hh"
#include "procedure/spec_documents.hh"

namespace {

// The shape of helder_procedure_verify and _render: a specification and options in, one document out.
template <class Document>
helder_status spec_call(const char *spec, size_t spec_len, const char *options_json, size_t options_len, char **out, size_t *out_len,
                        Document document_of) {
    return helder::capi::document_call(out, out_len, "out", [&](helder::Result<helder::json::OwnedText> &document) -> helder_status {
        std::string_view spec_text, options;
        if (!helder::capi::as_view(spec, spec_len, spec_text))
            return helder::capi::fail(HELDER_E_INVALID_ARGUMENT, "spec is NULL but spec_len is not 0");
        if (!helder::capi::as_view(options_json, options_len, options))
            return helder::capi::fail(HELDER_E_INVALID_ARGUMENT, "options_json is NULL but options_len is not 0");
        document = document_of(spec_text, options);
        return HELDER_OK;
    });
}

}  // namespace

extern "C" {

HELDER_API helder_status helder_procedure_deadline(const char *request_json, size_t request_len, char **out, size_t *out_len) {
    return helder::capi::document_call(out, out_len, "out", [&](helder::Result<helder::json::OwnedText> &document) -> helder_status {
        std::string_view request;
        if (!helder::capi::as_view(request_json, request_len, request))
            return helder::capi::fail(HELDER_E_INVALID_ARGUMENT, "request_json is NULL but request_len is not 0");
        document = helder::procedure::deadline_document(request);
        return HELDER_OK;
    });
}


HELDER_API helder_status helder_procedure_verify(const char *spec, size_t spec_len, const char *options_json, size_t options_len, char **out,
                                                 size_t *out_len) {
    return spec_call(spec, spec_len, options_json, options_len, out, out_len, helder::procedure::verify_document);
}

HELDER_API helder_status helder_procedure_render(const char *spec, size_t spec_len, const char *options_json, size_t options_len, char **out,
                                                 size_t *out_len) {
    return spec_call(spec, spec_len, options_json, options_len, out, out_len, helder::procedure::render_document);
}

}  // extern "C"
