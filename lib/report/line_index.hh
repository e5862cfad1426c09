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

}  // namespace helder::report
