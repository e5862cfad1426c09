// SPDX-License-Identifier: EUPL-1.2
#include "report/terminal.hh"

#include <algorithm>

#include "core/utf8.hh"
#include "report/line_index.hh"

namespace helder::report {
namespace {

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

// Replaces tabs and control characters (C0, DEL and C1) by a space, one for one, so that the
// caret line lines up and nothing from a text or a report reaches the terminal as a control
// sequence or a NUL byte (the output is one NUL-terminated string).
std::string printable_line(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    for (size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c == 0xC2 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(line[i + 1]) <= 0x9F) {
            out.push_back(' ');
            ++i;
        } else {
            out.push_back(c < 0x20 || c == 0x7F ? ' ' : line[i]);
        }
    }
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

// The part of a line around a span: at most kContext bytes on either side, and of a span longer
// than kSpan its first and last bytes with "…" between, so that its end shows where it ends.
// A span may start past its line's last byte (after a line's closing "\r", or at the end of the
// text): it is shown at the line's end.
Excerpt excerpt(std::string_view text, const Position &pos, size_t span_start, size_t end) {
    constexpr size_t kContext = 40, kSpan = 80, kSpanEnd = 30;
    const size_t start = std::clamp(span_start, pos.line_start, pos.line_end);
    const size_t span_end = std::clamp(end, start, pos.line_end);
    size_t from = start - pos.line_start > kContext ? char_start(text, start - kContext) : pos.line_start;
    const bool cut = span_end - start > kSpan;
    size_t head_end = span_end, tail_start = span_end;
    if (cut) {  // cut between words where the window has a space
        head_end = char_start(text, start + kSpan - kSpanEnd);
        const size_t space = text.substr(start, head_end - start).rfind(' ');
        if (space != std::string_view::npos && space > 0) head_end = start + space + 1;
        tail_start = char_start(text, span_end - kSpanEnd);
        const size_t next = text.substr(0, span_end).find(' ', tail_start);
        if (next != std::string_view::npos) tail_start = next + 1;
    }
    size_t to = pos.line_end - span_end > kContext ? char_start(text, span_end + kContext) : pos.line_end;
    Excerpt x;
    x.before = (from > pos.line_start ? "…" : "") + printable_line(text.substr(from, start - from));
    x.marked = printable_line(text.substr(start, head_end - start));
    if (cut) x.marked += "…" + printable_line(text.substr(tail_start, span_end - tail_start));
    x.after = printable_line(text.substr(span_end, to - span_end)) + (to < pos.line_end ? "…" : "");
    return x;
}

void render_item(const Document &doc, const LineIndex &lines, const Item &item, const Options &o, std::string &out) {
    const std::string name = doc.uri.empty() ? std::string("<tekst>") : printable_line(doc.uri);
    const char *reset = o.color ? "\x1b[0m" : "";
    const char *bold = o.color ? "\x1b[1m" : "";
    const Position pos = lines.at(item.start);
    const char *color = o.color ? color_of(item.severity) : "";
    out += bold + name + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ":" + reset + " ";
    out += std::string(color) + severity_label(item.severity, o.english) + reset + " [" + printable_line(item.rule) + "] ";
    out += printable_line(o.english ? item.message_en : item.message_nl);
    out += "\n";
    // The line with the span marked, cut to a window around the span on long lines.
    const Excerpt x = excerpt(doc.text, pos, item.start, item.end);
    out += "    " + x.before + color + (o.color ? "\x1b[4m" : "") + x.marked + reset + x.after + "\n";
    out += "    " + std::string(utf8::count_code_points(x.before), ' ') + color +
           std::string(std::max<size_t>(1, utf8::count_code_points(x.marked)), '^') + reset + "\n";
    if (!item.suggestions.empty()) {
        out += o.english ? "    suggestions: " : "    suggesties: ";
        for (size_t k = 0; k < item.suggestions.size(); ++k) out += (k ? "; " : "") + printable_line(item.suggestions[k]);
        out += "\n";
    }
}

}  // namespace

void render_terminal(const Document &doc, const Options &o, std::string &out) {
    const LineIndex lines(doc.text);
    for (const Item &item : doc.items) render_item(doc, lines, item, o, out);
    const std::string name = doc.uri.empty() ? std::string("<tekst>") : printable_line(doc.uri);
    out += (o.color ? "\x1b[1m" : "") + name + ":" + (o.color ? "\x1b[0m" : "") + " ";
    out += printable_line(o.english ? doc.summary_en : doc.summary_nl) + "\n";
    for (const auto &[nl, en] : doc.notes) out += "  - " + printable_line(o.english ? en : nl) + "\n";
}

}  // namespace helder::report
