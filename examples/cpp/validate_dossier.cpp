// SPDX-License-Identifier: EUPL-1.2
// Validate a family dossier with helder.hpp and print each finding: its severity, rule, place (a
// JSON Pointer), the Dutch message and, for a rule of law, the article and how sure helder is of
// it. The report is JSON (share/helder/schemas/dossier-report.schema.json), read here with
// nlohmann/json (Debian: nlohmann-json3-dev).
// Build: c++ -std=c++17 validate_dossier.cpp $(pkg-config --cflags --libs helder) -o validate_dossier
// Run:   ./validate_dossier dossier.json
#include <helder/helder.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char **argv) {
    if (argc != 2) {
        std::cerr << "usage: validate_dossier DOSSIER.json\n";
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    // The bytes as they are: helder's findings point into them by byte offset.
    const std::string dossier{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    if (!file) {
        std::cerr << "cannot read " << argv[1] << '\n';
        return 1;
    }
    // This program tests each Result instead of catching helder::Error: either way works.
    const helder::Result<helder::Context> ctx = helder::Context::create();
    if (!ctx) {
        std::cerr << helder_status_string(ctx.status()) << ": " << ctx.message() << '\n';
        return 1;
    }
    // A fixed "today" makes the output the same every day; leave it out to use the system date.
    const helder::Result<std::string> report = ctx->validate_dossier(dossier, R"({"today":"2026-03-10"})");
    if (!report) {  // a dossier with errors is not a failed call: only bad arguments are
        std::cerr << helder_status_string(report.status()) << ": " << report.message() << '\n';
        return 1;
    }
    const auto doc = nlohmann::json::parse(*report);
    std::cout << argv[1] << ": " << doc["status"].get<std::string>() << ", errors: " << doc["counts"]["errors"]
              << ", warnings: " << doc["counts"]["warnings"] << '\n';
    for (const auto &finding : doc["findings"]) {
        const auto &source = finding["source"];
        std::cout << finding["severity"].get<std::string>() << ' ' << finding["rule"].get<std::string>() << " at "
                  << finding["pointer"].get<std::string>() << ": " << finding["message"]["nl"].get<std::string>();
        if (source["kind"] == "law")
            std::cout << " [" << source["article"].get<std::string>() << ", " << source["label"].get<std::string>() << ']';
        std::cout << '\n';
    }
    return 0;
}
