// The Dutch and English texts of findings and reasons (lib/data/text/messages.tsv).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace helder::text {

using MessageArgs = std::vector<std::pair<std::string_view, std::string>>;

struct Message {
    std::string nl, en;
};

class Messages {
public:
    // Loads an embedded messages file (default: the text checker's); throws Failure on a
    // malformed line.
    static Messages load(std::string_view resource = "text/messages.tsv");
    // Fills {name} placeholders; an empty value drops " ({name})" around it.
    Message format(std::string_view id, const MessageArgs &args) const;
    const std::unordered_map<std::string, Message> &templates() const { return templates_; }

private:
    std::unordered_map<std::string, Message> templates_;
};

}  // namespace helder::text
