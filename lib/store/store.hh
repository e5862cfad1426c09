// SPDX-License-Identifier: EUPL-1.2
// The dossier store on SQLite: versions with author, time and reason; writes that name the
// version they expect (a conflict instead of a lost update); an append-only audit chain;
// access rules by role and age; the export for inspection; statements added, never
// overwriting; destruction on request; anonymous indicators. One Store is used by one thread.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <vector>
#include <string>
#include <string_view>

#include "core/json_writer.hh"
#include "core/result.hh"
#include "dossier/dossier_model.hh"
#include "access/grants.hh"
#include "access/policy.hh"
#include "store/audit.hh"
#include "store/export.hh"
#include "store/sqlite.hh"
#include "store/store_options.hh"
#include "core/messages.hh"
#include "text/text_model.hh"

namespace helder::store {

// Who asks: a member of the household or a professional (the access decision's reader).
using Actor = access::Reader;

// The answers of the store's operations; lib/capi/store_json.cc writes them as JSON.
struct CommitAnswer {
    std::string dossier_id, sha256, validation_status;
    int64_t version = 0, audit_seq = 0;
    uint32_t errors = 0, warnings = 0;
    AuditHead audit_head;  // the chain's head after this commit: keep it outside the store
};

struct ReadAnswer {
    std::string dossier_id, author, at, reason;  // reason: empty for a partial view (free text)
    bool reason_withheld = false;
    int64_t version = 0;
    json::OwnedText dossier;  // the part of the dossier the actor may see
    int64_t withheld = 0;     // items and parts left out
    json::OwnedText withheld_detail;  // what was left out and why (access::write_withheld)
    AuditHead audit_head;     // after the read's entry
};

struct VersionRecord {
    int64_t version = 0;
    std::string author, at, reason, sha256;
    std::optional<std::string> dossier;  // the stored JSON (as the reader may see it), when asked for
    bool reason_withheld = false;        // a professional with a partial view (an added expert)
};

struct HistoryAnswer {
    std::string dossier_id;
    std::vector<VersionRecord> versions;
    AuditHead audit_head;
};

struct StatementAnswer {
    std::string dossier_id, statement_id;
    int64_t version = 0, audit_seq = 0;
    AuditHead audit_head;
};

struct ExportAnswer {
    json::OwnedText document;  // JSON, or a plain-language text
};

// A request to destroy one person's data (art. 7.3.9 Jw): erased, or held for review. A refusal
// (no right to ask, a keep decision in the dossier) is an error with the reason.
struct DestroyAnswer {
    enum class Outcome { Erased, NeedsReview };
    std::string dossier_id, person;
    Outcome outcome = Outcome::Erased;
    int64_t versions_rewritten = 0, parts_removed = 0;
    Date deadline;                          // the due date: the request's day plus the legal term
    const law::LegalFact *rule = nullptr;  // that term, with its article and label
    std::string review_reason;             // NeedsReview: why, in English
    Message message;                       // what the person reads, in Dutch (B1) and English
    AuditHead audit_head;
};

// Test only: called at each step of a destruction (1: its transaction committed, 2: the log
// emptied, 3: the file rebuilt, 4: the log emptied again and the files checked, 5: marked done),
// so that a test can kill the process there. Null in normal use.
extern void (*erasure_step_hook)(int step);

struct VerifyAnswer {
    bool ok = false;
    int64_t entries = 0;
    std::optional<int64_t> first_broken;
    std::string problem, integrity, head;
    AuditHead audit_head;  // head and its sequence number
};

struct IndicatorsAnswer {
    int64_t dossiers = 0, min_group = 0;
    bool suppressed = true;  // fewer dossiers than min_group: no figures at all
    int64_t measures = 0, max_professionals = 0, handovers = 0, decisions = 0;
    double professionals_mean = 0;
    std::optional<double> decisions_with_family_views_share;
};

class Store {
public:
    // Opens or creates a store (path, or ":memory:"); the models must outlive it.
    static Result<std::unique_ptr<Store>> open(const dossier::DossierModel &dossiers, const text::TextModel &text,
                                               const std::string &path, const StoreOptions &options);

