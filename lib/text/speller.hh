// Spelling with Hunspell and Debian's Dutch dictionary. Hunspell is not thread-safe, so calls
// are serialised; a cache of verdicts makes repeated words cheap for every thread.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Hunspell;

namespace helder::text {

class Speller {
public:
    // Opens the .aff/.dic pair; throws Failure(HELDER_E_NOT_FOUND) when a file is missing.
    Speller(const std::string &aff_path, const std::string &dic_path);
    ~Speller();
    Speller(const Speller &) = delete;
    Speller &operator=(const Speller &) = delete;

    // Whether Hunspell accepts the word (NFC UTF-8). Thread-safe.
    bool accepts(std::string_view word) const;
    // Up to `limit` suggestions for a rejected word. Thread-safe; slow (milliseconds).
    std::vector<std::string> suggest(std::string_view word, size_t limit) const;

    // Whether a file can be opened for reading.
    static bool readable(const std::string &path);

    // The paths "system" looks for, in order (Debian's hunspell-nl).
    static std::vector<std::pair<std::string, std::string>> system_candidates();

private:
    static constexpr size_t kMaxCache = 1u << 19;
    mutable std::mutex mutex_;
    std::unique_ptr<Hunspell> hunspell_;
    mutable std::unordered_map<std::string, bool> verdicts_;
    mutable std::unordered_map<std::string, std::vector<std::string>> suggestions_;
};

}  // namespace helder::text
