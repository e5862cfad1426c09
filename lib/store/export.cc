// SPDX-License-Identifier: EUPL-1.2
#include "store/export.hh"

#include <algorithm>

#include "access/view.hh"
#include "dossier/checks.hh"
#include "law/rights.hh"

namespace helder::store {
namespace {

using access::kHousehold;

// The item lists an export goes through, each with the name its items have in the export.
struct ExportList {
    const char *list, *type;
};
constexpr ExportList kExportLists[] = {
    {"problem_areas", "problem_area"},       {"concerns", "concern"},           {"concerns.facts", "fact"},        {"concerns.judgements", "judgement"},
    {"safety.assessments", "safety_assessment"}, {"safety.agreements", "safety_agreement"}, {"plan.goals", "goal"},
    {"plan.network_support", "network_support"},
    {"decisions", "decision"},               {"measures", "measure"},           {"consents", "consents"},
    {"complaints", "complaints"},            {"statements", "statements"},      {"family_texts", "family_text"},
    {"access_limits", "access_limit"},       {"access_objections", "access_objection"},
    {"procedure_events", "procedure_event"}, {"written_instructions", "written_instruction"},
    {"hearings", "hearing"},                 {"appeals", "appeal"}};

bool in_household_core(const json::Value &member) {
    return dossier::has_role(member, "child") || dossier::has_role(member, "parent_with_authority") ||
           dossier::has_role(member, "guardian");
}

bool gave_view(const json::Value &item, const std::string &person) {
    for (const char *views : {"child_views", "parent_views"})
        for (json::Value v = item.find(views).first_child(); v.valid(); v = v.next_sibling())
            if (v.find("member").as_string() == person) return true;
    return false;
}

// Calls fn(list, type, item) for every item about the person that the reader may see, in the
// dossier's order. Items about the whole household count for its core members.
template <class Fn>
void items_about(const ExportInput &in, Fn fn) {
    const json::Value root = in.dossier.root();
    const bool core = in_household_core(dossier::household_member(root, in.person));
    for (const ExportList &l : kExportLists) {
        const std::string list = l.list;
        auto visit = [&](const json::Value &array, const std::vector<std::string> *inherited) {
            for (json::Value i = array.first_child(); i.valid(); i = i.next_sibling()) {
                const std::vector<std::string> subjects = access::subjects_of(i, list, in.policy, inherited);
                const bool about = std::find(subjects.begin(), subjects.end(), in.person) != subjects.end() ||
                                   (core && subjects.size() == 1 && subjects[0] == kHousehold) || gave_view(i, in.person);
                if (about && access::item_shown(i, list, in.grants, in.policy, inherited)) fn(list, l.type, i, inherited);
            }
        };
        const size_t dot = list.find('.');
        if (dot == std::string::npos) {
            visit(root.find(list), nullptr);
        } else if (list.compare(0, dot, "concerns") == 0) {
            for (json::Value c = root.find("concerns").first_child(); c.valid(); c = c.next_sibling()) {
                const std::vector<std::string> concern = access::subjects_of(c, "concerns", in.policy);
                visit(c.find(list.substr(dot + 1)), &concern);
            }
        } else {
            visit(root.find(list.substr(0, dot)).find(list.substr(dot + 1)), nullptr);
        }
    }
}

std::string plain(const json::Value &v) { return std::string(v.as_string()); }

// Who the export is for, as its rights depend on it: a child or an adult, their age and gezag, and
// the court measures that concern them (about them, or about a child of theirs).
// The reader is the member who asks (a parent may ask for a young child's export); for a
// professional who asks, the person it is about.
law::RightsReader rights_reader(const ExportInput &in) {
    const json::Value root = in.dossier.root();
    const access::Reader &asks = in.grants.reader();
    const std::string who = asks.kind == access::Reader::Kind::Member ? asks.id : in.person;
    const json::Value me = dossier::household_member(root, who);
    const law::LegalFacts &facts = in.policy.law();
    law::RightsReader r;
    const auto birth = Date::parse(me.find("birth_date").as_string());
    const auto on = date_of_timestamp(in.at);
    if (birth && on) r.age = age_on(*birth, *on);
    r.child = on && dossier::is_minor(me, *on, facts);
    r.able_to_judge = dossier::able_to_judge(me);
    r.gezag = dossier::has_role(me, "parent_with_authority");
    for (json::Value m = root.find("measures").first_child(); m.valid(); m = m.next_sibling()) {
        const std::string_view child = m.find("child").as_string();
        bool concerns = child == who;
        if (!concerns && r.gezag) {
            const json::Value parents = dossier::household_member(root, child).find("parents");
            concerns = parents.size() == 0;
            for (json::Value p = parents.first_child(); p.valid(); p = p.next_sibling()) concerns = concerns || p.as_string() == who;
        }
        if (concerns) r.measures.insert(plain(m.find("kind")));
    }
    return r;
}

// A date or date-time as people write it; anything else as it is.
std::string spelled(std::string_view text, bool english) {
    const auto d = date_of_timestamp(text);
    return d ? spelled_out(*d, english) : std::string(text);
}

// Who observed a fact: a professional's name and organisation, or the text as recorded.
std::string observer(const json::Document &d, const json::Value &observed_by) {
    for (json::Value p = d.root().find("professionals").first_child(); p.valid(); p = p.next_sibling())
        if (p.find("id").as_string() == observed_by.as_string())
            return plain(p.find("name")) + ", " + plain(p.find("organisation"));
    return plain(observed_by);
}

// The plain-language export, in the reader's language: the items about the person are
// collected per section first, since a section's heading is written only when it has lines.
class TextExport {
public:
    TextExport(const ExportInput &in, const Messages &texts, bool english)
        : in_(in), d_(in.dossier), person_(in.person), texts_(texts), english_(english), reader_(rights_reader(in)),
          about_other_(in.grants.reader().kind == access::Reader::Kind::Member && in.grants.reader().id != in.person),
          person_name_(plain(dossier::household_member(in.dossier.root(), in.person).find("name"))) {}

