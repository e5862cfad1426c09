// SPDX-License-Identifier: EUPL-1.2
// The letters a family member can send (lib/letters/, helder_letter_list and helder_letter_draft):
// each letter in Dutch and English for everyone who may send it, helder's own B1 check on every
// Dutch text, the last day of the aanwijzing letter against the deadline function (weekends and
// holidays included), who is refused, what a blank looks like, and hostile requests.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/json.hh"
#include "core/json_schema.hh"
#include "core/resources.hh"
#include "helder/helder.h"
#include "letters/letter_document.hh"
#include "letters/letters.hh"
#include "procedure/deadline_document.hh"
#include "procedure/procedures.hh"
#include "test_support.hh"

namespace helder::letters {
namespace {

const law::LegalFacts &law() {
    static const law::LegalFacts facts = law::LegalFacts::load();
    return facts;
}

const procedure::Procedures &procedures() {
    static const procedure::Procedures p(law());
    return p;
}

const Letters &letters() {
    static const Letters l(procedures().law(), procedures().rights(), procedures().parties());
    return l;
}

struct Answer {
    helder_status status = HELDER_OK;
    std::string text;  // the document, or the error's message
};

Answer draft(const std::string &request) {
    auto d = draft_document(letters(), request);
    if (!d) return {d.error().status, d.error().message};
    return {HELDER_OK, d.value().str()};
}

Answer list(const std::string &request) {
    auto d = list_document(letters(), request);
    if (!d) return {d.error().status, d.error().message};
    return {HELDER_OK, d.value().str()};
}

json::Document parsed(const std::string &text) {
    auto doc = json::Document::parse(text);
    EXPECT_TRUE(doc.ok()) << text.substr(0, 200);
    return std::move(doc.value());
}

// Both published schemas, with the format "date" as the library reads a date.
const json::Schema &schema(const std::string &name) {
    static std::map<std::string, json::Schema> compiled;
    auto it = compiled.find(name);
    if (it == compiled.end()) {
        auto s = json::Schema::compile(resources::get("schemas/" + name + ".schema.json"),
                                       {{"date", [](std::string_view t) { return Date::parse(t).has_value(); }}});
        EXPECT_TRUE(s.ok()) << name << ": " << (s.ok() ? "" : s.error().message);
        it = compiled.emplace(name, std::move(s.value())).first;
    }
    return it->second;
}

void expect_follows(const std::string &schema_name, const std::string &json_text) {
    const json::Document doc = parsed(json_text);
    std::vector<json::SchemaViolation> v;
    schema(schema_name).validate(doc.root(), v);
    EXPECT_TRUE(v.empty()) << schema_name << ": " << (v.empty() ? "" : v[0].pointer + " " + v[0].keyword + " " + v[0].detail) << "\n"
                           << json_text.substr(0, 300);
}

// A draft that must succeed and follow the answer schema; the request follows the request schema.
json::Document good_draft(const std::string &request) {
    expect_follows("letter-request", request);
    const Answer a = draft(request);
    EXPECT_EQ(a.status, HELDER_OK) << request << ": " << a.text;
    expect_follows("letter-answer", a.text);
    return parsed(a.text);
}

std::string str(const json::Value &v) { return std::string(v.as_string()); }

std::vector<std::string> strings(const json::Value &array) {
    std::vector<std::string> out;
    for (json::Value e = array.first_child(); e.valid(); e = e.next_sibling()) out.push_back(str(e));
    return out;
}

std::vector<std::string> party_ids() {
    std::vector<std::string> out;
    for (const procedure::Party &p : letters().parties().all()) out.push_back(p.id);
    return out;
}

// A request that gives everything a letter can use.
std::string full_request(const std::string &letter, const std::string &party, const std::string &directive_date = "2026-03-02",
                         const std::string &date = "2026-03-10") {
    return R"({"letter":")" + letter + R"(","party":")" + party + R"(","date":")" + date +
           R"(","sender":{"name":"Anna de Boer","address":"Dorpsstraat 1\n1234 AB Ergens"},)"
           R"("organisation":{"name":"Jeugdbescherming Noord","address":"Postbus 10\n9700 AA Groningen"},)"
           R"("court":{"name":"Rechtbank Noord-Nederland","address":"Postbus 150\n9700 AD Groningen"},)"
           R"("child":{"name":"Sara de Boer","birth_date":"2013-05-04"},"reference":"C/18/123456",)"
           R"("directive_date":")" + directive_date + R"(","directive_about":"de school van Sara","hearing_date":"2026-04-07",)"
           R"("details":"In het verslag staat dat ik niet naar gesprekken kom. Ik was bij elk gesprek.",)"
           R"("wish":"Ik wil graag een gesprek met de teamleider.","statement":"Ik was bij elk gesprek. Dat staat in mijn agenda.",)"
           R"("late_reason":"Ik lag in het ziekenhuis."})";
}

