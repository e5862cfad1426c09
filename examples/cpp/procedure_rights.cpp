// SPDX-License-Identifier: EUPL-1.2
// Apply a court decision to a child's procedure with helder.hpp, then print where it stands for a
// parent with gezag (parental authority): the stages, the legal deadlines as dates with their
// article, and the parent's rights in Dutch and English. The caller keeps the instance (the
// events so far) and passes it back with every call; helder replays it. The answers are JSON
// (docs/vendor-guide.md lists their fields), read here with nlohmann/json.
// Build: c++ -std=c++17 procedure_rights.cpp $(pkg-config --cflags --libs helder) -o procedure_rights
// Run:   ./procedure_rights examples/procedure/sara-before-decision.json
#include <helder/helder.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

// The new event: on 2 March 2026 the court orders an OTS (ondertoezichtstelling).
constexpr const char *decision = R"({"event": "beschikking_ots", "date": "2026-03-02"})";
// Where it stands on 10 March 2026, for a parent with gezag.
constexpr const char *query = R"({"today": "2026-03-10", "party": "parent_with_gezag"})";

static std::string str(const nlohmann::json &value) { return value.get<std::string>(); }

int main(int argc, char **argv) {
    if (argc != 2) {
        std::cerr << "usage: procedure_rights INSTANCE.json\n";
        return 2;
    }
    // The instance: the events of the child's procedure so far, as the vendor's system kept them
    // (examples/procedure/sara-before-decision.json: Sara, 9, up to the hearing).
    std::ifstream file(argv[1], std::ios::binary);
    const std::string instance{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    try {
        const helder::Context ctx = helder::Context::create().value();  // value() throws helder::Error
        // An empty spec_json: the shipped specification the instance names.
        const auto applied = nlohmann::json::parse(ctx.procedure_apply({}, instance, decision).value());
        if (!applied["applied"].get<bool>()) {  // a refusal is an answer, with its reasons
            for (const auto &reason : applied["refusal"]["reasons"]) std::cout << "refused: " << str(reason["nl"]) << '\n';
            return 1;
        }
        // The answer holds the instance with the decision added: store it, and pass it on.
        const std::string stored = applied["instance"].dump();
        const auto state = nlohmann::json::parse(ctx.procedure_state({}, stored, query).value());

        for (const auto &stage : state["stages"])
            std::cout << "stage " << str(stage["region"]) << ": " << str(stage["title"]["nl"]) << " / " << str(stage["title"]["en"]) << '\n';
        for (const auto &deadline : state["deadlines"]) {
            std::cout << "deadline " << str(deadline["due"]) << " (" << deadline["days_left"] << " days left), "
                      << str(deadline["basis"]) << ", " << str(deadline["label"]) << ": " << str(deadline["text"]["nl"]) << '\n';
            for (const auto &warning : deadline["warnings"])  // show them: they can change the date
                std::cout << "  warning: " << str(warning["nl"]) << '\n';
        }
        const auto &party = state["parties"][0];
        std::cout << "rights of " << str(party["title"]["nl"]) << " / " << str(party["title"]["en"]) << ":\n";
        for (const auto &right : party["rights"])
            std::cout << "- " << str(right["text"]["nl"]) << "\n  " << str(right["text"]["en"]) << '\n';
    } catch (const helder::Error &e) {
        std::cerr << helder_status_string(e.status()) << ": " << e.what() << '\n';
        return 1;
    }
    return 0;
}
