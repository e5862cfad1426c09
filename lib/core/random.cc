// SPDX-License-Identifier: EUPL-1.2
#include "core/random.hh"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include "core/result.hh"

#if defined(__EMSCRIPTEN__)
#include <emscripten.h>
#else
#include <unistd.h>
#if defined(__APPLE__)
#include <sys/random.h>
#endif
#endif

namespace helder {
namespace {

#if defined(__EMSCRIPTEN__)
// Emscripten's own getentropy aborts the module when the host has no crypto; this one says so.
EM_JS(int, helder_fill_random, (uint8_t *out, size_t n), {
    var c = Module['helderCrypto'] || (typeof globalThis == 'object' ? globalThis.crypto : undefined);
    if (!c || typeof c.getRandomValues != 'function') return -1;
    for (var at = 0; at < n; at += 65536) c.getRandomValues(HEAPU8.subarray(out + at, out + Math.min(n, at + 65536)));
    return 0;
});

bool fill(uint8_t *out, size_t n) { return helder_fill_random(out, n) == 0; }
#else
bool fill(uint8_t *out, size_t n) {
    constexpr size_t kMaxCall = 256;  // getentropy gives at most this much per call
    for (size_t at = 0; at < n; at += kMaxCall)
        if (getentropy(out + at, std::min(kMaxCall, n - at)) != 0) return false;
    return true;
}
#endif

}  // namespace

std::string random_bytes(size_t n) {
    std::string out(n, '\0');
    if (!fill(reinterpret_cast<uint8_t *>(out.data()), n))
        throw Failure(HELDER_E_UNSUPPORTED, std::string("no secure random numbers on this system (") +
#if defined(__EMSCRIPTEN__)
                                                "the JavaScript host has no crypto.getRandomValues"
#else
                                                std::strerror(errno)
#endif
                                                + "): the store needs them for the keys of its audit chain");
    return out;
}

}  // namespace helder
