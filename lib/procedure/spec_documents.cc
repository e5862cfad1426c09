// SPDX-License-Identifier: EUPL-1.2
#include "procedure/spec_documents.hh"

#include <cstdio>
#include <map>

#include "core/number.hh"
#include "core/options.hh"
#include "core/utf8.hh"
#include "procedure/render.hh"
#include "procedure/verify.hh"

namespace helder::procedure {
namespace {

using options::Type;

// What every specification is read against, loaded once: immutable afterwards, so calls on
// several threads share it.
struct Library {
    law::LegalFacts law = law::LegalFacts::load();
    law::Rights rights = law::Rights::load(law);
    std::vector<std::string> rights_ids = rights.ids();
    Parties parties = Parties::load(law);
    std::map<std::string, Spec> shipped;

    Library() {
        for (const std::string &name : Spec::shipped_names()) shipped.emplace(name, Spec::shipped(name, law, rights_ids).value());
    }
    static const Library &get() {
        static const Library library;
        return library;
    }
};

// A specification handed in: the name of a shipped one, or its JSON (it starts with "{").
// A loaded one lives in `own`; the result points at it or at the shipped one.
Result<const Spec *> read_spec(std::string_view text, Spec &own) {
    const Library &lib = Library::get();
    if (const auto bad = utf8::first_invalid(text))
        return make_error(HELDER_E_INVALID_UTF8, "specification: not valid UTF-8 at byte " + std::to_string(*bad), *bad);
    const size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || text[first] != '{') {
        const auto it = lib.shipped.find(std::string(text));
        if (it == lib.shipped.end())
            return make_error(HELDER_E_INVALID_ARGUMENT, "specification: neither JSON nor the name of a shipped one (law, toekomstscenario)");
        return &it->second;
    }
    auto loaded = Spec::load(text, lib.law, lib.rights_ids);
    if (!loaded) return loaded.error();
    own = std::move(loaded.value());
    return &own;
}

void write_message(json::Writer &w, const Message &m) { w.key("nl").string(m.nl).key("en").string(m.en); }

void write_finding(json::Writer &w, const Spec &spec, const Finding &f) {
    w.begin_object().key("code").string(f.code);
    write_message(w, f.text);
    w.key("stage");
    if (f.stage >= 0) w.string(spec.stages[static_cast<size_t>(f.stage)].id);
    else w.null();
    w.key("party");
    if (!f.party.empty()) w.string(f.party);
    else w.null();
    w.key("path");
    if (!f.has_path) {
        w.null();
    } else {
        w.begin_array();
        for (const PathStep &s : f.path) {
            w.begin_object().key("event").string(spec.events[static_cast<size_t>(s.event)].id);
            w.key("facts").begin_object();
            for (const auto &[fact, value] : s.facts) w.key(spec.facts[static_cast<size_t>(fact)].id).boolean(value);
            w.end_object();
            write_message(w, s.text);
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
}

json::OwnedText write_verification(const Spec &spec, const Verification &v) {
    json::Writer w;
    w.begin_object().key("format").integer(1);
    w.key("spec").begin_object().key("id").string(spec.id).key("version").string(spec.version).key("kind").string(spec.kind).end_object();
    w.key("ok").boolean(v.ok());
    w.key("states").integer(static_cast<int64_t>(v.states));
    w.key("edges").integer(static_cast<int64_t>(v.edges));
    w.key("seconds").fixed(v.seconds, 6);
    w.key("properties").begin_array();
    for (const PropertyResult &p : v.properties) {
        w.begin_object().key("id").string(p.id).key("kind").string(p.kind).key("declared").boolean(p.declared).key("ok").boolean(p.ok());
        w.key("text").begin_object();
        write_message(w, p.text);
        w.end_object();
        w.key("findings").begin_array();
        for (const Finding &f : p.findings) write_finding(w, spec, f);
        w.end_array().end_object();
    }
    w.end_array().end_object();
    return w.release();
}

const Messages &verify_texts() {
    static const Messages m = Messages::load("procedure/verify_texts.tsv");
    return m;
}

// The same verification for people: the verdict per property, each finding, and its path as
// numbered steps.
json::OwnedText write_verification_text(const Spec &spec, const Verification &v, bool english) {
    const auto pick = [&](const Message &m) -> const std::string & { return english ? m.en : m.nl; };
    const auto say = [&](std::string_view id, const MessageArgs &args) { return pick(verify_texts().format(id, args)); };
    json::Bytes out;
    const auto line = [&](std::string_view indent, const std::string &text) {
        out.append(indent);
        out.append(text);
        out.push('\n');
    };
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.3f", v.seconds);
    line("", say("text_header", {{"title", pick(spec.title) + " (" + spec.id + " " + spec.version + ")"}, {"states", std::to_string(v.states)},
                                 {"seconds", english ? std::string(seconds) : decimal_comma(seconds)}}));
    out.push('\n');
    for (const PropertyResult &p : v.properties) {
        line("", say(p.ok() ? "text_holds" : "text_fails", {{"property", pick(p.text)}}));
        for (const Finding &f : p.findings) {
            line("  - ", pick(f.text));
            if (!f.has_path) continue;
            line("    ", say("text_path", {}));
            for (size_t i = 0; i < f.path.size(); ++i) line("    " + std::to_string(i + 1) + ". ", pick(f.path[i].text));
        }
    }
    out.push('\n');
    line("", say(v.ok() ? "text_all_hold" : "text_some_fail", {}));
    return out.release();
}

}  // namespace

Result<json::OwnedText> verify_document(std::string_view spec_text, std::string_view options_json) {
    if (const auto bad = utf8::first_invalid(options_json))
        return make_error(HELDER_E_INVALID_UTF8, "options: not valid UTF-8 at byte " + std::to_string(*bad), *bad);
    static const options::Table kTable = {
        {"max_states", Type::Integer, false, 1, 100'000'000},
        {"format", Type::Choice, false, 0, 0, {"json", "text"}},
        {"language", Type::Choice, false, 0, 0, {"nl", "en"}},
    };
    auto opts = options::Fields::parse(options_json, kTable, "options");
    if (!opts) return opts.error();
    Spec own;
    auto spec = read_spec(spec_text, own);
    if (!spec) return spec.error();
    VerifyOptions settings;
    settings.max_states = static_cast<size_t>(opts->integer("max_states", static_cast<int64_t>(settings.max_states)));
    const Library &lib = Library::get();
    auto v = verify(**spec, lib.parties, lib.rights, settings);
    if (!v) return v.error();
    if (opts->string("format", "json") == "text") return write_verification_text(**spec, *v, opts->string("language", "nl") == "en");
    return write_verification(**spec, *v);
}

Result<json::OwnedText> render_document(std::string_view spec_text, std::string_view options_json) {
    if (const auto bad = utf8::first_invalid(options_json))
        return make_error(HELDER_E_INVALID_UTF8, "options: not valid UTF-8 at byte " + std::to_string(*bad), *bad);
    static const options::Table kTable = {
        {"format", Type::Choice, true, 0, 0, {"dot", "mermaid"}},
        {"language", Type::Choice, false, 0, 0, {"nl", "en"}},
        {"highlight", Type::StringArray},
    };
    auto opts = options::Fields::parse(options_json, kTable, "options");
    if (!opts) return opts.error();
    Spec own;
    auto spec = read_spec(spec_text, own);
    if (!spec) return spec.error();
    DrawingOptions drawing;
    drawing.format = opts->string("format") == "dot" ? DrawingFormat::Dot : DrawingFormat::Mermaid;
    drawing.english = opts->string("language", "nl") == "en";
    for (json::Value s = opts->get("highlight").first_child(); s.valid(); s = s.next_sibling()) {
        const int stage = (*spec)->stage_index(s.as_string());
        if (stage < 0) return opts->invalid("highlight", "a list of stages of the specification (no stage \"" + std::string(s.as_string()) + "\")");
        drawing.highlight.push_back(stage);
    }
    json::Bytes out;
    out.append(draw(**spec, drawing));
    return out.release();
}

}  // namespace helder::procedure
