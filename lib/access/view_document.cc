// SPDX-License-Identifier: EUPL-1.2
#include "access/view_document.hh"

#include "access/grants.hh"
#include "access/view.hh"
#include "core/options.hh"
#include "helder/dossier.h"

namespace helder::access {

using options::Field;
using options::Type;

Result<json::OwnedText> view_document(const Policy &policy, std::string_view dossier_json, std::string_view request_json) {
    static const options::Table kReader = {{"kind", Type::Choice, true, 0, 0, {"professional", "member"}},
                                           {"id", Type::NonEmptyString, true}};
    static const options::Table kTable = {{"reader", Type::Object, true, 0, 0, {}, &kReader}, {"date", Type::NonEmptyString, true}};
    auto request = options::Fields::parse(request_json, kTable, "request");
    if (!request) return request.error();
    const auto date = Date::parse(request->string("date"));
    if (!date) return request->invalid("date", "a date (YYYY-MM-DD)");
    const json::Value r = request->get("reader");
    const Reader reader{r.find("kind").as_string() == "professional" ? Reader::Kind::Professional : Reader::Kind::Member,
                        std::string(r.find("id").as_string())};
    json::Limits limits;
    limits.max_bytes = HELDER_DOSSIER_MAX_BYTES_LIMIT;
    limits.max_depth = HELDER_DOSSIER_MAX_DEPTH;
    auto dossier = json::Document::parse(dossier_json, limits);
    if (!dossier) return make_error(HELDER_E_INVALID_JSON, "dossier: " + dossier.error().message, dossier.error().offset);
    if (!dossier->root().is_object()) return make_error(HELDER_E_INVALID_JSON, "dossier: not a JSON object");
    auto grants = Grants::decide(policy, dossier.value(), reader, *date);
    if (!grants) return grants.error();
    json::Writer w;
    w.begin_object().key("format").integer(1);
    w.key("dossier_id").string(dossier->root().find("id").as_string());
    w.key("date").string(date->str());
    w.key("reader").begin_object().key("kind").string(r.find("kind").as_string()).key("id").string(reader.id).end_object();
    w.key("rules").begin_array();
    for (const std::string &rule : grants->rules_applied()) w.string(rule);
    w.end_array();
    w.key("dossier");
    const ViewResult result = write_view(w, dossier.value(), grants.value(), policy);
    w.key("items_withheld").integer(result.items_withheld).key("parts_withheld").integer(result.parts_withheld);
    w.key("withheld");
    write_withheld(w, result, policy);
    w.end_object();
    return w.release();
}

}  // namespace helder::access
