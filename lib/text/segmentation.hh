// SPDX-License-Identifier: EUPL-1.2
// The result of splitting a text into sentences and words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace helder::text {

enum class TokenKind : uint8_t { Word, Number, Abbreviation, Initialism, Email, Url };

const char *token_kind_name(TokenKind kind);

struct Word {
    uint32_t start = 0, end = 0;          // UTF-8 byte offsets into the checked text
    uint32_t key_offset = 0, key_len = 0; // lowercase, NFKC-folded form in Segmentation::keys
    uint32_t sentence = 0;                // index into Segmentation::sentences
    uint32_t letters = 0;                 // letters (code points) in the key
    TokenKind kind = TokenKind::Word;
    bool capitalized = false;             // first letter is upper case
    uint8_t syllables = 0;                // filled in by the checker
};

struct Sentence {
    uint32_t start = 0, end = 0;           // UTF-8 byte offsets, trimmed of white space
    uint32_t first_word = 0, word_count = 0;
};

struct Segmentation {
    std::vector<Sentence> sentences;
    std::vector<Word> words;
    std::string keys;  // storage for the words' keys

    std::string_view key(const Word &w) const { return std::string_view(keys).substr(w.key_offset, w.key_len); }
};

}  // namespace helder::text
