// SPDX-License-Identifier: EUPL-1.2
#include "report/sarif.hh"

#include <algorithm>

#include "core/json_writer.hh"
#include "helder/version.h"
#include "report/line_index.hh"

namespace helder::report {
namespace {

const char *sarif_level(helder_severity s) {
    switch (s) {
        case HELDER_SEVERITY_ERROR: return "error";
        case HELDER_SEVERITY_WARNING: return "warning";
        default: return "note";
    }
}

using Rules = std::vector<std::pair<std::string, helder_severity>>;

// The rules that occur, in order of first appearance.
Rules rules_of(const std::vector<Document> &docs) {
    Rules rules;
    for (const Document &d : docs)
        for (const Item &item : d.items)
            if (std::none_of(rules.begin(), rules.end(), [&](const auto &r) { return r.first == item.rule; }))
                rules.emplace_back(item.rule, item.severity);
    return rules;
}

void write_tool(json::Writer &w, const Rules &rules) {
    w.key("tool").begin_object().key("driver").begin_object();
    w.key("name").string("helder");
    w.key("version").string(HELDER_VERSION_STRING);
    w.key("semanticVersion").string(HELDER_VERSION_STRING);
    w.key("rules").begin_array();
    for (const auto &[id, severity] : rules) {
        w.begin_object().key("id").string(id);
        w.key("defaultConfiguration").begin_object().key("level").string(sarif_level(severity)).end_object();
        w.end_object();
    }
    w.end_array().end_object().end_object();
}

void write_artifacts(json::Writer &w, const std::vector<Document> &docs) {
    w.key("artifacts").begin_array();
    for (const Document &d : docs) {
        w.begin_object().key("location").begin_object().key("uri").string(d.uri.empty() ? "stdin" : d.uri).end_object();
        w.key("length").integer(static_cast<int64_t>(d.text.size())).key("encoding").string("utf-8").end_object();
    }
    w.end_array();
}

void write_artifact_location(json::Writer &w, const Document &d, size_t index) {
    w.key("artifactLocation").begin_object().key("uri").string(d.uri.empty() ? "stdin" : d.uri)
        .key("index").integer(static_cast<int64_t>(index)).end_object();
}

void write_location(json::Writer &w, const Document &d, size_t index, const LineIndex &lines, const Item &item) {
    const Position a = lines.at(item.start), b = lines.at(item.end);
    w.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
    write_artifact_location(w, d, index);
    w.key("region").begin_object()
        .key("startLine").integer(static_cast<int64_t>(a.line))
        .key("startColumn").integer(static_cast<int64_t>(a.column))
        .key("endLine").integer(static_cast<int64_t>(b.line))
        .key("endColumn").integer(static_cast<int64_t>(b.column))
        .key("byteOffset").integer(static_cast<int64_t>(item.start))
        .key("byteLength").integer(static_cast<int64_t>(item.end - item.start));
    w.key("snippet").begin_object().key("text").string(d.text.substr(item.start, item.end - item.start)).end_object();
    w.end_object().end_object().end_object().end_array();
}

// Each suggestion as a fix that replaces the span.
void write_fixes(json::Writer &w, const Document &d, size_t index, const Item &item) {
    w.key("fixes").begin_array();
    for (const std::string &s : item.suggestions) {
        w.begin_object().key("description").begin_object().key("text").string(s).end_object();
        w.key("artifactChanges").begin_array().begin_object();
        write_artifact_location(w, d, index);
        w.key("replacements").begin_array().begin_object();
        w.key("deletedRegion").begin_object()
            .key("byteOffset").integer(static_cast<int64_t>(item.start))
            .key("byteLength").integer(static_cast<int64_t>(item.end - item.start)).end_object();
        w.key("insertedContent").begin_object().key("text").string(s).end_object();
        w.end_object().end_array().end_object().end_array().end_object();
    }
    w.end_array();
}

void write_result(json::Writer &w, const Document &d, size_t index, const LineIndex &lines, const Item &item,
                  const Rules &rules, const Options &o) {
    size_t rule_index = 0;
    for (size_t k = 0; k < rules.size(); ++k)
        if (item.rule == rules[k].first) rule_index = k;
    w.begin_object();
    w.key("ruleId").string(item.rule).key("ruleIndex").integer(static_cast<int64_t>(rule_index));
    w.key("level").string(sarif_level(item.severity));
    w.key("message").begin_object().key("text").string(o.english ? item.message_en : item.message_nl).end_object();
    write_location(w, d, index, lines, item);
    if (!item.suggestions.empty()) write_fixes(w, d, index, item);
    w.key("properties").begin_object().key("message_nl").string(item.message_nl).key("message_en").string(item.message_en).end_object();
    w.end_object();
}

}  // namespace

std::string render_sarif(const std::vector<Document> &docs, const Options &o) {
    const Rules rules = rules_of(docs);
    json::Writer w;
    w.begin_object();
    w.key("$schema").string("https://json.schemastore.org/sarif-2.1.0.json");
    w.key("version").string("2.1.0");
    w.key("runs").begin_array().begin_object();
    write_tool(w, rules);
    w.key("columnKind").string("unicodeCodePoints");
    write_artifacts(w, docs);
    w.key("results").begin_array();
    for (size_t index = 0; index < docs.size(); ++index) {
        const LineIndex lines(docs[index].text);
        for (const Item &item : docs[index].items) write_result(w, docs[index], index, lines, item, rules, o);
    }
    w.end_array().end_object().end_array().end_object();
    std::string out = w.take();
    out.push_back('\n');
    return out;
}

}  // namespace helder::report
