// SPDX-License-Identifier: EUPL-1.2
#include "letters/letters.hh"

#include <algorithm>

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder::letters {
namespace {

[[noreturn]] void bad_data(const std::string &where, const std::string &why) {
    throw Failure(HELDER_E_INTERNAL, "lib/data/letters/" + where + ": " + why);
}

std::string at_line(std::string_view file, size_t line) { return std::string(file) + " line " + std::to_string(line); }

// The names inside {…} of a template, in order; {fact:…} excluded (filled in when loaded).
std::vector<std::string> placeholders_of(std::string_view text) {
    std::vector<std::string> out;
    for (size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        const std::string_view name = text.substr(open + 1, close - open - 1);
        if (name.rfind("fact:", 0) != 0 && std::find(out.begin(), out.end(), name) == out.end()) out.emplace_back(name);
    }
    return out;
}

// The legal facts a template names ({fact:ID}, {fact:ID:n}, {fact:ID:article}), in order.
std::vector<const law::LegalFact *> facts_of(std::string_view text, const law::LegalFacts &facts) {
    static constexpr std::string_view kOpen = "{fact:";
    std::vector<const law::LegalFact *> out;
    for (size_t at = text.find(kOpen); at != std::string_view::npos; at = text.find(kOpen, at + 1)) {
        const size_t close = text.find('}', at);
        if (close == std::string_view::npos) break;
        std::string_view id = text.substr(at + kOpen.size(), close - at - kOpen.size());
        id = id.substr(0, id.find(':'));
        const law::LegalFact *f = &facts.get(id);
        if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
    }
    return out;
}

void add_unique(std::vector<const law::LegalFact *> &to, const std::vector<const law::LegalFact *> &from) {
    for (const law::LegalFact *f : from)
        if (std::find(to.begin(), to.end(), f) == to.end()) to.push_back(f);
}

// Placeholders that are not a slot of the request: the recipient (the organisation or the court,
// by the letter), the letter's subject and the last day of its deadline.
bool derived(std::string_view name) { return name == "recipient_name" || name == "recipient_address" || name == "subject" || name == "due"; }

const Slot *slot(std::string_view placeholder) {
    for (const Slot &s : slots())
        if (s.placeholder == placeholder) return &s;
    return nullptr;
}

// The slot a derived recipient placeholder stands for in this letter.
std::string_view recipient_slot(std::string_view name, Recipient to) {
    if (name == "recipient_name") return to == Recipient::court ? "court_name" : "organisation_name";
    if (name == "recipient_address") return to == Recipient::court ? "court_address" : "organisation_address";
    return name;
}

// The lines of every letter around its paragraphs: a line of one placeholder or of one text id
// (line_*, greeting_*, closing); empty strings are empty lines. {recipient} picks the letter's.
const std::vector<std::string_view> &head() {
    static const std::vector<std::string_view> lines = {"{sender_name}", "{sender_address}", "", "{recipient_name}", "{recipient_address}", "",
                                                        "line_date", "line_reference_{recipient}", "line_subject", "", "greeting_{recipient}"};
    return lines;
}
const std::vector<std::string_view> &foot() {
    static const std::vector<std::string_view> lines = {"closing", "", "{sender_name}"};
    return lines;
}

std::string for_recipient(std::string_view line, Recipient to) {
    std::string out(line);
    const size_t at = out.find("{recipient}");
    if (at != std::string::npos) out.replace(at, 11, recipient_id(to));
    return out;
}

// A text in both languages with its {name} placeholders filled, each value in the same language.
Message fill_both(const Message &words, const std::vector<std::pair<std::string_view, Message>> &values) {
    Message out;
    for (const bool english : {false, true})
        (english ? out.en : out.nl) = fill_placeholders(english ? words.en : words.nl, [&](std::string_view name, std::string &o) {
            for (const auto &[n, v] : values)
                if (n == name) {
                    o += english ? v.en : v.nl;
                    return true;
                }
            return false;
        });
    return out;
}

}  // namespace

std::string_view recipient_id(Recipient r) { return r == Recipient::court ? "court" : "organisation"; }

std::string_view slot_type_id(SlotType t) {
    switch (t) {
    case SlotType::text: return "text";
    case SlotType::long_text: return "long_text";
    case SlotType::date: return "date";
    }
    return "text";
}

const std::vector<Slot> &slots() {
    static const std::vector<Slot> all = {
        {"sender_name", "sender", "name", SlotType::text},
        {"sender_address", "sender", "address", SlotType::long_text},
        {"organisation_name", "organisation", "name", SlotType::text},
        {"organisation_address", "organisation", "address", SlotType::long_text},
        {"court_name", "court", "name", SlotType::text},
        {"court_address", "court", "address", SlotType::long_text},
        {"child_name", "child", "name", SlotType::text},
        {"child_birth_date", "child", "birth_date", SlotType::date},
        {"date", "", "date", SlotType::date},
        {"reference", "", "reference", SlotType::text},
        {"directive_date", "", "directive_date", SlotType::date},
        {"directive_about", "", "directive_about", SlotType::text},
        {"hearing_date", "", "hearing_date", SlotType::date},
        {"details", "", "details", SlotType::long_text},
        {"wish", "", "wish", SlotType::long_text},
        {"statement", "", "statement", SlotType::long_text},
        {"late_reason", "", "late_reason", SlotType::long_text},
    };
    return all;
}

struct Letters::Situation {
    bool child = false, gezag = false;
    Recipient to = Recipient::organisation;
    bool late = false;
    const std::set<std::string> *given = nullptr;  // request fields given ("child.name")
};

Letters::Letters(const law::LegalFacts &facts, const law::Rights &rights, const procedure::Parties &parties)
    : rights_(rights), parties_(parties) {
    const Messages texts = Messages::load("letters/letter_texts.tsv");
    for (const auto &[id, m] : texts.templates()) {
        std::vector<const law::LegalFact *> named = facts_of(m.nl, facts);
        add_unique(named, facts_of(m.en, facts));
        texts_.emplace(id, Text{facts.expand(m), std::move(named)});
    }
    const std::vector<std::string> right_ids = rights.ids();
    load_letters(right_ids);
    load_paragraphs(facts);
    load_notes(facts, right_ids);
    for (Letter &l : letters_) {
        index(l);
        check(l);
    }
}

void Letters::load_letters(const std::vector<std::string> &right_ids) {
    const procedure::DeadlineRules &deadlines = procedure::DeadlineRules::shipped();
    for (const auto &row : tsv::parse(resources::get("letters/letters.tsv"))) {
        const auto &f = row.fields;
        const std::string where = at_line("letters.tsv", row.line);
        if (f.size() != 5) bad_data(where, "expected 5 columns");
        Letter l;
        l.id = std::string(f[0]);
        l.right = std::string(f[1]);
        if (std::find(right_ids.begin(), right_ids.end(), l.right) == right_ids.end()) bad_data(where, "no right " + l.right + " in rights.tsv");
        if (f[2] != "organisation" && f[2] != "court") bad_data(where, "recipient is organisation or court");
        l.recipient = f[2] == "court" ? Recipient::court : Recipient::organisation;
        if (f[3] != "-") {
            if (!(l.deadline = deadlines.kind(f[3]))) bad_data(where, "no deadline kind " + std::string(f[3]));
            const Slot *from = slot(f[4]);
            if (!from || from->type != SlotType::date) bad_data(where, "a deadline counts from a date field, not " + std::string(f[4]));
            l.deadline_from = std::string(from->placeholder);
        }
        if (find(l.id)) bad_data(where, "letter " + l.id + " twice");
        letters_.push_back(std::move(l));
    }
}

void Letters::load_paragraphs(const law::LegalFacts &facts) {
    for (const auto &row : tsv::parse(resources::get("letters/paragraphs.tsv"))) {
        const std::string where = at_line("paragraphs.tsv", row.line);
        if (row.fields.size() != 4) bad_data(where, "expected 4 columns");
        Paragraph p;
        p.letter = std::string(row.fields[0]);
        if (!find(p.letter)) bad_data(where, "no letter " + p.letter);
        p.when = conditions(row.fields[1], where);
        const Message raw{std::string(row.fields[2]), std::string(row.fields[3])};
        p.facts = facts_of(raw.nl, facts);
        if (facts_of(raw.en, facts) != p.facts) bad_data(where, "the Dutch and the English name other facts");
        // The letter's notes name each law it cites by its article.
        for (const law::LegalFact *fact : p.facts)
            if (!fact->has_article()) bad_data(where, "a letter cites only a fact with an article, not " + fact->id);
        p.placeholders = placeholders_of(raw.nl);
        if (placeholders_of(raw.en) != p.placeholders) bad_data(where, "the Dutch and the English have other placeholders");
        p.text = facts.expand(raw);
        paragraphs_.push_back(std::move(p));
    }
}

void Letters::load_notes(const law::LegalFacts &facts, const std::vector<std::string> &right_ids) {
    for (const auto &row : tsv::parse(resources::get("letters/notes.tsv"))) {
        const std::string where = at_line("notes.tsv", row.line);
        const auto &f = row.fields;
        if (f.size() != 5) bad_data(where, "expected 5 columns");
        NoteRow n;
        n.id = std::string(f[0]);
        n.letter = std::string(f[1]);
        if (n.letter != "*" && !find(n.letter)) bad_data(where, "no letter " + n.letter);
        n.when = conditions(f[2], where);
        if (f[3].rfind("right:", 0) == 0) {
            n.right = std::string(f[3].substr(6));
            if (f[4] != "-") bad_data(where, "right:ID takes - in English");
            if (std::find(right_ids.begin(), right_ids.end(), n.right) == right_ids.end()) bad_data(where, "no right " + n.right);
        } else {
            const Message raw{std::string(f[3]), std::string(f[4])};
            n.facts = facts_of(raw.nl, facts);
            if (!placeholders_of(raw.nl).empty() || !placeholders_of(raw.en).empty()) bad_data(where, "a note has no placeholders");
            n.text = facts.expand(raw);
        }
        notes_.push_back(std::move(n));
    }
}

// The fields a letter uses, in the order it shows them (its head and foot, then its paragraphs),
// and the law its texts name.
void Letters::index(Letter &l) const {
    const auto use = [&](const std::string &name) {
        const Slot *s = slot(recipient_slot(name, l.recipient));
        if (s && std::find(l.fields.begin(), l.fields.end(), s) == l.fields.end()) l.fields.push_back(s);
    };
    for (const auto *lines : {&head(), &foot()})
        for (const std::string_view spec : *lines) {
            if (spec.empty()) continue;
            std::string words(spec);
            if (spec.front() != '{') {
                const auto it = texts_.find(for_recipient(spec, l.recipient));
                if (it == texts_.end()) bad_data("letter_texts.tsv", "no text " + for_recipient(spec, l.recipient));
                words = it->second.words.nl;
            }
            for (const std::string &name : placeholders_of(words)) use(name);
        }
    l.head_fields = l.fields.size();
    for (const std::string &id : {"title_" + l.id, "purpose_" + l.id, "subject_" + l.id}) {
        if (!texts_.count(id)) bad_data("letter_texts.tsv", "no text " + id);
        add_unique(l.law, texts_.at(id).facts);
    }
    for (const Paragraph &p : paragraphs_) {
        if (p.letter != l.id) continue;
        add_unique(l.law, p.facts);
        for (const std::string &name : p.placeholders) {
            if (derived(name)) {
                if (name == "due" && !l.deadline) bad_data("paragraphs.tsv", l.id + " has no deadline for {due}");
                continue;
            }
            if (!slot(name)) bad_data("paragraphs.tsv", l.id + ": unknown placeholder {" + name + "}");
            use(name);
        }
    }
    if (l.deadline && std::none_of(l.fields.begin(), l.fields.end(), [&](const Slot *s) { return s->placeholder == l.deadline_from; }))
        l.fields.push_back(slot(l.deadline_from));
}

std::vector<Letters::Condition> Letters::conditions(std::string_view when, const std::string &where) const {
    static const std::set<std::string, std::less<>> kPlain = {"always", "adult", "child", "gezag", "late", "not_late"};
    std::vector<Condition> out;
    for (std::string_view c : tsv::split(when, ',')) {
        const size_t colon = c.find(':');
        Condition cond{std::string(c.substr(0, colon)), colon == std::string_view::npos ? std::string() : std::string(c.substr(colon + 1))};
        if (cond.kind == "with") {
            const bool known = std::any_of(slots().begin(), slots().end(), [&](const Slot &s) { return s.object == cond.arg || s.path() == cond.arg; });
            if (!known) bad_data(where, "with: names no request field: " + cond.arg);
        } else if (cond.kind == "to") {
            if (cond.arg != "organisation" && cond.arg != "court") bad_data(where, "to:organisation or to:court");
        } else if (!kPlain.count(cond.kind) || colon != std::string_view::npos) {
            bad_data(where, "unknown condition " + std::string(c));
        }
        out.push_back(std::move(cond));
    }
    if (out.empty()) bad_data(where, "no condition");
    return out;
}

bool Letters::holds(const std::vector<Condition> &when, const Situation &s) {
    for (const Condition &c : when) {
        bool ok = true;
        if (c.kind == "adult") ok = !s.child;
        else if (c.kind == "child") ok = s.child;
        else if (c.kind == "gezag") ok = s.gezag;
        else if (c.kind == "late") ok = s.late;
        else if (c.kind == "not_late") ok = !s.late;
        else if (c.kind == "to") ok = recipient_id(s.to) == c.arg;
        else if (c.kind == "with")
            ok = s.given && std::any_of(s.given->begin(), s.given->end(),
                                        [&](const std::string &g) { return g == c.arg || g.rfind(c.arg + ".", 0) == 0; });
        if (!ok) return false;
    }
    return true;
}

const Letter *Letters::find(std::string_view id) const {
    for (const Letter &l : letters_)
        if (l.id == id) return &l;
    return nullptr;
}

const Letters::Text *Letters::text(const std::string &id, bool child) const {
    if (child) {
        const auto it = texts_.find(id + "_child");
        if (it != texts_.end()) return &it->second;
    }
    const auto it = texts_.find(id);
    return it == texts_.end() ? nullptr : &it->second;
}

Message Letters::noted(const Message &words, const std::vector<const law::LegalFact *> &facts, bool child) const {
    Message out = words;
    for (const law::LegalFact *f : facts) out = rights_.with_note(std::move(out), *f, child);
    return out;
}

const Letters::Text *Letters::blank(const Letter &letter, std::string_view placeholder, bool child) const {
    const std::string name(placeholder);
    for (const std::string &id : {"blank_" + letter.id + "_" + name, "blank_" + name + "_" + std::string(recipient_id(letter.recipient)), "blank_" + name})
        if (const Text *t = text(id, child)) return t;
    return nullptr;
}

// Every party the letter is for finds the words it needs, and every other party the words for why
// not: a gap is a build error, not something a family meets.
void Letters::check(const Letter &l) const {
    std::set<std::string> everything;  // every field given: every note that can apply does
    for (const Slot &s : slots()) everything.insert(s.path());
    for (const procedure::Party &p : parties_.all()) {
        const bool child = p.reader.child;
        if (!may_send(l, p)) {
            if (!text("refused_" + l.id, child)) bad_data("letter_texts.tsv", "no refused_" + l.id + " for " + p.id);
            continue;
        }
        for (const Slot *s : l.fields)
            if (!blank(l, s->placeholder, child)) bad_data("letter_texts.tsv", "no blank for {" + std::string(s->placeholder) + "} of " + l.id + " for " + p.id);
        if (l.deadline && !blank(l, "due", child)) bad_data("letter_texts.tsv", "no blank_due");
        for (const Slot *s : l.fields)
            if (!text("field_" + s->path(), child)) bad_data("letter_texts.tsv", "no field_" + s->path());
        for (const NoteRow &n : notes_) {
            if (n.letter != "*" && n.letter != l.id) continue;
            for (const bool late : {false, true}) {
                const Situation s{child, p.reader.gezag, l.recipient, late, &everything};
                if (holds(n.when, s) && !n.right.empty()) rights_.text(n.right, child);  // throws when the reader has no such right
            }
        }
    }
}

bool Letters::may_send(const Letter &letter, const procedure::Party &party) const {
    const std::set<std::string> listed = {letter.right};
    return !rights_.for_reader(party.reader, &listed).empty();
}

Message Letters::refusal(const Letter &letter, const procedure::Party &party) const {
    const Text &t = *text("refused_" + letter.id, party.reader.child);
    return noted(t.words, t.facts, party.reader.child);
}

Message Letters::title(const Letter &letter, bool child) const { return text("title_" + letter.id, child)->words; }

Message Letters::purpose(const Letter &letter, bool child) const {
    const Text &t = *text("purpose_" + letter.id, child);
    return noted(t.words, t.facts, child);
}

std::vector<const Slot *> Letters::fields(const Letter &letter, const procedure::Party *party) const {
    if (!party) return letter.fields;
    // What the party is decides; what the request gives and the deadline could go either way.
    const auto can_hold = [&](const std::vector<Condition> &when) {
        return std::all_of(when.begin(), when.end(), [&](const Condition &c) {
            if (c.kind == "adult") return !party->reader.child;
            if (c.kind == "child") return party->reader.child;
            if (c.kind == "gezag") return party->reader.gezag;
            return true;
        });
    };
    std::vector<const Slot *> out(letter.fields.begin(), letter.fields.begin() + static_cast<std::ptrdiff_t>(letter.head_fields));
    for (size_t i = letter.head_fields; i < letter.fields.size(); ++i) {
        const Slot *s = letter.fields[i];
        const bool used = s->placeholder == letter.deadline_from ||
                          std::any_of(paragraphs_.begin(), paragraphs_.end(), [&](const Paragraph &p) {
                              return p.letter == letter.id && can_hold(p.when) &&
                                     std::find(p.placeholders.begin(), p.placeholders.end(), s->placeholder) != p.placeholders.end();
                          });
        if (used) out.push_back(s);
    }
    return out;
}

Message Letters::field_label(const Letter &letter, const Slot &slot, bool child) const {
    const std::string id = "field_" + slot.path();
    if (const Text *t = text(id + "_" + std::string(recipient_id(letter.recipient)), child)) return t->words;
    return text(id, child)->words;
}

// The last day first: when it is, or that the date of the aanwijzing is missing; then the
// deadline's own warnings (helder_procedure_deadline's, such as the advice to have it checked).
void Letters::add_deadline_notes(Draft &d, bool child) const {
    if (!d.deadline) {
        d.notes.push_back({"deadline_no_date", text("deadline_no_date", child)->words});
        return;
    }
    const procedure::DeadlineRules &rules = procedure::DeadlineRules::shipped();
    const Message due{rules.day_and_date(d.deadline->due, false), rules.day_and_date(d.deadline->due, true)};
    const std::string id = d.deadline->in_time() ? "deadline_due" : "deadline_past";
    d.notes.push_back({id, fill_both(text(id, child)->words, {{"due", due}})});
    for (const procedure::RenderedWarning &w : rules.render_warnings(*d.deadline)) d.notes.push_back({"deadline_" + std::string(w.id), w.text});
}

// Each law the letter names that is not VERIFIED: the note for its label, after its article.
void Letters::add_law_notes(Draft &d, bool child) const {
    for (const law::LegalFact *f : d.law) {
        const Message note = rights_.note(*f, child);
        if (note.nl.empty()) {
            d.law_notes.emplace_back();
            continue;
        }
        d.law_notes.emplace_back(fill_both(text("law_note", child)->words, {{"article", {f->article, f->article}}, {"note", note}}));
        d.notes.push_back({"law_" + f->id, *d.law_notes.back()});
    }
}

Draft Letters::draft(const Letter &letter, const procedure::Party &party, const Values &values, const Date &today) const {
    const bool child = party.reader.child;
    Draft d;
    d.letter = &letter;
    d.party = &party;
    d.title = title(letter, child);

    std::set<std::string> given;
    for (const Slot &s : slots())
        if (values.has(s.placeholder)) given.insert(s.path());
    const auto date_given = values.dates.find("date");
    const procedure::DeadlineRules &rules = procedure::DeadlineRules::shipped();
    if (letter.deadline) {
        const auto from = values.dates.find(letter.deadline_from);
        if (from != values.dates.end())
            d.deadline = rules.compute(*letter.deadline, from->second, procedure::AppealParty::unknown,
                                       date_given != values.dates.end() ? date_given->second : today);
    }
    const Situation situation{child, party.reader.gezag, letter.recipient, d.deadline && !d.deadline->in_time(), &given};

    const Text &subject = *text("subject_" + letter.id, child);
    d.subject = subject.words;
    add_unique(d.law, subject.facts);

    // A placeholder's value in one language; what the person did not give becomes its blank.
    const auto value_in = [&](bool english) {
        return [&, english](std::string_view name, std::string &out) -> bool {
            if (name == "subject") {
                out += english ? d.subject.en : d.subject.nl;
                return true;
            }
            if (name == "due" && d.deadline) {
                out += rules.day_and_date(d.deadline->due, english);
                return true;
            }
            const std::string_view own = recipient_slot(name, letter.recipient);
            const Slot *s = slot(own);
            if (s && values.text.count(own)) out += values.text.find(own)->second;
            else if (s && values.dates.count(own)) out += spelled_out(values.dates.find(own)->second, english);
            else if (s || name == "due") {
                const Text *b = blank(letter, own, child);
                out += english ? b->words.en : b->words.nl;
                const std::string field = s ? s->path() : letter.deadline_from;
                if (std::find(d.blanks.begin(), d.blanks.end(), field) == d.blanks.end()) d.blanks.push_back(field);
            } else {
                return false;
            }
            return true;
        };
    };
    for (const bool english : {false, true}) {
        const Messages::ValueWriter value = value_in(english);
        std::string &out = english ? d.text.en : d.text.nl;
        const auto line = [&](const std::string &words) { (out += words) += '\n'; };
        const auto fixed = [&](std::string_view spec) {
            if (spec.empty()) return line("");
            if (spec.front() == '{') return line(fill_placeholders(std::string(spec), value));
            const Text &t = *text(for_recipient(spec, letter.recipient), child);
            line(fill_placeholders(english ? t.words.en : t.words.nl, value));
        };
        for (const std::string_view spec : head()) fixed(spec);
        for (const Paragraph &p : paragraphs_) {
            if (p.letter != letter.id || !holds(p.when, situation)) continue;
            line("");
            line(fill_placeholders(english ? p.text.en : p.text.nl, value));
            if (!english) add_unique(d.law, p.facts);
        }
        line("");
        for (const std::string_view spec : foot()) fixed(spec);
    }

    if (letter.deadline) add_deadline_notes(d, child);
    for (const NoteRow &n : notes_) {
        if ((n.letter != "*" && n.letter != letter.id) || !holds(n.when, situation)) continue;
        if (!n.right.empty()) d.notes.push_back({n.id, rights_.text(n.right, child)});
        else d.notes.push_back({n.id, noted(n.text, n.facts, child)});
    }
    add_law_notes(d, child);
    return d;
}

}  // namespace helder::letters
