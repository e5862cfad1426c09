// SPDX-License-Identifier: EUPL-1.2
#include "store/member_keys.hh"

#include "core/random.hh"
#include "core/sha256.hh"

namespace helder::store {
namespace {

constexpr size_t kKeyBytes = 8, kSecretBytes = 32;
const char *const kKeyedFrom = "member_keys_keyed_from";

std::string from_hex(std::string_view hex) {
    auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
    std::string out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<char>(nibble(hex[i]) << 4 | nibble(hex[i + 1])));
    return out;
}

std::string short_key(const Sha256Digest &digest) { return to_hex(digest).substr(0, 2 * kKeyBytes); }

std::string keyed(std::string_view secret_hex, const std::string &member) { return short_key(hmac_sha256(from_hex(secret_hex), member)); }

std::optional<std::string> secret_of(Database &db, const std::string &dossier_id, const std::string &member) {
    Statement s = db.prepare("SELECT secret FROM member_secrets WHERE dossier_id=? AND member=?");
    s.bind(1, dossier_id).bind(2, member);
    if (!s.step()) return std::nullopt;
    return std::string(s.text(0));
}

}  // namespace

void set_up_member_keys(Database &db) {
    // Apart from the store's schema, like the erasures: stores of 1.2 and earlier lack it.
    db.exec("CREATE TABLE IF NOT EXISTS member_secrets(dossier_id TEXT NOT NULL, member TEXT NOT NULL, secret TEXT NOT NULL, "
            "PRIMARY KEY(dossier_id, member)) WITHOUT ROWID");
    {
        Statement noted = db.prepare("SELECT 1 FROM meta WHERE key=?");
        noted.bind(1, kKeyedFrom);
        if (noted.step()) return;
    }
    // Under the write lock: another process opening the file at the same time notes the same entry.
    Transaction tx(db);
    db.prepare("INSERT OR IGNORE INTO meta(key, value) SELECT ?, coalesce(max(seq), 0) + 1 FROM audit").bind(1, kKeyedFrom).run();
    tx.commit();
}

std::string member_key(Database &db, const std::string &dossier_id, const std::string &member) {
    if (const auto secret = secret_of(db, dossier_id, member)) return keyed(*secret, member);
    const std::string secret = to_hex(random_bytes(kSecretBytes));
    db.prepare("INSERT INTO member_secrets(dossier_id, member, secret) VALUES(?,?,?)").bind(1, dossier_id).bind(2, member).bind(3, secret).run();
    return keyed(secret, member);
}

MemberKeyMatch::MemberKeyMatch(Database &db, const std::string &dossier_id, const std::string &member)
    : unkeyed_(short_key(sha256(dossier_id + "\n" + member))) {
    if (const auto secret = secret_of(db, dossier_id, member)) keyed_ = keyed(*secret, member);
    Statement from = db.prepare("SELECT value FROM meta WHERE key=?");
    from.bind(1, kKeyedFrom);
    if (from.step()) keyed_from_ = from.integer(0);
}

bool MemberKeyMatch::names(int64_t seq, std::string_view key) const {
    if (seq < keyed_from_) return key == unkeyed_;
    return keyed_ && key == *keyed_;
}

std::string forget_member_secret(Database &db, const std::string &dossier_id, const std::string &member) {
    const std::optional<std::string> secret = secret_of(db, dossier_id, member);
    if (!secret) return "";
    db.prepare("DELETE FROM member_secrets WHERE dossier_id=? AND member=?").bind(1, dossier_id).bind(2, member).run();
    return *secret;
}

}  // namespace helder::store