    Result<CommitAnswer> commit(std::string_view dossier_json, std::string_view request_json);
    Result<ReadAnswer> read(std::string_view request_json);
    Result<HistoryAnswer> history(std::string_view request_json);
    Result<StatementAnswer> add_statement(std::string_view request_json);
    Result<ExportAnswer> export_person(std::string_view request_json);
    Result<DestroyAnswer> destroy(std::string_view request_json);
    Result<VerifyAnswer> verify();
    // request: {"expected_head": {"seq", "hash"}} (a head kept outside the store), or empty.
    Result<VerifyAnswer> verify(std::string_view request_json);
    Result<IndicatorsAnswer> indicators(std::string_view request_json);

    Store(const dossier::DossierModel &dossiers, const text::TextModel &text, const std::string &path,
          const StoreOptions &options);

#ifdef HELDER_TEST_CLOCK
    // Test builds only: moves the store's clock (a date-time YYYY-MM-DDThh:mm:ssZ).
    void set_test_clock(std::string at) { test_clock_ = std::move(at); }
#endif

private:
    // The time of a request: the system clock (UTC), or the test clock of a test build. A request
    // cannot name its own time: access, ages and the audit would then be the caller's to choose.
    std::string now() const;

    struct Latest;
    Result<Latest> latest(const std::string &dossier_id, int64_t version);
    // A dossier's row, checked against its stored versions and its last commit entry.
    struct DossierState {
        bool exists = false;
        int64_t version = 0;
        std::optional<std::string> destroyed_at;
    };
    Result<DossierState> dossier_state(const std::string &dossier_id);
    // Writes a new version inside an open transaction; returns the chain's new head.
    struct Written {
        AuditHead head;
        std::string sha256;
    };
    Written write_version(const std::string &dossier_id, int64_t version, std::string_view body, const std::string &author,
                          const std::string &at, const std::string &reason);

    // The access decision for a request on a version: made on the latest version (who is
    // involved, who consented, which decisions hold), applied to the version read.
    Result<access::Grants> decide(const Latest &latest_version, const std::string &dossier_id, const Actor &actor, const Date &on);
    // Whose data a read showed, as their keys (lib/store/member_keys.hh: the chain holds no names),
    // for the export's list of readers. Inside the transaction of the entry: it may make a secret.
    std::string shown_detail(const std::string &dossier_id, const std::set<std::string> &members);
    std::vector<ReadRecord> readers_of(const std::string &dossier_id, const std::string &person);

    // Logs a request refused before it was read, when it names a dossier; returns the error.
    Error refuse_request(std::string_view request_json, const char *action, const Error &error);
    // Every read of a dossier, by anyone, is an entry in the audit chain; its detail is written
    // inside the entry's transaction (members' keys may need a new secret).
    AuditHead log_read(const std::string &at, const Actor &actor, const char *action, const std::string &dossier_id,
                       const std::function<std::string()> &detail);
    // So is every refused or not-found request, with its reason (never content); returns the error.
    // With `open`, the entry is written in that transaction, which is then committed.
    Error log_refusal(const std::string &at, const std::string &actor, const std::string &action, const std::string &dossier_id,
                      const Error &error, Transaction *open = nullptr);
    // The migration of a format-1 store (helder 1.1), inside the transaction that opens it.
    void migrate_from_format_1();
    // Rewrites every version of a dossier without one person's data, records the redaction in
    // the chain and the destruction as pending, in one transaction.
    Result<DestroyAnswer> erase(const std::string &dossier_id, const std::string &person, const std::string &at, const Date &day,
                                std::vector<std::string> &removed_texts);
    // Empties the log, rebuilds the file and checks that none of the removed texts is left, then
    // marks every pending destruction done. HELDER_E_BUSY (kept pending) while a reader holds the log.
    Result<bool> finish_erasures(const std::vector<std::string> &removed_texts);
    bool erasures_pending();

    const dossier::DossierModel &dossiers_;
    const text::TextModel &text_;
    const Messages export_texts_;
    const access::Policy policy_;
    const Messages destruction_texts_;
    bool in_memory_;
    std::string path_;
    std::string test_clock_;  // empty: the system clock
    Database db_;
};

}  // namespace helder::store
