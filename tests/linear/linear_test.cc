// SPDX-License-Identifier: EUPL-1.2
// A text check costs time and memory in proportion to the text, whatever its shape: a single
// 16 MiB word, a line without spaces, combining marks, one word repeated, and the shapes that
// made a rule quadratic once (issue 11). Each case is checked in a child process and compared
// with a check of ordinary Dutch text of the same size (the Amsterdam sentences in tests/data,
// repeated): CPU time and peak heap at most kRatio times as much. Ratios, never absolute
// figures: the machine may be slow or shared. A child that goes past the ratio is stopped
// (RLIMIT_CPU, the heap limit of alloc_counter), so that a regression fails instead of hanging.
// After every check, the shared context keeps no more than its caches' byte budget, and the
// report renders.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "alloc_counter.hh"
#include "helder/text.h"
#include "text/speller.hh"

namespace {

namespace alloc = helder::testing::alloc;

constexpr double kRatio = 3.0;
constexpr size_t kBig = size_t{16} << 20;  // the default limit of a check (HELDER_TEXT_DEFAULT_MAX_BYTES)
// What a context may keep after a check: the speller's caches (their byte budget), plus a
// little for ICU's.
constexpr size_t kRetainedLimit = helder::text::Speller::kMaxCacheBytes + (size_t{1} << 20);

struct Measure {
    helder_status status = HELDER_E_INTERNAL;
    helder_status render_status = HELDER_E_INTERNAL;
    double cpu_seconds = 0;
    double render_cpu_seconds = 0;
    size_t peak_bytes = 0;      // heap in use during the check, above what was in use before
    size_t retained_bytes = 0;  // heap still in use after the report was freed
    size_t report_bytes = 0;
};

double cpu_now() {
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// Limits of a child, 0 for none: CPU seconds for the check and for rendering its report, and
// heap bytes above what was in use before the check.
struct Limits {
    double check_cpu = 0, render_cpu = 0;
    size_t heap = 0;
};

void limit_cpu(double seconds) {
    const rlimit limit = {seconds > 0 ? static_cast<rlim_t>(std::ceil(cpu_now() + seconds)) : RLIM_INFINITY, RLIM_INFINITY};
    setrlimit(RLIMIT_CPU, &limit);
}

// Runs in the child: check, render, measure.
Measure check_here(const helder_ctx *ctx, const std::string &text, const Limits &limits) {
    Measure m;
    const size_t before = alloc::live();
    alloc::reset_peak();
    char *report = nullptr;
    size_t report_len = 0;
    const double t0 = cpu_now();
    m.status = helder_text_check(ctx, text.data(), text.size(), nullptr, 0, &report, &report_len);
    m.cpu_seconds = cpu_now() - t0;
    m.peak_bytes = alloc::peak() - before;
    m.report_bytes = report_len;
    if (m.status == HELDER_OK) {
        alloc::set_limit(0);
        limit_cpu(limits.render_cpu);
        helder_text_source source = {sizeof(helder_text_source), "case", text.data(), text.size(), report, report_len};
        char *out = nullptr;
        const double r0 = cpu_now();
        m.render_status = helder_text_render(&source, 1, "{\"format\":\"sarif\"}", 18, &out, nullptr, nullptr);
        m.render_cpu_seconds = cpu_now() - r0;
        helder_free(out);
    }
    helder_free(report);
    m.retained_bytes = alloc::live() > before ? alloc::live() - before : 0;
    return m;
}

// Checks text in a child process, which is stopped when it goes past its limits; `failure`
// says why it stopped.
Measure check_in_child(const helder_ctx *ctx, const std::string &text, const Limits &limits, std::string &failure) {
    int fds[2];
    if (pipe(fds) != 0) {
        failure = "pipe failed";
        return Measure();
    }
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        limit_cpu(limits.check_cpu);
        if (limits.heap > 0) alloc::set_limit(alloc::live() + limits.heap);
        const Measure m = check_here(ctx, text, limits);
        (void)!write(fds[1], &m, sizeof m);
        _exit(0);
    }
    close(fds[1]);
    Measure m;
    const ssize_t got = read(fds[0], &m, sizeof m);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status) && (WTERMSIG(status) == SIGXCPU || WTERMSIG(status) == SIGKILL))
        failure = "stopped: CPU time over the limit (" + std::to_string(limits.check_cpu) + " s to check, " +
                  std::to_string(limits.render_cpu) + " s to render)";
    else if (WIFSIGNALED(status))
        failure = "crashed with signal " + std::to_string(WTERMSIG(status));
    else if (WIFEXITED(status) && WEXITSTATUS(status) == alloc::kOverLimitExit)
        failure = "stopped: heap over " + std::to_string(limits.heap >> 20) + " MiB";
    else if (got != static_cast<ssize_t>(sizeof m))
        failure = "the child did not report";
    return m;
}

