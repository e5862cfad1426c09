// SPDX-License-Identifier: EUPL-1.2
#include "procedure/from_dossier.hh"

#include <algorithm>
#include <map>

#include "procedure/deadline.hh"

namespace helder::procedure {
namespace {

using dossier::date_at;

const Messages &finding_texts() {
    static const Messages m = Messages::load("procedure/finding_texts.tsv");
    return m;
}

bool names(const json::Value &list, std::string_view id) {
    for (json::Value v = list.first_child(); v.valid(); v = v.next_sibling())
        if (v.as_string() == id) return true;
    return false;
}

// A step of the mapping: what the dossier records, in the order it happened. A step may need
// events before it (a request before a hearing) that depend on where the procedure is then.
struct Step {
    enum class Kind { VoluntaryHelp, RequestInvestigation, Request, Hearing, Decide, Spoed, CarriedOut, End, Direct } kind;
    Date date;
    int order = 0;  // on one day: requests, then hearings, then decisions, then what follows them
    std::string event;  // Decide: the decision's event; Request: the measure asked for
    std::vector<std::pair<std::string, bool>> facts;
    std::string pointer;
};

class Mapper {
public:
    Mapper(const Procedures &p, const json::Value &root, std::string_view child, const Date &today)
        : p_(p), root_(root), child_(child), today_(today), spec_(*p.shipped("law")) {}

    Result<DossierProcedure> run() {
        const json::Value member = dossier::household_member(root_, child_);
        if (!member.valid() || !dossier::has_role(member, "child"))
            return make_error(HELDER_E_INVALID_JSON, "request: " + std::string(child_) + " is not a child in this dossier's household");
        out_.child = std::string(child_);
        out_.birth = date_at(member, "birth_date");
        instance_ = std::make_unique<Instance>(spec_, out_.birth);
        collect();
        std::stable_sort(steps_.begin(), steps_.end(), [](const Step &a, const Step &b) { return a.date < b.date || (a.date == b.date && a.order < b.order); });
        for (const Step &s : steps_)
            if (!(today_ < s.date)) take(s);
        out_.recorded = recorded_instances(p_, root_, child_, out_.birth);
        return std::move(out_);
    }

private:
    // The hearing as a decision records it: the parents heard when one gave a view, the child
    // invited when its view says so.
    std::vector<std::pair<std::string, bool>> heard(const json::Value &decision) const {
        bool parents = false, invited = false;
        for (json::Value v = decision.find("parent_views").first_child(); v.valid(); v = v.next_sibling())
            parents = parents || v.find("view").is_string();
        for (json::Value v = decision.find("child_views").first_child(); v.valid(); v = v.next_sibling())
            if (v.find("member").as_string() == child_) invited = v.find("invited").is_bool() && v.find("invited").as_bool();
        return {{"parents_heard", parents}, {"child_invited", invited}};
    }

    void add(Step::Kind kind, const json::Value &at, const char *date_key, int order, std::string event, std::vector<std::pair<std::string, bool>> facts,
             const std::string &pointer) {
        if (const auto d = date_at(at, date_key)) steps_.push_back(Step{kind, *d, order, std::move(event), std::move(facts), pointer});
    }

    // A hearing the dossier records (format 2): the parents heard when it names one, the child
    // invited when it names the child.
    struct RecordedHearing {
        Date date;
        std::vector<std::pair<std::string, bool>> facts;
        std::string pointer;
        bool used = false;
    };

    bool concerns_child(const json::Value &item) const {
        return names(item.find("about"), child_) || names(item.find("children_invited"), child_);
    }

    // The measure an item belongs to, when it is one of this child's: its own "measure", or the
    // measure of the decision it names.
    std::string measure_of(const json::Value &item) const {
        std::string_view id = item.find("measure").as_string();
        if (id.empty()) id = dossier::find_by_id(root_.find("decisions"), item.find("decision").as_string()).find("measure").as_string();
        const json::Value m = dossier::find_by_id(root_.find("measures"), id);
        return m.valid() && m.find("child").as_string() == child_ ? std::string(id) : std::string();
    }

