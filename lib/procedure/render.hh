// SPDX-License-Identifier: EUPL-1.2
// Pictures of a specification for a family, a professional or a judge: Graphviz dot and Mermaid
// text. Stages are grouped by region; transitions carry their event and guards; compulsory stages,
// the emergency path, court decisions, ends and the stages an instance is in are marked.
#pragma once

#include <string>
#include <vector>

#include "procedure/spec.hh"

namespace helder::procedure {

enum class DrawingFormat { Dot, Mermaid };

struct DrawingOptions {
    DrawingFormat format = DrawingFormat::Dot;
    bool english = false;
    std::vector<int> highlight;  // stages to highlight (an instance's current stages)
};

std::string draw(const Spec &spec, const DrawingOptions &options);

// A text as a label of each format: inside a dot "quoted string", and inside a Mermaid "quoted
// label" (entity codes; a line break as <br/>).
std::string dot_label(std::string_view text);
std::string mermaid_label(std::string_view text);

}  // namespace helder::procedure
