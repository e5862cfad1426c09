// SPDX-License-Identifier: EUPL-1.2
// The rules, through whole checks of short Dutch texts.
#include <gtest/gtest.h>

#include "test_support.hh"

namespace helder::text {
namespace {

using helder::testing::findings;
using helder::testing::texts_of;
using V = std::vector<std::string>;

TEST(Jargon, FindsTermsInAnyForm) {
    EXPECT_EQ(texts_of(findings("De ondertoezichtstelling liep af.", "jargon")), (V{"ondertoezichtstelling"}));
    EXPECT_EQ(texts_of(findings("Er waren twee ondertoezichtstellingen.", "jargon")), (V{"ondertoezichtstellingen"}));
    EXPECT_EQ(texts_of(findings("De GI vroeg een machtiging uithuisplaatsing.", "jargon")),
              (V{"GI", "machtiging uithuisplaatsing"}));
    EXPECT_TRUE(findings("Wij gaan morgen naar de markt.", "jargon").empty());
}

// A term the text explains is left alone everywhere in it; brackets and colons that do not
// explain it, and a term followed only by its abbreviation, are no explanation.
TEST(Jargon, LeavesATermTheTextExplainsAlone) {
    EXPECT_TRUE(findings("Dat heet een ondertoezichtstelling, of kort: OTS. De OTS duurt een jaar.", "jargon").empty());
    EXPECT_TRUE(findings("Het wijkteam (de mensen die in uw buurt helpen) belt u. Het wijkteam komt ook langs.", "jargon").empty());
    EXPECT_EQ(texts_of(findings("Er is een ondertoezichtstelling (OTS) uitgesproken. De OTS duurt een jaar.", "jargon")),
              (V{"ondertoezichtstelling"}));
    EXPECT_EQ(texts_of(findings("Het is een casus (weer) voor het wijkteam.", "jargon")), (V{"casus", "wijkteam"}));
    EXPECT_EQ(texts_of(findings("Bel Veilig Thuis (en de huisarts) als het misgaat.", "jargon")), (V{"Veilig Thuis"}));
    EXPECT_EQ(texts_of(findings("Casus: de school belt.", "jargon")), (V{"Casus"}));
}

TEST(Officialese, WordsPhrasesInflectionsAndGaps) {
    EXPECT_EQ(texts_of(findings("Middels deze brief kom ik bij u.", "officialese")), (V{"Middels"}));
    EXPECT_EQ(texts_of(findings("In het kader van het plan bellen wij.", "officialese")), (V{"In het kader van"}));
    EXPECT_EQ(texts_of(findings("U dient het formulier op tijd te sturen.", "officialese")),
              (V{"dient het formulier op tijd te"}));
    // Inflected: the lexicon has the verb, the text its participle.
    const auto found = texts_of(findings("De hulp werd door de gemeente gefaciliteerd.", "officialese"));
    EXPECT_EQ(found, (V{"gefaciliteerd"}));
    // A phrase written as one word.
    EXPECT_EQ(texts_of(findings("Het instandhouden van de raad kost geld.", "officialese")), (V{"instandhouden"}));
    EXPECT_EQ(texts_of(findings("Wij houden de raad in stand.", "officialese")), (V{"houden de raad in stand"}));
    // "Er is sprake van": a plain-language editor writes "er is" (calibration pair 483 does).
    EXPECT_EQ(texts_of(findings("Er is sprake van een onveilige situatie.", "officialese")), (V{"sprake van"}));
    EXPECT_EQ(texts_of(findings("Ik weet niet of er sprake is van geweld.", "officialese")), (V{"sprake is van"}));
}

TEST(Passive, FindsWordenAndZijnWithAParticiple) {
    EXPECT_EQ(texts_of(findings("Het besluit werd door de rechter genomen.", "passive")), (V{"werd door de rechter genomen"}));
    EXPECT_EQ(texts_of(findings("Het rapport is gisteren besproken.", "passive")), (V{"is gisteren besproken"}));
    EXPECT_EQ(texts_of(findings("Ik weet dat het verslag besproken wordt.", "passive")), (V{"besproken wordt"}));
    EXPECT_EQ(texts_of(findings("De aanvraag wordt vastgesteld.", "passive")), (V{"wordt vastgesteld"}));
    EXPECT_EQ(texts_of(findings("Het kind wordt geplaatst.", "passive")), (V{"wordt geplaatst"}));
    // "en" and "als" inside a phrase do not end the clause.
    EXPECT_EQ(texts_of(findings("De workshops worden zowel fysiek als online aangeboden.", "passive")),
              (V{"worden zowel fysiek als online aangeboden"}));
    EXPECT_EQ(texts_of(findings("De passen worden tussen 24 februari en 3 maart bezorgd.", "passive")),
              (V{"worden tussen 24 februari en 3 maart bezorgd"}));
    // A separable particle before an inseparable prefix.
    EXPECT_EQ(texts_of(findings("De stempas wordt bij u thuisbezorgd.", "passive")), (V{"wordt bij u thuisbezorgd"}));
}

// A passive that names who acts ("door de gezinsvoogd") is told to start with them; one that does
// not name anyone is told that it does not.
TEST(Passive, TheAdviceSaysWhetherTheSentenceNamesWhoActs) {
    const auto message_of = [](const std::string &text) {
        auto doc = json::Document::parse(helder::testing::check_json(helder::testing::model(), text, CheckOptions()).value().view());
        EXPECT_TRUE(doc.ok());
        for (json::Value f = doc->root().find("findings").first_child(); f.valid(); f = f.next_sibling())
            if (f.find("rule").as_string() == "passive") return std::string(f.find("message").find("nl").as_string());
        return std::string();
    };
    EXPECT_EQ(message_of("De brief is vorige week door de gezinsvoogd aan de school gegeven."),
              "Hier staat pas laat wie het doet. Begin met wie het doet, zoals: ‘de rechter besliste’.");
    EXPECT_EQ(message_of("De brief is vorige week aan de school gegeven."),
              "Hier staat niet wie het doet. Zet in de zin wie het doet, zoals: ‘de rechter besliste’.");
    // Only the clause counts: "door" in another clause names nobody for this one.
    EXPECT_EQ(message_of("Door de regen bleven we thuis, en het plan werd uitgesteld."),
              "Hier staat niet wie het doet. Zet in de zin wie het doet, zoals: ‘de rechter besliste’.");
}

TEST(Passive, LeavesActiveSentencesAlone) {
    EXPECT_TRUE(findings("Hij is gisteren gekomen.", "passive").empty());           // perfect with zijn
    EXPECT_TRUE(findings("Zij is teruggekomen.", "passive").empty());
    EXPECT_TRUE(findings("Het kind wordt groot.", "passive").empty());              // no participle
    EXPECT_TRUE(findings("Het is bekend.", "passive").empty());                     // adjective
    EXPECT_TRUE(findings("Hij is getrouwd.", "passive").empty());                   // a state, not an act
    EXPECT_TRUE(findings("Er is beleid gemaakt.", "passive").size() == 1);          // gemaakt, not beleid
    EXPECT_TRUE(findings("Zijn ouders hebben hem gebracht.", "passive").empty());   // zijn = his
    EXPECT_TRUE(findings("Het is moeilijk om te geven.", "passive").empty());       // te + infinitive
    EXPECT_TRUE(findings("Moeder werd boos, en vader heeft gebeld.", "passive").empty());  // other clause
    EXPECT_TRUE(findings("Moeder werd boos omdat vader had gebeld.", "passive").empty());
}

// "ons", "haar" and "hun" after a preposition are pronouns when only verbs follow the word after
// them ("door ons gebeld"); before a noun they are possessives ("door ons gebouw").
TEST(Passive, FindsAPronounAsWhoActs) {
    EXPECT_EQ(texts_of(findings("U bent door ons gebeld.", "passive")), (V{"bent door ons gebeld"}));
    EXPECT_EQ(texts_of(findings("De brief is gisteren door haar verstuurd.", "passive")), (V{"is gisteren door haar verstuurd"}));
    EXPECT_EQ(texts_of(findings("Ik weet dat het plan door hun gemaakt is.", "passive")), (V{"gemaakt is"}));
    EXPECT_EQ(texts_of(findings("Ik weet dat het door ons besproken moet worden.", "passive")), (V{"besproken moet worden"}));
    EXPECT_TRUE(findings("Hij is door ons gebouw gelopen.", "passive").empty());
    EXPECT_TRUE(findings("Het is door ons beleid gekomen.", "passive").empty());
    EXPECT_TRUE(findings("Het is voor haar bestemd.", "passive").empty());  // bestemd: an adjective
}

TEST(Opinion, FlagsJudgementsWrittenAsFact) {
    EXPECT_EQ(texts_of(findings("Moeder is onverschillig.", "opinion")), (V{"onverschillig"}));
    EXPECT_EQ(texts_of(findings("Het kind is niet veilig.", "opinion")), (V{"niet veilig"}));
    EXPECT_EQ(texts_of(findings("Vader werkt niet mee.", "opinion")), (V{"werkt niet mee"}));
}

TEST(Opinion, AcceptsObservationsWithASourceAndMarkedViews) {
    EXPECT_TRUE(findings("Volgens de school is moeder onverschillig.", "opinion").empty());
    EXPECT_TRUE(findings("De buurvrouw vertelt dat vader niet meewerkt.", "opinion").empty());
    EXPECT_TRUE(findings("Ik vind dat moeder onverschillig reageert.", "opinion").empty());
    EXPECT_TRUE(findings("Is moeder onverschillig?", "opinion").empty());
    EXPECT_TRUE(findings("Als vader niet meewerkt, volgt een gesprek.", "opinion").empty());
    EXPECT_TRUE(findings("Moeder zei: \"Ik ben onverschillig.\"", "opinion").empty());
}

TEST(Length, LongSentencesAndWordsFollowTheOptions) {
    const std::string sentence = "Dit is een zin met precies tien woorden, echt waar.";
    CheckOptions options;
    options.long_sentence_words = 9;
    EXPECT_EQ(findings(sentence, "long_sentence", options).size(), 1u);
    options.long_sentence_words = 10;
    EXPECT_TRUE(findings(sentence, "long_sentence", options).empty());
    options.long_word_letters = 14;
    EXPECT_EQ(texts_of(findings("Een arbeidsongeschiktheidsuitkering is lastig.", "long_word", options)),
              (V{"arbeidsongeschiktheidsuitkering"}));
    // A long jargon word gets the jargon advice only.
    EXPECT_TRUE(findings("Er loopt een ondertoezichtstelling.", "long_word", options).empty());
}

TEST(Spelling, FlagsMistakesNotCompoundsOrNames) {
    EXPECT_EQ(texts_of(findings("De kinderrn spelen buiten.", "spelling")), (V{"kinderrn"}));
    EXPECT_EQ(texts_of(findings("Hij werdt boos.", "spelling")), (V{"werdt"}));
    EXPECT_TRUE(findings("De gezinsvoogd en de jeugdzorg werken met de pleegzorg.", "spelling").empty());
    EXPECT_TRUE(findings("De wijkteammedewerker belde met het veiligheidsplan.", "spelling").empty());
    EXPECT_TRUE(findings("Gisteren belde Karsenberg met Noor.", "spelling").empty());  // names
    EXPECT_TRUE(findings("Zie bijv. de e-mail van het UWV over 12-03-2024.", "spelling").empty());
    EXPECT_TRUE(findings("De ideeën zijn geïnventariseerd.", "spelling").empty());
    CheckOptions options;
    options.spelling = false;
    EXPECT_TRUE(findings("De kinderrn spelen.", "spelling", options).empty());
}

TEST(Spelling, SuggestsCorrections) {
    const std::string report = helder::testing::check_json(helder::testing::model(), "De kinderrn spelen.", CheckOptions()).value().str();
    EXPECT_NE(report.find("\"suggestions\":[\"kinderen\""), std::string::npos) << report;
    // A misspelled word longer than 40 bytes is reported without suggestions: finding them costs
    // Hunspell up to a second per word (Hunspell itself would offer one for this word).
    const std::string long_report = helder::testing::check_json(
        helder::testing::model(), "De arbeidsongeschiktheidsverzekringsmaatschappij belt.", CheckOptions()).value().str();
    EXPECT_NE(long_report.find("\"text\":\"arbeidsongeschiktheidsverzekringsmaatschappij\""), std::string::npos) << long_report;
    EXPECT_NE(long_report.find("\"rule\":\"spelling\""), std::string::npos) << long_report;
    EXPECT_EQ(long_report.find("\"suggestions\":[\""), std::string::npos) << long_report;
}

TEST(WordLists, CallerAcceptsAndAddsTerms) {
    auto options = parse_check_options(R"({"accept_words":["ondertoezichtstelling","kinderrn"],
        "extra_terms":[{"term":"casuïstiek","rule":"jargon","class":"n","alternatives":["voorbeelden"]}]})");
    ASSERT_TRUE(options.ok()) << options.error().message;
    const auto found = findings("De ondertoezichtstelling en de casuïstiek van de kinderrn.", "", options.value());
    EXPECT_EQ(texts_of(found), (V{"casuïstiek"}));
}

TEST(Passive, EachParticipleTakesTheNearestFreeAuxiliaryBeforeItOrOneRightAfterIt) {
    EXPECT_EQ(texts_of(findings("Het werd besproken wordt gedaan.", "passive")), (V{"werd besproken", "wordt gedaan"}));
    EXPECT_EQ(texts_of(findings("Het werd werd besproken gedaan.", "passive")), (V{"werd werd besproken gedaan", "werd besproken"}));
    // "is" takes no participle of a verb with zijn (gegaan); "wordt" right after it does.
    EXPECT_EQ(texts_of(findings("Het is gegaan wordt gedaan.", "passive")), (V{"is gegaan wordt gedaan", "gegaan wordt"}));
    // A participle further before a form than modal verbs reach is not its participle.
    EXPECT_EQ(texts_of(findings("Gedaan besproken is werd zijn gegaan.", "passive")), (V{"besproken is"}));
    EXPECT_EQ(texts_of(findings("Het wordt gegaan is gedaan is besproken.", "passive")), (V{"wordt gegaan", "is gedaan", "is besproken"}));
    EXPECT_EQ(texts_of(findings("Ik weet dat dit plan besproken moet kunnen worden.", "passive")), (V{"besproken moet kunnen worden"}));
}

TEST(Spelling, AWordLongerThanAnyDutchWordIsLeftToLongWord) {
    // 159 bytes: checked (and wrong); 162 bytes: not checked, a long word.
    std::string checked, unchecked;
    while (checked.size() + 3 <= 159) checked += "xqz";
    unchecked = checked + "xqz";
    EXPECT_EQ(findings(checked + " is fout.", "spelling").size(), 1u);
    EXPECT_TRUE(findings(unchecked + " is fout.", "spelling").empty());
    EXPECT_EQ(findings(unchecked + " is fout.", "long_word").size(), 1u);
}

TEST(LongWord, CountsEveryLetterOfAVeryLongWord) {
    const std::string report = helder::testing::check_json(helder::testing::model(), std::string(70000, 'a') + ".", CheckOptions()).value().str();
    auto doc = json::Document::parse(report);
    ASSERT_TRUE(doc.ok());
    std::vector<std::string> messages;
    for (json::Value f = doc->root().find("findings").first_child(); f.valid(); f = f.next_sibling())
        if (f.find("rule").as_string() == "long_word") messages.emplace_back(f.find("message").find("en").as_string());
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_NE(messages[0].find("70000 letters"), std::string::npos) << messages[0] << " (the count stopped at 65535)";
}

}  // namespace
}  // namespace helder::text

