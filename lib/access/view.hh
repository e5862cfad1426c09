// SPDX-License-Identifier: EUPL-1.2
// A dossier as one reader may see it (the decision in grants.hh applied to a version): items and
// fields about people the reader may not see are left out, and the item says that something was
// withheld, not what. Whose data was shown is returned, so that a person's export can list who
// read it (AVG art. 15).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "access/grants.hh"
#include "access/policy.hh"
#include "core/json.hh"
#include "core/json_writer.hh"

namespace helder::access {

struct Withheld {
    std::string pointer;  // the item in the view (a part withheld), or the list (whole items)
    bool whole_items = false;
    int64_t count = 1;
    std::string reason;  // an id of lib/data/access/withheld.tsv
};

struct ViewResult {
    std::vector<Withheld> withheld;
    std::set<std::string> shown;  // members whose data is in the view
    int64_t items_withheld = 0, parts_withheld = 0;
};

// The lists of items in a dossier, by the name fields.tsv uses ("concerns.facts" is nested).
const std::vector<std::string> &item_lists();

// Writes the view of `dossier` into w.
ViewResult write_view(json::Writer &w, const json::Document &dossier, const Grants &grants, const Policy &policy);

// Writes one item as the reader may see it, without its nested items (the export lists those on
// their own); false, and nothing written, when the item is withheld whole. `list` names the
// item's list as in fields.tsv; pointer is where it lands in the output.
bool write_item(json::Writer &w, const json::Value &item, const std::string &list, const std::string &pointer,
                const Grants &grants, const Policy &policy, ViewResult &result,
                const std::vector<std::string> *inherited = nullptr);

// The people an item is about: its "about" and its owners; with none, the people of the item that
// holds it (`inherited`: a fact in a concern about one child is about that child), else the
// household.
std::vector<std::string> subjects_of(const json::Value &item, const std::string &list, const Policy &policy,
                                     const std::vector<std::string> *inherited = nullptr);

// For a reader who goes through items one by one (the export): whether an item is shown at all,
// and whether one of its fields is shown whole (a text about someone the reader may not see is not).
bool item_shown(const json::Value &item, const std::string &list, const Grants &grants, const Policy &policy,
                const std::vector<std::string> *inherited = nullptr);
bool field_shown(const json::Value &item, const std::string &list, std::string_view field, const Grants &grants,
                 const Policy &policy, const std::vector<std::string> *inherited = nullptr);

// The JSON answer of helder_dossier_view: {"format", "dossier_id", "date", "reader", "rules",
// "dossier", "withheld": [{"pointer", "what", "count", "reason", "article", "label", "message"}]}.
void write_withheld(json::Writer &w, const ViewResult &result, const Policy &policy);

}  // namespace helder::access
