// A dossier as one actor may see it: items they may not see are left out, and counted.
#pragma once

#include <cstddef>

#include "core/json.hh"
#include "core/json_writer.hh"
#include "store/access.hh"

namespace helder::store {

// Writes the visible part of the dossier into w; returns how many items were withheld.
size_t write_view(json::Writer &w, const json::Document &dossier, const Access &access);

}  // namespace helder::store
