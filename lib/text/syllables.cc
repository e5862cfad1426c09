// SPDX-License-Identifier: EUPL-1.2
#include "text/syllables.hh"

#include <algorithm>

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"
#include "core/utf8.hh"
#include "text/numbers.hh"

namespace helder::text {
namespace {

struct Letter {
    char base;        // a e i o u y, 'I' for the digraph ij, or 0 for a consonant
    bool diaeresis;   // ë ï ö ü ä ÿ: starts a new syllable
};

// Vowel letter and diaeresis of a lowercase code point; base 0 for consonants.
Letter classify(char32_t c) {
    switch (c) {
        case 'a': case 0xE1: case 0xE0: case 0xE2: case 0xE3: case 0xE5: return {'a', false};
        case 0xE4: return {'a', true};
        case 'e': case 0xE9: case 0xE8: case 0xEA: return {'e', false};
        case 0xEB: return {'e', true};
        case 'i': case 0xED: case 0xEC: case 0xEE: return {'i', false};
        case 0xEF: return {'i', true};
        case 'o': case 0xF3: case 0xF2: case 0xF4: case 0xF5: return {'o', false};
        case 0xF6: return {'o', true};
        case 'u': case 0xFA: case 0xF9: case 0xFB: return {'u', false};
        case 0xFC: return {'u', true};
        case 'y': case 0xFD: return {'y', false};
        case 0xFF: return {'y', true};
        default: return {0, false};
    }
}

bool digraph(char a, char b) {
    switch (a) {
        case 'a': return b == 'a' || b == 'u' || b == 'i' || b == 'y';
        case 'e': return b == 'e' || b == 'u' || b == 'i' || b == 'y';
        case 'o': return b == 'o' || b == 'e' || b == 'u' || b == 'y';
        case 'u': return b == 'u' || b == 'i';
        case 'i': return b == 'e';
        default: return false;
    }
}

bool trigraph(char a, char b, char c) {
    return (a == 'e' && b == 'e' && c == 'u') || (a == 'i' && b == 'e' && c == 'u') ||
           (a == 'a' && b == 'a' && c == 'i') || (a == 'o' && b == 'o' && c == 'i') ||
           (a == 'o' && b == 'e' && c == 'i');
}

int count_run(const std::vector<Letter> &run) {
    int nuclei = 0;
    size_t k = 0;
    while (k < run.size()) {
        ++nuclei;
        if (k + 2 < run.size() && !run[k + 1].diaeresis && !run[k + 2].diaeresis &&
            trigraph(run[k].base, run[k + 1].base, run[k + 2].base))
            k += 3;
        else if (k + 1 < run.size() && !run[k + 1].diaeresis && digraph(run[k].base, run[k + 1].base))
            k += 2;
        else
            k += 1;
    }
    return nuclei;
}

}  // namespace

int count_vowel_groups(std::string_view text) {
    std::vector<char32_t> cps;
    cps.reserve(text.size());
    for (size_t pos = 0; pos < text.size();) cps.push_back(utf8::decode(text, pos));
    int total = 0;
    std::vector<Letter> run;
    for (size_t i = 0; i < cps.size(); ++i) {
        Letter l = classify(cps[i]);
        const char32_t next = i + 1 < cps.size() ? cps[i + 1] : 0;
        if (l.base == 'i' && !l.diaeresis && next == 'j') {  // ij is one vowel
            l.base = 'I';
            ++i;
        } else if (l.base == 'y' && !l.diaeresis && classify(next).base != 0 && run.empty()) {
            l.base = 0;  // y before a vowel at the start of a group: a consonant (yoga, loyaal)
        } else if (l.base == 'u' && i > 0 && cps[i - 1] == 'q') {
            l.base = 0;  // qu
        }
        if (l.base != 0) {
            run.push_back(l);
        } else if (!run.empty()) {
            total += count_run(run);
            run.clear();
        }
    }
    if (!run.empty()) total += count_run(run);
    return total;
}

SyllableCounter::SyllableCounter(const Abbreviations &abbreviations) {
    for (const auto &row : tsv::parse(resources::get("text/syllable_exceptions.tsv"))) {
        if (row.fields.size() != 3)
            throw Failure(HELDER_E_INTERNAL, "syllable_exceptions.tsv line " + std::to_string(row.line) + ": bad row");
        Piece piece{std::string(row.fields[0]), std::stoi(std::string(row.fields[1]))};
        const std::string_view where = row.fields[2];
        if (where == "word") whole_[piece.text] = piece.syllables;
        else if (where == "start") start_.push_back(piece);
        else if (where == "end") end_.push_back(piece);
        else if (where == "any") any_.push_back(piece);
        else throw Failure(HELDER_E_INTERNAL, "syllable_exceptions.tsv line " + std::to_string(row.line) + ": bad place");
    }
    for (const auto &[text, syllables] : whole_) longest_whole_ = std::max(longest_whole_, text.size());
    auto longest_first = [](const Piece &a, const Piece &b) { return a.text.size() > b.text.size(); };
    std::stable_sort(start_.begin(), start_.end(), longest_first);
    std::stable_sort(end_.begin(), end_.end(), longest_first);
    std::stable_sort(any_.begin(), any_.end(), longest_first);
    for (const Abbreviation &a : abbreviations.all()) {
        int s = 0;
        size_t from = 0;
        while (from <= a.spoken.size()) {
            size_t space = a.spoken.find(' ', from);
            if (space == std::string::npos) space = a.spoken.size();
            if (space > from) s += count_word(std::string_view(a.spoken).substr(from, space - from));
            from = space + 1;
        }
        abbreviations_[a.written] = s;
    }
}

// A loop, not a recursion, over the pieces a part begins or ends with and the pieces inside it
// (to the right of the first one found): a word made of a million "team"s needed a million
// nested calls before, each copying the rest of the word. `first_any` skips the pieces of any_
// that are known not to occur in the part (it is always inside the part in which they were
// looked for), so each piece is looked for in each stretch of the word once.
int SyllableCounter::count_part(std::string_view part, bool inner, size_t first_any) const {
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    int total = 0;
    for (;;) {
        if (part.empty()) return total;
        if (is_digit(part.front()) && is_digit(part.back()) && std::all_of(part.begin(), part.end(), is_digit))
            return total + number_token_syllables(part);
        if (part.size() <= longest_whole_) {
            auto it = whole_.find(std::string(part));
            if (it != whole_.end()) return total + it->second;
        }
        bool trimmed = false;
        for (const Piece &p : start_) {
            if (part.size() > p.text.size() && part.compare(0, p.text.size(), p.text) == 0) {
                total += p.syllables;
                part.remove_prefix(p.text.size());
                trimmed = true;
                break;
            }
        }
        for (size_t k = 0; k < end_.size() && !trimmed; ++k) {
            const Piece &p = end_[k];
            for (std::string_view tail : {"", "s", "'s"}) {
                const size_t n = p.text.size() + tail.size();
                // A remainder may be the piece itself: "line" in dead|line.
                if ((part.size() > n || (inner && part.size() == n)) && part.compare(part.size() - n, p.text.size(), p.text) == 0 &&
                    part.substr(part.size() - tail.size()) == tail) {
                    total += p.syllables;
                    part.remove_suffix(n);
                    trimmed = true;
                    break;
                }
            }
        }
        if (trimmed) {
            inner = true;
            continue;
        }
        size_t at = std::string_view::npos;
        for (; first_any < any_.size(); ++first_any)
            if ((at = part.find(any_[first_any].text)) != std::string_view::npos) break;
        if (at == std::string_view::npos) return total + count_vowel_groups(part);
        // Left of the piece, no piece up to this one occurs; right of it, none before it.
        const Piece &p = any_[first_any];
        total += count_part(part.substr(0, at), true, first_any + 1) + p.syllables;
        part.remove_prefix(at + p.text.size());
        inner = true;
    }
}

int SyllableCounter::count_word(std::string_view key) const {
    int total = 0;
    size_t from = 0;
    while (from <= key.size()) {
        size_t cut = key.find_first_of("-'", from);
        if (cut == std::string_view::npos) cut = key.size();
        total += count_part(key.substr(from, cut - from), false);
        from = cut + 1;
    }
    return total > 0 ? total : 1;
}

int SyllableCounter::count(TokenKind kind, std::string_view key) const {
    switch (kind) {
        case TokenKind::Number: return number_token_syllables(key);
        case TokenKind::Initialism: return static_cast<int>(utf8::count_code_points(key));
        case TokenKind::Abbreviation: {
            auto it = abbreviations_.find(std::string(key));
            return it != abbreviations_.end() ? it->second : count_word(key);
        }
        case TokenKind::Email:
        case TokenKind::Url: {
            int total = 0;
            std::string part;
            for (char c : key) {
                if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) {
                    part.push_back(c);
                } else if (!part.empty()) {
                    total += count_vowel_groups(part);
                    part.clear();
                }
            }
            if (!part.empty()) total += count_vowel_groups(part);
            return total > 0 ? total : 1;
        }
        case TokenKind::Word: break;
    }
    return count_word(key);
}

}  // namespace helder::text
