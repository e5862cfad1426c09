// SPDX-License-Identifier: EUPL-1.2
#include "core/json.hh"

#include <gtest/gtest.h>

#include <functional>

#include "core/json_writer.hh"
#include "core/number.hh"

namespace helder::json {
namespace {

TEST(JsonReader, ReadsEveryKind) {
    auto doc = Document::parse(R"({"a":[1,-2.5e1,true,false,null,"x\u00e9\n"],"b":{}})");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    const Value a = doc->root().find("a");
    ASSERT_TRUE(a.is_array());
    EXPECT_EQ(a.size(), 6u);
    Value v = a.first_child();
    EXPECT_TRUE(v.is_integer());
    EXPECT_EQ(v.as_integer(), 1);
    v = v.next_sibling();
    EXPECT_DOUBLE_EQ(v.as_number(), -25.0);
    EXPECT_FALSE(v.is_integer());
    v = v.next_sibling();
    EXPECT_TRUE(v.as_bool());
    v = v.next_sibling();
    EXPECT_FALSE(v.as_bool());
    v = v.next_sibling();
    EXPECT_TRUE(v.is_null());
    v = v.next_sibling();
    EXPECT_EQ(v.as_string(), "x\xC3\xA9\n");
    EXPECT_FALSE(v.next_sibling().valid());
    EXPECT_TRUE(doc->root().find("b").is_object());
    EXPECT_FALSE(doc->root().find("c").valid());
}

TEST(JsonReader, SurrogatePairsBecomeOneCodePoint) {
    auto doc = Document::parse(R"("\ud83d\ude00")");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->root().as_string(), "\xF0\x9F\x98\x80");
    EXPECT_FALSE(Document::parse(R"("\ud83d")").ok());
    EXPECT_FALSE(Document::parse(R"("\ude00")").ok());
}

TEST(JsonReader, ErrorsNameTheByteOffset) {
    auto doc = Document::parse("{\"a\": tru}");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().status, HELDER_E_INVALID_JSON);
    EXPECT_NE(doc.error().message.find("byte 6"), std::string::npos) << doc.error().message;
    for (const char *bad : {"", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "\"\x01\"", "[1] x", "{\"a\":1,}", "nul",
                            "\"abc", "[\"\\q\"]", "1e", "{1:2}"}) {
        auto r = Document::parse(bad);
        EXPECT_FALSE(r.ok()) << bad;
        if (!r.ok()) {
            EXPECT_EQ(r.error().status, HELDER_E_INVALID_JSON) << bad;
        }
    }
}

TEST(JsonReader, DuplicateKeysRejectedOrRecorded) {
    auto rejected = Document::parse(R"({"a":1,"a":2})");
    ASSERT_FALSE(rejected.ok());
    EXPECT_NE(rejected.error().message.find("duplicate key \"a\""), std::string::npos);
    Limits keep;
    keep.reject_duplicate_keys = false;
    auto kept = Document::parse(R"({"x":[{"a/b":1,"a/b":2}]})", keep);
    ASSERT_TRUE(kept.ok());
    ASSERT_EQ(kept->duplicate_keys().size(), 1u);
    EXPECT_EQ(kept->duplicate_keys()[0].pointer, "/x/0/a~1b");
    EXPECT_EQ(kept->root().find("x").first_child().find("a/b").as_integer(), 1);  // the first one stays
    EXPECT_EQ(kept->root().find("x").first_child().size(), 1u);
}

TEST(JsonReader, EveryValueKnowsItsPointer) {
    auto doc = Document::parse(R"({"a":[1,{"b~c":[null,"x"]}],"":{"d/e":true}})");
    ASSERT_TRUE(doc.ok());
    // Each value's pointer leads back to it, for every value in the document.
    size_t checked = 0;
    std::function<void(const Value &)> walk = [&](const Value &v) {
        EXPECT_EQ(doc->at(v.pointer()).offset(), v.offset()) << v.pointer();
        ++checked;
        for (Value c = v.first_child(); c.valid(); c = c.next_sibling()) walk(c);
    };
    walk(doc->root());
    EXPECT_EQ(checked, 9u);
    EXPECT_EQ(doc->root().pointer(), "");
    EXPECT_EQ(doc->at("/a/1/b~0c/1").pointer(), "/a/1/b~0c/1");
    EXPECT_EQ(doc->root().find("").find("d/e").pointer(), "//d~1e");
    // Many members: duplicates are found past the short walk too.
    std::string big = "{";
    for (int i = 0; i < 40; ++i) big += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    auto repeated = Document::parse(big + "\"k3\":0}");
    ASSERT_FALSE(repeated.ok());
    EXPECT_NE(repeated.error().message.find("duplicate key \"k3\""), std::string::npos);
    EXPECT_TRUE(Document::parse(big + "\"k40\":0}").ok());
}

