// SPDX-License-Identifier: EUPL-1.2
#include "tool_text.hh"

namespace helder_tool {
namespace {

struct Pair {
    const char *nl, *en;
};

Pair text_of(Text id) {
    switch (id) {
    case Text::NeedsValue: return {"bij {} hoort een waarde", "{} needs a value"};
    case Text::UnknownOption: return {"onbekende optie {}", "unknown option {}"};
    case Text::MustBe: return {"{} moet een van deze zijn: {}", "{} must be one of: {}"};
    case Text::CannotOpen: return {"kan {} niet openen: {}", "cannot open {}: {}"};
    case Text::NoSuchFile: return {"het bestand bestaat niet", "there is no such file"};
    case Text::NoPermission: return {"geen toegang", "permission denied"};
    case Text::IsDirectory: return {"{} is een map, geen bestand", "{} is a directory, not a file"};
    case Text::CannotRead: return {"kan {} niet lezen", "cannot read {}"};
    case Text::NoDictionary:
        return {"geen Nederlands woordenboek gevonden (apt-get install hunspell-nl); de spelling wordt niet gecontroleerd",
                "no Dutch dictionary found (apt-get install hunspell-nl); spelling is not checked"};
    case Text::SeeHelp: return {"(zie helder {} --help)", "(see helder {} --help)"};
    case Text::FileFailed: return {"1 bestand is niet gecontroleerd", "1 file was not checked"};
    case Text::FilesFailed: return {"{} bestanden zijn niet gecontroleerd", "{} files were not checked"};
    case Text::OneOnly: return {"maar één tegelijk, niet ook '{}'", "one only, not also '{}'"};
    case Text::Required: return {"{} is nodig", "{} is required"};
    case Text::NotANumber: return {"{} moet een getal zijn", "{} must be a number"};
    case Text::NotADate: return {"{} moet een datum zijn die bestaat, als JJJJ-MM-DD", "{} must be a date that exists, as YYYY-MM-DD"};
    }
    return {"{}", "{}"};
}

}  // namespace

std::string tool_text(const std::string &lang, Text id, const std::string &a, const std::string &b) {
    const Pair pair = text_of(id);
    std::string out = lang == "en" ? pair.en : pair.nl;
    size_t at = out.find("{}");
    if (at != std::string::npos) {
        out.replace(at, 2, a);
        at = out.find("{}", at + a.size());
        if (at != std::string::npos) out.replace(at, 2, b);
    }
    return out;
}

}  // namespace helder_tool
