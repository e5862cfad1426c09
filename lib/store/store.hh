// The dossier store on SQLite: versions with author, time and reason; writes that name the
// version they expect (a conflict instead of a lost update); an append-only audit chain;
// access rules by role and age; the export for inspection; statements added, never
// overwriting; destruction on request; anonymous indicators. One Store is used by one thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/json_writer.hh"
#include "core/result.hh"
#include "dossier/dossier_model.hh"
#include "store/access.hh"
#include "store/sqlite.hh"
#include "core/messages.hh"
#include "text/text_model.hh"

namespace helder::store {

struct StoreOptions {
    int busy_timeout_ms = 5000;  // how long a write waits for another process's write
};

Result<StoreOptions> parse_store_options(std::string_view json);

class Store {
public:
    // Opens or creates a store (path, or ":memory:"); the models must outlive it.
    static Result<std::unique_ptr<Store>> open(const dossier::DossierModel &dossiers, const text::TextModel &text,
                                               const std::string &path, const StoreOptions &options);

    Result<json::OwnedText> commit(std::string_view dossier_json, std::string_view request_json);
    Result<json::OwnedText> read(std::string_view request_json);
    Result<json::OwnedText> history(std::string_view request_json);
    Result<json::OwnedText> add_statement(std::string_view request_json);
    Result<json::OwnedText> export_person(std::string_view request_json);
    Result<json::OwnedText> destroy(std::string_view request_json);
    Result<json::OwnedText> verify();
    Result<json::OwnedText> indicators(std::string_view request_json);

    Store(const dossier::DossierModel &dossiers, const text::TextModel &text, const std::string &path,
          const StoreOptions &options);

private:
    struct Latest;
    Result<Latest> latest(const std::string &dossier_id, int64_t version);
    // Writes a new version inside an open transaction; returns the audit sequence number.
    int64_t write_version(const std::string &dossier_id, int64_t version, std::string_view body, const std::string &author,
                          const std::string &at, const std::string &reason);

    // Every read of a dossier, by anyone, is an entry in the audit chain.
    void log_read(const std::string &at, const Actor &actor, const char *action, const std::string &dossier_id,
                  const std::string &detail);

    const dossier::DossierModel &dossiers_;
    const text::TextModel &text_;
    const Messages export_texts_;
    bool in_memory_;
    std::string path_;
    Database db_;
};

}  // namespace helder::store
