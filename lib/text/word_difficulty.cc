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
template <typename JointAt>
bool english_spelling(std::string_view w, const JointAt &joint_at) {
    // "sh" where the h starts a part of a compound is no English sh (kinder|mis|handeling).
    for (size_t at = w.find("sh"); at != std::string_view::npos; at = w.find("sh", at + 1))
        if (!joint_at(at + 1)) return true;
    for (std::string_view s : {"ck", "tch", "oa", "ow", "aw", "y", "ance", "ence"})
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
// th inside the word (but not where the h starts a part of a compound: toezicht|houder,
// slecht|horend), or a Latinate ending (of a verb in -eren in any of its forms).
template <typename JointAt>
bool foreign_formation(std::string_view w, const JointAt &joint_at) {
    for (size_t i = 0; i < w.size(); ++i) {
        if (w[i] == 'c' && !(i + 1 < w.size() && (w[i + 1] == 'h' || w[i + 1] == 'k'))) return true;
        if (w[i] == 'x' || w[i] == 'q') return true;
        if (i > 0 && w[i] == 'h' && (w[i - 1] == 'p' || w[i - 1] == 't') && !joint_at(i)) return true;
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

bool familiar_word(const Lexicon &lexicon, std::string_view part) {
    const WordInfo *info = lexicon.info(part);
    return info && (info->flags & kFamiliar);
}

// Whether the h at `at` in `whole` starts a part of a Dutch compound, so that the letter before
// it and the h are two sounds, not the digraph of a loanword: what follows is a familiar word
// (kindermis|handeling), or a familiar word of at least three letters ends before it and
// another starts at it (toezicht|houder, slecht|horenden, uit|huisplaatsen; not met|hode).
// The parts tried are bounded by the longest familiar word, so the work per h is bounded however
// long the word.
bool joint_at(const Lexicon &lexicon, std::string_view whole, size_t at, size_t longest_familiar) {
    const std::string_view rest = whole.substr(at);
    if (rest.size() <= longest_familiar && familiar_word(lexicon, rest)) return true;
    bool before = false;
    for (size_t n = 3; n <= at && n <= longest_familiar && !before; ++n)
        before = familiar_word(lexicon, whole.substr(at - n, n));
    if (!before) return false;
    for (size_t n = 3; n <= rest.size() && n <= longest_familiar; ++n)
        if (familiar_word(lexicon, rest.substr(0, n))) return true;
    return false;
}

// The signal of `w`, a part of `whole` that starts at byte `offset` (whole itself, a first part,
// or a part between hyphens).
DifficultySignal signal_of_part(const Lexicon &lexicon, std::string_view whole, size_t offset, std::string_view w,
                                uint32_t flags, size_t longest_familiar) {
    const auto joint = [&](size_t at) { return joint_at(lexicon, whole, offset + at, longest_familiar); };
    if (!formal_number(w).empty()) return DifficultySignal::FormalNumber;
    if ((flags & kLoanword) || english_spelling(w, joint)) return DifficultySignal::English;
    if (foreign_formation(w, joint)) return DifficultySignal::Foreign;
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
    auto familiar = [&](std::string_view part) { return familiar_word(lexicon, part); };
    // A familiar word with an ending every reader knows: the plural or genitive -s (teams,
    // niveaus, verzekeraars), the -e of an adjective the vocabulary lists as invariant
    // (uiteindelijke), a person who does what a familiar verb says (houder, vertegenwoordigers),
    // and a present participle (horende, slechthorenden).
    auto inflected = [&](std::string_view part) {
        if (part.size() > 3 && ends_with(part, "s") && familiar(part.substr(0, part.size() - 1))) return true;
        if (part.size() > 6 && (ends_with(part, "lijke") || ends_with(part, "ige")) &&
            familiar(part.substr(0, part.size() - 1)))
            return true;
        // The person: a verb's stem (a form the vocabulary lists) + -er, not a plural + -er
        // (steden, stad: "steders" is no person).
        for (std::string_view tail : {"ers", "er"}) {
            if (part.size() < tail.size() + 4 || !ends_with(part, tail)) continue;
            const std::string_view stem = part.substr(0, part.size() - tail.size());
            if (familiar(stem) && familiar(std::string(stem) + "en")) return true;
        }
        for (std::string_view tail : {"d", "de", "den"})
            if (part.size() > tail.size() + 4 && ends_with(part, tail) &&
                ends_with(part.substr(0, part.size() - tail.size()), "en") &&
                familiar(part.substr(0, part.size() - tail.size())))
                return true;
        return false;
    };
    auto known = [&](std::string_view part) { return familiar(part) || inflected(part); };
    // Made from a familiar word by a rule every reader knows: a diminutive (briefje, kaartjes),
    // "on-" (onduidelijk), -heid of an adjective (duidelijkheid), -isch of a noun (specialistisch),
    // -ing of a verb (betaling, melding). `first_part`: -ing only of a verb, not of the plural of
    // a familiar noun (monitoring is not "monitoren" + -ing).
    auto derived = [&](std::string_view part, bool first_part) {
        for (std::string_view tail : {"etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je", "heid", "heden"})
            if (part.size() > tail.size() + 2 && ends_with(part, tail) && familiar(part.substr(0, part.size() - tail.size())))
                return true;
        if (part.size() > 5 && part.compare(0, 2, "on") == 0 && familiar(part.substr(2))) return true;
        // -isch of a familiar noun (specialistische).
        for (std::string_view tail : {"ische", "isch"})
            if (part.size() > tail.size() + 4 && ends_with(part, tail) && familiar(part.substr(0, part.size() - tail.size())))
                return true;
        for (std::string_view tail : {"ingen", "ing"}) {
            if (part.size() < tail.size() + 3 || !ends_with(part, tail)) continue;
            const std::string_view stem = part.substr(0, part.size() - tail.size());
            if (!familiar(std::string(stem) + "en")) return false;
            if (!first_part) return true;
            // A verb has a form in -t: ondernem|t, omzet (omzett|ing), instem|t (instemm|ing).
            std::string_view single = stem;
            if (single.size() >= 2 && single.back() == single[single.size() - 2]) single.remove_suffix(1);
            return ends_with(single, "t") ? familiar(single) : familiar(std::string(single) + "t");
        }
        return false;
    };
    // A first part of a compound is known when it is familiar, inflected or derived, or is itself
    // two such parts of at least four letters, with or without a linking s (kind|bescherming|s,
    // onderneming|s; not risico|mij|ding, architect|uur).
    auto known_first_part = [&](std::string_view part) {
        // No part (with its ending and a linking s) is longer than the longest familiar word.
        if (part.size() > 2 * (longest_familiar + 4)) return false;
        auto whole = [&](std::string_view p) { return known(p) || derived(p, true); };
        if (whole(part)) return true;
        if (part.size() > 5 && ends_with(part, "s") && whole(part.substr(0, part.size() - 1))) return true;
        for (size_t cut = 4; cut + 4 <= part.size() && cut <= longest_familiar; ++cut) {
            if ((static_cast<unsigned char>(part[cut]) & 0xC0) == 0x80 || !familiar(part.substr(0, cut))) continue;
            std::string_view right = part.substr(cut);
            if (right.size() > 5 && ends_with(right, "s") && whole(right.substr(0, right.size() - 1))) return true;
            if (whole(right)) return true;
        }
        return false;
    };
    // Two familiar words are a familiar compound, unless the second is "eren" (to honour) and the
    // word a Latinate verb (uniformeren, uniformeert).
    if (flags & kFamiliarCompound) {
        for (std::string_view tail : {"eren", "eert", "eerde", "eerden", "eerd"})
            if (ends_with(key, tail) && familiar(key.substr(0, key.size() - tail.size()))) return DifficultySignal::Foreign;
        return DifficultySignal::None;
    }
    if (inflected(key)) return DifficultySignal::None;
    // Parts joined by a hyphen (kick-off, sociaal-emotioneel): the first part a B1 reader does not
    // know decides; all parts known (woon-werkverkeer) is a familiar word.
    if (key.find('-') != std::string_view::npos) {
        size_t from = 0;
        while (from <= key.size()) {
            const size_t dash = std::min(key.find('-', from), key.size());
            const std::string_view part = key.substr(from, dash - from);
            // A part of one or two letters is a prefix or a letter (ex-partner, e-mail, T-shirt).
            if (part.size() >= 3 && !known_first_part(part)) {
                const WordInfo *info = lexicon.info(part);
                const DifficultySignal s = signal_of_part(lexicon, key, from, part, info ? info->flags : 0, longest_familiar);
                if (s != DifficultySignal::None) return s;
                if (part.size() >= kMinRareBytes) return DifficultySignal::Rare;
            }
            from = dash + 1;
        }
        return DifficultySignal::None;
    }
    if (derived(key, false)) return DifficultySignal::None;
    if (!formal_number(key).empty()) return DifficultySignal::FormalNumber;
    if (flags & kLoanword) return DifficultySignal::English;
    // A known last part (escalatieladder, loondoorbetaling, toezichthouder) makes the word half
    // known: only a signal of the first part, without a linking s, counts. Only cuts that leave a
    // last part no longer than the longest familiar word (and its ending) are tried; the first
    // that fits is the longest part. A cut never splits the ch of "sch" (landschap).
    const size_t first_cut = std::max<size_t>(4, key.size() - std::min(key.size(), longest_familiar + 3));
    for (size_t cut = first_cut; cut + 3 <= key.size(); ++cut) {
        if ((static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80 || !known(key.substr(cut))) continue;
        if (key[cut] == 'h' && key[cut - 1] == 'c') continue;
        // -ering is a suffix, not "ring" (intensivering).
        if (key.compare(cut, 3, "rin") == 0 && cut > 0 && key[cut - 1] == 'e') continue;
        std::string_view left = key.substr(0, cut);
        if (known_first_part(left)) return DifficultySignal::None;
        if (left.size() > 5 && ends_with(left, "s")) left.remove_suffix(1);
        const DifficultySignal s = signal_of_part(lexicon, key, 0, left, 0, longest_familiar);
        if (s != DifficultySignal::None && s != DifficultySignal::FormalNumber) return s;
        // Otherwise only the whole word's own signal counts (infrastructuur), never Rare.
        const DifficultySignal own = signal_of_part(lexicon, key, 0, key, flags, longest_familiar);
        return own == DifficultySignal::Abstract ? DifficultySignal::None : own;
    }
    const DifficultySignal own = signal_of_part(lexicon, key, 0, key, flags, longest_familiar);
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
