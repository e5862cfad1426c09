// SPDX-License-Identifier: EUPL-1.2
// SHA-256 (lib/core/sha256) against NIST's CAVS known answers: every short and long message and the
// Monte Carlo chain; HMAC-SHA256 against the test cases of RFC 4231. Both read from Debian's
// python3-cryptography-vectors (scripts/setup.sh installs it).
#include "core/sha256.hh"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

namespace {

const std::string kVectorsRoot = "/usr/lib/python3/dist-packages/cryptography_vectors/";
const std::string kVectors = kVectorsRoot + "hashes/SHA2/";

std::string from_hex(const std::string &hex) {
    std::string out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return out;
}

/** "Key = value" lines of a .rsp file, in order. */
std::vector<std::pair<std::string, std::string>> read_rsp(const std::string &name, const std::string &dir = kVectors) {
    std::ifstream in(dir + name);
    if (!in) ADD_FAILURE() << dir << name << " is missing: install python3-cryptography-vectors (scripts/setup.sh)";
    std::vector<std::pair<std::string, std::string>> fields;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const size_t eq = line.find(" = ");
        if (line.empty() || line[0] == '#' || line[0] == '[' || eq == std::string::npos) continue;
        fields.emplace_back(line.substr(0, eq), line.substr(eq + 3));
    }
    return fields;
}

/** Runs every Len/Msg/MD triple of a file; returns how many were checked. */
int check_messages(const std::string &name) {
    int checked = 0;
    size_t bits = 0;
    std::string message;
    for (const auto &[key, value] : read_rsp(name)) {
        if (key == "Len") bits = std::stoul(value);
        else if (key == "Msg") message = bits == 0 ? std::string() : from_hex(value);
        else if (key == "MD") {
            EXPECT_EQ(message.size() * 8, bits) << name;
            EXPECT_EQ(helder::to_hex(helder::sha256(message)), value) << name << ", Len = " << bits;
            ++checked;
        }
    }
    return checked;
}

TEST(Sha256, NistShortMessages) { EXPECT_EQ(check_messages("SHA256ShortMsg.rsp"), 65); }

TEST(Sha256, NistLongMessages) { EXPECT_EQ(check_messages("SHA256LongMsg.rsp"), 64); }

// The Monte Carlo test of the SHA Validation System: each checkpoint hashes 1000 times the three
// digests before it, starting from the seed.
TEST(Sha256, NistMonteCarlo) {
    std::string seed;
    int checked = 0;
    for (const auto &[key, value] : read_rsp("SHA256Monte.rsp")) {
        if (key == "Seed") seed = from_hex(value);
        if (key != "MD") continue;
        std::string md[3] = {seed, seed, seed};
        for (int i = 3; i < 1003; ++i) {
            const helder::Sha256Digest d = helder::sha256(md[0] + md[1] + md[2]);
            md[0] = md[1];
            md[1] = md[2];
            md[2] = std::string(d.begin(), d.end());
        }
        seed = md[2];
        EXPECT_EQ(from_hex(value), seed) << "checkpoint " << checked;
        ++checked;
    }
    EXPECT_EQ(checked, 100);
}

// RFC 4231, section 4: test cases 1-4, 6 and 7 as the vectors file holds them (each Key, Msg, MD).
TEST(HmacSha256, Rfc4231TestCases) {
    std::string key, message;
    int checked = 0;
    for (const auto &[field, value] : read_rsp("rfc-4231-sha256.txt", kVectorsRoot + "HMAC/")) {
        if (field == "Key") key = from_hex(value);
        if (field == "Msg") message = from_hex(value);
        if (field != "MD") continue;
        EXPECT_EQ(helder::to_hex(helder::hmac_sha256(key, message)), value) << "test case " << checked + 1;
        ++checked;
    }
    EXPECT_EQ(checked, 6);
}

// RFC 4231, test case 5, which the vectors file leaves out: the output truncated to 128 bits, as
// the store cuts its member keys.
TEST(HmacSha256, Rfc4231TruncatedOutput) {
    const std::string digest = helder::to_hex(helder::hmac_sha256(std::string(20, '\x0c'), "Test With Truncation"));
    EXPECT_EQ(digest.substr(0, 32), "a3b6167473100ee06e0c796c2955552b");
}

}  // namespace
