// SPDX-License-Identifier: EUPL-1.2
#include "law/legal_facts.hh"

#include "core/messages.hh"
#include "law/atw_calendar.hh"
#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder::law {

Date LegalFact::after(const Date &from) const {
    if (unit == "year") return add_months(from, kMonthsPerYear * value);
    if (unit == "month") return add_months(from, value);
    if (unit == "week") return add_days(from, kDaysPerWeek * value);
    if (unit == "workday") return add_working_days(from, value);
    return add_days(from, value);
}

std::string LegalFact::describe_nl() const {
    const std::string n = std::to_string(value);
    if (unit == "year") return n + " jaar";
    if (unit == "month") return n + (value == 1 ? " maand" : " maanden");
    if (unit == "week") return n + (value == 1 ? " week" : " weken");
    if (unit == "workday") return n + (value == 1 ? " werkdag" : " werkdagen");
    return n + (value == 1 ? " dag" : " dagen");
}

std::string LegalFact::describe_en() const {
    const std::string n = std::to_string(value);
    if (unit == "workday") return n + (value == 1 ? " working day" : " working days");
    const std::string u = unit == "year" || unit == "month" || unit == "week" ? unit : "day";
    return n + " " + u + (value == 1 ? "" : "s");
}

LegalFacts LegalFacts::load() {
    LegalFacts facts;
    for (const auto &row : tsv::parse(resources::get("law/legal_facts.tsv"))) {
        if (row.fields.size() != 8)
            throw Failure(HELDER_E_INTERNAL, "legal_facts.tsv line " + std::to_string(row.line) + ": expected 8 columns");
        LegalFact f;
        f.id = std::string(row.fields[0]);
        f.value = std::stoi(std::string(row.fields[1]));
        f.unit = std::string(row.fields[2]);
        f.article = std::string(row.fields[3]);
        f.section = std::string(row.fields[6]);
        f.summary = std::string(row.fields[7]);
        if ((f.unit != "year" && f.unit != "month" && f.unit != "week" && f.unit != "day" && f.unit != "workday" &&
             f.unit != "rule") ||
            !f.set_labels(row.fields[4], row.fields[5]))
            throw Failure(HELDER_E_INTERNAL, "legal_facts.tsv line " + std::to_string(row.line) + ": bad unit or label");
        // No article is not a sure article; an article is a citation, not a remark in English.
        if (f.article.empty() || (!f.has_article() && f.article_label != "UNVERIFIED") || f.article.find('(') != std::string::npos)
            throw Failure(HELDER_E_INTERNAL, "legal_facts.tsv line " + std::to_string(row.line) + ": an article is a citation, or - labelled UNVERIFIED");
        facts.facts_.emplace(f.id, f);
    }
    return facts;
}

const LegalFact *LegalFacts::find(std::string_view id) const {
    auto it = facts_.find(std::string(id));
    return it == facts_.end() ? nullptr : &it->second;
}

// {fact:id:article} gives the article (for the sources of the access rules).
std::string LegalFacts::expand(std::string_view text, bool english) const {
    static constexpr std::string_view kOpen = "{fact:";
    std::string out;
    size_t i = 0;
    for (size_t at; (at = text.find(kOpen, i)) != std::string_view::npos;) {
        const size_t close = text.find('}', at);
        if (close == std::string_view::npos) break;
        std::string_view name = text.substr(at + kOpen.size(), close - at - kOpen.size());
        const auto suffix = [&](std::string_view s) {
            const bool has = name.size() > s.size() && name.substr(name.size() - s.size()) == s;
            if (has) name.remove_suffix(s.size());
            return has;
        };
        const bool number_only = suffix(":n"), article = !number_only && suffix(":article");
        const LegalFact &f = get(name);
        out.append(text.substr(i, at - i));
        out += article ? f.article : number_only ? std::to_string(f.value) : english ? f.describe_en() : f.describe_nl();
        i = close + 1;
    }
    out.append(text.substr(i));
    return out;
}

Message LegalFacts::expand(const Message &m) const { return Message{expand(m.nl, false), expand(m.en, true)}; }

const LegalFact &LegalFacts::get(std::string_view id) const {
    auto it = facts_.find(std::string(id));
    if (it == facts_.end()) throw Failure(HELDER_E_INTERNAL, "unknown legal fact " + std::string(id));
    return it->second;
}

}  // namespace helder::law
