// SPDX-License-Identifier: EUPL-1.2
#include "procedure/verify.hh"

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>
#include <set>

#include "procedure/step.hh"

namespace helder::procedure {
namespace {

const Messages &texts() {
    static const Messages m = Messages::load("procedure/verify_texts.tsv");
    return m;
}

uint64_t bit(int i) { return uint64_t{1} << i; }

struct State {
    uint64_t facts = 0;  // the derived age facts included: they are part of where the procedure is
    uint32_t timers = 0;
    std::array<uint16_t, kMaxRegions> stages{};
    bool operator==(const State &o) const { return facts == o.facts && timers == o.timers && stages == o.stages; }
};

uint64_t hash_of(const State &s) {
    uint64_t h = s.facts * 0x9E3779B97F4A7C15ull ^ s.timers;
    for (uint16_t st : s.stages) h = (h ^ st) * 0x100000001B3ull;
    return h ^ (h >> 31);
}

// The states found so far, each once, numbered in the order found: breadth-first, so a lower
// number is never further from the start.
class StateTable {
public:
    std::vector<State> states;

    // The number of `s`, and whether it was new.
    std::pair<uint32_t, bool> insert(const State &s) {
        if ((states.size() + 1) * 2 > slots_.size()) grow();
        size_t i = hash_of(s) & (slots_.size() - 1);
        for (; slots_[i] != 0; i = (i + 1) & (slots_.size() - 1))
            if (states[slots_[i] - 1] == s) return {slots_[i] - 1, false};
        states.push_back(s);
        slots_[i] = static_cast<uint32_t>(states.size());
        return {static_cast<uint32_t>(states.size() - 1), true};
    }

private:
    void grow() {
        slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
        for (size_t n = 0; n < states.size(); ++n) {
            size_t i = hash_of(states[n]) & (slots_.size() - 1);
            while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = static_cast<uint32_t>(n + 1);
        }
    }
    std::vector<uint32_t> slots_;  // a state's number + 1; 0 is free
};

// How a state was first reached: from which state, by which event, on which facts.
struct Arrival {
    uint32_t parent = 0;
    int event = -1;
    uint64_t taken_on = 0;
};

struct Edge {
    uint32_t from, to;
    int event;
};

// A step that breaks a property: the event taken from a reachable state.
struct BadStep {
    uint32_t state = 0;
    int event = -1;
    uint64_t taken_on = 0;
    int stage = -1;
};

class Explorer {
public:
    Explorer(const Spec &spec, const VerifyOptions &options) : spec_(spec), options_(options) {
        // The age facts a child can have, youngest first: none, then every fact up to each age.
        std::vector<int> ages;
        for (const Fact &f : spec.facts)
            if (f.age_at_least) ages.push_back(f.age_at_least->value);
        std::sort(ages.begin(), ages.end());
        ages.erase(std::unique(ages.begin(), ages.end()), ages.end());
        age_levels_.push_back(0);
        for (int age : ages) {
            uint64_t level = 0;
            for (size_t f = 0; f < spec.facts.size(); ++f)
                if (spec.facts[f].age_at_least && spec.facts[f].age_at_least->value <= age) level |= bit(static_cast<int>(f));
            age_levels_.push_back(level);
        }
        for (const Timer &t : spec.timers) expiry_event_.push_back(spec.event_index("expired:" + t.id));
        bad_steps_.resize(spec.properties.size());
    }

