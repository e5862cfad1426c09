// SPDX-License-Identifier: EUPL-1.2
#include "text/word_difficulty.hh"

#include <algorithm>
#include <array>

namespace helder::text {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The shortest word (in bytes) that is flagged only for being outside the vocabulary.
constexpr size_t kMinRareBytes = 8;

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c); }

// English spelling that Dutch words do not have: sh, ck, tch, oa, ea, ow, aw, y, and a long
// vowel written double before one consonant and a vowel (meeting, screening: Dutch writes
// "meting"). Only words outside the vocabulary get here, so "show" or "baby" never do.
bool english_spelling(std::string_view w) {
    for (std::string_view s : {"sh", "ck", "tch", "oa", "ow", "aw", "y", "ance", "ence"})
        if (w.find(s) != std::string_view::npos) return true;
    // "ea", but not where a prefix ends in e (geacht, beantwoord, reageren is learned, not English).
    for (size_t at = w.find("ea"); at != std::string_view::npos; at = w.find("ea", at + 1))
        if (at != 1) return true;
    for (size_t i = 0; i + 3 < w.size(); ++i)
        if (w[i] == w[i + 1] && (w[i] == 'e' || w[i] == 'o') && is_consonant(w[i + 2]) && w[i + 2] != 'r' &&
            (w[i + 3] == 'i' || w[i + 3] == 'e'))
            return true;
    return false;
}

// Learned loanwords, mostly from Latin and French: a c that is not part of ch, an x, a q, ph or
// th inside the word, or a Latinate ending (of a verb in -eren in any of its forms).
bool foreign_formation(std::string_view w) {
    for (size_t i = 0; i < w.size(); ++i) {
        if (w[i] == 'c' && !(i + 1 < w.size() && (w[i + 1] == 'h' || w[i + 1] == 'k'))) return true;
        if (w[i] == 'x' || w[i] == 'q') return true;
        if (i > 0 && w[i] == 'h' && (w[i - 1] == 'p' || w[i - 1] == 't')) return true;
    }
    static constexpr std::array<std::string_view, 47> endings = {
        "atie",  "aties", "itie",  "ities", "iteit",  "iteiten", "isme",   "ismen",   "istisch", "istische",
        "eren",  "eert",  "eerd",  "eerde", "eerden", "ief",     "ieve",   "ieven",   "eel",     "ele",
        "aal",   "ale",   "air",   "aire",  "antie",  "entie",   "logie",  "logisch", "iek",     "ieken",
        "isch",  "ische", "abel",  "ibel",  "ator",   "atoren",  "ueel",   "uele",    "ose",     "tuur",
        "isering", "iseringen", "ivering", "iveringen", "ulering", "uleringen", "ificatie"};
    for (std::string_view e : endings)
        if (w.size() >= e.size() + 3 && ends_with(w, e)) return true;
    // The diaeresis of a learned word (coördinatie, geïnformeerd): ï or ö.
    if (w.find("\xC3\xAF") != std::string_view::npos || w.find("\xC3\xB6") != std::string_view::npos) return true;
    return false;
}

// An abstract noun of a verb or an adjective: -ing(en), -heid/-heden.
bool abstract_noun(std::string_view w) {
    for (std::string_view e : {"ing", "ingen", "heid", "heden"})
        if (w.size() >= e.size() + 5 && ends_with(w, e)) return true;
    return false;
}

constexpr std::array<std::string_view, 19> kNumberWords = {
    "twee",   "drie",    "vier",    "vijf",    "zes",    "zeven",  "acht",    "negen",   "tien",  "elf",
    "twaalf", "vijftien", "twintig", "dertig", "veertig", "vijftig", "zestig", "honderd", "duizend"};

DifficultySignal signal_of_part(const Lexicon &lexicon, std::string_view w, uint32_t flags) {
    if (!formal_number(w).empty()) return DifficultySignal::FormalNumber;
    if ((flags & kLoanword) || english_spelling(w)) return DifficultySignal::English;
    if (foreign_formation(w)) return DifficultySignal::Foreign;
    (void)lexicon;
    if (abstract_noun(w)) return DifficultySignal::Abstract;
    return DifficultySignal::None;
}

}  // namespace

DifficultySignal parse_difficulty_signal(std::string_view name) {
    if (name == "english") return DifficultySignal::English;
    if (name == "foreign") return DifficultySignal::Foreign;
    if (name == "formal") return DifficultySignal::Formal;
    if (name == "abstract") return DifficultySignal::Abstract;
    if (name == "rare") return DifficultySignal::Rare;
    if (name == "formal_number") return DifficultySignal::FormalNumber;
    return DifficultySignal::None;
}

