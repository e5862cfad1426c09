#include "store/export.hh"

#include "dossier/checks.hh"

namespace helder::store {
namespace {

bool about(const json::Value &item, const std::string &person) {
    for (json::Value a = item.find("about").first_child(); a.valid(); a = a.next_sibling())
        if (a.as_string() == person) return true;
    return false;
}

// Calls fn(kind, item) for every item about the person, in the dossier's order.
template <class Fn>
void items_about(const json::Document &d, const std::string &person, Fn fn) {
    const json::Value root = d.root();
    auto list = [&](const json::Value &array, const char *kind) {
        for (json::Value i = array.first_child(); i.valid(); i = i.next_sibling())
            if (about(i, person)) fn(kind, i);
    };
    list(root.find("problem_areas"), "problem_area");
    for (json::Value c = root.find("concerns").first_child(); c.valid(); c = c.next_sibling()) {
        list(c.find("facts"), "fact");
        list(c.find("judgements"), "judgement");
    }
    list(root.find("safety").find("assessments"), "safety_assessment");
    list(root.find("safety").find("agreements"), "safety_agreement");
    list(root.find("plan").find("goals"), "goal");
    list(root.find("decisions"), "decision");
    list(root.find("measures"), "measure");
    for (const char *key : {"consents", "complaints", "statements"})
        for (json::Value i = root.find(key).first_child(); i.valid(); i = i.next_sibling())
            if (i.find("by").as_string() == person || about(i, person)) fn(key, i);
    list(root.find("family_texts"), "family_text");
}

// The fields of an item that are about the person: ids of other people are left out.
void write_item(json::Writer &w, const char *kind, const json::Value &item, const std::string &person) {
    // "type" names the list the item comes from (an item's own "kind" is kept).
    w.begin_object().key("type").string(kind);
    bool view_written = false;
    for (json::Value m = item.first_child(); m.valid(); m = m.next_sibling()) {
        const std::string_view key = m.key();
        if (key == "about" || key == "parties" || key == "responsible" || key == "consent_by" || key == "based_on") continue;
        if (key == "child_views" || key == "parent_views") {
            for (json::Value v = m.first_child(); v.valid(); v = v.next_sibling())
                if (v.find("member").as_string() == person && !view_written) {
                    w.key("your_view").raw(v.raw());
                    view_written = true;
                }
            continue;
        }
        w.key(key);
        json::copy_value(w, m);
    }
    w.end_object();
}

std::string plain(const json::Value &v) { return std::string(v.as_string()); }

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
    TextExport(const json::Document &d, const std::string &person, const Messages &texts, bool english)
        : d_(d), person_(person), texts_(texts), english_(english) {}

    void write_opening(const std::string &at) {
        const json::Value record = dossier::household_member(d_.root(), person_);
        line("title", {});
        out_.append("=====\n\n");
        line("intro", {{"date", spelled(at, english_)}});
        line("about_you", {{"name", plain(record.find("name"))}, {"birth_date", date(record.find("birth_date"))}});
    }

    void add_item(std::string_view kind, const json::Value &i) {
        if (kind == "problem_area")
            areas_.lines.push_back(bullet("problem_area", {{"text", plain(i.find("description"))}}));
        else if (kind == "safety_assessment")
            safety_.lines.push_back(bullet("agreement", {{"date", date(i.find("date"))}, {"text", plain(i.find("text"))}}));
        else if (kind == "fact")
            facts_.lines.push_back(bullet("fact", {{"date", date(i.find("observed_on"))}, {"text", plain(i.find("text"))},
                                                   {"by", observer(d_, i.find("observed_by"))}}));
        else if (kind == "judgement")
            judgements_.lines.push_back(bullet("judgement", {{"date", date(i.find("on"))}, {"text", plain(i.find("text"))}}));
        else if (kind == "decision")
            add_decision(i);
        else if (kind == "measure")
            add_measure(i);
        else if (kind == "safety_agreement")
            agreements_.lines.push_back(bullet("agreement", {{"date", date(i.find("date"))}, {"text", plain(i.find("text"))}}));
        else if (kind == "goal")
            agreements_.lines.push_back(bullet("goal", {{"text", plain(i.find("text"))}}));
        else if (kind == "consents" && by_person(i))
            consents_.lines.push_back(bullet("consent", {{"recipient", plain(i.find("recipient"))}, {"start", date(i.find("start"))}}));
        else if (kind == "complaints" && by_person(i))
            complaints_.lines.push_back(
                bullet("complaint", {{"date", date(i.find("filed_on"))}, {"organisation", plain(i.find("about_organisation"))}}));
        else if (kind == "statements" && by_person(i))
            statements_.lines.push_back(bullet("statement", {{"date", date(i.find("date"))}, {"text", plain(i.find("text"))}}));
        else if (kind == "family_text")
            letters_.lines.push_back(bullet("letter", {{"date", date(i.find("date"))}, {"title", plain(i.find("title"))}}));
    }

