// SPDX-License-Identifier: EUPL-1.2
#include "procedure/spec.hh"

#include <set>

#include "core/json.hh"
#include "core/resources.hh"
#include "procedure/deadline.hh"

namespace helder::procedure {
namespace {

template <class T>
T with_id(std::string id) {
    T t;
    t.id = std::move(id);
    return t;
}

}  // namespace

// Reads a specification in two passes: first every id (so that a reference may point forward),
// then every reference. The first problem stops it, with its JSON Pointer.
class SpecReader {
public:
    SpecReader(const law::LegalFacts &law, const std::vector<std::string> &rights) : law_(law), rights_(rights.begin(), rights.end()) {}

    Result<Spec> read(std::string_view text) {
        if (text.size() > kMaxSpecBytes)
            return make_error(HELDER_E_INVALID_JSON, "specification: larger than " + std::to_string(kMaxSpecBytes) + " bytes");
        json::Limits limits;
        limits.max_bytes = kMaxSpecBytes;
        limits.max_depth = kMaxDepth;
        auto doc = json::Document::parse(text, limits);
        if (!doc) return make_error(HELDER_E_INVALID_JSON, "specification: " + doc.error().message, doc.error().offset);
        try {
            read_root(doc->root());
        } catch (const Problem &p) {
            return make_error(HELDER_E_INVALID_JSON, "specification at " + p.pointer + ": " + p.what);
        }
        return std::move(spec_);
    }

private:
    struct Problem {
        std::string pointer, what;
    };
    [[noreturn]] static void fail(const json::Value &v, const std::string &what) { throw Problem{v.pointer(), what}; }

    static void only(const json::Value &object, std::initializer_list<std::string_view> known) {
        if (!object.is_object()) fail(object, "expected an object");
        for (json::Value m = object.first_child(); m.valid(); m = m.next_sibling()) {
            bool ok = false;
            for (std::string_view k : known) ok = ok || m.key() == k;
            if (!ok) fail(m, "unknown field \"" + std::string(m.key()) + "\"");
        }
    }
    static json::Value required(const json::Value &object, std::string_view key) {
        const json::Value v = object.find(key);
        if (!v.valid()) fail(object, "missing field \"" + std::string(key) + "\"");
        return v;
    }
    static std::string id_of(const json::Value &object) {
        const json::Value v = required(object, "id");
        if (!v.is_string() || v.as_string().empty() || v.as_string().size() > 64) fail(v, "an id is a string of 1 to 64 characters");
        for (char c : v.as_string())
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) fail(v, "an id has only a-z, 0-9, _ and -");
        return std::string(v.as_string());
    }
    static std::string text_of(const json::Value &v) {
        if (!v.is_string()) fail(v, "expected a string");
        return std::string(v.as_string());
    }
    // A text in Dutch and English, its {fact:ID} filled in.
    Message message(const json::Value &object, std::string_view key, bool needed = true) const {
        const json::Value v = object.find(key);
        if (!v.valid()) {
            if (needed) fail(object, "missing field \"" + std::string(key) + "\"");
            return {};
        }
        only(v, {"nl", "en"});
        Message m{text_of(required(v, "nl")), text_of(required(v, "en"))};
        if (m.nl.empty() || m.en.empty()) fail(v, "a text needs Dutch and English");
        try {
            return law_.expand(m);
        } catch (const Failure &f) {
            fail(v, f.what());
        }
    }
    static bool flag(const json::Value &object, std::string_view key) {
        const json::Value v = object.find(key);
        if (!v.valid()) return false;
        if (!v.is_bool()) fail(v, "expected true or false");
        return v.as_bool();
    }
    static json::Value array(const json::Value &object, std::string_view key, size_t max, bool needed = true) {
        const json::Value v = object.find(key);
        if (!v.valid() && !needed) return v;
        if (!v.valid()) fail(object, "missing field \"" + std::string(key) + "\"");
        if (!v.is_array()) fail(v, "expected an array");
        if (v.size() > max) fail(v, "at most " + std::to_string(max) + " entries");
        return v;
    }
    template <class Fn>
    static void each(const json::Value &array, Fn fn) {
        if (!array.valid()) return;
        for (json::Value v = array.first_child(); v.valid(); v = v.next_sibling()) fn(v);
    }
    static void name(NameIndex &ids, const json::Value &object, const std::string &id, size_t index) {
        if (!ids.emplace(id, static_cast<int>(index)).second) fail(object.find("id"), "the id \"" + id + "\" is used twice");
    }
    static int ref(const NameIndex &ids, const json::Value &v, const char *what) {
        if (!v.is_string()) fail(v, std::string("expected the id of a ") + what);
        const auto it = ids.find(std::string(v.as_string()));
        if (it == ids.end()) fail(v, std::string("no ") + what + " \"" + std::string(v.as_string()) + "\"");
        return it->second;
    }
    // One id or an array of ids.
    template <class Fn>
    static void refs(const json::Value &v, Fn fn) {
        if (v.is_array()) each(v, fn);
        else if (v.valid()) fn(v);
    }

