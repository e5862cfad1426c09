// SPDX-License-Identifier: EUPL-1.2
#include "law/label.hh"

namespace helder::law {
namespace {
int rank(std::string_view label) { return label == "VERIFIED" ? 2 : label == "SECONDARY" ? 1 : 0; }
}  // namespace

bool known_label(std::string_view label) { return label == "VERIFIED" || label == "SECONDARY" || label == "UNVERIFIED"; }

std::string_view weaker_label(std::string_view a, std::string_view b) { return rank(a) <= rank(b) ? a : b; }

bool Labels::set_labels(std::string_view value, std::string_view article) {
    if (!known_label(value) || !known_label(article)) return false;
    value_label = std::string(value);
    article_label = std::string(article);
    label = std::string(weaker_label(value, article));
    return true;
}

}  // namespace helder::law
