// What a helder_ctx is: the C handle is this C++ object (the HarfBuzz pattern).
#pragma once

#include <memory>

#include "text/text_model.hh"

struct helder_ctx {
    std::unique_ptr<helder::text::TextModel> text;
};
