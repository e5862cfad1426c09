#include "store/store.hh"

#include <ctime>

#include "core/json.hh"
#include "core/sha256.hh"
#include "dossier/checks.hh"
#include "dossier/validator.hh"
#include "store/access.hh"
#include "store/audit.hh"
#include "store/export.hh"
#include "store/view.hh"
#include "text/options.hh"

namespace helder::store {
namespace {

Error bad_request(const std::string &what) { return make_error(HELDER_E_INVALID_JSON, "request: " + what); }

std::string now_utc() {
    const std::time_t t = std::time(nullptr);
    const Date d = Date::from_days(static_cast<int64_t>(t / 86400));
    const long s = static_cast<long>(t % 86400);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02ld:%02ld:%02ldZ", d.str().c_str(), s / 3600, (s / 60) % 60, s % 60);
    return buf;
}

// The request object, with helpers that name the field that is wrong.
class Request {
public:
    // Parses a request in which only the listed keys may appear.
    static Result<Request> parse(std::string_view json, std::initializer_list<std::string_view> keys) {
        auto doc = text::parse_options_document(json, "request");
        if (!doc) return doc.error();
        Request request(std::move(doc.value()));
        if (auto e = request.only(keys)) return *e;
        return request;
    }

    json::Value get(std::string_view key) const { return doc_.root().find(key); }

    Result<std::string> text(std::string_view key, bool required = true) const {
        const json::Value v = get(key);
        if (!v.valid() && !required) return std::string();
        if (!v.is_string() || (required && v.as_string().empty())) return bad_request(std::string(key) + " must be a non-empty string");
        return std::string(v.as_string());
    }

    Result<int64_t> integer(std::string_view key, int64_t fallback, bool required) const {
        const json::Value v = get(key);
        if (!v.valid() && !required) return fallback;
        if (!v.is_integer() || v.as_integer() < 0) return bad_request(std::string(key) + " must be a non-negative integer");
        return v.as_integer();
    }

    // "at": a date-time (default: now), and its date.
    Result<std::pair<std::string, Date>> at() const {
        const json::Value v = get("at");
        if (!v.valid()) {
            std::string now = now_utc();
            const Date day = *date_of_timestamp(now);
            return std::make_pair(std::move(now), day);
        }
        const auto day = v.is_string() ? date_of_timestamp(v.as_string()) : std::nullopt;
        if (!day) return bad_request("at must be a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ssZ)");
        return std::make_pair(std::string(v.as_string()), *day);
    }