    void read_root(const json::Value &root) {
        only(root, {"format", "format_version", "id", "version", "kind", "title", "note", "facts", "guards", "timers", "regions", "stages",
                    "events", "transitions", "properties", "rights_always", "$schema"});
        if (root.find("format").as_string() != "helder-procedure") fail(required(root, "format"), "expected \"helder-procedure\"");
        const json::Value fv = required(root, "format_version");
        if (!fv.is_integer() || fv.as_integer() != kSpecFormat)
            fail(fv, "this helder reads format_version " + std::to_string(kSpecFormat));
        Spec &s = spec_;
        s.id = id_of(root);
        s.version = text_of(required(root, "version"));
        if (s.version.empty() || s.version.size() > 64) fail(root.find("version"), "a version is 1 to 64 characters");
        s.kind = text_of(required(root, "kind"));
        if (s.kind != "law" && s.kind != "policy") fail(root.find("kind"), "kind is \"law\" or \"policy\"");
        s.title = message(root, "title");
        s.note = message(root, "note", false);

        const json::Value facts = array(root, "facts", kMaxFacts), guards = array(root, "guards", 1024), timers = array(root, "timers", kMaxTimers),
                          regions = array(root, "regions", kMaxRegions), stages = array(root, "stages", kMaxStages),
                          events = array(root, "events", 1024), transitions = array(root, "transitions", kMaxTransitions),
                          properties = array(root, "properties", 256, false);
        // First pass: the ids.
        each(facts, [&](const json::Value &f) {
            name(s.fact_ids_, f, id_of(f), s.facts.size());
            s.facts.push_back(with_id<Fact>(id_of(f)));
        });
        each(guards, [&](const json::Value &g) {
            name(s.guard_ids_, g, id_of(g), s.guards.size());
            s.guards.push_back(with_id<Guard>(id_of(g)));
        });
        each(timers, [&](const json::Value &t) {
            name(s.timer_ids_, t, id_of(t), s.timers.size());
            s.timers.push_back(with_id<Timer>(id_of(t)));
        });
        NameIndex region_ids;
        each(regions, [&](const json::Value &r) {
            name(region_ids, r, id_of(r), s.regions.size());
            s.regions.push_back(with_id<Region>(id_of(r)));
        });
        if (s.regions.empty()) fail(regions, "a specification has at least one region");
        each(stages, [&](const json::Value &st) {
            name(s.stage_ids_, st, id_of(st), s.stages.size());
            s.stages.push_back(with_id<Stage>(id_of(st)));
        });
        each(events, [&](const json::Value &e) {
            const std::string id = id_of(e);
            if (id.rfind("expired", 0) == 0) fail(e.find("id"), "ids starting with \"expired\" are the timers' own events");
            name(s.event_ids_, e, id, s.events.size());
            s.events.push_back(with_id<Event>(id));
        });
        // Each timer has its own event, fired when its due date passes.
        for (size_t t = 0; t < s.timers.size(); ++t) {
            s.event_ids_.emplace("expired:" + s.timers[t].id, static_cast<int>(s.events.size()));
            Event e = with_id<Event>("expired:" + s.timers[t].id);
            e.expires_timer = static_cast<int>(t);
            s.timers[t].expiry_event = static_cast<int>(s.events.size());
            s.events.push_back(std::move(e));
        }

        // Second pass: everything else.
        size_t i = 0;
        each(facts, [&](const json::Value &f) {
            only(f, {"id", "text", "age_at_least"});
            Fact &fact = s.facts[i++];
            fact.text = message(f, "text");
            if (const json::Value age = f.find("age_at_least"); age.valid()) {
                fact.age_at_least = law_.find(text_of(age));
                if (!fact.age_at_least || fact.age_at_least->unit != "year") fail(age, "expected a legal fact that is an age");
                s.derived_ |= uint64_t{1} << (i - 1);
            }
        });
        i = 0;
        each(guards, [&](const json::Value &g) {
            only(g, {"id", "fact", "all", "any", "not", "missing", "remedy"});
            Guard &guard = s.guards[i++];
            int ops = 0;
            if (const json::Value f = g.find("fact"); f.valid()) ++ops, guard.op = Guard::Op::Fact, guard.fact = ref(s.fact_ids_, f, "fact");
            for (const char *k : {"all", "any"})
                if (const json::Value list = g.find(k); list.valid()) {
                    ++ops;
                    guard.op = k[1] == 'l' ? Guard::Op::All : Guard::Op::Any;
                    if (!list.is_array() || list.size() == 0) fail(list, "expected a list of guards");
                    each(list, [&](const json::Value &r) { guard.guards.push_back(ref(s.guard_ids_, r, "guard")); });
                }
            if (const json::Value n = g.find("not"); n.valid()) ++ops, guard.op = Guard::Op::Not, guard.guards = {ref(s.guard_ids_, n, "guard")};
            if (ops != 1) fail(g, "a guard has exactly one of \"fact\", \"all\", \"any\" and \"not\"");
            guard.missing = message(g, "missing");
            guard.remedy = message(g, "remedy", false);
        });
        check_guard_cycles(guards);
        i = 0;
        each(timers, [&](const json::Value &t) {
            only(t, {"id", "text", "fact", "deadline"});
            Timer &timer = s.timers[i++];
            timer.text = message(t, "text");
            timer.fact = law_.find(text_of(required(t, "fact")));
            if (!timer.fact || timer.fact->unit == "rule") fail(t.find("fact"), "expected a legal fact that is a period");
            if (const json::Value d = t.find("deadline"); d.valid()) {
                timer.deadline = text_of(d);
                const DeadlineKind *kind = DeadlineRules::shipped().kind(timer.deadline);
                if (!kind) fail(d, "no deadline kind \"" + timer.deadline + "\" (lib/data/procedure/deadlines.tsv)");
                if (kind->fact->id != timer.fact->id) fail(d, "the deadline kind rests on " + kind->fact->id + ", not on " + timer.fact->id);
                timer.deadline_kind = kind;
            }
        });
        i = 0;
        each(regions, [&](const json::Value &r) {
            only(r, {"id", "initial"});
            s.regions[i++].initial = ref(s.stage_ids_, required(r, "initial"), "stage");
        });
        i = 0;
        each(stages, [&](const json::Value &st) {
            only(st, {"id", "region", "title", "decides", "next", "compulsory", "emergency", "end", "rights"});
            Stage &stage = s.stages[i++];
            stage.region = ref(region_ids, required(st, "region"), "region");
            stage.title = message(st, "title");
            stage.decides = message(st, "decides");
            stage.next = message(st, "next");
            stage.compulsory = flag(st, "compulsory");
            stage.emergency = flag(st, "emergency");
            stage.end = flag(st, "end");
            each(array(st, "rights", 64, false), [&](const json::Value &r) { stage.rights.push_back(right(r)); });
        });
        for (size_t r = 0; r < s.regions.size(); ++r)
            if (s.stages[static_cast<size_t>(s.regions[r].initial)].region != static_cast<int>(r))
                fail(regions.element(r).find("initial"), "the initial stage belongs to another region");
        i = 0;
        each(events, [&](const json::Value &e) {
            only(e, {"id", "text", "carries"});
            Event &event = s.events[i++];
            event.text = message(e, "text");
            each(array(e, "carries", kMaxPerTransition, false), [&](const json::Value &f) {
                const int fact = ref(s.fact_ids_, f, "fact");
                if (s.derived_ >> fact & 1) fail(f, "a fact about the child's age follows from the birth date; no event states it");
                event.carries.push_back(fact);
            });
        });
        s.by_event_.assign(s.events.size(), {});
        each(transitions, [&](const json::Value &t) {
            only(t, {"from", "event", "to", "guards", "sets", "start", "stop", "decision"});
            Transition tr;
            tr.decision = flag(t, "decision");
            refs(required(t, "from"), [&](const json::Value &f) { tr.from.push_back(ref(s.stage_ids_, f, "stage")); });
            if (tr.from.empty()) fail(t.find("from"), "a transition starts from at least one stage");
            tr.event = ref(s.event_ids_, required(t, "event"), "event");
            const int region = s.stages[static_cast<size_t>(tr.from[0])].region;
            for (int f : tr.from)
                if (s.stages[static_cast<size_t>(f)].region != region) fail(t.find("from"), "all stages of \"from\" are in one region");
            if (const json::Value to = t.find("to"); to.valid()) {
                tr.to = ref(s.stage_ids_, to, "stage");
                if (s.stages[static_cast<size_t>(tr.to)].region != region) fail(to, "a transition stays in its region");
            }
            each(array(t, "guards", kMaxPerTransition, false), [&](const json::Value &g) { tr.guards.push_back(ref(s.guard_ids_, g, "guard")); });
            if (const json::Value sets = t.find("sets"); sets.valid()) {
                if (!sets.is_object()) fail(sets, "expected an object of facts and true or false");
                for (json::Value m = sets.first_child(); m.valid(); m = m.next_sibling()) {
                    const auto it = s.fact_ids_.find(std::string(m.key()));
                    if (it == s.fact_ids_.end()) fail(m, "no fact \"" + std::string(m.key()) + "\"");
                    if (s.derived_ >> it->second & 1) fail(m, "a fact about the child's age follows from the birth date");
                    if (!m.is_bool()) fail(m, "expected true or false");
                    (m.as_bool() ? tr.sets_true : tr.sets_false) |= uint64_t{1} << it->second;
                }
            }
            each(array(t, "start", kMaxTimers, false), [&](const json::Value &x) { tr.start |= 1u << ref(s.timer_ids_, x, "timer"); });
            each(array(t, "stop", kMaxTimers, false), [&](const json::Value &x) { tr.stop |= 1u << ref(s.timer_ids_, x, "timer"); });
            s.by_event_[static_cast<size_t>(tr.event)].push_back(static_cast<int>(s.transitions.size()));
            s.transitions.push_back(std::move(tr));
        });
        each(properties, [&](const json::Value &p) {
            only(p, {"id", "kind", "text", "guard", "except_emergency", "timer", "stage", "event"});
            Property prop = with_id<Property>(id_of(p));
            prop.text = message(p, "text");
            const std::string kind = text_of(required(p, "kind"));
            if (kind == "entry_requires") {
                prop.kind = Property::Kind::EntryRequires;
                prop.guard = ref(s.guard_ids_, required(p, "guard"), "guard");
                prop.except_emergency = flag(p, "except_emergency");
            } else if (kind == "emergency_then") {
                prop.kind = Property::Kind::EmergencyThen;
                prop.timer = ref(s.timer_ids_, required(p, "timer"), "timer");
                prop.stage = ref(s.stage_ids_, required(p, "stage"), "stage");
            } else if (kind == "never_event") {
                prop.kind = Property::Kind::NeverEvent;
                prop.event = ref(s.event_ids_, required(p, "event"), "event");
            } else {
                fail(p.find("kind"), "kind is \"entry_requires\", \"emergency_then\" or \"never_event\"");
            }
            s.properties.push_back(std::move(prop));
        });
        each(array(root, "rights_always", 64, false), [&](const json::Value &r) { s.rights_always.push_back(right(r)); });
    }

