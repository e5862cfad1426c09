// SPDX-License-Identifier: EUPL-1.2
// How the audit chain names a member of a dossier (whose data a read showed, whom an export was
// about): by a key of 8 bytes, so that the chain holds no names.
//
// The key is HMAC-SHA256(secret, member id), cut to 8 bytes, with a random secret of 32 bytes
// for that member in that dossier (table member_secrets), made the first time an entry names
// them. Without the secret nobody can tell whose key it is, not by guessing an id either, and the
// same member has unrelated keys in two dossiers or two stores. A destruction on request deletes
// the person's secret (crypto-shredding): their keys already in the chain, which cannot be
// rewritten, link to no one afterwards; a later entry names them by a new secret.
//
// Entries written before the keys were keyed (development builds of helder 1.3) name members by
// SHA-256(dossier id "\n" member id), cut to 8 bytes. The store notes the first entry with keyed
// keys (meta 'member_keys_keyed_from', set when a store is created or first opened by this
// version); the entries before it are matched by the old key.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "store/sqlite.hh"

namespace helder::store {

// The table of secrets and the first entry with keyed keys; at every opening, idempotent.
void set_up_member_keys(Database &db);

// A member's key for a new entry; makes their secret when they have none. Inside the caller's
// transaction, the one that appends the entry.
std::string member_key(Database &db, const std::string &dossier_id, const std::string &member);

// Which entries of a dossier name one member. Makes no secret.
class MemberKeyMatch {
public:
    MemberKeyMatch(Database &db, const std::string &dossier_id, const std::string &member);
    // Whether the key in entry `seq` is this member's.
    bool names(int64_t seq, std::string_view key) const;

private:
    std::optional<std::string> keyed_;  // none without a secret
    std::string unkeyed_;               // for the entries before keyed_from_
    int64_t keyed_from_ = 1;
};

// Deletes a member's secret, inside the caller's transaction: their keys can no longer be
// computed. Returns the secret as the table held it (hexadecimal), for the check that no copy is
// left in the files; empty when they had none.
std::string forget_member_secret(Database &db, const std::string &dossier_id, const std::string &member);

}  // namespace helder::store
