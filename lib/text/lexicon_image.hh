// SPDX-License-Identifier: EUPL-1.2
// The built-in lexicon as an image made at build time (tools/write_lexicon_image.cc), so that a
// context reads its word map in place instead of building it at every start: building it was
// most of the start-up of `helder check` (bench/results/cli-startup.md).
#pragma once

#include <string_view>

namespace helder::text {

// The image compiled into this library, or empty when it has none (the WebAssembly build, and
// the program that makes the image).
std::string_view builtin_lexicon_image();

}  // namespace helder::text