// The jargon a letter and its notes may keep: the names of the law it cites, of what it asks the
// court (the court and the organisation know it by these names), and of the people and bodies a
// family turns to (the notes take them from the rights, lib/data/law/rights.tsv).
const std::set<std::string> &legal_names() {
    static const std::set<std::string> names = {"AVG", "BW", "Jw", "Rv", "schriftelijke aanwijzing", "verweerschrift", "jeugdbeschermer",
                                                "vertrouwenspersoon", "kinderrechter", "Veilig Thuis", "Rechtsbijstand"};
    return names;
}

// Dutch that meets B1 and draws no finding from helder's own check, but for the names of the law
// (legal_names()).
void expect_plain_letter_dutch(const std::string &id, const std::string &text) {
    testing::expect_plain_dutch(id, text, {"jargon"});
    for (const testing::Found &f : testing::findings(text, "jargon"))
        EXPECT_TRUE(legal_names().count(f.text)) << id << ": jargon '" << f.text << "' in: " << text;
}

// ---- Every letter, every party -----------------------------------------------------------------

TEST(Letters, ThereAreTheFiveLettersOfTheIssue) {
    std::vector<std::string> ids;
    for (const Letter &l : letters().all()) ids.push_back(l.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"inzage", "correctie", "klacht", "vervallenverklaring", "verweerschrift"}));
}

TEST(Letters, EachRendersInDutchAndEnglishForEveryoneWhoMaySendIt) {
    size_t drafts = 0;
    for (const Letter &l : letters().all())
        for (const procedure::Party &p : letters().parties().all()) {
            if (!letters().may_send(l, p)) continue;
            const json::Document d = good_draft(full_request(l.id, p.id));
            const std::string nl = str(d.root().find("text").find("nl")), en = str(d.root().find("text").find("en"));
            EXPECT_NE(nl.find("Anna de Boer"), std::string::npos) << l.id;
            EXPECT_NE(en.find("Anna de Boer"), std::string::npos) << l.id;
            EXPECT_NE(nl.find("10 maart 2026"), std::string::npos) << l.id;
            EXPECT_NE(en.find("10 March 2026"), std::string::npos) << l.id;
            EXPECT_NE(nl.find(l.recipient == Recipient::court ? "Rechtbank Noord-Nederland" : "Jeugdbescherming Noord"), std::string::npos);
            EXPECT_NE(nl.find("Met vriendelijke groet,"), std::string::npos);
            EXPECT_NE(en.find("Kind regards,"), std::string::npos);
            // Given everything, nothing is left blank; the letters with points to write keep theirs.
            EXPECT_TRUE(strings(d.root().find("blanks")).empty()) << l.id << " " << p.id;
            if (l.id != "verweerschrift") {
                EXPECT_EQ(nl.find('['), std::string::npos) << l.id << "\n" << nl;
            }
            expect_plain_letter_dutch(l.id + "/" + p.id, nl);
            ++drafts;
        }
    EXPECT_GE(drafts, 20u);
}

