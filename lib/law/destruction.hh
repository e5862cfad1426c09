// SPDX-License-Identifier: EUPL-1.2
// The right to have a youth-care dossier destroyed on request (domain brief 2.13, 2.13b):
// from the age in `destruction_min_age`, for a person who can judge their own interests; the
// dossier is then destroyed within the period of `destruction_deadline`.
#pragma once

#include <optional>
#include <string>

#include "law/date.hh"
#include "law/legal_facts.hh"

namespace helder::law {

class DestructionRight {
public:
    explicit DestructionRight(const LegalFacts &facts);

    // Why this person may not ask (with article and label), or nothing when they may.
    std::optional<std::string> refusal(const std::optional<Date> &birth, bool able_to_judge, const Date &on) const;
    const LegalFact &deadline() const { return deadline_; }

private:
    const LegalFact &min_age_;
    const LegalFact &deadline_;
};

}  // namespace helder::law
