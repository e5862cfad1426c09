// SPDX-License-Identifier: EUPL-1.2
// The Dutch abbreviations helder treats as one word (lib/data/text/abbreviations.tsv).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace helder::text {

struct Abbreviation {
    std::string written;    // "bijv.", lowercase
    std::string spoken;     // "bijvoorbeeld": what a reader says, for syllables
    bool may_end_sentence;  // "enz." often closes a sentence
    bool after_number;      // a month: an abbreviation only right after a number
};

class Abbreviations {
public:
    // Parses the embedded table; throws Failure on a malformed line.
    static Abbreviations load();
    // The entry for a lowercase written form, or nullptr.
    const Abbreviation *find(std::string_view lowercase) const;
    const std::vector<Abbreviation> &all() const { return entries_; }
    size_t longest() const { return longest_; }

private:
    std::vector<Abbreviation> entries_;
    std::unordered_map<std::string, size_t> index_;
    size_t longest_ = 0;
};

}  // namespace helder::text
