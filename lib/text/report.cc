#include "text/report.hh"

#include "core/json_writer.hh"
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
    // Roughly the final size, so that the buffer is not copied as it grows.
    size_t finding_bytes = 0;
    for (const Finding &f : in.findings)
        finding_bytes += 200 + 2 * (f.end - f.start) + f.message->nl.size() + f.message->en.size();
    w.reserve(1024 + finding_bytes + (in.detail ? in.seg.words.size() * 64 + in.seg.sentences.size() * 48 : 0));
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
    w.key("findings").begin_array();
    for (const Finding &f : in.findings) {
        w.begin_object();
        w.key("rule").string(rule_id(f.rule));
        w.key("severity").string(report::severity_name(rule_severity(f.rule)));
        w.key("start").integer(f.start).key("end").integer(f.end);
        w.key("text").string(in.text.substr(f.start, f.end - f.start));
        message(w, *f.message);
        w.key("suggestions").begin_array();
        for (const std::string &s : *f.suggestions) w.string(s);
        w.end_array();
        w.end_object();
    }
    w.end_array();
    if (in.detail) {
        w.key("sentences").begin_array();
        for (const Sentence &s : in.seg.sentences)
            w.begin_object().key("start").integer(s.start).key("end").integer(s.end).key("words").integer(s.word_count).end_object();
        w.end_array();
        w.key("words").begin_array();
        for (const Word &x : in.seg.words)
            w.begin_object()
                .key("start").integer(x.start)
                .key("end").integer(x.end)
                .key("syllables").integer(x.syllables)
                .key("kind").string(token_kind_name(x.kind))
                .end_object();
        w.end_array();
    }
    w.end_object();
    return w.release();
}

}  // namespace helder::text
