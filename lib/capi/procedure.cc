// helder_procedure_deadline: legal deadlines as dates (lib/procedure/).
#include "capi/boundary.hh"
#include "helder/procedure.h"
#include "procedure/deadline_document.hh"

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

}  // extern "C"
