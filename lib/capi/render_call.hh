// SPDX-License-Identifier: EUPL-1.2
// The shape of helder_text_render and helder_dossier_render: the caller's sources read into
// report::Inputs, rendered with one kind's reader, handed out.
#pragma once

#include "helder/text.h"
#include "report/render.hh"

namespace helder::capi {

helder_status render_call(const helder_text_source *sources, size_t count, const char *options_json, size_t options_len,
                          char **out, size_t *out_len, helder_severity *out_highest, report::Reader reader);

}  // namespace helder::capi
