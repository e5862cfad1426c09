// SPDX-License-Identifier: EUPL-1.2
// A child's procedure built from a dossier: its recorded decisions and court measures become the
// events of an instance of the law specification (the mapping is in docs/procedure.md), so that
// the family sees where they stand, which deadlines run and what their rights are, without
// anyone entering the procedure twice. A recorded step the procedure does not allow at that point
// (an OTS without the hearing recorded) is kept as a note with the reasons, not applied.
#pragma once

#include <string>
#include <vector>

#include "core/json.hh"
#include "dossier/checks.hh"
#include "procedure/engine.hh"
#include "procedure/procedures.hh"
#include "procedure/recorded.hh"

namespace helder::procedure {

struct MappedEvent {
    EventInput input;
    std::string pointer;  // the dossier item it comes from
};

struct MappingNote {
    MappedEvent event;
    Refusal refusal;
};

// A date the court set, or a legal deadline counted from a court decision, for the child.
struct DossierDeadline {
    std::string kind;     // measure_end, or a deadline kind (hoger-beroep)
    std::string measure;  // the measure's id
    std::string measure_kind;
    std::string pointer;
    Date from, due;
};

struct DossierProcedure {
    std::string child;
    std::optional<Date> birth;
    std::vector<MappedEvent> applied;
    std::vector<MappingNote> notes;
    std::vector<DossierDeadline> deadlines;
    std::vector<RecordedInstance> recorded;  // the child's recorded events (procedure_events), replayed
};

// The law specification's instance for one child of the dossier, up to `today`.
Result<DossierProcedure> procedure_of_child(const Procedures &p, const json::Value &root, std::string_view child, const Date &today);

// Findings the procedure adds to a dossier report: a court measure that ends within
// `kEndsSoonDays` with no extension decided, and a recorded event (procedure_events) that does not
// replay (the dossier layer never reads the procedure; the C boundary joins these to its report).
inline constexpr int kEndsSoonDays = 56;
std::vector<dossier::Finding> procedure_findings(const Procedures &p, std::string_view dossier_json, const Date &today);

}  // namespace helder::procedure
