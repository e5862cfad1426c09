// SPDX-License-Identifier: EUPL-1.2
// Speller::unusable and TextModel::from_options refuse what Hunspell would take without a word
// (issue 11): the status says whether the file is missing (NOT_FOUND) or unusable (IO), the
// message names it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "text/speller.hh"
#include "text/text_model.hh"

namespace helder::text {
namespace {

const std::string kAff = "/usr/share/hunspell/nl.aff", kDic = "/usr/share/hunspell/nl.dic";

// A file in a fresh temporary directory, removed with it.
class TempDir {
public:
    TempDir() {
        char name[] = "/tmp/helder-dictionary-XXXXXX";
        EXPECT_NE(mkdtemp(name), nullptr);
        path_ = name;
    }
    ~TempDir() { std::filesystem::remove_all(path_); }
    std::string file(const std::string &name, const std::string &content) const {
        const std::string p = path_ + "/" + name;
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }
    const std::string &path() const { return path_; }

private:
    std::string path_;
};

void expect_refused(const std::string &aff, const std::string &dic, helder_status status, const std::string &named) {
    const auto e = Speller::unusable(aff, dic);
    ASSERT_TRUE(e.has_value()) << aff << " + " << dic << " accepted";
    EXPECT_EQ(e->status, status) << e->message;
    EXPECT_NE(e->message.find(named), std::string::npos) << e->message;
    // The same through the context's options and the constructor.
    auto model = TextModel::from_options("{\"dictionary\":{\"aff\":\"" + aff + "\",\"dic\":\"" + dic + "\"}}");
    ASSERT_FALSE(model.ok());
    EXPECT_EQ(model.error().status, status);
    EXPECT_EQ(model.error().message, e->message);
    try {
        Speller speller(aff, dic);
        ADD_FAILURE() << "the constructor took " << aff << " + " << dic;
    } catch (const Failure &f) {
        EXPECT_EQ(f.status(), status);
    }
}

TEST(Dictionary, RefusesWhatIsNoDictionary) {
    TempDir dir;
    expect_refused("/dev/null", "/dev/null", HELDER_E_IO, "/dev/null");
    expect_refused("/etc/passwd", "/etc/passwd", HELDER_E_IO, "/etc/passwd");
    expect_refused(dir.path(), dir.path(), HELDER_E_IO, dir.path());
    const std::string empty = dir.file("empty.aff", "");
    expect_refused(empty, empty, HELDER_E_IO, empty);
    expect_refused("/nonexistent/nl.aff", "/nonexistent/nl.dic", HELDER_E_NOT_FOUND, "/nonexistent/nl.aff");
}

TEST(Dictionary, ChecksEachFileOfThePair) {
    TempDir dir;
    expect_refused(kAff, "/etc/passwd", HELDER_E_IO, "/etc/passwd");
    expect_refused("/etc/passwd", kDic, HELDER_E_IO, "/etc/passwd");
    expect_refused(kDic, kAff, HELDER_E_IO, kDic);  // swapped
    expect_refused(kAff, dir.file("count-only.dic", "12\n"), HELDER_E_IO, "count-only.dic");
    expect_refused(kAff, dir.file("no-count.dic", "huis\nboom\n"), HELDER_E_IO, "no-count.dic");
    expect_refused(dir.file("latin1.aff", "SET ISO8859-1\nTRY aeiou\n"), kDic, HELDER_E_IO, "latin1.aff");
    expect_refused(kAff, "/nonexistent/nl.dic", HELDER_E_NOT_FOUND, "/nonexistent/nl.dic");
}

TEST(Dictionary, AcceptsDictionaries) {
    TempDir dir;
    EXPECT_FALSE(Speller::unusable(kAff, kDic).has_value());
    // The smallest: an .aff with its encoding and a .dic of a count and words (BOM, CRLF, tabs).
    const std::string aff = dir.file("mini.aff", "\xEF\xBB\xBF# mini\r\nSET\tUTF-8\r\n");
    const std::string dic = dir.file("mini.dic", "\xEF\xBB\xBF 2 \r\nhuis\r\nboom\r\n");
    EXPECT_FALSE(Speller::unusable(aff, dic).has_value());
    const Speller speller(aff, dic);
    EXPECT_TRUE(speller.accepts("huis"));
    EXPECT_FALSE(speller.accepts("hujs"));
}

}  // namespace
}  // namespace helder::text
