// SPDX-License-Identifier: EUPL-1.2
// Dossier validation: the example is valid, every invalid variant gives its named finding, and
// the report's parts (sources, pointers, offsets) are right.
#include <gtest/gtest.h>

#include <set>

#include "core/tsv.hh"
#include "dossier/report_json.hh"
#include "dossier/validator.hh"
#include "test_support.hh"

namespace helder::dossier {
namespace {

const DossierModel &model() {
    static const DossierModel m;
    return m;
}

json::Document validate_file(const std::string &path, std::string *text_out = nullptr) {
    const std::string text = helder::testing::read_file(path);
    if (text_out) *text_out = text;
    ValidateOptions options;
    options.today = *Date::parse("2026-11-23");
    auto doc = json::Document::parse(write_report(model(), validate(model(), helder::testing::model(), text, options)).view());
    EXPECT_TRUE(doc.ok());
    return std::move(doc.value());
}

std::string examples(const std::string &name) { return std::string(HELDER_SOURCE_DIR) + "/examples/dossiers/" + name; }
std::string invalid(const std::string &name) { return std::string(HELDER_SOURCE_DIR) + "/tests/data/dossiers/invalid/" + name; }

TEST(Dossier, TheExampleIsValidWithOneHandover) {
    const json::Document r = validate_file(examples("familie-de-boer.json"));
    EXPECT_EQ(r.root().find("status").as_string(), "valid");
    EXPECT_TRUE(r.root().find("valid").as_bool());
    EXPECT_EQ(r.root().find("counts").find("errors").as_integer(), 0);
    EXPECT_EQ(r.root().find("counts").find("handovers").as_integer(), 1);
    EXPECT_EQ(r.root().find("counts").find("members").as_integer(), 5);
    const json::Value f = r.root().find("findings").first_child();
    EXPECT_EQ(f.find("rule").as_string(), "principle.handover");
    EXPECT_EQ(f.find("pointer").as_string(), "/professionals/1");
    EXPECT_EQ(f.find("source").find("kind").as_string(), "principle");
}

TEST(Dossier, TheTenKilobyteExampleIsValidWithoutFindings) {
    std::string text;
    const json::Document r = validate_file(examples("familie-yilmaz.json"), &text);
    EXPECT_GE(text.size(), 10000u);
    EXPECT_EQ(r.root().find("status").as_string(), "valid");
    EXPECT_EQ(r.root().find("findings").size(), 0u) << r.root().raw();
    EXPECT_EQ(r.root().find("counts").find("members").as_integer(), 7);
}

TEST(Dossier, EveryInvalidVariantGivesItsFinding) {
    const std::string expected = helder::testing::read_file(invalid("expected.tsv"));
    size_t variants = 0;
    for (const auto &row : tsv::parse(expected)) {
        ASSERT_EQ(row.fields.size(), 2u);
        std::string text;
        const json::Document r = validate_file(invalid(std::string(row.fields[0])), &text);
        std::set<std::string> rules;
        for (json::Value f = r.root().find("findings").first_child(); f.valid(); f = f.next_sibling()) {
            rules.insert(std::string(f.find("rule").as_string()));
            // Offsets lie inside the dossier, and the pointer names the value at them.
            const auto start = static_cast<size_t>(f.find("start").as_integer()), end = static_cast<size_t>(f.find("end").as_integer());
            EXPECT_LE(start, end);
            EXPECT_LE(end, text.size());
        }
        EXPECT_TRUE(rules.count(std::string(row.fields[1]))) << row.fields[0] << " lacks " << row.fields[1];
        ++variants;
    }
    EXPECT_GE(variants, 30u);
}

TEST(Dossier, LawFindingsNameTheirArticleAndLabel) {
    const json::Document r = validate_file(invalid("ots-too-long.json"));
    bool found = false;
    for (json::Value f = r.root().find("findings").first_child(); f.valid(); f = f.next_sibling()) {
        if (f.find("rule").as_string() != "time.measure_too_long") continue;
        found = true;
        EXPECT_EQ(f.find("severity").as_string(), "error");
        EXPECT_EQ(f.find("source").find("article").as_string(), "art. 1:258 BW");
        EXPECT_EQ(f.find("source").find("label").as_string(), "VERIFIED");
        EXPECT_EQ(f.find("pointer").as_string(), "/measures/0/end");
        EXPECT_NE(f.find("message").find("en").as_string().find("1 year"), std::string_view::npos);
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(r.root().find("status").as_string(), "invalid");
}

TEST(Dossier, UnverifiedLawSaysSo) {
    // The one-year maximum of a placement is SECONDARY in the domain brief: the product says so.
    const json::Document r = validate_file(invalid("measure-after-18.json"));
    for (json::Value f = r.root().find("findings").first_child(); f.valid(); f = f.next_sibling())
        if (f.find("source").find("label").as_string() == "SECONDARY") {
            EXPECT_NE(f.find("message").find("nl").as_string().find("Juridisch Loket"), std::string_view::npos);
        }
}

TEST(Dossier, BadInputGetsAStatusAndAFinding) {
    struct Case {
        std::string input, status, rule;
    };
    const std::vector<Case> cases = {
        {"", "not_json", "input.not_json"},
        {"{\"a\":", "not_json", "input.not_json"},
        {std::string(100, '[') + std::string(100, ']'), "too_deep", "input.too_deep"},
        {"\"\xC3\x28\"", "invalid_utf8", "input.invalid_utf8"},
        {"[1,2,3]", "invalid", "schema.type"},
        {"{\"format_version\":3}", "invalid", "schema.enum"},
    };
    ValidateOptions options;
    options.today = *Date::parse("2026-11-23");
    for (const Case &c : cases) {
        auto r = json::Document::parse(write_report(model(), validate(model(), helder::testing::model(), c.input, options)).view());
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(r->root().find("status").as_string(), c.status) << c.input.substr(0, 20);
        std::set<std::string> rules;
        for (json::Value f = r->root().find("findings").first_child(); f.valid(); f = f.next_sibling())
            rules.insert(std::string(f.find("rule").as_string()));
        EXPECT_TRUE(rules.count(c.rule)) << c.input.substr(0, 20);
    }
    options.max_bytes = 10;
    auto big = json::Document::parse(write_report(model(), validate(model(), helder::testing::model(), "{\"format_version\":1}", options)).view());
    EXPECT_EQ(big->root().find("status").as_string(), "too_large");
}

TEST(Dossier, OptionsAreChecked) {
    EXPECT_TRUE(parse_validate_options("{\"today\":\"2026-02-28\",\"max_professionals\":2}").ok());
    EXPECT_FALSE(parse_validate_options("{\"today\":\"2026-02-30\"}").ok());
    EXPECT_FALSE(parse_validate_options("{\"max_bytes\":0}").ok());
    EXPECT_FALSE(parse_validate_options("{\"color\":true}").ok());
}

TEST(Dossier, DutchMessagesPassHeldersOwnCheck) {
    const MessageArgs args = {{"id", "lid3"}, {"field", "naam"}, {"expected", "naam"}, {"value", "13"}, {"limit", "3"},
                                    {"days", "400"}, {"limit_nl", "1 jaar"}, {"expected_nl", "een ouder met gezag"},
                                    {"detail", "Er ontbreekt een haakje."}, {"last_day", "2026-04-10"}, {"article", "art. 1:258 BW"}};
    // A message may name a term the dossier itself uses; the legal facts are filled in as a reader sees them.
    for (const auto &[id, t] : model().messages().templates())
        helder::testing::expect_plain_dutch(id, model().law().expand(model().messages().format(id, args)).nl, {"jargon"});
}

TEST(Dates, PeriodsCountAsTheHogeRaadCounts) {
    EXPECT_EQ(add_months(*Date::parse("2016-02-29"), 3).str(), "2016-05-29");
    EXPECT_EQ(add_months(*Date::parse("2026-08-31"), 1).str(), "2026-09-30");
    EXPECT_EQ(add_months(*Date::parse("2024-02-29"), 12).str(), "2025-02-28");
    EXPECT_EQ(age_on(*Date::parse("2013-04-12"), *Date::parse("2025-04-11")), 11);
    EXPECT_EQ(age_on(*Date::parse("2013-04-12"), *Date::parse("2025-04-12")), 12);
    EXPECT_FALSE(Date::parse("2025-13-01").has_value());
    EXPECT_TRUE(date_of_timestamp("2026-11-23T10:00:00Z").has_value());
    EXPECT_FALSE(date_of_timestamp("2026-11-23T25:00:00Z").has_value());
    EXPECT_EQ(Date::from_days(Date::parse("1999-12-31")->days()).str(), "1999-12-31");
}

}  // namespace
}  // namespace helder::dossier