    void write_opening(const std::string &at) {
        const json::Value record = dossier::household_member(d_.root(), person_);
        line("title", {});
        out_.append("=====\n\n");
        line("intro", {{"date", spelled(at, english_)}});
        line("about_you", {{"name", plain(record.find("name"))}, {"birth_date", date(record.find("birth_date"))}});
    }

    void add_item(const std::string &list, std::string_view kind, const json::Value &i, const std::vector<std::string> *inherited) {
        list_ = &list;
        inherited_ = inherited;
        if (kind == "problem_area")
            areas_.lines.push_back(bullet("problem_area", {{"text", shown(i, "description")}}));
        else if (kind == "concern")
            concerns_.lines.push_back(bullet("concern", {{"text", shown(i, "summary")}}));
        else if (kind == "network_support")
            agreements_.lines.push_back(bullet("support", {{"text", shown(i, "support")}}));
        else if (kind == "safety_assessment")
            safety_.lines.push_back(bullet("agreement", {{"date", date(i.find("date"))}, {"text", shown(i, "text")}}));
        else if (kind == "fact")
            facts_.lines.push_back(bullet("fact", {{"date", date(i.find("observed_on"))}, {"text", shown(i, "text")},
                                                   {"by", observed(i)}}));
        else if (kind == "judgement")
            judgements_.lines.push_back(bullet("judgement", {{"date", date(i.find("on"))}, {"text", shown(i, "text")}}));
        else if (kind == "decision")
            add_decision(i);
        else if (kind == "measure")
            add_measure(i);
        else if (kind == "safety_agreement")
            agreements_.lines.push_back(bullet("agreement", {{"date", date(i.find("date"))}, {"text", shown(i, "text")}}));
        else if (kind == "goal")
            agreements_.lines.push_back(bullet("goal", {{"text", shown(i, "text")}}));
        else if (kind == "consents" && by_person(i))
            consents_.lines.push_back(bullet("consent", {{"recipient", shown(i, "recipient")}, {"start", date(i.find("start"))}}));
        else if (kind == "complaints" && by_person(i))
            complaints_.lines.push_back(
                bullet("complaint", {{"date", date(i.find("filed_on"))}, {"organisation", plain(i.find("about_organisation"))}}));
        else if (kind == "statements" && by_person(i))
            statements_.lines.push_back(bullet("statement", {{"date", date(i.find("date"))}, {"text", shown(i, "text")}}));
        else if (kind == "family_text")
            letters_.lines.push_back(bullet("letter", {{"date", date(i.find("date"))}, {"title", shown(i, "title")}}));
    }

