// SPDX-License-Identifier: EUPL-1.2
#include "capi/store_json.hh"

namespace helder::capi {
namespace {

// "audit_head": the chain's last entry, to keep outside the store and hand to
// helder_store_verify_head() later.
void write_head(json::Writer &w, const store::AuditHead &head) {
    w.key("audit_head").begin_object().key("seq").integer(head.seq).key("hash").string(head.hash).end_object();
}

}  // namespace

json::OwnedText to_json(const store::CommitAnswer &a) {
    json::Writer w;
    w.begin_object().key("dossier_id").string(a.dossier_id).key("version").integer(a.version).key("audit_seq").integer(a.audit_seq);
    w.key("sha256").string(a.sha256);
    w.key("validation").begin_object().key("status").string(a.validation_status);
    w.key("errors").integer(a.errors).key("warnings").integer(a.warnings).end_object();
    write_head(w, a.audit_head);
    w.end_object();
    return w.release();
}

json::OwnedText to_json(const store::ReadAnswer &a) {
    json::Writer w;
    w.begin_object().key("dossier_id").string(a.dossier_id).key("version").integer(a.version);
    w.key("author").string(a.author).key("at").string(a.at);
    if (a.reason_withheld) w.key("reason_withheld").boolean(true);
    else w.key("reason").string(a.reason);
    w.key("dossier").raw(a.dossier.view());
    w.key("withheld").integer(a.withheld);
    w.key("withheld_detail").raw(a.withheld_detail.view());
    write_head(w, a.audit_head);
    w.end_object();
    return w.release();
}

json::OwnedText to_json(const store::HistoryAnswer &a) {
    json::Writer w;
    w.begin_object().key("dossier_id").string(a.dossier_id).key("versions").begin_array();
    for (const store::VersionRecord &v : a.versions) {
        w.begin_object().key("version").integer(v.version).key("author").string(v.author).key("at").string(v.at);
        if (v.reason_withheld) w.key("reason_withheld").boolean(true);
        else w.key("reason").string(v.reason);
        w.key("sha256").string(v.sha256);
        if (v.dossier) w.key("dossier").raw(*v.dossier);
        w.end_object();
    }
    w.end_array();
    write_head(w, a.audit_head);
    w.end_object();
    return w.release();
}

json::OwnedText to_json(const store::StatementAnswer &a) {
    json::Writer w;
    w.begin_object().key("dossier_id").string(a.dossier_id).key("version").integer(a.version).key("statement_id").string(a.statement_id);
    w.key("audit_seq").integer(a.audit_seq);
    write_head(w, a.audit_head);
    w.end_object();
    return w.release();
}

json::OwnedText to_json(store::ExportAnswer &&a) { return std::move(a.document); }

json::OwnedText to_json(const store::DestroyAnswer &a) {
    const bool erased = a.outcome == store::DestroyAnswer::Outcome::Erased;
    json::Writer w;
    w.begin_object().key("dossier_id").string(a.dossier_id).key("person").string(a.person);
    w.key("outcome").string(erased ? "erased" : "needs_review").key("destroyed").boolean(erased);
    // No version is removed any more: each is rewritten without the person's data (1.3).
    w.key("versions_removed").integer(0).key("versions_rewritten").integer(a.versions_rewritten).key("parts_removed").integer(a.parts_removed);
    w.key("due").begin_object().key("date").string(a.deadline.str()).key("article").string(a.rule->article);
    w.key("label").string(a.rule->label).key("what").string(a.rule->summary).end_object();
    w.key("deadline").string(a.deadline.str());
    w.key("rule").begin_object().key("article").string(a.rule->article).key("label").string(a.rule->label).end_object();
    if (!erased) w.key("review").begin_object().key("reason").string(a.review_reason).key("label").string("UNVERIFIED").end_object();
    w.key("message").begin_object().key("nl").string(a.message.nl).key("en").string(a.message.en).end_object();
    write_head(w, a.audit_head);
    w.end_object();
    return w.release();
}

json::OwnedText to_json(const store::VerifyAnswer &a) {
    json::Writer w;
    w.begin_object().key("ok").boolean(a.ok).key("entries").integer(a.entries);
    w.key("first_broken");
    if (a.first_broken) w.integer(*a.first_broken);
    else w.null();
    w.key("problem").string(a.problem).key("integrity").string(a.integrity).key("head").string(a.head);
    write_head(w, a.audit_head);
    w.end_object();
    return w.release();
}

json::OwnedText to_json(const store::IndicatorsAnswer &a) {
    json::Writer w;
    w.begin_object().key("dossiers").integer(a.dossiers).key("min_group").integer(a.min_group);
    w.key("suppressed").boolean(a.suppressed);
    if (!a.suppressed) {
        w.key("measures").integer(a.measures);
        w.key("professionals_per_family").begin_object().key("mean").fixed(a.professionals_mean, 2)
            .key("max").integer(a.max_professionals).end_object();
        w.key("handovers").integer(a.handovers);
        w.key("decisions").integer(a.decisions);
        w.key("decisions_with_family_views_share");
        if (a.decisions_with_family_views_share) w.fixed(*a.decisions_with_family_views_share, 4);
        else w.null();
    }
    w.end_object();
    return w.release();
}

}  // namespace helder::capi
