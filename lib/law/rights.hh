// SPDX-License-Identifier: EUPL-1.2
// The rights a family member reads (lib/data/law/rights.tsv), chosen by who reads them and their
// situation, each with the note that it is not confirmed when its legal fact is not VERIFIED.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/messages.hh"
#include "law/legal_facts.hh"

namespace helder::law {

// Who reads, and the situation the rights depend on.
struct RightsReader {
    bool child = false;  // a minor: texts written for a child
    int age = 0;
    bool able_to_judge = true;  // a child able to judge its own interests
    bool gezag = false;         // a parent with gezag
    bool foster_parent = false;
    std::set<std::string> measures;  // kinds of court measure that concern the reader
};

// One right as a reader reads it: its id in rights.tsv and its text, the note for its label included.
struct Right {
    std::string id;
    Message text;
};

class Rights {
public:
    // Reads rights.tsv; throws Failure on a malformed line, an unknown condition or fact.
    static Rights load(const LegalFacts &facts);
    Message heading(const RightsReader &r) const;
    // The rights for this reader, in the file's order, facts filled in. With `listed` (a procedure
    // stage's rights), only those ids, the rows marked "listed" among them; without, the rows that
    // are not marked "listed" (the export's).
    std::vector<Right> for_reader(const RightsReader &r, const std::set<std::string> *listed = nullptr) const;
    // The text of the row `id` for a child or an adult, with the note for its fact's label;
    // throws Failure when there is no such row.
    Message text(std::string_view id, bool child) const;
    // Every id in the file.
    std::vector<std::string> ids() const;
    // What a reader is told about how sure a fact is: empty for VERIFIED, else the note for its label.
    Message note(const LegalFact &fact, bool child) const;
    // A text that rests on `fact`, with the note for its label after it.
    Message with_note(Message text, const LegalFact &fact, bool child) const;

private:
    struct Row {
        std::string id;
        bool child = false;
        std::vector<std::pair<std::string, const LegalFact *>> when;
        const LegalFact *fact = nullptr;
        Message text;
    };
    const Row &fixed(std::string_view id, bool child) const;
    std::vector<Row> rows_;
};

}  // namespace helder::law
