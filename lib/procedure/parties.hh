// SPDX-License-Identifier: EUPL-1.2
// The parties of a procedure (lib/data/procedure/parties.tsv): parent with or without gezag, foster
// parent, children by age, young adult, other adult. Each reads the rights of rights.tsv as a
// reader of its kind; the ages come from the legal facts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/messages.hh"
#include "law/rights.hh"

namespace helder::procedure {

struct Party {
    std::string id;
    Message title;
    law::RightsReader reader;
};

class Parties {
public:
    static Parties load(const law::LegalFacts &law);  // throws Failure on a malformed line
    const std::vector<Party> &all() const { return parties_; }
    const Party *find(std::string_view id) const;

private:
    std::vector<Party> parties_;
};

}  // namespace helder::procedure
