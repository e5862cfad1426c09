#include "text/options.hh"

namespace helder::text {

const char *rule_id(Rule rule) {
    static const char *const ids[kRuleCount] = {"jargon", "officialese", "long_sentence", "passive",
                                                "opinion", "long_word", "spelling"};
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

Error option_error(const std::string &what) { return make_error(HELDER_E_INVALID_JSON, "options: " + what); }

Result<std::vector<std::string>> string_list(const json::Value &v, const char *name) {
    if (!v.is_array()) return option_error(std::string(name) + " must be an array of strings");
    std::vector<std::string> out;
    for (json::Value e = v.first_child(); e.valid(); e = e.next_sibling()) {
        if (!e.is_string()) return option_error(std::string(name) + " must be an array of strings");
        out.emplace_back(e.as_string());
    }
    return out;
}

Result<uint32_t> positive(const json::Value &v, const char *name, uint64_t max) {
    if (!v.is_integer() || v.as_integer() < 1 || static_cast<uint64_t>(v.as_integer()) > max)
        return option_error(std::string(name) + " must be an integer from 1 to " + std::to_string(max));
    return static_cast<uint32_t>(v.as_integer());
}

}  // namespace

Result<json::Document> parse_options_document(std::string_view json, std::string_view what) {
    json::Limits limits;
    limits.max_bytes = 16u * 1024 * 1024;
    limits.max_depth = 16;
    auto doc = json::Document::parse(json.empty() ? std::string_view("{}") : json, limits);
    if (!doc) {
        Error e = doc.error();
        e.status = e.status == HELDER_E_INVALID_UTF8 ? HELDER_E_INVALID_JSON : e.status;
        e.message = std::string(what) + ": " + e.message;
        return e;
    }
    if (!doc->root().is_object()) return make_error(HELDER_E_INVALID_JSON, std::string(what) + ": must be a JSON object");
    return doc;
}

Result<WordLists> parse_word_lists(const json::Value &options) {
    WordLists lists;
    if (json::Value v = options.find("accept_words"); v.valid()) {
        auto words = string_list(v, "accept_words");
        if (!words) return words.error();
        lists.accept_words = std::move(words.value());
    }
    if (json::Value v = options.find("extra_terms"); v.valid()) {
        if (!v.is_array()) return option_error("extra_terms must be an array of objects");
        for (json::Value t = v.first_child(); t.valid(); t = t.next_sibling()) {
            if (!t.is_object()) return option_error("extra_terms must be an array of objects");
            ExtraTerm term;
            json::Value name = t.find("term");
            if (!name.is_string() || name.as_string().empty())
                return option_error("each extra term needs a non-empty \"term\"");
            term.term = std::string(name.as_string());
            for (json::Value m = t.first_child(); m.valid(); m = m.next_sibling()) {
                const std::string_view key = m.key();
                if (key == "term") continue;
                if (key == "rule") {
                    if (m.is_string() && m.as_string() == "jargon") term.kind = LexKind::Jargon;
                    else if (m.is_string() && m.as_string() == "officialese") term.kind = LexKind::Officialese;
                    else return option_error("extra term rule must be \"jargon\" or \"officialese\"");
                } else if (key == "class") {
                    if (!m.is_string() || !parse_word_class(std::string(m.as_string()), term.word_class))
                        return option_error("extra term class must be \"n\", \"v\", \"a\" or \"x\"");
                } else if (key == "alternatives") {
                    auto alts = string_list(m, "alternatives");
                    if (!alts) return alts.error();
                    term.alternatives = std::move(alts.value());
                } else if (key == "gloss") {
                    if (!m.is_string()) return option_error("extra term gloss must be a string");
                    term.gloss = std::string(m.as_string());
                } else {
                    return option_error("unknown key \"" + std::string(key) + "\" in an extra term");
                }
            }
            lists.extra_terms.push_back(std::move(term));
        }
    }
    return lists;
}

Result<CheckOptions> parse_check_options(std::string_view json) {
    auto doc = parse_options_document(json);
    if (!doc) return doc.error();
    const json::Value root = doc->root();
    CheckOptions options;
    for (json::Value m = root.first_child(); m.valid(); m = m.next_sibling()) {
        const std::string_view key = m.key();
        if (key == "max_bytes") {
            auto v = positive(m, "max_bytes", kMaxTextBytes);
            if (!v) return v.error();
            options.max_bytes = v.value();
        } else if (key == "long_sentence_words") {
            auto v = positive(m, "long_sentence_words", 1000);
            if (!v) return v.error();
            options.long_sentence_words = v.value();
        } else if (key == "long_word_letters") {
            auto v = positive(m, "long_word_letters", 1000);
            if (!v) return v.error();
            options.long_word_letters = v.value();
        } else if (key == "max_suggested_words") {
            if (!m.is_integer() || m.as_integer() < 0 || m.as_integer() > 100000)
                return option_error("max_suggested_words must be an integer from 0 to 100000");
            options.max_suggested_words = static_cast<uint32_t>(m.as_integer());
        } else if (key == "spelling" || key == "detail") {
            if (!m.is_bool()) return option_error(std::string(key) + " must be true or false");
            (key == "spelling" ? options.spelling : options.detail) = m.as_bool();
        } else if (key == "rules") {
            if (!m.is_object()) return option_error("rules must be an object of rule ids to true/false");
            for (json::Value r = m.first_child(); r.valid(); r = r.next_sibling()) {
                size_t found = kRuleCount;
                for (size_t k = 0; k < kRuleCount; ++k)
                    if (r.key() == rule_id(static_cast<Rule>(k))) found = k;
                if (found == kRuleCount) return option_error("unknown rule \"" + std::string(r.key()) + "\"");
                if (!r.is_bool()) return option_error("rules." + std::string(r.key()) + " must be true or false");
                options.enabled[found] = r.as_bool();
            }
        } else if (key == "accept_words" || key == "extra_terms") {
            continue;  // read below
        } else {
            return option_error("unknown option \"" + std::string(key) + "\"");
        }
    }
    auto lists = parse_word_lists(root);
    if (!lists) return lists.error();
    options.lists = std::move(lists.value());
    return options;
}

}  // namespace helder::text