    // Who read the person's data, and when (AVG art. 15): a professional by role and organisation.
    void write_readers() {
        heading("section_readers");
        if (in_.readers.empty()) line("no_readers", {});
        const json::Value root = d_.root();
        for (const ReadRecord &r : in_.readers) {
            const std::string when = spelled(r.at, english_);
            const size_t colon = r.actor.find(':');
            const std::string kind = r.actor.substr(0, colon), id = colon == std::string::npos ? "" : r.actor.substr(colon + 1);
            out_.append("- ");
            if (kind == "professional") {
                const json::Value p = dossier::find_by_id(root.find("professionals"), id);
                if (p.valid()) {
                    const Message role = texts_.format("role_" + plain(p.find("role")), {});
                    line("reader_professional", {{"date", when}, {"role", english_ ? role.en : role.nl}, {"organisation", plain(p.find("organisation"))}});
                    continue;
                }
            } else if (const json::Value m = dossier::household_member(root, id); m.valid()) {
                line("reader_member", {{"date", when}, {"name", plain(m.find("name"))}});
                continue;
            }
            line("reader_unknown", {{"date", when}});
        }
    }

    void write_sections() {
        for (const Section *s : {&areas_, &concerns_, &facts_, &judgements_, &safety_, &decisions_, &measures_, &agreements_, &consents_,
                                 &complaints_, &statements_, &letters_}) {
            if (s->lines.empty()) continue;
            heading(s->heading);
            for (const std::string &l : s->lines) {
                out_.append(l);
                out_.push('\n');
            }
        }
    }

    void write_closing(const std::vector<VersionInfo> &versions) {
        heading("section_changes");
        for (const VersionInfo &v : versions) {
            out_.append("- ");
            line("change", {{"version", std::to_string(v.version)}, {"date", spelled(v.at, english_)}});
        }
        // The reader's rights, for their age and situation (lib/data/law/rights.tsv).
        const law::Rights rights = law::Rights::load(in_.policy.law());
        const Message h = rights.heading(reader_);
        out_.push('\n');
        out_.append(english_ ? h.en : h.nl);
        out_.append("\n-----\n");
        for (const law::Right &right : rights.for_reader(reader_)) {
            out_.append("- ");
            out_.append(english_ ? right.text.en : right.text.nl);
            out_.push('\n');
        }
    }

    json::OwnedText release() { return out_.release(); }

private:
    struct Section {
        const char *heading;
        std::vector<std::string> lines;
    };

    // A field's text, or a note that it was left out because it is also about someone else.
    std::string shown(const json::Value &i, std::string_view field) const {
        if (access::field_shown(i, *list_, field, in_.grants, in_.policy, inherited_)) return plain(i.find(field));
        const Message m = texts_.format("withheld", {});
        return english_ ? m.en : m.nl;
    }

    // Who observed a fact: a professional's name and organisation, or the text as recorded.
    std::string observed(const json::Value &i) const {
        return access::field_shown(i, *list_, "observed_by", in_.grants, in_.policy, inherited_) ? observer(d_, i.find("observed_by")) : shown(i, "observed_by");
    }

    // A decision, and under it the person's own view of it, when there is one.
    void add_decision(const json::Value &i) {
        decisions_.lines.push_back(bullet("decision", {{"date", date(i.find("date"))}, {"title", shown(i, "title")}}));
        for (const char *views : {"child_views", "parent_views"})
            for (json::Value v = i.find(views).first_child(); v.valid(); v = v.next_sibling())
                if (v.find("member").as_string() == person_ && v.find("view").is_string())
                    decisions_.lines.push_back("  " + bullet("your_view", {{"view", plain(v.find("view"))}}).substr(2));
    }

    void add_measure(const json::Value &i) {
        const Message open_end = texts_.format("open_end", {});
        const std::string end = i.find("end").is_string() ? date(i.find("end")) : (english_ ? open_end.en : open_end.nl);
        const Message k = text("kind_" + plain(i.find("kind")), {});
        const std::string kind = english_ ? k.en : k.nl;
        // A schorsing that ran past its term with no gezagsbeëindiging asked for has lapsed: say so.
        const std::string_view what = i.find("kind").as_string();
        const auto decided = dossier::date_at(i, "court_decision_date"), ends = dossier::date_at(i, "end"), today = date_of_timestamp(in_.at);
        if ((what == "schorsing_gezag" || what == "voorlopige_voogdij") && decided && today) {
            const Date last_day = in_.policy.law().get("schorsing_lapses").after(*decided);
            if (last_day < (ends ? *ends : *today) && !dossier::ending_requested_by(d_.root(), i.find("child").as_string(), last_day)) {
                measures_.lines.push_back(bullet("measure_lapsed", {{"kind", kind}, {"start", date(i.find("start"))},
                                                                    {"last_day", spelled_out(last_day, english_)}}));
                return;
            }
        }
        measures_.lines.push_back(bullet("measure", {{"kind", kind}, {"start", date(i.find("start"))}, {"end", end}}));
    }

