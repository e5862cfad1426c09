// SPDX-License-Identifier: EUPL-1.2
#include "dossier/report_json.hh"

#include "helder/common.h"
#include "report/severity.hh"

namespace helder::dossier {
namespace {

void write_source(json::Writer &w, const DossierModel &model, const Source &s) {
    w.key("source").begin_object();
    switch (s.kind) {
        case Source::Kind::Law:
            w.key("kind").string("law").key("fact").string(s.law->id).key("article").string(s.law->article).key("label").string(s.law->label);
            w.key("value_label").string(s.law->value_label).key("article_label").string(s.law->article_label);
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

}  // namespace

Message finding_message(const DossierModel &model, const Finding &f) {
    MessageArgs args;
    for (const auto &[k, v] : f.args) args.emplace_back(k, v);
    Message m = !f.text.nl.empty() ? f.text : model.law().expand(model.messages().format(f.message.empty() ? f.code : f.message, args));
    if (f.source.kind != Source::Kind::Law) return m;
    // What the law says, where: the article (when the brief names one) and, below VERIFIED, the
    // note for the fact's shown label (SECONDARY or UNVERIFIED), from the rights texts.
    const LegalFact &fact = *f.source.law;
    if (fact.article_label != "UNVERIFIED") {
        const Message article = model.messages().format("source.article", {{"article", fact.article}});
        m.nl += " " + article.nl;
        m.en += " " + article.en;
    }
    return model.rights().with_note(std::move(m), fact, false);
}

json::OwnedText write_report(const DossierModel &model, const Report &r) {
    json::Writer w;
    w.begin_object();
    w.key("format").integer(kReportFormat);
    w.key("status").string(r.status);
    w.key("valid").boolean(r.valid);
    w.key("today").string(r.today.str());
    w.key("counts").begin_object();
    w.key("errors").integer(r.errors).key("warnings").integer(r.warnings);
    if (r.tally) {
        w.key("members").integer(r.tally->members);
        w.key("professionals").integer(r.tally->professionals);
        w.key("active_professionals").integer(r.tally->active_professionals);
        w.key("handovers").integer(r.tally->handovers);
    }
    w.end_object();
    // The output limit (helder/common.h): the findings that fit, then "truncated".
    w.key("findings").begin_array();
    json::BoundedArray findings(w, {HELDER_REPORT_MAX_BYTES, HELDER_REPORT_MAX_VALUES, 32});
    bool truncated = false;
    for (const Finding &f : r.findings) {
        const Message m = finding_message(model, f);
        truncated = !findings.add([&](json::Writer &x) {
            x.begin_object();
            x.key("rule").string(f.code);
            x.key("severity").string(report::severity_name(f.severity));
            x.key("pointer").string(f.pointer);
            x.key("start").integer(static_cast<int64_t>(f.start)).key("end").integer(static_cast<int64_t>(f.end));
            x.key("message").begin_object().key("nl").string(m.nl).key("en").string(m.en).end_object();
            write_source(x, model, f.source);
            x.end_object();
        });
        if (truncated) break;
    }
    w.end_array();
    if (truncated) w.key("truncated").boolean(true);
    w.end_object();
    return w.release();
}

}  // namespace helder::dossier
