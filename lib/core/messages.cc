#include "core/messages.hh"

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder {
namespace {

std::string fill(std::string text, const MessageArgs &args) {
    for (const auto &[name, value] : args) {
        const std::string placeholder = "{" + std::string(name) + "}";
        if (value.empty()) {
            const std::string bracketed = " (" + placeholder + ")";
            for (size_t at; (at = text.find(bracketed)) != std::string::npos;) text.erase(at, bracketed.size());
        }
        for (size_t at; (at = text.find(placeholder)) != std::string::npos;) text.replace(at, placeholder.size(), value);
    }
    return text;
}

}  // namespace

Messages Messages::load(std::string_view resource) {
    Messages m;
    for (const auto &row : tsv::parse(resources::get(resource))) {
        if (row.fields.size() != 3)
            throw Failure(HELDER_E_INTERNAL, std::string(resource) + " line " + std::to_string(row.line) + ": expected 3 columns");
        m.templates_[std::string(row.fields[0])] = Message{std::string(row.fields[1]), std::string(row.fields[2])};
    }
    return m;
}

Message Messages::format(std::string_view id, const MessageArgs &args) const {
    auto it = templates_.find(std::string(id));
    if (it == templates_.end()) throw Failure(HELDER_E_INTERNAL, "no message " + std::string(id));
    return Message{fill(it->second.nl, args), fill(it->second.en, args)};
}

}  // namespace helder