    // A text for this reader: one who reads another member's data (a parent, a young child's)
    // reads the "_other" version, which names that member; a child reads the "_child" version.
    Message text(std::string_view id, const MessageArgs &args) const {
        const std::string variant = std::string(id) + (about_other_ ? "_other" : "_child");
        const law::LegalFacts &law = in_.policy.law();
        if (!(about_other_ || reader_.child) || !texts_.templates().count(variant)) return law.expand(texts_.format(id, args));
        MessageArgs with_person = args;
        with_person.emplace_back("person", person_name_);
        return law.expand(texts_.format(variant, with_person));
    }

    void line(std::string_view id, const MessageArgs &args) {
        const Message m = text(id, args);
        out_.append(english_ ? m.en : m.nl);
        out_.push('\n');
    }

    void heading(std::string_view id) {
        out_.push('\n');
        line(id, {});
        out_.append("-----\n");
    }

    std::string bullet(std::string_view id, const MessageArgs &args) const {
        const Message m = text(id, args);
        return "- " + (english_ ? m.en : m.nl);
    }

    std::string date(const json::Value &v) const { return spelled(v.as_string(), english_); }
    bool by_person(const json::Value &item) const { return item.find("by").as_string() == person_; }

    const ExportInput &in_;
    const json::Document &d_;
    const std::string &person_;
    const std::string *list_ = nullptr;
    const std::vector<std::string> *inherited_ = nullptr;  // the subjects of the concern holding the item
    const Messages &texts_;
    const bool english_;
    const law::RightsReader reader_;
    const bool about_other_;  // a member reads another member's data
    const std::string person_name_;
    json::Bytes out_;
    Section areas_{"section_problem_areas", {}}, concerns_{"section_concerns", {}}, safety_{"section_safety", {}}, facts_{"section_facts", {}},
        judgements_{"section_judgements", {}}, decisions_{"section_decisions", {}}, measures_{"section_measures", {}},
        agreements_{"section_agreements", {}}, consents_{"section_consents", {}}, complaints_{"section_complaints", {}},
        statements_{"section_statements", {}}, letters_{"section_letters", {}};
};

}  // namespace

json::OwnedText export_json(const ExportInput &in) {
    json::Writer w;
    w.begin_object();
    w.key("format").integer(2);
    w.key("dossier_id").string(in.dossier.root().find("id").as_string());
    w.key("exported_at").string(in.at);
    w.key("requested_by").string(in.grants.reader().name());
    w.key("person").begin_object();  // their own record, without the ids of others
    for (json::Value m = dossier::household_member(in.dossier.root(), in.person).first_child(); m.valid(); m = m.next_sibling())
        if (m.key() != "parents") w.key(m.key()).raw(m.raw());
    w.end_object();
    access::ViewResult withheld;
    w.key("items").begin_array();
    size_t n = 0;
    items_about(in, [&](const std::string &list, const char *type, const json::Value &item, const std::vector<std::string> *inherited) {
        w.begin_object().key("type").string(type).key("item");
        access::write_item(w, item, list, "/items/" + std::to_string(n++) + "/item", in.grants, in.policy, withheld, inherited);
        w.end_object();
    });
    w.end_array();
    w.key("versions").begin_array();
    for (const VersionInfo &v : in.versions) w.begin_object().key("version").integer(v.version).key("at").string(v.at).end_object();
    w.end_array();
    w.key("readers").begin_array();
    for (const ReadRecord &r : in.readers) {
        w.begin_object().key("at").string(r.at).key("actor").string(r.actor);
        const size_t colon = r.actor.find(':');
        if (r.actor.compare(0, colon, "professional") == 0) {
            const json::Value p = dossier::find_by_id(in.dossier.root().find("professionals"), r.actor.substr(colon + 1));
            if (p.valid()) w.key("role").string(p.find("role").as_string()).key("organisation").string(p.find("organisation").as_string());
        }
        w.end_object();
    }
    w.end_array();
    w.key("parts_withheld").integer(withheld.parts_withheld);
    w.key("withheld");
    access::write_withheld(w, withheld, in.policy);
    w.end_object();
    return w.release();
}

json::OwnedText export_text(const ExportInput &in, const Messages &texts, bool english) {
    TextExport text(in, texts, english);
    text.write_opening(in.at);
    items_about(in, [&](const std::string &list, std::string_view type, const json::Value &item, const std::vector<std::string> *inherited) {
        text.add_item(list, type, item, inherited);
    });
    text.write_sections();
    text.write_readers();
    text.write_closing(in.versions);
    return text.release();
}

}  // namespace helder::store
