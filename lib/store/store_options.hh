// SPDX-License-Identifier: EUPL-1.2
// The options of a store, apart from the store so that a test can compile their table without
// the test clock (tests/internal/store_options_off/).
#pragma once

#include <string>
#include <string_view>

#include "core/result.hh"

namespace helder::store {

struct StoreOptions {
    int busy_timeout_ms = 5000;  // how long a write waits for another process's write
    bool migrate = true;         // a store of format 1 (helder 1.1) is migrated; false: refused
    // The time the store's clock stands at (YYYY-MM-DDThh:mm:ssZ); empty: the system clock. Only
    // builds with HELDER_TEST_CLOCK read it from the options or use it.
    std::string test_clock;
};

Result<StoreOptions> parse_store_options(std::string_view json);

// Whether this build has the test clock (the option "test_clock").
bool test_clock_compiled_in();

// A date-time of the store's clock, YYYY-MM-DDThh:mm:ssZ.
bool is_clock_time(std::string_view text);

}  // namespace helder::store
