// SPDX-License-Identifier: EUPL-1.2
#include "core/messages.hh"

#include <algorithm>

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder {
namespace {

// One pass over the template: a value is never searched for placeholders, so that a value that
// contains one (a field named "{expected}" in a hostile dossier) neither loops nor is filled in.
std::string fill(const std::string &text, const Messages::ValueWriter &value) {
    std::string out, arg;
    out.reserve(text.size() + text.size() / 2);
    for (size_t i = 0; i < text.size();) {
        const size_t open = text.find('{', i);
        if (open == std::string::npos) {
            out.append(text, i, std::string::npos);
            break;
        }
        out.append(text, i, open - i);
        i = open;
        const size_t close = text.find('}', i + 1);
        const std::string_view name = close == std::string::npos ? std::string_view() : std::string_view(text).substr(i + 1, close - i - 1);
        arg.clear();
        if (name.empty() || !value(name, arg)) {
            out.push_back(text[i++]);
            continue;
        }
        // An empty value drops " ({name})" around it.
        if (arg.empty() && i >= 2 && text.compare(i - 2, 2, " (") == 0 && close + 1 < text.size() && text[close + 1] == ')') {
            out.resize(out.size() - 2);
            i = close + 2;
            continue;
        }
        out += arg;
        i = close + 1;
    }
    return out;
}

const Message &find_template(const MessageTable &templates, std::string_view id) {
    auto it = templates.find(id);
    if (it == templates.end()) throw Failure(HELDER_E_INTERNAL, "no message " + std::string(id));
    return it->second;
}

}  // namespace

std::string fill_placeholders(const std::string &text, const Messages::ValueWriter &value) { return fill(text, value); }

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
    const Message &m = find_template(templates_, id);
    const ValueWriter from_args = [&](std::string_view name, std::string &out) {
        const auto arg = std::find_if(args.begin(), args.end(), [&](const auto &a) { return a.first == name; });
        if (arg == args.end()) return false;
        out += arg->second;
        return true;
    };
    return Message{fill(m.nl, from_args), fill(m.en, from_args)};
}

std::string Messages::format_one(std::string_view id, bool english, const ValueWriter &value) const {
    const Message &m = find_template(templates_, id);
    return fill(english ? m.en : m.nl, value);
}

}  // namespace helder
