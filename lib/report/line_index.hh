// SPDX-License-Identifier: EUPL-1.2
// Lines and columns of byte offsets in a text, for the terminal and SARIF renderers.
#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/utf8.hh"

namespace helder::report {

// 1-based line and column (in code points) of a byte offset, and the bytes of its line.
struct Position {
    size_t line, column, line_start, line_end;
};

class LineIndex {
public:
    explicit LineIndex(std::string_view text) : text_(text) {
        starts_.push_back(0);
        code_points_.reserve(text.size() / kStep + 1);
        size_t count = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            if (i % kStep == 0) code_points_.push_back(count);
            const auto c = static_cast<unsigned char>(text[i]);
            count += (c & 0xC0) != 0x80;
            if (c == '\n') starts_.push_back(i + 1);
        }
    }
    Position at(size_t offset) const {
        const size_t line = static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin()) - 1;
        const size_t start = starts_[line];
        size_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : text_.size();
        if (end > start && text_[end - 1] == '\r') --end;
        return {line + 1, code_points_before(offset) - code_points_before(start) + 1, start, end};
    }

private:
    // Code points in text_[0, offset), from the count at the step before it: a bounded amount
    // of work per offset, however long the line (a finding on a line of 16 MiB counted the
    // whole line before it).
    size_t code_points_before(size_t offset) const {
        offset = std::min(offset, text_.size());
        const size_t step = offset / kStep;
        if (step >= code_points_.size()) return utf8::count_code_points(text_.substr(0, offset));  // empty text
        return code_points_[step] + utf8::count_code_points(text_.substr(step * kStep, offset - step * kStep));
    }

    static constexpr size_t kStep = 256;
    std::string_view text_;
    std::vector<size_t> starts_;
    std::vector<size_t> code_points_;  // in text_[0, k * kStep), for each k
};

}  // namespace helder::report