    void collect_hearings() {
        size_t n = 0;
        for (json::Value h = root_.find("hearings").first_child(); h.valid(); h = h.next_sibling(), ++n) {
            const std::string measure = measure_of(h);
            const auto date = date_at(h, "date");
            if (!date || (measure.empty() && !concerns_child(h))) continue;
            RecordedHearing r{*date, {{"parents_heard", h.find("parents_heard").size() > 0}, {"child_invited", names(h.find("children_invited"), child_)}},
                              "/hearings/" + std::to_string(n)};
            if (measure.empty()) steps_.push_back(Step{Step::Kind::Hearing, r.date, 2, "", r.facts, r.pointer});
            else recorded_hearings_[measure].push_back(std::move(r));
        }
    }

    // The hearing step before a court decision of a measure (its first, or an extension's): the
    // last hearing recorded for the measure on or before the decision and after the decision
    // before it, else the hearing the decision implies, on its day. Answers the hearing's day.
    std::optional<Date> hearing_before(const json::Value &at, const std::string &measure, const std::string &kind,
                                       const std::vector<std::pair<std::string, bool>> &facts, const std::string &pointer) {
        const auto decided = date_at(at, "court_decision_date");
        if (!decided) return std::nullopt;
        RecordedHearing *chosen = nullptr;
        auto it = recorded_hearings_.find(measure);
        if (it != recorded_hearings_.end())
            for (RecordedHearing &r : it->second)
                if (!r.used && !(*decided < r.date)) {
                    if (!chosen || !(r.date < chosen->date)) chosen = &r;
                    r.used = true;  // a later decision of the measure has a later hearing
                }
        if (!chosen) {
            add(Step::Kind::Hearing, at, "court_decision_date", 2, kind, facts, pointer);
            return decided;
        }
        steps_.push_back(Step{Step::Kind::Hearing, chosen->date, 2, kind, chosen->facts, chosen->pointer});
        return chosen->date;
    }

    // What follows a court decision (format 2): written instructions (aanwijzingen) with the
    // request to declare one void and the court's answer, and appeals with the appeal court's
    // decision.
    void collect_after_decisions() {
        const DeadlineRules &rules = DeadlineRules::shipped();
        size_t n = 0;
        for (json::Value w = root_.find("written_instructions").first_child(); w.valid(); w = w.next_sibling(), ++n) {
            if (w.find("child").as_string() != child_) continue;
            const std::string ptr = "/written_instructions/" + std::to_string(n);
            add(Step::Kind::Direct, w, "sent_on", 6, "aanwijzing_gegeven", {}, ptr);
            add(Step::Kind::Direct, w, "voiding_requested_on", 6, "vervallenverklaring_gevraagd", {}, ptr);
            // Only a directive the court voided as a whole stops applying.
            add(Step::Kind::Direct, w, "voiding_decided_on", 6, "uitspraak_aanwijzing", {{"aanwijzing_voided", w.find("voiding_outcome").as_string() == "voided"}}, ptr);
            if (const auto sent = date_at(w, "sent_on")) {
                // The period starts the day after it was sent or handed over (art. 1:264 BW): the
                // deadline kind counts from the day it was sent.
                const Deadline d = rules.compute(*rules.kind("vervallenverklaring-aanwijzing"), *sent, AppealParty::unknown, today_);
                const std::string measure(w.find("measure").as_string());
                const std::string kind(dossier::find_by_id(root_.find("measures"), measure).find("kind").as_string());
                out_.deadlines.push_back(DossierDeadline{"vervallenverklaring-aanwijzing", measure, kind, ptr, *sent, d.due});
            }
        }
        n = 0;
        for (json::Value a = root_.find("appeals").first_child(); a.valid(); a = a.next_sibling(), ++n) {
            if (measure_of(a).empty() && !concerns_child(a)) continue;
            const std::string ptr = "/appeals/" + std::to_string(n);
            add(Step::Kind::Direct, a, "filed_on", 6, "hoger_beroep_ingesteld", {}, ptr);
            add(Step::Kind::Direct, a, "court_decision_on", 6, "uitspraak_hof", {}, ptr);
        }
    }

