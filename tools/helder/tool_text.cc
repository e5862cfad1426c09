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
    case Text::BadByte: return {"de fout staat bij byte {}", "the first bad byte is byte {}"};
    case Text::NoQuotes:
        return {"in {} mogen geen \" of \\ staan", "{} may not contain \" or \\"};
    case Text::NotAnObject: return {"{} moet een JSON-object zijn", "{} must be a JSON object"};
    case Text::UnknownCommand: return {"onbekende opdracht '{}'", "unknown command '{}'"};
    case Text::LoadChecker: return {"kan de controle niet starten", "cannot load the checker"};
    case Text::LoadHelder: return {"kan helder niet starten", "cannot load helder"};
    case Text::ShowResults: return {"kan de uitkomst niet tonen", "cannot show the results"};
    case Text::LibraryDetail: return {"technische melding (Engels): {}", "{}"};
    }
    return {"{}", "{}"};
}

// Dutch for each status; English is the library's own description.
const char *dutch_status(helder_status status) {
    switch (status) {
    case HELDER_OK: return "gelukt";
    case HELDER_E_INTERNAL: return "er ging iets mis in helder zelf; meld dit als fout";
    case HELDER_E_INVALID_ARGUMENT: return "een waarde klopt niet";
    case HELDER_E_INVALID_UTF8: return "de tekst is geen UTF-8";
    case HELDER_E_TOO_LARGE: return "de invoer is te groot";
    case HELDER_E_INVALID_JSON: return "de invoer klopt niet";
    case HELDER_E_NO_MEMORY: return "er is niet genoeg geheugen";
    case HELDER_E_NOT_FOUND: return "niet gevonden";
    case HELDER_E_IO: return "helder kan het bestand niet lezen of schrijven";
    case HELDER_E_CONFLICT: return "de gegevens zijn intussen veranderd";
    case HELDER_E_DENIED: return "dit mag niet";
    case HELDER_E_CORRUPT: return "de opgeslagen gegevens zijn beschadigd";
    case HELDER_E_UNSUPPORTED: return "deze versie van helder kan dit niet";
    case HELDER_E_BUSY: return "een ander programma gebruikt de opslag; probeer het straks nog eens";
    case HELDER_E_MISUSE: return "helder kreeg deze vraag op het verkeerde moment";
    }
    return nullptr;
}

}  // namespace

std::string status_text(const std::string &lang, helder_status status) {
    const char *dutch = lang == "en" ? nullptr : dutch_status(status);
    if (dutch) return dutch;
    if (lang != "en") return "onbekende fout " + std::to_string(static_cast<int>(status));
    return helder_status_string(status);
}

std::string message_language(const std::vector<std::string> &args) {
    std::string lang = "nl";
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) lang = args[i + 1];
        else if (args[i].rfind("--lang=", 0) == 0) lang = args[i].substr(7);
        else if (args[i] == "--") break;
    }
    return lang == "en" ? "en" : "nl";
}

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
