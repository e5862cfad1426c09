// SPDX-License-Identifier: EUPL-1.2
#include "procedure/engine.hh"

#include <algorithm>

#include "procedure/deadline.hh"
#include "procedure/step.hh"

namespace helder::procedure {
namespace {

const Messages &texts() {
    static const Messages m = Messages::load("procedure/engine_texts.tsv");
    return m;
}

bool contains(const std::vector<int> &list, int v) { return std::find(list.begin(), list.end(), v) != list.end(); }

}  // namespace

Date timer_due(const Spec &spec, int timer, const Date &from) {
    const Timer &t = spec.timers[static_cast<size_t>(timer)];
    if (t.deadline.empty()) return t.fact->after(from);
    const Deadline d = DeadlineRules::shipped().compute(*t.deadline_kind, from, AppealParty::requester, from);
    // Where the brief leaves open whether the Atw moves the last day (a schorsing's lapse, an
    // unused placement), the timer runs to the later day: the engine never refuses a step that
    // may still be in time. The state shows the earlier day, with the warning.
    for (const Warning &w : d.warnings)
        if (w.kind == WarningKind::atw_unverified_other) return w.date;
    return d.due;
}

Instance::Instance(const Spec &spec, std::optional<Date> birth) : spec_(&spec), birth_(birth) {
    for (const Region &r : spec.regions) stages_.push_back(r.initial);
}

uint64_t Instance::age_facts(const Date &on) const {
    uint64_t out = 0;
    if (!birth_) return out;
    const int age = age_on(*birth_, on);
    for (size_t f = 0; f < spec_->facts.size(); ++f)
        if (const law::LegalFact *a = spec_->facts[f].age_at_least; a && age >= a->value) out |= uint64_t{1} << f;
    return out;
}

std::optional<Refusal> Instance::apply(const EventInput &in) {
    const int event = spec_->event_index(in.event);
    if (event < 0 || spec_->events[static_cast<size_t>(event)].expires_timer >= 0)
        return Refusal{"unknown_event", {texts().format("unknown_event", {{"event", in.event}})}};
    if (last_ && in.date < *last_)
        return Refusal{"date_before_last", {texts().format("date_before_last", {{"date", in.date.str()}, {"last", last_->str()}})}};
    uint64_t stated_true = 0, stated_false = 0;
    const Event &e = spec_->events[static_cast<size_t>(event)];
    for (const auto &[name, value] : in.facts) {
        const int f = spec_->fact_index(name);
        if (f < 0 || !contains(e.carries, f)) return Refusal{"unknown_fact", {texts().format("unknown_fact", {{"fact", name}, {"event", e.id}})}};
        (value ? stated_true : stated_false) |= uint64_t{1} << f;
    }
    // A refusal leaves the instance as it was. apply_event() decides before it changes anything,
    // so without a timer to fire first the event is applied in place; when timers fire first, the
    // whole step is tried on a copy.
    if (std::none_of(timers_.begin(), timers_.end(), [&](const RunningTimer &t) { return t.due < in.date; })) {
        const uint64_t facts = ((facts_ | stated_true) & ~stated_false & ~spec_->derived_facts()) | age_facts(in.date);
        if (auto refused = apply_event(event, in.date, facts, false)) return refused;
        last_ = in.date;
        ++applied_;
        return std::nullopt;
    }
    Instance next = *this;
    next.fire_expired_before(in.date);
    const uint64_t facts = ((next.facts_ | stated_true) & ~stated_false & ~spec_->derived_facts()) | next.age_facts(in.date);
    if (auto refused = next.apply_event(event, in.date, facts, false)) return refused;
    next.last_ = in.date;
    ++next.applied_;
    *this = std::move(next);
    return std::nullopt;
}

void Instance::advance_to(const Date &today) { fire_expired_before(today); }

void Instance::fire_expired_before(const Date &date) {
    for (;;) {
        // The earliest timer whose last day is before `date` (ties: the first in the specification).
        size_t earliest = timers_.size();
        Date due;
        for (size_t i = 0; i < timers_.size(); ++i) {
            const Date &d = timers_[i].due;
            if (d < date && (earliest == timers_.size() || d < due || (d == due && timers_[i].timer < timers_[earliest].timer))) {
                earliest = i;
                due = d;
            }
        }
        if (earliest == timers_.size()) return;
        const int timer = timers_[earliest].timer;
        timers_.erase(timers_.begin() + static_cast<std::ptrdiff_t>(earliest));
        const Date day_after = Date::from_days(due.days() + 1);
        apply_event(spec_->timers[static_cast<size_t>(timer)].expiry_event, day_after,
                    (facts_ & ~spec_->derived_facts()) | age_facts(day_after), true);
    }
}

// Names each safeguard a guard misses: the parts of an "all" that fail, else the guard itself.
static void explain(const Spec &spec, int guard, uint64_t facts, std::vector<Message> &out) {
    if (spec.holds(guard, facts)) return;
    const Guard &g = spec.guards[static_cast<size_t>(guard)];
    if (g.op == Guard::Op::All) {
        for (int c : g.guards) explain(spec, c, facts, out);
        return;
    }
    out.push_back(g.remedy.nl.empty() ? g.missing : Message{g.missing.nl + " " + g.remedy.nl, g.missing.en + " " + g.remedy.en});
}

// Every region that has a transition on the event must take one from its current stage; a timer's
// event moves the regions that can take it and is never refused (the rule is in step.hh). It decides
// before anything changes, so a refusal leaves the instance as it was (apply() relies on it).
std::optional<Refusal> Instance::apply_event(int event, const Date &date, uint64_t facts, bool expiry) {
    const EventOutcome outcome = take_event(*spec_, event, stages_.data(), facts, expiry);
    if (outcome.refused()) {
        if (outcome.blocked >= 0) {  // the missing safeguards of the first transition that could have been taken
            std::vector<Message> missing;
            for (int g : spec_->transitions[static_cast<size_t>(outcome.blocked)].guards) explain(*spec_, g, facts, missing);
            return Refusal{"guard_missing", std::move(missing)};
        }
        const Message e = spec_->events[static_cast<size_t>(event)].text, where = stage_title(stages_[static_cast<size_t>(outcome.refused_region)]);
        return Refusal{"not_possible_here", {Message{texts().format("not_possible_here", {{"event", e.nl}, {"stage", where.nl}}).nl,
                                                     texts().format("not_possible_here", {{"event", e.en}, {"stage", where.en}}).en}}};
    }
    const auto &chosen = outcome.taken;
    facts_ = facts & ~spec_->derived_facts();
    for (size_t region = 0; region < stages_.size(); ++region) {
        if (chosen[region] < 0) continue;
        const Transition &tr = spec_->transitions[static_cast<size_t>(chosen[region])];
        facts_ = (facts_ | tr.sets_true) & ~tr.sets_false;
        if (tr.to >= 0) stages_[region] = tr.to;
        for (size_t i = 0; i < timers_.size();)
            if (tr.stop >> timers_[i].timer & 1) timers_.erase(timers_.begin() + static_cast<std::ptrdiff_t>(i));
            else ++i;
        for (int t = 0; t < static_cast<int>(spec_->timers.size()); ++t)
            if (tr.start >> t & 1) {
                // A timer started again counts from the new day.
                timers_.erase(std::remove_if(timers_.begin(), timers_.end(), [&](const RunningTimer &r) { return r.timer == t; }), timers_.end());
                timers_.push_back(RunningTimer{t, date, timer_due(*spec_, t, date)});
            }
    }
    return std::nullopt;
}

std::vector<NextStep> Instance::next_steps() const {
    std::vector<NextStep> out;
    for (size_t t = 0; t < spec_->transitions.size(); ++t) {
        const Transition &tr = spec_->transitions[t];
        if (spec_->events[static_cast<size_t>(tr.event)].expires_timer >= 0) continue;
        const int region = spec_->stages[static_cast<size_t>(tr.from[0])].region;
        if (!contains(tr.from, stages_[static_cast<size_t>(region)])) continue;
        NextStep step{static_cast<int>(t), {}};
        for (int g : tr.guards) step.guards.emplace_back(g, spec_->holds(g, facts_ | (last_ ? age_facts(*last_) : 0)));
        out.push_back(std::move(step));
    }
    return out;
}

}  // namespace helder::procedure
