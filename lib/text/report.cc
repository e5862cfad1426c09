// SPDX-License-Identifier: EUPL-1.2
#include "text/report.hh"

#include <algorithm>

#include "core/json_writer.hh"
#include "helder/common.h"
#include "report/severity.hh"

namespace helder::text {

namespace {

void optional_score(json::Writer &w, const char *name, const std::optional<double> &v) {
    w.key(name);
    if (v) w.fixed(*v, 2);
    else w.null();
}

void message(json::Writer &w, const Message &m) {
    w.key("message").begin_object().key("nl").string(m.nl).key("en").string(m.en).end_object();
}

}  // namespace

json::OwnedText write_report(const TextReport &in) {
    json::Writer w;
    // Roughly the final size, so that the buffer is not copied as it grows; never more than
    // the output limit.
    size_t estimate = 1024 + (in.detail ? in.seg.words.size() * 64 + in.seg.sentences.size() * 48 : 0);
    for (const Finding &f : in.findings) {
        estimate += 200 + 2 * (f.end - f.start) + f.message->nl.size() + f.message->en.size();
        if (estimate > HELDER_REPORT_MAX_BYTES) break;
    }
    w.reserve(std::min<size_t>(estimate, HELDER_REPORT_MAX_BYTES));
    w.begin_object();
    w.key("format").integer(kReportFormat);
    w.key("language").string("nl");
    w.key("counts").begin_object();
    w.key("bytes").integer(static_cast<int64_t>(in.text.size()));
    w.key("sentences").integer(in.features.sentences);
    w.key("words").integer(in.features.words);
    w.key("syllables").integer(in.features.syllables);
    w.key("long_words").integer(in.features.long_words);
    w.key("findings").integer(static_cast<int64_t>(in.findings.size()));
    w.end_object();
    w.key("scores").begin_object();
    optional_score(w, "flesch_douma", in.scores.flesch_douma);
    optional_score(w, "brouwer", in.scores.brouwer);
    optional_score(w, "difficulty", in.scores.difficulty);
    w.end_object();
    w.key("meets_b1").boolean(in.scores.meets_b1);
    w.key("b1").begin_object();
    w.key("difficulty_limit").fixed(in.scores.b1_limit, 2);
    w.key("reasons").begin_array();
    for (const Reason &r : in.scores.reasons) {
        w.begin_object().key("code").string(r.code).key("value").fixed(r.value, 2).key("limit").fixed(r.limit, 2);
        w.key("blocking").boolean(r.blocking);
        message(w, r.message);
        w.end_object();
    }
    w.end_array().end_object();
    w.key("rules_run").begin_array();
    for (const char *rule : in.rules_run) w.string(rule);
    w.end_array();
    // The output limit (helder/common.h): the arrays take what fits; room is kept for the
    // closing of the document, the empty arrays of the detail and "truncated".
    const json::BoundedArray::Budget budget{HELDER_REPORT_MAX_BYTES, HELDER_REPORT_MAX_VALUES, 64};
    bool truncated = false;
    w.key("findings").begin_array();
    json::BoundedArray findings(w, budget);
    for (const Finding &f : in.findings) {
        const bool fits = findings.add([&](json::Writer &x) {
            x.begin_object();
            x.key("rule").string(rule_id(f.rule));
            x.key("severity").string(report::severity_name(rule_severity(f.rule)));
            x.key("start").integer(f.start).key("end").integer(f.end);
            x.key("text").string(in.text.substr(f.start, f.end - f.start));
            message(x, *f.message);
            x.key("suggestions").begin_array();
            for (const std::string &s : *f.suggestions) x.string(s);
            x.end_array();
            x.end_object();
        });
        if (!fits) {
            truncated = true;
            break;
        }
    }
    w.end_array();
    if (in.detail) {
        w.key("sentences").begin_array();
        json::BoundedArray sentences(w, budget);
        for (const Sentence &s : in.seg.sentences) {
            if (truncated) break;  // nothing after a finding that did not fit
            if (!sentences.add([&](json::Writer &x) {
                    x.begin_object().key("start").integer(s.start).key("end").integer(s.end).key("words").integer(s.word_count).end_object();
                })) {
                truncated = true;
                break;
            }
        }
        w.end_array();
        w.key("words").begin_array();
        json::BoundedArray words(w, budget);
        for (const Word &word : in.seg.words) {
            if (truncated) break;
            if (!words.add([&](json::Writer &x) {
                    x.begin_object()
                        .key("start").integer(word.start)
                        .key("end").integer(word.end)
                        .key("syllables").integer(word.syllables)
                        .key("kind").string(token_kind_name(word.kind))
                        .end_object();
                })) {
                truncated = true;
                break;
            }
        }
        w.end_array();
    }
    if (truncated) w.key("truncated").boolean(true);
    w.end_object();
    return w.release();
}

}  // namespace helder::text
