// SPDX-License-Identifier: EUPL-1.2
// The access policy as data: who may see whose data (lib/data/access/rules.tsv), what each field
// of a dossier is about (fields.tsv) and why something is withheld (withheld.tsv). Loaded once
// per context; immutable, so shared by threads.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/messages.hh"
#include "law/legal_facts.hh"

namespace helder::access {

enum class Scope { All, Purpose, Subject };

struct Rule {
    std::string id, reader, subjects, condition;
    Scope scope = Scope::Subject;
    std::string article, label, what;
};

enum class FieldKind { Shown, Text, About, Owner, Person, People, Views, Items, Areas };

struct Reason {
    std::string id, article, label;
    Message text;
};

class Policy {
public:
    // Throws Failure on a malformed table (a build error; tests load it).
    explicit Policy(const law::LegalFacts &law);
    // With another rules table (the tests take one rule out at a time to show each is needed).
    Policy(const law::LegalFacts &law, std::string_view rules_tsv);

    const std::vector<Rule> &rules() const { return rules_; }
    // The kind of a field of an item in a list ("concerns.facts"); nullptr when it is not listed.
    const FieldKind *field(std::string_view list, std::string_view name) const;
    const Reason &reason(std::string_view id) const;  // throws Failure for an unknown id
    const law::LegalFacts &law() const { return law_; }

private:
    const law::LegalFacts &law_;
    std::vector<Rule> rules_;
    std::unordered_map<std::string, FieldKind> fields_;  // "list\tfield"
    std::unordered_map<std::string, Reason> reasons_;
};

}  // namespace helder::access