    std::optional<Error> explore() {
        for (const Event &e : spec_.events)
            if (e.carries.size() > kMaxCarriedForVerify)
                return make_error(HELDER_E_TOO_LARGE, "verify: the event \"" + e.id + "\" carries " + std::to_string(e.carries.size()) +
                                                          " facts; the verifier tries every combination and takes at most " +
                                                          std::to_string(kMaxCarriedForVerify));
        State start;
        for (size_t r = 0; r < spec_.regions.size(); ++r) start.stages[r] = static_cast<uint16_t>(spec_.regions[r].initial);
        table_.insert(start);
        arrivals_.push_back({});
        const uint64_t derived = spec_.derived_facts();
        for (size_t i = 0; i < table_.states.size(); ++i) {
            const State s = table_.states[i];
            const size_t level = static_cast<size_t>(std::find(age_levels_.begin(), age_levels_.end(), s.facts & derived) - age_levels_.begin());
            for (size_t l = level; l < age_levels_.size(); ++l) {
                const uint64_t base = (s.facts & ~derived) | age_levels_[l];
                for (size_t e = 0; e < spec_.events.size(); ++e) {
                    const Event &event = spec_.events[e];
                    if (event.expires_timer >= 0) continue;
                    // Every combination of what the event may state: not stating a fact is the same as stating what is known.
                    for (uint32_t combo = 0; combo < (1u << event.carries.size()); ++combo) {
                        uint64_t facts = base;
                        for (size_t k = 0; k < event.carries.size(); ++k)
                            facts = combo >> k & 1 ? facts | bit(event.carries[k]) : facts & ~bit(event.carries[k]);
                        step(static_cast<uint32_t>(i), s, static_cast<int>(e), facts, false, s.timers);
                    }
                }
                for (size_t t = 0; t < spec_.timers.size(); ++t)
                    if (s.timers >> t & 1) step(static_cast<uint32_t>(i), s, expiry_event_[t], base, true, s.timers & ~(1u << t));
            }
            if (edges_.size() > options_.max_edges)
                return make_error(HELDER_E_TOO_LARGE, "verify: the specification \"" + spec_.id + "\" has more than " +
                                                          std::to_string(options_.max_edges) + " steps between its states; the verifier stopped");
            if (table_.states.size() > options_.max_states)
                return make_error(HELDER_E_TOO_LARGE, "verify: the specification \"" + spec_.id + "\" reaches more than " +
                                                          std::to_string(options_.max_states) + " states; the verifier stopped");
        }
        return std::nullopt;
    }

    const std::vector<State> &states() const { return table_.states; }
    size_t edge_count() const { return edges_.size(); }
    const std::vector<std::vector<BadStep>> &bad_steps() const { return bad_steps_; }

    // The states from which a goal state can be reached, without the event `avoid` (-1: none),
    // by a search backwards over every edge: linear in the size of the graph.
    template <class Goal>
    std::vector<char> reaching(Goal goal, int avoid) {
        if (in_offsets_.empty()) index_edges_backwards();
        std::vector<char> mark(table_.states.size(), 0);
        std::vector<uint32_t> queue;
        for (uint32_t s = 0; s < table_.states.size(); ++s)
            if (goal(table_.states[s])) mark[s] = 1, queue.push_back(s);
        for (size_t q = 0; q < queue.size(); ++q) {
            const uint32_t to = queue[q];
            for (uint32_t k = in_offsets_[to]; k < in_offsets_[to + 1]; ++k) {
                const Edge &e = edges_[in_edges_[k]];
                if (e.event == avoid || mark[e.from]) continue;
                mark[e.from] = 1;
                queue.push_back(e.from);
            }
        }
        return mark;
    }

    // The states reached from the start without the event `avoid`, by a search forwards.
    std::vector<char> reached_without(int avoid) const {
        const size_t n = table_.states.size();
        std::vector<uint32_t> offsets(n + 1, 0), order(edges_.size());
        for (const Edge &e : edges_) ++offsets[e.from + 1];
        for (size_t s = 0; s < n; ++s) offsets[s + 1] += offsets[s];
        std::vector<uint32_t> fill(offsets.begin(), offsets.end() - 1);
        for (uint32_t k = 0; k < edges_.size(); ++k) order[fill[edges_[k].from]++] = k;
        std::vector<char> mark(n, 0);
        std::vector<uint32_t> queue;
        if (n) mark[0] = 1, queue.push_back(0);
        for (size_t q = 0; q < queue.size(); ++q)
            for (uint32_t k = offsets[queue[q]]; k < offsets[queue[q] + 1]; ++k) {
                const Edge &e = edges_[order[k]];
                if (e.event == avoid || mark[e.to]) continue;
                mark[e.to] = 1;
                queue.push_back(e.to);
            }
        return mark;
    }

    // The shortest path from the start to `state`, then `last` when given.
    std::vector<PathStep> path_to(uint32_t state, const BadStep *last = nullptr) const {
        std::vector<PathStep> path;
        if (last) path.push_back(describe(last->event, last->taken_on, table_.states[last->state].facts));
        for (uint32_t s = state; s != 0; s = arrivals_[s].parent) {
            const Arrival &a = arrivals_[s];
            path.push_back(describe(a.event, a.taken_on, table_.states[a.parent].facts));
        }
        std::reverse(path.begin(), path.end());
        return path;
    }

private:
    void step(uint32_t from, const State &s, int event, uint64_t facts, bool expiry, uint32_t timers) {
        int stages[kMaxRegions];
        for (size_t r = 0; r < spec_.regions.size(); ++r) stages[r] = s.stages[r];
        const EventOutcome outcome = take_event(spec_, event, stages, facts, expiry);
        if (outcome.refused()) return;
        State next = s;
        next.facts = facts;
        next.timers = timers;
        bool moved = false;
        for (size_t r = 0; r < spec_.regions.size(); ++r) {
            const int t = outcome.taken[r];
            if (t < 0) continue;
            moved = true;
            const Transition &tr = spec_.transitions[static_cast<size_t>(t)];
            const int target = tr.to >= 0 ? tr.to : stages[r];
            check_transition(from, event, facts, timers, tr, stages[r], target);
            next.facts = (next.facts | tr.sets_true) & ~tr.sets_false;
            next.stages[r] = static_cast<uint16_t>(target);
            next.timers = (next.timers & ~tr.stop) | tr.start;
        }
        if (moved)
            for (size_t p = 0; p < spec_.properties.size(); ++p)
                if (spec_.properties[p].kind == Property::Kind::NeverEvent && spec_.properties[p].event == event)
                    note(p, BadStep{from, event, facts, -1});
        const auto [to, added] = table_.insert(next);
        if (added) arrivals_.push_back({from, event, facts});
        edges_.push_back({from, to, event});
    }

