// The legal facts of lib/data/law/legal_facts.tsv: periods and ages with their article and label.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "law/date.hh"

namespace helder::law {

struct LegalFact {
    std::string id;
    int value = 0;
    std::string unit;     // year, month, day
    std::string article;  // "art. 1:258 BW"
    std::string label;    // VERIFIED, SECONDARY, UNVERIFIED
    std::string summary;

    // The date this period after `from` ends (years and months counted as the Hoge Raad does).
    Date after(const Date &from) const;
    // "1 jaar", "3 maanden" / "1 year", "3 months".
    std::string describe_nl() const;
    std::string describe_en() const;
};

class LegalFacts {
public:
    static LegalFacts load();  // throws Failure on a malformed line (a build error)
    const LegalFact &get(std::string_view id) const;  // throws Failure for an unknown id

private:
    std::unordered_map<std::string, LegalFact> facts_;
};

}  // namespace helder::law
