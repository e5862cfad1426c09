// SPDX-License-Identifier: EUPL-1.2
#include "procedure/procedures.hh"

#include "core/resources.hh"
#include "core/tsv.hh"

namespace helder::procedure {

Procedures::Procedures(const law::LegalFacts &law)
    : law_(law), rights_(law::Rights::load(law)), rights_ids_(rights_.ids()), parties_(Parties::load(law)) {
    for (const auto &row : tsv::parse(resources::get("procedure/helpers.tsv"))) {
        if (row.fields.size() != 9) throw Failure(HELDER_E_INTERNAL, "helpers.tsv line " + std::to_string(row.line) + ": expected 9 columns");
        const auto or_empty = [](std::string_view f) { return f == "-" ? std::string() : std::string(f); };
        Helper h{std::string(row.fields[0]), std::string(row.fields[1]), {std::string(row.fields[2]), std::string(row.fields[3])},
                 {std::string(row.fields[4]), std::string(row.fields[5])}, or_empty(row.fields[6]), or_empty(row.fields[7]), or_empty(row.fields[8])};
        // The text of a right (rights.tsv), with its note, not a second copy of it.
        if (h.text.nl.rfind("right:", 0) == 0) {
            if (h.text.en != "-" || (h.audience != "adult" && h.audience != "child"))
                throw Failure(HELDER_E_INTERNAL, "helpers.tsv line " + std::to_string(row.line) + ": right:ID takes - in English and a reader adult or child");
            h.text = rights_.text(h.text.nl.substr(6), h.audience == "child");
        }
        if (!h.contact.empty() && (h.source.empty() || h.read_on.empty()))
            throw Failure(HELDER_E_INTERNAL, "helpers.tsv line " + std::to_string(row.line) + ": a contact needs its source and the date it was read");
        helpers_.push_back(std::move(h));
    }
    for (const std::string &name : Spec::shipped_names()) {
        specs_.emplace_back(name, std::make_unique<Lazy<Spec>>([this, name] {
            auto spec = Spec::shipped(name, law_, rights_ids_);
            if (!spec) throw Failure(HELDER_E_INTERNAL, "lib/data/procedure/" + name + ".json: " + spec.error().message);
            return std::make_unique<Spec>(std::move(spec.value()));
        }));
    }
}

const Spec *Procedures::shipped(std::string_view name_or_id) const {
    for (const auto &[name, spec] : specs_)
        if (name == name_or_id) return &spec->get();
    for (const auto &[name, spec] : specs_)
        if (spec->get().id == name_or_id) return &spec->get();
    return nullptr;
}

}  // namespace helder::procedure
