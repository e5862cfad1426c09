#include "law/legal_facts.hh"

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder::law {

constexpr int kMonthsPerYear = 12;

Date LegalFact::after(const Date &from) const {
    if (unit == "year") return add_months(from, kMonthsPerYear * value);
    if (unit == "month") return add_months(from, value);
    return add_days(from, value);
}

std::string LegalFact::describe_nl() const {
    const std::string n = std::to_string(value);
    if (unit == "year") return n + " jaar";
    if (unit == "month") return n + (value == 1 ? " maand" : " maanden");
    return n + (value == 1 ? " dag" : " dagen");
}

std::string LegalFact::describe_en() const {
    const std::string n = std::to_string(value);
    const std::string u = unit == "year" ? "year" : unit == "month" ? "month" : "day";
    return n + " " + u + (value == 1 ? "" : "s");
}

LegalFacts LegalFacts::load() {
    LegalFacts facts;
    for (const auto &row : tsv::parse(resources::get("law/legal_facts.tsv"))) {
        if (row.fields.size() != 6)
            throw Failure(HELDER_E_INTERNAL, "legal_facts.tsv line " + std::to_string(row.line) + ": expected 6 columns");
        LegalFact f{std::string(row.fields[0]), std::stoi(std::string(row.fields[1])), std::string(row.fields[2]),
                    std::string(row.fields[3]), std::string(row.fields[4]), std::string(row.fields[5])};
        if ((f.unit != "year" && f.unit != "month" && f.unit != "day") ||
            (f.label != "VERIFIED" && f.label != "SECONDARY" && f.label != "UNVERIFIED"))
            throw Failure(HELDER_E_INTERNAL, "legal_facts.tsv line " + std::to_string(row.line) + ": bad unit or label");
        facts.facts_.emplace(f.id, f);
    }
    return facts;
}

const LegalFact &LegalFacts::get(std::string_view id) const {
    auto it = facts_.find(std::string(id));
    if (it == facts_.end()) throw Failure(HELDER_E_INTERNAL, "unknown legal fact " + std::string(id));
    return it->second;
}

}  // namespace helder::law
