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
    if (verdicts_.size() >= kMaxCache) verdicts_.clear();
    verdicts_.emplace(std::move(key), ok);
    return ok;
}

std::vector<std::string> Speller::suggest(std::string_view word, size_t limit) const {
    std::string key(word);
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = suggestions_.find(key);
    if (it == suggestions_.end()) {
        if (suggestions_.size() >= kMaxCache / 16) suggestions_.clear();
        it = suggestions_.emplace(key, hunspell_->suggest(key)).first;
    }
    std::vector<std::string> out(it->second.begin(), it->second.begin() + static_cast<long>(std::min(limit, it->second.size())));
    return out;
}

}  // namespace helder::text