    void collect() {
        size_t n = 0;
        for (json::Value d = root_.find("decisions").first_child(); d.valid(); d = d.next_sibling(), ++n) {
            if (!names(d.find("about"), child_)) continue;
            const std::string kind(d.find("kind").as_string()), ptr = "/decisions/" + std::to_string(n);
            if (kind == "voluntary_help") add(Step::Kind::VoluntaryHelp, d, "date", 0, "", {}, ptr);
            else if (kind == "request_investigation") add(Step::Kind::RequestInvestigation, d, "date", 0, "", {}, ptr);
            else if (kind == "request_measure") add(Step::Kind::Request, d, "date", 1, std::string(d.find("requested_measure").as_string()), {}, ptr);
            else if (kind == "end_of_measure") add(Step::Kind::End, d, "date", 5, "", {}, ptr);
            if (kind == "measure" || kind == "extension" || kind == "request_measure") hearing_facts_[std::string(d.find("measure").as_string())] = heard(d);
            if (kind == "request_measure") request_facts_ = heard(d);
        }
        collect_hearings();
        n = 0;
        for (json::Value m = root_.find("measures").first_child(); m.valid(); m = m.next_sibling(), ++n) {
            if (m.find("child").as_string() != child_) continue;
            const std::string kind(m.find("kind").as_string()), id(m.find("id").as_string()), ptr = "/measures/" + std::to_string(n);
            const auto facts = hearing_facts_.count(id) ? hearing_facts_[id] : request_facts_;
            if (kind == "voorlopige_ots" || kind == "spoed_muhp") {
                add(Step::Kind::Spoed, m, "court_decision_date", 3, "spoedbeslissing", {}, ptr);
            } else {
                const char *event = kind == "ots" ? "beschikking_ots" : kind == "muhp" ? "beschikking_ots_uhp"
                                  : (kind == "schorsing_gezag" || kind == "voorlopige_voogdij") ? "beschikking_schorsing"
                                                                                                 : "beschikking_gezagsbeeindiging";
                hearing_before(m, id, kind, facts, ptr);
                add(Step::Kind::Decide, m, "court_decision_date", 3, event, {}, ptr);
                if (kind == "muhp") add(Step::Kind::CarriedOut, m, "carried_out_on", 4, "uithuisplaatsing_uitgevoerd", {}, ptr);
            }
            size_t e = 0;
            for (json::Value x = m.find("extensions").first_child(); x.valid(); x = x.next_sibling(), ++e) {
                const std::string xp = ptr + "/extensions/" + std::to_string(e);
                // The request comes before its hearing, on the hearing's day if it was recorded.
                if (const auto heard = hearing_before(x, id, kind, facts, xp)) steps_.push_back(Step{Step::Kind::Request, *heard, 1, "extension", {}, xp});
                add(Step::Kind::Decide, x, "court_decision_date", 3, "beschikking_verlenging", {}, xp);
            }
            deadlines(m, id, kind, ptr);
        }
        collect_after_decisions();
    }

