// Texts in Dutch and English by id, with {name} placeholders, loaded from an embedded TSV file
// (lib/data/*/messages.tsv and the like). Shared by the text checker, the dossier and the store.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace helder {

using MessageArgs = std::vector<std::pair<std::string_view, std::string>>;

struct Message {
    std::string nl, en;
};

class Messages {
public:
    // Loads an embedded messages file (nl and en per id); throws Failure on a
    // malformed line.
    static Messages load(std::string_view resource);
    // Fills {name} placeholders; an empty value drops " ({name})" around it.
    Message format(std::string_view id, const MessageArgs &args) const;
    const std::unordered_map<std::string, Message> &templates() const { return templates_; }

private:
    std::unordered_map<std::string, Message> templates_;
};

}  // namespace helder