std::string_view formal_number(std::string_view key) {
    for (std::string_view tail : {std::string_view("tallen"), std::string_view("tal")}) {
        if (!ends_with(key, tail)) continue;
        const std::string_view number = key.substr(0, key.size() - tail.size());
        for (std::string_view n : kNumberWords)
            if (number == n) return n;
        return {};
    }
    return {};
}

DifficultySignal word_difficulty(const Lexicon &lexicon, std::string_view key, uint32_t flags, size_t longest_familiar) {
    if (key.size() < 4 || key.find_first_of("0123456789") != std::string_view::npos) return DifficultySignal::None;
    auto familiar = [&](std::string_view part) {
        const WordInfo *info = lexicon.info(part);
        return info && (info->flags & kFamiliar);
    };
    // Two familiar words are a familiar compound, unless the second is "eren" (to honour) and the
    // word a Latinate verb (uniformeren, uniformeert).
    if (flags & kFamiliarCompound) {
        for (std::string_view tail : {"eren", "eert", "eerde", "eerden", "eerd"})
            if (ends_with(key, tail) && familiar(key.substr(0, key.size() - tail.size()))) return DifficultySignal::Foreign;
        return DifficultySignal::None;
    }
    // Parts joined by a hyphen (kick-off, sociaal-emotioneel): the first part a B1 reader does not
    // know decides; all parts familiar is a familiar word.
    if (key.find('-') != std::string_view::npos) {
        size_t from = 0;
        while (from <= key.size()) {
            const size_t dash = std::min(key.find('-', from), key.size());
            const std::string_view part = key.substr(from, dash - from);
            if (part.size() >= 2 && !familiar(part)) {
                const WordInfo *info = lexicon.info(part);
                const DifficultySignal s = signal_of_part(lexicon, part, info ? info->flags : 0);
                if (s != DifficultySignal::None) return s;
                if (part.size() >= kMinRareBytes) return DifficultySignal::Rare;
            }
            from = dash + 1;
        }
        return DifficultySignal::None;
    }
    // Made from a familiar word by a rule every reader knows: a diminutive (briefje, kaartjes),
    // "on-" (onduidelijk), -heid of an adjective (duidelijkheid), -ing of a verb (betaling, melding).
    for (std::string_view tail : {"etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je", "heid", "heden"})
        if (key.size() > tail.size() + 2 && ends_with(key, tail) && familiar(key.substr(0, key.size() - tail.size())))
            return DifficultySignal::None;
    if (key.size() > 5 && key.compare(0, 2, "on") == 0 && familiar(key.substr(2))) return DifficultySignal::None;
    for (std::string_view tail : {"ingen", "ing"}) {
        if (key.size() < tail.size() + 3 || !ends_with(key, tail)) continue;
        const std::string verb = std::string(key.substr(0, key.size() - tail.size())) + "en";
        if (familiar(verb)) return DifficultySignal::None;
        break;
    }
    if (!formal_number(key).empty()) return DifficultySignal::FormalNumber;
    if (flags & kLoanword) return DifficultySignal::English;
    // A familiar last part (escalatieladder, loondoorbetaling) makes the word half known: only a
    // signal of the first part, without a linking s, counts. Only cuts that leave a last part no
    // longer than the longest familiar word are tried; the first that fits is the longest part.
    const size_t first_cut = std::max<size_t>(4, key.size() - std::min(key.size(), longest_familiar));
    for (size_t cut = first_cut; cut + 3 <= key.size(); ++cut) {
        if ((static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80 || !familiar(key.substr(cut))) continue;
        // -ering is a suffix, not "ring" (intensivering).
        if (key.compare(cut, 3, "rin") == 0 && cut > 0 && key[cut - 1] == 'e') continue;
        std::string_view left = key.substr(0, cut);
        if (left.size() > 5 && ends_with(left, "s")) left.remove_suffix(1);
        if (familiar(left)) return DifficultySignal::None;
        const DifficultySignal s = signal_of_part(lexicon, left, 0);
        if (s != DifficultySignal::None && s != DifficultySignal::FormalNumber) return s;
        // Otherwise only the whole word's own signal counts (infrastructuur), never Rare.
        const DifficultySignal own = signal_of_part(lexicon, key, flags);
        return own == DifficultySignal::Abstract ? DifficultySignal::None : own;
    }
    const DifficultySignal own = signal_of_part(lexicon, key, flags);
    if (own != DifficultySignal::None) return own;
    // A separable particle before a familiar word (afwijkt, opgeruimd).
    for (size_t n = 2; n <= 6 && n + 3 <= key.size(); ++n) {
        const WordInfo *info = lexicon.info(key.substr(0, n));
        if (info && (info->flags & kParticle) && familiar(key.substr(n))) return DifficultySignal::None;
    }
    // Short words outside the vocabulary are mostly forms it does not list (dringt, werpt).
    return key.size() >= kMinRareBytes ? DifficultySignal::Rare : DifficultySignal::None;
}

}  // namespace helder::text
