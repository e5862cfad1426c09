#include "text/render.hh"

#include <algorithm>

#include "core/json.hh"
#include "core/json_writer.hh"
#include "core/utf8.hh"
#include "text/options.hh"
#include "text/report.hh"
#include "text/scores.hh"
#include "helder/version.h"

namespace helder::text {

Result<RenderOptions> parse_render_options(std::string_view json) {
    auto doc = parse_options_document(json);
    if (!doc) return doc.error();
    RenderOptions options;
    for (json::Value m = doc->root().first_child(); m.valid(); m = m.next_sibling()) {
        const std::string_view key = m.key();
        if (key == "format" && m.is_string()) {
            const std::string_view f = m.as_string();
            if (f == "text") options.format = RenderFormat::Text;
            else if (f == "json") options.format = RenderFormat::Json;
            else if (f == "sarif") options.format = RenderFormat::Sarif;
            else return make_error(HELDER_E_INVALID_JSON, "options: format must be \"text\", \"json\" or \"sarif\"");
        } else if (key == "language" && m.is_string() && (m.as_string() == "nl" || m.as_string() == "en")) {
            options.english = m.as_string() == "en";
        } else if (key == "color" && m.is_bool()) {
            options.color = m.as_bool();
        } else {
            return make_error(HELDER_E_INVALID_JSON, "options: unknown or malformed option \"" + std::string(key) + "\"");
        }
    }
    return options;
}

namespace {

struct Item {
    std::string rule;
    helder_severity severity;
    size_t start, end;
    std::string message_nl, message_en;
    std::vector<std::string> suggestions;
};

struct Summary {
    bool dossier = false;  // a dossier-validation report (it has a "status")
    std::string status;
    long long errors = 0, warnings = 0, handovers = 0;
    long long sentences = 0, words = 0;
    std::string flesch_douma, difficulty;  // as written in the report ("" = null)
    bool meets_b1 = true;
    std::vector<std::pair<std::string, std::string>> reasons;  // nl, en
};

struct Parsed {
    std::vector<Item> items;
    Summary summary;
};

helder_severity severity_from(std::string_view name) {
    if (name == "error") return HELDER_SEVERITY_ERROR;
    if (name == "warning") return HELDER_SEVERITY_WARNING;
    if (name == "info") return HELDER_SEVERITY_INFO;
    return HELDER_SEVERITY_NONE;
}

Error not_a_report(const std::string &uri, const std::string &why) {
    return make_error(HELDER_E_INVALID_JSON, "report for " + (uri.empty() ? std::string("<text>") : uri) + ": " + why);
}

std::string number_text(const json::Value &v) { return v.is_number() ? std::string(v.raw_number()) : std::string(); }

Result<Parsed> parse_report(const RenderSource &src) {
    auto doc = json::Document::parse(src.report_json);
    if (!doc) return not_a_report(src.uri, doc.error().message);
    const json::Value root = doc->root();
    const json::Value findings = root.find("findings");
    if (!root.is_object() || !findings.is_array()) return not_a_report(src.uri, "no findings array");
    Parsed p;
    for (json::Value f = findings.first_child(); f.valid(); f = f.next_sibling()) {
        Item item;
        const json::Value rule = f.find("rule"), severity = f.find("severity"), start = f.find("start"),
                          end = f.find("end"), message = f.find("message");
        if (!rule.is_string() || !severity.is_string() || !start.is_integer() || !end.is_integer() ||
            !message.is_object() || !message.find("nl").is_string() || !message.find("en").is_string())
            return not_a_report(src.uri, "malformed finding");
        item.rule = std::string(rule.as_string());
        item.severity = severity_from(severity.as_string());
        const int64_t s = start.as_integer(), e = end.as_integer();
        if (s < 0 || e < s || static_cast<uint64_t>(e) > src.text.size())
            return not_a_report(src.uri, "finding offsets outside the text");
        item.start = static_cast<size_t>(s);
        item.end = static_cast<size_t>(e);
        item.message_nl = std::string(message.find("nl").as_string());
        item.message_en = std::string(message.find("en").as_string());
        if (const json::Value sg = f.find("suggestions"); sg.is_array())
            for (json::Value x = sg.first_child(); x.valid(); x = x.next_sibling())
                if (x.is_string()) item.suggestions.emplace_back(x.as_string());
        p.items.push_back(std::move(item));
    }
    const json::Value counts = root.find("counts"), scores = root.find("scores");
    if (root.find("status").is_string()) {
        p.summary.dossier = true;
        p.summary.status = std::string(root.find("status").as_string());
        p.summary.errors = counts.find("errors").as_integer();
        p.summary.warnings = counts.find("warnings").as_integer();
        p.summary.handovers = counts.find("handovers").as_integer();
    }
    if (counts.is_object()) {
        if (counts.find("sentences").is_integer()) p.summary.sentences = counts.find("sentences").as_integer();
        if (counts.find("words").is_integer()) p.summary.words = counts.find("words").as_integer();
    }
    if (scores.is_object()) {
        p.summary.flesch_douma = number_text(scores.find("flesch_douma"));
        p.summary.difficulty = number_text(scores.find("difficulty"));
    }
    if (root.find("meets_b1").is_bool()) p.summary.meets_b1 = root.find("meets_b1").as_bool();
    if (const json::Value b1 = root.find("b1"); b1.is_object() && b1.find("reasons").is_array())
        for (json::Value r = b1.find("reasons").first_child(); r.valid(); r = r.next_sibling()) {
            const json::Value m = r.find("message");
            if (m.is_object() && m.find("nl").is_string() && m.find("en").is_string())
                p.summary.reasons.emplace_back(std::string(m.find("nl").as_string()), std::string(m.find("en").as_string()));
        }
    return p;
}

// 1-based line and column (in code points) of a byte offset.
struct Position {
    size_t line, column, line_start, line_end;
};

class LineIndex {
public:
    explicit LineIndex(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') starts_.push_back(i + 1);
    }
    Position at(size_t offset) const {
        const size_t line = static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin()) - 1;
        const size_t start = starts_[line];
        size_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : text_.size();
        if (end > start && text_[end - 1] == '\r') --end;
        return {line + 1, utf8::count_code_points(text_.substr(start, offset - start)) + 1, start, end};
    }

private:
    std::string_view text_;
    std::vector<size_t> starts_;
};

const char *color_of(helder_severity s) {
    switch (s) {
        case HELDER_SEVERITY_ERROR: return "\x1b[31m";
        case HELDER_SEVERITY_WARNING: return "\x1b[33m";
        default: return "\x1b[36m";
    }
}

const char *severity_label(helder_severity s, bool english) {
    switch (s) {
        case HELDER_SEVERITY_ERROR: return english ? "error" : "fout";
        case HELDER_SEVERITY_WARNING: return english ? "warning" : "let op";
        default: return english ? "hint" : "tip";
    }
}

// Replaces tabs and control characters so that the caret line lines up.
std::string printable_line(std::string_view line) {
    std::string out;
    for (char c : line) out.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
    return out;
}

// Moves a byte offset back to the start of a UTF-8 character.
size_t char_start(std::string_view text, size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

struct Excerpt {
    std::string before, marked, after;
};

// The part of a line around a span: at most kContext bytes on either side and kSpan of the span.
Excerpt excerpt(std::string_view text, const Position &pos, size_t start, size_t end) {
    constexpr size_t kContext = 40, kSpan = 80;
    const size_t span_end = std::min(end, pos.line_end);
    size_t from = start - pos.line_start > kContext ? char_start(text, start - kContext) : pos.line_start;
    size_t marked_end = span_end - start > kSpan ? char_start(text, start + kSpan) : span_end;
    size_t to = pos.line_end - span_end > kContext ? char_start(text, span_end + kContext) : pos.line_end;
    Excerpt x;
    x.before = (from > pos.line_start ? "…" : "") + printable_line(text.substr(from, start - from));
    x.marked = printable_line(text.substr(start, marked_end - start)) + (marked_end < span_end ? "…" : "");
    x.after = printable_line(text.substr(span_end, to - span_end)) + (to < pos.line_end ? "…" : "");
    return x;
}

// Dutch writes a decimal comma.
std::string decimal_comma(std::string number) {
    std::replace(number.begin(), number.end(), '.', ',');
    return number;
}

void render_text(const RenderSource &src, const Parsed &p, const RenderOptions &o, std::string &out) {
    const LineIndex lines(src.text);
    const std::string name = src.uri.empty() ? std::string("<tekst>") : src.uri;
    const char *reset = o.color ? "\x1b[0m" : "";
    const char *bold = o.color ? "\x1b[1m" : "";
    for (const Item &item : p.items) {
        const Position pos = lines.at(item.start);
        const char *color = o.color ? color_of(item.severity) : "";
        out += bold + name + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ":" + reset + " ";
        out += std::string(color) + severity_label(item.severity, o.english) + reset + " [" + item.rule + "] ";
        out += o.english ? item.message_en : item.message_nl;
        out += "\n";
        // The line with the span marked, cut to a window around the span on long lines.
        const Excerpt x = excerpt(src.text, pos, item.start, item.end);
        out += "    " + x.before + color + (o.color ? "\x1b[4m" : "") + x.marked + reset + x.after + "\n";
        out += "    " + std::string(utf8::count_code_points(x.before), ' ') + color +
               std::string(std::max<size_t>(1, utf8::count_code_points(x.marked)), '^') + reset + "\n";
        if (!item.suggestions.empty()) {
            out += o.english ? "    suggestions: " : "    suggesties: ";
            for (size_t k = 0; k < item.suggestions.size(); ++k) out += (k ? "; " : "") + item.suggestions[k];
            out += "\n";
        }
    }
    const Summary &s = p.summary;
    out += bold + name + ":" + reset + " ";
    if (s.dossier) {
        if (o.english)
            out += s.status + ", " + std::to_string(s.errors) + " errors, " + std::to_string(s.warnings) + " warnings, " +
                   std::to_string(s.handovers) + " handovers\n";
        else
            out += (s.status == "valid" ? std::string("geldig") : s.status == "invalid" ? std::string("ongeldig") : s.status) +
                   ", " + std::to_string(s.errors) + " fouten, " + std::to_string(s.warnings) + " waarschuwingen, " +
                   std::to_string(s.handovers) + " overdrachten\n";
        return;
    }
    if (o.english) {
        out += std::to_string(s.sentences) + " sentences, " + std::to_string(s.words) + " words";
        if (!s.flesch_douma.empty()) out += ", Flesch-Douma " + s.flesch_douma;
        if (!s.difficulty.empty()) out += ", difficulty " + s.difficulty + "/100";
        out += std::string(", B1: ") + (s.meets_b1 ? "yes" : "no");
    } else {
        out += std::to_string(s.sentences) + " zinnen, " + std::to_string(s.words) + " woorden";
        if (!s.flesch_douma.empty()) out += ", Flesch-Douma " + decimal_comma(s.flesch_douma);
        if (!s.difficulty.empty()) out += ", moeilijkheid " + decimal_comma(s.difficulty) + "/100";
        out += std::string(", B1: ") + (s.meets_b1 ? "ja" : "nee");
    }
    out += ", " + std::to_string(p.items.size()) + (o.english ? " findings\n" : " bevindingen\n");
    for (const auto &r : s.reasons) out += "  - " + (o.english ? r.second : r.first) + "\n";
}

const char *sarif_level(helder_severity s) {
    switch (s) {
        case HELDER_SEVERITY_ERROR: return "error";
        case HELDER_SEVERITY_WARNING: return "warning";
        default: return "note";
    }
}

void render_sarif(const std::vector<RenderSource> &sources, const std::vector<Parsed> &parsed, const RenderOptions &o,
                  std::string &out) {
    json::Writer w;
    w.begin_object();
    w.key("$schema").string("https://json.schemastore.org/sarif-2.1.0.json");
    w.key("version").string("2.1.0");
    w.key("runs").begin_array().begin_object();
    w.key("tool").begin_object().key("driver").begin_object();
    w.key("name").string("helder");
    w.key("version").string(HELDER_VERSION_STRING);
    w.key("semanticVersion").string(HELDER_VERSION_STRING);
    // The rules that occur, in order of first appearance (text rules, dossier rules, …).
    std::vector<std::pair<std::string, helder_severity>> rules;
    for (const Parsed &p : parsed)
        for (const Item &item : p.items)
            if (std::none_of(rules.begin(), rules.end(), [&](const auto &r) { return r.first == item.rule; }))
                rules.emplace_back(item.rule, item.severity);
    w.key("rules").begin_array();
    for (const auto &[id, severity] : rules) {
        w.begin_object().key("id").string(id);
        w.key("defaultConfiguration").begin_object().key("level").string(sarif_level(severity)).end_object();
        w.end_object();
    }
    w.end_array().end_object().end_object();
    w.key("columnKind").string("unicodeCodePoints");
    w.key("artifacts").begin_array();
    for (const RenderSource &src : sources) {
        w.begin_object().key("location").begin_object().key("uri").string(src.uri.empty() ? "stdin" : src.uri).end_object();
        w.key("length").integer(static_cast<int64_t>(src.text.size())).key("encoding").string("utf-8").end_object();
    }
    w.end_array();
    w.key("results").begin_array();
    for (size_t d = 0; d < sources.size(); ++d) {
        const RenderSource &src = sources[d];
        const LineIndex lines(src.text);
        for (const Item &item : parsed[d].items) {
            const Position a = lines.at(item.start), b = lines.at(item.end);
            size_t rule_index = 0;
            for (size_t k = 0; k < rules.size(); ++k)
                if (item.rule == rules[k].first) rule_index = k;
            w.begin_object();
            w.key("ruleId").string(item.rule).key("ruleIndex").integer(static_cast<int64_t>(rule_index));
            w.key("level").string(sarif_level(item.severity));
            w.key("message").begin_object().key("text").string(o.english ? item.message_en : item.message_nl).end_object();
            auto region = [&]() {
                w.key("region").begin_object()
                    .key("startLine").integer(static_cast<int64_t>(a.line))
                    .key("startColumn").integer(static_cast<int64_t>(a.column))
                    .key("endLine").integer(static_cast<int64_t>(b.line))
                    .key("endColumn").integer(static_cast<int64_t>(b.column))
                    .key("byteOffset").integer(static_cast<int64_t>(item.start))
                    .key("byteLength").integer(static_cast<int64_t>(item.end - item.start));
            };
            auto artifact = [&]() {
                w.key("artifactLocation").begin_object().key("uri").string(src.uri.empty() ? "stdin" : src.uri)
                    .key("index").integer(static_cast<int64_t>(d)).end_object();
            };
            w.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
            artifact();
            region();
            w.key("snippet").begin_object().key("text").string(src.text.substr(item.start, item.end - item.start)).end_object();
            w.end_object().end_object().end_object().end_array();
            if (!item.suggestions.empty()) {
                w.key("fixes").begin_array();
                for (const std::string &s : item.suggestions) {
                    w.begin_object().key("description").begin_object().key("text").string(s).end_object();
                    w.key("artifactChanges").begin_array().begin_object();
                    artifact();
                    w.key("replacements").begin_array().begin_object();
                    w.key("deletedRegion").begin_object()
                        .key("byteOffset").integer(static_cast<int64_t>(item.start))
                        .key("byteLength").integer(static_cast<int64_t>(item.end - item.start)).end_object();
                    w.key("insertedContent").begin_object().key("text").string(s).end_object();
                    w.end_object().end_array().end_object().end_array().end_object();
                }
                w.end_array();
            }
            w.key("properties").begin_object().key("message_nl").string(item.message_nl)
                .key("message_en").string(item.message_en).end_object();
            w.end_object();
        }
    }
    w.end_array().end_object().end_array().end_object();
    out = w.take();
    out.push_back('\n');
}

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

}  // namespace

Result<Rendered> render(const std::vector<RenderSource> &input, const RenderOptions &options) {
    Rendered r;
    std::vector<Parsed> parsed;
    std::vector<std::string> shown;  // texts made displayable
    shown.reserve(input.size());     // before any view into it is taken
    std::vector<RenderSource> sources = input;
    for (RenderSource &src : sources) {
        if (utf8::first_invalid(src.text)) {
            shown.push_back(displayable(src.text));
            src.text = shown.back();
        }
    }
    for (const RenderSource &src : sources) {
        auto p = parse_report(src);
        if (!p) return p.error();
        for (const Item &i : p->items) r.highest = std::max(r.highest, i.severity);
        parsed.push_back(std::move(p.value()));
    }
    switch (options.format) {
        case RenderFormat::Text:
            for (size_t d = 0; d < sources.size(); ++d) render_text(sources[d], parsed[d], options, r.output);
            break;
        case RenderFormat::Sarif: render_sarif(sources, parsed, options, r.output); break;
        case RenderFormat::Json:
            if (sources.size() == 1) {
                r.output.assign(sources[0].report_json.data(), sources[0].report_json.size());
            } else {
                json::Writer w;
                w.begin_array();
                for (const RenderSource &src : sources)
                    w.begin_object().key("uri").string(src.uri).key("report").raw(src.report_json).end_object();
                w.end_array();
                r.output = w.take();
            }
            r.output.push_back('\n');
            break;
    }
    return r;
}

}  // namespace helder::text
