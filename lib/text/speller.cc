// SPDX-License-Identifier: EUPL-1.2
#include "text/speller.hh"

#include <hunspell/hunspell.hxx>

#include <cstdio>
#include <filesystem>
#include <string_view>

#include "core/result.hh"

namespace helder::text {
bool Speller::readable(const std::string &path) {
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    std::fclose(f);
    return true;
}

namespace {

// The file's first `limit` bytes (all of a smaller file), or nothing when it cannot be read.
std::optional<std::string> head(const std::string &path, size_t limit) {
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (!f) return std::nullopt;
    std::string out(limit, '\0');
    const size_t got = std::fread(out.data(), 1, limit, f);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) return std::nullopt;
    out.resize(got);
    return out;
}

std::string_view without_bom(std::string_view s) { return s.substr(0, 3) == "\xEF\xBB\xBF" ? s.substr(3) : s; }

// A .dic starts with its number of words (Hunspell's "approximate word count") on a line of
// its own, and a word follows.
bool looks_like_dic(std::string_view text) {
    text = without_bom(text);
    size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    const size_t digits = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == digits) return false;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
    if (i >= text.size() || text[i] != '\n') return false;
    ++i;
    return i < text.size() && text[i] != '\n' && text[i] != '\r';
}

// An .aff that declares its encoding UTF-8: a line "SET UTF-8".
bool declares_utf8(std::string_view text) {
    text = without_bom(text);
    size_t from = 0;
    while (from < text.size()) {
        size_t end = text.find('\n', from);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(from, end - from);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        if (line.size() > 3 && line.substr(0, 3) == "SET" && (line[3] == ' ' || line[3] == '\t')) {
            line.remove_prefix(3);
            while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
            return line == "UTF-8" || line == "utf-8";
        }
        from = end + 1;
    }
    return false;
}

std::optional<Error> unusable_file(const std::string &path, const char *kind) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (st.type() == fs::file_type::not_found)
        return make_error(HELDER_E_NOT_FOUND, std::string("dictionary file not found: ") + path);
    if (ec) return make_error(HELDER_E_IO, std::string("cannot read the dictionary file ") + path + ": " + ec.message());
    if (st.type() != fs::file_type::regular)
        return make_error(HELDER_E_IO, std::string("not a dictionary file (") + kind + "): " + path + " is not a regular file");
    // The .aff's SET line comes before its rules; a .dic's first two lines are short.
    const auto text = head(path, std::string_view(kind) == ".aff" ? size_t{1} << 20 : size_t{4096});
    if (!text) return make_error(HELDER_E_IO, std::string("cannot read the dictionary file ") + path);
    if (text->empty()) return make_error(HELDER_E_IO, std::string("not a dictionary file (") + kind + "): " + path + " is empty");
    if (std::string_view(kind) == ".dic" && !looks_like_dic(*text))
        return make_error(HELDER_E_IO, std::string("not a Hunspell dictionary (.dic): ") + path +
                                           " does not start with its number of words and a word");
    if (std::string_view(kind) == ".aff" && !declares_utf8(*text))
        return make_error(HELDER_E_IO, std::string("not a UTF-8 Hunspell affix file (.aff): ") + path + " has no line \"SET UTF-8\"");
    return std::nullopt;
}

}  // namespace

std::optional<Error> Speller::unusable(const std::string &aff_path, const std::string &dic_path) {
    if (auto e = unusable_file(aff_path, ".aff")) return e;
    return unusable_file(dic_path, ".dic");
}

Speller::Speller(const std::string &aff_path, const std::string &dic_path) {
    if (auto e = unusable(aff_path, dic_path)) throw Failure(e->status, e->message);
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
