#include "text/speller.hh"

#include <hunspell/hunspell.hxx>

#include <cstdio>

#include "core/result.hh"

namespace helder::text {
bool Speller::readable(const std::string &path) {
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    std::fclose(f);
    return true;
}

Speller::Speller(const std::string &aff_path, const std::string &dic_path) {
    for (const std::string *path : {&aff_path, &dic_path})
        if (!readable(*path)) throw Failure(HELDER_E_NOT_FOUND, "dictionary file not found: " + *path);
    hunspell_ = std::make_unique<Hunspell>(aff_path.c_str(), dic_path.c_str());
}

Speller::~Speller() = default;

std::vector<std::pair<std::string, std::string>> Speller::system_candidates() {
    return {{"/usr/share/hunspell/nl.aff", "/usr/share/hunspell/nl.dic"},
            {"/usr/share/hunspell/nl_NL.aff", "/usr/share/hunspell/nl_NL.dic"},
            {"/usr/share/myspell/dicts/nl.aff", "/usr/share/myspell/dicts/nl.dic"}};
}

bool Speller::accepts(std::string_view word) const {
    std::string key(word);
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = verdicts_.find(key);
    if (it != verdicts_.end()) return it->second;
    const bool ok = hunspell_->spell(key);
    const size_t bytes = entry_bytes(key);
    if (verdict_bytes_ + bytes > kMaxCacheBytes - kMaxSuggestionBytes) {
        verdicts_.clear();
        verdict_bytes_ = 0;
    }
    if (bytes <= kMaxCacheBytes - kMaxSuggestionBytes) {
        verdicts_.emplace(std::move(key), ok);
        verdict_bytes_ += bytes;
    }
    return ok;
}

std::vector<std::string> Speller::suggest(std::string_view word, size_t limit) const {
    std::string key(word);
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = suggestions_.find(key);
    std::vector<std::string> found;
    if (it != suggestions_.end()) {
        found = it->second;
    } else {
        found = hunspell_->suggest(key);
        size_t bytes = entry_bytes(key) + sizeof(std::vector<std::string>);
        for (const std::string &s : found) bytes += sizeof(std::string) + s.size();
        if (suggestion_bytes_ + bytes > kMaxSuggestionBytes) {
            suggestions_.clear();
            suggestion_bytes_ = 0;
        }
        if (bytes <= kMaxSuggestionBytes) {
            suggestions_.emplace(std::move(key), found);
            suggestion_bytes_ += bytes;
        }
    }
    if (found.size() > limit) found.resize(limit);
    return found;
}

size_t Speller::cache_bytes() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return verdict_bytes_ + suggestion_bytes_;
}

}  // namespace helder::text
