// SPDX-License-Identifier: EUPL-1.2
// The letters a family member can send (lib/data/letters/): who may send which letter (exactly
// the parties that hold the right it uses, lib/data/law/rights.tsv), and a letter filled from
// what the person tells, in Dutch with its English reading aid, with the law it cites and its
// labels, the deadline it states and notes for the sender. C++ values; letter_document.hh writes
// them as JSON.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/messages.hh"
#include "law/date.hh"
#include "law/legal_facts.hh"
#include "law/rights.hh"
#include "procedure/deadline.hh"
#include "procedure/parties.hh"

namespace helder::letters {

enum class Recipient { organisation, court };
std::string_view recipient_id(Recipient r);

enum class SlotType { text, long_text, date };
std::string_view slot_type_id(SlotType t);

// A value a request may give, and the placeholder of the letters' texts it fills:
// {sender_name} is the request's "sender": {"name"}. `object` is empty for a top-level field.
struct Slot {
    std::string_view placeholder, object, member;
    SlotType type;
    std::string path() const { return object.empty() ? std::string(member) : std::string(object) + "." + std::string(member); }
};
const std::vector<Slot> &slots();

// What the person told, by placeholder; a slot that is absent becomes a marked blank.
struct Values {
    std::map<std::string, std::string, std::less<>> text;
    std::map<std::string, Date, std::less<>> dates;
    bool has(std::string_view placeholder) const { return text.count(placeholder) || dates.count(placeholder); }
};

struct Letter {
    std::string id;     // "inzage"
    std::string right;  // the right of rights.tsv it uses: who holds it may send the letter
    Recipient recipient = Recipient::organisation;
    const procedure::DeadlineKind *deadline = nullptr;  // the deadline it states, if any
    std::string deadline_from;                          // the date slot that deadline counts from
    std::vector<const Slot *> fields;                   // the slots its texts use, in order
    size_t head_fields = 0;                             // how many of them its head and foot use
    std::vector<const law::LegalFact *> law;            // the facts its texts name, in order
};

struct Note {
    std::string id;
    Message text;
};

// One letter for one party: the letter itself (nl) with its reading aid (en).
struct Draft {
    const Letter *letter = nullptr;
    const procedure::Party *party = nullptr;
    Message title, subject, text;
    std::vector<std::string> blanks;              // request fields left blank, in order
    std::vector<const law::LegalFact *> law;      // facts the letter names, in order
    std::vector<std::optional<Message>> law_notes;  // per fact: the note for its label, if not VERIFIED
    std::optional<procedure::Deadline> deadline;
    std::vector<Note> notes;                      // for the sender, not part of the letter
};

class Letters {
public:
    // Reads lib/data/letters/; throws Failure on bad data, such as a placeholder without a blank for
    // someone who may send the letter, or a party without words for why it may not.
    Letters(const law::LegalFacts &facts, const law::Rights &rights, const procedure::Parties &parties);

    const std::vector<Letter> &all() const { return letters_; }
    const Letter *find(std::string_view id) const;
    const procedure::Parties &parties() const { return parties_; }

    // Whether the party holds the right the letter uses.
    bool may_send(const Letter &letter, const procedure::Party &party) const;
    // Why the party may not send it, with the note for the law it names.
    Message refusal(const Letter &letter, const procedure::Party &party) const;
    Message title(const Letter &letter, bool child) const;
    Message purpose(const Letter &letter, bool child) const;
    Message field_label(const Letter &letter, const Slot &slot, bool child) const;
    // The slots the letter can use for this party (a paragraph for a parent with gezag asks a
    // parent without gezag nothing), in order; all of them without a party.
    std::vector<const Slot *> fields(const Letter &letter, const procedure::Party *party) const;

    // The letter filled in; `today` counts the deadline's days left when the request gives no date.
    // The caller checks may_send() first.
    Draft draft(const Letter &letter, const procedure::Party &party, const Values &values, const Date &today) const;

private:
    struct Condition {
        std::string kind, arg;  // always, adult, child, gezag, with:FIELD, late, not_late, to:RECIPIENT
    };
    struct Situation;
    struct Paragraph {
        std::string letter;
        std::vector<Condition> when;
        Message text;  // facts filled in
        std::vector<const law::LegalFact *> facts;
        std::vector<std::string> placeholders;
    };
    struct NoteRow {
        std::string id;
        std::string letter;  // or "*"
        std::vector<Condition> when;
        std::string right;  // right:ID, or empty
        Message text;
        std::vector<const law::LegalFact *> facts;
    };

    void load_letters(const std::vector<std::string> &right_ids);
    void load_paragraphs(const law::LegalFacts &facts);
    void load_notes(const law::LegalFacts &facts, const std::vector<std::string> &right_ids);
    void index(Letter &letter) const;
    void add_deadline_notes(Draft &draft, bool child) const;
    void add_law_notes(Draft &draft, bool child) const;
    std::vector<Condition> conditions(std::string_view when, const std::string &where) const;
    static bool holds(const std::vector<Condition> &when, const Situation &s);
    struct Text {
        Message words;  // facts filled in
        std::vector<const law::LegalFact *> facts;
    };
    // A text of letter_texts.tsv, the child's words when there are some; null when there is none.
    const Text *text(const std::string &id, bool child) const;
    Message noted(const Message &text, const std::vector<const law::LegalFact *> &facts, bool child) const;
    const Text *blank(const Letter &letter, std::string_view placeholder, bool child) const;
    void check(const Letter &letter) const;

    const law::Rights &rights_;
    const procedure::Parties &parties_;
    std::map<std::string, Text, std::less<>> texts_;
    std::vector<Letter> letters_;
    std::vector<Paragraph> paragraphs_;
    std::vector<NoteRow> notes_;
};

}  // namespace helder::letters
