// SPDX-License-Identifier: EUPL-1.2
// How sure the domain brief is of a piece of law: VERIFIED (the wording of the law or an official
// page was read), SECONDARY (confirmed by secondary sources only), UNVERIFIED (not confirmed). A
// legal fact (legal_facts.tsv) and an Atw rule (atw_rules.tsv) each carry a label for their value
// and one for their article; a reader is shown the weaker.
#pragma once

#include <string>
#include <string_view>

namespace helder::law {

// One of the three labels above.
bool known_label(std::string_view label);
// The weaker of two labels.
std::string_view weaker_label(std::string_view a, std::string_view b);

// The two labels of a piece of law and the one a reader is shown.
struct Labels {
    std::string value_label, article_label;  // VERIFIED, SECONDARY, UNVERIFIED
    std::string label;                        // the weaker of the two: what a reader is shown
    // Sets both and the shown label; false (and nothing set) for an unknown label.
    bool set_labels(std::string_view value, std::string_view article);
};

}  // namespace helder::law
