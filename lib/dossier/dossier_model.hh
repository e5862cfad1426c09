// What dossier validation reads and never changes: the compiled schema, the legal facts, the
// principles and the messages. A helder_ctx owns one; threads may share it.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/json_schema.hh"
#include "law/legal_facts.hh"
#include "core/messages.hh"

namespace helder::dossier {

using law::LegalFact;
using law::LegalFacts;

struct Principle {
    std::string nl, en;
};

class DossierModel {
public:
    DossierModel();  // throws Failure on broken embedded data (a build error)

    const json::Schema &schema() const { return schema_; }
    const LegalFacts &law() const { return law_; }
    const Messages &messages() const { return messages_; }
    const Principle &principle(std::string_view id) const;

    // The text checker's verdict on a text for the family (meets B1, difficulty), remembered
    // per text: a dossier is validated again after every edit. Thread-safe.
    template <class Compute>
    std::pair<bool, double> family_text_verdict(std::string_view text, Compute compute) const {
        std::string key(text);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            auto it = verdicts_.find(key);
            if (it != verdicts_.end()) return it->second;
        }
        const auto verdict = compute();
        std::lock_guard<std::mutex> lock(mutex_);
        if (verdicts_.size() > 4096) verdicts_.clear();
        verdicts_.emplace(std::move(key), verdict);
        return verdict;
    }

private:
    json::Schema schema_;
    LegalFacts law_;
    Messages messages_;
    std::unordered_map<std::string, Principle> principles_;
    mutable std::mutex mutex_;
    mutable std::unordered_map<std::string, std::pair<bool, double>> verdicts_;
};

}  // namespace helder::dossier
