// SPDX-License-Identifier: EUPL-1.2
#include "text/options.hh"

#include "core/options.hh"

namespace helder::text {

const char *rule_id(Rule rule) {
    static const char *const ids[kRuleCount] = {"jargon", "officialese", "long_sentence", "passive",
                                                "opinion", "long_word", "spelling", "difficult_word"};
    return ids[static_cast<size_t>(rule)];
}

helder_severity rule_severity(Rule rule) {
    switch (rule) {
        case Rule::Spelling: return HELDER_SEVERITY_ERROR;
        case Rule::Passive:
        case Rule::LongWord: return HELDER_SEVERITY_INFO;
        default: return HELDER_SEVERITY_WARNING;
    }
}

namespace {

using options::Field;
using options::Type;

const options::Table kExtraTerm = {
    {"term", Type::NonEmptyString, true},
    {"rule", Type::Choice, false, 0, 0, {"jargon", "officialese"}},
    {"class", Type::Choice, false, 0, 0, {"n", "v", "a", "x"}},
    {"alternatives", Type::StringArray},
    {"gloss", Type::String},
};

std::vector<std::string> strings(const json::Value &array) {
    std::vector<std::string> out;
    for (json::Value e = array.first_child(); e.valid(); e = e.next_sibling()) out.emplace_back(e.as_string());
    return out;
}

}  // namespace

const options::Field kAcceptWordsField = {"accept_words", Type::StringArray};
const options::Field kExtraTermsField = {"extra_terms", Type::Array};

Result<WordLists> parse_word_lists(const json::Value &options) {
    WordLists lists;
    lists.accept_words = strings(options.find("accept_words"));
    size_t index = 0;
    for (json::Value t = options.find("extra_terms").first_child(); t.valid(); t = t.next_sibling(), ++index) {
        if (auto e = options::check(t, kExtraTerm, "options: extra_terms[" + std::to_string(index) + "]")) return *e;
        ExtraTerm term;
        term.term = std::string(t.find("term").as_string());
        if (t.find("rule").as_string() == "officialese") term.kind = LexKind::Officialese;
        if (const json::Value c = t.find("class"); c.valid()) parse_word_class(std::string(c.as_string()), term.word_class);
        term.alternatives = strings(t.find("alternatives"));
        term.gloss = std::string(t.find("gloss").as_string());
        lists.extra_terms.push_back(std::move(term));
    }
    return lists;
}

Result<CheckOptions> parse_check_options(std::string_view json) {
    static const options::Table kRules = [] {
        options::Table t;
        for (size_t k = 0; k < kRuleCount; ++k) t.push_back({rule_id(static_cast<Rule>(k)), Type::Boolean});
        return t;
    }();
    static const options::Table kTable = {
        {"max_bytes", Type::Integer, false, 1, static_cast<int64_t>(kMaxTextBytes)},
        {"long_sentence_words", Type::Integer, false, 1, 1000},
        {"long_word_letters", Type::Integer, false, 1, 1000},
        {"max_suggested_words", Type::Integer, false, 0, 100000},
        {"spelling", Type::Boolean},
        {"detail", Type::Boolean},
        {"rules", Type::Object, false, 0, 0, {}, &kRules},
        kAcceptWordsField,
        kExtraTermsField,
    };
    auto fields = options::Fields::parse(json, kTable);
    if (!fields) return fields.error();
    CheckOptions o;
    o.max_bytes = static_cast<size_t>(fields->integer("max_bytes", static_cast<int64_t>(o.max_bytes)));
    o.long_sentence_words = static_cast<uint32_t>(fields->integer("long_sentence_words", o.long_sentence_words));
    o.long_word_letters = static_cast<uint32_t>(fields->integer("long_word_letters", o.long_word_letters));
    o.max_suggested_words = static_cast<uint32_t>(fields->integer("max_suggested_words", o.max_suggested_words));
    o.spelling = fields->boolean("spelling", o.spelling);
    o.detail = fields->boolean("detail", o.detail);
    for (size_t k = 0; k < kRuleCount; ++k) {
        const json::Value r = fields->get("rules").find(rule_id(static_cast<Rule>(k)));
        if (r.valid()) o.enabled[k] = r.as_bool();
    }
    auto lists = parse_word_lists(fields->root());
    if (!lists) return lists.error();
    o.lists = std::move(lists.value());
    return o;
}

}  // namespace helder::text
