#include "core/messages.hh"

#include <algorithm>

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder {
namespace {

// One pass over the template: a value is never searched for placeholders, so that a value that
// contains one (a field named "{expected}" in a hostile dossier) neither loops nor is filled in.
std::string fill(const std::string &text, const MessageArgs &args) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const size_t close = text[i] == '{' ? text.find('}', i + 1) : std::string::npos;
        const std::string_view name = close == std::string::npos ? std::string_view() : std::string_view(text).substr(i + 1, close - i - 1);
        const auto arg = std::find_if(args.begin(), args.end(), [&](const auto &a) { return !name.empty() && a.first == name; });
        if (arg == args.end()) {
            out.push_back(text[i++]);
            continue;
        }
        // An empty value drops " ({name})" around it.
        if (arg->second.empty() && i >= 2 && text.compare(i - 2, 2, " (") == 0 && close + 1 < text.size() && text[close + 1] == ')') {
            out.resize(out.size() - 2);
            i = close + 2;
            continue;
        }
        out += arg->second;
        i = close + 1;
    }
    return out;
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
