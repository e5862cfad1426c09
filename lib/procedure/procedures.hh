// SPDX-License-Identifier: EUPL-1.2
// What the procedure functions of a context share: the legal facts, the rights and parties, the
// helpers, and the shipped specifications, loaded once.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/lazy.hh"
#include "law/rights.hh"
#include "procedure/parties.hh"
#include "procedure/spec.hh"

namespace helder::procedure {

struct Helper {
    std::string id, audience;  // audience: all, adult, child
    Message name, text;
    std::string contact, source, read_on;  // empty unless a source gives them
};

class Procedures {
public:
    explicit Procedures(const law::LegalFacts &law);  // throws Failure on bad shipped data
    Procedures(const Procedures &) = delete;  // its specifications' builders hold `this`
    Procedures &operator=(const Procedures &) = delete;

    const law::LegalFacts &law() const { return law_; }
    const law::Rights &rights() const { return rights_; }
    const std::vector<std::string> &rights_ids() const { return rights_ids_; }
    const Parties &parties() const { return parties_; }
    const std::vector<Helper> &helpers() const { return helpers_; }
    // A shipped specification by its name ("law", "toekomstscenario") or its id; null if none.
    // Each is loaded when first asked for (by name: only that one; by id: in the shipped order
    // until it is found); throws Failure when its file is broken (a build error).
    const Spec *shipped(std::string_view name_or_id) const;

private:
    const law::LegalFacts &law_;
    law::Rights rights_;
    std::vector<std::string> rights_ids_;
    Parties parties_;
    std::vector<Helper> helpers_;
    std::vector<std::pair<std::string, std::unique_ptr<Lazy<Spec>>>> specs_;
};

}  // namespace helder::procedure
