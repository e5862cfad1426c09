// SPDX-License-Identifier: EUPL-1.2
// The store's append-only audit chain: every entry carries the SHA-256 of the one before, so
// that an entry changed, removed or inserted behind helder's back breaks the chain. Entries hold
// ids, versions and hashes, never the content of a dossier, so that destroying a dossier
// leaves the chain whole.
//
// What the chain covers, and how verify_chain() checks it against the tables:
//   commit   one per version: its author and time (the entry's actor and at) and the hash of its
//            whole record (dossier id, version, author, time, reason, SHA-256 of the text); the
//            last commit of a dossier is its current version
//   seal     written by the migration from format 1: the record hash of a version committed by
//            helder 1.1 (whose commit entries held only the text's hash)
//   redact   a destruction on request rewrote a version without one person's data: the version's
//            new record hash, and the one it replaces ("version=N record=NEW before=OLD")
//   destroy  a destruction: from here on the dossier has no versions and no texts (a redaction
//            entry: the commit entries before it keep only hashes)
//   read, history, export, …_refused, migrate   who asked for what, and what was refused and why
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "store/sqlite.hh"

namespace helder::store {

// The last entry of the chain: keep it outside the store to catch a chain cut short or rewritten.
struct AuditHead {
    int64_t seq = 0;   // 0: the chain is empty
    std::string hash;  // hex SHA-256
};

// Appends an entry inside the caller's transaction; returns the new head.
AuditHead append_audit(Database &db, const std::string &at, const std::string &actor, const std::string &action,
                       const std::string &dossier_id, const std::string &detail);

// The hash of a version's record, as its commit (or seal) entry holds it.
std::string version_record_hash(std::string_view dossier_id, int64_t version, std::string_view author, std::string_view at,
                                std::string_view reason, std::string_view text_sha256);

// The detail of a commit or seal entry: "version=N record=HEX".
std::string record_detail(int64_t version, const std::string &record_hash);

// The version a commit entry's detail names ("version=N …"), if it names one.
std::optional<int64_t> detail_version(std::string_view detail);

// Seals every stored version with its record hash (one "seal" entry each); for the migration from
// format 1, inside the caller's transaction. Returns how many were sealed.
int64_t seal_versions(Database &db, const std::string &at);

struct ChainCheck {
    bool ok = true;
    int64_t entries = 0;
    std::optional<int64_t> first_broken;  // the first entry that does not hold
    std::string problem;                  // what is wrong there, in English
    AuditHead head;                       // the last entry
};

// Checks every link; every stored version, text and dossier against what the chain recorded
// (and the other way round); and, when given, that the chain still holds a head kept elsewhere.
ChainCheck verify_chain(Database &db, const std::optional<AuditHead> &expected_head);

}  // namespace helder::store
