// SPDX-License-Identifier: EUPL-1.2
// Lexicon::image and Lexicon::from_image: the word maps are read in place; the entries and the
// phrases (a few thousand) are rebuilt from the image's strings.
#include <string>

#include "core/image.hh"
#include "text/lexicon.hh"

namespace helder::text {

namespace {

// Written first: an image from another layout of these types is refused, not misread.
constexpr std::string_view kMagic = "helder lexicon image 1";

std::string layout() {
    return std::string(kMagic) + " " + std::to_string(sizeof(WordInfo)) + " " + std::to_string(sizeof(void *));
}

}  // namespace

// A tripwire: a field added to the lexicon or its entries must be added to the image as well
// (on 64-bit builds, where the sizes below hold).
static_assert(sizeof(void *) != 8 || sizeof(LexEntry) == 104, "LexEntry changed: write and read the new field in the image");
static_assert(sizeof(void *) != 8 || sizeof(Lexicon) == 288, "Lexicon changed: write and read the new member in the image");

std::string Lexicon::image() const {
    std::string out;
    image::Writer w(out);
    w.string(layout());
    w.u64(entries_.size());
    for (const LexEntry &e : entries_) {
        w.u64(static_cast<uint64_t>(e.kind));
        w.string(e.term);
        w.string(e.gloss);
        w.u64(e.signal);
        w.u64(e.alternatives.size());
        for (const std::string &a : e.alternatives) w.string(a);
    }
    w.u64(phrases_.size());
    for (const Phrase &p : phrases_) {
        w.u64(p.entry);
        w.u64(p.tokens.size());
        for (const std::string &t : p.tokens) w.string(t);
    }
    words_.write_image(w);
    pairs_.write_image(w);
    w.u64(zijn_verbs_.size());
    for (const std::string &v : zijn_verbs_) w.string(v);
    w.u64(longest_.size());
    for (const auto &[bit, length] : longest_) {
        w.u64(bit);
        w.u64(length);
    }
    return out;
}

Lexicon Lexicon::from_image(std::string_view bytes) {
    image::Reader r(bytes);
    const auto malformed = [] { return Failure(HELDER_E_INTERNAL, "the built-in lexicon image is malformed"); };
    if (r.string() != layout()) throw Failure(HELDER_E_INTERNAL, "the built-in lexicon image is from another build");
    Lexicon lex;
    const uint64_t entries = r.count();
    lex.entries_.reserve(entries);
    for (uint64_t i = 0; i < entries; ++i) {
        LexEntry e;
        const uint64_t kind = r.u64();
        if (kind > static_cast<uint64_t>(LexKind::Difficult)) throw malformed();
        e.kind = static_cast<LexKind>(kind);
        e.term = r.string();
        e.gloss = r.string();
        const uint64_t signal = r.u64();
        if (signal > 255) throw malformed();
        e.signal = static_cast<uint8_t>(signal);
        const uint64_t alternatives = r.count();
        for (uint64_t k = 0; k < alternatives; ++k) e.alternatives.emplace_back(r.string());
        lex.entries_.push_back(std::move(e));
    }
    const uint64_t phrases = r.count();
    lex.phrases_.reserve(phrases);
    for (uint64_t i = 0; i < phrases; ++i) {
        Phrase p;
        const uint64_t entry = r.u64();
        if (entry >= lex.entries_.size()) throw malformed();
        p.entry = static_cast<uint32_t>(entry);
        const uint64_t tokens = r.count();
        if (tokens == 0) throw malformed();
        p.tokens.reserve(tokens);
        for (uint64_t k = 0; k < tokens; ++k) p.tokens.emplace_back(r.string());
        lex.phrases_.push_back(std::move(p));
    }
    lex.words_ = StringMap<WordInfo>::from_image(r);
    lex.pairs_ = StringMap<Range>::from_image(r);
    const uint64_t zijn_verbs = r.count();
    for (uint64_t i = 0; i < zijn_verbs; ++i) lex.zijn_verbs_.emplace_back(r.string());
    const uint64_t longest = r.u64();
    if (longest > 64) throw malformed();
    for (uint64_t i = 0; i < longest; ++i) {
        const auto bit = static_cast<uint32_t>(r.u64());
        lex.longest_.emplace_back(bit, static_cast<size_t>(r.u64()));
    }
    if (!r.at_end()) throw malformed();
    return lex;
}

}  // namespace helder::text
