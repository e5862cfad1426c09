// SPDX-License-Identifier: EUPL-1.2
#include "store/store.hh"

#include <algorithm>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <unordered_map>

#include "core/json.hh"
#include "core/sha256.hh"
#include "dossier/checks.hh"
#include "dossier/validator.hh"
#include "access/view.hh"
#include "store/audit.hh"
#include "store/destruction_scope.hh"
#include "store/export.hh"
#include "store/member_keys.hh"
#include "law/destruction.hh"
#include "law/rights.hh"
#include "core/options.hh"
#include "core/tsv.hh"

namespace helder::store {
namespace {

std::string now_utc() {
    const std::time_t t = std::time(nullptr);
    const Date d = Date::from_days(static_cast<int64_t>(t / 86400));
    const long s = static_cast<long>(t % 86400);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02ld:%02ld:%02ldZ", d.str().c_str(), s / 3600, (s / 60) % 60, s % 60);
    return buf;
}

using options::Field;
using options::Type;

const options::Table kActor = {{"kind", Type::Choice, true, 0, 0, {"professional", "member"}}, {"id", Type::NonEmptyString, true}};
const Field kDossierId = {"dossier_id", Type::NonEmptyString, true};
// Known, so that a request with "at" gets its own refusal rather than "unknown field" (helder
// 1.2 and earlier took it as the time of the request).
const Field kAt = {"at", Type::Any};
const Field kActorField = {"actor", Type::Object, true, 0, 0, {}, &kActor};

// A request whose fields passed their table, with the time the store's clock gave it.
class Request {
public:
    // Parses and checks a request. `now` is the store's clock; a request that names its own time
    // is refused, since that time decides access, ages, validation's today and the audit.
    static Result<Request> parse(std::string_view json, const options::Table &table, std::string now) {
        auto fields = options::Fields::parse(json, table, "request");
        if (!fields) return fields.error();
        if (fields->has("at"))
            return make_error(HELDER_E_INVALID_JSON,
                              "request: \"at\" is not accepted: the store's clock decides the time of a request (since helder 1.3)");
        Request request(std::move(fields.value()));
        request.day_ = *date_of_timestamp(now);
        request.when_ = std::move(now);
        return request;
    }
    const std::string &when() const { return when_; }  // the date-time of the request
    const Date &day() const { return day_; }
    const options::Fields *operator->() const { return &fields_; }
    std::string text(std::string_view key) const { return std::string(fields_.string(key)); }
    Actor actor() const {
        const json::Value a = fields_.get("actor");
        return Actor{a.find("kind").as_string() == "professional" ? Actor::Kind::Professional : Actor::Kind::Member,
                     std::string(a.find("id").as_string())};
    }

private:
    explicit Request(options::Fields fields) : fields_(std::move(fields)) {}
    options::Fields fields_;
    std::string when_;
    Date day_;
};

// Parses a stored body (it was valid JSON when it was stored).
Result<json::Document> parse_body(std::string_view body) {
    json::Limits limits;
    limits.max_depth = dossier::kMaxDepth;
    limits.reject_duplicate_keys = false;
    auto doc = json::Document::parse(body, limits);
    if (!doc) return make_error(HELDER_E_CORRUPT, "a stored version is not readable: " + doc.error().message);
    return doc;
}

// A version's dossier text lives apart from its author, time and reason, so that listing the
// history reads a few small pages instead of every dossier.
const char *kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dossiers(id TEXT PRIMARY KEY, version INTEGER NOT NULL, destroyed_at TEXT);
CREATE TABLE IF NOT EXISTS versions(
  dossier_id TEXT NOT NULL, version INTEGER NOT NULL, author TEXT NOT NULL, at TEXT NOT NULL,
  reason TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY(dossier_id, version)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bodies(
  dossier_id TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY(dossier_id, version));
CREATE TABLE IF NOT EXISTS audit(
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  dossier_id TEXT NOT NULL, detail TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_by_dossier ON audit(dossier_id, action, seq);
)SQL";

// A destruction on request that has rewritten the versions but not yet checked the files.
const char *kErasures =
    "CREATE TABLE IF NOT EXISTS erasures(dossier_id TEXT NOT NULL, person TEXT NOT NULL, requested_at TEXT NOT NULL, "
    "PRIMARY KEY(dossier_id, person))";

// The store format: 1 was written by helder 1.1 (commit entries hold the text's hash only); 2
// adds the record hash of every version to the chain and the index of entries by dossier.
const char *kFormat = "2";

// The format a database says it has; "" for one that is not a store yet.
std::string format_of(Database &db) {
    Statement meta = db.prepare("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
    if (!meta.step() || meta.integer(0) == 0) return "";
    Statement format = db.prepare("SELECT value FROM meta WHERE key='format'");
    return format.step() ? std::string(format.text(0)) : "";
}

std::string actor_name(const Actor &actor) { return actor.name(); }

// Shortens a UTF-8 text to at most `max` bytes at a character boundary, marking the cut.
void cut_at_character(std::string &text, size_t max) {
    if (text.size() <= max) return;
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    text += "…";
}

// A refusal's reason for the audit chain: the status and helder's own message, which names ids,
// versions, dates and articles, never the content of a dossier. Bounded, at a character boundary.
std::string refusal_detail(const Error &error) {
    const char *status = error.status == HELDER_E_DENIED ? "denied" : error.status == HELDER_E_NOT_FOUND ? "not_found"
                         : error.status == HELDER_E_CORRUPT ? "corrupt" : "error";
    std::string detail = std::string(status) + ": " + error.message;
    constexpr size_t kMaxDetail = 500;
    cut_at_character(detail, kMaxDetail);
    return detail;
}

}  // namespace

Store::Store(const dossier::DossierModel &dossiers, const text::TextModel &text, const std::string &path,
             const StoreOptions &options)
    : dossiers_(dossiers),
      text_(text),
      export_texts_(Messages::load("store/export_texts.tsv")),
      policy_(dossiers.law()),
      destruction_texts_(Messages::load("store/destruction_texts.tsv")),
      in_memory_(path == ":memory:" || path.empty()),
      path_(path),
      test_clock_(test_clock_compiled_in() ? options.test_clock : std::string()),
      db_(path.empty() ? ":memory:" : path, options.busy_timeout_ms) {
    // Durable commits (WAL + full sync), deleted content overwritten, rows of one dossier together.
    db_.exec("PRAGMA secure_delete=ON");
    if (!in_memory_) {
        db_.exec("PRAGMA journal_mode=WAL");
        db_.exec("PRAGMA synchronous=FULL");
    }
    // A new store is set up, and one of helder 1.1 migrated, under the write lock: once, even when
    // several processes open the file at the same time.
    if (format_of(db_) != kFormat) {
        Transaction tx(db_);
        const std::string found = format_of(db_);
        if (found.empty()) {
            db_.exec(kSchema);
            db_.prepare("INSERT INTO meta(key, value) VALUES('format', ?)").bind(1, kFormat).run();
        } else if (found == "1") {
            if (!options.migrate)
                throw Failure(HELDER_E_UNSUPPORTED, "store " + path + " was written by helder 1.1 (store format 1): open it without "
                                                    "{\"migrate\": false} to migrate it to format 2, which records the migration in its "
                                                    "audit chain; keep a copy first, because helder 1.1 cannot open it afterwards");
            migrate_from_format_1();
        }
        tx.commit();
    }
    if (format_of(db_) != kFormat)
        throw Failure(HELDER_E_UNSUPPORTED, "store " + path + " has a format this version of helder does not know");
    // Destructions on request not yet finished (kept apart from kSchema: stores of 1.2 lack it).
    db_.exec(kErasures);
    set_up_member_keys(db_);
    if (erasures_pending()) {
        try {
            (void)finish_erasures({});  // stays pending while another process reads; the next request finishes it
        } catch (const Failure &) {
        }
    }
}

std::string Store::now() const { return test_clock_.empty() ? now_utc() : test_clock_; }

void Store::migrate_from_format_1() {
    const std::string at = now();
    db_.exec(kSchema);  // the tables are there; this adds the index
    db_.prepare("UPDATE meta SET value=? WHERE key='format'").bind(1, kFormat).run();
    Statement count = db_.prepare("SELECT count(*) FROM versions");
    count.step();
    append_audit(db_, at, "helder", "migrate", "", "from=1 to=" + std::string(kFormat) + " versions=" + std::to_string(count.integer(0)));
    // The chain of 1.1 covered each version's text, author and time; the seals add the reason.
    seal_versions(db_, at);
}

Result<std::unique_ptr<Store>> Store::open(const dossier::DossierModel &dossiers, const text::TextModel &text,
                                           const std::string &path, const StoreOptions &options) {
    try {
        return std::make_unique<Store>(dossiers, text, path, options);
    } catch (const Failure &f) {
        return make_error(f.status(), f.what());
    }
}

struct Store::Latest {
    int64_t version = 0;
    std::string author, at, reason, body;
    json::Document doc;  // body, parsed
};

Result<Store::DossierState> Store::dossier_state(const std::string &dossier_id) {
    // One statement, so one snapshot even while another process commits.
    Statement d = db_.prepare(
        "SELECT d.id IS NOT NULL, d.version, d.destroyed_at, (SELECT max(version) FROM versions WHERE dossier_id=?1), a.seq, a.detail "
        "FROM (SELECT 1) LEFT JOIN dossiers d ON d.id=?1 LEFT JOIN "
        "(SELECT seq, detail FROM audit WHERE dossier_id=?1 AND action='commit' ORDER BY seq DESC LIMIT 1) a ON 1");
    d.bind(1, dossier_id);
    d.step();
    DossierState state;
    state.exists = d.integer(0) != 0;
    state.version = state.exists ? d.integer(1) : 0;
    if (state.exists && !d.null(2)) {
        state.destroyed_at = std::string(d.text(2));
        return state;  // no versions left to compare
    }
    // The dossier's row must agree with its versions and with the chain's last commit of it.
    const int64_t stored = d.null(3) ? 0 : d.integer(3);
    const int64_t chained = d.null(4) ? 0 : detail_version(d.text(5)).value_or(-1);
    if (state.version == stored && state.version == chained) return state;
    std::string why = "dossier " + dossier_id + (state.exists ? " is at version " + std::to_string(state.version) : " is missing") + " in the store, but";
    if (stored != state.version) why += " its latest stored version is " + std::to_string(stored) + (chained != state.version ? " and" : "");
    if (chained != state.version)
        why += " the audit chain made version " + std::to_string(chained) + " current (entry " + std::to_string(d.integer(4)) + ")";
    return make_error(HELDER_E_CORRUPT, why + ": the store was changed outside helder; helder_store_verify names the first broken entry");
}

Result<Store::Latest> Store::latest(const std::string &dossier_id, int64_t version) {
    auto state = dossier_state(dossier_id);
    if (!state) return state.error();
    if (!state->exists) return make_error(HELDER_E_NOT_FOUND, "no dossier " + dossier_id);
    if (state->destroyed_at) return make_error(HELDER_E_NOT_FOUND, "dossier " + dossier_id + " was destroyed on " + *state->destroyed_at);
    Latest l;
    l.version = version ? version : state->version;
    Statement v = db_.prepare(
        "SELECT v.author, v.at, v.reason, b.body FROM versions v JOIN bodies b USING(dossier_id, version) "
        "WHERE v.dossier_id=? AND v.version=?");
    v.bind(1, dossier_id).bind(2, l.version);
    if (!v.step()) return make_error(HELDER_E_NOT_FOUND, "dossier " + dossier_id + " has no version " + std::to_string(l.version));
    l.author = std::string(v.text(0));
    l.at = std::string(v.text(1));
    l.reason = std::string(v.text(2));
    l.body = std::string(v.text(3));
    auto doc = parse_body(l.body);
    if (!doc) return doc.error();
    l.doc = std::move(doc.value());
    return l;
}

AuditHead Store::log_read(const std::string &at, const Actor &actor, const char *action, const std::string &dossier_id,
                          const std::function<std::string()> &detail) {
    Transaction tx(db_);
    AuditHead head = append_audit(db_, at, actor_name(actor), action, dossier_id, detail());
    tx.commit();
    return head;
}

Error Store::log_refusal(const std::string &at, const std::string &actor, const std::string &action, const std::string &dossier_id,
                         const Error &error, Transaction *open) {
    if (open) {
        append_audit(db_, at, actor, action, dossier_id, refusal_detail(error));
        open->commit();
        return error;
    }
    Transaction tx(db_);
    append_audit(db_, at, actor, action, dossier_id, refusal_detail(error));
    tx.commit();
    return error;
}

Store::Written Store::write_version(const std::string &dossier_id, int64_t version, std::string_view body,
                                   const std::string &author, const std::string &at, const std::string &reason) {
    Written w;
    w.sha256 = to_hex(sha256(body));
    db_.prepare("INSERT INTO versions(dossier_id, version, author, at, reason, sha256) VALUES(?,?,?,?,?,?)")
        .bind(1, dossier_id).bind(2, version).bind(3, author).bind(4, at).bind(5, reason).bind(6, w.sha256).run();
    db_.prepare("INSERT INTO bodies(dossier_id, version, body) VALUES(?,?,?)").bind(1, dossier_id).bind(2, version).bind(3, body).run();
    db_.prepare("INSERT INTO dossiers(id, version) VALUES(?,?) ON CONFLICT(id) DO UPDATE SET version=excluded.version")
        .bind(1, dossier_id).bind(2, version).run();
    // The chain holds the record's hash: author, time, reason and text are covered, none is in it.
    w.head = append_audit(db_, at, author, "commit", dossier_id,
                          record_detail(version, version_record_hash(dossier_id, version, author, at, reason, w.sha256)));
    return w;
}

Error Store::refuse_request(std::string_view request_json, const char *action, const Error &error) {
    // A request refused before it was read (an "at", an unknown field) is still a refusal: logged
    // when it names a dossier, under the name of who it says asks.
    auto doc = json::Document::parse(request_json);
    if (!doc || !doc->root().find("dossier_id").is_string()) return error;
    const json::Value root = doc->root(), actor = root.find("actor");
    std::string who = "unknown";
    if (actor.find("id").is_string()) who = std::string(actor.find("kind").as_string()) + ":" + std::string(actor.find("id").as_string());
    else if (root.find("by").is_string()) who = "member:" + std::string(root.find("by").as_string());
    else if (root.find("requested_by").is_string()) who = "member:" + std::string(root.find("requested_by").as_string());
    else if (root.find("author").is_string()) who = std::string(root.find("author").as_string());
    constexpr size_t kMaxName = 200;  // the chain keeps what the caller wrote, bounded
    std::string id(root.find("dossier_id").as_string());
    cut_at_character(who, kMaxName);
    cut_at_character(id, kMaxName);
    return log_refusal(now(), who, action, id, error);
}

Result<CommitAnswer> Store::commit(std::string_view dossier_json, std::string_view request_json) {
    static const options::Table kTable = {{"dossier_id", Type::NonEmptyString},
                                          {"expected_version", Type::Integer, true, 0},
                                          {"author", Type::NonEmptyString, true},
                                          {"reason", Type::NonEmptyString, true},
                                          kAt,
                                          {"allow_invalid", Type::Boolean}};
    auto req = Request::parse(request_json, kTable, now());
    if (!req) return refuse_request(request_json, "commit_refused", req.error());
    // Validate first: the store keeps dossiers that follow the schema, the law and references.
    dossier::ValidateOptions vo;
    vo.today = req.value().day();
    const dossier::Report report = dossier::validate(dossiers_, text_, dossier_json, vo);
    if (!report.tally) return make_error(HELDER_E_INVALID_JSON, "the dossier is not a JSON document (" + report.status + ")");
    if (report.errors > 0 && !(*req)->boolean("allow_invalid", false)) {
        const dossier::Finding *first = report.first_error();
        const std::string id = report.dossier_id.empty() ? req.value().text("dossier_id") : report.dossier_id;
        if (!id.empty())  // a refusal is logged when it names a dossier (the findings' codes only, no content)
            log_refusal(req.value().when(), req.value().text("author"), "commit_refused", id,
                        make_error(HELDER_E_INVALID_JSON, "invalid dossier (first: " + first->code + " at " + first->pointer + ")"));
        return make_error(HELDER_E_INVALID_JSON, "the dossier has " + std::to_string(report.errors) + (report.errors == 1 ? " error" : " errors") +
                                                     " (first: " + first->code + " at " + first->pointer + "); see helder_dossier_validate()");
    }
    std::string id = report.dossier_id;
    if (const std::string given = req.value().text("dossier_id"); !given.empty()) {
        if (!id.empty() && id != given) return (*req)->invalid("dossier_id", "the dossier's id \"" + id + "\", not \"" + given + "\"");
        id = given;
    }
    if (id.empty()) return (*req)->invalid("dossier_id", "given: the dossier has no id");
    const int64_t expected = (*req)->integer("expected_version", 0);
    Transaction tx(db_);
    auto state = dossier_state(id);
    if (!state) return log_refusal(req.value().when(), req.value().text("author"), "commit_refused", id, state.error(), &tx);
    if (state->destroyed_at)
        return log_refusal(req.value().when(), req.value().text("author"), "commit_refused", id,
                           make_error(HELDER_E_DENIED, "dossier " + id + " was destroyed; it cannot get new versions"), &tx);
    const int64_t current = state->version;
    if (current != expected)
        return log_refusal(req.value().when(), req.value().text("author"), "commit_refused", id,
                           make_error(HELDER_E_CONFLICT, "dossier " + id + " is at version " + std::to_string(current) +
                                                             ", not at the expected version " + std::to_string(expected) +
                                                             ": read it again and apply your change to the new version"),
                           &tx);
    CommitAnswer answer;
    answer.version = current + 1;
    Written written = write_version(id, answer.version, dossier_json, req.value().text("author"), req.value().when(), req.value().text("reason"));
    tx.commit();
    answer.dossier_id = std::move(id);
    answer.audit_seq = written.head.seq;
    answer.audit_head = std::move(written.head);
    answer.sha256 = std::move(written.sha256);
    answer.validation_status = report.status;
    answer.errors = report.errors;
    answer.warnings = report.warnings;
    return answer;
}

Result<ReadAnswer> Store::read(std::string_view request_json) {
    static const options::Table kTable = {kDossierId, {"version", Type::Integer, false, 0}, kActorField, kAt};
    auto req = Request::parse(request_json, kTable, now());
    if (!req) return refuse_request(request_json, "read_refused", req.error());
    const std::string id = req->text("dossier_id");
    const Actor actor = req->actor();
    // Access is decided on the current version before a version is looked up, so that a stranger
    // learns nothing about which versions exist.
    auto current = latest(id, 0);
    if (!current) return log_refusal(req.value().when(), actor_name(actor), "read_refused", id, current.error());
    auto grants = access::Grants::decide(policy_, current->doc, actor, req.value().day());
    if (!grants) return log_refusal(req.value().when(), actor_name(actor), "read_refused", id, grants.error());
    const int64_t wanted = (*req)->integer("version", 0);
    auto l = wanted == 0 || wanted == current->version ? std::move(current) : latest(id, wanted);
    if (!l) return log_refusal(req.value().when(), actor_name(actor), "read_refused", id, l.error());
    ReadAnswer answer;
    json::Writer w;
    const access::ViewResult view = access::write_view(w, l->doc, grants.value(), policy_);
    answer.dossier = w.release();
    answer.withheld = view.items_withheld + view.parts_withheld;
    json::Writer detail;
    access::write_withheld(detail, view, policy_);
    answer.withheld_detail = detail.release();
    answer.dossier_id = id;
    answer.version = l->version;
    answer.author = std::move(l->author);
    answer.at = std::move(l->at);
    // A version's reason is a professional's free text that may be about anyone: only for a
    // reader who sees the whole dossier.
    answer.reason_withheld = !grants->everything();
    if (!answer.reason_withheld) answer.reason = std::move(l->reason);
    answer.audit_head = log_read(req.value().when(), actor, "read", id,
                                 [&] { return "version=" + std::to_string(answer.version) + shown_detail(id, view.shown); });
    return answer;
}

Result<access::Grants> Store::decide(const Latest &version, const std::string &dossier_id, const Actor &actor, const Date &on) {
    auto state = dossier_state(dossier_id);
    if (!state) return state.error();
    if (state->version == version.version) return access::Grants::decide(policy_, version.doc, actor, on);
    auto current = latest(dossier_id, 0);
    if (!current) return current.error();
    return access::Grants::decide(policy_, current->doc, actor, on);
}

std::string Store::shown_detail(const std::string &dossier_id, const std::set<std::string> &members) {
    std::string detail = " shown=";
    bool first = true;
    for (const std::string &m : members) {
        if (!first) detail.push_back(',');
        first = false;
        detail += member_key(db_, dossier_id, m);
    }
    return detail;
}

std::vector<ReadRecord> Store::readers_of(const std::string &dossier_id, const std::string &person) {
    std::vector<ReadRecord> readers;
    const MemberKeyMatch person_key(db_, dossier_id, person);
    Statement s = db_.prepare("SELECT seq, at, actor, detail FROM audit WHERE dossier_id=? AND action IN ('read','history','export') ORDER BY seq");
    s.bind(1, dossier_id);
    while (s.step()) {
        const std::string_view detail = s.text(3);
        const size_t at = detail.find(" shown=");
        if (at == std::string_view::npos) continue;
        for (std::string_view part : tsv::split(detail.substr(at + 7), ','))
            if (person_key.names(s.integer(0), part)) {
                readers.push_back(ReadRecord{std::string(s.text(1)), std::string(s.text(2))});
                break;
            }
    }
    return readers;
}

Result<HistoryAnswer> Store::history(std::string_view request_json) {
    static const options::Table kTable = {kDossierId, kActorField, kAt, {"with_dossiers", Type::Boolean}};
    auto req = Request::parse(request_json, kTable, now());
    if (!req) return refuse_request(request_json, "history_refused", req.error());
    const std::string id = req->text("dossier_id");
    const Actor actor = req->actor();
    auto l = latest(id, 0);
    if (!l) return log_refusal(req.value().when(), actor_name(actor), "history_refused", id, l.error());
    if (actor.kind != Actor::Kind::Professional)
        return log_refusal(req.value().when(), actor_name(actor), "history_refused", id,
                           make_error(HELDER_E_DENIED, "the history is for the professionals involved; a member asks for an export"));
    auto grants = access::Grants::decide(policy_, l->doc, actor, req.value().day());
    if (!grants) return log_refusal(req.value().when(), actor_name(actor), "history_refused", id, grants.error());
    const bool with_dossiers = (*req)->boolean("with_dossiers", false);
    HistoryAnswer answer;
    answer.dossier_id = id;
    Statement s = db_.prepare(with_dossiers ? "SELECT v.version, v.author, v.at, v.reason, v.sha256, b.body FROM versions v "
                                              "JOIN bodies b USING(dossier_id, version) WHERE v.dossier_id=? ORDER BY v.version"
                                            : "SELECT version, author, at, reason, sha256 FROM versions WHERE dossier_id=? ORDER BY version");
    s.bind(1, id);
    std::set<std::string> shown;
    while (s.step()) {
        VersionRecord v{s.integer(0), std::string(s.text(1)), std::string(s.text(2)), std::string(s.text(3)),
                        std::string(s.text(4)), std::nullopt};
        if (!grants->everything()) {
            v.reason_withheld = true;
            v.reason.clear();
        }
        if (with_dossiers) {
            // Each version as this professional may see it: an expert sees their purpose only.
            auto body = parse_body(s.text(5));
            if (!body) return body.error();
            json::Writer view;
            for (const std::string &m : access::write_view(view, body.value(), grants.value(), policy_).shown) shown.insert(m);
            v.dossier = view.take();
        }
        answer.versions.push_back(std::move(v));
    }
    answer.audit_head = log_read(req.value().when(), actor, "history", id,
                                 [&] { return with_dossiers ? "with_dossiers" + shown_detail(id, shown) : std::string("versions"); });
    return answer;
}

Result<StatementAnswer> Store::add_statement(std::string_view request_json) {
    static const options::Table kTable = {kDossierId,
                                          {"by", Type::NonEmptyString, true},
                                          {"kind", Type::Choice, true, 0, 0, {"correction", "own_statement"}},
                                          {"concerns_item", Type::String},
                                          {"text", Type::NonEmptyString, true},
                                          kAt};
    auto req = Request::parse(request_json, kTable, now());
    if (!req) return refuse_request(request_json, "statement_refused", req.error());
    const std::string id = req->text("dossier_id"), by = req->text("by"), kind = req->text("kind");
    const std::string item = req->text("concerns_item"), statement = req->text("text");
    Transaction tx(db_);
    auto l = latest(id, 0);
    if (!l) return log_refusal(req.value().when(), "member:" + by, "statement_refused", id, l.error(), &tx);
    // The person must be able to read the dossier: only then can they respond to it.
    Actor actor{Actor::Kind::Member, by};
    auto grants = access::Grants::decide(policy_, l->doc, actor, req.value().day());
    if (!grants) return log_refusal(req.value().when(), "member:" + by, "statement_refused", id, grants.error(), &tx);
    // A new version with the statement added; the item it is about stays as it was.
    const std::string statement_id = "statement-" + std::to_string(l->version + 1);
    json::Writer w;
    bool added = false;
    auto write_statement = [&]() {
        w.begin_object().key("id").string(statement_id).key("by").string(by).key("date").string(req.value().day().str());
        w.key("kind").string(kind).key("text").string(statement).key("concerns_item").string(item);
        w.key("about").begin_array().string(by).end_array().end_object();
    };
    w.begin_object();
    for (json::Value m = l->doc.root().first_child(); m.valid(); m = m.next_sibling()) {
        w.key(m.key());
        if (m.key() == "statements" && m.is_array()) {
            w.begin_array();
            for (json::Value s = m.first_child(); s.valid(); s = s.next_sibling()) json::copy_value(w, s);
            write_statement();
            w.end_array();
            added = true;
        } else {
            json::copy_value(w, m);
        }
    }
    if (!added) {
        w.key("statements").begin_array();
        write_statement();
        w.end_array();
    }
    w.end_object();
    const json::OwnedText next = w.release();
    // Validated like a commit: a statement may not make the dossier one that cannot be committed
    // (too large, an unknown item, a text over its limit). Errors it did not bring are not its own.
    dossier::ValidateOptions vo;
    vo.today = req.value().day();
    vo.check_family_texts = false;
    const dossier::Report before = dossier::validate(dossiers_, text_, l->body, vo);
    const dossier::Report after = dossier::validate(dossiers_, text_, next.view(), vo);
    if (after.errors > before.errors || !after.tally) {
        const dossier::Finding *first = after.first_error();
        for (const dossier::Finding &f : after.findings)
            if (f.severity == HELDER_SEVERITY_ERROR && f.pointer.rfind("/statements/", 0) == 0) first = &f;
        return make_error(HELDER_E_INVALID_JSON, "the statement would make the dossier invalid (" + (first ? first->code + " at " + first->pointer : after.status) +
                                                     "); the dossier is unchanged");
    }
    StatementAnswer answer;
    answer.version = l->version + 1;
    answer.audit_head = write_version(id, answer.version, next.view(), by, req.value().when(), kind == "correction" ? "correction" : "own statement").head;
    answer.audit_seq = answer.audit_head.seq;
    tx.commit();
    answer.dossier_id = id;
    answer.statement_id = statement_id;
    return answer;
}

Result<ExportAnswer> Store::export_person(std::string_view request_json) {
    static const options::Table kTable = {kDossierId,
                                          kActorField,
                                          {"person", Type::NonEmptyString},
                                          {"format", Type::Choice, false, 0, 0, {"json", "text"}},
                                          {"language", Type::Choice, false, 0, 0, {"nl", "en"}},
                                          kAt};
    auto req = Request::parse(request_json, kTable, now());
    if (!req) return refuse_request(request_json, "export_refused", req.error());
    const Actor actor = req->actor();
    const std::string id = req->text("dossier_id"), person = (*req)->has("person") ? req->text("person") : actor.id;
    auto l = latest(id, 0);
    if (!l) return log_refusal(req.value().when(), actor_name(actor), "export_refused", id, l.error());
    // Who asks must be able to see the person's data: themselves, a parent with gezag for a young
    // child, the fixed professional. Refusals name the one who asked.
    auto grants = access::Grants::decide(policy_, l->doc, actor, req.value().day());
    if (!grants) return log_refusal(req.value().when(), actor_name(actor), "export_refused", id, grants.error());
    if (!dossier::household_member(l->doc.root(), person).valid())
        return log_refusal(req.value().when(), actor_name(actor), "export_refused", id,
                           make_error(HELDER_E_NOT_FOUND, person + " is not a member of this household"));
    const std::string by_rule = grants->granting_rule(person);
    const bool may_export = (actor.kind == Actor::Kind::Member && actor.id == person) || grants->everything() ||
                            by_rule == "parent_young_child" || by_rule == "parent_child_cannot_judge";
    if (!may_export)
        return log_refusal(req.value().when(), actor_name(actor), "export_refused", id,
                           make_error(HELDER_E_DENIED, actor.id + " may not see the data of " + person + " (docs/store.md, who may see what)"));
    ExportInput in{l->doc, grants.value(), policy_, person, req.value().when(), {}, readers_of(id, person)};
    {
        Statement s = db_.prepare("SELECT version, at FROM versions WHERE dossier_id=? ORDER BY version");
        s.bind(1, id);
        while (s.step()) in.versions.push_back(VersionInfo{s.integer(0), std::string(s.text(1))});
    }
    log_read(req.value().when(), actor, "export", id, [&] {
        return "version=" + std::to_string(l->version) + " person=" + member_key(db_, id, person) + shown_detail(id, {person});
    });
    if ((*req)->string("format", "json") == "text")
        return ExportAnswer{export_text(in, export_texts_, (*req)->string("language", "nl") == "en")};
    return ExportAnswer{export_json(in)};
}

void (*erasure_step_hook)(int step) = nullptr;

namespace {

// A text in Dutch and English whose filled-in values differ by language (dates, names of measures).
Message in_both(const Messages &texts, std::string_view id, const MessageArgs &nl, const MessageArgs &en) {
    return Message{texts.format(id, nl).nl, texts.format(id, en).en};
}

void erasure_step(int step) {
    if (erasure_step_hook) erasure_step_hook(step);
}

// Empties the write-ahead log into the file and truncates it; false when a reader (another
// connection's read transaction) or a writer kept it from finishing.
bool log_truncated(Database &db) {
    Statement s = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    return s.step() && s.integer(0) == 0;
}

uint64_t first_eight(const char *p) {
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// Whether a file holds any of the pieces (each of 8 bytes or more): one pass, a hash look-up
// per byte, so that a large store is read once whatever the number of pieces.
bool file_holds_any(const std::string &path, const std::vector<std::string> &pieces) {
    if (pieces.empty()) return false;
    std::unordered_multimap<uint64_t, const std::string *> starts;
    size_t longest = 0;
    for (const std::string &p : pieces) {
        starts.emplace(first_eight(p.data()), &p);
        longest = std::max(longest, p.size());
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::string window;
    std::vector<char> chunk(1 << 20);
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
        window.append(chunk.data(), static_cast<size_t>(in.gcount()));
        for (size_t i = 0; i + 8 <= window.size(); ++i) {
            auto [from, to] = starts.equal_range(first_eight(window.data() + i));
            for (auto it = from; it != to; ++it)
                if (window.compare(i, it->second->size(), *it->second) == 0) return true;
        }
        if (window.size() > longest) window.erase(0, window.size() - longest + 1);
    }
    return false;
}

// The pieces of the removed texts that must be gone from the files: each text in pieces of
// 16 bytes (a piece cut by a page boundary is missed; the others are found), less those still
// stored on purpose (another person's item, another dossier, a version's reason).
std::vector<std::string> pieces_to_be_gone(Database &db, const std::vector<std::string> &texts) {
    constexpr size_t kShortest = 8, kPiece = 2 * kShortest, kMaxPieces = 512;
    std::set<std::string> pieces;
    for (const std::string &t : texts) {
        // Dates and times are everywhere in the store (every entry has one): not evidence of content.
        if (t.size() < kShortest || t.find_first_not_of("0123456789-:TZ") == std::string::npos) continue;
        if (t.size() < kPiece) pieces.insert(t);
        for (size_t at = 0; at + kPiece <= t.size() && pieces.size() < kMaxPieces; at += kPiece) pieces.insert(t.substr(at, kPiece));
    }
    std::vector<std::string> gone;
    Statement kept = db.prepare(
        "SELECT EXISTS(SELECT 1 FROM bodies WHERE instr(body, ?1)) "
        "OR EXISTS(SELECT 1 FROM versions WHERE instr(reason, ?1) OR instr(author, ?1) OR instr(at, ?1)) "
        "OR EXISTS(SELECT 1 FROM audit WHERE instr(detail, ?1) OR instr(actor, ?1) OR instr(at, ?1))");
    for (const std::string &p : pieces) {
        kept.reset();
        kept.bind(1, p);
        if (kept.step() && kept.integer(0) == 0) gone.push_back(p);
    }
    return gone;
}

int64_t file_size_or_zero(const std::string &path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? 0 : static_cast<int64_t>(size);
}

}  // namespace

Result<bool> Store::finish_erasures(const std::vector<std::string> &removed_texts) {
    auto busy = [](const std::string &why) {
        return make_error(HELDER_E_BUSY, "the data was taken out of every version, but " + why +
                                             ". The destruction stays pending and is finished by the next request to destroy "
                                             "or the next opening of the store: ask again when the other reader is done");
    };
    if (!in_memory_) {
        const std::vector<std::string> pieces = pieces_to_be_gone(db_, removed_texts);
        try {
            if (!log_truncated(db_)) return busy("another connection is still reading the store, so the old versions are still in its log (" + path_ + "-wal)");
            erasure_step(2);
            // Rebuilt from the rows that are left: no page of the file keeps an old version.
            db_.exec("VACUUM");
            erasure_step(3);
            if (!log_truncated(db_)) return busy("another connection is still reading the store, so the old versions are still in its log (" + path_ + "-wal)");
        } catch (const Failure &f) {
            if (f.status() != HELDER_E_BUSY) throw;
            return busy("another connection held the store (" + std::string(f.what()) + ")");
        }
        if (file_size_or_zero(path_ + "-wal") != 0) return busy("the log " + path_ + "-wal could not be emptied");
        if (file_size_or_zero(path_ + "-journal") != 0) return busy("the rollback journal " + path_ + "-journal is not empty");
        for (const std::string &file : {path_, path_ + "-wal", path_ + "-journal"})
            if (file_holds_any(file, pieces)) return busy("removed text is still in " + file);
    }
    erasure_step(4);
    {
        Transaction tx(db_);
        const std::string at = now_utc();
        Statement pending = db_.prepare("SELECT dossier_id, person FROM erasures ORDER BY dossier_id, person");
        while (pending.step())
            append_audit(db_, at, "helder", "erase_done", std::string(pending.text(0)), "person=" + std::string(pending.text(1)) + " files=clean");
        db_.exec("DELETE FROM erasures");
        tx.commit();
    }
    erasure_step(5);
    if (!in_memory_) {
        try {
            log_truncated(db_);  // best effort: the log now holds the chain's last page and no content
        } catch (const Failure &) {
        }
    }
    return true;
}

Result<DestroyAnswer> Store::erase(const std::string &dossier_id, const std::string &person, const std::string &at, const Date &,
                                   std::vector<std::string> &removed_texts) {
    struct Rewritten {
        int64_t version;
        std::string before, record, sha256;
        json::OwnedText body;
    };
    DestroyAnswer answer;
    Transaction tx(db_);
    std::vector<Rewritten> rewritten;
    {
        Statement s = db_.prepare("SELECT v.version, v.author, v.at, v.reason, v.sha256, b.body FROM versions v "
                                  "JOIN bodies b USING(dossier_id, version) WHERE v.dossier_id=? ORDER BY v.version");
        s.bind(1, dossier_id);
        while (s.step()) {
            auto doc = parse_body(s.text(5));
            if (!doc) return doc.error();
            ErasedVersion e = erase_person(doc->root(), person, policy_);
            answer.parts_removed = e.parts_removed;  // of the latest version, when the loop ends
            removed_texts.insert(removed_texts.end(), e.removed_texts.begin(), e.removed_texts.end());
            if (!e.changed) continue;
            const int64_t version = s.integer(0);
            const std::string sha = to_hex(sha256(e.dossier.view()));
            rewritten.push_back(Rewritten{version, version_record_hash(dossier_id, version, s.text(1), s.text(2), s.text(3), s.text(4)),
                                          version_record_hash(dossier_id, version, s.text(1), s.text(2), s.text(3), sha), sha,
                                          std::move(e.dossier)});
        }
    }
    const std::string actor = "member:" + person;
    for (const Rewritten &r : rewritten) {
        db_.prepare("UPDATE bodies SET body=? WHERE dossier_id=? AND version=?").bind(1, r.body.view()).bind(2, dossier_id).bind(3, r.version).run();
        db_.prepare("UPDATE versions SET sha256=? WHERE dossier_id=? AND version=?").bind(1, r.sha256).bind(2, dossier_id).bind(3, r.version).run();
        append_audit(db_, at, actor, "redact", dossier_id, record_detail(r.version, r.record) + " before=" + r.before);
    }
    answer.versions_rewritten = static_cast<int64_t>(rewritten.size());
    answer.audit_head = append_audit(db_, at, actor, "erase", dossier_id, "person=" + person + " versions_rewritten=" + std::to_string(rewritten.size()));
    // The keys that name the person in the chain can no longer be computed: the reads of their
    // data link to no one. The secret is checked for in the files like a removed text (first,
    // so that the limit on pieces never leaves it out).
    const std::string secret = forget_member_secret(db_, dossier_id, person);
    if (!secret.empty()) removed_texts.insert(removed_texts.begin(), secret);
    // Pending until the files are checked: a crash or a reader from here on is finished later.
    if (!rewritten.empty() || !secret.empty())
        db_.prepare("INSERT OR REPLACE INTO erasures(dossier_id, person, requested_at) VALUES(?,?,?)").bind(1, dossier_id).bind(2, person).bind(3, at).run();
    erasure_step(0);
    tx.commit();
    erasure_step(1);
    return answer;
}

bool Store::erasures_pending() {
    Statement s = db_.prepare("SELECT EXISTS(SELECT 1 FROM erasures)");
    return s.step() && s.integer(0) != 0;
}

Result<DestroyAnswer> Store::destroy(std::string_view request_json) {
    // Since 1.3 the exceptions come from the dossier; a caller's own exception is refused by name.
    if (auto raw = json::Document::parse(request_json); raw.ok() && raw->root().is_object() && raw->root().find("exception").valid())
        return refuse_request(request_json, "destroy_refused", make_error(HELDER_E_INVALID_JSON,
                          "request: unknown field \"exception\": since helder 1.3 the store reads the exceptions to a destruction from "
                          "the dossier (a decision of a professional in \"retention_decisions\", or an OTS or voogdij measure), not from "
                          "the request"));
    static const options::Table kTable = {kDossierId, {"requested_by", Type::NonEmptyString, true}, kAt};
    auto req = Request::parse(request_json, kTable, now());
    if (!req) return refuse_request(request_json, "destroy_refused", req.error());
    const std::string id = req->text("dossier_id"), by = req->text("requested_by"), actor = "member:" + by;
    const std::string &when = req.value().when();
    const Date &day = req.value().day();
    // A destruction that did not finish (a reader held the log, the process died) is finished first.
    if (erasures_pending()) {
        auto finished = finish_erasures({});
        if (!finished) return finished.error();
    }
    auto l = latest(id, 0);
    if (!l) return log_refusal(when, actor, "destroy_refused", id, l.error());
    const json::Value root = l->doc.root();
    const json::Value requester = dossier::household_member(root, by);
    if (!requester.valid())
        return log_refusal(when, actor, "destroy_refused", id, make_error(HELDER_E_DENIED, by + " is not a member of this household"));
    const law::LegalFacts &law = dossiers_.law();
    const law::DestructionRight right(law);
    const bool able = dossier::able_to_judge(requester);
    // What the person reads: written to a child when a child asks, facts filled in, and the note
    // for the label of the fact it rests on.
    const bool child = dossier::is_minor(requester, day, law);
    const law::Rights rights = law::Rights::load(law);
    const auto family_text = [&](const std::string &text_id, const MessageArgs &nl, const MessageArgs &en, const law::LegalFact *fact) {
        const std::string variant = text_id + "_child";
        const std::string chosen = child && destruction_texts_.templates().count(variant) ? variant : text_id;
        const Message m = law.expand(in_both(destruction_texts_, chosen, nl, en));
        return fact ? rights.with_note(m, *fact, child) : m;
    };
    if (auto refusal = right.refusal(dossier::date_at(requester, "birth_date"), able, day)) {
        log_refusal(when, actor, "destroy_refused", id, make_error(HELDER_E_DENIED, *refusal));
        const Message m = family_text(able ? "refused_age" : "refused_unable", {}, {}, &law.get("destruction_min_age"));
        return make_error(HELDER_E_DENIED, *refusal + ": " + m.en + " [nl] " + m.nl);
    }
    const Date due = right.deadline().after(day);
    if (const auto keep = keep_decision(root, by, day)) {
        // The chain keeps which decision refused it, never the professional's words.
        log_refusal(when, actor, "destroy_refused", id,
                    make_error(HELDER_E_DENIED, "retention decision " + keep->id + " (" + keep->kind + ") by " + keep->by + " of " + keep->date));
        const json::Value pro = dossier::find_by_id(root.find("professionals"), keep->by);
        const std::string who = std::string(pro.find("name").as_string()) + ", " + std::string(pro.find("organisation").as_string());
        const Date taken = *Date::parse(keep->date);
        const Message m = family_text("refused_" + keep->kind, {{"by", who}, {"date", spelled_out(taken, false)}, {"reason", keep->reason}},
                                      {{"by", who}, {"date", spelled_out(taken, true)}, {"reason", keep->reason}}, nullptr);
        return make_error(HELDER_E_DENIED, "destruction refused (" + right.deadline().article + "): " + m.en + " [nl] " + m.nl);
    }
    DestroyAnswer answer;
    answer.dossier_id = id;
    answer.person = by;
    answer.rule = &right.deadline();
    answer.deadline = due;
    if (const auto kind = guardianship_measure(root)) {
        answer.outcome = DestroyAnswer::Outcome::NeedsReview;
        const law::LegalFact &majority = dossiers_.law().get("majority");
        answer.review_reason = "the dossier holds a measure of kind " + *kind + ": for an OTS or voogdij dossier other conditions apply "
                               "(a person of " + std::to_string(majority.value) + " or older may ask in writing; UNVERIFIED against "
                               "current rules), so a person decides";
        const std::string kind_text = "kind_" + *kind + (child ? "_child" : "");
        const Message measure = law.expand(export_texts_.format(export_texts_.templates().count(kind_text) ? kind_text : "kind_" + *kind, {}));
        answer.message = family_text("needs_review", {{"kind", measure.nl}, {"due", spelled_out(due, false)}},
                                     {{"kind", measure.en}, {"due", spelled_out(due, true)}}, &law.get("destruction_ots_voogdij"));
        Transaction tx(db_);
        answer.audit_head = append_audit(db_, when, actor, "destroy_review", id, "needs_review: measure " + *kind + " due=" + due.str());
        tx.commit();
        return answer;
    }
    std::vector<std::string> removed_texts;
    auto erased = erase(id, by, when, day, removed_texts);
    if (!erased) return erased.error();
    answer.versions_rewritten = erased->versions_rewritten;
    answer.parts_removed = erased->parts_removed;
    answer.audit_head = erased->audit_head;
    if (erasures_pending()) {
        auto finished = finish_erasures(removed_texts);
        if (!finished) return finished.error();
    }
    answer.message = family_text("erased", {}, {}, nullptr);
    return answer;
}

Result<VerifyAnswer> Store::verify() { return verify(std::string_view()); }

Result<VerifyAnswer> Store::verify(std::string_view request_json) {
    static const options::Table kHead = {{"seq", Type::Integer, true, 1}, {"hash", Type::NonEmptyString, true}};
    static const options::Table kTable = {{"expected_head", Type::Object, false, 0, 0, {}, &kHead}};
    auto fields = options::Fields::parse(request_json, kTable, "request");
    if (!fields) return fields.error();
    std::optional<AuditHead> expected;
    if (const json::Value head = fields->get("expected_head"); head.valid()) {
        expected = AuditHead{head.find("seq").as_integer(), std::string(head.find("hash").as_string())};
        const bool hex = expected->hash.size() == 64 && expected->hash.find_first_not_of("0123456789abcdef") == std::string::npos;
        if (!hex) return fields->invalid("expected_head", "{\"seq\", \"hash\"} as a commit answered it (hash: 64 hexadecimal digits)");
    }
    const ChainCheck chain = verify_chain(db_, expected);
    VerifyAnswer answer;
    {
        Statement s = db_.prepare("PRAGMA integrity_check");
        while (s.step()) answer.integrity += (answer.integrity.empty() ? "" : "; ") + std::string(s.text(0));
    }
    answer.ok = chain.ok && answer.integrity == "ok";
    answer.entries = chain.entries;
    answer.first_broken = chain.first_broken;
    answer.problem = chain.problem;
    answer.head = chain.head.hash;
    answer.audit_head = chain.head;
    return answer;
}

}  // namespace helder::store
