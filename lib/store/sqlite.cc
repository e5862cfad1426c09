// SPDX-License-Identifier: EUPL-1.2
#include "store/sqlite.hh"

#include <sqlite3.h>

#include "core/result.hh"

namespace helder::store {
namespace {

// What a SQLite result code means to a caller; `otherwise` for every code without its own status.
helder_status status_of(int code, helder_status otherwise) {
    switch (code & 0xFF) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return HELDER_E_BUSY;
        case SQLITE_NOMEM: return HELDER_E_NO_MEMORY;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB: return HELDER_E_CORRUPT;
        default: return otherwise;
    }
}

[[noreturn]] void fail(sqlite3 *db, const std::string &what) {
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    throw Failure(status_of(code, HELDER_E_IO), what + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

}  // namespace

Database::Database(const std::string &path, int busy_timeout_ms) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (const int code = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr); code != SQLITE_OK) {
        // Without a handle SQLite could not even allocate one.
        const helder_status status = db_ ? status_of(sqlite3_extended_errcode(db_), HELDER_E_IO) : HELDER_E_NO_MEMORY;
        const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw Failure(status, "cannot open store " + path + ": " + message);
    }
    sqlite3_busy_timeout(db_, busy_timeout_ms);
    sqlite3_extended_result_codes(db_, 1);
}

Database::~Database() { sqlite3_close(db_); }

void Database::exec(const char *sql) {
    char *error = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "error";
        sqlite3_free(error);
        fail(db_, std::string("SQL failed (") + message + ")");
    }
}

Statement Database::prepare(const char *sql) { return Statement(db_, sql); }
int64_t Database::changes() const { return sqlite3_changes(db_); }

Statement::Statement(sqlite3 *db, const char *sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) fail(db, "cannot prepare a statement");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement &&other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }

Statement &Statement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(db_, "cannot bind a value");
    return *this;
}

Statement &Statement::bind(int index, int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_, "cannot bind a value");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, "a statement failed");
}

void Statement::run() {
    while (step()) {
    }
}

int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string_view Statement::text(int column) const {
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt_, column));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))) : std::string_view();
}

bool Statement::null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

Transaction::Transaction(Database &db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace helder::store
