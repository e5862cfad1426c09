// The store's append-only audit chain: every entry carries the SHA-256 of the one before, so
// that an entry changed, removed or inserted behind helder's back breaks the chain. Entries hold
// ids, versions and hashes, never the content of a dossier, so that destroying a dossier
// leaves the chain whole.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/sqlite.hh"

namespace helder::store {

// Appends an entry inside the caller's transaction; returns its sequence number.
int64_t append_audit(Database &db, const std::string &at, const std::string &actor, const std::string &action,
                     const std::string &dossier_id, const std::string &detail);

struct ChainCheck {
    bool ok = true;
    int64_t entries = 0;
    std::optional<int64_t> first_broken;  // the first entry that does not hash right
    std::string problem;                  // what is wrong there, in English
    std::string head;                     // the last entry's hash: kept elsewhere, it shows a rewritten chain
};

// Checks every link, and that every stored version still has the hash its commit entry recorded.
ChainCheck verify_chain(Database &db);

}  // namespace helder::store