std::string read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Ordinary Dutch: the sentences of the Amsterdam corpus (its columns Complex and Simple), one
// paragraph each, repeated to `size` bytes.
std::string ordinary_text(size_t size) {
    const std::string csv = read_file(std::string(HELDER_SOURCE_DIR) + "/tests/data/amsterdam/amsterdam-complex-simple-dev.csv");
    std::string prose, field;
    size_t column = 0, row = 0;
    bool quoted = false;
    for (size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') field.push_back(c), ++i;
            else if (c == '"') quoted = false;
            else field.push_back(c);
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',' || c == '\n') {
            if (row > 0 && column > 0 && !field.empty()) prose += field + "\n\n";
            field.clear();
            column = c == ',' ? column + 1 : 0;
            row += c == '\n';
        } else if (c != '\r') {
            field.push_back(c);
        }
    }
    std::string out;
    while (out.size() < size) out += prose;
    out.resize(size);
    // Whole characters only.
    size_t end = out.size();
    while (end > 0 && (static_cast<unsigned char>(out[end - 1]) & 0xC0) == 0x80) --end;
    if (end > 0 && static_cast<unsigned char>(out[end - 1]) >= 0xC0) out.resize(end - 1);
    return out;
}

std::string repeated(const std::string &piece, size_t size) {
    std::string out;
    out.reserve(size);
    while (out.size() + piece.size() <= size) out += piece;
    return out;
}

class LinearTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ASSERT_EQ(helder_ctx_create("{\"dictionary\":\"system\"}", 23, &ctx_), HELDER_OK) << helder_last_error();
        // Once in the parent, so that ICU's and Hunspell's lazily loaded data are not counted
        // as memory a check leaves behind.
        const std::string warm = "Hé, één café! Wijkteammedewerker vakantie-uren, https://x.nl a@b.nl 12-03-2024 t/m "
                                 "dat het besproken is. De ondertoezichtstelling werd verlengd.";
        char *report = nullptr;
        ASSERT_EQ(helder_text_check(ctx_, warm.data(), warm.size(), nullptr, 0, &report, nullptr), HELDER_OK);
        helder_free(report);
    }
    static void TearDownTestSuite() { helder_ctx_destroy(ctx_); }

    // The reference: ordinary text of `size` bytes, measured once per size.
    static const Measure &reference(size_t size) {
        static std::vector<std::pair<size_t, Measure>> cache;
        for (const auto &[s, m] : cache)
            if (s == size) return m;
        std::string failure;
        const Measure m = check_in_child(ctx_, ordinary_text(size), Limits(), failure);
        EXPECT_TRUE(failure.empty()) << failure;
        EXPECT_EQ(m.status, HELDER_OK);
        cache.emplace_back(size, m);
        return cache.back().second;
    }

    static void expect_linear(const std::string &name, const std::string &text) {
        const Measure &ref = reference(kBig);
        ASSERT_GT(ref.cpu_seconds, 0);
        const double cpu_limit = kRatio * ref.cpu_seconds;
        const auto heap_limit = static_cast<size_t>(kRatio * static_cast<double>(ref.peak_bytes));
        std::string failure;
        // The child's own limits are a little looser than the assertions, which follow.
        const Limits limits{cpu_limit + 1, kRatio * ref.render_cpu_seconds + 1, heap_limit + (size_t{1} << 20)};
        const Measure m = check_in_child(ctx_, text, limits, failure);
        ASSERT_TRUE(failure.empty()) << name << ": " << failure << " (reference: " << ref.cpu_seconds << " s, "
                                     << (ref.peak_bytes >> 20) << " MiB)";
        EXPECT_EQ(m.status, HELDER_OK) << name;
        EXPECT_EQ(m.render_status, HELDER_OK) << name << ": the report does not render";
        EXPECT_LE(m.cpu_seconds, cpu_limit) << name;
        EXPECT_LE(m.render_cpu_seconds, kRatio * ref.render_cpu_seconds + 0.5) << name << ": rendering";
        EXPECT_LE(m.peak_bytes, heap_limit) << name;
        EXPECT_LE(m.retained_bytes, kRetainedLimit) << name << ": the context keeps " << (m.retained_bytes >> 20) << " MiB";
        std::printf("%-24s %9zu bytes: cpu %.2fx (%.2f s), render %.2f s, peak heap %.2fx (%zu MiB), kept %zu KiB, "
                    "report %zu KiB\n",
                    name.c_str(), text.size(), m.cpu_seconds / ref.cpu_seconds, m.cpu_seconds, m.render_cpu_seconds,
                    static_cast<double>(m.peak_bytes) / static_cast<double>(ref.peak_bytes), m.peak_bytes >> 20,
                    m.retained_bytes >> 10, m.report_bytes >> 10);
    }

    static helder_ctx *ctx_;
};

