// SPDX-License-Identifier: EUPL-1.2
// A child's procedure as the dossier recorded it: the events in "procedure_events" (dossier
// format 2), each stored with the specification's id and version, replayed in the order they were
// recorded on the specification helder has now. The same records give the same state, every time.
// A recorded event of another version replays when it still applies; the first that does not is
// refused with a reason that names the recorded version, the version helder has, the event and
// its position. The dossier layer never reads this: from_dossier and the C boundary join it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/json.hh"
#include "procedure/engine.hh"
#include "procedure/procedures.hh"

namespace helder::procedure {

struct RecordedEvent {
    EventInput input;
    std::string version;  // the specification's version it was recorded with
    std::string pointer;  // where it is in the dossier (/procedure_events/N)
};

// The first recorded event that does not replay, and why.
struct RecordedRefusal {
    size_t position = 0;   // among the child's recorded events of this specification: 1 for the first
    std::string pointer;   // /procedure_events/N
    std::string event;     // the event id as recorded
    std::string date;      // as recorded
    std::string recorded_version, loaded_version;  // loaded_version is empty when no such specification is shipped
    std::string code;      // an engine refusal code, or unknown_specification, invalid_record
    std::vector<Message> reasons;
    Message message;       // one sentence naming all of the above, then the reasons
};

struct RecordedInstance {
    std::string spec_id;
    const Spec *spec = nullptr;  // the shipped specification of that id; null when none
    std::vector<RecordedEvent> applied;  // the events that replayed, in the recorded order
    std::vector<std::string> versions;   // the distinct recorded versions, in the order first seen
    std::optional<RecordedRefusal> refused;  // the replay stops at the first refused event
    std::unique_ptr<Instance> instance;      // the state after `applied` (null when spec is null)
};

// One instance per specification the child's recorded events name, in the order first recorded.
std::vector<RecordedInstance> recorded_instances(const Procedures &p, const json::Value &root, std::string_view child,
                                                 const std::optional<Date> &birth);

}  // namespace helder::procedure
