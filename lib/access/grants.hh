// SPDX-License-Identifier: EUPL-1.2
// The access decision: given a dossier, who asks and the date, whose data the reader may see and
// by which rule of the policy (lib/data/access/rules.tsv). The store and the C function
// helder_dossier_view decide with this one piece.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "access/policy.hh"
#include "core/json.hh"
#include "core/result.hh"
#include "law/date.hh"

namespace helder::access {

struct Reader {
    enum class Kind { Professional, Member } kind = Kind::Member;
    std::string id;
    std::string name() const { return (kind == Kind::Professional ? "professional:" : "member:") + id; }
};

// The subject that stands for the whole household (an item with no "about").
inline constexpr std::string_view kHousehold = "";

class Grants {
public:
    // HELDER_E_DENIED, with the reason and its article, when the reader may see nothing: a
    // professional not involved on that date, someone not in the dossier, a child without own
    // access. The decision reads the dossier given (for the store: the latest version).
    static Result<Grants> decide(const Policy &policy, const json::Document &dossier, const Reader &reader, const Date &on);

    const Reader &reader() const { return reader_; }
    bool everything() const { return everything_; }
    bool granted(std::string_view subject) const { return everything_ || subjects_.count(std::string(subject)) > 0; }
    // The problem areas of the reader's purpose (an added expert).
    bool purpose_covers(std::string_view problem_area) const { return purpose_.count(std::string(problem_area)) > 0; }
    bool has_purpose() const { return !purpose_.empty(); }
    // The rule that granted a subject ("" when none did).
    std::string granting_rule(std::string_view subject) const {
        const auto it = subjects_.find(std::string(subject));
        return it == subjects_.end() ? std::string() : it->second;
    }
    bool is_professional(std::string_view id) const { return professionals_.count(std::string(id)) > 0; }
    // Why a subject is not granted: "access_limited" when a decision limits it, else the default.
    std::string_view refusal_reason(std::string_view subject) const;
    // The rules that granted something, in the policy's order.
    std::vector<std::string> rules_applied() const;
    // The member ids the dossier knows (to tell a member id from a professional or a name).
    bool is_member(std::string_view id) const { return members_.count(std::string(id)) > 0; }

private:
    Reader reader_;
    bool everything_ = false;
    std::unordered_map<std::string, std::string> subjects_;  // subject -> the first rule that granted it
    std::unordered_map<std::string, std::string> limited_;   // subject -> reason
    std::set<std::string> purpose_;
    std::set<std::string> members_, professionals_;
    std::vector<std::string> rule_order_;
};

}  // namespace helder::access