// With nothing but the letter and the party, every field is a marked blank, in both languages.
TEST(Letters, WhatIsNotGivenIsAMarkedBlank) {
    for (const Letter &l : letters().all())
        for (const procedure::Party &p : letters().parties().all()) {
            if (!letters().may_send(l, p)) continue;
            const json::Document d = good_draft(R"({"letter":")" + l.id + R"(","party":")" + p.id + R"("})");
            const std::string nl = str(d.root().find("text").find("nl")), en = str(d.root().find("text").find("en"));
            EXPECT_NE(nl.find(p.reader.child ? "[je naam]" : "[uw naam]"), std::string::npos) << l.id << " " << p.id;
            EXPECT_NE(en.find("[your name]"), std::string::npos);
            EXPECT_NE(nl.find("[datum]"), std::string::npos);
            const std::vector<std::string> blanks = strings(d.root().find("blanks"));
            ASSERT_GE(blanks.size(), 4u);
            EXPECT_EQ(blanks[0], "sender.name");
            // Every field named as blank is one the list offers this party.
            std::set<std::string> offered;
            for (const Slot *s : letters().fields(l, &p)) offered.insert(s->path());
            for (const std::string &b : blanks) EXPECT_TRUE(offered.count(b)) << l.id << " " << p.id << ": " << b;
            expect_plain_letter_dutch(l.id + "/" + p.id + "/blank", nl);
        }
}

TEST(Letters, ASpaceOnlyFieldIsABlankAndAValueIsNeverReadAsAPlaceholder) {
    const json::Document d = good_draft(R"({"letter":"klacht","party":"foster_parent","sender":{"name":"  "},)"
                                        R"("details":"{due} {fact:majority} {sender_name}"})");
    const std::string nl = str(d.root().find("text").find("nl"));
    EXPECT_NE(nl.find("[uw naam]"), std::string::npos);
    EXPECT_NE(nl.find("{due} {fact:majority} {sender_name}"), std::string::npos);
}

// ---- The law in the letters --------------------------------------------------------------------

// Every law a letter names comes with its article and label; what is not VERIFIED has a note in
// the notes for the sender, which says so.
TEST(Letters, EachLawComesWithItsLabelAndANoteWhenNotVerified) {
    size_t unverified = 0;
    for (const Letter &l : letters().all()) {
        const procedure::Party &sender = *letters().parties().find(l.id == "vervallenverklaring" || l.id == "verweerschrift" ? "parent_with_gezag" : "other_adult");
        ASSERT_TRUE(letters().may_send(l, sender)) << l.id;
        const json::Document d = good_draft(full_request(l.id, sender.id));
        const std::string nl = str(d.root().find("text").find("nl"));
        std::set<std::string> note_ids;
        for (json::Value n = d.root().find("notes").first_child(); n.valid(); n = n.next_sibling()) note_ids.insert(str(n.find("id")));
        for (json::Value f = d.root().find("law").first_child(); f.valid(); f = f.next_sibling()) {
            const law::LegalFact &fact = law().get(f.find("fact").as_string());
            EXPECT_EQ(str(f.find("article")), fact.article);
            EXPECT_EQ(str(f.find("label")), fact.label);
            EXPECT_NE(nl.find(fact.article), std::string::npos) << l.id << " names " << fact.id << " but not its article";
            if (fact.label == "VERIFIED") {
                EXPECT_TRUE(f.find("note").is_null());
                continue;
            }
            ++unverified;
            const std::string note = str(f.find("note").find("nl"));
            // The note the rights give for this label ("Dit is niet zeker. …"), after the article.
            EXPECT_EQ(note, "Het gaat om " + fact.article + ". " + procedures().rights().note(fact, false).nl);
            EXPECT_TRUE(note_ids.count("law_" + fact.id)) << l.id << ": " << fact.id;
        }
    }
    EXPECT_GE(unverified, 4u);  // AVG art. 15 and 16, art. 7.3.10 Jw, Jw §4.2 among them
}

