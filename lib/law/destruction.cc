// SPDX-License-Identifier: EUPL-1.2
#include "law/destruction.hh"

namespace helder::law {

DestructionRight::DestructionRight(const LegalFacts &facts)
    : min_age_(facts.get("destruction_min_age")), deadline_(facts.get("destruction_deadline")) {}

std::optional<std::string> DestructionRight::refusal(const std::optional<Date> &birth, bool able_to_judge, const Date &on) const {
    if (birth && age_on(*birth, on) >= min_age_.value && able_to_judge) return std::nullopt;
    return "under " + std::to_string(min_age_.value) + ", or unable to judge one's own interests, there is no right to ask for destruction (" +
           min_age_.article + ", " + min_age_.label + ")";
}

}  // namespace helder::law
