// SPDX-License-Identifier: EUPL-1.2
#include "letters/letter_document.hh"

#include <map>

#include "core/options.hh"
#include "core/utf8.hh"
#include "dossier/validator.hh"
#include "procedure/deadline_document.hh"

namespace helder::letters {
namespace {

using options::Field;
using options::Type;

// The request of helder_letter_draft: "letter", "party" and one field per slot (letters.hh),
// the slots of one object ("sender": {"name", "address"}) as that object's members.
const options::Table &draft_table() {
    static const auto tables = [] {
        struct Tables {
            std::map<std::string_view, options::Table> members;
            options::Table top;
        } t;
        const auto field_of = [](std::string_view name, SlotType type) {
            return Field{name, type == SlotType::date ? Type::NonEmptyString : Type::String};
        };
        for (const Slot &s : slots())
            if (!s.object.empty()) t.members[s.object].push_back(field_of(s.member, s.type));
        t.top = {{"letter", Type::NonEmptyString, true}, {"party", Type::NonEmptyString, true}};
        for (const Slot &s : slots()) {
            if (s.object.empty()) t.top.push_back(field_of(s.member, s.type));
            else if (std::none_of(t.top.begin(), t.top.end(), [&](const Field &f) { return f.name == s.object; }))
                t.top.push_back(Field{s.object, Type::Object, false, 0, 0, {}, &t.members.at(s.object)});
        }
        return t;
    }();
    return tables.top;
}

Error invalid_utf8(size_t at) { return make_error(HELDER_E_INVALID_UTF8, "request: not valid UTF-8 at byte " + std::to_string(at), at); }

std::string id_list(const std::vector<std::string> &ids) {
    std::string out;
    for (const std::string &id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
}

Result<const procedure::Party *> party_of(const Letters &letters, const options::Fields &request) {
    const procedure::Party *p = letters.parties().find(request.string("party"));
    if (p) return p;
    std::vector<std::string> ids;
    for (const procedure::Party &q : letters.parties().all()) ids.push_back(q.id);
    return request.invalid("party", "one of " + id_list(ids));
}

void write_message(json::Writer &w, const Message &m) { w.begin_object().key("nl").string(m.nl).key("en").string(m.en).end_object(); }

// What the person told: each slot given as a non-blank string, dates checked.
Result<Values> values_of(const options::Fields &request, const Letter &letter) {
    Values v;
    for (const Slot &s : slots()) {
        const json::Value holder = s.object.empty() ? request.root() : request.get(s.object);
        const json::Value value = holder.valid() ? holder.find(s.member) : json::Value();
        if (!value.valid()) continue;
        const std::string_view text = value.as_string();
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
        if (s.type != SlotType::date) {
            v.text.emplace(std::string(s.placeholder), std::string(text));
            continue;
        }
        const auto date = Date::parse(text);
        if (!date) return request.invalid(s.path(), "a date that exists, written as YYYY-MM-DD");
        if (s.placeholder == letter.deadline_from)
            if (const auto problem = procedure::deadline_start_problem(*date)) return request.invalid(s.path(), *problem);
        v.dates.emplace(std::string(s.placeholder), *date);
    }
    return v;
}

void write_law(json::Writer &w, const law::LegalFact &f) {
    w.key("fact").string(f.id).key("article").string(f.article).key("label").string(f.label);
}

}  // namespace

Result<json::OwnedText> list_document(const Letters &letters, std::string_view request_json) {
    if (const auto bad = utf8::first_invalid(request_json)) return invalid_utf8(*bad);
    static const options::Table kTable = {{"party", Type::NonEmptyString}};
    auto request = options::Fields::parse(request_json, kTable, "request");
    if (!request) return request.error();
    const procedure::Party *party = nullptr;
    if (request->has("party")) {
        auto p = party_of(letters, *request);
        if (!p) return p.error();
        party = *p;
    }
    const bool child = party && party->reader.child;
    json::Writer w;
    w.begin_object().key("format").integer(1).key("party");
    if (party) w.string(party->id);
    else w.null();
    w.key("letters").begin_array();
    for (const Letter &l : letters.all()) {
        w.begin_object().key("id").string(l.id);
        w.key("title");
        write_message(w, letters.title(l, child));
        w.key("purpose");
        write_message(w, letters.purpose(l, child));
        w.key("recipient").string(recipient_id(l.recipient)).key("right").string(l.right);
        w.key("deadline");
        if (l.deadline) w.string(l.deadline->id);
        else w.null();
        w.key("parties").begin_array();
        for (const procedure::Party &p : letters.parties().all())
            if (letters.may_send(l, p)) w.string(p.id);
        w.end_array();
        w.key("fields").begin_array();
        for (const Slot *s : letters.fields(l, party)) {
            w.begin_object().key("name").string(s->path()).key("type").string(slot_type_id(s->type)).key("label");
            write_message(w, letters.field_label(l, *s, child));
            w.end_object();
        }
        w.end_array();
        w.key("law").begin_array();
        for (const law::LegalFact *f : l.law) {
            w.begin_object();
            write_law(w, *f);
            w.end_object();
        }
        w.end_array();
        if (party) {
            const bool offered = letters.may_send(l, *party);
            w.key("offered").boolean(offered).key("refusal");
            if (offered) w.null();
            else write_message(w, letters.refusal(l, *party));
        }
        w.end_object();
    }
    w.end_array().end_object();
    return w.release();
}

Result<json::OwnedText> draft_document(const Letters &letters, std::string_view request_json) {
    if (const auto bad = utf8::first_invalid(request_json)) return invalid_utf8(*bad);
    auto request = options::Fields::parse(request_json, draft_table(), "request");
    if (!request) return request.error();
    const Letter *letter = letters.find(request->string("letter"));
    if (!letter) {
        std::vector<std::string> ids;
        for (const Letter &l : letters.all()) ids.push_back(l.id);
        return request->invalid("letter", "one of " + id_list(ids));
    }
    auto party = party_of(letters, *request);
    if (!party) return party.error();
    const procedure::Party &sender = **party;
    if (!letters.may_send(*letter, sender)) {
        const Message why = letters.refusal(*letter, sender);
        return make_error(HELDER_E_DENIED, "request: " + sender.id + " may not send the letter " + letter->id + ": " + why.en + " [nl] " + why.nl);
    }
    auto values = values_of(*request, *letter);
    if (!values) return values.error();
    const Draft d = letters.draft(*letter, sender, *values, dossier::system_today());

    json::Writer w;
    w.begin_object().key("format").integer(1);
    w.key("letter").string(letter->id).key("party").string(sender.id).key("recipient").string(recipient_id(letter->recipient));
    w.key("title");
    write_message(w, d.title);
    w.key("subject");
    write_message(w, d.subject);
    w.key("text");
    write_message(w, d.text);
    w.key("blanks").begin_array();
    for (const std::string &b : d.blanks) w.string(b);
    w.end_array();
    w.key("law").begin_array();
    for (size_t i = 0; i < d.law.size(); ++i) {
        const law::LegalFact &f = *d.law[i];
        w.begin_object();
        write_law(w, f);
        w.key("value_label").string(f.value_label).key("article_label").string(f.article_label).key("note");
        if (d.law_notes[i]) write_message(w, *d.law_notes[i]);
        else w.null();
        w.end_object();
    }
    w.end_array();
    w.key("deadline");
    if (d.deadline) {
        w.begin_object();
        procedure::write_deadline_members(w, procedure::DeadlineRules::shipped(), *d.deadline);
        w.end_object();
    } else {
        w.null();
    }
    w.key("notes").begin_array();
    for (const Note &n : d.notes) w.begin_object().key("id").string(n.id).key("nl").string(n.text.nl).key("en").string(n.text.en).end_object();
    w.end_array();
    w.end_object();
    return w.release();
}

}  // namespace helder::letters