TEST(Letters, TheAccessLetterSaysTheAvgArticleIsNotConfirmed) {
    const json::Document d = good_draft(full_request("inzage", "parent_with_gezag"));
    const std::string nl = str(d.root().find("text").find("nl"));
    EXPECT_NE(nl.find("AVG art. 15"), std::string::npos);
    EXPECT_NE(nl.find("Sara de Boer"), std::string::npos);  // a parent with gezag asks for the child's data too
    std::map<std::string, std::string> notes;
    for (json::Value n = d.root().find("notes").first_child(); n.valid(); n = n.next_sibling()) notes[str(n.find("id"))] = str(n.find("nl"));
    EXPECT_EQ(notes["law_avg_access"], "Het gaat om AVG art. 15. Dit is niet zeker. Vraag het na bij uw advocaat of het Juridisch Loket.");
    EXPECT_TRUE(notes.count("right_read_copy_child"));  // from 16 the child must consent
    // A parent without gezag asks only for their own data.
    const json::Document other = good_draft(full_request("inzage", "parent_without_gezag"));
    EXPECT_EQ(str(other.root().find("text").find("nl")).find("Sara de Boer"), std::string::npos);
}

// ---- The last day of the aanwijzing letter -----------------------------------------------------

struct LastDay {
    const char *sent, *due, *due_nl, *due_en;
};

// The expected days are counted here from art. 1:264 BW (two weeks from the day after sending)
// and the Algemene termijnenwet (a last day on a Saturday, Sunday or holiday moves to the next
// working day); each is also what helder_procedure_deadline gives for the same kind and date.
TEST(Letters, TheAanwijzingLetterStatesTheLastDayOfTheDeadlineFunction) {
    const LastDay cases[] = {
        {"2026-03-02", "2026-03-16", "maandag 16 maart 2026", "Monday 16 March 2026"},                // a Monday: stays
        {"2026-03-07", "2026-03-23", "maandag 23 maart 2026", "Monday 23 March 2026"},                // ends on a Saturday
        {"2026-12-18", "2027-01-04", "maandag 4 januari 2027", "Monday 4 January 2027"},              // New Year's Day, then a weekend
        {"2026-03-23", "2026-04-07", "dinsdag 7 april 2026", "Tuesday 7 April 2026"},                 // Easter Monday
        {"2026-04-13", "2026-04-28", "dinsdag 28 april 2026", "Tuesday 28 April 2026"},               // Koningsdag (27 April)
    };
    for (const LastDay &c : cases) {
        const json::Document d = good_draft(full_request("vervallenverklaring", "parent_with_gezag", c.sent, c.sent));
        const json::Value deadline = d.root().find("deadline");
        EXPECT_EQ(str(deadline.find("kind")), "vervallenverklaring-aanwijzing");
        EXPECT_EQ(str(deadline.find("from")), c.sent);
        EXPECT_EQ(str(deadline.find("due")), c.due) << c.sent;
        const auto function = procedure::deadline_document(std::string(R"({"kind":"vervallenverklaring-aanwijzing","from":")") + c.sent +
                                                           R"(","today":")" + c.sent + R"("})");
        ASSERT_TRUE(function.ok());
        EXPECT_EQ(str(parsed(function.value().str()).root().find("due")), c.due);
        const std::string nl = str(d.root().find("text").find("nl")), en = str(d.root().find("text").find("en"));
        EXPECT_NE(nl.find("De laatste dag om dit te vragen is " + std::string(c.due_nl) + "."), std::string::npos) << nl;
        EXPECT_NE(en.find(c.due_en), std::string::npos) << en;
        EXPECT_NE(nl.find("art. 1:264 BW"), std::string::npos);
        // The same day in the notes, and the deadline's own notes (the directive applies meanwhile).
        std::map<std::string, std::string> notes;
        for (json::Value n = d.root().find("notes").first_child(); n.valid(); n = n.next_sibling()) notes[str(n.find("id"))] = str(n.find("nl"));
        EXPECT_NE(notes["deadline_due"].find(c.due_nl), std::string::npos);
        EXPECT_TRUE(notes.count("deadline_voiding_no_pause"));
        // A date the Atw rules make less sure than the law carries the advice to have it checked.
        EXPECT_EQ(notes.count("deadline_check_with_lawyer") == 1, str(deadline.find("date_label")) != "VERIFIED") << c.sent;
    }
}

