// SPDX-License-Identifier: EUPL-1.2
// What dossier validation reads and never changes: the compiled schema, the legal facts (and the
// rights texts, for their notes), the principles and the messages. A helder_ctx owns one; threads may share it.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/json_schema.hh"
#include "core/lazy.hh"
#include "law/legal_facts.hh"
#include "law/rights.hh"
#include "core/messages.hh"

namespace helder::dossier {

using law::LegalFact;
using law::LegalFacts;

struct Principle {
    std::string nl, en;
};

class DossierModel {
public:
    // Loads the legal facts; the rest is built on first use (core/lazy.hh), so a caller that
    // only needs the law (the procedures) does not compile the schema. Throws Failure on broken
    // embedded data (a build error), when the part is built.
    DossierModel();

    const json::Schema &schema() const { return *schema_; }
    const LegalFacts &law() const { return law_; }
    // The rights texts (lib/data/law/rights.tsv), home of the notes that a fact is not sure.
    const law::Rights &rights() const { return *rights_; }
    const Messages &messages() const { return *messages_; }
    const Principle &principle(std::string_view id) const;

    // The text checker's verdict on a text for the family (meets B1, difficulty), remembered
    // per text: a dossier is validated again after every edit. The texts remembered take at most
    // kMaxVerdictBytes (when the next does not fit, the cache starts again empty; a longer text
    // is not remembered). Thread-safe.
    static constexpr size_t kMaxVerdictBytes = size_t{4} << 20;
    template <class Compute>
    std::pair<bool, double> family_text_verdict(std::string_view text, Compute compute) const {
        std::string key(text);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            auto it = verdicts_.find(key);
            if (it != verdicts_.end()) return it->second;
        }
        const auto verdict = compute();
        // The key, and an estimate of the map's node and bucket.
        const size_t bytes = key.size() + sizeof(std::string) + sizeof(verdict) + 4 * sizeof(void *);
        std::lock_guard<std::mutex> lock(mutex_);
        if (verdict_bytes_ + bytes > kMaxVerdictBytes) {
            verdicts_.clear();
            verdict_bytes_ = 0;
        }
        if (bytes <= kMaxVerdictBytes && verdicts_.emplace(std::move(key), verdict).second) verdict_bytes_ += bytes;
        return verdict;
    }
    // What the verdicts take now, by the same measure. Thread-safe.
    size_t verdict_bytes() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return verdict_bytes_;
    }

private:
    LegalFacts law_;
    Lazy<json::Schema> schema_;
    Lazy<law::Rights> rights_;
    Lazy<Messages> messages_;
    Lazy<std::unordered_map<std::string, Principle>> principles_;
    mutable std::mutex mutex_;
    mutable std::unordered_map<std::string, std::pair<bool, double>> verdicts_;
    mutable size_t verdict_bytes_ = 0;
};

}  // namespace helder::dossier
