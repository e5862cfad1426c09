// SPDX-License-Identifier: EUPL-1.2
// What a destruction on request (art. 7.3.9 Jw) takes out of a household dossier, and what the
// dossier itself says against it. One place, so that the store, its docs and its tests agree:
//
//  - An item is about the people the access tables say (lib/data/access/fields.tsv: its `about`
//    and its owner, such as the `by` of a statement or the `child` of a measure), the members it
//    names (parties, who is responsible) and the people of what it holds (the facts and
//    judgements of a concern, the views of a decision). An item about nobody in particular is
//    about the whole household: never only one person's. Decisions that govern others' data
//    (access_limits, retention_decisions) are never taken out.
//  - Taken out: every item about only the person who asks, and their own views in a decision.
//    Items about several people stay (data about others stays); inside them, parts about only
//    that person go (a fact in a shared concern, their view in a shared decision).
//  - References to what was taken out are dropped (a judgement's `based_on`, a `problem_areas`
//    list, a decision's `measure`; a statement's `concerns_item` becomes "" = the dossier), so
//    that the rewritten version still validates.
//  - Their member record stays, reduced: its id, roles, parents, able_to_judge and birth date
//    (the items about several people name the id, and who may read those depends on roles and
//    age); the name is replaced by the id.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "access/policy.hh"
#include "core/json.hh"
#include "core/json_writer.hh"
#include "law/date.hh"

namespace helder::store {

struct ErasedVersion {
    json::OwnedText dossier;  // the version without what is about only the person
    bool changed = false;
    int64_t parts_removed = 0;  // items, nested items and views taken out
    // The texts taken out, as stored (JSON-escaped, without quotes): the store checks afterwards
    // that its files no longer hold them.
    std::vector<std::string> removed_texts;
};

// One stored version rewritten without what is about only `person` (a member id).
ErasedVersion erase_person(const json::Value &dossier, std::string_view person, const access::Policy &policy);

// A decision recorded in the dossier that keeps a person's data: a statutory duty, or a
// substantial importance to someone else, decided by a professional of the dossier.
struct KeepDecision {
    std::string id, kind, by, date;
    std::string reason;  // the professional's words; never written to the audit chain
};

// The keep decision that applies to `person` on `today`, if any: one in `retention_decisions`
// whose `about` names them (or is empty: the whole dossier), taken on or before today by a
// professional of the dossier, and not past its `until`.
std::optional<KeepDecision> keep_decision(const json::Value &dossier, std::string_view person, const Date &today);

// The kind of the first measure that makes this an OTS or voogdij dossier (for which the law on
// destruction differs: domain brief section 3, 18+, UNVERIFIED), if there is one.
std::optional<std::string> guardianship_measure(const json::Value &dossier);

}  // namespace helder::store