TEST(Letters, ALateAanwijzingLetterAsksTheCourtToAcceptItAnyway) {
    const json::Document d = good_draft(full_request("vervallenverklaring", "child_12_15", "2026-03-02", "2026-03-17"));
    EXPECT_EQ(d.root().find("deadline").find("days_left").as_integer(), -1);
    const std::string nl = str(d.root().find("text").find("nl"));
    EXPECT_NE(nl.find("De laatste dag om dit te vragen was maandag 16 maart 2026. Ik ben te laat, maar dat is niet mijn schuld."), std::string::npos);
    EXPECT_NE(nl.find("Ik lag in het ziekenhuis."), std::string::npos);
    EXPECT_EQ(nl.find("Ik stuur deze brief op tijd."), std::string::npos);
    EXPECT_EQ(nl.find("Ik ben de ouder"), std::string::npos);  // a child writes as the child
    std::set<std::string> ids;
    for (json::Value n = d.root().find("notes").first_child(); n.valid(); n = n.next_sibling()) ids.insert(str(n.find("id")));
    EXPECT_TRUE(ids.count("deadline_past") && ids.count("right_void_directive_late"));
    // In time, the letter says so and asks nothing about being late.
    const std::string in_time = str(good_draft(full_request("vervallenverklaring", "child_12_15", "2026-03-02", "2026-03-16")).root().find("text").find("nl"));
    EXPECT_NE(in_time.find("Ik stuur deze brief op tijd."), std::string::npos);
    EXPECT_EQ(in_time.find("Ik lag in het ziekenhuis."), std::string::npos);
}

TEST(Letters, WithoutTheDateOfTheAanwijzingTheLastDayIsABlankAndANoteSaysWhy) {
    const json::Document d = good_draft(R"({"letter":"vervallenverklaring","party":"parent_with_gezag"})");
    EXPECT_TRUE(d.root().find("deadline").is_null());
    EXPECT_NE(str(d.root().find("text").find("nl")).find("De laatste dag om dit te vragen is [laatste dag]."), std::string::npos);
    EXPECT_EQ(str(d.root().find("notes").first_child().find("id")), "deadline_no_date");
    const std::vector<std::string> blanks = strings(d.root().find("blanks"));
    EXPECT_NE(std::find(blanks.begin(), blanks.end(), "directive_date"), blanks.end());
}

// ---- Who may send which letter -----------------------------------------------------------------

// Art. 1:264 BW: a parent with gezag or a child of 12 or older; everyone else is refused with a
// clear status and the reason in English and Dutch.
TEST(Letters, OnlyAParentWithGezagOrAChildOfTwelveMayAskToVoidAnAanwijzing) {
    const Letter &l = *letters().find("vervallenverklaring");
    std::set<std::string> may;
    for (const procedure::Party &p : letters().parties().all()) {
        const bool expected = p.reader.gezag || (p.reader.child && p.reader.age >= law().get("voiding_request_age").value);
        EXPECT_EQ(letters().may_send(l, p), expected) << p.id;
        if (expected) may.insert(p.id);
    }
    EXPECT_EQ(may, (std::set<std::string>{"parent_with_gezag", "child_12_15", "child_16_17"}));
    for (const char *party : {"parent_without_gezag", "foster_parent", "child_under_12", "young_adult", "other_adult"}) {
        const Answer a = draft(full_request("vervallenverklaring", party));
        EXPECT_EQ(a.status, HELDER_E_DENIED) << party;
        EXPECT_NE(a.text.find(std::string(party) + " may not send the letter vervallenverklaring"), std::string::npos) << a.text;
        EXPECT_NE(a.text.find("art. 1:264 BW"), std::string::npos) << a.text;
        EXPECT_NE(a.text.find(" [nl] "), std::string::npos);
        EXPECT_NE(a.text.find(std::string(party) == "child_under_12" ? "Alleen een kind vanaf" : "Alleen een ouder met gezag"), std::string::npos) << a.text;
    }
}

