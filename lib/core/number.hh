// SPDX-License-Identifier: EUPL-1.2
// Locale-independent parsing of decimal numbers: strtod and std::stod follow the host's
// LC_NUMERIC, and an application running under a Dutch locale would read "0.5" as 0. And the
// decimal comma of numbers in Dutch text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace helder {

// Parses a JSON-style number ("-12.5e3"); nothing on malformed text.
std::optional<double> parse_double(std::string_view text);

// A number written with a decimal point ("87.57") as Dutch writes it ("87,57").
std::string decimal_comma(std::string number);

}  // namespace helder
