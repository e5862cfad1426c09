// SPDX-License-Identifier: EUPL-1.2
// SHA-256 (FIPS 180-4), for the store's audit chain: each entry carries the hash of the one before;
// and HMAC-SHA256 (RFC 2104), for the keys by which the chain names members.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace helder {

using Sha256Digest = std::array<uint8_t, 32>;

Sha256Digest sha256(std::string_view data);
std::string to_hex(const Sha256Digest &digest);
std::string to_hex(std::string_view bytes);
// HMAC-SHA256 of a message under a secret key (of any length).
Sha256Digest hmac_sha256(std::string_view key, std::string_view message);

}  // namespace helder
