// SPDX-License-Identifier: EUPL-1.2
// A thin RAII layer over SQLite: a connection, prepared statements, transactions. Errors become
// Failure with a status (busy past the timeout -> HELDER_E_BUSY, a damaged file -> HELDER_E_CORRUPT).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace helder::store {

class Statement;

class Database {
public:
    // Opens or creates a database (":memory:" for one in memory); throws Failure(HELDER_E_IO).
    Database(const std::string &path, int busy_timeout_ms);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const char *sql);            // throws Failure
    Statement prepare(const char *sql);    // throws Failure
    int64_t changes() const;
    sqlite3 *handle() { return db_; }

private:
    sqlite3 *db_ = nullptr;
};

class Statement {
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, int64_t value);
    bool step();  // true: a row is ready; false: done. Throws Failure on an error.
    void run();   // steps to the end
    int64_t integer(int column) const;
    std::string_view text(int column) const;
    bool null(int column) const;
    void reset();

private:
    sqlite3 *db_;
    sqlite3_stmt *stmt_ = nullptr;
};

// BEGIN IMMEDIATE … COMMIT; rolls back unless committed.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();

private:
    Database &db_;
    bool done_ = false;
};

}  // namespace helder::store