    // The end the court set (the last extension's, if any) and the last day to appeal each decision.
    void deadlines(const json::Value &m, const std::string &id, const std::string &kind, const std::string &ptr) {
        const DeadlineRules &rules = DeadlineRules::shipped();
        std::optional<Date> end = date_at(m, "end"), decided = date_at(m, "court_decision_date");
        for (json::Value x = m.find("extensions").first_child(); x.valid(); x = x.next_sibling()) {
            if (auto e = date_at(x, "end")) end = e;
            if (auto d = date_at(x, "court_decision_date")) decided = d;
        }
        if (end && decided) out_.deadlines.push_back(DossierDeadline{"measure_end", id, kind, ptr, *decided, *end});
        if (decided) {
            const Deadline appeal = rules.compute(*rules.kind("hoger-beroep"), *decided, AppealParty::unknown, today_);
            out_.deadlines.push_back(DossierDeadline{"hoger-beroep", id, kind, ptr, *decided, appeal.due});
        }
    }

    std::string route_stage() const { return spec_.stages[static_cast<size_t>(instance_->stages()[0])].id; }

    bool apply(const std::string &event, const Date &date, const std::vector<std::pair<std::string, bool>> &facts, const std::string &ptr) {
        MappedEvent e{EventInput{event, date, "dossier", facts}, ptr};
        if (auto refused = instance_->apply(e.input)) {
            out_.notes.push_back(MappingNote{std::move(e), std::move(*refused)});
            return false;
        }
        out_.applied.push_back(std::move(e));
        return true;
    }

    // Brings the route to the Raad's investigation, as a request to the court comes from it.
    void to_investigation(const Date &date, const std::string &ptr) {
        static const std::vector<std::string> before = {"zorg", "vrijwillige_hulp", "afgesloten", "vt_triage", "vt_onderzoek"};
        if (std::find(before.begin(), before.end(), route_stage()) != before.end()) apply("raad_gevraagd", date, {}, ptr);
        if (route_stage() == "verzoek_raadsonderzoek" || route_stage() == "beschermingstafel") apply("raadsonderzoek_start", date, {}, ptr);
    }

    void take(const Step &s) {
        const std::string stage = route_stage();
        switch (s.kind) {
            case Step::Kind::VoluntaryHelp:
                if (stage == "zorg" || stage == "afgesloten") apply("hulp_gevraagd", s.date, {}, s.pointer);
                break;
            case Step::Kind::RequestInvestigation: to_investigation(s.date, s.pointer); break;
            case Step::Kind::Request:
                if (stage == "ots" || stage == "uithuisplaatsing") apply(s.event == "muhp" ? "verzoek_uhp" : "verzoek_verlenging", s.date, {}, s.pointer);
                else if (stage == "schorsing_gezag") apply("verzoek_gezagsbeeindiging", s.date, {}, s.pointer);
                else if (stage != "spoed" && stage != "verzoekschrift" && stage != "zitting") {
                    to_investigation(s.date, s.pointer);
                    apply("verzoek_ingediend", s.date, {}, s.pointer);
                }
                break;
            case Step::Kind::Hearing:
                // A court decision follows a request and a hearing; a dossier that records only the
                // decision gets the request on the same day.
                if (s.event == "muhp" && (stage == "ots" || stage == "uithuisplaatsing")) apply("verzoek_uhp", s.date, {}, s.pointer);
                else if (stage != "spoed" && stage != "verzoekschrift" && stage != "zitting" && stage != "nieuw_verzoek" &&
                         stage != "verzoek_gezagsbeeindiging") {
                    to_investigation(s.date, s.pointer);
                    apply("verzoek_ingediend", s.date, {}, s.pointer);
                }
                apply("zitting_gehouden", s.date, s.facts, s.pointer);
                break;
            case Step::Kind::Spoed:
                if (stage != "spoed") apply("spoedbeslissing", s.date, {}, s.pointer);
                break;
            case Step::Kind::Decide:
            case Step::Kind::CarriedOut:
            case Step::Kind::Direct: apply(s.event, s.date, s.facts, s.pointer); break;
            // The end of a court measure, never of voluntary help (hulp_beeindigd, which the dossier
            // does not record): during voluntary help no measure is in force any more (its time ran
            // out, or it ended before), so the recorded end changes nothing there.
            case Step::Kind::End:
                if (stage != "vrijwillige_hulp") apply("maatregel_beeindigd", s.date, {}, s.pointer);
                break;
        }
    }

