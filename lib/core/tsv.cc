// SPDX-License-Identifier: EUPL-1.2
#include "core/tsv.hh"

namespace helder::tsv {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    if (text.empty()) return parts;
    size_t start = 0;
    for (;;) {
        size_t end = text.find(separator, start);
        if (end == std::string_view::npos) {
            parts.push_back(text.substr(start));
            return parts;
        }
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

std::vector<Row> parse(std::string_view text) {
    std::vector<Row> rows;
    size_t line_number = 0, start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        rows.push_back(Row{line_number, split(line, '\t')});
    }
    return rows;
}

}  // namespace helder::tsv
