// SPDX-License-Identifier: EUPL-1.2
#include "text/inflection.hh"

#include <algorithm>

namespace helder::text {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c); }
bool ends_with(const std::string &s, const std::string &suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool starts_with(const std::string &s, const std::string &prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

void add(std::vector<std::string> &forms, const std::string &form) {
    if (!form.empty() && std::find(forms.begin(), forms.end(), form) == forms.end())
        forms.push_back(form);
}

// Spellings of `base` before a suffix that starts with a vowel (-en, -e, -er): the base as it
// is, with its last consonant doubled (kat -> katt-en), with a long vowel written single
// (jaar -> jar-en), and with f/s voiced (brief -> briev-en, huis -> huiz-en).
std::vector<std::string> before_vowel_suffix(const std::string &base) {
    std::vector<std::string> out{base};
    const size_t n = base.size();
    if (n < 2) return out;
    const char last = base[n - 1];
    if (!is_consonant(last)) return out;
    const char v1 = base[n - 2];
    const bool single_vowel = is_vowel(v1) && (n < 3 || !is_vowel(base[n - 3]));
    const bool double_vowel = n >= 3 && is_vowel(v1) && base[n - 3] == v1 && v1 != 'i' &&
                              (n < 4 || base[n - 4] != v1);
    std::string voiced = base;
    if (last == 'f') voiced[n - 1] = 'v';
    if (last == 's') voiced[n - 1] = 'z';
    if (single_vowel && last != 'w' && last != 'x') add(out, base + last);
    if (double_vowel) {
        // After i the single e takes a diaeresis: officieel -> officiële; sociaal -> sociale.
        if (v1 == 'e' && n >= 4 && base[n - 4] == 'i') add(out, base.substr(0, n - 3) + "\xC3\xAB" + base.substr(n - 1));
        else add(out, base.substr(0, n - 2) + base.substr(n - 1));
        if (voiced != base) add(out, voiced.substr(0, n - 2) + voiced.substr(n - 1));
    }
    if (voiced != base && !single_vowel) add(out, voiced);
    return out;
}

void inflect_noun(const std::string &lemma, std::vector<std::string> &forms) {
    if (ends_with(lemma, "heid")) {
        add(forms, lemma.substr(0, lemma.size() - 4) + "heden");
        return;
    }
    const char last = lemma.back();
    if (is_vowel(last) && last != 'e') {
        add(forms, lemma + "'s");
        if (last == 'i' || ends_with(lemma, "ie")) add(forms, lemma + "s");
        return;
    }
    if (last == 'e') {
        add(forms, lemma + "s");
        add(forms, lemma + "n");
        return;
    }
    if (ends_with(lemma, "el") || ends_with(lemma, "er") || ends_with(lemma, "em") ||
        ends_with(lemma, "en") || ends_with(lemma, "je") || ends_with(lemma, "ie"))
        add(forms, lemma + "s");
    for (const auto &base : before_vowel_suffix(lemma)) add(forms, base + "en");
}

void inflect_adjective(const std::string &lemma, std::vector<std::string> &forms) {
    if (lemma.back() == 'e') {
        add(forms, lemma + "r");
        add(forms, lemma + "st");
        return;
    }
    for (const auto &base : before_vowel_suffix(lemma)) {
        add(forms, base + "e");
        add(forms, base + "er");
        add(forms, base + "ere");
    }
    add(forms, lemma + "st");
    add(forms, lemma + "ste");
}

// Stem candidates of a weak verb (the form used with "ik"), and whether the past tense takes
// -te (the base before devoicing ends in one of 't kofschip's consonants).
struct Stem {
    std::string text;
    bool voiceless;
};

std::vector<Stem> verb_stems(const std::string &infinitive) {
    std::vector<Stem> stems;
    if (!ends_with(infinitive, "en") || infinitive.size() < 4) return stems;
    std::string base = infinitive.substr(0, infinitive.size() - 2);
    const size_t n = base.size();
    const char last = base[n - 1];
    const bool voiceless = last == 't' || last == 'k' || last == 'f' || last == 's' ||
                           last == 'p' || last == 'x' || ends_with(base, "ch");
    auto devoice = [](std::string s) {
        if (!s.empty() && s.back() == 'v') s.back() = 'f';
        if (!s.empty() && s.back() == 'z') s.back() = 's';
        return s;
    };
    if (n >= 2 && is_consonant(last) && base[n - 2] == last) {   // zetten -> zet
        stems.push_back({base.substr(0, n - 1), voiceless});
        return stems;
    }
    stems.push_back({devoice(base), voiceless});
    // Open syllable before the ending: the vowel is long and is written double in the stem
    // (maken -> maak, faciliteren -> faciliteer). Unstressed -er/-el/-en (luisteren) keep one.
    // "ue" is no digraph (evalueren -> evalueer); other vowel pairs are (voeren -> voer).
    const bool after_vowel = n >= 3 && is_vowel(base[n - 3]) && !(base[n - 3] == 'u' && base[n - 2] == 'e');
    if (n >= 2 && is_consonant(last) && is_vowel(base[n - 2]) && base[n - 2] != 'i' &&
        base[n - 2] != 'y' && !after_vowel) {
        std::string longer = base.substr(0, n - 1) + base[n - 2] + last;
        stems.push_back({devoice(longer), voiceless});
    }
    return stems;
}

std::string participle_prefix(const std::string &infinitive, const std::string &stem) {
    static const char *const inseparable[] = {"be", "ge", "er", "her", "ont", "ver"};
    for (const char *p : inseparable)
        if (starts_with(infinitive, p) && infinitive.size() > std::char_traits<char>::length(p) + 3)
            return "";
    // ge + a stem that starts with e, i or u gets a diaeresis: geïnformeerd, geëvalueerd.
    if (!stem.empty() && (stem[0] == 'e' || stem[0] == 'i' || stem[0] == 'u') &&
        !starts_with(stem, "ij") && !starts_with(stem, "ui") && !starts_with(stem, "eu")) {
        static const char *const marked[] = {"\xC3\xAB", "\xC3\xAF", "\xC3\xBC"};  // ë ï ü
        const int k = stem[0] == 'e' ? 0 : stem[0] == 'i' ? 1 : 2;
        return std::string("ge") + marked[k] + "\x01";  // \x01: drop the stem's first letter
    }
    return "ge";
}

void inflect_verb(const std::string &infinitive, std::vector<std::string> &forms) {
    for (const Stem &stem : verb_stems(infinitive)) {
        const std::string &s = stem.text;
        add(forms, s);
        add(forms, s.back() == 't' ? s : s + "t");
        const std::string past = stem.voiceless ? "te" : "de";
        add(forms, s + past);
        add(forms, s + past + "n");
        std::string prefix = participle_prefix(infinitive, s);
        std::string body = s;
        if (!prefix.empty() && prefix.back() == '\x01') {
            prefix.pop_back();
            body = s.substr(1);
        }
        const char end = s.back();
        const std::string participle =
            prefix + body + ((end == 't' || end == 'd') ? "" : (stem.voiceless ? "t" : "d"));
        add(forms, participle);
        add(forms, participle + "e");
    }
    add(forms, infinitive + "d");   // present participle: faciliterend
    add(forms, infinitive + "de");
}

}  // namespace

bool parse_word_class(const std::string &code, WordClass &out) {
    if (code.size() != 1) return false;
    switch (code[0]) {
        case 'n': out = WordClass::Noun; return true;
        case 'v': out = WordClass::Verb; return true;
        case 'a': out = WordClass::Adjective; return true;
        case 'x': out = WordClass::Invariant; return true;
        default: return false;
    }
}

std::vector<std::string> inflect(const std::string &lemma, WordClass word_class) {
    std::vector<std::string> forms{lemma};
    if (lemma.empty()) return forms;
    switch (word_class) {
        case WordClass::Noun: inflect_noun(lemma, forms); break;
        case WordClass::Verb: inflect_verb(lemma, forms); break;
        case WordClass::Adjective: inflect_adjective(lemma, forms); break;
        case WordClass::Invariant: break;
    }
    return forms;
}

}  // namespace helder::text
