// SPDX-License-Identifier: EUPL-1.2
#include "report/render.hh"

#include <algorithm>

#include "core/json_writer.hh"
#include "core/options.hh"
#include "core/utf8.hh"
#include "report/severity.hh"
#include "report/sarif.hh"
#include "report/terminal.hh"

namespace helder::report {

Result<Options> parse_options(std::string_view json) {
    using options::Type;
    static const options::Table kTable = {
        {"format", Type::Choice, false, 0, 0, {"text", "json", "sarif"}},
        {"language", Type::Choice, false, 0, 0, {"nl", "en"}},
        {"color", Type::Boolean},
        {"list", Type::Boolean},
    };
    auto fields = options::Fields::parse(json, kTable);
    if (!fields) return fields.error();
    Options o;
    const std::string_view format = fields->string("format", "text");
    o.format = format == "json" ? Format::Json : format == "sarif" ? Format::Sarif : Format::Text;
    o.english = fields->string("language", "nl") == "en";
    o.color = fields->boolean("color", false);
    o.list = fields->boolean("list", false);
    return o;
}

Error not_a_report(const Input &input, std::string_view kind, const std::string &why) {
    return make_error(HELDER_E_INVALID_JSON, std::string(kind) + " report for " + (input.uri.empty() ? std::string("<text>") : input.uri) +
                                                 ": " + why);
}

namespace {

bool is_continuation(std::string_view text, size_t at) { return (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80; }

}  // namespace

json::Limits report_limits() {
    json::Limits limits;
    limits.max_bytes = HELDER_REPORT_MAX_BYTES;
    limits.max_nodes = HELDER_REPORT_MAX_VALUES;
    return limits;
}

Result<Document> read_findings(const Input &input, const json::Document &report, std::string_view kind) {
    const json::Value findings = report.root().find("findings");
    if (!findings.is_array()) return not_a_report(input, kind, "no findings array");
    Document d;
    d.uri = input.uri;
    d.text = input.text;
    d.report_json = input.report_json;
    for (json::Value f = findings.first_child(); f.valid(); f = f.next_sibling()) {
        const json::Value rule = f.find("rule"), severity = f.find("severity"), start = f.find("start"), end = f.find("end"),
                          message = f.find("message");
        if (!rule.is_string() || !severity.is_string() || !start.is_integer() || !end.is_integer() || !message.is_object() ||
            !message.find("nl").is_string() || !message.find("en").is_string())
            return not_a_report(input, kind, "malformed finding");
        const int64_t s = start.as_integer(), e = end.as_integer();
        if (s < 0 || e < s || static_cast<uint64_t>(e) > input.text.size())
            return not_a_report(input, kind, "finding offsets outside the text");
        Item item;
        item.rule = std::string(rule.as_string());
        item.severity = severity_from_name(severity.as_string());
        // A report may mark a span that starts or ends inside a character (helder's own never
        // do): widen it to whole characters, so that no renderer splits one and every output
        // stays UTF-8 (the text is UTF-8 here: render() made it displayable).
        item.start = static_cast<size_t>(s);
        item.end = static_cast<size_t>(e);
        while (item.start > 0 && item.start < input.text.size() && is_continuation(input.text, item.start)) --item.start;
        while (item.end < input.text.size() && is_continuation(input.text, item.end)) ++item.end;
        item.message_nl = std::string(message.find("nl").as_string());
        item.message_en = std::string(message.find("en").as_string());
        if (const json::Value sg = f.find("suggestions"); sg.is_array())
            for (json::Value x = sg.first_child(); x.valid(); x = x.next_sibling())
                if (x.is_string()) item.suggestions.emplace_back(x.as_string());
        d.items.push_back(std::move(item));
    }
    if (report.root().find("truncated").is_bool() && report.root().find("truncated").as_bool())
        d.notes.emplace_back("Het rapport is ingekort tot de grens van de uitvoer: niet alle bevindingen staan erin.",
                             "The report was cut at the output limit: not every finding is listed.");
    return d;
}

namespace {

// A copy of text where every byte of an invalid UTF-8 sequence is '?': one byte for one, so
// that offsets still hold (a dossier that is not UTF-8 is still reported).
std::string displayable(std::string_view text) {
    std::string out(text);
    size_t from = 0;
    while (auto bad = utf8::first_invalid(std::string_view(out).substr(from))) {
        out[from + *bad] = '?';
        from += *bad + 1;
    }
    return out;
}

std::string render_json(const std::vector<Document> &docs, bool list) {
    std::string out;
    if (docs.size() == 1 && !list) {
        out.assign(docs[0].report_json.data(), docs[0].report_json.size());
    } else {
        json::Writer w;
        w.begin_array();
        for (const Document &d : docs) w.begin_object().key("uri").string(d.uri).key("report").raw(d.report_json).end_object();
        w.end_array();
        out = w.take();
    }
    out.push_back('\n');
    return out;
}

}  // namespace

Result<Rendered> render(const std::vector<Input> &inputs, Reader reader, const Options &options) {
    std::vector<std::string> shown;  // texts made displayable
    shown.reserve(inputs.size());    // before any view into it is taken
    std::vector<Document> docs;
    Rendered r;
    for (Input input : inputs) {
        if (utf8::first_invalid(input.text)) {
            shown.push_back(displayable(input.text));
            input.text = shown.back();
        }
        auto d = reader(input);
        if (!d) return d.error();
        for (const Item &i : d->items) r.highest = std::max(r.highest, i.severity);
        docs.push_back(std::move(d.value()));
    }
    switch (options.format) {
        case Format::Text:
            for (const Document &d : docs) render_terminal(d, options, r.output);
            break;
        case Format::Sarif: r.output = render_sarif(docs, options); break;
        case Format::Json: r.output = render_json(docs, options.list); break;
    }
    return r;
}

}  // namespace helder::report
