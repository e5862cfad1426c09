// SPDX-License-Identifier: EUPL-1.2
#include "text/segmenter.hh"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <new>
#include <string>

#include "core/result.hh"
#include "core/utf8.hh"
#include "text/characters.hh"
#include "text/word_tokens.hh"

namespace helder::text {

const char *token_kind_name(TokenKind kind) {
    switch (kind) {
        case TokenKind::Word: return "word";
        case TokenKind::Number: return "number";
        case TokenKind::Abbreviation: return "abbreviation";
        case TokenKind::Initialism: return "initialism";
        case TokenKind::Email: return "email";
        case TokenKind::Url: return "url";
    }
    return "word";
}

namespace {

using U16 = utf8::Utf16Buffer;

bool is_ascii_letter(char16_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char16_t c) { return c >= '0' && c <= '9'; }
bool is_letter(char16_t c) { return is_ascii_letter(c) || (c >= 0xC0 && u_isalpha(c)); }
bool is_lower(char16_t c) { return (c >= 'a' && c <= 'z') || (c >= 0xC0 && u_islower(c)); }
bool is_upper(char16_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && u_isupper(c)); }

// ---- Lines: list items, headings and hard-wrapped text ----------------------------------

struct Line {
    size_t start, end;  // [start, end) without the line break
};

// The line that starts at `start` (t.size() + 1: there is none).
Line line_at(const U16 &t, size_t start) {
    size_t i = start;
    while (i < t.size() && t[i] != '\n' && t[i] != 0x2029) ++i;
    const size_t end = (i > start && i < t.size() && t[i - 1] == '\r') ? i - 1 : i;
    return {start, end};
}

// Where the line after l starts (past its line break).
size_t next_line_start(const U16 &t, const Line &l) {
    size_t i = l.end;
    if (i < t.size() && t[i] == '\r') ++i;
    return i + 1;
}

size_t first_non_space(const U16 &t, const Line &l) {
    size_t i = l.start;
    while (i < l.end && is_space(t[i])) ++i;
    return i;
}

size_t last_non_space(const U16 &t, const Line &l) {  // one past the last
    size_t i = l.end;
    while (i > l.start && is_space(t[i - 1])) --i;
    return i;
}

bool is_blank(const U16 &t, const Line &l) { return first_non_space(t, l) == l.end; }

// A list marker at the start of a line: a bullet, "1." / "1)" / "a)" followed by a space.
bool starts_with_list_marker(const U16 &t, const Line &l) {
    size_t i = first_non_space(t, l);
    if (i >= l.end) return false;
    const char16_t c = t[i];
    static const char16_t bullets[] = {'-', '*', '+', 0x2022, 0x00B7, 0x2013, 0x2014, 0x25AA,
                                       0x25E6, 0x2023, 0x25CF, 0x25A0, 0x2043};
    for (char16_t b : bullets)
        if (c == b) return i + 1 < l.end && is_space(t[i + 1]);
    size_t j = i;
    while (j < l.end && j - i < 3 && is_digit(t[j])) ++j;
    if (j > i) {
        // "1." "1)" "2.3" "2.3.1" followed by a space
        while (j < l.end && (t[j] == '.' || is_digit(t[j]))) ++j;
        if (j < l.end && t[j] == ')') ++j;
        return j < l.end && is_space(t[j]) && (t[j - 1] == '.' || t[j - 1] == ')' || is_digit(t[j - 1]));
    }
    if (is_ascii_letter(c) && i + 2 < l.end && t[i + 1] == ')' && is_space(t[i + 2])) return true;
    return false;
}

size_t count_words(const U16 &t, size_t a, size_t b) {
    size_t words = 0;
    bool in_word = false;
    for (size_t i = a; i < b; ++i) {
        bool space = is_space(t[i]);
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

bool ends_with_terminal(const U16 &t, const Line &l) {
    size_t e = last_non_space(t, l);
    if (e == l.start) return false;
    char16_t c = t[e - 1];
    // closing quotes and brackets after the stop
    while ((c == '"' || c == '\'' || c == ')' || c == 0x201D || c == 0x2019 || c == 0xBB) && e > l.start + 1) {
        --e;
        c = t[e - 1];
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' || c == 0x2026;
}

// A short line on its own that starts with a capital or a number and has no closing punctuation.
bool looks_like_heading(const U16 &t, const Line &l) {
    size_t a = first_non_space(t, l), b = last_non_space(t, l);
    if (a >= b || ends_with_terminal(t, l)) return false;
    if (!(is_upper(t[a]) || is_digit(t[a]))) return false;
    return count_words(t, a, b) <= 8;
}

// Replaces line breaks inside a wrapped sentence by spaces (same length, so offsets hold);
// breaks that end a paragraph, a list item or a heading stay and end a sentence.
void join_wrapped_lines(U16 &t) {
    // Two lines at a time, found as the text is read (a list of every line cost 16 bytes per
    // line: 256 MiB for 16 MiB of line breaks).
    bool paragraph_start = true;  // the current line starts a paragraph
    bool in_list_item = false;
    Line next = line_at(t, 0);
    for (;;) {
        const Line cur = next;
        if (cur.end >= t.size()) break;  // the last line
        next = line_at(t, next_line_start(t, cur));
        if (is_blank(t, cur)) {
            paragraph_start = true;
            in_list_item = false;
            continue;
        }
        if (starts_with_list_marker(t, cur)) in_list_item = true;
        bool hard = false;
        if (is_blank(t, next) || starts_with_list_marker(t, next)) hard = true;
        else if (last_non_space(t, cur) > cur.start && t[last_non_space(t, cur) - 1] == ':') hard = true;
        else {
            size_t n0 = first_non_space(t, next);
            const bool next_upper = n0 < next.end && (is_upper(t[n0]) || is_digit(t[n0]));
            if (in_list_item && next_upper) hard = true;
            else if (paragraph_start && next_upper && looks_like_heading(t, cur)) hard = true;
        }
        if (!hard) {
            for (size_t i = cur.end; i < next.start; ++i) t[i] = ' ';
            paragraph_start = false;
        } else {
            paragraph_start = true;
            in_list_item = false;
        }
    }
}

// ---- E-mail and web addresses -------------------------------------------------------------

struct Link {
    size_t start, end;
    TokenKind kind;
};

bool is_trailing_punct(char16_t c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '\\' ||
           c == ']' || c == '}' || c == '"' || c == '\'' || c == 0xBB || c == 0x201D || c == 0x2019 || c == '>';
}
bool is_leading_punct(char16_t c) {
    return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '\\' || c == 0xAB || c == 0x201C || c == 0x2018 || c == '<';
}

bool starts_with_ci(const U16 &t, size_t a, size_t b, const char *prefix) {
    size_t n = std::char_traits<char>::length(prefix);
    if (b - a < n) return false;
    for (size_t i = 0; i < n; ++i) {
        char16_t c = t[a + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char16_t>(c + 32);
        if (c != static_cast<char16_t>(prefix[i])) return false;
    }
    return true;
}

bool is_email_char(char16_t c) {
    return is_ascii_letter(c) || is_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '@';
}

// Top-level domains that name a site without "www." or "https://" ("amsterdam.nl", "vng.nl").
bool is_known_tld(const U16 &t, size_t a, size_t b) {
    for (const char *tld : {"nl", "be", "eu", "com", "org", "net", "nu", "info"})
        if (b - a == std::char_traits<char>::length(tld) && starts_with_ci(t, a, b, tld)) return true;
    return false;
}

// A host name with a known top-level domain, perhaps followed by a path: "amsterdam.nl/stemmen".
bool is_domain(const U16 &t, size_t a, size_t b) {
    size_t host_end = a;
    while (host_end < b && t[host_end] != '/') ++host_end;
    size_t last_dot = host_end;
    for (size_t k = a; k < host_end; ++k) {
        const char16_t c = t[k];
        if (!(is_ascii_letter(c) || is_digit(c) || c == '-' || c == '.')) return false;
        if (c == '.') {
            if (k == a || t[k - 1] == '.') return false;  // an empty label
            last_dot = k;
        }
    }
    return last_dot < host_end && last_dot > a && is_known_tld(t, last_dot + 1, host_end);
}

// The address in the stretch t[a, b) between spaces, if it is one.
void add_link(const U16 &t, size_t a, size_t b, std::vector<Link> &links) {
    while (a < b && is_leading_punct(t[a])) ++a;
    while (b > a && is_trailing_punct(t[b - 1])) --b;
    if (b - a < 5) return;
    if (starts_with_ci(t, a, b, "http://") || starts_with_ci(t, a, b, "https://") || starts_with_ci(t, a, b, "www.") ||
        is_domain(t, a, b)) {
        links.push_back({a, b, TokenKind::Url});
        return;
    }
    // "mailto:" belongs to the address that follows it.
    const size_t link_start = a;
    if (starts_with_ci(t, a, b, "mailto:")) a += 7;
    bool has_at = false;
    for (size_t k = a; k < b && !has_at; ++k) has_at = t[k] == '@';
    if (!has_at) return;
    size_t at = a;
    while (at < b && t[at] != '@') ++at;
    if (at == a || at + 1 >= b) return;
    bool ok = (is_ascii_letter(t[at - 1]) || is_digit(t[at - 1]));
    bool dot_after = false;
    for (size_t k = a; k < b && ok; ++k) {
        if (!is_email_char(t[k]) || (t[k] == '@' && k != at)) ok = false;
        if (k > at + 1 && t[k] == '.') dot_after = true;
    }
    if (ok && dot_after && t[b - 1] != '.') links.push_back({link_start, b, TokenKind::Email});
}

// A Markdown link "[text](target)" is two stretches: its text and its target.
void add_links(const U16 &t, size_t a, size_t b, std::vector<Link> &links) {
    for (size_t k = a; k + 1 < b; ++k)
        if (t[k] == ']' && t[k + 1] == '(') {
            add_link(t, a, k, links);
            a = k + 1;
        }
    add_link(t, a, b, links);
}

// Only a stretch with an '@', "://", "www." or a dot before a known top-level domain can be an
// address: those are found first, then their stretch is read whole.
std::vector<Link> find_links(const U16 &t) {
    std::vector<Link> links;
    const size_t n = t.size();
    auto lower = [&](size_t k) { return static_cast<char16_t>(t[k] >= 'A' && t[k] <= 'Z' ? t[k] + 32 : t[k]); };
    for (size_t i = 0; i < n; ++i) {
        const char16_t c = t[i];
        if (c > '@' || (c != '@' && c != ':' && c != '.')) continue;  // letters fail the first test
        auto tld_follows = [&] {
            size_t e = i + 1;
            while (e < n && is_ascii_letter(t[e])) ++e;
            // lower case: after "stemmen.Nu" a sentence begins
            return i > 0 && i + 1 < n && t[i + 1] >= 'a' && t[i + 1] <= 'z' && (is_ascii_letter(t[i - 1]) || is_digit(t[i - 1])) && is_known_tld(t, i + 1, e) &&
                   (e == n || !(is_digit(t[e]) || t[e] == '-' || t[e] == '@' || t[e] >= 0x80));
        };
        const bool candidate = c == '@' || (c == ':' && i + 2 < n && t[i + 1] == '/' && t[i + 2] == '/') ||
                               (c == '.' && i >= 3 && lower(i - 1) == 'w' && lower(i - 2) == 'w' && lower(i - 3) == 'w') ||
                               (c == '.' && tld_follows());
        if (!candidate) continue;
        size_t a = i, b = i;
        while (a > 0 && !is_space(t[a - 1])) --a;
        while (b < n && !is_space(t[b])) ++b;
        add_links(t, a, b, links);
        i = b;  // the next stretch
    }
    return links;
}

// UTF-16 offsets to UTF-8 byte offsets, for offsets that only move forward.
class ByteOffsets {
public:
    explicit ByteOffsets(const U16 &t) : t_(t) {}
    uint32_t at(size_t unit) {
        if (unit < unit_) unit_ = 0, byte_ = 0;  // rare: start again
        for (; unit_ < unit; ++unit_) {
            const char16_t c = t_[unit_];
            byte_ += c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xD800 && c <= 0xDBFF) ? 4 : (c >= 0xDC00 && c <= 0xDFFF) ? 0 : 3;
        }
        return byte_;
    }

private:
    const U16 &t_;
    size_t unit_ = 0;
    uint32_t byte_ = 0;
};

}  // namespace

// ---- Segmenter --------------------------------------------------------------------------------

namespace {

// An ICU error as helder's: memory that ran out is std::bad_alloc (HELDER_E_NO_MEMORY), anything
// else a broken build. ICU reports running out of memory only through UErrorCode (and bogus
// strings), so every code is checked.
void check_icu(UErrorCode status, const char *what) {
    if (status == U_MEMORY_ALLOCATION_ERROR) throw std::bad_alloc();
    if (U_FAILURE(status)) throw Failure(HELDER_E_INTERNAL, std::string(what) + ": " + u_errorName(status));
}

// Dutch break rules, compiled by ICU once: the prototype that holds them and the rules.
std::unique_ptr<icu::BreakIterator> break_prototype(bool words, const uint8_t *&rules, uint32_t &rules_length) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale dutch("nl");
    std::unique_ptr<icu::BreakIterator> prototype(words ? icu::BreakIterator::createWordInstance(dutch, status)
                                                        : icu::BreakIterator::createSentenceInstance(dutch, status));
    check_icu(status, words ? "ICU word break iterator" : "ICU sentence break iterator");
    if (!prototype) throw std::bad_alloc();
    auto *compiled = dynamic_cast<icu::RuleBasedBreakIterator *>(prototype.get());
    if (!compiled) throw Failure(HELDER_E_INTERNAL, "ICU's Dutch break iterator is not rule-based");
    rules = compiled->getBinaryRules(rules_length);
    if (!rules) throw Failure(HELDER_E_INTERNAL, "ICU's Dutch break iterator has no compiled rules");
    return prototype;
}

}  // namespace

Segmenter::Segmenter(const Abbreviations &abbreviations) : abbreviations_(abbreviations) {
    word_prototype_ = break_prototype(true, word_rules_, word_rules_length_);
    // No FilteredBreakIterator for abbreviations: it matches "ing." at the end of any word
    // ("ondertoezichtstelling."). segment() suppresses a boundary only after a whole
    // abbreviation token instead.
    sentence_prototype_ = break_prototype(false, sentence_rules_, sentence_rules_length_);
    UErrorCode status = U_ZERO_ERROR;
    fold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    check_icu(status, "ICU NFKC_Casefold data");
}

Segmenter::~Segmenter() = default;

namespace {

// Appends the key of t[a, b) to keys: lowercase, NFKC-folded, typographic apostrophes made
// plain. Returns the number of letters.
uint32_t append_key(const icu::Normalizer2 &fold, const char16_t *t, size_t a, size_t b, std::string &keys) {
    bool ascii = true;
    for (size_t i = a; i < b && ascii; ++i) ascii = t[i] < 0x80;
    size_t letters = 0;
    if (ascii) {
        // Lowercase through a stack buffer and append once: per-character push_back (not
        // inlined by libc++) and resize (zero-fills first) are large costs in WebAssembly.
        char buffer[128];
        size_t n = 0;
        for (size_t i = a; i < b; ++i) {
            char c = static_cast<char>(t[i]);
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            if (c >= 'a' && c <= 'z') ++letters;
            buffer[n++] = c;
            if (n == sizeof buffer) {
                keys.append(buffer, n);
                n = 0;
            }
        }
        keys.append(buffer, n);
        return static_cast<uint32_t>(letters);
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString source(false, reinterpret_cast<const UChar *>(t + a), static_cast<int32_t>(b - a));
    icu::UnicodeString folded = fold.normalize(source, status);
    check_icu(status, "ICU NFKC_Casefold");
    folded.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString(static_cast<UChar>('\'')));
    folded.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2018)), icu::UnicodeString(static_cast<UChar>('\'')));
    if (folded.isBogus()) throw std::bad_alloc();  // a string ICU could not allocate
    for (int32_t i = 0; i < folded.length();) {
        UChar32 c = folded.char32At(i);
        if (u_isalpha(c)) ++letters;
        i += U16_LENGTH(c);
    }
    folded.toUTF8String(keys);
    return static_cast<uint32_t>(letters);  // the text has fewer than 2^32 bytes (kMaxTextBytes)
}

}  // namespace

