// SPDX-License-Identifier: EUPL-1.2
// helder_procedure_verify's and helder_procedure_render's documents: a specification (a shipped
// one by name, or its JSON) and options in, the verification as JSON or a picture as dot or
// Mermaid text out. The fields are documented in include/helder/procedure.h.
#pragma once

#include <string_view>

#include "core/json_writer.hh"
#include "core/result.hh"

namespace helder::procedure {

Result<json::OwnedText> verify_document(std::string_view spec, std::string_view options_json);
Result<json::OwnedText> render_document(std::string_view spec, std::string_view options_json);

}  // namespace helder::procedure