    std::string right(const json::Value &v) {
        const std::string id = text_of(v);
        if (!rights_.count(id)) fail(v, "no right \"" + id + "\" in lib/data/law/rights.tsv");
        return id;
    }

    // A guard may name other guards, but never itself through them: that guard could not be decided.
    void check_guard_cycles(const json::Value &guards) {
        enum : char { kNew, kOpen, kDone };
        std::vector<char> mark(spec_.guards.size(), kNew);
        std::vector<std::pair<int, size_t>> stack;  // guard, next child
        for (size_t g = 0; g < spec_.guards.size(); ++g) {
            if (mark[g] != kNew) continue;
            stack.push_back({static_cast<int>(g), 0});
            mark[g] = kOpen;
            while (!stack.empty()) {
                auto &[at, next] = stack.back();
                const std::vector<int> &children = spec_.guards[static_cast<size_t>(at)].guards;
                if (next == children.size()) {
                    mark[static_cast<size_t>(at)] = kDone;
                    stack.pop_back();
                    continue;
                }
                const int child = children[next++];
                if (mark[static_cast<size_t>(child)] == kOpen)
                    fail(guards.element(static_cast<size_t>(child)), "the guard \"" + spec_.guards[static_cast<size_t>(child)].id + "\" depends on itself");
                if (mark[static_cast<size_t>(child)] == kNew) {
                    mark[static_cast<size_t>(child)] = kOpen;
                    stack.push_back({child, 0});
                }
            }
        }
    }

