// SPDX-License-Identifier: EUPL-1.2
// Prints the difficulty features of both sides of every pair in a complex/simple CSV, one line
// per text: pair <TAB> side <TAB> feature=value... Used by scripts/fit-difficulty.py.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "calibration/pairs_csv.hh"
#include "text/checker.hh"
#include "text/text_model.hh"

int main(int argc, char **argv) {
    const bool list_unfamiliar = argc == 3 && std::string(argv[1]) == "--unfamiliar";
    if (argc != 2 && !list_unfamiliar) {
        std::fprintf(stderr, "usage: difficulty_features [--unfamiliar] PAIRS.csv\n");
        return 2;
    }
    std::ifstream in(argv[argc - 1], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const auto rows = helder::testing::read_csv(ss.str());
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
            std::cout << '\t' << "difficulty=" << model.difficulty.difficulty(f) << '\n';
        }
    }
    return 0;
}
