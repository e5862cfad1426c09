// SPDX-License-Identifier: EUPL-1.2
// SHA-256 (FIPS 180-4), for the store's audit chain: each entry carries the hash of the one before.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace helder {

using Sha256Digest = std::array<uint8_t, 32>;

Sha256Digest sha256(std::string_view data);
std::string to_hex(const Sha256Digest &digest);

}  // namespace helder
