// SPDX-License-Identifier: EUPL-1.2
// The store's answers as the JSON documents include/helder/store.h describes: the one place
// where they become text.
#pragma once

#include "core/json_writer.hh"
#include "store/store.hh"

namespace helder::capi {

json::OwnedText to_json(const store::CommitAnswer &a);
json::OwnedText to_json(const store::ReadAnswer &a);
json::OwnedText to_json(const store::HistoryAnswer &a);
json::OwnedText to_json(const store::StatementAnswer &a);
json::OwnedText to_json(store::ExportAnswer &&a);  // the document itself, JSON or text
json::OwnedText to_json(const store::DestroyAnswer &a);
json::OwnedText to_json(const store::VerifyAnswer &a);
json::OwnedText to_json(const store::IndicatorsAnswer &a);

}  // namespace helder::capi
