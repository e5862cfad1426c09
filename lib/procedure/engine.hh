// SPDX-License-Identifier: EUPL-1.2
// One child's procedure: an instance of a specification, moved on by dated events. Applying an
// event either moves it (every region with a transition whose guards hold) or is refused with the
// missing safeguards in plain words. Timers run with the dates they started; a timer whose due
// date has passed fires its "expired:" event before a later event, so that replaying the same
// events gives the same state, on any day.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "law/date.hh"
#include "procedure/spec.hh"

namespace helder::procedure {

struct EventInput {
    std::string event;
    Date date;
    std::string actor;
    std::vector<std::pair<std::string, bool>> facts;  // facts the event states (its "carries")
};

struct RunningTimer {
    int timer = -1;
    Date from;  // the day the period is counted from
    Date due;   // its last day; the later one where the Atw's use is unverified (timer_due)
};

// Why an event was refused: one reason per missing safeguard, with what would make it possible.
struct Refusal {
    std::string code;  // not_possible_here, guard_missing, date_before_last, unknown_fact, unknown_event
    std::vector<Message> reasons;
};

struct NextStep {
    int transition = -1;
    std::vector<std::pair<int, bool>> guards;  // each guard and whether it holds now
};

class Instance {
public:
    Instance(const Spec &spec, std::optional<Date> birth);

    // Applies an event; a refusal leaves the instance as it was.
    std::optional<Refusal> apply(const EventInput &in);

    const Spec &spec() const { return *spec_; }
    const std::vector<int> &stages() const { return stages_; }  // the current stage of each region
    uint64_t facts() const { return facts_; }
    const std::vector<RunningTimer> &timers() const { return timers_; }
    const std::optional<Date> &last_date() const { return last_; }
    size_t events_applied() const { return applied_; }
    // Fires the timers whose last day is before `today`, as a later event would: where the
    // procedure stands on that day. Never refused; events dated before `today` still apply after.
    void advance_to(const Date &today);
    // The transitions possible from the current stages, with their guards as they stand now.
    std::vector<NextStep> next_steps() const;
    // The facts about the child's age on a day (none when the birth date is unknown).
    uint64_t age_facts(const Date &on) const;

private:
    std::optional<Refusal> apply_event(int event, const Date &date, uint64_t facts, bool expiry);
    void fire_expired_before(const Date &date);
    Message stage_title(int stage) const { return spec_->stages[static_cast<size_t>(stage)].title; }

    const Spec *spec_;
    std::optional<Date> birth_;
    std::vector<int> stages_;
    uint64_t facts_ = 0;
    std::vector<RunningTimer> timers_;
    std::optional<Date> last_;
    size_t applied_ = 0;
};

// The last day of a timer started on `from`: the deadline kind's date (lib/procedure/deadline),
// or, for a timer without one, its legal period after `from`.
Date timer_due(const Spec &spec, int timer, const Date &from);

}  // namespace helder::procedure
