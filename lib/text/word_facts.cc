// SPDX-License-Identifier: EUPL-1.2
#include "text/word_facts.hh"

#include <algorithm>
#include <string>

#include "text/word_difficulty.hh"

namespace helder::text {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool starts_with(std::string_view s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// Dutch marks stress with an acute accent (één, kán, vóór, dát): the same word without it.
// Returns an empty string when the key has no such accent.
std::string without_stress_accents(std::string_view key) {
    std::string out;
    for (size_t i = 0; i < key.size(); ++i) {
        if (static_cast<unsigned char>(key[i]) == 0xC3 && i + 1 < key.size()) {
            const char *plain = nullptr;
            switch (static_cast<unsigned char>(key[i + 1])) {
                case 0xA1: plain = "a"; break;
                case 0xA9: plain = "e"; break;
                case 0xAD: plain = "i"; break;
                case 0xB3: plain = "o"; break;
                case 0xBA: plain = "u"; break;
            }
            if (plain) {
                if (out.empty()) out.assign(key.substr(0, i));
                out += plain;
                ++i;
                continue;
            }
        }
        if (!out.empty()) out += key[i];
    }
    return out;
}

// Plural nouns by their suffix: no participle ends so (verantwoordelijkheden, beslissingen,
// gebeurtenissen, gemeenschappen).
bool noun_plural_shape(std::string_view key) {
    for (std::string_view suffix : {std::string_view("heden"), std::string_view("ingen"), std::string_view("nissen"),
                                    std::string_view("schappen")})
        if (ends_with(key, suffix)) return true;
    return false;
}

// An -en word whose last vowel before its closing consonants is ui, ij, ei, eu, ie or ouw is an
// infinitive or a plural (besluiten, beschrijven, verdienen, ondersteunen, onderbouwen): strong
// participles change that vowel (besloten, beschreven, verdiend).
bool infinitive_shape(std::string_view key) {
    std::string_view stem = key.substr(0, key.size() - 2);
    size_t consonants = 0;
    while (!stem.empty() && std::string_view("aeiouy").find(stem.back()) == std::string_view::npos) stem.remove_suffix(1), ++consonants;
    if (consonants == 0) return false;  // gezien, gedaan
    // -elen and -eren with a weak e: beoordelen, ontwikkelen, verbeteren (strong participles
    // have an o there: bevolen, verloren)
    if ((ends_with(key, "elen") || ends_with(key, "eren")) && key.size() >= 5 && key[key.size() - 5] != 'e') return true;
    for (std::string_view vowels : {std::string_view("ui"), std::string_view("ij"), std::string_view("ei"), std::string_view("eu"),
                                    std::string_view("ie")})
        if (ends_with(stem, vowels)) return true;
    return ends_with(stem, "ou") && ends_with(key.substr(0, key.size() - 2), "ouw");
}

// A present participle (ondersteunend, belemmerend): an infinitive with -d. Past participles
// that end in -end come from short stems (herkend, verwend, gerend).
bool present_participle_shape(std::string_view key) {
    if (!ends_with(key, "end")) return false;
    const std::string_view infinitive = key.substr(0, key.size() - 1);
    return infinitive_shape(infinitive) || (key.size() >= 9 && (ends_with(key, "erend") || ends_with(key, "elend")));
}

}  // namespace

// The plural of a word that only looks like a participle is a noun too (gezinnen, berichten).
bool WordFactsCache::plural_of_non_participle(std::string_view key) const {
    const std::string_view stem = key.substr(0, key.size() - 2);
    auto not_participle = [&](std::string_view w) {
        const WordInfo *info = lexicon_.info(w);
        return info && (info->flags & kNotParticiple);
    };
    if (not_participle(stem)) return true;
    return stem.size() >= 2 && stem[stem.size() - 1] == stem[stem.size() - 2] && not_participle(stem.substr(0, stem.size() - 1));
}

const WordFacts &WordFactsCache::get(TokenKind kind, std::string_view key) {
    if (kind != TokenKind::Word) {
        other_ = compute(kind, key);
        return other_;
    }
    if (const WordFacts *known = words_.find(key)) return *known;
    WordFacts facts = compute(kind, key);
    return words_[key] = facts;
}

bool WordFactsCache::familiar(std::string_view key) const {
    const WordInfo *info = lexicon_.info(key);
    return info && (info->flags & kFamiliar);
}

// Two familiar words, the left one perhaps with a linking s, e or en. Neither part is longer
// than the longest familiar word, so only the cuts that leave both within that length are tried:
// a few dozen at most, however long the key (a key of a million letters cost a million hashes of
// a million bytes before).
bool WordFactsCache::familiar_compound(std::string_view key) const {
    if (key.size() < 7) return false;
    const size_t longest = longest_familiar_;
    if (key.size() > 2 * longest + 2) return false;
    const size_t first = std::max<size_t>(3, key.size() - std::min(key.size(), longest));
    const size_t last = std::min(key.size() - 3, longest + 2);  // "en" + a part of `longest` bytes
    for (size_t cut = first; cut <= last; ++cut) {
        if ((static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) continue;
        if (!familiar(key.substr(cut))) continue;
        const std::string_view left = key.substr(0, cut);
        if (familiar(left)) return true;
        for (std::string_view link : {std::string_view("s"), std::string_view("e"), std::string_view("en")})
            if (left.size() > link.size() + 2 && ends_with(left, link) && familiar(left.substr(0, left.size() - link.size())))
                return true;
    }
    return false;
}

// A past participle by its letters: ge-…-d/t/en, be-/ver-/ont-/her-/er-/onder-…, or a separable
// particle + ge-/be-/ver-/ont- (aangemeld, vastgesteld, thuisbezorgd). Whether it is one in context is the passive rule's call.
bool WordFactsCache::participle_shape(std::string_view key) const {
    if (key.size() < 5 || key.find_first_of("-'") != std::string_view::npos) return false;
    if (!(ends_with(key, "d") || ends_with(key, "t") || ends_with(key, "en") || ends_with(key, "aan"))) return false;
    if (ends_with(key, "en") && (noun_plural_shape(key) || infinitive_shape(key) || plural_of_non_participle(key))) return false;
    if (present_participle_shape(key)) return false;
    if (starts_with(key, "ge")) return true;
    for (std::string_view prefix : {std::string_view("be"), std::string_view("ver"), std::string_view("ont"),
                                    std::string_view("her"), std::string_view("er"), std::string_view("onder")})
        if (starts_with(key, prefix) && key.size() >= prefix.size() + 4) return true;
    // A separable particle before ge- (aangemeld) or, with a weak ending, before an inseparable
    // prefix (thuisbezorgd, uitbetaald; "opbergen" is an infinitive).
    const bool weak_ending = ends_with(key, "d") || ends_with(key, "t");
    for (size_t n = 2; n <= 6 && n + 5 <= key.size(); ++n) {
        const std::string_view rest = key.substr(n);
        if (!starts_with(rest, "ge") &&
            !(weak_ending && (starts_with(rest, "be") || starts_with(rest, "ver") || starts_with(rest, "ont"))))
            continue;
        const WordInfo *info = lexicon_.info(key.substr(0, n));
        if (info && (info->flags & kParticle)) return true;
    }
    return false;
}

WordFacts WordFactsCache::compute(TokenKind kind, std::string_view key) const {
    WordFacts facts;
    const WordInfo *info = lexicon_.info(key);
    facts.phrases = Lexicon::phrase_start(info);
    if (!info) {
        const std::string unstressed = without_stress_accents(key);
        if (!unstressed.empty()) info = lexicon_.info(unstressed);
    }
    if (info) facts.flags = info->flags;
    if (overlay_) {
        const WordInfo *added = overlay_->info(key);
        facts.overlay_phrases = Lexicon::phrase_start(added);
        if (added) facts.flags |= added->flags;
    }
    facts.syllables = static_cast<uint8_t>(std::min(syllables_.count(kind, key), 255));
    if (kind != TokenKind::Word) return facts;
    if (!(facts.flags & (kFamiliar | kAccepted)) && familiar_compound(key)) facts.flags |= kFamiliarCompound;
    if (!(facts.flags & (kFamiliar | kAccepted)))
        facts.flags |= difficulty_flags(word_difficulty(lexicon_, key, facts.flags, longest_familiar_));
    if (!(facts.flags & (kNotParticiple | kAuxWorden | kAuxZijn)) && participle_shape(key)) {
        facts.flags |= kParticipleShape;
        // The present tense of a verb with zijn differs from its participle by t for d (gebeurt).
        if (lexicon_.is_zijn_verb_participle(key) || (ends_with(key, "t") && lexicon_.is_zijn_verb_participle(std::string(key.substr(0, key.size() - 1)) + "d")))
            facts.flags |= kZijnVerb;
    }
    return facts;
}

}  // namespace helder::text
