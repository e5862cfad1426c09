// SPDX-License-Identifier: EUPL-1.2
// Words that are no words of their own to a reader: parts of elided compounds and placeholders.
#include "text/rules/rules.hh"

namespace helder::text {
namespace {

// A letter, or the first byte of a character beyond ASCII (in Dutch text: é, ë, …).
bool letter_at(std::string_view text, size_t i) {
    if (i >= text.size()) return false;
    const auto c = static_cast<unsigned char>(text[i]);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

}  // namespace

bool is_fragment_or_placeholder(const RuleInput &in, uint32_t word) {
    const Word &w = in.seg.words[word];
    const std::string_view t = in.text;
    const char before = w.start > 0 ? t[w.start - 1] : ' ', after = w.end < t.size() ? t[w.end] : ' ';
    // "gezins-/systeemgericht", "veiligheids- en expertteams", "gedwon- gen": a hyphen that no
    // letter follows leaves the word unfinished.
    if (after == '-' && !letter_at(t, w.end + 1)) return true;
    // "(veiligheids)problematiek": the part in brackets is the optional start of the next word.
    if (before == '(' && after == ')' && letter_at(t, w.end + 1)) return true;
    // "[naam]", "{naam}": a slot to fill in.
    // (Not the text of a Markdown link, "[Voortgangsrapportage](#)".)
    if (before == '[' && after == ']' && !(w.end + 1 < t.size() && t[w.end + 1] == '(')) return true;
    if (before == '{' && after == '}') return true;
    // "xxx": a name removed from the text.
    const std::string_view key = in.seg.key(w);
    return key.size() >= 2 && key.find_first_not_of('x') == std::string_view::npos;
}

bool all_capitals(std::string_view surface) {
    bool upper = false;
    for (char c : surface) {
        if (c >= 'a' && c <= 'z') return false;
        upper = upper || (c >= 'A' && c <= 'Z');
    }
    return upper;
}

}  // namespace helder::text
