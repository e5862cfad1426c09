// SPDX-License-Identifier: EUPL-1.2
#include "dossier/validator.hh"

#include <algorithm>
#include <ctime>

#include "core/json.hh"
#include "core/json_schema.hh"
#include "core/options.hh"
#include "core/utf8.hh"
#include "text/report.hh"

namespace helder::dossier {

Date system_today() {
    const std::time_t now = std::time(nullptr);
    return Date::from_days(static_cast<int64_t>(now / 86400));
}

Result<ValidateOptions> parse_validate_options(std::string_view json) {
    using options::Type;
    static const options::Table kTable = {
        {"today", Type::String},
        {"max_bytes", Type::Integer, false, 1, static_cast<int64_t>(kMaxBytesLimit)},
        {"max_professionals", Type::Integer, false, 1, 100},
        {"check_family_texts", Type::Boolean},
    };
    auto fields = options::Fields::parse(json, kTable);
    if (!fields) return fields.error();
    ValidateOptions o;
    o.today = system_today();
    if (fields->has("today")) {
        const auto today = Date::parse(fields->string("today"));
        if (!today) return fields->invalid("today", "a date written as YYYY-MM-DD");
        o.today = *today;
    }
    o.max_bytes = static_cast<size_t>(fields->integer("max_bytes", static_cast<int64_t>(o.max_bytes)));
    o.max_professionals = static_cast<uint32_t>(fields->integer("max_professionals", o.max_professionals));
    o.check_family_texts = fields->boolean("check_family_texts", o.check_family_texts);
    return o;
}

namespace {

std::string schema_code(const std::string &keyword) { return "schema." + keyword; }

// A report's order: by place (start, then end), then rule.
void sort_findings(std::vector<Finding> &findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end < b.end;
        return a.code < b.code;
    });
}

Report make_report(const ValidateOptions &options, std::string status, std::vector<Finding> findings, const Checks *checks) {
    sort_findings(findings);
    Report r;
    for (const Finding &f : findings) (f.severity == HELDER_SEVERITY_ERROR ? r.errors : r.warnings) += 1;
    r.valid = r.errors == 0 && (status == "valid" || status == "invalid");
    r.status = r.valid ? "valid" : (status == "valid" ? "invalid" : std::move(status));
    r.today = options.today;
    r.findings = std::move(findings);
    if (checks) {
        r.tally = Tally{static_cast<uint32_t>(checks->members.size()), static_cast<uint32_t>(checks->professionals.size()),
                        checks->active_professionals, checks->handovers};
        if (checks->root.find("id").is_string()) r.dossier_id = std::string(checks->root.find("id").as_string());
    }
    return r;
}

// A finding about the input as a whole (not JSON, too large, …).
Report input_failure(const ValidateOptions &options, std::string status,
                              std::string code, size_t offset, std::string_view input,
                              std::vector<std::pair<std::string, std::string>> args) {
    std::vector<Finding> findings;
    Finding f;
    f.code = std::move(code);
    f.severity = HELDER_SEVERITY_ERROR;
    f.start = std::min(offset, input.size());
    f.end = std::min(f.start + 1, input.size());
    // The whole character at offset when it is one (a span never ends inside a character).
    if (f.start < input.size()) {
        const auto lead = static_cast<unsigned char>(input[f.start]);
        const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (length > 1 && f.start + length <= input.size() && !utf8::first_invalid(input.substr(f.start, length)))
            f.end = f.start + length;
    }
    f.args = std::move(args);
    findings.push_back(std::move(f));
    return make_report(options, std::move(status), std::move(findings), nullptr);
}

}  // namespace

const Finding *Report::first_error() const {
    for (const Finding &f : findings)
        if (f.severity == HELDER_SEVERITY_ERROR) return &f;
    return nullptr;
}

void Report::add(std::vector<Finding> more) {
    for (Finding &f : more) {
        if (f.severity == HELDER_SEVERITY_ERROR) {
            ++errors;
            valid = false;
            if (status == "valid") status = "invalid";
        } else {
            ++warnings;
        }
        findings.push_back(std::move(f));
    }
    sort_findings(findings);
}

Report validate(const DossierModel &model, const text::TextModel &text, std::string_view input, const ValidateOptions &options) {
    if (input.size() > options.max_bytes)
        return input_failure(options, "too_large", "input.too_large", 0, input,
                             {{"value", std::to_string(input.size())}, {"limit", std::to_string(options.max_bytes)}});
    json::Limits limits;
    limits.max_bytes = options.max_bytes;
    limits.max_depth = kMaxDepth;
    limits.reject_duplicate_keys = false;
    auto doc = json::Document::parse(input, limits);
    if (!doc) {
        const Error &e = doc.error();
        if (e.status == HELDER_E_INVALID_UTF8)
            return input_failure(options, "invalid_utf8", "input.invalid_utf8", e.offset, input, {{"detail", e.message}});
        if (e.message.find("nesting deeper") != std::string::npos)
            return input_failure(options, "too_deep", "input.too_deep", e.offset, input,
                                 {{"limit", std::to_string(kMaxDepth)}});
        return input_failure(options, "not_json", "input.not_json", e.offset, input, {{"detail", e.message}});
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
                                          v.at.end_offset(), {{"expected", v.detail}, {"expected_en", v.detail}}, Source{}, {}, {}});
    if (checks.root.is_object()) {
        check_references(checks);
        check_time(checks);
        check_law(checks);
        check_principles(checks);
    }
    return make_report(options, "valid", std::move(checks.findings), &checks);
}

}  // namespace helder::dossier