    // The declared properties that a single transition can break.
    void check_transition(uint32_t from, int event, uint64_t facts, uint32_t timers, const Transition &tr, int source, int target) {
        const Stage &to = spec_.stages[static_cast<size_t>(target)];
        if (!to.compulsory) return;
        const bool enters = tr.decision || !spec_.stages[static_cast<size_t>(source)].compulsory;
        for (size_t p = 0; p < spec_.properties.size(); ++p) {
            const Property &prop = spec_.properties[p];
            if (prop.kind == Property::Kind::EntryRequires && enters && !(prop.except_emergency && tr.decision && to.emergency) &&
                !spec_.holds(prop.guard, facts))
                note(p, BadStep{from, event, facts, target});
            // The period passing (the timer's own event) is no step anyone takes: it is what the timer shows.
            if (prop.kind == Property::Kind::EmergencyThen && (timers >> prop.timer & 1) && (tr.stop >> prop.timer & 1) && target != prop.stage &&
                spec_.events[static_cast<size_t>(event)].expires_timer != prop.timer)
                note(p, BadStep{from, event, facts, target});
        }
    }

    // Only the first bad step of each property is kept: found breadth-first, its path is the shortest.
    void note(size_t property, BadStep bad) {
        if (bad_steps_[property].empty()) bad_steps_[property].push_back(bad);
    }

    PathStep describe(int event, uint64_t taken_on, uint64_t before) const {
        PathStep step;
        step.event = event;
        const Event &e = spec_.events[static_cast<size_t>(event)];
        for (int f : e.carries) step.facts.emplace_back(f, taken_on >> f & 1);
        // An age fact is named on the step where it turned true.
        const uint64_t turned = taken_on & ~before & spec_.derived_facts();
        for (size_t f = 0; f < spec_.facts.size(); ++f)
            if (turned >> f & 1) step.facts.emplace_back(static_cast<int>(f), true);
        step.text = e.text;
        if (e.expires_timer >= 0) {
            const Message &timer = spec_.timers[static_cast<size_t>(e.expires_timer)].text;
            step.text = Message{texts().format("step_expired", {{"timer", timer.nl}}).nl, texts().format("step_expired", {{"timer", timer.en}}).en};
        }
        for (const auto &[f, value] : step.facts) {
            const Message &fact = spec_.facts[static_cast<size_t>(f)].text;
            const char *id = value ? "step_fact_true" : "step_fact_false";
            step.text.nl += " " + texts().format(id, {{"fact", fact.nl}}).nl;
            step.text.en += " " + texts().format(id, {{"fact", fact.en}}).en;
        }
        return step;
    }

    void index_edges_backwards() {
        in_offsets_.assign(table_.states.size() + 1, 0);
        for (const Edge &e : edges_) ++in_offsets_[e.to + 1];
        for (size_t s = 0; s < table_.states.size(); ++s) in_offsets_[s + 1] += in_offsets_[s];
        in_edges_.resize(edges_.size());
        std::vector<uint32_t> fill(in_offsets_.begin(), in_offsets_.end() - 1);
        for (uint32_t k = 0; k < edges_.size(); ++k) in_edges_[fill[edges_[k].to]++] = k;
    }

