// SPDX-License-Identifier: EUPL-1.2
// helder_procedure_apply, helder_procedure_state and helder_procedure_spec: a procedure instance
// as JSON (the events of one child's procedure, with the specification's id and version) in,
// JSON out. The fields are documented in include/helder/procedure.h.
#pragma once

#include <string_view>

#include "core/json_writer.hh"
#include "core/result.hh"
#include "procedure/procedures.hh"

namespace helder::procedure {

inline constexpr int kInstanceFormat = 1;
inline constexpr size_t kMaxInstanceEvents = 100000;

// Replays the instance, applies one more event and answers the new instance, or the refusal.
Result<json::OwnedText> apply_document(const Procedures &p, std::string_view spec_json, std::string_view instance_json,
                                       std::string_view event_json);
// Where the instance stands: its stages, the next steps with their guards, the running deadlines
// and the rights and helpers of each party (or of one).
Result<json::OwnedText> state_document(const Procedures &p, std::string_view spec_json, std::string_view instance_json,
                                       std::string_view query_json);
// One child's procedure as the dossier records it: the instance of the law specification, the
// recorded steps the procedure does not allow (with why), and the dates the court set.
Result<json::OwnedText> from_dossier_document(const Procedures &p, std::string_view dossier_json, std::string_view request_json);
// A shipped specification's JSON, or the list of them.
Result<json::OwnedText> spec_document(const Procedures &p, std::string_view name);

}  // namespace helder::procedure