TEST(Letters, TheListOffersEachPartyWhatItMaySendAndSaysWhyNotForTheRest) {
    for (const std::string &party : party_ids()) {
        const Answer a = list(R"({"party":")" + party + R"("})");
        ASSERT_EQ(a.status, HELDER_OK);
        expect_follows("letter-answer", a.text);
        const json::Document d = parsed(a.text);
        const procedure::Party &p = *letters().parties().find(party);
        for (json::Value l = d.root().find("letters").first_child(); l.valid(); l = l.next_sibling()) {
            const Letter &letter = *letters().find(l.find("id").as_string());
            const bool offered = l.find("offered").as_bool();
            EXPECT_EQ(offered, letters().may_send(letter, p));
            const std::vector<std::string> parties = strings(l.find("parties"));
            EXPECT_EQ(std::find(parties.begin(), parties.end(), party) != parties.end(), offered);
            EXPECT_EQ(l.find("refusal").is_null(), offered);
            if (!offered) expect_plain_letter_dutch(letter.id + "/refused/" + party, str(l.find("refusal").find("nl")));
            expect_plain_letter_dutch(letter.id + "/title", str(l.find("title").find("nl")));
            expect_plain_letter_dutch(letter.id + "/purpose", str(l.find("purpose").find("nl")));
        }
    }
    // A parent without gezag is not offered the letter to void an aanwijzing, nor the verweerschrift.
    const json::Document d = parsed(list(R"({"party":"parent_without_gezag"})").text);
    for (json::Value l = d.root().find("letters").first_child(); l.valid(); l = l.next_sibling())
        EXPECT_EQ(l.find("offered").as_bool(), str(l.find("id")) != "vervallenverklaring" && str(l.find("id")) != "verweerschrift");
    // Without a party: every letter, no offer.
    const Answer all = list("");
    ASSERT_EQ(all.status, HELDER_OK);
    expect_follows("letter-answer", all.text);
    EXPECT_FALSE(parsed(all.text).root().find("letters").first_child().find("offered").valid());
}

TEST(Letters, AChildUnderTwelveIsReferredToTheParentsForTheDossier) {
    for (const char *letter : {"inzage", "correctie"}) {
        const Answer a = draft(full_request(letter, "child_under_12"));
        EXPECT_EQ(a.status, HELDER_E_DENIED);
        EXPECT_NE(a.text.find("Je ouders met gezag"), std::string::npos) << a.text;
    }
    EXPECT_EQ(draft(full_request("klacht", "child_under_12")).status, HELDER_OK);  // anyone may complain
}

TEST(Letters, EveryNoteIsPlainDutch) {
    for (const Letter &l : letters().all())
        for (const procedure::Party &p : letters().parties().all()) {
            if (!letters().may_send(l, p)) continue;
            for (const std::string &request : {full_request(l.id, p.id), full_request(l.id, p.id, "2026-03-02", "2026-05-01")}) {
                const json::Document d = good_draft(request);
                for (json::Value n = d.root().find("notes").first_child(); n.valid(); n = n.next_sibling())
                    expect_plain_letter_dutch(l.id + "/note/" + str(n.find("id")), str(n.find("nl")));
            }
        }
}

// ---- Hostile requests --------------------------------------------------------------------------

