// SPDX-License-Identifier: EUPL-1.2
#include "text/rules/rules.hh"

namespace helder::text {

const Message *FindingTexts::message(std::string_view id, const MessageArgs &args) {
    key_.assign(id);
    for (const auto &[name, value] : args) {
        key_.push_back('\x1f');
        key_ += value;
    }
    auto it = cache_.find(key_);
    if (it == cache_.end()) it = cache_.emplace(key_, std::make_unique<Message>(messages_.format(id, args))).first;
    return it->second.get();
}

const std::vector<std::string> *FindingTexts::keep(std::vector<std::string> list) {
    lists_.push_back(std::move(list));
    return &lists_.back();
}

const std::vector<std::string> *FindingTexts::none() {
    static const std::vector<std::string> empty;
    return &empty;
}

}  // namespace helder::text
