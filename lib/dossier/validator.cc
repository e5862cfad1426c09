#include "dossier/validator.hh"

#include <algorithm>
#include <ctime>

#include "core/json.hh"
#include "core/json_schema.hh"
#include "core/json_writer.hh"
#include "text/options.hh"
#include "text/report.hh"

namespace helder::dossier {

Date system_today() {
    const std::time_t now = std::time(nullptr);
    return Date::from_days(static_cast<int64_t>(now / 86400));
}

Result<ValidateOptions> parse_validate_options(std::string_view json) {
    auto doc = text::parse_options_document(json);
    if (!doc) return doc.error();
    ValidateOptions options;
    options.today = system_today();
    auto bad = [](const std::string &what) { return make_error(HELDER_E_INVALID_JSON, "options: " + what); };
    for (json::Value m = doc->root().first_child(); m.valid(); m = m.next_sibling()) {
        const std::string_view key = m.key();
        if (key == "today") {
            const auto today = m.is_string() ? Date::parse(m.as_string()) : std::nullopt;
            if (!today) return bad("today must be a date written as YYYY-MM-DD");
            options.today = *today;
        } else if (key == "max_bytes") {
            if (!m.is_integer() || m.as_integer() < 1 || static_cast<uint64_t>(m.as_integer()) > kMaxBytesLimit)
                return bad("max_bytes must be an integer from 1 to " + std::to_string(kMaxBytesLimit));
            options.max_bytes = static_cast<size_t>(m.as_integer());
        } else if (key == "max_professionals") {
            if (!m.is_integer() || m.as_integer() < 1 || m.as_integer() > 100)
                return bad("max_professionals must be an integer from 1 to 100");
            options.max_professionals = static_cast<uint32_t>(m.as_integer());
        } else if (key == "check_family_texts") {
            if (!m.is_bool()) return bad("check_family_texts must be true or false");
            options.check_family_texts = m.as_bool();
        } else {
            return bad("unknown option \"" + std::string(key) + "\"");
        }
    }
    return options;
}

namespace {

std::string schema_code(const std::string &keyword) { return "schema." + keyword; }

// The message of a finding, with "not confirmed" added when the law behind it is not VERIFIED.
Message message_of(const DossierModel &model, const Finding &f) {
    MessageArgs args;
    for (const auto &[k, v] : f.args) args.emplace_back(k, v);
    Message m = model.messages().format(f.code, args);
    if (f.source.kind == Source::Kind::Law && f.source.law->label != "VERIFIED") {
        const Message note = model.messages().format("source.not_verified", {});
        m.nl += " " + note.nl;
        m.en += " " + note.en;
    }
    return m;
}

void write_source(json::Writer &w, const DossierModel &model, const Source &s) {
    w.key("source").begin_object();
    switch (s.kind) {
        case Source::Kind::Law:
            w.key("kind").string("law").key("article").string(s.law->article).key("label").string(s.law->label);
            w.key("rule").string(s.law->summary);
            break;
        case Source::Kind::Principle: {
            const Principle &p = model.principle(s.principle);
            w.key("kind").string("principle").key("principle").string(s.principle);
            w.key("nl").string(p.nl).key("en").string(p.en);
            break;
        }
        case Source::Kind::Format:
            w.key("kind").string("format").key("schema").string("dossier.schema.json");
            break;
    }
    w.end_object();
}

json::OwnedText write(const DossierModel &model, std::string_view status, const ValidateOptions &options,
                      std::vector<Finding> &findings, const Checks *checks) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end < b.end;
        return a.code < b.code;
    });
    size_t errors = 0, warnings = 0;
    for (const Finding &f : findings) (f.severity == HELDER_SEVERITY_ERROR ? errors : warnings) += 1;
    const bool valid = errors == 0 && (status == "valid" || status == "invalid");
    json::Writer w;
    w.begin_object();
    w.key("format").integer(1);
    w.key("status").string(valid ? "valid" : (status == "valid" ? "invalid" : status));
    w.key("valid").boolean(valid);
    w.key("today").string(options.today.str());
    w.key("counts").begin_object();
    w.key("errors").integer(static_cast<int64_t>(errors)).key("warnings").integer(static_cast<int64_t>(warnings));
    if (checks) {
        w.key("members").integer(static_cast<int64_t>(checks->members.size()));
        w.key("professionals").integer(static_cast<int64_t>(checks->professionals.size()));
        w.key("active_professionals").integer(checks->active_professionals);
        w.key("handovers").integer(checks->handovers);
    }
    w.end_object();
    w.key("findings").begin_array();
    for (const Finding &f : findings) {
        const Message m = message_of(model, f);
        w.begin_object();
        w.key("rule").string(f.code);
        w.key("severity").string(text::severity_name(f.severity));
        w.key("pointer").string(f.pointer);
        w.key("start").integer(static_cast<int64_t>(f.start)).key("end").integer(static_cast<int64_t>(f.end));
        w.key("message").begin_object().key("nl").string(m.nl).key("en").string(m.en).end_object();
        write_source(w, model, f.source);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.release();
}

