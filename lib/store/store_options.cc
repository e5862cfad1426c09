// SPDX-License-Identifier: EUPL-1.2
#include "store/store_options.hh"

#include "core/options.hh"
#include "law/date.hh"

namespace helder::store {

bool is_clock_time(std::string_view t) {
    return t.size() == 20 && t[10] == 'T' && t[19] == 'Z' && date_of_timestamp(t).has_value();
}

bool test_clock_compiled_in() {
#ifdef HELDER_TEST_CLOCK
    return true;
#else
    return false;
#endif
}

Result<StoreOptions> parse_store_options(std::string_view json) {
    using options::Type;
    // Without HELDER_TEST_CLOCK, "test_clock" is an unknown field like any other: a release
    // cannot be told what time it is.
    static const options::Table kTable = {{"busy_timeout_ms", Type::Integer, false, 0, 600000},
                                          {"migrate", Type::Boolean},
#ifdef HELDER_TEST_CLOCK
                                          {"test_clock", Type::String},
#endif
    };
    auto fields = options::Fields::parse(json, kTable);
    if (!fields) return fields.error();
    StoreOptions o;
    o.busy_timeout_ms = static_cast<int>(fields->integer("busy_timeout_ms", o.busy_timeout_ms));
    o.migrate = fields->boolean("migrate", o.migrate);
#ifdef HELDER_TEST_CLOCK
    o.test_clock = std::string(fields->string("test_clock"));
    if (fields->has("test_clock") && !is_clock_time(o.test_clock))
        return fields->invalid("test_clock", "a date-time YYYY-MM-DDThh:mm:ssZ (test builds only)");
#endif
    return o;
}

}  // namespace helder::store
