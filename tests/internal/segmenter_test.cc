// SPDX-License-Identifier: EUPL-1.2
#include "text/segmenter.hh"

#include <gtest/gtest.h>

#include "test_support.hh"

namespace helder::text {
namespace {

std::vector<std::string> sentences(const std::string &text) {
    const Segmentation s = helder::testing::model().segmenter.segment(text);
    std::vector<std::string> out;
    for (const Sentence &x : s.sentences) out.push_back(text.substr(x.start, x.end - x.start));
    return out;
}

std::vector<std::string> words(const std::string &text) {
    const Segmentation s = helder::testing::model().segmenter.segment(text);
    std::vector<std::string> out;
    for (const Word &w : s.words) out.push_back(text.substr(w.start, w.end - w.start));
    return out;
}

using V = std::vector<std::string>;

TEST(Sentences, AbbreviationsDoNotEndASentence) {
    EXPECT_EQ(sentences("Dit geldt bijv. voor ouders. Ook o.a. voor pleegouders."),
              (V{"Dit geldt bijv. voor ouders.", "Ook o.a. voor pleegouders."}));
    EXPECT_EQ(sentences("Dhr. Jansen en mevr. De Vries kwamen. Zij bleven lang."),
              (V{"Dhr. Jansen en mevr. De Vries kwamen.", "Zij bleven lang."}));
    EXPECT_EQ(sentences("Zie art. 1:255 BW. Lees ook blz. 12 en nr. 4."), (V{"Zie art. 1:255 BW.", "Lees ook blz. 12 en nr. 4."}));
    EXPECT_EQ(sentences("De regels m.b.t. inzage gelden t/m 2026. Daarna niet."),
              (V{"De regels m.b.t. inzage gelden t/m 2026.", "Daarna niet."}));
    EXPECT_EQ(sentences("Een brief van J. Visser kwam. Hij belde."), (V{"Een brief van J. Visser kwam.", "Hij belde."}));
    // "enz." may end a sentence: a capital after it starts the next one.
    EXPECT_EQ(sentences("Kleren, eten, enz. Daarna gingen we."), (V{"Kleren, eten, enz.", "Daarna gingen we."}));
}

TEST(Sentences, WordsEndingLikeAnAbbreviationStillEndASentence) {
    // "ing." (ingenieur), "p." (pagina), "tel." and "ong." are abbreviations only as whole words.
    EXPECT_EQ(sentences("Er kwam een ondertoezichtstelling. Het besluit viel."),
              (V{"Er kwam een ondertoezichtstelling.", "Het besluit viel."}));
    EXPECT_EQ(sentences("Zij sliep in een hotel. Hij ging naar de groep. Zij is jong. Wij starten."),
              (V{"Zij sliep in een hotel.", "Hij ging naar de groep.", "Zij is jong.", "Wij starten."}));
    // A month only after a number: "Jan." is a name.
    EXPECT_EQ(sentences("Ik sprak met Jan. Hij belde op 12 jan. 2024 terug."),
              (V{"Ik sprak met Jan.", "Hij belde op 12 jan. 2024 terug."}));
    EXPECT_EQ(sentences("Zie ing. Jansen. Hij komt."), (V{"Zie ing. Jansen.", "Hij komt."}));
}

TEST(Sentences, ListItemsAndHeadingsStandAlone) {
    EXPECT_EQ(sentences("Afspraken\n\n- Moeder belt de school\n- Vader haalt Noor op\n"),
              (V{"Afspraken", "- Moeder belt de school", "- Vader haalt Noor op"}));
    EXPECT_EQ(sentences("1. Inleiding\nDe zorgen zijn groot."), (V{"1. Inleiding", "De zorgen zijn groot."}));
    EXPECT_EQ(sentences("Wat u moet doen:\na) bellen\nb) mailen"), (V{"Wat u moet doen:", "a) bellen", "b) mailen"}));
    EXPECT_EQ(sentences("2.1 Aanleiding\n\nTekst."), (V{"2.1 Aanleiding", "Tekst."}));
}

TEST(Sentences, WrappedLinesJoin) {
    EXPECT_EQ(sentences("De moeder van Sara woont sinds 2019 in Utrecht en werkt\nparttime in een winkel. Zij is blij."),
              (V{"De moeder van Sara woont sinds 2019 in Utrecht en werkt\nparttime in een winkel.", "Zij is blij."}));
    EXPECT_EQ(sentences("Een lange zin die doorloopt op\nde volgende regel\nen nog een regel."),
              (V{"Een lange zin die doorloopt op\nde volgende regel\nen nog een regel."}));
}

TEST(Sentences, QuotesAndBrackets) {
    EXPECT_EQ(sentences("Moeder zei: \"Ik wil dat niet.\" Daarna ging ze weg."),
              (V{"Moeder zei: \"Ik wil dat niet.\"", "Daarna ging ze weg."}));
    EXPECT_EQ(sentences("Het kind (9 jaar) is er. (Zie de bijlage.) Klaar."),
              (V{"Het kind (9 jaar) is er.", "(Zie de bijlage.)", "Klaar."}));
    EXPECT_EQ(sentences("Komt u? Ja! Goed."), (V{"Komt u?", "Ja!", "Goed."}));
}

TEST(Words, NumbersDatesTimesAmounts) {
    EXPECT_EQ(words("Op 12-03-2024 om 14:30 betaalde zij € 1.250,00."),
              (V{"Op", "12-03-2024", "om", "14:30", "betaalde", "zij", "1.250,00"}));
    EXPECT_EQ(words("art. 1:255 BW"), (V{"art.", "1:255", "BW"}));
    EXPECT_EQ(words("van 9 t/m 12 jaar"), (V{"van", "9", "t/m", "12", "jaar"}));
}

TEST(Words, AddressesAndHyphens) {
    EXPECT_EQ(words("Mail j.de.vries@gemeente.nl of kijk op https://www.rijksoverheid.nl/jeugd."),
              (V{"Mail", "j.de.vries@gemeente.nl", "of", "kijk", "op", "https://www.rijksoverheid.nl/jeugd"}));
    EXPECT_EQ(words("Zij stuurde een e-mail over de burn-out van haar 18-jarige zoon."),
              (V{"Zij", "stuurde", "een", "e-mail", "over", "de", "burn-out", "van", "haar", "18-jarige", "zoon"}));
    EXPECT_EQ(words("auto's en baby’s"), (V{"auto's", "en", "baby’s"}));
}

TEST(Words, KindsAndKeys) {
    const std::string text = "De OTS van RvdK, bijv. een ﬁnanciële zaak: info@x.nl";
    const Segmentation s = helder::testing::model().segmenter.segment(text);
    ASSERT_EQ(s.words.size(), 9u);
    EXPECT_EQ(s.words[1].kind, TokenKind::Initialism);
    EXPECT_EQ(s.words[3].kind, TokenKind::Initialism);
    EXPECT_EQ(s.words[4].kind, TokenKind::Abbreviation);
    EXPECT_EQ(s.key(s.words[4]), "bijv.");
    EXPECT_EQ(s.key(s.words[6]), "financiële");  // the ligature folds away
    EXPECT_EQ(s.words[8].kind, TokenKind::Email);
    EXPECT_EQ(s.key(s.words[0]), "de");
    EXPECT_TRUE(s.words[0].capitalized);
}

TEST(Words, EmptyAndWhitespaceOnly) {
    EXPECT_TRUE(sentences("").empty());
    EXPECT_TRUE(sentences(" \n\n\t ").empty());
    EXPECT_TRUE(sentences("--- *** ...").empty());
}

}  // namespace
}  // namespace helder::text
