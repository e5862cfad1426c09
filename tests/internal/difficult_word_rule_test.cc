// SPDX-License-Identifier: EUPL-1.2
// The difficult_word rule through whole checks: its own terms with their alternatives, each
// signal with its reason, and what it leaves alone.
#include <gtest/gtest.h>

#include "core/tsv.hh"
#include "test_support.hh"

namespace helder::text {
namespace {

using helder::testing::findings;
using helder::testing::texts_of;
using V = std::vector<std::string>;

CheckOptions without_spelling() {
    CheckOptions o;
    o.spelling = false;
    return o;
}

V difficult(const std::string &text, const CheckOptions &options = without_spelling()) {
    return texts_of(findings(text, "difficult_word", options));
}

// The first difficult_word finding of a text as the report gives it.
struct Reported {
    std::string text, nl, en;
    V suggestions;
};
std::vector<Reported> reported(const std::string &text) {
    const std::string report = helder::testing::check_json(helder::testing::model(), text, without_spelling()).value().str();
    auto doc = json::Document::parse(report);
    std::vector<Reported> out;
    for (json::Value f = doc->root().find("findings").first_child(); f.valid(); f = f.next_sibling()) {
        if (f.find("rule").as_string() != "difficult_word") continue;
        Reported r{std::string(f.find("text").as_string()), std::string(f.find("message").find("nl").as_string()),
                   std::string(f.find("message").find("en").as_string()), {}};
        for (json::Value s = f.find("suggestions").first_child(); s.valid(); s = s.next_sibling())
            r.suggestions.emplace_back(s.as_string());
        out.push_back(r);
    }
    return out;
}

// Every term of lib/data/text/difficult_words.tsv fires in a sentence, with its alternatives.
TEST(DifficultWord, EveryTermOfItsListFiresWithItsAlternatives) {
    const std::string data =
        helder::testing::read_file(std::string(HELDER_SOURCE_DIR) + "/lib/data/text/difficult_words.tsv");
    size_t terms = 0;
    for (const tsv::Row &row : tsv::parse(data)) {
        ASSERT_EQ(row.fields.size(), 7u) << "line " << row.line;
        const std::string term(row.fields[0]);
        ASSERT_FALSE(row.fields[6].empty()) << term << " names no source";
        std::string sentence;
        switch (row.fields[1][0]) {
            case 'n': sentence = "Wij praten met u over de " + term + " in de wijk."; break;
            case 'v': sentence = "Wij gaan dat samen " + term + "."; break;
            case 'a': sentence = "Het plan is " + term + "."; break;
            default: sentence = "Wij zeggen " + term + " tegen u."; break;
        }
        const auto found = reported(sentence);
        ASSERT_EQ(found.size(), 1u) << sentence;
        EXPECT_EQ(found[0].text, term) << sentence;
        V alternatives;
        for (std::string_view a : tsv::split(row.fields[3], '|')) alternatives.emplace_back(a);
        EXPECT_EQ(found[0].suggestions, alternatives) << term;
        EXPECT_NE(found[0].nl.find(alternatives[0]), std::string::npos) << found[0].nl;
        ++terms;
    }
    EXPECT_GE(terms, 60u);
}

TEST(DifficultWord, TermsInAnyForm) {
    EXPECT_EQ(difficult("De hulp werd in de school ingebed."), (V{"ingebed"}));
    EXPECT_EQ(difficult("Er zijn drie pilots in de wijk."), (V{"pilots"}));
    EXPECT_EQ(difficult("De gemeente verduurzaamt de huizen."), (V{"verduurzaamt"}));
    EXPECT_EQ(difficult("Het is een robuuste aanpak."), (V{"robuuste"}));
    EXPECT_EQ(difficult("Er is veel draagvlak."), (V{"draagvlak"}));
}

TEST(DifficultWord, EachSignalGivesItsReason) {
    auto first = [](const std::string &text) {
        const auto found = reported(text);
        EXPECT_EQ(found.size(), 1u) << text;
        return found.empty() ? Reported{} : found[0];
    };
    // English spelling, not in any list.
    Reported r = first("De screening duurt een week.");
    EXPECT_EQ(r.text, "screening");
    EXPECT_NE(r.nl.find("leenwoord uit het Engels"), std::string::npos) << r.nl;
    EXPECT_NE(r.nl.find("Leg het uit of gebruik een gewoner woord."), std::string::npos) << r.nl;
    EXPECT_TRUE(r.suggestions.empty());
    // A learned formation.
    r = first("Er komt een escalatieladder.");
    EXPECT_EQ(r.text, "escalatieladder");
    r = first("Wij gaan de regels uniformeren.");
    EXPECT_EQ(r.text, "uniformeren");
    EXPECT_NE(r.nl.find("moeilijk leenwoord"), std::string::npos) << r.nl;
    EXPECT_NE(r.en.find("learned loanword"), std::string::npos) << r.en;
    // A formal number word: the number is the alternative.
    r = first("Een vijftal ouders kwam naar school.");
    EXPECT_EQ(r.text, "vijftal");
    EXPECT_EQ(r.suggestions, (V{"ongeveer vijf"}));
    EXPECT_NE(r.nl.find("getal"), std::string::npos) << r.nl;
    EXPECT_EQ(first("Er waren zestallen meldingen.").suggestions, (V{"ongeveer zes"}));
    // An abstract noun of a verb outside the vocabulary.
    r = first("De verwerkelijking van het plan duurt lang.");
    EXPECT_EQ(r.text, "verwerkelijking");
    EXPECT_NE(r.nl.find("wie wat doet"), std::string::npos) << r.nl;
    // Outside the vocabulary, no other signal.
    r = first("Het gezin is onbemiddeld.");
    EXPECT_EQ(r.text, "onbemiddeld");
    EXPECT_NE(r.nl.find("weinig gebruikt woord"), std::string::npos) << r.nl;
}

TEST(DifficultWord, LeavesFamiliarWordsAndTheirFormsAlone) {
    EXPECT_TRUE(difficult("Wij gaan morgen met de kinderen naar de markt.").empty());
    EXPECT_TRUE(difficult("De ouderavond is op school.").empty());        // two familiar words
    EXPECT_TRUE(difficult("Hij kreeg een briefje en twee kaartjes.").empty());  // diminutives
    EXPECT_TRUE(difficult("De betaling is onduidelijk.").empty());        // -ing of a verb, on- + adjective
    EXPECT_TRUE(difficult("Het huis ligt aan de noordkant.").empty());    // a familiar last part
    EXPECT_TRUE(difficult("Geachte heer of mevrouw,").empty());           // ge- + a, not English
    EXPECT_TRUE(difficult("Wij sturen u de formulieren.").empty());        // -eren of a plural, not a verb
}

TEST(DifficultWord, NeverNamesNumbersAbbreviationsOrExplainedTerms) {
    EXPECT_TRUE(difficult("Wij spraken met Robuustra en met de GGD.").empty());  // a name, an initialism
    EXPECT_TRUE(difficult("Er kwamen 250 mensen, bijv. ouders.").empty());
    // Explained where it is used: in brackets, after a colon, with "dat is", and the term in
    // brackets after its explanation; later uses of the term too.
    EXPECT_TRUE(difficult("U krijgt een casemanager (een vaste contactpersoon). De casemanager belt u.").empty());
    EXPECT_TRUE(difficult("Screening: wij kijken of u mag helpen.").empty());
    EXPECT_TRUE(difficult("De screening, dat is een korte controle, duurt een week.").empty());
    EXPECT_TRUE(difficult("Wij kijken eerst of u mag helpen (screening).").empty());
    EXPECT_EQ(difficult("De screening duurt een week."), (V{"screening"}));
}

// A capital at the start of a sentence or line says nothing; the same word written with a
// capital where a sentence runs on ("het programma Toekomstscenario") marks it as a name in the
// whole text. A capital after a number (a heading) is no such mark.
TEST(DifficultWord, NamesTheTextWritesAsNamesEvenAtTheStartOfALine) {
    EXPECT_EQ(difficult("Toekomstscenario is een plan."), (V{"Toekomstscenario"}));
    EXPECT_TRUE(difficult("Het programma Toekomstscenario begint.\n\nToekomstscenario is een plan.").empty());
    EXPECT_TRUE(difficult("Toekomstscenario is een plan. Het programma Toekomstscenario begint.").empty());
    // A name of two capitalised words counts for both (de Nieuwe Screeningsdienst).
    EXPECT_EQ(difficult("Screeningsdienst belt u."), (V{"Screeningsdienst"}));
    EXPECT_TRUE(difficult("Wij spreken met de Nieuwe Screeningsdienst. Screeningsdienst belt u.").empty());
    // After a number, or on a new line, a capital is a heading's, not a name's.
    EXPECT_EQ(difficult("6 Screeningsdienst\n\nScreeningsdienst belt u."), (V{"Screeningsdienst"}));
    EXPECT_EQ(difficult("Wij bellen met de\nScreeningsdienst.\n\nScreeningsdienst belt u."),
              (V{"Screeningsdienst", "Screeningsdienst"}));
}

// "monitorings- en screeningsgegevens": the first part is no word of its own.
TEST(DifficultWord, NeverTheFirstPartOfAnElidedCompound) {
    EXPECT_EQ(difficult("Wij delen de monitorings- en screeningsgegevens."), (V{"screeningsgegevens"}));
    EXPECT_EQ(difficult("Wij delen de monitoringsgegevens."), (V{"monitoringsgegevens"}));
}

// th and sh are the letters of a loanword, but not where the h starts a part of a Dutch compound.
TEST(DifficultWord, ThAndShAtTheJointOfACompoundAreNoLoanword) {
    EXPECT_TRUE(difficult("Er is kindermishandeling. De toezichthouder kijkt mee.").empty());
    EXPECT_TRUE(difficult("Slechthorenden krijgen hulp. Wij willen niet uithuisplaatsen.").empty());
    EXPECT_EQ(difficult("Zij gebruikt een thesaurus."), (V{"thesaurus"}));
    EXPECT_EQ(difficult("Hij is marathonloper."), (V{"marathonloper"}));
    EXPECT_EQ(difficult("Er is een fashionshow."), (V{"fashionshow"}));
}

// Familiar words with an ending every reader knows, alone and as the last part of a compound.
TEST(DifficultWord, InflectedFamiliarWordsAreFamiliar) {
    EXPECT_TRUE(difficult("De zorgverzekeraars betalen.").empty());                     // -s of a noun
    EXPECT_TRUE(difficult("Dat kan op alle niveaus, in bureaus en in expertteams.").empty());
    EXPECT_TRUE(difficult("Dat is de uiteindelijke keuze.").empty());                   // -e of an invariant
    EXPECT_TRUE(difficult("Wij spreken met de vertegenwoordigers.").empty());            // a verb's stem + -er
    EXPECT_TRUE(difficult("Er is hulp voor slechthorenden.").empty());                  // a present participle
    EXPECT_TRUE(difficult("Hij krijgt specialistische hulp.").empty());                 // -isch of a noun
    EXPECT_TRUE(difficult("Zij praat met haar ex-partners.").empty());                  // a prefix before a hyphen
    // Not every -er or -isch is made that way.
    EXPECT_EQ(difficult("Hij krijgt generalistische hulp."), (V{"generalistische"}));
    EXPECT_EQ(difficult("Er waren veel aanbesteders."), (V{"aanbesteders"}));       // steden is no verb
    EXPECT_EQ(difficult("Zij gaan naar de kick-off."), (V{"kick-off"}));
}

// A first part that is itself a compound or a derivation of familiar words (kind|bescherming,
// onderneming) leaves the compound familiar; an -ing of a noun's plural (monitoring) does not.
TEST(DifficultWord, CompoundsOfFamiliarPartsAreFamiliar) {
    EXPECT_TRUE(difficult("Er zijn minder kindbeschermingsmaatregelen.").empty());
    EXPECT_TRUE(difficult("De ondernemingsraad praat mee.").empty());
    EXPECT_TRUE(difficult("U krijgt geld voor woon-werkverkeer.").empty());
    EXPECT_EQ(difficult("Dat zijn de monitoringsresultaten."), (V{"monitoringsresultaten"}));
    EXPECT_EQ(difficult("Dat leidt tot risicomijding."), (V{"risicomijding"}));
    // A compound is never cut inside "sch": landschap is no learned word with a "c".
    const auto r = reported("Het landschap is mooi.");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].nl.find("leenwoord"), std::string::npos) << r[0].nl;
}

TEST(DifficultWord, NeverWordsTheCallerAcceptsOrOtherRulesFlag) {
    CheckOptions options = without_spelling();
    options.lists.accept_words = {"screening", "governance"};
    EXPECT_TRUE(difficult("De screening en de governance.", options).empty());
    EXPECT_EQ(difficult("De screening en de governance."), (V{"screening", "governance"}));
    // Officialese and jargon already give advice on their words.
    EXPECT_TRUE(difficult("Middels deze brief melden wij de implementatie.").empty());
    EXPECT_TRUE(difficult("De ondertoezichtstelling loopt af.").empty());
    // The rule can be turned off.
    options = without_spelling();
    options.enabled[static_cast<size_t>(Rule::DifficultWord)] = false;
    EXPECT_TRUE(difficult("De screening duurt een week.", options).empty());
}

TEST(DifficultWord, WorksWithoutTheSpellingDictionary) {
    const TextModel plain(WordLists{}, nullptr);
    const std::string report = helder::testing::check_json(plain, "De screening duurt een week.", CheckOptions()).value().str();
    EXPECT_NE(report.find("\"rule\":\"difficult_word\""), std::string::npos) << report;
}

}  // namespace
}  // namespace helder::text
