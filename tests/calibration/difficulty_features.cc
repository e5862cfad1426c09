// Prints the difficulty features of both sides of every pair in a complex/simple CSV, one line
// per text: pair <TAB> side <TAB> feature=value... Used by scripts/fit-difficulty.py.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "text/checker.hh"
#include "text/text_model.hh"

namespace {

// A CSV reader for RFC 4180 quoting (fields may hold commas, quotes and new lines).
std::vector<std::vector<std::string>> read_csv(const std::string &data) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') field.push_back('"'), ++i;
            else if (c == '"') quoted = false;
            else field.push_back(c);
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field), field.clear();
        } else if (c == '\n') {
            rows.back().push_back(field), field.clear();
            rows.emplace_back();
        } else if (c != '\r') {
            field.push_back(c);
        }
    }
    if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

}  // namespace

int main(int argc, char **argv) {
    const bool list_unfamiliar = argc == 3 && std::string(argv[1]) == "--unfamiliar";
    if (argc != 2 && !list_unfamiliar) {
        std::fprintf(stderr, "usage: difficulty_features [--unfamiliar] PAIRS.csv\n");
        return 2;
    }
    std::ifstream in(argv[argc - 1], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const auto rows = read_csv(ss.str());
    helder::text::TextModel model({}, nullptr);
    for (size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].size() < 3) continue;
        for (int side = 1; side <= 2; ++side) {
            std::vector<std::string> unfamiliar;
            const auto f = helder::text::text_features(model, rows[r][static_cast<size_t>(side)], &unfamiliar);
            if (list_unfamiliar) {
                for (const auto &word : unfamiliar) std::cout << word << '\n';
                continue;
            }
            std::cout << r << '\t' << (side == 1 ? "complex" : "simple");
            if (f.words == 0 || f.sentences == 0) {
                std::cout << "\tempty=1\n";
                continue;
            }
            for (const auto &[name, value] : helder::text::DifficultyModel::feature_values(f))
                std::cout << '\t' << name << '=' << value;
            std::cout << "\tn_sentences=" << f.sentences << "\tn_words=" << f.words << "\tn_syllables=" << f.syllables
                      << "\tn_letters=" << f.letters << "\tn_long_words=" << f.long_words << "\tn_content=" << f.content_words
                      << "\tn_unfamiliar=" << f.unfamiliar_words << "\tn_terms=" << f.terms << "\tn_passives=" << f.passives
                      << "\tn_unfamiliar_letters=" << f.unfamiliar_letters << "\tn_nominal=" << f.nominalisations
                      << "\tn_subord=" << f.subordinators << "\tn_numwords=" << f.number_words
                      << "\tn_less_common=" << f.less_common_words << "\tn_address=" << f.address_words
                      << "\tn_symbols=" << f.symbols << "\tn_abbrev=" << f.abbreviations
                      << "\tn_excess=" << f.excess_letters;
            std::cout << '\t' << "difficulty=" << model.difficulty.difficulty(f) << '\n';
        }
    }
    return 0;
}
