// SPDX-License-Identifier: EUPL-1.2
#include "procedure/recorded.hh"

#include <algorithm>

namespace helder::procedure {
namespace {

const Messages &texts() {
    static const Messages m = Messages::load("procedure/recorded_texts.tsv");
    return m;
}

// A record that is not an event (the schema rejects it; a dossier given to from_dossier may not
// have been validated): the reason, or nothing when it is a well-formed event.
std::optional<Message> read_record(const json::Value &e, EventInput &out) {
    const json::Value event = e.find("event"), date = e.find("date"), facts = e.find("facts"), actor = e.find("actor");
    if (!event.is_string() || event.as_string().empty()) return texts().format("record_no_event", {});
    out.event = std::string(event.as_string());
    const auto day = date.is_string() ? Date::parse(date.as_string()) : std::nullopt;
    if (!day) return texts().format("record_bad_date", {});
    out.date = *day;
    if (actor.is_string()) out.actor = std::string(actor.as_string());
    if (facts.valid() && !facts.is_object()) return texts().format("record_bad_facts", {});
    for (json::Value f = facts.first_child(); f.valid(); f = f.next_sibling()) {
        if (!f.is_bool()) return texts().format("record_bad_facts", {});
        out.facts.emplace_back(std::string(f.key()), f.as_bool());
    }
    return std::nullopt;
}

void refuse(RecordedInstance &r, size_t position, const std::string &pointer, const json::Value &e, const std::string &version,
            std::string code, std::vector<Message> reasons) {
    RecordedRefusal out;
    out.position = position;
    out.pointer = pointer;
    out.event = std::string(e.find("event").as_string());
    out.date = std::string(e.find("date").as_string());
    out.recorded_version = version;
    out.loaded_version = r.spec ? r.spec->version : "";
    out.code = std::move(code);
    out.reasons = std::move(reasons);
    // The event in words when the specification knows it (its id otherwise: that is what was recorded).
    const int known = r.spec ? r.spec->event_index(out.event) : -1;
    const auto args = [&](bool en) {
        const Message what = known >= 0 ? r.spec->events[static_cast<size_t>(known)].text : Message{"", ""};
        return MessageArgs{{"position", std::to_string(position)}, {"event", out.event}, {"date", out.date}, {"what", en ? what.en : what.nl},
                           {"spec", r.spec_id}, {"recorded", out.recorded_version}, {"loaded", out.loaded_version}};
    };
    const char *id = !r.spec ? "unknown_specification" : known >= 0 ? "refused" : "refused_unknown_event";
    out.message = Message{texts().format(id, args(false)).nl, texts().format(id, args(true)).en};
    for (const Message &m : out.reasons) {
        out.message.nl += " " + m.nl;
        out.message.en += " " + m.en;
    }
    r.refused = std::move(out);
}

}  // namespace

std::vector<RecordedInstance> recorded_instances(const Procedures &p, const json::Value &root, std::string_view child,
                                                 const std::optional<Date> &birth) {
    std::vector<RecordedInstance> out;
    std::vector<size_t> counts;  // the child's events seen per instance
    size_t n = 0;
    for (json::Value e = root.find("procedure_events").first_child(); e.valid(); e = e.next_sibling(), ++n) {
        if (!e.is_object() || e.find("child").as_string() != child) continue;
        const std::string spec_id(e.find("spec").find("id").as_string()), version(e.find("spec").find("version").as_string());
        size_t i = 0;
        while (i < out.size() && out[i].spec_id != spec_id) ++i;
        if (i == out.size()) {
            out.emplace_back();
            counts.push_back(0);
            out[i].spec_id = spec_id;
            out[i].spec = spec_id.empty() ? nullptr : p.shipped(spec_id);
            if (out[i].spec) out[i].instance = std::make_unique<Instance>(*out[i].spec, birth);
        }
        RecordedInstance &r = out[i];
        const size_t position = ++counts[i];  // 1 for the first
        if (std::find(r.versions.begin(), r.versions.end(), version) == r.versions.end()) r.versions.push_back(version);
        if (r.refused) continue;  // what follows a refused event depends on it: not replayed
        const std::string pointer = "/procedure_events/" + std::to_string(n);
        if (!r.spec) {
            refuse(r, position, pointer, e, version, "unknown_specification", {});
            continue;
        }
        RecordedEvent ev{{}, version, pointer};
        if (auto bad = read_record(e, ev.input)) {
            refuse(r, position, pointer, e, version, "invalid_record", {*bad});
            continue;
        }
        if (auto refused = r.instance->apply(ev.input)) {
            refuse(r, position, pointer, e, version, refused->code, std::move(refused->reasons));
            continue;
        }
        r.applied.push_back(std::move(ev));
    }
    return out;
}

}  // namespace helder::procedure
