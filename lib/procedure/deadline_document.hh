// helder_procedure_deadline's request and answer: a JSON request in, a JSON document (or the
// same as plain text for people) out. The fields are documented in include/helder/procedure.h.
#pragma once

#include <string_view>

#include "core/json_writer.hh"
#include "core/result.hh"

namespace helder::procedure {

Result<json::OwnedText> deadline_document(std::string_view request_json);

}  // namespace helder::procedure
