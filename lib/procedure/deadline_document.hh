// SPDX-License-Identifier: EUPL-1.2
// helder_procedure_deadline's request and answer: a JSON request in, a JSON document (or the
// same as plain text for people) out. The fields are documented in include/helder/procedure.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/json_writer.hh"
#include "core/result.hh"
#include "procedure/deadline.hh"

namespace helder::procedure {

Result<json::OwnedText> deadline_document(std::string_view request_json);

// Nothing for a day a deadline can be counted from; otherwise what such a day must be, for a
// request's message ("a date from 2014 to 9900 (…)"): before the holidays helder knows, an end on
// 30 April (Koninginnedag) would be moved wrongly, and far ahead the last day would not be a date
// of four digits.
std::optional<std::string> deadline_start_problem(const Date &from);

// The members of a deadline's JSON answer from "kind" on (the procedure's state lists its deadlines so).
void write_deadline_members(json::Writer &w, const DeadlineRules &rules, const Deadline &d);

}  // namespace helder::procedure