TEST(JsonReader, LimitsStopHostileInput) {
    Limits limits;
    limits.max_depth = 4;
    EXPECT_TRUE(Document::parse("[[[[1]]]]", limits).ok());
    auto deep = Document::parse("[[[[[1]]]]]", limits);
    ASSERT_FALSE(deep.ok());
    EXPECT_NE(deep.error().message.find("nesting"), std::string::npos);
    limits.max_nodes = 3;
    EXPECT_FALSE(Document::parse("[1,2,3]", limits).ok());
    limits.max_bytes = 4;
    EXPECT_EQ(Document::parse("[1,2]", limits).error().status, HELDER_E_TOO_LARGE);
    EXPECT_EQ(Document::parse("\"\xC3\x28\"").error().status, HELDER_E_INVALID_UTF8);
    // A deep document far past the limit fails cleanly, without exhausting the stack.
    std::string very_deep(100000, '[');
    EXPECT_FALSE(Document::parse(very_deep).ok());
}

TEST(JsonReader, IntegersStayExact) {
    auto doc = Document::parse("[9007199254740993,-9223372036854775808,9223372036854775808]");
    ASSERT_TRUE(doc.ok());
    Value v = doc->root().first_child();
    EXPECT_EQ(v.as_integer(), 9007199254740993LL);
    v = v.next_sibling();
    EXPECT_FALSE(v.is_integer());  // the magnitude check refuses INT64_MIN; it stays a double
    v = v.next_sibling();
    EXPECT_FALSE(v.is_integer());
    EXPECT_FALSE(Document::parse("1e400").ok());
}

TEST(Numbers, ParseWithoutLocale) {
    EXPECT_EQ(parse_double("0.5"), 0.5);
    EXPECT_EQ(parse_double("-12.25e2"), -1225.0);
    EXPECT_EQ(parse_double("1e-3"), 0.001);
    EXPECT_EQ(parse_double("0.1"), 0.1);
    EXPECT_EQ(parse_double("123456789012345678901234567890"), 123456789012345678901234567890.0);
    EXPECT_FALSE(parse_double("0,5").has_value());
    EXPECT_FALSE(parse_double("").has_value());
    EXPECT_FALSE(parse_double("1e").has_value());
}

TEST(JsonWriter, EscapesAndFormatsTheSameEverywhere) {
    Writer w;
    w.begin_object().key("s").string("a\"b\\c\n\x01\xC3\xA9").key("n").integer(-7);
    w.key("f").fixed(52.455, 2).key("g").fixed(3.0, 2).key("h").fixed(-0.004, 2).key("i").fixed(1.05, 1);
    w.key("a").begin_array().boolean(true).null().end_array().end_object();
    EXPECT_EQ(w.str(), "{\"s\":\"a\\\"b\\\\c\\n\\u0001\xC3\xA9\",\"n\":-7,\"f\":52.46,\"g\":3,\"h\":0,\"i\":1.1,\"a\":[true,null]}");
}

TEST(JsonWriter, BoundedArrayTakesBackWhatDoesNotFit) {
    json::Writer w;
    w.begin_object().key("items").begin_array();  // 10 bytes, 2 values
    // At most 45 bytes, 10 of them kept for what follows: four strings fit (43), a fifth not (49).
    json::BoundedArray items(w, {45, 100, 10});
    size_t written = 0;
    for (int i = 0; i < 10 && items.add([&](json::Writer &x) { x.string("abc"); }); ++i) ++written;
    EXPECT_EQ(written, 4u);
    EXPECT_TRUE(items.full());
    EXPECT_FALSE(items.add([&](json::Writer &x) { x.integer(1); }));  // nothing after the first that did not fit
    w.end_array().key("truncated").boolean(true).end_object();
    EXPECT_EQ(w.str(), R"({"items":["abc","abc","abc","abc"],"truncated":true})");
    EXPECT_TRUE(json::Document::parse(w.str()).ok());
    EXPECT_EQ(w.values(), 7u);  // the object, the array, four strings, the boolean: none taken back

    // Bounded by values: each element is an object with two members (3 values).
    json::Writer v;
    v.begin_array();
    json::BoundedArray objects(v, {1000, 12, 2});
    written = 0;
    for (int i = 0; i < 10 && objects.add([&](json::Writer &x) { x.begin_object().key("a").integer(1).key("b").null().end_object(); }); ++i)
        ++written;
    EXPECT_EQ(written, 3u);  // 1 + 3 * 3 = 10 values, + 2 kept = 12; a fourth would make 15
    v.end_array();
    EXPECT_EQ(v.values(), 10u);
    auto doc = json::Document::parse(v.str());
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->root().size(), 3u);
}

}  // namespace
}  // namespace helder::json

namespace helder::json {
namespace {

TEST(JsonReader, MissingValuesAreSafeToAsk) {
    auto doc = Document::parse(R"({"a":1})");
    ASSERT_TRUE(doc.ok());
    const Value missing = doc->root().find("nope");
    EXPECT_FALSE(missing.valid());
    EXPECT_FALSE(missing.is_array() || missing.is_object() || missing.is_string() || missing.is_null());
    EXPECT_FALSE(missing.find("x").valid());
    EXPECT_FALSE(missing.first_child().valid());
    EXPECT_EQ(missing.as_string(), "");
    EXPECT_EQ(missing.as_integer(), 0);
    EXPECT_EQ(missing.size(), 0u);
    EXPECT_FALSE(doc->root().find("a").find("b").valid());  // find on a number
}

}  // namespace
}  // namespace helder::json
