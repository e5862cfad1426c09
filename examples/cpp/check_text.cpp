// SPDX-License-Identifier: EUPL-1.2
// Check a Dutch text with helder.hpp and print whether it meets B1 (taalniveau B1, plain Dutch)
// and each finding with helder's advice. The report is JSON
// (share/helder/schemas/text-report.schema.json); this program reads it with nlohmann/json
// (Debian: nlohmann-json3-dev), but any JSON library does.
// Build: c++ -std=c++17 check_text.cpp $(pkg-config --cflags --libs helder) -o check_text
// Run:   ./check_text "Middels deze brief ..."
#include <helder/helder.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

int main(int argc, char **argv) {
    const std::string text = argc > 1 ? argv[1] : "Middels deze brief informeren wij u over de ondertoezichtstelling.";
    // Spelling with Debian's hunspell-nl when it is installed; without it, every other rule.
    helder::Result<helder::Context> ctx = helder::Context::create(R"({"dictionary":"system"})");
    if (ctx.status() == HELDER_E_NOT_FOUND) ctx = helder::Context::create();
    try {
        // value() throws helder::Error when the call failed; the Context frees itself at the end.
        const auto report = nlohmann::json::parse(ctx.value().check_text(text).value());
        std::cout << "meets B1: " << (report["meets_b1"].get<bool>() ? "yes" : "no") << '\n';
        for (const auto &finding : report["findings"]) {
            std::cout << finding["rule"].get<std::string>() << " \"" << finding["text"].get<std::string>()
                      << "\": " << finding["message"]["nl"].get<std::string>();
            for (const auto &suggestion : finding["suggestions"]) std::cout << " | " << suggestion.get<std::string>();
            std::cout << '\n';
        }
    } catch (const helder::Error &e) {
        std::cerr << helder_status_string(e.status()) << ": " << e.what() << '\n';
        return 1;
    }
    return 0;
}
