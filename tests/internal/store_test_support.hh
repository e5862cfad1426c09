// SPDX-License-Identifier: EUPL-1.2
// What the store's tests share: the dossier model, an answer as the C API writes it, its status,
// a temporary folder whose bytes can be searched, and the rows of a query on a store file.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "capi/store_json.hh"
#include "core/json.hh"
#include "core/result.hh"
#include "dossier/dossier_model.hh"
#include "test_support.hh"

namespace helder::store::testing {

// One dossier model per test binary: loading it reads every data file.
inline const dossier::DossierModel &dossiers() {
    static const dossier::DossierModel m;
    return m;
}

// A store answer as the C API writes it, parsed.
template <class Answer>
json::Document answer(Result<Answer> r) {
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    if (!r.ok()) return std::move(json::Document::parse("{}").value());
    const json::OwnedText text = capi::to_json(std::move(r.value()));
    auto doc = json::Document::parse(text.view());
    EXPECT_TRUE(doc.ok()) << text.str();
    return std::move(doc.value());
}

template <class Answer>
helder_status status(const Result<Answer> &r) { return r.ok() ? HELDER_OK : r.error().status; }

// A temporary folder, removed afterwards.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "helder-store-XXXXXX").string();
        path_ = mkdtemp(pattern.data());
    }
    ~TempDir() { std::filesystem::remove_all(path_); }
    std::string file(const std::string &name) const { return (std::filesystem::path(path_) / name).string(); }
    // Every byte of every file in the folder: the database, its log, its journal, shared memory.
    std::string all_bytes() const {
        std::string bytes;
        for (const auto &e : std::filesystem::directory_iterator(path_)) bytes += helder::testing::read_file(e.path().string());
        return bytes;
    }

private:
    std::string path_;
};

// Rows of a query on a store file (through the SQLite library, for what the tests look at).
inline std::vector<std::string> rows(const std::string &path, const std::string &sql) {
    std::vector<std::string> out;
    sqlite3 *db = nullptr;
    EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const unsigned char *text = sqlite3_column_text(stmt, c);
            row += (c ? "|" : "") + std::string(text ? reinterpret_cast<const char *>(text) : "NULL");
        }
        out.push_back(row);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

}  // namespace helder::store::testing
