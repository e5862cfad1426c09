// SPDX-License-Identifier: EUPL-1.2
// Reader for the tab-separated data files in lib/data/: '#' starts a comment line, blank lines
// are skipped, fields are split on tabs.
#pragma once

#include <string_view>
#include <vector>

namespace helder::tsv {

struct Row {
    size_t line;                          // 1-based line number, for error messages
    std::vector<std::string_view> fields;
};

std::vector<Row> parse(std::string_view text);

// Splits on a one-character separator; an empty text gives no parts.
std::vector<std::string_view> split(std::string_view text, char separator);

}  // namespace helder::tsv