    const Spec &spec_;
    const VerifyOptions &options_;
    std::vector<uint64_t> age_levels_;
    std::vector<int> expiry_event_;
    StateTable table_;
    std::vector<Arrival> arrivals_;
    std::vector<Edge> edges_;
    std::vector<uint32_t> in_offsets_, in_edges_;
    std::vector<std::vector<BadStep>> bad_steps_;  // per declared property
};

Message format(std::string_view id, const std::vector<std::pair<std::string, Message>> &args) {
    MessageArgs nl, en;
    for (const auto &[name, value] : args) {
        nl.emplace_back(name, value.nl);
        en.emplace_back(name, value.en);
    }
    return Message{texts().format(id, nl).nl, texts().format(id, en).en};
}

Message plain(const std::string &s) { return Message{s, s}; }

PropertyResult common(const std::string &id) {
    PropertyResult p;
    p.id = p.kind = id;
    p.text = texts().format("property_" + id, {});
    return p;
}

Finding finding(std::string code, Message text, int stage = -1) {
    Finding f;
    f.code = std::move(code);
    f.text = std::move(text);
    f.stage = stage;
    return f;
}

}  // namespace

Result<Verification> verify(const Spec &spec, const Parties &parties, const law::Rights &rights, const VerifyOptions &options) {
    const auto started = std::chrono::steady_clock::now();
    Explorer x(spec, options);
    if (auto error = x.explore()) return *error;
    const std::vector<State> &states = x.states();
    const auto title = [&](int stage) { return spec.stages[static_cast<size_t>(stage)].title; };
    Verification out;
    out.states = states.size();
    out.edges = x.edge_count();

    // Every stage is reachable.
    PropertyResult reachable = common("stages_reachable");
    std::vector<char> seen(spec.stages.size(), 0);
    for (const State &s : states)
        for (size_t r = 0; r < spec.regions.size(); ++r) seen[s.stages[r]] = 1;
    for (size_t st = 0; st < spec.stages.size(); ++st)
        if (!seen[st]) reachable.findings.push_back(finding("stage_unreachable", format("stage_unreachable", {{"stage", title(static_cast<int>(st))}}), static_cast<int>(st)));
    out.properties.push_back(std::move(reachable));

    // From every reachable state each region can still reach an end; the first state that cannot
    // (the nearest to the start) names the stage it is stuck in.
    PropertyResult ends = common("ends_reachable");
    for (size_t r = 0; r < spec.regions.size(); ++r) {
        const std::vector<char> can_end = x.reaching([&](const State &s) { return spec.stages[s.stages[r]].end; }, -1);
        const auto stuck = std::find(can_end.begin(), can_end.end(), 0);
        if (stuck == can_end.end()) continue;
        const uint32_t state = static_cast<uint32_t>(stuck - can_end.begin());
        const int stage = states[state].stages[r];
        Finding f = finding("no_way_to_end", format("no_way_to_end", {{"stage", title(stage)}}), stage);
        f.path = x.path_to(state);
        f.has_path = true;
        ends.findings.push_back(std::move(f));
    }
    out.properties.push_back(std::move(ends));

    // Every stage has, for every party, a right in both languages.
    PropertyResult stage_rights = common("rights_for_every_party");
    for (size_t st = 0; st < spec.stages.size(); ++st) {
        std::set<std::string> listed(spec.stages[st].rights.begin(), spec.stages[st].rights.end());
        listed.insert(spec.rights_always.begin(), spec.rights_always.end());
        for (const Party &party : parties.all()) {
            bool has = false;
            for (const law::Right &right : rights.for_reader(party.reader, &listed)) has = has || (!right.text.nl.empty() && !right.text.en.empty());
            if (has) continue;
            stage_rights.findings.push_back(
                finding("no_rights", format("no_rights", {{"stage", title(static_cast<int>(st))}, {"party", party.title}}), static_cast<int>(st)));
            stage_rights.findings.back().party = party.id;
        }
    }
    out.properties.push_back(std::move(stage_rights));

    PropertyResult timers = common("timers_have_basis");
    for (const Timer &t : spec.timers)
        if (t.fact->article.empty() || t.fact->label.empty())
            timers.findings.push_back(finding("timer_without_basis", format("timer_without_basis", {{"timer", t.text}})));
    out.properties.push_back(std::move(timers));

    // A fact is set by a transition (to true) or stated by an event; the age facts follow from the birth date.
    PropertyResult guard_facts = common("guards_read_set_facts");
    uint64_t settable = spec.derived_facts();
    for (const Event &e : spec.events)
        for (int f : e.carries) settable |= bit(f);
    for (const Transition &tr : spec.transitions) settable |= tr.sets_true;
    for (size_t g = 0; g < spec.guards.size(); ++g) {
        const uint64_t unset = spec.reads(static_cast<int>(g)) & ~settable;
        for (size_t f = 0; f < spec.facts.size(); ++f)
            if (unset >> f & 1)
                guard_facts.findings.push_back(finding(
                    "guard_reads_unset_fact", format("guard_reads_unset_fact", {{"guard", plain(spec.guards[g].id)}, {"fact", spec.facts[f].text}})));
    }
    out.properties.push_back(std::move(guard_facts));

    // An event that a never_event property forbids is meant to have no transition.
    PropertyResult used = common("events_used");
    for (size_t e = 0; e < spec.events.size(); ++e) {
        const Event &event = spec.events[e];
        bool forbidden = false;
        for (const Property &p : spec.properties) forbidden = forbidden || (p.kind == Property::Kind::NeverEvent && p.event == static_cast<int>(e));
        if (event.expires_timer < 0 && !forbidden && spec.transitions_of(static_cast<int>(e)).empty())
            used.findings.push_back(finding("event_unused", format("event_unused", {{"event", event.text}})));
    }
    out.properties.push_back(std::move(used));

    // The declared properties.
    for (size_t p = 0; p < spec.properties.size(); ++p) {
        const Property &prop = spec.properties[p];
        PropertyResult result;
        result.id = prop.id;
        result.declared = true;
        result.text = prop.text;
        const auto from_bad_step = [&](const char *code, Message text) {
            const BadStep &bad = x.bad_steps()[p].front();
            Finding f = finding(code, std::move(text), bad.stage);
            f.path = x.path_to(bad.state, &bad);
            f.has_path = true;
            result.findings.push_back(std::move(f));
        };
        switch (prop.kind) {
            case Property::Kind::EntryRequires:
                result.kind = "entry_requires";
                if (!x.bad_steps()[p].empty()) {
                    const BadStep &bad = x.bad_steps()[p].front();
                    const Message &missing = spec.guards[static_cast<size_t>(prop.guard)].missing;
                    from_bad_step("entered_without_guard", format("entered_without_guard", {{"stage", title(bad.stage)}, {"missing", missing}}));
                }
                break;
            case Property::Kind::NeverEvent:
                result.kind = "never_event";
                if (!x.bad_steps()[p].empty())
                    from_bad_step("event_possible", format("event_possible", {{"event", spec.events[static_cast<size_t>(prop.event)].text}}));
                break;
            case Property::Kind::EmergencyThen: {
                result.kind = "emergency_then";
                const Message timer = spec.timers[static_cast<size_t>(prop.timer)].text, target = title(prop.stage);
                const auto in_emergency = [&](const State &s) {
                    for (size_t r = 0; r < spec.regions.size(); ++r)
                        if (spec.stages[s.stages[r]].emergency) return static_cast<int>(s.stages[r]);
                    return -1;
                };
                // The timer runs in every emergency state reached before its period passed (the nearest
                // one where it does not is reported); once it passed, the timer shows a missed deadline.
                const int expiry = spec.event_index("expired:" + spec.timers[static_cast<size_t>(prop.timer)].id);
                const std::vector<char> in_period = x.reached_without(expiry);
                for (uint32_t s = 0; s < states.size(); ++s) {
                    const int stage = in_emergency(states[s]);
                    if (stage < 0 || !in_period[s] || (states[s].timers >> prop.timer & 1)) continue;
                    Finding f = finding("emergency_without_timer", format("emergency_without_timer", {{"stage", title(stage)}, {"timer", timer}}), stage);
                    f.path = x.path_to(s);
                    f.has_path = true;
                    result.findings.push_back(std::move(f));
                    break;
                }
                // From every emergency state the target is reachable before the timer expires.
                const size_t region = static_cast<size_t>(spec.stages[static_cast<size_t>(prop.stage)].region);
                const std::vector<char> reaches_target = x.reaching([&](const State &s) { return s.stages[region] == prop.stage; }, expiry);
                for (uint32_t s = 0; s < states.size(); ++s) {
                    const int stage = in_emergency(states[s]);
                    if (stage < 0 || !in_period[s] || reaches_target[s]) continue;
                    Finding f = finding("emergency_target_unreachable",
                                        format("emergency_target_unreachable", {{"stage", title(stage)}, {"target", target}, {"timer", timer}}), stage);
                    f.path = x.path_to(s);
                    f.has_path = true;
                    result.findings.push_back(std::move(f));
                    break;
                }
                // No compulsory stage other than the target is entered while the timer is stopped.
                if (!x.bad_steps()[p].empty()) {
                    const BadStep &bad = x.bad_steps()[p].front();
                    from_bad_step("emergency_bypassed", format("emergency_bypassed", {{"stage", title(bad.stage)}, {"target", target}, {"timer", timer}}));
                }
                break;
            }
        }
        out.properties.push_back(std::move(result));
    }
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return out;
}

}  // namespace helder::procedure
