// Who may see what of a dossier (domain brief, sections 3 and 4):
//  - a professional, only while involved (between their start and end in the dossier);
//  - a member of 12 or older who can judge their own interests, and every adult member: the
//    items that concern them ("about" names them, or names nobody: the whole household);
//  - a parent with authority also what concerns their child under 16, and from 16 only with the
//    child's consent (purpose access_to_dossier);
//  - a child under 12 has no own access (the parents with authority read for them).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "law/date.hh"
#include "core/json.hh"
#include "core/result.hh"
#include "law/legal_facts.hh"

namespace helder::store {

struct Actor {
    enum class Kind { Professional, Member } kind = Kind::Member;
    std::string id;
};

class Access {
public:
    // HELDER_E_DENIED (with the reason and its article) when the actor may not read at all.
    static Result<Access> for_actor(const json::Document &dossier, const Actor &actor, const Date &on,
                                    const law::LegalFacts &law);

    bool everything() const { return everything_; }
    // Whether an item (an object with "about") may be shown.
    bool visible(const json::Value &item) const;
    // Members whose record may be shown (the actor and the children they may read about).
    bool member_visible(std::string_view id) const;

private:
    bool everything_ = false;
    std::string self_;
    std::vector<std::string> children_;  // children whose items the actor may read
};

}  // namespace helder::store
