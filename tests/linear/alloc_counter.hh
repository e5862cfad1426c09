// SPDX-License-Identifier: EUPL-1.2
// Counts the heap memory in use by this process: malloc and its relatives are replaced (and
// operator new reaches them through libstdc++), so that ICU, Hunspell and helder are all
// counted. Only for a build without sanitizers, whose allocators would be replaced instead.
#pragma once

#include <cstddef>

namespace helder::testing::alloc {

// Bytes in use now (malloc_usable_size of every live block).
size_t live();
// The largest live() since the last reset_peak().
size_t peak();
void reset_peak();
// When live() would exceed `bytes` (0: no limit), the process writes a line to stderr and
// exits with kOverLimitExit: a runaway allocation fails fast instead of swapping.
void set_limit(size_t bytes);
constexpr int kOverLimitExit = 86;

}  // namespace helder::testing::alloc