TEST(Letters, BadRequestsGetAClearStatus) {
    struct Case {
        std::string request;
        helder_status status;
        const char *message;
    };
    const Case cases[] = {
        {"{\"letter\":\"klacht\",\"party\":\"other_adult\",\"details\":\"\xff\"}", HELDER_E_INVALID_UTF8, "not valid UTF-8 at byte"},
        {R"({"letter":"brief","party":"other_adult"})", HELDER_E_INVALID_JSON, "letter must be one of inzage, correctie"},
        {R"({"letter":"klacht","party":"buurman"})", HELDER_E_INVALID_JSON, "party must be one of parent_with_gezag"},
        {R"({"party":"other_adult"})", HELDER_E_INVALID_JSON, "letter is missing"},
        {R"({"letter":"klacht"})", HELDER_E_INVALID_JSON, "party is missing"},
        {R"({"letter":"klacht","party":"other_adult","kleur":"rood"})", HELDER_E_INVALID_JSON, "unknown field \"kleur\""},
        {R"({"letter":"klacht","party":"other_adult","sender":"Anna"})", HELDER_E_INVALID_JSON, "sender must be an object"},
        {R"({"letter":"klacht","party":"other_adult","sender":{"naam":"Anna"}})", HELDER_E_INVALID_JSON, "unknown field \"naam\""},
        {R"({"letter":"klacht","party":"other_adult","date":"2026-02-30"})", HELDER_E_INVALID_JSON, "date must be a date that exists"},
        {R"({"letter":"klacht","party":"other_adult","child":{"birth_date":"gisteren"}})", HELDER_E_INVALID_JSON, "child.birth_date must be a date"},
        {R"({"letter":"vervallenverklaring","party":"parent_with_gezag","directive_date":"2013-04-30"})", HELDER_E_INVALID_JSON,
         "directive_date must be a date from"},
        {R"({"letter":"klacht","party":"other_adult","details":12})", HELDER_E_INVALID_JSON, "details must be a string"},
        {R"({"letter":"klacht","party":"other_adult")", HELDER_E_INVALID_JSON, "request:"},
        {R"(["klacht"])", HELDER_E_INVALID_JSON, "must be a JSON object"},
        {"", HELDER_E_INVALID_JSON, "letter is missing"},
    };
    for (const Case &c : cases) {
        const Answer a = draft(c.request);
        EXPECT_EQ(a.status, c.status) << c.request << ": " << a.text;
        EXPECT_NE(a.text.find(c.message), std::string::npos) << c.request << ": " << a.text;
    }
    EXPECT_EQ(list(R"({"party":"buurman"})").status, HELDER_E_INVALID_JSON);
    EXPECT_EQ(list(R"({"letter":"klacht"})").status, HELDER_E_INVALID_JSON);
    EXPECT_EQ(list("{\"party\":\"\xc3\"}").status, HELDER_E_INVALID_UTF8);
}

// The C functions: NULL pointers and the outputs on failure.
TEST(Letters, TheCFunctionsRefuseNullPointersAndClearTheirOutputs) {
    helder_ctx *ctx = nullptr;
    ASSERT_EQ(helder_ctx_create(nullptr, 0, &ctx), HELDER_OK);
    const std::string request = R"({"letter":"klacht","party":"other_adult"})";
    char *out = reinterpret_cast<char *>(&ctx);
    size_t len = 7;
    EXPECT_EQ(helder_letter_draft(nullptr, request.data(), request.size(), &out, &len), HELDER_E_INVALID_ARGUMENT);
    EXPECT_EQ(out, nullptr);
    EXPECT_EQ(len, 0u);
    EXPECT_EQ(helder_letter_draft(ctx, nullptr, 3, &out, &len), HELDER_E_INVALID_ARGUMENT);
    EXPECT_EQ(helder_letter_draft(ctx, request.data(), request.size(), nullptr, &len), HELDER_E_INVALID_ARGUMENT);
    EXPECT_EQ(helder_letter_list(nullptr, nullptr, 0, &out, &len), HELDER_E_INVALID_ARGUMENT);
    EXPECT_EQ(helder_letter_list(ctx, nullptr, 2, &out, &len), HELDER_E_INVALID_ARGUMENT);
    ASSERT_EQ(helder_letter_list(ctx, nullptr, 0, &out, &len), HELDER_OK);
    EXPECT_EQ(std::string(out, len), list("").text);
    helder_free(out);
    ASSERT_EQ(helder_letter_draft(ctx, request.data(), request.size(), &out, nullptr), HELDER_OK);
    EXPECT_EQ(std::string(out), draft(request).text);
    helder_free(out);
    const std::string denied = R"({"letter":"verweerschrift","party":"foster_parent"})";
    EXPECT_EQ(helder_letter_draft(ctx, denied.data(), denied.size(), &out, &len), HELDER_E_DENIED);
    EXPECT_EQ(out, nullptr);
    EXPECT_NE(std::string(helder_last_error()).find("[nl] Deze brief is voor een ouder met gezag."), std::string::npos) << helder_last_error();
    helder_ctx_destroy(ctx);
}

}  // namespace
}  // namespace helder::letters
