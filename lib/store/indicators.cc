// Anonymous indicators across the store, for learning and monitoring (Toekomstscenario: fewer
// measures, fewer professionals per family, families involved in decisions): totals and shares
// only, and nothing at all below a minimum number of dossiers, so that no family can be picked
// out of them.
#include "core/json.hh"
#include "dossier/validator.hh"
#include "store/store.hh"
#include "text/options.hh"

namespace helder::store {

Result<json::OwnedText> Store::indicators(std::string_view request_json) {
    auto req = text::parse_options_document(request_json, "request");
    if (!req) return req.error();
    int64_t min_group = 5;
    for (json::Value m = req->root().first_child(); m.valid(); m = m.next_sibling()) {
        if (m.key() == "min_group" && m.is_integer() && m.as_integer() >= 2 && m.as_integer() <= 1000000) min_group = m.as_integer();
        else return make_error(HELDER_E_INVALID_JSON, "request: only \"min_group\" (2 or more) is known here");
    }
    int64_t dossiers = 0, measures = 0, professionals = 0, max_professionals = 0, handovers = 0, decisions = 0, with_views = 0;
    Statement s = db_.prepare(
        "SELECT b.body FROM bodies b JOIN dossiers d ON d.id = b.dossier_id AND d.version = b.version WHERE d.destroyed_at IS NULL");
    dossier::ValidateOptions vo;
    vo.today = dossier::system_today();
    vo.check_family_texts = false;
    while (s.step()) {
        json::Limits limits;
        limits.reject_duplicate_keys = false;
        auto body = json::Document::parse(s.text(0), limits);
        if (!body) continue;
        ++dossiers;
        const json::Value root = body->root();
        measures += static_cast<int64_t>(root.find("measures").size());
        const int64_t pros = static_cast<int64_t>(root.find("professionals").size());
        professionals += pros;
        max_professionals = std::max(max_professionals, pros);
        auto report = json::Document::parse(dossier::validate(dossiers_, text_, s.text(0), vo).view());
        if (report) handovers += report->root().find("counts").find("handovers").as_integer();
        for (json::Value d = root.find("decisions").first_child(); d.valid(); d = d.next_sibling()) {
            ++decisions;
            if (d.find("child_views").size() + d.find("parent_views").size() > 0) ++with_views;
        }
    }
    json::Writer w;
    w.begin_object().key("dossiers").integer(dossiers).key("min_group").integer(min_group);
    const bool suppressed = dossiers < min_group;
    w.key("suppressed").boolean(suppressed);
    if (!suppressed) {
        w.key("measures").integer(measures);
        w.key("professionals_per_family").begin_object()
            .key("mean").fixed(static_cast<double>(professionals) / static_cast<double>(dossiers), 2)
            .key("max").integer(max_professionals).end_object();
        w.key("handovers").integer(handovers);
        w.key("decisions").integer(decisions);
        w.key("decisions_with_family_views_share");
        if (decisions) w.fixed(static_cast<double>(with_views) / static_cast<double>(decisions), 4);
        else w.null();
    }
    w.end_object();
    return w.release();
}

}  // namespace helder::store
