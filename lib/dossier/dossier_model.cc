// SPDX-License-Identifier: EUPL-1.2
#include "dossier/dossier_model.hh"

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"
#include "law/date.hh"

namespace helder::dossier {
namespace {

std::unique_ptr<json::Schema> compile_schema() {
    std::vector<json::FormatCheck> formats = {
        {"date", [](std::string_view t) { return Date::parse(t).has_value(); }},
        {"date-time", [](std::string_view t) { return t.size() > 10 && date_of_timestamp(t).has_value(); }},
    };
    auto schema = json::Schema::compile(resources::get("schemas/dossier.schema.json"), std::move(formats));
    if (!schema) throw Failure(HELDER_E_INTERNAL, "dossier schema: " + schema.error().message);
    return std::make_unique<json::Schema>(std::move(schema.value()));
}

std::unique_ptr<std::unordered_map<std::string, Principle>> load_principles() {
    auto principles = std::make_unique<std::unordered_map<std::string, Principle>>();
    for (const auto &row : tsv::parse(resources::get("dossier/principles.tsv"))) {
        if (row.fields.size() != 3)
            throw Failure(HELDER_E_INTERNAL, "principles.tsv line " + std::to_string(row.line) + ": expected 3 columns");
        (*principles)[std::string(row.fields[0])] = Principle{std::string(row.fields[1]), std::string(row.fields[2])};
    }
    return principles;
}

}  // namespace

DossierModel::DossierModel()
    : law_(LegalFacts::load()),
      schema_(compile_schema),
      rights_([this] { return std::make_unique<law::Rights>(law::Rights::load(law_)); }),
      messages_([] { return std::make_unique<Messages>(Messages::load("dossier/messages.tsv")); }),
      principles_(load_principles) {}

const Principle &DossierModel::principle(std::string_view id) const {
    auto it = principles_->find(std::string(id));
    if (it == principles_->end()) throw Failure(HELDER_E_INTERNAL, "unknown principle " + std::string(id));
    return it->second;
}

}  // namespace helder::dossier
