// SPDX-License-Identifier: EUPL-1.2
// helder_letter_list's and helder_letter_draft's requests and answers: a JSON request in, a JSON
// document out. The fields are documented in include/helder/letter.h and published as
// lib/data/schemas/letter-request.schema.json and letter-answer.schema.json.
#pragma once

#include <string_view>

#include "core/json_writer.hh"
#include "core/result.hh"
#include "letters/letters.hh"

namespace helder::letters {

Result<json::OwnedText> list_document(const Letters &letters, std::string_view request_json);
Result<json::OwnedText> draft_document(const Letters &letters, std::string_view request_json);

}  // namespace helder::letters
