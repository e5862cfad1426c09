// SPDX-License-Identifier: EUPL-1.2
#include "procedure/procedure_document.hh"

#include "core/json.hh"
#include "core/options.hh"
#include "core/resources.hh"
#include "core/utf8.hh"
#include "dossier/validator.hh"
#include "procedure/deadline_document.hh"
#include "procedure/engine.hh"
#include "procedure/from_dossier.hh"

namespace helder::procedure {
namespace {

using options::Field;
using options::Type;

void write_message(json::Writer &w, const Message &m) { w.begin_object().key("nl").string(m.nl).key("en").string(m.en).end_object(); }

struct StoredEvent {
    EventInput input;
    std::string raw_facts;  // the facts object as stored, written back unchanged
};

// A parsed instance: its specification (shipped, or the caller's) and its events, replayed.
struct Loaded {
    std::unique_ptr<Spec> own;  // a specification the caller passed (on the heap: the instance points to it)
    const Spec *spec = nullptr;
    std::string stored_version;  // the version the instance was stored with
    std::string child_id;
    std::optional<Date> birth;
    std::vector<StoredEvent> events;
    std::unique_ptr<Instance> instance;
};

Error invalid(const std::string &what) { return make_error(HELDER_E_INVALID_JSON, what); }

// An event as a request or a stored instance gives it: {"event", "date", "actor", "facts"}.
Result<StoredEvent> read_event(const json::Value &e, const std::string &where) {
    static const options::Table kEvent = {{"event", Type::NonEmptyString, true}, {"date", Type::NonEmptyString, true},
                                          {"actor", Type::String}, {"facts", Type::Object}};
    if (auto bad = options::check(e, kEvent, where)) return *bad;
    StoredEvent out;
    out.input.event = std::string(e.find("event").as_string());
    const auto date = Date::parse(e.find("date").as_string());
    if (!date) return invalid(where + ": date must be a date that exists, written as YYYY-MM-DD");
    out.input.date = *date;
    out.input.actor = std::string(e.find("actor").as_string());
    for (json::Value f = e.find("facts").first_child(); f.valid(); f = f.next_sibling()) {
        if (!f.is_bool()) return invalid(where + ": facts." + std::string(f.key()) + " must be true or false");
        out.input.facts.emplace_back(std::string(f.key()), f.as_bool());
    }
    out.raw_facts = e.find("facts").valid() ? std::string(e.find("facts").raw()) : std::string("{}");
    return out;
}

// A request's "today", or the system's date.
Result<Date> today_of(const options::Fields &request) {
    if (!request.has("today")) return dossier::system_today();
    const auto given = Date::parse(request.string("today"));
    if (!given) return request.invalid("today", "a date that exists, written as YYYY-MM-DD");
    return *given;
}

bool inst_last_after(const Instance &i, const Date &today) { return i.last_date() && today < *i.last_date(); }

Message refusal_text(const Refusal &r) {
    Message m;
    for (const Message &reason : r.reasons) {
        m.nl += (m.nl.empty() ? "" : " ") + reason.nl;
        m.en += (m.en.empty() ? "" : " ") + reason.en;
    }
    return m;
}

Result<Loaded> load(const Procedures &p, std::string_view spec_json, std::string_view instance_json) {
    for (std::string_view input : {spec_json, instance_json})
        if (const auto bad = utf8::first_invalid(input))
            return make_error(HELDER_E_INVALID_UTF8, "not valid UTF-8 at byte " + std::to_string(*bad), *bad);
    Loaded out;
    if (!spec_json.empty()) {
        auto own = Spec::load(spec_json, p.law(), p.rights_ids());
        if (!own) return own.error();
        out.own = std::make_unique<Spec>(std::move(own.value()));
    }
    static const options::Table kSpecRef = {{"id", Type::NonEmptyString, true}, {"version", Type::NonEmptyString, true}};
    static const options::Table kChild = {{"id", Type::String}, {"birth_date", Type::String}};
    static const options::Table kInstance = {{"format", Type::Choice, true, 0, 0, {"helder-procedure-instance"}},
                                             {"format_version", Type::Integer, true, kInstanceFormat, kInstanceFormat},
                                             {"spec", Type::Object, true, 0, 0, {}, &kSpecRef},
                                             {"child", Type::Object, false, 0, 0, {}, &kChild},
                                             {"events", Type::Array, true}};
    auto fields = options::Fields::parse(instance_json, kInstance, "instance");
    if (!fields) return fields.error();
    const std::string spec_id(fields->get("spec").find("id").as_string());
    out.stored_version = std::string(fields->get("spec").find("version").as_string());
    out.spec = spec_json.empty() ? p.shipped(spec_id) : out.own.get();
    if (!out.spec) return invalid("instance: spec.id \"" + spec_id + "\" is not a shipped specification (law: nl-jeugdbescherming, policy: nl-toekomstscenario); pass the specification itself");
    if (out.spec->id != spec_id) return invalid("instance: stored for specification \"" + spec_id + "\", not \"" + out.spec->id + "\"");
    const json::Value child = fields->get("child");
    out.child_id = std::string(child.find("id").as_string());
    if (child.find("birth_date").valid()) {
        out.birth = Date::parse(child.find("birth_date").as_string());
        if (!out.birth) return invalid("instance: child.birth_date must be a date that exists, written as YYYY-MM-DD");
    }
    const json::Value events = fields->get("events");
    if (events.size() > kMaxInstanceEvents) return invalid("instance: more than " + std::to_string(kMaxInstanceEvents) + " events");
    out.instance = std::make_unique<Instance>(*out.spec, out.birth);
    size_t n = 0;
    for (json::Value e = events.first_child(); e.valid(); e = e.next_sibling(), ++n) {
        auto ev = read_event(e, "instance: events[" + std::to_string(n) + "]");
        if (!ev) return ev.error();
        if (auto refused = out.instance->apply(ev->input)) {
            const std::string why = refusal_text(*refused).en;
            if (out.stored_version != out.spec->version)
                return make_error(HELDER_E_UNSUPPORTED, "instance: stored with version " + out.stored_version + " of " + spec_id + "; event " +
                                                            std::to_string(n) + " (" + ev->input.event + ") does not replay on version " +
                                                            out.spec->version + ": " + why);
            return invalid("instance: events[" + std::to_string(n) + "] (" + ev->input.event + ") was refused: " + why);
        }
        out.events.push_back(std::move(ev.value()));
    }
    return out;
}

void write_instance(json::Writer &w, const Loaded &l) {
    w.begin_object().key("format").string("helder-procedure-instance").key("format_version").integer(kInstanceFormat);
    w.key("spec").begin_object().key("id").string(l.spec->id).key("version").string(l.spec->version).end_object();
    w.key("child").begin_object();
    if (!l.child_id.empty()) w.key("id").string(l.child_id);
    if (l.birth) w.key("birth_date").string(l.birth->str());
    w.end_object();
    w.key("events").begin_array();
    for (const StoredEvent &e : l.events) {
        w.begin_object().key("event").string(e.input.event).key("date").string(e.input.date.str());
        if (!e.input.actor.empty()) w.key("actor").string(e.input.actor);
        w.key("facts").raw(e.raw_facts).end_object();
    }
    w.end_array().end_object();
}

void write_stage(json::Writer &w, const Spec &s, int stage) {
    const Stage &st = s.stages[static_cast<size_t>(stage)];
    w.begin_object().key("region").string(s.regions[static_cast<size_t>(st.region)].id).key("id").string(st.id);
    w.key("title");
    write_message(w, st.title);
    w.key("decides");
    write_message(w, st.decides);
    w.key("next");
    write_message(w, st.next);
    w.key("compulsory").boolean(st.compulsory).key("emergency").boolean(st.emergency).key("end").boolean(st.end).end_object();
}

void write_stages(json::Writer &w, const Loaded &l) {
    w.key("stages").begin_array();
    for (int s : l.instance->stages()) write_stage(w, *l.spec, s);
    w.end_array();
}

void write_spec_ref(json::Writer &w, const Loaded &l) {
    const Spec &s = *l.spec;
    w.key("spec").begin_object().key("id").string(s.id).key("version").string(s.version).key("kind").string(s.kind).key("title");
    write_message(w, s.title);
    if (!s.note.nl.empty()) {
        w.key("note");
        write_message(w, s.note);
    }
    w.end_object();
    if (l.stored_version != s.version) w.key("replayed_from_version").string(l.stored_version);
}

// The rights of one party at the current stages, with the helpers for them.
void write_party(json::Writer &w, const Procedures &p, const Loaded &l, const Party &party) {
    std::set<std::string> listed(l.spec->rights_always.begin(), l.spec->rights_always.end());
    for (int s : l.instance->stages())
        for (const std::string &r : l.spec->stages[static_cast<size_t>(s)].rights) listed.insert(r);
    w.begin_object().key("party").string(party.id).key("title");
    write_message(w, party.title);
    w.key("rights").begin_array();
    for (const law::Right &r : p.rights().for_reader(party.reader, &listed)) {
        w.begin_object().key("id").string(r.id).key("text");
        write_message(w, r.text);
        w.end_object();
    }
    w.end_array();
    w.key("helpers").begin_array();
    for (const Helper &h : p.helpers()) {
        if (h.audience != "all" && (h.audience == "child") != party.reader.child) continue;
        w.begin_object().key("id").string(h.id).key("name");
        write_message(w, h.name);
        w.key("text");
        write_message(w, h.text);
        if (!h.contact.empty()) w.key("contact").string(h.contact).key("source").string(h.source).key("read_on").string(h.read_on);
        w.end_object();
    }
    w.end_array().end_object();
}

// The child's recorded events (the dossier's procedure_events), replayed per specification: the
// instance of the events that replayed (on the version helder has), where each comes from, the
// stages it stands in, and the first event that did not replay, with why.
void write_recorded(json::Writer &w, const DossierProcedure &proc) {
    w.key("recorded").begin_array();
    for (const RecordedInstance &r : proc.recorded) {
        w.begin_object().key("spec").begin_object().key("id").string(r.spec_id);
        if (r.spec) w.key("version").string(r.spec->version);
        w.end_object();
        w.key("recorded_versions").begin_array();
        for (const std::string &v : r.versions) w.string(v);
        w.end_array();
        bool other = false;
        for (const std::string &v : r.versions) other = other || !r.spec || v != r.spec->version;
        if (other && r.spec) {
            w.key("replayed_from_versions").begin_array();
            for (const std::string &v : r.versions)
                if (v != r.spec->version) w.string(v);
            w.end_array();
        }
        if (r.spec) {
            w.key("instance").begin_object().key("format").string("helder-procedure-instance").key("format_version").integer(kInstanceFormat);
            w.key("spec").begin_object().key("id").string(r.spec->id).key("version").string(r.spec->version).end_object();
            w.key("child").begin_object().key("id").string(proc.child);
            if (proc.birth) w.key("birth_date").string(proc.birth->str());
            w.end_object().key("events").begin_array();
            for (const RecordedEvent &e : r.applied) {
                w.begin_object().key("event").string(e.input.event).key("date").string(e.input.date.str());
                if (!e.input.actor.empty()) w.key("actor").string(e.input.actor);
                w.key("facts").begin_object();
                for (const auto &[fact, value] : e.input.facts) w.key(fact).boolean(value);
                w.end_object().end_object();
            }
            w.end_array().end_object();
            w.key("stages").begin_array();
            for (int s : r.instance->stages()) write_stage(w, *r.spec, s);
            w.end_array();
        }
        w.key("sources").begin_array();
        for (const RecordedEvent &e : r.applied) w.string(e.pointer);
        w.end_array();
        w.key("refused");
        if (r.refused) {
            const RecordedRefusal &x = *r.refused;
            w.begin_object().key("position").integer(static_cast<int64_t>(x.position)).key("pointer").string(x.pointer);
            w.key("event").string(x.event).key("date").string(x.date).key("recorded_version").string(x.recorded_version);
            w.key("loaded_version");
            if (r.spec) w.string(x.loaded_version);
            else w.null();
            w.key("code").string(x.code).key("reasons").begin_array();
            for (const Message &m : x.reasons) write_message(w, m);
            w.end_array().key("message");
            write_message(w, x.message);
            w.end_object();
        } else {
            w.null();
        }
        w.end_object();
    }
    w.end_array();
}

}  // namespace

Result<json::OwnedText> apply_document(const Procedures &p, std::string_view spec_json, std::string_view instance_json, std::string_view event_json) {
    if (const auto bad = utf8::first_invalid(event_json)) return make_error(HELDER_E_INVALID_UTF8, "event: not valid UTF-8 at byte " + std::to_string(*bad), *bad);
    auto loaded = load(p, spec_json, instance_json);
    if (!loaded) return loaded.error();
    auto doc = json::Document::parse(event_json);
    if (!doc) return invalid("event: " + doc.error().message);
    if (loaded->events.size() >= kMaxInstanceEvents) return invalid("instance: already " + std::to_string(kMaxInstanceEvents) + " events");
    auto ev = read_event(doc->root(), "event");
    if (!ev) return ev.error();
    const auto refused = loaded->instance->apply(ev->input);
    if (!refused) loaded->events.push_back(std::move(ev.value()));
    json::Writer w;
    w.begin_object().key("format").integer(1).key("applied").boolean(!refused);
    w.key("refusal");
    if (refused) {
        w.begin_object().key("code").string(refused->code).key("reasons").begin_array();
        for (const Message &m : refused->reasons) write_message(w, m);
        w.end_array().end_object();
    } else {
        w.null();
    }
    write_spec_ref(w, *loaded);
    write_stages(w, *loaded);
    w.key("instance");
    write_instance(w, *loaded);
    w.end_object();
    return w.release();
}

Result<json::OwnedText> state_document(const Procedures &p, std::string_view spec_json, std::string_view instance_json, std::string_view query_json) {
    if (const auto bad = utf8::first_invalid(query_json)) return make_error(HELDER_E_INVALID_UTF8, "query: not valid UTF-8 at byte " + std::to_string(*bad), *bad);
    static const options::Table kQuery = {{"today", Type::NonEmptyString}, {"party", Type::NonEmptyString}};
    auto query = options::Fields::parse(query_json, kQuery, "query");
    if (!query) return query.error();
    const auto day = today_of(*query);
    if (!day) return day.error();
    const Date today = *day;
    const Party *only = nullptr;
    if (query->has("party")) {
        only = p.parties().find(query->string("party"));
        if (!only) {
            std::string ids;
            for (const Party &party : p.parties().all()) ids += (ids.empty() ? "" : ", ") + party.id;
            return query->invalid("party", "one of " + ids);
        }
    }
    auto loaded = load(p, spec_json, instance_json);
    if (!loaded) return loaded.error();
    // Where it stands today: a timer whose last day passed has fired (the stored events stay).
    if (!inst_last_after(*loaded->instance, today)) loaded->instance->advance_to(today);
    const Instance &inst = *loaded->instance;
    const Spec &spec = *loaded->spec;
    json::Writer w;
    w.begin_object().key("format").integer(1).key("today").string(today.str());
    write_spec_ref(w, *loaded);
    write_stages(w, *loaded);
    w.key("facts").begin_object();
    for (size_t f = 0; f < spec.facts.size(); ++f)
        if (!spec.facts[f].age_at_least) w.key(spec.facts[f].id).boolean(inst.facts() >> f & 1);
    w.end_object();
    w.key("next_steps").begin_array();
    for (const NextStep &step : inst.next_steps()) {
        const Transition &tr = spec.transitions[static_cast<size_t>(step.transition)];
        bool possible = true;
        for (const auto &g : step.guards) possible = possible && g.second;
        w.begin_object().key("event").string(spec.events[static_cast<size_t>(tr.event)].id).key("text");
        write_message(w, spec.events[static_cast<size_t>(tr.event)].text);
        if (tr.to >= 0) {
            w.key("to");
            write_stage(w, spec, tr.to);
        }
        w.key("decision").boolean(tr.decision).key("possible").boolean(possible).key("guards").begin_array();
        for (const auto &[g, holds] : step.guards) {
            w.begin_object().key("id").string(spec.guards[static_cast<size_t>(g)].id).key("holds").boolean(holds).key("missing");
            write_message(w, spec.guards[static_cast<size_t>(g)].missing);
            w.end_object();
        }
        w.end_array().end_object();
    }
    w.end_array();
    w.key("deadlines").begin_array();
    const DeadlineRules &rules = DeadlineRules::shipped();
    for (const RunningTimer &t : inst.timers()) {
        const Timer &timer = spec.timers[static_cast<size_t>(t.timer)];
        w.begin_object().key("timer").string(timer.id).key("text");
        write_message(w, timer.text);
        if (const DeadlineKind *kind = timer.deadline.empty() ? nullptr : rules.kind(timer.deadline)) {
            write_deadline_members(w, rules, rules.compute(*kind, t.from, AppealParty::unknown, today));
        } else {
            w.key("from").string(t.from.str()).key("due").string(t.due.str()).key("basis").string(timer.fact->article);
            w.key("label").string(timer.fact->label).key("days_left").integer(t.due.days() - today.days());
        }
        w.end_object();
    }
    w.end_array();
    w.key("parties").begin_array();
    for (const Party &party : p.parties().all())
        if (!only || only == &party) write_party(w, p, *loaded, party);
    w.end_array();
    w.end_object();
    return w.release();
}

Result<json::OwnedText> from_dossier_document(const Procedures &p, std::string_view dossier_json, std::string_view request_json) {
    for (std::string_view input : {dossier_json, request_json})
        if (const auto bad = utf8::first_invalid(input)) return make_error(HELDER_E_INVALID_UTF8, "not valid UTF-8 at byte " + std::to_string(*bad), *bad);
    static const options::Table kRequest = {{"child", Type::NonEmptyString, true}, {"today", Type::NonEmptyString}};
    auto request = options::Fields::parse(request_json, kRequest, "request");
    if (!request) return request.error();
    const auto day = today_of(*request);
    if (!day) return day.error();
    const Date today = *day;
    auto dossier = json::Document::parse(dossier_json);
    if (!dossier) return invalid("dossier: " + dossier.error().message);
    if (!dossier->root().is_object()) return invalid("dossier: expected an object");
    auto proc = procedure_of_child(p, dossier->root(), request->string("child"), today);
    if (!proc) return proc.error();
    const Spec &spec = *p.shipped("law");
    json::Writer w;
    w.begin_object().key("format").integer(1).key("child").string(proc->child).key("today").string(today.str());
    w.key("instance").begin_object().key("format").string("helder-procedure-instance").key("format_version").integer(kInstanceFormat);
    w.key("spec").begin_object().key("id").string(spec.id).key("version").string(spec.version).end_object();
    w.key("child").begin_object().key("id").string(proc->child);
    if (proc->birth) w.key("birth_date").string(proc->birth->str());
    w.end_object().key("events").begin_array();
    for (const MappedEvent &e : proc->applied) {
        w.begin_object().key("event").string(e.input.event).key("date").string(e.input.date.str()).key("actor").string(e.input.actor);
        w.key("facts").begin_object();
        for (const auto &[fact, value] : e.input.facts) w.key(fact).boolean(value);
        w.end_object().end_object();
    }
    w.end_array().end_object();
    w.key("sources").begin_array();  // the dossier item each event comes from, in the same order
    for (const MappedEvent &e : proc->applied) w.string(e.pointer);
    w.end_array();
    w.key("notes").begin_array();
    for (const MappingNote &n : proc->notes) {
        w.begin_object().key("event").string(n.event.input.event).key("date").string(n.event.input.date.str()).key("pointer").string(n.event.pointer);
        w.key("code").string(n.refusal.code).key("reasons").begin_array();
        for (const Message &m : n.refusal.reasons) write_message(w, m);
        w.end_array().end_object();
    }
    w.end_array();
    write_recorded(w, *proc);
    w.key("deadlines").begin_array();
    const DeadlineRules &rules = DeadlineRules::shipped();
    for (const DossierDeadline &d : proc->deadlines) {
        w.begin_object().key("measure").string(d.measure).key("measure_kind").string(d.measure_kind).key("pointer").string(d.pointer);
        if (d.kind == "measure_end") {
            // A date the court set: no law moves it.
            w.key("kind").string("measure_end").key("from").string(d.from.str()).key("due").string(d.due.str());
            w.key("days_left").integer(d.due.days() - today.days()).key("basis").string("beschikking").key("label").string("VERIFIED");
        } else {
            write_deadline_members(w, rules, rules.compute(*rules.kind(d.kind), d.from, AppealParty::unknown, today));
        }
        w.end_object();
    }
    w.end_array().end_object();
    return w.release();
}

Result<json::OwnedText> spec_document(const Procedures &p, std::string_view name) {
    if (name.empty()) {
        json::Writer w;
        w.begin_object().key("format").integer(1).key("specifications").begin_array();
        for (const std::string &n : Spec::shipped_names()) {
            const Spec &s = *p.shipped(n);
            w.begin_object().key("name").string(n).key("id").string(s.id).key("version").string(s.version).key("kind").string(s.kind).key("title");
            write_message(w, s.title);
            w.end_object();
        }
        w.end_array().end_object();
        return w.release();
    }
    if (!p.shipped(name)) return make_error(HELDER_E_INVALID_ARGUMENT, "no shipped specification \"" + std::string(name) + "\" (there are: law, toekomstscenario)");
    json::Bytes out;
    for (const std::string &n : Spec::shipped_names())
        if (n == name || p.shipped(n)->id == name) out.append(resources::get("procedure/" + n + ".json"));
    return out.release();
}

}  // namespace helder::procedure