    void write_sections() {
        for (const Section *s : {&areas_, &facts_, &judgements_, &safety_, &decisions_, &measures_, &agreements_, &consents_,
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
        out_.push('\n');
        line("rights", {});
    }

    json::OwnedText release() { return out_.release(); }

private:
    struct Section {
        const char *heading;
        std::vector<std::string> lines;
    };

    // A decision, and under it the person's own view of it, when there is one.
    void add_decision(const json::Value &i) {
        decisions_.lines.push_back(bullet("decision", {{"date", date(i.find("date"))}, {"title", plain(i.find("title"))}}));
        for (const char *views : {"child_views", "parent_views"})
            for (json::Value v = i.find(views).first_child(); v.valid(); v = v.next_sibling())
                if (v.find("member").as_string() == person_ && v.find("view").is_string())
                    decisions_.lines.push_back("  " + bullet("your_view", {{"view", plain(v.find("view"))}}).substr(2));
    }

    void add_measure(const json::Value &i) {
        const Message open_end = texts_.format("open_end", {});
        const std::string end = i.find("end").is_string() ? date(i.find("end")) : (english_ ? open_end.en : open_end.nl);
        const Message k = texts_.format("kind_" + plain(i.find("kind")), {});
        measures_.lines.push_back(bullet("measure", {{"kind", english_ ? k.en : k.nl}, {"start", date(i.find("start"))}, {"end", end}}));
    }

    void line(std::string_view id, const MessageArgs &args) {
        const Message m = texts_.format(id, args);
        out_.append(english_ ? m.en : m.nl);
        out_.push('\n');
    }

    void heading(std::string_view id) {
        out_.push('\n');
        line(id, {});
        out_.append("-----\n");
    }

    std::string bullet(std::string_view id, const MessageArgs &args) const {
        const Message m = texts_.format(id, args);
        return "- " + (english_ ? m.en : m.nl);
    }

    std::string date(const json::Value &v) const { return spelled(v.as_string(), english_); }
    bool by_person(const json::Value &item) const { return item.find("by").as_string() == person_; }

    const json::Document &d_;
    const std::string &person_;
    const Messages &texts_;
    const bool english_;
    json::Bytes out_;
    Section areas_{"section_problem_areas", {}}, safety_{"section_safety", {}}, facts_{"section_facts", {}},
        judgements_{"section_judgements", {}}, decisions_{"section_decisions", {}}, measures_{"section_measures", {}},
        agreements_{"section_agreements", {}}, consents_{"section_consents", {}}, complaints_{"section_complaints", {}},
        statements_{"section_statements", {}}, letters_{"section_letters", {}};
};

}  // namespace

json::OwnedText export_json(const json::Document &d, const std::string &person, const std::string &at,
                            const std::vector<VersionInfo> &versions) {
    json::Writer w;
    w.begin_object();
    w.key("format").integer(1);
    w.key("dossier_id").string(d.root().find("id").as_string());
    w.key("exported_at").string(at);
    w.key("person");
    const json::Value record = dossier::household_member(d.root(), person);
    w.begin_object();
    for (json::Value m = record.first_child(); m.valid(); m = m.next_sibling())
        if (m.key() != "parents") w.key(m.key()).raw(m.raw());
    w.end_object();
    w.key("items").begin_array();
    items_about(d, person, [&](const char *kind, const json::Value &item) { write_item(w, kind, item, person); });
    w.end_array();
    w.key("versions").begin_array();
    for (const VersionInfo &v : versions) w.begin_object().key("version").integer(v.version).key("at").string(v.at).end_object();
    w.end_array();
    w.key("withheld").string("information about other people");
    w.end_object();
    return w.release();
}

json::OwnedText export_text(const json::Document &d, const std::string &person, const std::string &at,
                            const std::vector<VersionInfo> &versions, const Messages &texts, bool english) {
    TextExport text(d, person, texts, english);
    text.write_opening(at);
    items_about(d, person, [&](std::string_view kind, const json::Value &item) { text.add_item(kind, item); });
    text.write_sections();
    text.write_closing(versions);
    return text.release();
}

}  // namespace helder::store