helder_ctx *LinearTest::ctx_ = nullptr;

TEST_F(LinearTest, OrdinaryTextRendersAndLeavesLittle) {
    for (size_t size : {kBig}) {
        const Measure &ref = reference(size);
        EXPECT_EQ(ref.render_status, HELDER_OK) << size << " bytes: the report does not render";
        EXPECT_LE(ref.retained_bytes, kRetainedLimit);
        std::printf("reference %9zu bytes: cpu %.2f s, render %.2f s, peak heap %zu MiB, kept %zu KiB, report %zu KiB\n",
                    size, ref.cpu_seconds, ref.render_cpu_seconds, ref.peak_bytes >> 20, ref.retained_bytes >> 10,
                    ref.report_bytes >> 10);
    }
}

// One word of 16 MiB: compound analysis, spelling and syllables on it.
TEST_F(LinearTest, SingleWord) { expect_linear("one word of a", repeated("a", kBig)); }

// A word of pieces that the syllable counter knows as the start, middle and end of loan words.
TEST_F(LinearTest, SingleWordOfLoanPieces) {
    expect_linear("one word of loan pieces",
                  repeated("case", kBig / 3) + repeated("team", kBig / 3) + repeated("line", kBig / 3));
}

// Every suffix of this word is a word or a compound.
TEST_F(LinearTest, SingleWordOfWords) { expect_linear("one word of huis", repeated("huis", kBig)); }

// 'e' and a combining acute accent: one word whose folded form is shorter than its text.
TEST_F(LinearTest, CombiningMarks) { expect_linear("e + U+0301", repeated("e\xCC\x81", kBig)); }

// One word of hyphenated parts (vakantie-uren): the spelling rule checks each part.
TEST_F(LinearTest, HyphenatedWord) { expect_linear("one hyphenated word", repeated("vakantie-", kBig - 4) + "uren"); }

// A line without spaces: a word at every other byte.
TEST_F(LinearTest, LineWithoutSpaces) { expect_linear("a line without spaces", repeated("a,", kBig)); }

TEST_F(LinearTest, OnlyLineBreaks) { expect_linear("line breaks", repeated("a\n", kBig)); }

// One jargon term repeated: a single sentence of several hundred thousand findings.
TEST_F(LinearTest, OneWordRepeated) { expect_linear("one word repeated", repeated("ondertoezichtstelling ", kBig)); }

// One judgement repeated: a sentence of a million opinion findings, each after quotes.
TEST_F(LinearTest, OneJudgementRepeated) { expect_linear("one judgement repeated", "\"" + repeated("onverschillig ", kBig - 1)); }

// One clause of passives: each "werd" pairs with a participle.
TEST_F(LinearTest, OneClauseOfPassives) { expect_linear("one clause of passives", repeated("werd besproken ", kBig)); }

// The difficult_word rule: one term of its lexicon repeated, one loanword repeated (each with a
// finding), and a word of learned parts (the search for a familiar last part is bounded).
TEST_F(LinearTest, OneDifficultTermRepeated) { expect_linear("one difficult term repeated", repeated("governance ", kBig)); }
TEST_F(LinearTest, OneLoanwordRepeated) { expect_linear("one loanword repeated", repeated("screening ", kBig)); }
TEST_F(LinearTest, OneWordOfLearnedParts) { expect_linear("one word of learned parts", repeated("implementatie", kBig)); }
// One word of compound joints (each s|h and t|h is looked at with bounded parts) and one word of
// familiar first parts before a familiar last part.
TEST_F(LinearTest, OneWordOfCompoundJoints) {
    expect_linear("one word of compound joints", repeated("mishandelingtoezichthouder", kBig));
}
TEST_F(LinearTest, OneWordOfFamiliarFirstParts) {
    expect_linear("one word of familiar first parts", repeated("kindbeschermings", kBig - 16) + "maatregelen");
}

// Initials after a long run of spaces and digits: every boundary after "A." is not a sentence end.
TEST_F(LinearTest, InitialsAfterLongRun) {
    expect_linear("initials after a long run",
                  std::string(kBig / 4, ' ') + std::string(kBig / 4, '0') + repeated(" A.", kBig / 2));
}

// One long word of 20 KB: the shared context keeps no more than its budget afterwards.
TEST_F(LinearTest, LongWordLeavesNothingBehind) {
    std::string failure;
    const Measure m = check_in_child(ctx_, repeated("a", 20000), Limits(), failure);
    ASSERT_TRUE(failure.empty()) << failure;
    EXPECT_EQ(m.status, HELDER_OK);
    EXPECT_LE(m.retained_bytes, size_t{1} << 20) << "the context keeps " << (m.retained_bytes >> 20) << " MiB";
}

}  // namespace