    // Only the listed keys may appear.
    std::optional<Error> only(std::initializer_list<std::string_view> keys) const {
        for (json::Value m = doc_.root().first_child(); m.valid(); m = m.next_sibling()) {
            bool known = false;
            for (std::string_view k : keys) known = known || m.key() == k;
            if (!known) return bad_request("unknown field \"" + std::string(m.key()) + "\"");
        }
        return std::nullopt;
    }

private:
    explicit Request(json::Document doc) : doc_(std::move(doc)) {}
    json::Document doc_;
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
INSERT OR IGNORE INTO meta(key, value) VALUES('format', '1');
)SQL";

}  // namespace

Result<StoreOptions> parse_store_options(std::string_view json) {
    auto doc = text::parse_options_document(json);
    if (!doc) return doc.error();
    StoreOptions o;
    for (json::Value m = doc->root().first_child(); m.valid(); m = m.next_sibling()) {
        if (m.key() == "busy_timeout_ms" && m.is_integer() && m.as_integer() >= 0 && m.as_integer() <= 600000)
            o.busy_timeout_ms = static_cast<int>(m.as_integer());
        else
            return make_error(HELDER_E_INVALID_JSON, "options: unknown or malformed option \"" + std::string(m.key()) + "\"");
    }
    return o;
}

Store::Store(const dossier::DossierModel &dossiers, const text::TextModel &text, const std::string &path,
             const StoreOptions &options)
    : dossiers_(dossiers),
      text_(text),
      export_texts_(Messages::load("store/export_texts.tsv")),
      in_memory_(path == ":memory:" || path.empty()),
      path_(path),
      db_(path.empty() ? ":memory:" : path, options.busy_timeout_ms) {
    // Durable commits (WAL + full sync), deleted content overwritten, rows of one dossier together.
    db_.exec("PRAGMA secure_delete=ON");
    if (!in_memory_) {
        db_.exec("PRAGMA journal_mode=WAL");
        db_.exec("PRAGMA synchronous=FULL");
    }
    db_.exec(kSchema);
    Statement format = db_.prepare("SELECT value FROM meta WHERE key='format'");
    if (!format.step() || format.text(0) != "1")
        throw Failure(HELDER_E_UNSUPPORTED, "store " + path + " has a format this version of helder does not know");
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

Result<Store::Latest> Store::latest(const std::string &dossier_id, int64_t version) {
    Statement d = db_.prepare("SELECT version, destroyed_at FROM dossiers WHERE id=?");
    d.bind(1, dossier_id);
    if (!d.step()) return make_error(HELDER_E_NOT_FOUND, "no dossier " + dossier_id);
    if (!d.null(1)) return make_error(HELDER_E_NOT_FOUND, "dossier " + dossier_id + " was destroyed on " + std::string(d.text(1)));
    Latest l;
    l.version = version ? version : d.integer(0);
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

void Store::log_read(const std::string &at, const Actor &actor, const char *action, const std::string &dossier_id,
                     const std::string &detail) {
    const char *kind = actor.kind == Actor::Kind::Professional ? "professional:" : "member:";
    Transaction tx(db_);
    append_audit(db_, at, kind + actor.id, action, dossier_id, detail);
    tx.commit();
}

int64_t Store::write_version(const std::string &dossier_id, int64_t version, std::string_view body, const std::string &author,
                             const std::string &at, const std::string &reason) {
    const std::string hash = to_hex(sha256(body));
    db_.prepare("INSERT INTO versions(dossier_id, version, author, at, reason, sha256) VALUES(?,?,?,?,?,?)")
        .bind(1, dossier_id).bind(2, version).bind(3, author).bind(4, at).bind(5, reason).bind(6, hash).run();
    db_.prepare("INSERT INTO bodies(dossier_id, version, body) VALUES(?,?,?)").bind(1, dossier_id).bind(2, version).bind(3, body).run();
    db_.prepare("INSERT INTO dossiers(id, version) VALUES(?,?) ON CONFLICT(id) DO UPDATE SET version=excluded.version")
        .bind(1, dossier_id).bind(2, version).run();
    return append_audit(db_, at, author, "commit", dossier_id, "version=" + std::to_string(version) + " sha256=" + hash);
}

Result<json::OwnedText> Store::commit(std::string_view dossier_json, std::string_view request_json) {
    auto req = Request::parse(request_json, {"dossier_id", "expected_version", "author", "reason", "at", "allow_invalid"});
    if (!req) return req.error();
    auto expected = req->integer("expected_version", 0, true);
    auto author = req->text("author");
    auto reason = req->text("reason");
    auto at = req->at();
    if (!expected) return expected.error();
    if (!author) return author.error();
    if (!reason) return reason.error();
    if (!at) return at.error();
    const bool allow_invalid = req->get("allow_invalid").as_bool();
    // Validate first: the store keeps dossiers that follow the schema, the law and references.
    dossier::ValidateOptions vo;
    vo.today = at->second;
    const json::OwnedText report_text = dossier::validate(dossiers_, text_, dossier_json, vo);
    auto report = json::Document::parse(report_text.view());
    if (!report) return make_error(HELDER_E_INTERNAL, "validation report unreadable");
    const json::Value counts = report->root().find("counts");
    const int64_t errors = counts.find("errors").as_integer();
    if (errors > 0 && !allow_invalid) {
        const json::Value first = report->root().find("findings").first_child();
        json::Value f = first;
        while (f.valid() && f.find("severity").as_string() != "error") f = f.next_sibling();
        return make_error(HELDER_E_INVALID_JSON, "the dossier has " + std::to_string(errors) + (errors == 1 ? " error" : " errors") + " (first: " +
                                                     std::string(f.find("rule").as_string()) + " at " +
                                                     std::string(f.find("pointer").as_string()) + "); see helder_dossier_validate()");
    }
    auto body = parse_body(dossier_json);
    if (!body) return make_error(HELDER_E_INVALID_JSON, "the dossier is not JSON: " + body.error().message);
    std::string id = std::string(body->root().find("id").as_string());
    auto given = req->text("dossier_id", false);
    if (!given) return given.error();
    if (!given->empty()) {
        if (!id.empty() && id != *given)
            return bad_request("dossier_id \"" + *given + "\" is not the dossier's id \"" + id + "\"");
        id = *given;
    }
    if (id.empty()) return bad_request("the dossier has no id; give dossier_id");
    Transaction tx(db_);
    int64_t current = 0;
    {
        Statement d = db_.prepare("SELECT version, destroyed_at FROM dossiers WHERE id=?");
        d.bind(1, id);
        if (d.step()) {
            if (!d.null(1)) return make_error(HELDER_E_DENIED, "dossier " + id + " was destroyed; it cannot get new versions");
            current = d.integer(0);
        }
    }
    if (current != *expected)
        return make_error(HELDER_E_CONFLICT, "dossier " + id + " is at version " + std::to_string(current) +
                                                 ", not at the expected version " + std::to_string(*expected) +
                                                 ": read it again and apply your change to the new version");
    const int64_t version = current + 1;
    const int64_t seq = write_version(id, version, dossier_json, *author, at->first, *reason);
    tx.commit();
    json::Writer w;
    w.begin_object().key("dossier_id").string(id).key("version").integer(version).key("audit_seq").integer(seq);
    w.key("sha256").string(to_hex(sha256(dossier_json)));
    w.key("validation").begin_object().key("status").string(report->root().find("status").as_string());
    w.key("errors").integer(errors).key("warnings").integer(counts.find("warnings").as_integer()).end_object();
    w.end_object();
    return w.release();
}

Result<json::OwnedText> Store::read(std::string_view request_json) {
    auto req = Request::parse(request_json, {"dossier_id", "version", "actor", "at"});
    if (!req) return req.error();
    auto id = req->text("dossier_id");
    auto version = req->integer("version", 0, false);
    auto actor = parse_actor(req->get("actor"));
    auto at = req->at();
    if (!id) return id.error();
    if (!version) return version.error();
    if (!actor) return actor.error();
    if (!at) return at.error();
    auto l = latest(*id, *version);
    if (!l) return l.error();
    auto access = Access::for_actor(l->doc, actor.value(), at->second, dossiers_.law());
    if (!access) return access.error();
    json::Writer w;
    w.begin_object().key("dossier_id").string(*id).key("version").integer(l->version);
    w.key("author").string(l->author).key("at").string(l->at).key("reason").string(l->reason);
    w.key("dossier");
    const size_t withheld = write_view(w, l->doc, access.value());
    w.key("withheld").integer(static_cast<int64_t>(withheld));
    w.end_object();
    log_read(at->first, actor.value(), "read", *id, "version=" + std::to_string(l->version));
    return w.release();
}

Result<json::OwnedText> Store::history(std::string_view request_json) {
    auto req = Request::parse(request_json, {"dossier_id", "actor", "at", "with_dossiers"});
    if (!req) return req.error();
    auto id = req->text("dossier_id");
    auto actor = parse_actor(req->get("actor"));
    auto at = req->at();
    if (!id) return id.error();
    if (!actor) return actor.error();
    if (!at) return at.error();
    auto l = latest(*id, 0);
    if (!l) return l.error();
    if (actor->kind != Actor::Kind::Professional)
        return make_error(HELDER_E_DENIED, "the history is for the professionals involved; a member asks for an export");
    auto access = Access::for_actor(l->doc, actor.value(), at->second, dossiers_.law());
    if (!access) return access.error();
    const bool with_dossiers = req->get("with_dossiers").as_bool();
    json::Writer w;
    w.begin_object().key("dossier_id").string(*id).key("versions").begin_array();
    Statement s = db_.prepare(with_dossiers ? "SELECT v.version, v.author, v.at, v.reason, v.sha256, b.body FROM versions v "
                                              "JOIN bodies b USING(dossier_id, version) WHERE v.dossier_id=? ORDER BY v.version"
                                            : "SELECT version, author, at, reason, sha256 FROM versions WHERE dossier_id=? ORDER BY version");
    s.bind(1, *id);
    while (s.step()) {
        w.begin_object().key("version").integer(s.integer(0)).key("author").string(s.text(1)).key("at").string(s.text(2));
        w.key("reason").string(s.text(3)).key("sha256").string(s.text(4));
        if (with_dossiers) w.key("dossier").raw(s.text(5));
        w.end_object();
    }
    w.end_array().end_object();
    log_read(at->first, actor.value(), "history", *id, with_dossiers ? "with_dossiers" : "versions");
    return w.release();
}

Result<json::OwnedText> Store::add_statement(std::string_view request_json) {
    auto req = Request::parse(request_json, {"dossier_id", "by", "kind", "concerns_item", "text", "at"});
    if (!req) return req.error();
    auto id = req->text("dossier_id");
    auto by = req->text("by");
    auto kind = req->text("kind");
    auto item = req->text("concerns_item", false);
    auto statement = req->text("text");
    auto at = req->at();
    for (const Result<std::string> *r : {&id, &by, &kind, &item, &statement})
        if (!*r) return r->error();
    if (!at) return at.error();
    if (*kind != "correction" && *kind != "own_statement") return bad_request("kind must be \"correction\" or \"own_statement\"");
    Transaction tx(db_);
    auto l = latest(*id, 0);
    if (!l) return l.error();
    // The person must be able to read the dossier: only then can they respond to it.
    Actor actor{Actor::Kind::Member, *by};
    auto access = Access::for_actor(l->doc, actor, at->second, dossiers_.law());
    if (!access) return access.error();
    // A new version with the statement added; the item it is about stays as it was.
    const std::string statement_id = "statement-" + std::to_string(l->version + 1);
    json::Writer w;
    bool added = false;
    auto write_statement = [&]() {
        w.begin_object().key("id").string(statement_id).key("by").string(*by).key("date").string(at->second.str());
        w.key("kind").string(*kind).key("text").string(*statement).key("concerns_item").string(*item);
        w.key("about").begin_array().string(*by).end_array().end_object();
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
    const int64_t version = l->version + 1;
    const int64_t seq = write_version(*id, version, next.view(), *by, at->first, *kind == "correction" ? "correction" : "own statement");
    tx.commit();
    json::Writer out;
    out.begin_object().key("dossier_id").string(*id).key("version").integer(version).key("statement_id").string(statement_id);
    out.key("audit_seq").integer(seq).end_object();
    return out.release();
}

Result<json::OwnedText> Store::export_person(std::string_view request_json) {
    auto req = Request::parse(request_json, {"dossier_id", "person", "format", "language", "at"});
    if (!req) return req.error();
    auto id = req->text("dossier_id");
    auto person = req->text("person");
    auto at = req->at();
    if (!id) return id.error();
    if (!person) return person.error();
    if (!at) return at.error();
    const std::string_view format = req->get("format").valid() ? req->get("format").as_string() : "json";
    const std::string_view language = req->get("language").valid() ? req->get("language").as_string() : "nl";
    if (format != "json" && format != "text") return bad_request("format must be \"json\" or \"text\"");
    if (language != "nl" && language != "en") return bad_request("language must be \"nl\" or \"en\"");
    auto l = latest(*id, 0);
    if (!l) return l.error();
    if (!dossier::household_member(l->doc.root(), *person).valid()) return make_error(HELDER_E_NOT_FOUND, *person + " is not a member of this household");
    std::vector<VersionInfo> versions;
    {
        Statement s = db_.prepare("SELECT version, at FROM versions WHERE dossier_id=? ORDER BY version");
        s.bind(1, *id);
        while (s.step()) versions.push_back(VersionInfo{s.integer(0), std::string(s.text(1))});
    }
    log_read(at->first, Actor{Actor::Kind::Member, *person}, "export", *id, "version=" + std::to_string(l->version));
    if (format == "text") return export_text(l->doc, *person, at->first, versions, export_texts_, language == "en");
    return export_json(l->doc, *person, at->first, versions);
}

Result<json::OwnedText> Store::destroy(std::string_view request_json) {
    auto req = Request::parse(request_json, {"dossier_id", "requested_by", "at", "exception"});
    if (!req) return req.error();
    auto id = req->text("dossier_id");
    auto by = req->text("requested_by");
    auto at = req->at();
    if (!id) return id.error();
    if (!by) return by.error();
    if (!at) return at.error();
    const law::LegalFact &min_age = dossiers_.law().get("destruction_min_age");
    const law::LegalFact &deadline = dossiers_.law().get("destruction_deadline");
    auto l = latest(*id, 0);
    if (!l) return l.error();
    const json::Value requester = dossier::household_member(l->doc.root(), *by);
    if (!requester.valid()) return make_error(HELDER_E_DENIED, *by + " is not a member of this household");
    const auto birth = dossier::date_at(requester, "birth_date");
    const bool able = !(requester.find("able_to_judge").is_bool() && !requester.find("able_to_judge").as_bool());
    if (!birth || age_on(*birth, at->second) < min_age.value || !able)
        return make_error(HELDER_E_DENIED, "under " + std::to_string(min_age.value) +
                                               ", or unable to judge one's own interests, there is no right to ask for destruction (" +
                                               min_age.article + ", " + min_age.label + ")");
    const json::Value exception = req->get("exception");
    if (exception.valid()) {
        const std::string_view kind = exception.find("kind").as_string();
        const std::string_view reason = exception.find("reason").as_string();
        if ((kind != "important_to_other" && kind != "statutory_rule") || reason.empty())
            return bad_request("exception must be {\"kind\": \"important_to_other\"|\"statutory_rule\", \"reason\": …}");
        Transaction tx(db_);
        append_audit(db_, at->first, *by, "destroy_refused", *id, std::string(kind) + ": " + std::string(reason));
        tx.commit();
        return make_error(HELDER_E_DENIED, "destruction refused (" + deadline.article + "): " + std::string(kind) + ": " +
                                               std::string(reason));
    }
    int64_t removed = 0;
    {
        Transaction tx(db_);
        db_.prepare("DELETE FROM bodies WHERE dossier_id=?").bind(1, *id).run();
        db_.prepare("DELETE FROM versions WHERE dossier_id=?").bind(1, *id).run();
        removed = db_.changes();
        db_.prepare("UPDATE dossiers SET destroyed_at=? WHERE id=?").bind(1, at->first).bind(2, *id).run();
        append_audit(db_, at->first, *by, "destroy", *id, "versions=" + std::to_string(removed));
        tx.commit();
    }
    // Nothing of the content may stay in the file: deleted pages are zeroed (secure_delete),
    // the log is emptied and the file rebuilt.
    if (!in_memory_) {
        db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        db_.exec("VACUUM");
        db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    json::Writer w;
    w.begin_object().key("dossier_id").string(*id).key("destroyed").boolean(true).key("versions_removed").integer(removed);
    w.key("deadline").string(deadline.after(at->second).str());
    w.key("rule").begin_object().key("article").string(deadline.article).key("label").string(deadline.label).end_object();
    w.end_object();
    return w.release();
}

Result<json::OwnedText> Store::verify() {
    const ChainCheck chain = verify_chain(db_);
    std::string integrity;
    {
        Statement s = db_.prepare("PRAGMA integrity_check");
        while (s.step()) integrity += (integrity.empty() ? "" : "; ") + std::string(s.text(0));
    }
    json::Writer w;
    w.begin_object().key("ok").boolean(chain.ok && integrity == "ok").key("entries").integer(chain.entries);
    w.key("first_broken");
    if (chain.first_broken) w.integer(*chain.first_broken);
    else w.null();
    w.key("problem").string(chain.problem).key("integrity").string(integrity).key("head").string(chain.head).end_object();
    return w.release();
}

}  // namespace helder::store