std::string Segmenter::fold(std::string_view word) const {
    if (word.empty() || is_lowercase_ascii_word(word)) return std::string(word);
    utf8::Utf16Text u = utf8::to_utf16(word);
    std::string key;
    append_key(*fold_, u.units.data(), 0, u.units.size(), key);
    return key;
}

namespace {

// Whether the text of a sentence candidate t[a, b) (a: its first character that is not a space)
// is only a list marker ("1." "a)") or ends in an initial ("J.") before a capital: then ICU's
// boundary after it is not a sentence end. Reads a bounded number of characters after a, since
// a candidate that is no sentence grows with every boundary that follows.
bool false_boundary(const U16 &t, size_t a, size_t b) {
    if (b >= t.size()) return false;
    size_t e = b;
    while (e > a && is_space(t[e - 1])) --e;
    if (e <= a) return false;
    const char16_t last = t[e - 1];
    size_t k = a;
    while (k < e && k - a <= 3 && is_digit(t[k])) ++k;
    const bool number_marker = k > a && k - a <= 3 && k + 1 == e && (last == '.' || last == ')');
    const bool letter_marker = e - a == 2 && is_letter(t[a]) && (last == '.' || last == ')');
    const bool initial = e - a >= 2 && last == '.' && is_upper(t[e - 2]) && (e - a == 2 || is_space(t[e - 3])) &&
                         t[b - 1] != '\n' && is_upper(t[b]);
    return number_marker || letter_marker || initial;
}

}  // namespace

