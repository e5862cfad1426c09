// SPDX-License-Identifier: EUPL-1.2
// Every report helder returns stays within the output limit (HELDER_REPORT_MAX_BYTES and
// HELDER_REPORT_MAX_VALUES) and renders: a text of one jargon term repeated, a text dense with
// words checked with "detail", and a dossier of repeated keys gave reports of 100 MB and more
// that the render functions refused as invalid JSON (issue 11).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "core/json.hh"
#include "helder/dossier.h"
#include "helder/text.h"
#include "test_support.hh"

namespace {

struct Context {
    helder_ctx *ctx = nullptr;
    Context() { EXPECT_EQ(helder_ctx_create(nullptr, 0, &ctx), HELDER_OK); }
    ~Context() { helder_ctx_destroy(ctx); }
};

struct Owned {
    char *data = nullptr;
    size_t size = 0;
    ~Owned() { helder_free(data); }
    std::string_view view() const { return std::string_view(data, size); }
};

std::string repeated(const std::string &piece, size_t size) {
    std::string out;
    while (out.size() + piece.size() <= size) out += piece;
    return out;
}

helder::json::Limits report_limits() {
    helder::json::Limits limits;
    limits.max_bytes = HELDER_REPORT_MAX_BYTES;
    limits.max_nodes = HELDER_REPORT_MAX_VALUES;
    return limits;
}

// The report is within the limit, says it was cut, lists its findings in order and fewer than
// it counts; returns the number of findings listed.
size_t expect_cut_at_the_limit(std::string_view report, int64_t counted) {
    EXPECT_LE(report.size(), HELDER_REPORT_MAX_BYTES);
    // Parsed with the limits the render functions use: their own figures, nothing above.
    auto doc = helder::json::Document::parse(report, report_limits());
    EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().message);
    if (!doc.ok()) return 0;
    EXPECT_TRUE(doc->root().find("truncated").is_bool() && doc->root().find("truncated").as_bool());
    const size_t listed = doc->root().find("findings").size();
    EXPECT_GT(listed, 0u);
    EXPECT_LT(static_cast<int64_t>(listed), counted);
    int64_t last = -1;
    for (helder::json::Value f = doc->root().find("findings").first_child(); f.valid(); f = f.next_sibling()) {
        EXPECT_LE(last, f.find("start").as_integer());
        last = f.find("start").as_integer();
    }
    return listed;
}

using Render = helder_status (*)(const helder_text_source *, size_t, const char *, size_t, char **, size_t *, helder_severity *);

void expect_renders(Render render, const std::string &text, std::string_view report,
                    std::initializer_list<const char *> formats = {"{\"format\":\"text\"}", "{\"format\":\"json\"}",
                                                                  "{\"format\":\"sarif\"}"}) {
    const helder_text_source source = {sizeof(helder_text_source), "limit", text.data(), text.size(), report.data(), report.size()};
    for (const char *options : formats) {
        Owned out;
        ASSERT_EQ(render(&source, 1, options, strlen(options), &out.data, &out.size, nullptr), HELDER_OK)
            << options << ": " << helder_last_error();
        if (std::string_view(options).find("text") != std::string_view::npos) {
            EXPECT_NE(out.view().find("ingekort"), std::string_view::npos) << "no note that the report was cut";
        }
    }
}

TEST(OutputLimit, TextReportOfManyFindingsIsCutAndRenders) {
    Context c;
    // 190,000 jargon findings of some 400 bytes each.
    const std::string text = repeated("ondertoezichtstelling ", size_t{4} << 20);
    Owned report;
    ASSERT_EQ(helder_text_check(c.ctx, text.data(), text.size(), nullptr, 0, &report.data, &report.size), HELDER_OK);
    auto doc = helder::json::Document::parse(report.view(), report_limits());
    ASSERT_TRUE(doc.ok());
    const int64_t counted = doc->root().find("counts").find("findings").as_integer();
    EXPECT_GT(counted, 190000);
    expect_cut_at_the_limit(report.view(), counted);
    expect_renders(helder_text_render, text, report.view());
}

TEST(OutputLimit, DetailOfADenseTextIsCutAndRenders) {
    Context c;
    // Two million words: their detail alone is ten million JSON values.
    const std::string text = repeated("a ", size_t{4} << 20);
    Owned report;
    ASSERT_EQ(helder_text_check(c.ctx, text.data(), text.size(), "{\"detail\":true}", 15, &report.data, &report.size),
              HELDER_OK);
    auto doc = helder::json::Document::parse(report.view(), report_limits());
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_TRUE(doc->root().find("truncated").as_bool());
    EXPECT_EQ(doc->root().find("counts").find("words").as_integer(), 2097152);
    const size_t words = doc->root().find("words").size();
    EXPECT_GT(words, 100000u);
    EXPECT_LT(words, 2097152u);
    expect_renders(helder_text_render, text, report.view(), {"{\"format\":\"text\"}"});
}

TEST(OutputLimit, DossierOfRepeatedKeysIsCutAndRenders) {
    Context c;
    // 1.5 MiB of one key repeated: a finding of some 1 KB per repetition.
    std::string dossier = "{\"format_version\":1";
    while (dossier.size() < (size_t{3} << 19)) dossier += ",\"a\":1";
    dossier += "}";
    Owned report;
    ASSERT_EQ(helder_dossier_validate(c.ctx, dossier.data(), dossier.size(), "{\"today\":\"2025-06-01\"}", 22, &report.data,
                                      &report.size),
              HELDER_OK);
    auto doc = helder::json::Document::parse(report.view(), report_limits());
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    const helder::json::Value counts = doc->root().find("counts");
    const int64_t counted = counts.find("errors").as_integer() + counts.find("warnings").as_integer();
    EXPECT_GT(counted, 250000);
    expect_cut_at_the_limit(report.view(), counted);
    expect_renders(helder_dossier_render, dossier, report.view(), {"{\"format\":\"text\"}", "{\"format\":\"sarif\"}"});
}

}  // namespace
