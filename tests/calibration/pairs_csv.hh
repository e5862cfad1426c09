// SPDX-License-Identifier: EUPL-1.2
// Reads the complex/simple pair files (CSV, RFC 4180 quoting: fields may hold commas, quotes
// and new lines). Shared by the difficulty test and the calibration tool.
#pragma once

#include <string>
#include <vector>

namespace helder::testing {

inline std::vector<std::vector<std::string>> read_csv(const std::string &data) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') field.push_back('"'), ++i;
            else if (c == '"') quoted = false;
            else field.push_back(c);
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field), field.clear();
        } else if (c == '\n') {
            rows.back().push_back(field), field.clear();
            rows.emplace_back();
        } else if (c != '\r') {
            field.push_back(c);
        }
    }
    if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

}  // namespace helder::testing