namespace {

// An iterator made from compiled rules the Segmenter holds (that skips loading ICU's rules).
// Not clone(): when ICU runs out of memory inside it, clone() returns an iterator that crashes;
// this constructor reports it in its status.
std::unique_ptr<icu::BreakIterator> iterator_from(const uint8_t *rules, uint32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(new icu::RuleBasedBreakIterator(rules, length, status));
    if (!it) throw std::bad_alloc();  // ICU's operator new returns NULL
    check_icu(status, "ICU break iterator");
    return it;
}

void set_text(icu::BreakIterator &it, UText *text) {
    UErrorCode status = U_ZERO_ERROR;
    it.setText(text, status);  // the iterator keeps its own shallow clone of text
    check_icu(status, "ICU break iterator");
}

struct UTextCloser {
    void operator()(UText *text) const { utext_close(text); }
};

// Sentence ends: ICU's boundaries, less those right after a list marker or an initial. The
// last one is always the end of the text.
std::vector<uint32_t> sentence_ends(icu::BreakIterator &sentences, const U16 &t) {
    std::vector<uint32_t> ends;
    size_t first = 0;  // the candidate's first character that is not a space
    for (int32_t b = sentences.next(); b != icu::BreakIterator::DONE; b = sentences.next()) {
        while (first < static_cast<size_t>(b) && is_space(t[first])) ++first;
        if (false_boundary(t, first, static_cast<size_t>(b))) continue;
        ends.push_back(static_cast<uint32_t>(b));
        first = static_cast<size_t>(b);
    }
    if (ends.empty() || ends.back() != t.size()) ends.push_back(static_cast<uint32_t>(t.size()));
    return ends;
}

bool starts_with_capital(const U16 &t, size_t start) {
    if (t[start] < 0x80) return t[start] >= 'A' && t[start] <= 'Z';
    UChar32 first_char;
    U16_GET(t.data(), 0, static_cast<int32_t>(start), static_cast<int32_t>(t.size()), first_char);
    return static_cast<bool>(u_isupper(first_char));
}

// Initialisms: OTS, GGZ, RvdK (two or more capitals, letters only, a capital last).
bool is_initialism(const U16 &t, uint32_t start, uint32_t end) {
    size_t capitals = 0;
    bool letters_only = true;
    for (uint32_t c = start; c < end; ++c) {
        if (is_upper(t[c])) ++capitals;
        else if (!is_lower(t[c])) letters_only = false;
    }
    return letters_only && capitals >= 2 && is_upper(t[end - 1]);
}

// About as many words as t[from, end) will have: its stretches of letters, digits and other
// characters that are neither ASCII spaces nor ASCII punctuation. Asked only when the list of
// words is full (a text denser with words than a word per six bytes, a,b,c,…), so that the list
// grows once to its size instead of doubling, with the old and the new list in memory at once.
size_t estimate_words(const U16 &t, size_t from) {
    static constexpr auto word_char = [] {
        std::array<bool, 128> table{};
        for (int c = '0'; c <= '9'; ++c) table[c] = true;
        for (int c = 'a'; c <= 'z'; ++c) table[c] = table[c - 32] = true;
        return table;
    }();
    size_t stretches = 0;
    bool in_stretch = false;
    for (size_t i = from; i < t.size(); ++i) {
        const char16_t c = t[i];
        const bool word = c >= 128 || word_char[c];
        stretches += word && !in_stretch;
        in_stretch = word;
    }
    return stretches;
}

// Adds words in text order to a Segmentation and closes each sentence when a word starts past
// its end. Boundaries found not to end a sentence (inside a word, after "bijv.") are marked
// dropped, not erased, so that dropping one costs nothing however long the text.
class SegmentationBuilder {
public:
    SegmentationBuilder(const U16 &t, const icu::Normalizer2 &fold, std::vector<uint32_t> ends, Segmentation &out)
        : t_(t), fold_(fold), ends_(std::move(ends)), dropped_(ends_.size(), 0), out_(out), word_bytes_(t), sentence_bytes_(t) {}