namespace helder::text {
namespace {

TEST(Officialese, ListedNounsDoNotCatchVerbsOfTheSameLetters) {
    // "wijze" (manner) is not "wijzen" (to point out); "borgen" (safeguard) is not "borg" (deposit).
    EXPECT_TRUE(helder::testing::findings("Wij wijzen u op de regels.", "officialese").empty());
    EXPECT_TRUE(helder::testing::findings("U betaalt een borg van 500 euro.", "officialese").empty());
    EXPECT_EQ(helder::testing::texts_of(helder::testing::findings("Op deze wijze gaat het goed.", "officialese")),
              (std::vector<std::string>{"wijze"}));
}

}  // namespace
}  // namespace helder::text

namespace helder::text {
namespace {

using helder::testing::findings;
using helder::testing::texts_of;
using V = std::vector<std::string>;

TEST(Passive, FindsThePerfectPassiveOverALongMiddleFieldAndWordenInSubordinateClauses) {
    EXPECT_EQ(texts_of(findings("De brief is vorige week door de gezinsvoogd aan de school gegeven.", "passive")),
              (V{"is vorige week door de gezinsvoogd aan de school gegeven"}));
    EXPECT_EQ(texts_of(findings("Het plan is na een lang gesprek op 3 maart door de jeugdbeschermer met de ouders en de "
                                "school besproken.", "passive")),
              (V{"is na een lang gesprek op 3 maart door de jeugdbeschermer met de ouders en de school besproken"}));
    EXPECT_EQ(texts_of(findings("Ik weet dat de brief door de gezinsvoogd aan de school gegeven wordt.", "passive")), (V{"gegeven wordt"}));
    EXPECT_EQ(texts_of(findings("Ik weet dat de brief door de gezinsvoogd aan de school wordt gegeven.", "passive")), (V{"wordt gegeven"}));
    EXPECT_EQ(texts_of(findings("Het kan zijn dat het probleem niet opgelost kan worden.", "passive")), (V{"opgelost kan worden"}));
    EXPECT_EQ(texts_of(findings("Het kind wordt door zijn moeder gebracht.", "passive")), (V{"wordt door zijn moeder gebracht"}));
}

TEST(Passive, PerfectsOfVerbsOfMotionAndChangeAreNotPassive) {
    EXPECT_TRUE(findings("Oma is vorig jaar overleden.", "passive").empty());
    EXPECT_TRUE(findings("De kinderen zijn gisteren laat thuisgekomen.", "passive").empty());
    EXPECT_TRUE(findings("Vader is in mei naar Utrecht verhuisd.", "passive").empty());
    EXPECT_TRUE(findings("Zij is als hulpverlener bij het gezin betrokken geraakt.", "passive").empty());
    EXPECT_TRUE(findings("Wat er is gebeurt, weten we niet.", "passive").empty());  // gebeurt: the verb "gebeuren"
}

TEST(Passive, AdjectivesAndAdjectivalParticiplesAfterZijnAreNotPassive) {
    EXPECT_TRUE(findings("De alleenstaande moeder is overbelast.", "passive").empty());
    EXPECT_TRUE(findings("Moeder is verbolgen over de afstand.", "passive").empty());
    EXPECT_TRUE(findings("Daarom is moeder beducht voor een nieuw besluit.", "passive").empty());
    EXPECT_TRUE(findings("Vader is teleurgesteld en verbaasd.", "passive").empty());
    // An attributive participle before a noun belongs to the noun, the auxiliary to the participle at the end.
    EXPECT_EQ(texts_of(findings("Bij gedwongen hulp kan men door een advocaat worden bijgestaan.", "passive")),
              (V{"worden bijgestaan"}));
}

TEST(Passive, NounsAndInfinitivesThatLookLikeParticiplesAreNot) {
    EXPECT_TRUE(findings("Beslissingen zijn in samenspraak met het gezin.", "passive").empty());         // -ingen
    EXPECT_TRUE(findings("Het gezin weet wat de verantwoordelijkheden zijn.", "passive").empty());        // -heden
    EXPECT_TRUE(findings("Zij heeft niemand die haar kan ondersteunen en is alleen.", "passive").empty());  // infinitive
    EXPECT_TRUE(findings("De gezinnen en hun wensen zijn het vertrekpunt.", "passive").empty());          // plural of gezin
    EXPECT_TRUE(findings("Leren is onderdeel van het werk voor alle betrokkenen.", "passive").empty());   // after alle
    EXPECT_EQ(texts_of(findings("Hierbij wordt rekening gehouden met het advies.", "passive")), (V{"wordt rekening gehouden"}));
    EXPECT_EQ(texts_of(findings("Het kind wordt niet gehoord.", "passive")), (V{"wordt niet gehoord"}));
}

TEST(Passive, ACopulaBeforeAClauseIsNotPassive) {
    EXPECT_TRUE(findings("Ze is bang dat de rechter in januari opnieuw zal besluiten.", "passive").empty());
    EXPECT_TRUE(findings("Voor het gezin is duidelijk wat hun rechten zijn.", "passive").empty());
    EXPECT_TRUE(findings("De kinderen gaan naar school, aangezien het dorp moeilijk bereikbaar is.", "passive").empty());
    EXPECT_EQ(texts_of(findings("Een klacht is dat zij in het proces onvoldoende worden gehoord.", "passive")),
              (V{"worden gehoord"}));
    EXPECT_EQ(texts_of(findings("Het is van belang dat dit bij de start gezamenlijk gecontracteerd wordt.", "passive")),
              (V{"gecontracteerd wordt"}));
}

TEST(Passive, SpansStayInsideOneClause) {
    EXPECT_TRUE(findings("Het lukt niet de hulp georganiseerd te krijgen en hierdoor is de hulp niet effectief.", "passive").empty());
    EXPECT_TRUE(findings("Hoe oordelen en ingrijpende besluiten tot stand komen is voor kinderen niet duidelijk.", "passive").empty());
    EXPECT_EQ(texts_of(findings("Iedereen is in paniek en moeder wordt door de politie ondervraagd of zij haar dochter heeft gehaald.",
                                "passive")),
              (V{"wordt door de politie ondervraagd"}));
    EXPECT_EQ(texts_of(findings("Hierdoor wordt de afstand groter.” Dat is in de praktijk bewezen.", "passive")),
              (V{"is in de praktijk bewezen"}));
}

TEST(Opinion, AttributiveAdjectivesThatJudgeNoPersonAreNotOpinions) {
    EXPECT_TRUE(findings("Gebrekkige doeltreffendheid", "opinion").empty());
    EXPECT_TRUE(findings("Kinderen in onveilige thuissituaties krijgen te laat hulp.", "opinion").empty());
    EXPECT_TRUE(findings("Bij (ernstige) zorgen over de thuissituatie beslist de rechter.", "opinion").empty());
    EXPECT_TRUE(findings("De cliëntenraad schiet tekort in zijn taak.", "opinion").empty());  // no person
    // Judgements of things that name people only inside a prepositional phrase or another clause.
    EXPECT_TRUE(findings("De hulp aan kinderen en volwassenen – kortweg de zorg – schiet al jaren tekort.", "opinion").empty());
    EXPECT_TRUE(findings("De uitvoering is voor jeugdigen en opvoeders onveilig.", "opinion").empty());
    EXPECT_TRUE(findings("Het maakt het leven van kinderen, jongeren en gezinnen onveiliger.", "opinion").empty());
    EXPECT_TRUE(findings("De uitvoering is voor jeugdigen en\n\nopvoeders onveilig.", "opinion").empty());  // a broken sentence
    // The subject of a clause of its own, named by a pronoun.
    EXPECT_EQ(texts_of(findings("Moeder is moe, heeft geen netwerk dat haar steunt en is emotioneel niet beschikbaar.", "opinion")),
              (V{"emotioneel niet beschikbaar"}));
    // About a person they still count.
    EXPECT_EQ(texts_of(findings("Zij is een onverschillige moeder.", "opinion")), (V{"onverschillige"}));
    EXPECT_EQ(texts_of(findings("Moeder is emotioneel niet beschikbaar voor haar kinderen.", "opinion")),
              (V{"emotioneel niet beschikbaar"}));
    EXPECT_EQ(texts_of(findings("Maar vader kan niet goed voor de kinderen zorgen.", "opinion")),
              (V{"niet goed voor de kinderen zorgen"}));
    EXPECT_EQ(texts_of(findings("Karsenberg is onverschillig.", "opinion")), (V{"onverschillig"}));  // a name
}

TEST(Spelling, AddressesLinksAndDomainsAreNoWords) {
    const std::string text = "Mail naar [info@voorbeeldgezin.nl](mailto:info@voorbeeldgezin.nl) of kijk op amsterdam.nl, "
                             "[1Sociaaldomein.nl](https://www.sociaaldomein.nl) en \\(igj.nl\\).";
    EXPECT_TRUE(findings(text, "spelling").empty());
    EXPECT_TRUE(findings(text, "long_word").empty());
    // A full stop before a capital still ends a sentence ("stemmen.Nu" is no address).
    EXPECT_EQ(texts_of(findings("Wij stemmen.Nu gaan we.", "spelling")).size(), 1u);
}

TEST(Spelling, ElidedCompoundPartsPlaceholdersAndAbbreviationsAreNoErrors) {
    EXPECT_TRUE(findings("Professionals werken gezins-/systeemgericht aan (veiligheids)problematiek.", "spelling").empty());
    EXPECT_TRUE(findings("Er komen geluids- en veiligheidsberekeningen.", "spelling").empty());
    EXPECT_TRUE(findings("Beste [naam], bel {naam} of xxx over de afspraak.", "spelling").empty());
    EXPECT_TRUE(findings("Open za van 10 tot 16 uur, vraag het de cie.", "spelling").empty());
    EXPECT_TRUE(findings("Ik zie Jansen c.s. morgen.", "spelling").empty());
    // A misspelled word beside them is still found.
    EXPECT_EQ(texts_of(findings("Beste [naam], de kinderrn spelen.", "spelling")), (V{"kinderrn"}));
    EXPECT_TRUE(findings("Het is een (arbeidsongeschiktheids)uitkering.", "long_word").empty());
    // The one word of a Markdown link's text is a word.
    EXPECT_EQ(texts_of(findings("Lees de [arbeidsongeschiktheidsuitkering](#) na.", "long_word")),
              (V{"arbeidsongeschiktheidsuitkering"}));
}

TEST(Spelling, LoanwordsEnglishPhrasesAndWellFormedCompoundsAreNoErrors) {
    // No Dutch word near them: loanwords and new words, not misspellings.
    EXPECT_TRUE(findings("De outcome van de governancestructuur is goed.", "spelling").empty());
    EXPECT_TRUE(findings("Neem uw stempluspas mee.", "spelling").empty());
    // English function words in English phrases; a compound whose last part is a verb's noun in -ing.
    EXPECT_TRUE(findings("Er komt onderzoek naar checks and balances en naar risicomijding.", "spelling").empty());
    // A misspelling of a Dutch word is still one.
    EXPECT_EQ(texts_of(findings("Neem contact op met het programmteam.", "spelling")), (V{"programmteam"}));
}

}  // namespace
}  // namespace helder::text