    const law::LegalFacts &law_;
    const std::set<std::string> rights_;
    Spec spec_;
};

Result<Spec> Spec::load(std::string_view json, const law::LegalFacts &law, const std::vector<std::string> &rights_ids) {
    return SpecReader(law, rights_ids).read(json);
}

std::vector<std::string> Spec::shipped_names() { return {"law", "toekomstscenario"}; }

Result<Spec> Spec::shipped(std::string_view name, const law::LegalFacts &law, const std::vector<std::string> &rights_ids) {
    for (const std::string &n : shipped_names())
        if (n == name) return load(resources::get("procedure/" + n + ".json"), law, rights_ids);
    return make_error(HELDER_E_INVALID_ARGUMENT, "no shipped specification \"" + std::string(name) + "\" (there are: law, toekomstscenario)");
}

bool Spec::holds(int guard, uint64_t known) const {
    const Guard &g = guards[static_cast<size_t>(guard)];
    switch (g.op) {
        case Guard::Op::Fact: return known >> g.fact & 1;
        case Guard::Op::All:
            for (int c : g.guards)
                if (!holds(c, known)) return false;
            return true;
        case Guard::Op::Any:
            for (int c : g.guards)
                if (holds(c, known)) return true;
            return false;
        case Guard::Op::Not: return !holds(g.guards[0], known);
    }
    return false;
}

uint64_t Spec::reads(int guard) const {
    const Guard &g = guards[static_cast<size_t>(guard)];
    if (g.op == Guard::Op::Fact) return uint64_t{1} << g.fact;
    uint64_t out = 0;
    for (int c : g.guards) out |= reads(c);
    return out;
}

}  // namespace helder::procedure