    bool after_number() const { return !out_.words.empty() && out_.words.back().kind == TokenKind::Number; }

    void add_word(uint32_t start, uint32_t end, TokenKind kind) {
        // Move to the sentence the word starts in; a word that runs past the end of its
        // sentence pulls the next sentence in (ICU broke inside it).
        while (range_ + 1 < ends_.size() && start >= current_end()) {
            close_sentence();
            range_start_ = ends_[range_];
            ++range_;
        }
        while (range_ + 1 < ends_.size() && end > current_end()) dropped_[range_] = 1;
        if (!open_) {
            current_ = Sentence();
            current_.first_word = static_cast<uint32_t>(out_.words.size());
            open_ = true;
        }
        ++current_.word_count;
        Word word;
        word.start = word_bytes_.at(start);
        word.end = word_bytes_.at(end);
        word.sentence = static_cast<uint32_t>(out_.sentences.size());
        word.kind = kind;
        word.key_offset = static_cast<uint32_t>(out_.keys.size());
        word.letters = append_key(fold_, t_.data(), start, end, out_.keys);
        word.key_len = static_cast<uint32_t>(out_.keys.size() - word.key_offset);
        word.capitalized = starts_with_capital(t_, start);
        if (kind == TokenKind::Word && word.capitalized && word.letters >= 2 && word.letters <= 6 && is_initialism(t_, start, end))
            word.kind = TokenKind::Initialism;
        if (out_.words.size() == out_.words.capacity()) out_.words.reserve(out_.words.size() + 1 + estimate_words(t_, end));
        out_.words.push_back(word);
    }

