// SPDX-License-Identifier: EUPL-1.2
#include "text/abbreviations.hh"

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder::text {

Abbreviations Abbreviations::load() {
    Abbreviations table;
    for (const auto &row : tsv::parse(resources::get("text/abbreviations.tsv"))) {
        if (row.fields.size() != 3 || (row.fields[2] != "no" && row.fields[2] != "may" && row.fields[2] != "date"))
            throw Failure(HELDER_E_INTERNAL,
                          "abbreviations.tsv line " + std::to_string(row.line) + ": bad row");
        Abbreviation a{std::string(row.fields[0]), std::string(row.fields[1]), row.fields[2] == "may",
                       row.fields[2] == "date"};
        table.longest_ = std::max(table.longest_, a.written.size());
        table.index_.emplace(a.written, table.entries_.size());
        table.entries_.push_back(std::move(a));
    }
    return table;
}

const Abbreviation *Abbreviations::find(std::string_view lowercase) const {
    auto it = index_.find(std::string(lowercase));
    return it == index_.end() ? nullptr : &entries_[it->second];
}

}  // namespace helder::text
