// SPDX-License-Identifier: EUPL-1.2
// Counting the features of the difficulty model from a segmented, checked text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "text/lexicon.hh"
#include "text/rules/rules.hh"
#include "text/scores.hh"

namespace helder::text {

// unfamiliar (may be null) receives the words counted as unfamiliar, for vocabulary upkeep.
TextFeatures count_features(const RuleInput &in, const std::vector<Finding> &findings,
                            std::vector<std::string> *unfamiliar = nullptr);

}  // namespace helder::text