    // The boundary right after an abbreviation's full stop at end - 1 is no sentence end, unless
    // the text ends or a paragraph starts there.
    void drop_boundary_after(uint32_t end) {
        if (range_ + 1 >= ends_.size()) return;
        const uint32_t boundary = current_end();
        size_t k = end;
        while (k < boundary && (t_[k] == ' ' || t_[k] == '\t')) ++k;
        if (k == boundary && range_ + 1 < ends_.size()) dropped_[range_] = 1;
    }

    void close_sentence() {
        if (!open_) return;
        size_t a = range_start_, b = current_end();
        while (a < b && is_space(t_[a])) ++a;
        while (b > a && is_space(t_[b - 1])) --b;
        current_.start = sentence_bytes_.at(a);
        current_.end = sentence_bytes_.at(b);
        out_.sentences.push_back(current_);
        open_ = false;
    }

private:
    uint32_t current_end() {
        while (range_ + 1 < ends_.size() && dropped_[range_]) ++range_;
        return ends_[range_];
    }

    const U16 &t_;
    const icu::Normalizer2 &fold_;
    const std::vector<uint32_t> ends_;
    std::vector<char> dropped_;
    Segmentation &out_;
    ByteOffsets word_bytes_, sentence_bytes_;
    size_t range_ = 0;          // index into ends_: the sentence the next word falls in
    uint32_t range_start_ = 0;  // UTF-16 start of that sentence
    bool open_ = false;         // a sentence with words is being built
    Sentence current_;
};

void pop_tokens_before(WordTokens &raw, size_t end) {
    while (raw.peek() && raw.peek()->start < end) raw.pop();
}

// Whether a token may begin an abbreviation: letters before '.' or '/', or letters holding a
// full stop already; never longer than the longest abbreviation.
bool may_start_abbreviation(const U16 &t, const RawToken &cur, size_t longest) {
    return cur.kind == RawKind::Letter && cur.end - cur.start <= longest && cur.end < t.size() &&
           (t[cur.end] == '.' || t[cur.end] == '/' || t[cur.end - 1] == '.' ||
            (cur.end - cur.start >= 3 && t[cur.start + 1] == '.'));
}

// The length of the longest known abbreviation at t[start] ("m.b.t.", "t/m"), which may span
// several ICU tokens, or 0; found is its entry. probe is scratch space, reused between calls.
size_t match_abbreviation(const Abbreviations &abbreviations, const U16 &t, size_t start, bool after_number,
                          std::string &probe, const Abbreviation *&found) {
    probe.clear();
    for (size_t k = start; k < t.size() && probe.size() <= abbreviations.longest(); ++k) {
        const char16_t c = t[k];
        if (is_ascii_letter(c) || c == '.' || c == '/') probe.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        else break;
    }
    for (size_t len = probe.size(); len >= 2; --len) {
        const size_t after = start + len;
        if (after < t.size() && (is_letter(t[after]) || is_digit(t[after]))) continue;
        found = abbreviations.find(std::string_view(probe).substr(0, len));
        if (found && (!found->after_number || after_number)) return len;
    }
    return 0;
}

struct JoinedWord {
    uint32_t end;
    TokenKind kind;
};

// Pops the token cur and those joined to it: 1:255, 14:30, 12-03-2024 (numbers); e-mail,
// burn-out, 18-jarige (hyphens).
JoinedWord join_tokens(WordTokens &raw, const U16 &t, const RawToken &cur) {
    uint32_t end = cur.end;
    bool number = cur.kind == RawKind::Number;
    raw.pop();
    for (;;) {
        // peek(1) may grow the lookahead buffer: take copies, not pointers.
        const RawToken *second = raw.peek(1);
        if (!second) break;
        const RawToken next = *second, sep = *raw.peek(0);
        if (sep.kind != RawKind::Punct || sep.start != end || sep.end != sep.start + 1 || next.start != sep.end ||
            next.kind == RawKind::Punct)
            break;
        const char16_t c = t[sep.start];
        if (number && next.kind == RawKind::Number && (c == ':' || c == '-' || c == '/' || c == '.')) {
        } else if (c == '-' || c == 0x2010) {
            number = number && next.kind == RawKind::Number;
        } else {
            break;
        }
        end = next.end;
        raw.pop();
        raw.pop();
    }
    return {end, number ? TokenKind::Number : TokenKind::Word};
}

}  // namespace

