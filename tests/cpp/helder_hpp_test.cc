// SPDX-License-Identifier: EUPL-1.2
// include/helder/helder.hpp as a vendor's C++ program uses it: only the public header and the
// shared library. Each answer is compared with the C API's own, so the layer adds and loses nothing.
#include <helder/helder.hpp>

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <type_traits>

namespace {

std::string read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string c_check(const helder_ctx *ctx, const std::string &text) {
    char *out = nullptr;
    size_t len = 0;
    EXPECT_EQ(helder_text_check(ctx, text.data(), text.size(), nullptr, 0, &out, &len), HELDER_OK);
    std::string report(out, len);
    helder_free(out);
    return report;
}

const std::string kDossier = read_file(HELDER_SOURCE_DIR "/examples/dossiers/familie-de-boer.json");

TEST(HelderHpp, HandlesOwnTheirResourceAndMoveButDoNotCopy) {
    static_assert(!std::is_copy_constructible_v<helder::Context>);
    static_assert(std::is_nothrow_move_constructible_v<helder::Context>);
    static_assert(!std::is_copy_constructible_v<helder::Store>);
    helder::Context ctx = helder::Context::create().value();
    ASSERT_NE(ctx.get(), nullptr);
    helder::Context moved = std::move(ctx);
    EXPECT_EQ(ctx.get(), nullptr);  // NOLINT(bugprone-use-after-move): the moved-from state is the point
    EXPECT_NE(moved.get(), nullptr);
    // A moved-from context refuses like a NULL handle, with a status rather than a crash.
    helder::Result<std::string> refused = ctx.check_text("Een zin.");
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(refused.status(), HELDER_E_INVALID_ARGUMENT);
}

TEST(HelderHpp, ACheckGivesTheCApisReportByteForByte) {
    helder::Context ctx = helder::Context::create().value();
    const std::string text = "Middels deze brief informeren wij u over de ondertoezichtstelling.";
    helder::Result<std::string> report = ctx.check_text(text);
    ASSERT_TRUE(report) << report.message();
    EXPECT_EQ(*report, c_check(ctx.get(), text));
    EXPECT_NE(report->find("\"rule\":\"officialese\""), std::string::npos);
    // string_view in: a text with an embedded NUL and no terminator is passed whole.
    const char bytes[] = {'E', 'e', 'n', ' ', 'z', 'i', 'n', '.'};
    EXPECT_TRUE(ctx.check_text(std::string_view(bytes, sizeof bytes)).ok());
}

TEST(HelderHpp, ErrorsComeAsAResultOrAsAnExceptionByChoice) {
    helder::Context ctx = helder::Context::create().value();
    const std::string bad_utf8 = "Een \xff zin.";
    helder::Result<std::string> result = ctx.check_text(bad_utf8);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status(), HELDER_E_INVALID_UTF8);
    EXPECT_NE(result.message().find("4"), std::string::npos) << result.message();  // the byte offset
    try {
        (void)result.value();
        FAIL() << "value() of a failed call must throw";
    } catch (const helder::Error &e) {
        EXPECT_EQ(e.status(), HELDER_E_INVALID_UTF8);
        EXPECT_EQ(std::string(e.what()), result.message());
    }
    helder::Result<helder::Context> no_ctx = helder::Context::create("{\"dictionary\":");
    EXPECT_EQ(no_ctx.status(), HELDER_E_INVALID_JSON);
    EXPECT_THROW((void)no_ctx.value(), helder::Error);
}

TEST(HelderHpp, DossierProcedureAndStoreCallsMatchTheCApi) {
    helder::Context ctx = helder::Context::create().value();
    const std::string options = "{\"today\":\"2026-11-23\"}";
    char *c_report = nullptr;
    size_t c_len = 0;
    ASSERT_EQ(helder_dossier_validate(ctx.get(), kDossier.data(), kDossier.size(), options.data(), options.size(),
                                      &c_report, &c_len),
              HELDER_OK);
    EXPECT_EQ(ctx.validate_dossier(kDossier, options).value(), std::string(c_report, c_len));
    helder_free(c_report);

    EXPECT_NE(helder::procedure_deadline(R"({"kind":"hoger-beroep","from":"2016-02-29","party":"requester"})")
                  .value()
                  .find("\"due\":\"2016-05-30\""),
              std::string::npos);
    EXPECT_EQ(helder::procedure_deadline(R"({"kind":"no-such-kind","from":"2016-02-29"})").status(),
              HELDER_E_INVALID_JSON);
    EXPECT_NE(ctx.procedure_spec("law").value().find("\"id\": \"nl-jeugdbescherming\""), std::string::npos);
    const std::string instance = R"({"format":"helder-procedure-instance","format_version":1,)"
                                 R"("spec":{"id":"nl-jeugdbescherming","version":"2026-12-1"},)"
                                 R"("child":{"id":"daan","birth_date":"2012-03-01"},"events":[]})";
    const std::string applied = ctx.procedure_apply({}, instance, R"({"event":"melding","date":"2026-01-05"})").value();
    EXPECT_NE(applied.find("\"applied\":true"), std::string::npos);

    helder::Store store = ctx.open_store(":memory:").value();
    const std::string first = R"({"expected_version":0,"author":"joris","reason":"start"})";
    EXPECT_NE(store.commit(kDossier, first).value().find("\"version\":1"), std::string::npos);
    helder::Result<std::string> again = store.commit(kDossier, first);
    EXPECT_EQ(again.status(), HELDER_E_CONFLICT);
    EXPECT_TRUE(store.read(R"({"dossier_id":"dossier-2025-0042","actor":{"kind":"professional","id":"joris"}})").ok());
    EXPECT_EQ(store.read(R"({"dossier_id":"dossier-2025-0042","actor":{"kind":"member","id":"noor"}})").status(),
              HELDER_E_DENIED);
    EXPECT_TRUE(store.verify().ok());
}

TEST(HelderHpp, VersionAndConstantsComeFromTheLibrary) {
    EXPECT_EQ(helder::version_number(), helder_version_number());
    EXPECT_EQ(helder::version_string(), std::string(HELDER_VERSION_STRING));
    EXPECT_NE(helder::constants_json().value().find("\"E_CONFLICT\":9"), std::string::npos);
}

}  // namespace
