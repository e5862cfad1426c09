// SPDX-License-Identifier: EUPL-1.2
// The legal facts of lib/data/law/legal_facts.tsv: periods and ages with their article and label.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/messages.hh"
#include "law/date.hh"
#include "law/label.hh"

namespace helder::law {

// Its labels (law/label.hh): value_label, article_label and label, the weaker, shown to a reader.
struct LegalFact : Labels {
    std::string id;
    int value = 0;
    std::string unit;     // year, month, week, day, workday; rule: no quantity
    std::string article;  // "art. 1:258 BW"; "-" when the brief names none (see has_article)
    std::string summary;
    std::string section;  // of the domain brief

    // The date this period after `from` ends (years and months counted as the Hoge Raad does;
    // working days skip weekends and the Atw's holidays, see law::working_day).
    Date after(const Date &from) const;
    bool in_working_days() const { return unit == "workday"; }
    bool has_article() const { return article != "-"; }
    // "1 jaar", "3 maanden", "5 werkdagen" / "1 year", "3 months", "5 working days".
    std::string describe_nl() const;
    std::string describe_en() const;
};

class LegalFacts {
public:
    static LegalFacts load();  // throws Failure on a malformed line (a build error)
    const LegalFact &get(std::string_view id) const;  // throws Failure for an unknown id
    const LegalFact *find(std::string_view id) const;
    // Replaces {fact:id} by the fact's value with its unit ("12 jaar") and {fact:id:n} by the
    // number alone; throws Failure for an unknown id, so a text can only name a real fact.
    std::string expand(std::string_view text, bool english) const;
    Message expand(const Message &m) const;

private:
    std::unordered_map<std::string, LegalFact> facts_;
};

}  // namespace helder::law
