// SPDX-License-Identifier: EUPL-1.2
// What the store's tests share: the dossier model, an answer as the C API writes it, its status,
// and a temporary folder whose bytes can be searched.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

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

}  // namespace helder::store::testing
