// SPDX-License-Identifier: EUPL-1.2
// Data files from lib/data/, compiled into the library (see cmake/embed.cmake).
#pragma once

#include <string_view>

namespace helder::resources {

// The bytes of an embedded file by its path below lib/data/ ("text/jargon.tsv"); throws
// Failure(HELDER_E_NOT_FOUND) for an unknown name, which is a build error, not user input.
std::string_view get(std::string_view name);

}  // namespace helder::resources
