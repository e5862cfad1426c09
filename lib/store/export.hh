// SPDX-License-Identifier: EUPL-1.2
// The export for inspection (right of access, AVG art. 15): the data a dossier holds about one
// person, as the person who asks may see it (lib/access), as JSON and as a plain-language
// document, with who read that person's data and when.
#pragma once

#include <string>
#include <vector>

#include "access/grants.hh"
#include "access/policy.hh"
#include "core/json.hh"
#include "core/json_writer.hh"
#include "core/messages.hh"

namespace helder::store {

struct VersionInfo {
    int64_t version;
    std::string at;
};

// One read of the dossier that showed the person's data: when, and who (as the audit names them).
struct ReadRecord {
    std::string at, actor;
};

struct ExportInput {
    const json::Document &dossier;  // the latest version
    const access::Grants &grants;   // of the one who asks
    const access::Policy &policy;
    std::string person, at;
    std::vector<VersionInfo> versions;
    std::vector<ReadRecord> readers;
};

json::OwnedText export_json(const ExportInput &in);
json::OwnedText export_text(const ExportInput &in, const Messages &texts, bool english);

}  // namespace helder::store
