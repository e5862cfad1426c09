// SPDX-License-Identifier: EUPL-1.2
// spelling: Hunspell with Debian's Dutch dictionary. Words in helder's own lists, names (a
// capital inside a sentence), initialisms, numbers and addresses are not checked; a compound
// that Hunspell does not list passes when its parts do (wijkteam|medewerker, veiligheid|s|plan).
// Nor is a word of more than kMaxCheckedWordBytes: no Dutch word is that long, while the
// compound search asks Hunspell about every cut of a word; long_word reports it instead.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <unordered_map>
#include <unordered_set>

#include "core/utf8.hh"
#include "text/rules/rules.hh"

namespace helder::text {
namespace {

// The longest word (in bytes, NFC) that is checked. Debian's dictionary's longest entry has 46
// letters and Hunspell accepts compounds of some 80, so the two parts of a compound that the
// rule accepts fit in this length; a check costs up to a few hundred Hunspell calls per
// distinct word, a bounded amount, however long the text's words are.
constexpr size_t kMaxCheckedWordBytes = 160;
// NFC makes a word at most three times shorter (a Hangul syllable from three jamo): a longer
// surface cannot be a word of kMaxCheckedWordBytes.
constexpr size_t kMaxCheckedSurfaceBytes = 3 * kMaxCheckedWordBytes;
// The longest misspelled word (bytes, NFC) that gets suggestions. Hunspell's search for them
// scans its whole dictionary and takes up to a second for a long made-up word (measured with
// the fuzzer: 25 such words, the default max_suggested_words, took a check to 10 s), while a
// word this long is a compound whose nearest dictionary words help nobody.
constexpr size_t kMaxSuggestedWordBytes = 40;

std::string to_nfc(std::string_view word) {
    bool ascii = true;
    for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) return std::string(word);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::string(word);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    icu::UnicodeString normal = nfc->normalize(u, status);
    std::string out;
    (U_FAILURE(status) ? u : normal).toUTF8String(out);
    return out;
}

// English words that Dutch never uses alone: they stand in English names and phrases.
bool is_english_function_word(std::string_view key) {
    for (std::string_view w : {"and", "the", "for", "with", "from", "by"})
        if (key == w) return true;
    return false;
}

class Checker {
public:
    explicit Checker(const RuleInput &in) : in_(in), speller_(*in.model.speller) {}

    bool known(std::string_view word) const {
        const std::string key = in_.model.segmenter.fold(word);
        for (const Lexicon *lex : {&in_.model.lexicon, in_.overlay}) {
            if (!lex) continue;
            const WordInfo *info = lex->info(key);
            if (info && (info->flags & (kKnown | kAccepted))) return true;
        }
        return false;
    }

    // A part may also be a verb's noun in -ing (risico|mijding: mijden).
    bool part_ok(std::string_view part) const {
        if (known(part) || speller_.accepts(part)) return true;
        return part.size() > 5 && part.substr(part.size() - 3) == "ing" && speller_.accepts(std::string(part.substr(0, part.size() - 3)) + "en");
    }

    // Two parts that are words, with an optional linking s or e(n) on the left.
    bool compound_ok(std::string_view word) const {
        const size_t n = word.size();
        for (size_t cut = 3; cut + 3 <= n; ++cut) {
            if ((static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) continue;  // inside a character
            const std::string_view left = word.substr(0, cut), right = word.substr(cut);
            std::string right_lower(right);
            if (!right_lower.empty() && right_lower[0] >= 'A' && right_lower[0] <= 'Z') right_lower[0] += 32;
            if (!part_ok(right_lower)) continue;
            if (part_ok(left)) return true;
            for (std::string_view link : {"s", "e", "en"})
                if (left.size() > link.size() + 2 && left.substr(left.size() - link.size()) == link &&
                    part_ok(left.substr(0, left.size() - link.size())))
                    return true;
        }
        return false;
    }

    bool correct(const std::string &word) const {
        auto it = memo_.find(word);
        if (it != memo_.end()) return it->second;
        bool ok = speller_.accepts(word);
        if (!ok && word.find('-') != std::string::npos) {  // vakantie-uren: every part
            ok = true;
            size_t from = 0;
            while (ok && from <= word.size()) {
                size_t cut = word.find('-', from);
                if (cut == std::string::npos) cut = word.size();
                const std::string part = word.substr(from, cut - from);
                ok = !part.empty() && (part_ok(part) || compound_ok(part));
                from = cut + 1;
            }
        }
        if (!ok) ok = compound_ok(word);
        memo_.emplace(word, ok);
        return ok;
    }

private:
    const RuleInput &in_;
    const Speller &speller_;
    mutable std::unordered_map<std::string, bool> memo_;  // this check only
};

}  // namespace

void find_spelling(const RuleInput &in, std::vector<Finding> &out) {
    if (!in.model.speller || !in.options.spelling) return;
    const Checker checker(in);
    std::unordered_set<std::string> suggested;
    for (size_t i = 0; i < in.seg.words.size(); ++i) {
        const Word &w = in.seg.words[i];
        if (w.kind != TokenKind::Word || w.letters < 2 || (in.flags[i] & (kKnown | kAccepted))) continue;
        const bool first_in_sentence = in.seg.sentences[w.sentence].first_word == i;
        if (w.capitalized && !first_in_sentence) continue;  // a name
        if (is_fragment_or_placeholder(in, static_cast<uint32_t>(i))) continue;
        // An abbreviation written without its full stop ("za", "cie").
        if (in.model.abbreviations.find(std::string(in.seg.key(w)) + ".")) continue;
        const std::string_view surface = in.surface(w.start, w.end);
        if (surface.size() > kMaxCheckedSurfaceBytes || surface.find_first_of("0123456789") != std::string_view::npos)
            continue;
        const std::string word = to_nfc(surface);
        if (word.size() > kMaxCheckedWordBytes || checker.correct(word)) continue;
        if (is_english_function_word(in.seg.key(w))) continue;  // "checks and balances"
        std::vector<std::string> suggestions;
        if (word.size() <= kMaxSuggestedWordBytes &&
            (suggested.count(word) || suggested.size() < in.options.max_suggested_words)) {
            suggested.insert(word);
            suggestions = in.model.speller->suggest(word, 3);
            // No Dutch word lies near it: a loanword or a new word ("outcome", "stempluspas"),
            // not a misspelling. (Beyond the words that get suggestions, it is reported as before.)
            if (suggestions.empty()) continue;
        }
        out.push_back(Finding{Rule::Spelling, w.start, w.end,
                              in.texts->message("spelling", {{"term", std::string(surface)}}),
                              suggestions.empty() ? FindingTexts::none() : in.texts->keep(std::move(suggestions))});
    }
}

}  // namespace helder::text
