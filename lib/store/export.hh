// The export for inspection (right of access, AVG art. 15): everything a dossier holds about one
// person, as JSON and as a plain-language document. Information about other people is withheld:
// only items about the person, only their own views, no other member's record.
#pragma once

#include <string>
#include <vector>

#include "law/date.hh"
#include "core/json.hh"
#include "core/json_writer.hh"
#include "core/messages.hh"

namespace helder::store {

struct VersionInfo {
    int64_t version;
    std::string at;
};

json::OwnedText export_json(const json::Document &dossier, const std::string &person, const std::string &at,
                            const std::vector<VersionInfo> &versions);

json::OwnedText export_text(const json::Document &dossier, const std::string &person, const std::string &at,
                            const std::vector<VersionInfo> &versions, const Messages &texts, bool english);

}  // namespace helder::store
