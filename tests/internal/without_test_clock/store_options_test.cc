// SPDX-License-Identifier: EUPL-1.2
// The store's option table compiled as in a release (lib/store/store_options.cc again, without
// HELDER_TEST_CLOCK): "test_clock" is an unknown field there, so no caller can set the time.
#include "store/store_options.hh"

#include <gtest/gtest.h>

#ifdef HELDER_TEST_CLOCK
#error "this test must be compiled without HELDER_TEST_CLOCK"
#endif

namespace helder::store {
namespace {

TEST(StoreOptionsWithoutTestClock, TheTestClockIsAnUnknownField) {
    EXPECT_FALSE(test_clock_compiled_in());
    const auto refused = parse_store_options("{\"test_clock\":\"2026-11-23T10:00:00Z\"}");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().status, HELDER_E_INVALID_JSON);
    EXPECT_EQ(refused.error().message, "options: unknown field \"test_clock\"");
    // The other options are read as ever.
    EXPECT_EQ(parse_store_options("{\"busy_timeout_ms\":10,\"migrate\":false}").value().busy_timeout_ms, 10);
    EXPECT_TRUE(parse_store_options("{}").value().test_clock.empty());
}

}  // namespace
}  // namespace helder::store