    const Procedures &p_;
    const json::Value &root_;
    std::string_view child_;
    Date today_;
    const Spec &spec_;
    std::unique_ptr<Instance> instance_;
    std::vector<Step> steps_;
    std::map<std::string, std::vector<std::pair<std::string, bool>>> hearing_facts_;
    std::map<std::string, std::vector<RecordedHearing>> recorded_hearings_;
    std::vector<std::pair<std::string, bool>> request_facts_;
    DossierProcedure out_;
};

}  // namespace

Result<DossierProcedure> procedure_of_child(const Procedures &p, const json::Value &root, std::string_view child, const Date &today) {
    return Mapper(p, root, child, today).run();
}

std::vector<dossier::Finding> procedure_findings(const Procedures &p, std::string_view dossier_json, const Date &today) {
    std::vector<dossier::Finding> out;
    auto parsed = json::Document::parse(dossier_json);  // the validator has read it already: it is well-formed
    if (!parsed) return out;
    const json::Document &dossier = *parsed;
    const json::Value root = dossier.root();
    for (json::Value m = root.find("household").find("members").first_child(); m.valid(); m = m.next_sibling()) {
        if (!dossier::has_role(m, "child")) continue;
        auto proc = procedure_of_child(p, root, m.find("id").as_string(), today);
        if (!proc) continue;
        for (const DossierDeadline &d : proc->deadlines) {
            const int64_t left = d.due.days() - today.days();
            if (d.kind != "measure_end" || left < 0 || left > kEndsSoonDays) continue;
            // An extension or an end decided after the measure's last decision answers it.
            bool answered = false;
            for (json::Value x = root.find("decisions").first_child(); x.valid(); x = x.next_sibling()) {
                const std::string_view kind = x.find("kind").as_string();
                const auto on = date_at(x, "date");
                answered = answered || ((kind == "extension" || kind == "end_of_measure" || kind == "request_measure") && on && d.from < *on &&
                                        names(x.find("about"), m.find("id").as_string()));
            }
            if (answered) continue;
            const json::Value at = dossier.at(d.pointer);
            const law::LegalFact &basis = p.law().get(d.measure_kind == "ots" ? "ots_extension_max" : "muhp_term_max");
            dossier::Finding f{"procedure.measure_ends_soon", HELDER_SEVERITY_WARNING, d.pointer, at.offset(), at.end_offset(), {},
                               dossier::Source{dossier::Source::Kind::Law, &basis, ""}, "", {}};
            const std::string name(m.find("name").as_string()), days = std::to_string(left);
            f.text = Message{finding_texts().format(f.code, {{"end", spelled_out(d.due, false)}, {"days", days}, {"child", name}}).nl,
                             finding_texts().format(f.code, {{"end", spelled_out(d.due, true)}, {"days", days}, {"child", name}}).en};
            out.push_back(std::move(f));
        }
        // A recorded event that does not replay on the specification helder has now.
        for (const RecordedInstance &r : proc->recorded) {
            if (!r.refused) continue;
            const json::Value at = dossier.at(r.refused->pointer);
            dossier::Finding f{"procedure.event_refused", HELDER_SEVERITY_WARNING, r.refused->pointer, at.offset(), at.end_offset(), {},
                               dossier::Source{}, "", {}};
            const MessageArgs args = {{"child", std::string(m.find("name").as_string())}, {"why", r.refused->message.nl}};
            f.text = Message{finding_texts().format(f.code, args).nl,
                             finding_texts().format(f.code, {{"child", std::string(m.find("name").as_string())}, {"why", r.refused->message.en}}).en};
            out.push_back(std::move(f));
        }
    }
    return out;
}

}  // namespace helder::procedure
