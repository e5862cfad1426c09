// SPDX-License-Identifier: EUPL-1.2
// Anonymous indicators across the store, for learning and monitoring (Toekomstscenario: fewer
// measures, fewer professionals per family, families involved in decisions): totals and shares
// only, and nothing at all below a minimum number of dossiers, so that no family can be picked
// out of them.
#include "core/json.hh"
#include "core/options.hh"
#include "dossier/checks.hh"
#include "store/store.hh"

namespace helder::store {

Result<IndicatorsAnswer> Store::indicators(std::string_view request_json) {
    static const options::Table kTable = {{"min_group", options::Type::Integer, false, 2, 1000000}};
    auto req = options::Fields::parse(request_json, kTable, "request");
    if (!req) return req.error();
    IndicatorsAnswer a;
    a.min_group = req->integer("min_group", 5);
    int64_t professionals = 0, with_views = 0;
    Statement s = db_.prepare(
        "SELECT b.body FROM bodies b JOIN dossiers d ON d.id = b.dossier_id AND d.version = b.version WHERE d.destroyed_at IS NULL");
    while (s.step()) {
        json::Limits limits;
        limits.reject_duplicate_keys = false;
        auto body = json::Document::parse(s.text(0), limits);
        if (!body) continue;
        ++a.dossiers;
        const json::Value root = body->root();
        a.measures += static_cast<int64_t>(root.find("measures").size());
        const int64_t pros = static_cast<int64_t>(root.find("professionals").size());
        professionals += pros;
        a.max_professionals = std::max(a.max_professionals, pros);
        a.handovers += dossier::count_handovers(root);
        for (json::Value d = root.find("decisions").first_child(); d.valid(); d = d.next_sibling()) {
            ++a.decisions;
            if (d.find("child_views").size() + d.find("parent_views").size() > 0) ++with_views;
        }
    }
    a.suppressed = a.dossiers < a.min_group;
    if (a.suppressed) {
        a.measures = a.max_professionals = a.handovers = a.decisions = 0;
        return a;
    }
    a.professionals_mean = static_cast<double>(professionals) / static_cast<double>(a.dossiers);
    if (a.decisions) a.decisions_with_family_views_share = static_cast<double>(with_views) / static_cast<double>(a.decisions);
    return a;
}

}  // namespace helder::store
