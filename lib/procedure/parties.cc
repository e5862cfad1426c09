// SPDX-License-Identifier: EUPL-1.2
#include "procedure/parties.hh"

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder::procedure {

Parties Parties::load(const law::LegalFacts &law) {
    Parties out;
    for (const auto &row : tsv::parse(resources::get("procedure/parties.tsv"))) {
        if (row.fields.size() != 7) throw Failure(HELDER_E_INTERNAL, "parties.tsv line " + std::to_string(row.line) + ": expected 7 columns");
        Party p;
        p.id = std::string(row.fields[0]);
        p.reader.child = row.fields[1] == "child";
        // The youngest age of the party: what decides which rights it has.
        p.reader.age = row.fields[2] == "-" ? (p.reader.child ? 0 : law.get("majority").value) : law.get(row.fields[2]).value;
        p.reader.gezag = row.fields[3] == "yes";
        p.reader.foster_parent = row.fields[4] == "yes";
        p.title = law.expand(Message{std::string(row.fields[5]), std::string(row.fields[6])});
        out.parties_.push_back(std::move(p));
    }
    return out;
}

const Party *Parties::find(std::string_view id) const {
    for (const Party &p : parties_)
        if (p.id == id) return &p;
    return nullptr;
}

}  // namespace helder::procedure
