// SPDX-License-Identifier: EUPL-1.2
// Random bytes for secrets, from the operating system (getentropy) or, in WebAssembly, from the
// host's crypto.getRandomValues (browsers, workers, Node.js 19 and later).
#pragma once

#include <cstddef>
#include <string>

namespace helder {

// `n` bytes from a cryptographically secure source; throws Failure(HELDER_E_UNSUPPORTED) where
// there is none, rather than falling back to a guessable one.
std::string random_bytes(size_t n);

}  // namespace helder
