// SPDX-License-Identifier: EUPL-1.2
#include "text/features.hh"

#include <array>

namespace helder::text {
namespace {

// Whether a sentence ends in a question mark, looking past closing quotes and brackets and past
// marks that may follow it (?! ?...).
bool is_question(std::string_view sentence) {
    size_t end = sentence.size();
    while (end > 0) {
        const unsigned char c = static_cast<unsigned char>(sentence[end - 1]);
        if (c == ')' || c == ']' || c == '"' || c == '\'' || c == '!' || c == '.') {
            --end;
        } else if (end >= 3 && static_cast<unsigned char>(sentence[end - 3]) == 0xE2 &&
                   static_cast<unsigned char>(sentence[end - 2]) == 0x80 &&
                   (c == 0x99 || c == 0x9D)) {  // ’ ”
            end -= 3;
        } else if (end >= 2 && static_cast<unsigned char>(sentence[end - 2]) == 0xC2 && c == 0xBB) {  // »
            end -= 2;
        } else {
            break;
        }
    }
    return end > 0 && sentence[end - 1] == '?';
}

}  // namespace

TextFeatures count_features(const RuleInput &in, const std::vector<Finding> &findings,
                            std::vector<std::string> *unfamiliar) {
    static constexpr auto symbol = [] {
        std::array<bool, 256> table{};
        for (unsigned char c : {'(', '/', '%', '&', '+', '['}) table[c] = true;
        return table;
    }();
    TextFeatures f;
    f.sentences = static_cast<uint32_t>(in.seg.sentences.size());
    f.words = static_cast<uint32_t>(in.seg.words.size());
    const auto limit = static_cast<uint32_t>(in.model.difficulty.sentence_length_limit());
    for (const Sentence &s : in.seg.sentences) {
        for (uint32_t b = s.start; b < s.end; ++b) f.symbols += symbol[static_cast<unsigned char>(in.text[b])];
        f.questions += is_question(in.text.substr(s.start, s.end - s.start));
        uint32_t numbers = 0;
        for (uint32_t i = s.first_word; i < s.first_word + s.word_count; ++i) {
            const Word &w = in.seg.words[i];
            f.syllables += w.syllables;
            f.letters += w.letters;
            if (w.kind == TokenKind::Number) ++numbers;
            else if (w.syllables >= 4) ++f.long_words;  // digits read easily
            if (w.kind != TokenKind::Word && w.kind != TokenKind::Abbreviation) continue;
            const uint32_t flags = in.flags[i];
            const bool name = w.capitalized && s.first_word != i;
            if (name || w.letters < 2) continue;
            ++f.content_words;
            if ((flags & kFamiliar) && !(flags & kCommon)) ++f.less_common_words;
            if (flags & kAddress) ++f.address_words;
            if (w.kind == TokenKind::Abbreviation || (flags & (kFamiliar | kAccepted))) continue;
            const double weight = (flags & kFamiliarCompound) ? 0.5 : 1.0;
            f.unfamiliar_words += weight;
            if (unfamiliar) unfamiliar->emplace_back(in.seg.key(w));
        }
        f.numbers += numbers;
        if (s.word_count - numbers > limit) f.words_beyond_limit += s.word_count - numbers - limit;
    }
    for (const Finding &x : findings) {
        if (x.rule == Rule::Jargon || x.rule == Rule::Officialese) ++f.terms;
        if (x.rule == Rule::Passive) ++f.passives;
    }
    return f;
}

}  // namespace helder::text
