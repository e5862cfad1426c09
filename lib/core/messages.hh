// SPDX-License-Identifier: EUPL-1.2
// Texts in Dutch and English by id, with {name} placeholders, loaded from an embedded TSV file
// (lib/data/*/messages.tsv and the like). Shared by the text checker, the dossier and the store.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <map>
#include <utility>
#include <vector>

namespace helder {

using MessageArgs = std::vector<std::pair<std::string_view, std::string>>;

struct Message {
    std::string nl, en;
};

// Templates by id; found by string_view without a copy.
using MessageTable = std::map<std::string, Message, std::less<>>;

class Messages {
public:
    // Loads an embedded messages file (nl and en per id); throws Failure on a
    // malformed line.
    static Messages load(std::string_view resource);
    // Fills {name} placeholders; an empty value drops " ({name})" around it.
    Message format(std::string_view id, const MessageArgs &args) const;
    // One language of a message, asking `value` only for the placeholders its template holds
    // (a value can be costly to write): `value(name, out)` appends the value to `out` and returns
    // false for a name it does not know, which is then left as written. Same rules as format().
    using ValueWriter = std::function<bool(std::string_view name, std::string &out)>;
    std::string format_one(std::string_view id, bool english, const ValueWriter &value) const;
    const MessageTable &templates() const { return templates_; }

private:
    MessageTable templates_;
};

// Fills the {name} placeholders of one template by the rules of Messages::format_one(), for
// templates kept outside a messages file (the paragraphs of a letter).
std::string fill_placeholders(const std::string &text, const Messages::ValueWriter &value);

}  // namespace helder
