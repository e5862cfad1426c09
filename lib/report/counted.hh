// SPDX-License-Identifier: EUPL-1.2
// A count with its noun in the singular or the plural: "1 zin", "2 zinnen"; "1 finding", "2 findings".
#pragma once

#include <cstdint>
#include <string>

namespace helder::report {

inline std::string counted(int64_t n, const char *one, const char *many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace helder::report
