// SPDX-License-Identifier: EUPL-1.2
// The fixed event sequence of the procedure benchmarks (bench/procedure_sequence.json), read once
// and shared by the native benchmark and its WebAssembly build, so both measure the same work.
#pragma once

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/json.hh"
#include "procedure/engine.hh"

namespace bench {

struct ProcedureSequence {
    std::string spec;  // a shipped specification's name
    helder::Date birth;
    std::vector<helder::procedure::EventInput> events;
    std::vector<std::string> event_json;  // each event as the C API takes it
};

inline ProcedureSequence read_procedure_sequence(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) throw std::runtime_error("cannot read " + path);
    auto doc = helder::json::Document::parse(text.str());
    if (!doc) throw std::runtime_error(path + ": " + doc.error().message);
    ProcedureSequence s;
    s.spec = std::string(doc->root().find("spec").as_string());
    s.birth = *helder::Date::parse(doc->root().find("birth_date").as_string());
    for (auto e = doc->root().find("events").first_child(); e.valid(); e = e.next_sibling()) {
        helder::procedure::EventInput input{std::string(e.find("event").as_string()), *helder::Date::parse(e.find("date").as_string()), "", {}};
        for (auto f = e.find("facts").first_child(); f.valid(); f = f.next_sibling()) input.facts.emplace_back(std::string(f.key()), f.as_bool());
        s.events.push_back(std::move(input));
        s.event_json.emplace_back(e.raw());
    }
    return s;
}

// Applies the whole sequence to a fresh instance; throws when an event is refused (the sequence
// is chosen so that none is: a refusal means the benchmark measures something else).
inline void run_procedure_sequence(const helder::procedure::Spec &spec, const ProcedureSequence &s) {
    helder::procedure::Instance instance(spec, s.birth);
    for (const auto &e : s.events)
        if (instance.apply(e)) throw std::runtime_error("the benchmark sequence was refused at " + e.event);
}

// Events applied per second by the engine (wall-clock), over at least `seconds` of whole sequences.
inline double procedure_events_per_second(const helder::procedure::Spec &spec, const ProcedureSequence &s, double seconds) {
    using clock = std::chrono::steady_clock;
    const auto start = clock::now();
    size_t events = 0;
    double elapsed = 0;
    do {
        for (int i = 0; i < 100; ++i) run_procedure_sequence(spec, s);
        events += 100 * s.events.size();
        elapsed = std::chrono::duration<double>(clock::now() - start).count();
    } while (elapsed < seconds);
    return static_cast<double>(events) / elapsed;
}

}  // namespace bench