// A finding about the input as a whole (not JSON, too large, …).
json::OwnedText input_failure(const DossierModel &model, const ValidateOptions &options, std::string_view status,
                              std::string code, size_t offset, size_t input_size,
                              std::vector<std::pair<std::string, std::string>> args) {
    std::vector<Finding> findings;
    Finding f;
    f.code = std::move(code);
    f.severity = HELDER_SEVERITY_ERROR;
    f.start = std::min(offset, input_size);
    f.end = std::min(f.start + 1, input_size);
    f.args = std::move(args);
    findings.push_back(std::move(f));
    return write(model, status, options, findings, nullptr);
}

}  // namespace

json::OwnedText validate(const DossierModel &model, const text::TextModel &text, std::string_view input,
                         const ValidateOptions &options) {
    if (input.size() > options.max_bytes)
        return input_failure(model, options, "too_large", "input.too_large", 0, input.size(),
                             {{"value", std::to_string(input.size())}, {"limit", std::to_string(options.max_bytes)}});
    json::Limits limits;
    limits.max_bytes = options.max_bytes;
    limits.max_depth = kMaxDepth;
    limits.reject_duplicate_keys = false;
    auto doc = json::Document::parse(input, limits);
    if (!doc) {
        const Error &e = doc.error();
        if (e.status == HELDER_E_INVALID_UTF8)
            return input_failure(model, options, "invalid_utf8", "input.invalid_utf8", e.offset, input.size(), {{"detail", e.message}});
        if (e.message.find("nesting deeper") != std::string::npos)
            return input_failure(model, options, "too_deep", "input.too_deep", e.offset, input.size(),
                                 {{"limit", std::to_string(kMaxDepth)}});
        return input_failure(model, options, "not_json", "input.not_json", e.offset, input.size(), {{"detail", e.message}});
    }
    Checks checks(doc.value(), model, text, options);
    for (const json::DuplicateKey &d : doc->duplicate_keys()) {
        const size_t slash = d.pointer.rfind('/');
        Finding f;
        f.code = "input.duplicate_key";
        f.severity = HELDER_SEVERITY_ERROR;
        f.pointer = d.pointer;
        f.start = d.offset;
        f.end = d.offset + 1;
        f.args = {{"field", slash == std::string::npos ? d.pointer : d.pointer.substr(slash + 1)}};
        checks.findings.push_back(std::move(f));
    }
    std::vector<json::SchemaViolation> violations;
    model.schema().validate(checks.root, violations);
    for (json::SchemaViolation &v : violations)
        checks.findings.push_back(Finding{schema_code(v.keyword), HELDER_SEVERITY_ERROR, std::move(v.pointer), v.at.offset(),
                                          v.at.end_offset(), {{"expected", v.detail}, {"expected_en", v.detail}}, Source{}});
    if (checks.root.is_object()) {
        check_references(checks);
        check_time(checks);
        check_law(checks);
        check_principles(checks);
    }
    return write(model, "valid", options, checks.findings, &checks);
}

}  // namespace helder::dossier