// A word and a sentence iterator, lent to one segment() at a time.
struct Segmenter::Iterators {
    std::unique_ptr<icu::BreakIterator> words, sentences;
};

std::unique_ptr<Segmenter::Iterators> Segmenter::borrow_iterators() const {
    {
        const std::lock_guard<std::mutex> lock(idle_mutex_);
        if (!idle_.empty()) {
            std::unique_ptr<Iterators> it = std::move(idle_.back());
            idle_.pop_back();
            return it;
        }
    }
    auto it = std::make_unique<Iterators>();
    it->words = iterator_from(word_rules_, word_rules_length_);
    it->sentences = iterator_from(sentence_rules_, sentence_rules_length_);
    return it;
}

void Segmenter::give_back(std::unique_ptr<Iterators> it) const noexcept {
    try {
        const std::lock_guard<std::mutex> lock(idle_mutex_);
        idle_.push_back(std::move(it));
    } catch (...) {  // no room to keep it: the next text makes a new one
    }
}

Segmentation Segmenter::segment(std::string_view text) const {
    Segmentation out;
    if (text.empty()) return out;
    U16 t = utf8::to_utf16_units(text);
    const std::vector<Link> links = find_links(t);  // before joining lines: only spaces change
    join_wrapped_lines(t);
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UText, UTextCloser> utext(
        utext_openUChars(nullptr, reinterpret_cast<const UChar *>(t.data()), static_cast<int64_t>(t.size()), &status));
    check_icu(status, "ICU could not open the text");
    // Iterators that fail are not given back: an exception from here on destroys them.
    std::unique_ptr<Iterators> iterators = borrow_iterators();
    set_text(*iterators->words, utext.get());
    set_text(*iterators->sentences, utext.get());
    std::vector<uint32_t> ends = sentence_ends(*iterators->sentences, t);

    out.words.reserve(text.size() / 6);
    out.keys.reserve(text.size());
    SegmentationBuilder builder(t, *fold_, std::move(ends), out);
    WordTokens raw(*iterators->words, t.data(), t.size());
    size_t link = 0;
    std::string probe;
    while (const RawToken *first = raw.peek()) {
        const RawToken cur = *first;
        while (link < links.size() && links[link].end <= cur.start) ++link;
        if (link < links.size() && links[link].start < cur.end) {
            const Link &l = links[link++];
            builder.add_word(static_cast<uint32_t>(l.start), static_cast<uint32_t>(l.end), l.kind);
            pop_tokens_before(raw, l.end);
            continue;
        }
        if (cur.kind == RawKind::Punct) {
            raw.pop();
            continue;
        }
        if (may_start_abbreviation(t, cur, abbreviations_.longest())) {
            const Abbreviation *found = nullptr;
            const size_t matched = match_abbreviation(abbreviations_, t, cur.start, builder.after_number(), probe, found);
            if (matched > 0) {
                const auto end = static_cast<uint32_t>(cur.start + matched);
                builder.add_word(cur.start, end, TokenKind::Abbreviation);
                pop_tokens_before(raw, end);
                // The full stop of "bijv." or "art." does not end the sentence.
                if (!found->may_end_sentence && t[end - 1] == '.') builder.drop_boundary_after(end);
                continue;
            }
        }
        const JoinedWord word = join_tokens(raw, t, cur);
        builder.add_word(cur.start, word.end, word.kind);
    }
    builder.close_sentence();
    give_back(std::move(iterators));  // raw no longer reads them (WordTokens has nothing to destroy)
    return out;
}

}  // namespace helder::text
