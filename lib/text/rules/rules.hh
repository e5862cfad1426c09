// SPDX-License-Identifier: EUPL-1.2
// The rules of a text check. Each reads the segmented text and appends findings.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "helder/common.h"
#include "text/lexicon.hh"
#include "core/messages.hh"
#include "text/options.hh"
#include "text/segmentation.hh"
#include "text/text_model.hh"

namespace helder::text {

struct Finding {
    Rule rule;
    uint32_t start, end;                             // UTF-8 byte offsets
    const Message *message;                          // from FindingTexts
    const std::vector<std::string> *suggestions;     // a lexicon entry's alternatives, or FindingTexts'
};

// The texts of one check's findings, made once per distinct text: a long report repeats the
// same term's message thousands of times.
class FindingTexts {
public:
    explicit FindingTexts(const Messages &messages) : messages_(messages) {}
    const Message *message(std::string_view id, const MessageArgs &args);
    const std::vector<std::string> *keep(std::vector<std::string> list);
    static const std::vector<std::string> *none();

private:
    const Messages &messages_;
    std::unordered_map<std::string, std::unique_ptr<Message>> cache_;
    std::deque<std::vector<std::string>> lists_;
    std::string key_;
};

// A phrase match; `overlay` says which lexicon its entry belongs to.
struct LexMatch {
    PhraseMatch match;
    bool overlay;
};

// What every rule may read.
struct RuleInput {
    std::string_view text;
    const Segmentation &seg;
    const CheckOptions &options;
    const TextModel &model;
    const Lexicon *overlay;                          // this check's own word lists, or null
    FindingTexts *texts;                             // where findings get their messages
    std::vector<uint32_t> flags;                     // WordFlag bits per word (both lexicons)
    std::vector<std::vector<LexMatch>> matches;      // per sentence

    const LexEntry &entry(const LexMatch &m) const {
        return m.overlay ? overlay->entry(m.match.entry) : model.lexicon.entry(m.match.entry);
    }
    std::string_view surface(uint32_t start, uint32_t end) const { return text.substr(start, end - start); }
    bool enabled(Rule rule) const { return options.enabled[static_cast<size_t>(rule)]; }
};

// Jargon and officialese; returns nothing, appends findings.
void find_lexical(const RuleInput &in, std::vector<Finding> &out);
void find_long_sentences(const RuleInput &in, std::vector<Finding> &out);
// Long words not already inside a lexical finding.
void find_long_words(const RuleInput &in, std::vector<Finding> &out);
void find_passive(const RuleInput &in, std::vector<Finding> &out);
void find_opinion(const RuleInput &in, std::vector<Finding> &out);
void find_spelling(const RuleInput &in, std::vector<Finding> &out);
// Words a B1 reader is unlikely to know, not already inside a jargon or officialese finding.
void find_difficult_words(const RuleInput &in, std::vector<Finding> &out);

// Whether the text between two words ends a clause: a comma, semicolon, colon, bracket, quote,
// question or exclamation mark, or a dash.
bool clause_break_between(std::string_view text, uint32_t from, uint32_t to);

// No word of its own: the first part of an elided compound ("gezins-/systeemgericht",
// "(veiligheids)problematiek") or a placeholder ("[naam]", "{naam}", "xxx"). Spelling and
// long_word leave it alone.
bool is_fragment_or_placeholder(const RuleInput &in, uint32_t word);

// Whether a word is written in capitals only: an initialism the segmenter took as a word (OTS).
bool all_capitals(std::string_view surface);

// Whether the text explains word i where it uses it (rules/explained.cc); strict asks for more.
bool explained_here(const RuleInput &in, size_t i, bool strict = false);

}  // namespace helder::text
