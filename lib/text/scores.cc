// SPDX-License-Identifier: EUPL-1.2
#include "text/scores.hh"

#include <cmath>

#include "core/number.hh"
#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder::text {

double flesch_douma(const TextFeatures &f) {
    return 206.835 - 0.93 * f.words / f.sentences - 77.0 * f.syllables / f.words;
}

double brouwer(const TextFeatures &f) { return 195.0 - 2.0 * f.words / f.sentences - 67.0 * f.syllables / f.words; }

std::vector<std::pair<std::string, double>> DifficultyModel::feature_values(const TextFeatures &f) {
    // Per sentence: a text of short sentences scores low even when it is long, and every
    // hard word, term or passive adds to the load of the sentence it is in; every word beyond the
    // B1 sentence length adds more, and so does a question. Numbers in digits are
    // read at a glance: they do not count as words here (they do for Flesch-Douma and Brouwer).
    const double sentences = f.sentences;
    return {
        {"words_per_sentence", (f.words - f.numbers) / sentences},
        {"letters_per_sentence", f.letters / sentences},
        {"unfamiliar_per_sentence", f.unfamiliar_words / sentences},
        {"less_common_per_sentence", f.less_common_words / sentences},
        {"terms_per_sentence", f.terms / sentences},
        {"passives_per_sentence", f.passives / sentences},
        {"address_per_sentence", f.address_words / sentences},
        {"symbols_per_sentence", f.symbols / sentences},
        {"words_beyond_limit_per_sentence", f.words_beyond_limit / sentences},
        {"questions_per_sentence", f.questions / sentences},
    };
}

DifficultyModel DifficultyModel::load() {
    DifficultyModel m;
    for (const auto &row : tsv::parse(resources::get("text/difficulty.tsv"))) {
        if (row.fields.size() != 2)
            throw Failure(HELDER_E_INTERNAL, "difficulty.tsv line " + std::to_string(row.line) + ": expected 2 columns");
        const std::string name(row.fields[0]);
        const std::optional<double> parsed = parse_double(row.fields[1]);
        if (!parsed) throw Failure(HELDER_E_INTERNAL, "difficulty.tsv line " + std::to_string(row.line) + ": not a number");
        const double value = *parsed;
        if (name == "intercept") m.intercept_ = value;
        else if (name == "scale") m.scale_ = value;
        else if (name == "limit_difficulty") m.limit_difficulty_ = value;
        else if (name == "limit_sentence_length") m.limit_sentence_length_ = value;
        else if (name == "limit_unfamiliar_percent") m.limit_unfamiliar_ = value;
        else if (name == "limit_long_word_percent") m.limit_long_words_ = value;
        else if (name == "limit_passive_percent") m.limit_passive_ = value;
        else m.weights_.emplace_back(name, value);
    }
    TextFeatures probe;
    probe.words = probe.sentences = 1;
    const auto known = feature_values(probe);
    for (const auto &w : m.weights_) {
        bool found = false;
        for (const auto &k : known) found = found || k.first == w.first;
        if (!found) throw Failure(HELDER_E_INTERNAL, "difficulty.tsv: unknown feature " + w.first);
    }
    return m;
}

double DifficultyModel::raw(const TextFeatures &f) const {
    double sum = intercept_;
    const auto values = feature_values(f);
    for (const auto &w : weights_)
        for (const auto &v : values)
            if (v.first == w.first) sum += w.second * v.second;
    return sum;
}

double DifficultyModel::difficulty(const TextFeatures &f) const {
    const double x = raw(f);
    return x <= 0 ? 0 : 100.0 * x / (x + scale_);  // smooth, never quite 100: no ties at the top
}

namespace {

// Rounds to one decimal for messages, the same way everywhere.
std::string one_decimal(double v) {
    const long long tenths = std::llround(v * 10.0);
    std::string s = std::to_string(tenths / 10);
    if (tenths % 10 != 0) s += "," + std::to_string(std::llabs(tenths % 10));
    return s;
}

std::string whole(double v) { return std::to_string(std::llround(v)); }

}  // namespace

Scores DifficultyModel::score(const TextFeatures &f, const Messages &messages) const {
    Scores s;
    s.b1_limit = limit_difficulty_;
    if (f.words == 0 || f.sentences == 0) return s;
    s.flesch_douma = flesch_douma(f);
    s.brouwer = brouwer(f);
    s.difficulty = difficulty(f);
    auto add = [&](const char *code, double value, double limit, const std::string &shown_value, const std::string &shown_limit) {
        const bool blocking = std::string_view(code) != "jargon";
        // One term is "1 vakwoord", not "1 vakwoorden": the count of jargon has a message of its own for one.
        const std::string id = std::string("reason_") + code + (!blocking && value == 1.0 ? "_one" : "");
        s.reasons.push_back(Reason{code, value, limit, blocking, messages.format(id, {{"value", shown_value}, {"limit", shown_limit}})});
        if (blocking) s.meets_b1 = false;
    };
    if (*s.difficulty > limit_difficulty_) add("difficulty", *s.difficulty, limit_difficulty_, whole(*s.difficulty), whole(limit_difficulty_));
    const double wps = static_cast<double>(f.words) / f.sentences;
    if (wps > limit_sentence_length_) add("sentence_length", wps, limit_sentence_length_, one_decimal(wps), whole(limit_sentence_length_));
    if (f.words >= kMinWordsForShares) {
        if (f.content_words > 0) {
            const double unfamiliar = 100.0 * f.unfamiliar_words / f.content_words;
            if (unfamiliar > limit_unfamiliar_)
                add("unfamiliar_words", unfamiliar, limit_unfamiliar_, whole(unfamiliar), whole(limit_unfamiliar_));
        }
        const double long_share = 100.0 * f.long_words / f.words;
        if (long_share > limit_long_words_)
            add("long_words", long_share, limit_long_words_, whole(long_share), whole(limit_long_words_));
        const double passive_share = 100.0 * f.passives / f.sentences;
        if (passive_share > limit_passive_)
            add("passive", passive_share, limit_passive_, whole(passive_share), whole(limit_passive_));
    }
    if (f.terms > 0) add("jargon", f.terms, 0, std::to_string(f.terms), "0");
    return s;
}

}  // namespace helder::text
