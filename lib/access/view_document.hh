// SPDX-License-Identifier: EUPL-1.2
// The access decision without the store: a dossier, who asks and the date in, the reader's view
// out, with what was withheld and why (helder_dossier_view).
#pragma once

#include <string_view>

#include "access/policy.hh"
#include "core/json_writer.hh"
#include "core/result.hh"

namespace helder::access {

// request: {"reader": {"kind": "member"|"professional", "id"}, "date": "YYYY-MM-DD"}.
Result<json::OwnedText> view_document(const Policy &policy, std::string_view dossier_json, std::string_view request_json);

}  // namespace helder::access
