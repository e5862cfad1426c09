// SPDX-License-Identifier: EUPL-1.2
// Spelling with Hunspell and Debian's Dutch dictionary. Hunspell is not thread-safe, so calls
// are serialised; a cache of verdicts makes repeated words cheap for every thread. The caches
// belong to the context and live as long as it: they are bounded in bytes, not only in entries.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hh"

class Hunspell;

namespace helder::text {

class Speller {
public:
    // Opens the .aff/.dic pair; throws the Failure that unusable() describes.
    Speller(const std::string &aff_path, const std::string &dic_path);

    // Why the pair cannot be helder's dictionary, or nothing. Hunspell takes any file without a
    // word (and then accepts no word at all), so helder looks first: HELDER_E_NOT_FOUND for a
    // file that does not exist; HELDER_E_IO for one that cannot be read, is not a regular file
    // (a directory, /dev/null), is empty, or is not what it should be: a .dic whose first line
    // is not its number of words followed by words, an .aff without "SET UTF-8" (helder hands
    // Hunspell UTF-8). The message names the path.
    static std::optional<Error> unusable(const std::string &aff_path, const std::string &dic_path);
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

    // The caches of verdicts and suggestions together hold at most this many bytes (keys,
    // suggestions and an estimate of the maps' own nodes); when the next entry would not fit,
    // the cache it goes into starts again empty.
    static constexpr size_t kMaxCacheBytes = size_t{16} << 20;
    static constexpr size_t kMaxSuggestionBytes = size_t{2} << 20;  // of those, for suggestions
    // What the caches hold now, by the same measure. Thread-safe.
    size_t cache_bytes() const;

private:
    // A map node: the key's std::string, the value, the hash and the next pointer, a bucket.
    static constexpr size_t kEntryBytes = sizeof(std::string) + 4 * sizeof(void *);
    static size_t entry_bytes(const std::string &key) { return kEntryBytes + key.size(); }

    mutable std::mutex mutex_;
    std::unique_ptr<Hunspell> hunspell_;
    mutable std::unordered_map<std::string, bool> verdicts_;
    mutable std::unordered_map<std::string, std::vector<std::string>> suggestions_;
    mutable size_t verdict_bytes_ = 0, suggestion_bytes_ = 0;
};

}  // namespace helder::text
