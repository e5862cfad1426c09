// SPDX-License-Identifier: EUPL-1.2
#include "store/audit.hh"

#include <limits>
#include <map>
#include <utility>
#include <vector>

#include "core/sha256.hh"

namespace helder::store {
namespace {

const std::string kGenesis(64, '0');

// Length-prefixed fields, so that no two different lists of fields hash the same text.
class Canonical {
public:
    Canonical &field(std::string_view v) {
        s_ += std::to_string(v.size());
        s_.push_back(':');
        s_.append(v.data(), v.size());
        s_.push_back(';');
        return *this;
    }
    Canonical &field(int64_t v) { return field(std::to_string(v)); }
    std::string hash() const { return to_hex(sha256(s_)); }

private:
    std::string s_;
};

std::string entry_hash(std::string_view prev, int64_t seq, std::string_view at, std::string_view actor, std::string_view action,
                       std::string_view dossier_id, std::string_view detail) {
    return Canonical().field(prev).field(seq).field(at).field(actor).field(action).field(dossier_id).field(detail).hash();
}

// "key=value" in a detail of space-separated fields.
std::optional<std::string_view> detail_field(std::string_view detail, std::string_view key) {
    size_t at = 0;
    while (at < detail.size()) {
        size_t end = detail.find(' ', at);
        if (end == std::string_view::npos) end = detail.size();
        const std::string_view part = detail.substr(at, end - at);
        if (part.size() > key.size() && part.substr(0, key.size()) == key && part[key.size()] == '=')
            return part.substr(key.size() + 1);
        at = end + 1;
    }
    return std::nullopt;
}

// A read transaction: verify sees one snapshot even while other processes commit.
class Snapshot {
public:
    explicit Snapshot(Database &db) : db_(db) { db_.exec("BEGIN"); }
    ~Snapshot() {
        try {
            db_.exec("COMMIT");
        } catch (...) {
        }
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

private:
    Database &db_;
};

// What the chain says about one version.
struct RecordedVersion {
    int64_t seq = 0;                       // its commit entry
    std::string at, actor;                 // of the commit entry: the version's time and author
    std::optional<std::string> text_hash;  // commit entries of format 1
    std::optional<std::string> record;     // commit entries of format 2, or the seal of a format-1 version
    int64_t record_seq = 0;                // the entry that holds `record`
    int64_t redact_seq = 0;                // the last redaction of the version: it covers the new text
    bool stored = false;                   // found in the versions table
};

// What the chain says about one dossier.
struct RecordedDossier {
    int64_t first_seq = 0, current = 0, current_seq = 0;
    std::optional<int64_t> destroyed_seq;
    std::string destroyed_at;
    bool stored = false;  // found in the dossiers table
};

// Keeps the first problem: the one at the lowest entry; a problem no entry can be named for
// counts only when there is no other.
class Findings {
public:
    explicit Findings(ChainCheck &check) : check_(check) {}
    void add(std::optional<int64_t> seq, const std::string &problem) {
        const bool better = check_.ok || (seq && (!check_.first_broken || *seq < *check_.first_broken));
        if (!better) return;
        check_.ok = false;
        check_.first_broken = seq;
        check_.problem = problem;
    }

private:
    ChainCheck &check_;
};

std::string entry(int64_t seq) { return "entry " + std::to_string(seq); }

}  // namespace

AuditHead append_audit(Database &db, const std::string &at, const std::string &actor, const std::string &action,
                       const std::string &dossier_id, const std::string &detail) {
    std::string prev = kGenesis;
    int64_t seq = 1;
    {
        Statement last = db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            seq = last.integer(0) + 1;
            prev = std::string(last.text(1));
        }
    }
    AuditHead head{seq, entry_hash(prev, seq, at, actor, action, dossier_id, detail)};
    db.prepare("INSERT INTO audit(seq, at, actor, action, dossier_id, detail, prev, hash) VALUES(?,?,?,?,?,?,?,?)")
        .bind(1, seq).bind(2, at).bind(3, actor).bind(4, action).bind(5, dossier_id).bind(6, detail).bind(7, prev)
        .bind(8, head.hash).run();
    return head;
}

std::string version_record_hash(std::string_view dossier_id, int64_t version, std::string_view author, std::string_view at,
                                std::string_view reason, std::string_view text_sha256) {
    return Canonical().field("version record").field(dossier_id).field(version).field(author).field(at).field(reason)
        .field(text_sha256).hash();
}

std::string record_detail(int64_t version, const std::string &record_hash) {
    return "version=" + std::to_string(version) + " record=" + record_hash;
}

std::optional<int64_t> detail_version(std::string_view detail) {
    const auto v = detail_field(detail, "version");
    if (!v || v->empty() || v->size() > static_cast<size_t>(std::numeric_limits<int64_t>::digits10)) return std::nullopt;
    int64_t n = 0;
    for (char c : *v) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

int64_t seal_versions(Database &db, const std::string &at) {
    struct Row {
        std::string dossier_id;
        int64_t version;
        std::string record;
    };
    std::vector<Row> rows;
    {
        Statement s = db.prepare("SELECT dossier_id, version, author, at, reason, sha256 FROM versions ORDER BY dossier_id, version");
        while (s.step())
            rows.push_back(Row{std::string(s.text(0)), s.integer(1),
                               version_record_hash(s.text(0), s.integer(1), s.text(2), s.text(3), s.text(4), s.text(5))});
    }
    for (const Row &r : rows) append_audit(db, at, "helder", "seal", r.dossier_id, record_detail(r.version, r.record));
    return static_cast<int64_t>(rows.size());
}

namespace {

// What the chain says the tables hold, replayed entry by entry, and the problems found.
struct Replay {
    explicit Replay(ChainCheck &c) : check(c), found(c) {}
    ChainCheck &check;
    Findings found;
    std::map<std::pair<std::string, int64_t>, RecordedVersion> versions;
    std::map<std::string, RecordedDossier> dossiers;
    std::optional<std::string> hash_at_expected;
    std::vector<std::pair<int64_t, std::string>> later;  // told last: a deleted version says more
};

std::string version_name(const std::string &id, int64_t version) { return "version " + std::to_string(version) + " of " + id; }

void replay_entries(Database &db, Replay &r, const std::optional<AuditHead> &expected_head) {
    ChainCheck &check = r.check;
    Findings &found = r.found;
    auto &versions = r.versions;
    auto &dossiers = r.dossiers;
    auto &hash_at_expected = r.hash_at_expected;
    // 1. The chain itself, link by link, replayed into what it says the tables hold.
    std::string prev = kGenesis;
    int64_t expected_seq = 1;
    Statement entries = db.prepare("SELECT seq, at, actor, action, dossier_id, detail, prev, hash FROM audit ORDER BY seq");
    while (entries.step()) {
        ++check.entries;
        const int64_t seq = entries.integer(0);
        const std::string_view at = entries.text(1), actor = entries.text(2), action = entries.text(3), detail = entries.text(5);
        const std::string id(entries.text(4));
        if (seq != expected_seq)
            found.add(seq, expected_seq + 1 == seq ? "entry " + std::to_string(expected_seq) + " is missing"
                                                   : "entries " + std::to_string(expected_seq) + " to " + std::to_string(seq - 1) + " are missing");
        if (entries.text(6) != prev) found.add(seq, "the link to the entry before is wrong");
        if (entry_hash(entries.text(6), seq, at, actor, action, id, detail) != entries.text(7)) found.add(seq, "the entry was changed");
        if (expected_head && seq == expected_head->seq) hash_at_expected = std::string(entries.text(7));

        const std::optional<int64_t> version = detail_version(detail);
        if (action == "commit" && version) {
            RecordedDossier &d = dossiers[id];
            if (d.destroyed_seq)
                found.add(seq, entry(seq) + " commits a version of dossier " + id + " after its destruction (" + entry(*d.destroyed_seq) + ")");
            else if (*version != d.current + 1)
                found.add(seq, entry(seq) + " commits version " + std::to_string(*version) + " of dossier " + id +
                                   ", but the chain had it at version " + std::to_string(d.current));
            if (!d.first_seq) d.first_seq = seq;
            d.current = *version;
            d.current_seq = seq;
            RecordedVersion &v = versions[{id, *version}];
            v = RecordedVersion{seq, std::string(at), std::string(actor), std::nullopt, std::nullopt, seq, 0, false};
            if (const auto text = detail_field(detail, "sha256")) v.text_hash = std::string(*text);
            if (const auto record = detail_field(detail, "record")) v.record = std::string(*record);
        } else if (action == "seal" && version) {
            auto it = versions.find({id, *version});
            if (it == versions.end()) {
                found.add(seq, entry(seq) + " seals version " + std::to_string(*version) + " of dossier " + id + ", which the chain never committed");
            } else {
                it->second.record = std::string(detail_field(detail, "record").value_or(""));
                it->second.record_seq = seq;
            }
        } else if (action == "redact" && version) {
            // A destruction on request rewrote this version without one person's data: from here
            // the version's record is the new one, and it must follow the record it replaced.
            auto it = versions.find({id, *version});
            const auto before = detail_field(detail, "before");
            if (it == versions.end()) {
                found.add(seq, entry(seq) + " redacts version " + std::to_string(*version) + " of dossier " + id + ", which the chain never committed");
            } else if (!before || !it->second.record || *before != *it->second.record) {
                found.add(seq, entry(seq) + " redacts version " + std::to_string(*version) + " of dossier " + id + ", but not the record the chain held");
            } else {
                it->second.record = std::string(detail_field(detail, "record").value_or(""));
                it->second.record_seq = seq;
                it->second.redact_seq = seq;
                it->second.text_hash.reset();  // the text is new; its hash is inside the record
            }
        } else if (action == "destroy") {
            RecordedDossier &d = dossiers[id];
            if (!d.first_seq) d.first_seq = seq;
            d.destroyed_seq = seq;
            d.destroyed_at = std::string(at);
        }
        prev = std::string(entries.text(7));
        expected_seq = seq + 1;
    }
    check.head = AuditHead{expected_seq - 1, prev};

}

void check_kept_head(Replay &r, const std::optional<AuditHead> &expected_head) {
    ChainCheck &check = r.check;
    Findings &found = r.found;
    auto &hash_at_expected = r.hash_at_expected;
    // 2. A head kept outside the store: the chain must still reach it, with the same hash.
    if (expected_head) {
        if (expected_head->seq > check.head.seq)
            found.add(check.head.seq + 1, "the chain ends at entry " + std::to_string(check.head.seq) + ", but the head kept outside the store is " +
                                              entry(expected_head->seq) + ": the entries after " + std::to_string(check.head.seq) + " were cut off");
        else if (hash_at_expected && *hash_at_expected != expected_head->hash)
            found.add(expected_head->seq, entry(expected_head->seq) + " does not have the hash kept outside the store: the chain was rewritten");
    }

}

void check_dossiers(Database &db, Replay &r) {
    Findings &found = r.found;
    auto &dossiers = r.dossiers;
    // 3. Every dossier: there, at the version its last commit made current, destroyed only if the
    // chain says so. A wrong current version is told after the versions: a deleted version says more.
    auto &later = r.later;
    {
        Statement s = db.prepare("SELECT id, version, destroyed_at FROM dossiers ORDER BY id");
        while (s.step()) {
            const std::string id(s.text(0));
            auto it = dossiers.find(id);
            if (it == dossiers.end()) {
                found.add(std::nullopt, "dossier " + id + " has no commit entry");
                continue;
            }
            RecordedDossier &d = it->second;
            d.stored = true;
            if (d.destroyed_seq) {
                if (s.null(2)) found.add(*d.destroyed_seq, "dossier " + id + " was destroyed (" + entry(*d.destroyed_seq) + ") but is no longer marked destroyed");
                else if (s.text(2) != d.destroyed_at) found.add(*d.destroyed_seq, "the time dossier " + id + " was destroyed was changed");
            } else if (!s.null(2)) {
                found.add(d.current_seq, "dossier " + id + " is marked destroyed, but the chain has no destruction of it");
            } else if (s.integer(1) > d.current) {
                // No entry to name: the one that would have committed it is not in the chain.
                found.add(std::nullopt, "dossier " + id + " is at version " + std::to_string(s.integer(1)) +
                                            " in the store, but the chain committed it only up to version " + std::to_string(d.current));
            } else if (s.integer(1) < d.current) {
                later.emplace_back(d.current_seq, "dossier " + id + " is at version " + std::to_string(s.integer(1)) + " in the store, but " +
                                             entry(d.current_seq) + " made version " + std::to_string(d.current) + " its current version");
            }
        }
    }
    for (const auto &[id, d] : dossiers)
        if (!d.stored) found.add(d.first_seq, "dossier " + id + " was deleted from the store; the chain records it from " + entry(d.first_seq));

}

void check_versions(Database &db, Replay &r) {
    Findings &found = r.found;
    auto &versions = r.versions;
    auto &dossiers = r.dossiers;
    // 4. Every version record and its text against the hashes its commit recorded.
    const auto name = version_name;
    {
        Statement s = db.prepare(
            "SELECT v.dossier_id, v.version, v.author, v.at, v.reason, v.sha256, b.version IS NULL, b.body "
            "FROM versions v LEFT JOIN bodies b USING(dossier_id, version) ORDER BY v.dossier_id, v.version");
        while (s.step()) {
            const std::string id(s.text(0));
            const int64_t number = s.integer(1);
            auto it = versions.find({id, number});
            if (it == versions.end()) {
                found.add(std::nullopt, name(id, number) + " has no commit entry");
                continue;
            }
            RecordedVersion &v = it->second;
            v.stored = true;
            const RecordedDossier &d = dossiers[id];
            const std::string_view author = s.text(2), at = s.text(3), reason = s.text(4), text_hash = s.text(5);
            if (d.destroyed_seq) found.add(*d.destroyed_seq, name(id, number) + " is still in the store after its destruction (" + entry(*d.destroyed_seq) + ")");
            else if (s.integer(6)) found.add(v.seq, name(id, number) + " lost its dossier text");
            else if (to_hex(sha256(s.text(7))) != text_hash || (v.text_hash && *v.text_hash != text_hash))
                found.add(v.redact_seq ? v.redact_seq : v.seq, "the text of " + name(id, number) + " was changed after it was " +
                                                                   (v.redact_seq ? "redacted" : "committed"));
            else if (author != v.actor) found.add(v.seq, "the author of " + name(id, number) + " was changed after it was committed");
            else if (at != v.at) found.add(v.seq, "the time of " + name(id, number) + " was changed after it was committed");
            else if (!v.record) found.add(v.seq, name(id, number) + " has no record hash in the chain (committed by an older helder after the migration?)");
            else if (*v.record != version_record_hash(id, number, author, at, reason, text_hash))
                found.add(v.record_seq, "the reason of " + name(id, number) + " was changed after it was committed");
        }
    }
    {
        Statement s = db.prepare(
            "SELECT b.dossier_id, b.version FROM bodies b WHERE NOT EXISTS "
            "(SELECT 1 FROM versions v WHERE v.dossier_id=b.dossier_id AND v.version=b.version) ORDER BY b.dossier_id, b.version");
        while (s.step()) {
            const std::string id(s.text(0));
            auto it = versions.find({id, s.integer(1)});
            if (it == versions.end()) found.add(std::nullopt, name(id, s.integer(1)) + " has no commit entry");
            else found.add(it->second.seq, "the record of " + name(id, s.integer(1)) + " (author, time, reason) was deleted; its text is still there");
            if (it != versions.end()) it->second.stored = true;
        }
    }
    for (const auto &[key, v] : versions) {
        const RecordedDossier &d = dossiers[key.first];
        if (v.stored || d.destroyed_seq || !d.stored) continue;  // a deleted dossier is told above
        found.add(v.seq, name(key.first, key.second) + " was deleted from the store after it was committed (" + entry(v.seq) + ")");
    }
}

}  // namespace

// The chain replayed, the head kept outside checked, then the tables against the replay.
ChainCheck verify_chain(Database &db, const std::optional<AuditHead> &expected_head) {
    ChainCheck check;
    Replay r(check);
    Snapshot snapshot(db);
    replay_entries(db, r, expected_head);
    check_kept_head(r, expected_head);
    check_dossiers(db, r);
    check_versions(db, r);
    for (const auto &[seq, problem] : r.later) r.found.add(seq, problem);
    return check;
}

}  // namespace helder::store
