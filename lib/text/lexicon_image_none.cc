// SPDX-License-Identifier: EUPL-1.2
// A build without a lexicon image: the lexicon is built from the lists when first used.
#include "text/lexicon_image.hh"

namespace helder::text {

std::string_view builtin_lexicon_image() { return {}; }

}  // namespace helder::text
