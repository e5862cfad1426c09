#include "store/audit.hh"

#include <unordered_map>

#include "core/sha256.hh"

namespace helder::store {
namespace {

const std::string kGenesis(64, '0');

// Length-prefixed fields, so that no two different entries hash the same text.
std::string canonical(const std::string &prev, int64_t seq, std::string_view at, std::string_view actor,
                      std::string_view action, std::string_view dossier_id, std::string_view detail) {
    std::string s;
    auto field = [&](std::string_view v) {
        s += std::to_string(v.size());
        s.push_back(':');
        s.append(v.data(), v.size());
        s.push_back(';');
    };
    field(prev);
    field(std::to_string(seq));
    field(at);
    field(actor);
    field(action);
    field(dossier_id);
    field(detail);
    return s;
}

}  // namespace

int64_t append_audit(Database &db, const std::string &at, const std::string &actor, const std::string &action,
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
    const std::string hash = to_hex(sha256(canonical(prev, seq, at, actor, action, dossier_id, detail)));
    db.prepare("INSERT INTO audit(seq, at, actor, action, dossier_id, detail, prev, hash) VALUES(?,?,?,?,?,?,?,?)")
        .bind(1, seq).bind(2, at).bind(3, actor).bind(4, action).bind(5, dossier_id).bind(6, detail).bind(7, prev)
        .bind(8, hash).run();
    return seq;
}

ChainCheck verify_chain(Database &db) {
    ChainCheck check;
    std::string prev = kGenesis;
    int64_t expected_seq = 1;
    // "dossier version" -> body hash recorded when it was committed
    std::unordered_map<std::string, std::string> recorded;
    Statement entries = db.prepare("SELECT seq, at, actor, action, dossier_id, detail, prev, hash FROM audit ORDER BY seq");
    while (entries.step()) {
        ++check.entries;
        const int64_t seq = entries.integer(0);
        auto broken = [&](const std::string &why) {
            if (!check.ok) return;
            check.ok = false;
            check.first_broken = seq;
            check.problem = why;
        };
        if (seq != expected_seq) broken("entry " + std::to_string(expected_seq) + " is missing");
        if (entries.text(6) != prev) broken("the link to the entry before is wrong");
        const std::string hash = to_hex(sha256(canonical(std::string(entries.text(6)), seq, entries.text(1), entries.text(2),
                                                         entries.text(3), entries.text(4), entries.text(5))));
        if (hash != entries.text(7)) broken("the entry was changed");
        if (entries.text(3) == "commit") {
            // detail: "version=N sha256=HEX"
            const std::string detail(entries.text(5));
            const size_t v = detail.find("version="), h = detail.find(" sha256=");
            if (v == 0 && h != std::string::npos)
                recorded[std::string(entries.text(4)) + "\x1f" + detail.substr(8, h - 8)] = detail.substr(h + 8);
        }
        prev = std::string(entries.text(7));
        expected_seq = seq + 1;
    }
    check.head = prev;
    // Stored versions must match what their commit recorded: every dossier text and every
    // version record, with nothing added or taken away.
    auto mismatch = [&](const std::string &problem) {
        if (!check.ok) return;
        check.ok = false;
        check.problem = problem;
    };
    auto name = [](Statement &row) { return "version " + std::to_string(row.integer(1)) + " of " + std::string(row.text(0)); };
    Statement bodies = db.prepare("SELECT dossier_id, version, body FROM bodies ORDER BY dossier_id, version");
    while (bodies.step()) {
        auto it = recorded.find(std::string(bodies.text(0)) + "\x1f" + std::to_string(bodies.integer(1)));
        if (it == recorded.end()) mismatch(name(bodies) + " has no commit entry");
        else if (it->second != to_hex(sha256(bodies.text(2)))) mismatch(name(bodies) + " was changed after it was committed");
    }
    Statement versions = db.prepare(
        "SELECT v.dossier_id, v.version, v.sha256, b.version IS NULL FROM versions v LEFT JOIN bodies b USING(dossier_id, version)");
    while (versions.step()) {
        auto it = recorded.find(std::string(versions.text(0)) + "\x1f" + std::to_string(versions.integer(1)));
        if (versions.integer(3)) mismatch(name(versions) + " lost its dossier");
        else if (it == recorded.end() || it->second != versions.text(2)) mismatch(name(versions) + " was changed after it was committed");
    }
    return check;
}

}  // namespace helder::store
