#include "text/features.hh"

namespace helder::text {
namespace {

bool familiar(const RuleInput &in, std::string_view key) {
    const WordInfo *info = in.model.lexicon.info(key);
    return info && (info->flags & kFamiliar);
}

// A compound of two familiar words, with an optional linking s or e(n): ouderavond, zorgenplan.
bool familiar_compound(const RuleInput &in, std::string_view key) {
    if (key.size() < 7) return false;
    for (size_t cut = 3; cut + 3 <= key.size(); ++cut) {
        if ((static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) continue;
        if (!familiar(in, key.substr(cut))) continue;
        const std::string_view left = key.substr(0, cut);
        if (familiar(in, left)) return true;
        for (std::string_view link : {"s", "e", "en"})
            if (left.size() > link.size() + 2 && left.substr(left.size() - link.size()) == link &&
                familiar(in, left.substr(0, left.size() - link.size())))
                return true;
    }
    return false;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() + 2 && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Nouns made from verbs or adjectives, singular or plural: besluitvorming, toegankelijkheid,
// positionering, doelstelling, medezeggenschap, participatie, beschikbaarheid.
bool is_nominalisation(std::string_view key) {
    static const std::string_view suffixes[] = {"ing", "ingen", "heid", "heden", "atie", "aties", "tie", "ties",
                                                "iteit", "iteiten", "schap", "schappen", "isme", "ment", "menten"};
    for (std::string_view suffix : suffixes)
        if (ends_with(key, suffix)) return true;
    return false;
}

bool is_subordinator(std::string_view key) {
    static const std::string_view words[] = {"omdat", "doordat", "waardoor", "zodat", "nadat", "voordat", "terwijl",
                                             "indien", "hoewel", "ofschoon", "mits", "tenzij", "aangezien", "zodra",
                                             "waarbij", "waarin", "waarop", "waarmee", "waarvoor", "waarna", "welke",
                                             "opdat", "teneinde", "alvorens", "nadien", "zoals", "wanneer"};
    for (std::string_view w : words)
        if (key == w) return true;
    return false;
}

bool is_number_word(std::string_view key) {
    static const std::string_view words[] = {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
                                             "elf", "twaalf", "dertien", "veertien", "vijftien", "twintig", "dertig",
                                             "veertig", "vijftig", "honderd", "duizend"};
    for (std::string_view w : words)
        if (key == w) return true;
    return false;
}

}  // namespace

TextFeatures count_features(const RuleInput &in, const std::vector<Finding> &findings,
                            std::vector<std::string> *unfamiliar) {
    TextFeatures f;
    f.sentences = static_cast<uint32_t>(in.seg.sentences.size());
    f.words = static_cast<uint32_t>(in.seg.words.size());
    for (size_t i = 0; i < in.seg.words.size(); ++i) {
        const Word &w = in.seg.words[i];
        f.syllables += w.syllables;
        f.letters += w.letters;
        if (w.syllables >= 4) ++f.long_words;
        if (w.kind != TokenKind::Word && w.kind != TokenKind::Abbreviation) continue;
        const std::string_view key = in.seg.key(w);
        if (is_nominalisation(key)) ++f.nominalisations;
        if (is_subordinator(key)) ++f.subordinators;
        if (is_number_word(key)) ++f.number_words;
        const bool name = w.capitalized && in.seg.sentences[w.sentence].first_word != i;
        if (name || w.letters == 0) continue;
        ++f.content_words;
        if (w.kind == TokenKind::Abbreviation || (in.flags[i] & (kFamiliar | kAccepted))) continue;
        const double weight = familiar_compound(in, key) ? 0.5 : 1.0;
        f.unfamiliar_words += weight;
        f.unfamiliar_letters += weight * w.letters;
        if (unfamiliar) unfamiliar->emplace_back(key);
    }
    for (const Finding &x : findings) {
        if (x.rule == Rule::Jargon || x.rule == Rule::Officialese) ++f.terms;
        if (x.rule == Rule::Passive) ++f.passives;
    }
    return f;
}

}  // namespace helder::text
