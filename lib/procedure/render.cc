// SPDX-License-Identifier: EUPL-1.2
#include "procedure/render.hh"

#include <algorithm>

#include "core/messages.hh"

namespace helder::procedure {
namespace {

const Messages &texts() {
    static const Messages m = Messages::load("procedure/render_texts.tsv");
    return m;
}

// Breaks a long label into lines at spaces, so that a picture stays narrow.
std::string wrap(const std::string &text, size_t width = 32) {
    std::string out;
    size_t line = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ' && line >= width) {
            out += '\n';
            line = 0;
            continue;
        }
        out += text[i];
        line = text[i] == '\n' ? 0 : line + 1;
    }
    return out;
}

struct Labels {
    const Spec &spec;
    bool english;

    const std::string &pick(const Message &m) const { return english ? m.en : m.nl; }
    std::string say(std::string_view id, const MessageArgs &args) const { return pick(texts().format(id, args)); }

    std::string stage(int s) const { return wrap(pick(spec.stages[static_cast<size_t>(s)].title)); }
    std::string region(size_t r) const { return say("region", {{"region", spec.regions[r].id}}); }
    // A guard in words, never its id: a fact guard says the fact it reads; a "not" of a fact guard
    // says what is missing when that guard does not hold; "all" and "any" join their parts.
    std::string guard(int g, bool nested = false) const {
        const Guard &gd = spec.guards[static_cast<size_t>(g)];
        switch (gd.op) {
            case Guard::Op::Fact: return pick(spec.facts[static_cast<size_t>(gd.fact)].text);
            case Guard::Op::Not: {
                const Guard &inner = spec.guards[static_cast<size_t>(gd.guards[0])];
                if (inner.op == Guard::Op::Fact && !pick(inner.missing).empty()) return pick(inner.missing);
                return say("guard_not", {{"guard", guard(gd.guards[0], true)}});
            }
            case Guard::Op::All:
            case Guard::Op::Any: {
                std::string out;
                for (size_t i = 0; i < gd.guards.size(); ++i)
                    out = i ? say(gd.op == Guard::Op::All ? "guard_and" : "guard_or", {{"left", out}, {"right", guard(gd.guards[i], true)}})
                            : guard(gd.guards[i], true);
                return nested && gd.guards.size() > 1 ? say("guard_group", {{"guard", out}}) : out;
            }
        }
        return {};
    }
    // The event, then each guard and whether the court decides, one per line.
    std::string transition(const Transition &tr) const {
        const Event &e = spec.events[static_cast<size_t>(tr.event)];
        std::string out = e.expires_timer >= 0 ? say("expired", {{"timer", pick(spec.timers[static_cast<size_t>(e.expires_timer)].text)}}) : pick(e.text);
        for (int g : tr.guards) out += "\n" + say("guard", {{"guard", guard(g)}});
        if (tr.decision) out += "\n" + say("decision", {});
        return wrap(out);
    }
};

bool emergency_path(const Spec &spec, const Transition &tr, int from) {
    const int to = tr.to >= 0 ? tr.to : from;
    return spec.stages[static_cast<size_t>(to)].emergency || spec.stages[static_cast<size_t>(from)].emergency;
}

std::string draw_dot(const Spec &spec, const DrawingOptions &o) {
    const Labels labels{spec, o.english};
    std::string out = "digraph \"" + dot_label(spec.id) + "\" {\n";
    out += "  label=\"" + dot_label(labels.pick(spec.title) + " (" + spec.version + ")") + "\";\n  labelloc=t;\n";
    out += "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"sans-serif\"];\n";
    out += "  edge [fontname=\"sans-serif\", fontsize=10];\n";
    for (size_t r = 0; r < spec.regions.size(); ++r) {
        out += "  subgraph \"cluster_" + dot_label(spec.regions[r].id) + "\" {\n    label=\"" + dot_label(labels.region(r)) + "\";\n";
        for (size_t s = 0; s < spec.stages.size(); ++s) {
            const Stage &st = spec.stages[s];
            if (st.region != static_cast<int>(r)) continue;
            const bool current = std::find(o.highlight.begin(), o.highlight.end(), static_cast<int>(s)) != o.highlight.end();
            std::string attrs = "label=\"" + dot_label(labels.stage(static_cast<int>(s))) + "\"";
            if (current) attrs += ", fillcolor=\"#fff59d\", penwidth=4";
            else if (st.compulsory) attrs += ", fillcolor=\"#fde0dc\", penwidth=2";
            if (st.emergency) attrs += ", color=\"#c62828\", style=\"rounded,filled,dashed\"";
            if (st.end) attrs += ", peripheries=2";
            out += "    \"" + dot_label(st.id) + "\" [" + attrs + "];\n";
        }
        out += "  }\n";
    }
    for (const Transition &tr : spec.transitions)
        for (int from : tr.from) {
            const int to = tr.to >= 0 ? tr.to : from;
            std::string attrs = "label=\"" + dot_label(labels.transition(tr)) + "\"";
            if (tr.decision) attrs += ", style=bold";
            if (emergency_path(spec, tr, from)) attrs += ", color=\"#c62828\", fontcolor=\"#c62828\"";
            out += "  \"" + dot_label(spec.stages[static_cast<size_t>(from)].id) + "\" -> \"" + dot_label(spec.stages[static_cast<size_t>(to)].id) +
                   "\" [" + attrs + "];\n";
        }
    return out + "}\n";
}

std::string draw_mermaid(const Spec &spec, const DrawingOptions &o) {
    const Labels labels{spec, o.english};
    // Mermaid ids are the stage's number: a spec's ids may be words Mermaid reserves ("end").
    const auto node = [](size_t s) { return "s" + std::to_string(s); };
    std::string out = "---\ntitle: \"" + mermaid_label(labels.pick(spec.title) + " (" + spec.version + ")") + "\"\n---\nflowchart TD\n";
    std::vector<std::string> compulsory, emergency, highlighted;
    for (size_t r = 0; r < spec.regions.size(); ++r) {
        out += "  subgraph r" + std::to_string(r) + "[\"" + mermaid_label(labels.region(r)) + "\"]\n";
        for (size_t s = 0; s < spec.stages.size(); ++s) {
            const Stage &st = spec.stages[s];
            if (st.region != static_cast<int>(r)) continue;
            // An end stage has a double frame: (( )) draws a circle, so [[ ]] (a subroutine box).
            const std::string label = "\"" + mermaid_label(labels.stage(static_cast<int>(s))) + "\"";
            out += "    " + node(s) + (st.end ? "[[" + label + "]]" : "[" + label + "]") + "\n";
            if (st.compulsory) compulsory.push_back(node(s));
            if (st.emergency) emergency.push_back(node(s));
            if (std::find(o.highlight.begin(), o.highlight.end(), static_cast<int>(s)) != o.highlight.end()) highlighted.push_back(node(s));
        }
        out += "  end\n";
    }
    std::vector<size_t> emergency_links;
    size_t link = 0;
    for (const Transition &tr : spec.transitions)
        for (int from : tr.from) {
            const int to = tr.to >= 0 ? tr.to : from;
            out += "  " + node(static_cast<size_t>(from)) + (tr.decision ? " ==>|\"" : " -->|\"") + mermaid_label(labels.transition(tr)) + "\"| " +
                   node(static_cast<size_t>(to)) + "\n";
            if (emergency_path(spec, tr, from)) emergency_links.push_back(link);
            ++link;
        }
    out += "  classDef compulsory fill:#fde0dc,stroke:#333,stroke-width:2px\n";
    out += "  classDef emergency stroke:#c62828,stroke-width:3px,stroke-dasharray:5 3\n";
    out += "  classDef current fill:#fff59d,stroke:#000,stroke-width:4px\n";
    const auto assign = [&](const std::vector<std::string> &nodes, const char *cls) {
        if (nodes.empty()) return;
        out += "  class ";
        for (size_t i = 0; i < nodes.size(); ++i) out += (i ? "," : "") + nodes[i];
        out += std::string(" ") + cls + "\n";
    };
    assign(compulsory, "compulsory");
    assign(emergency, "emergency");
    assign(highlighted, "current");
    for (size_t l : emergency_links) out += "  linkStyle " + std::to_string(l) + " stroke:#c62828,color:#c62828\n";
    return out;
}

}  // namespace

std::string dot_label(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') out += "\\n";
        else if (c == '\r') continue;
        else out += c;
    }
    return out;
}

std::string mermaid_label(std::string_view text) {
    std::string out;
    for (char c : text) switch (c) {
            case '"': out += "#quot;"; break;
            case '#': out += "#35;"; break;
            case '<': out += "#lt;"; break;
            case '>': out += "#gt;"; break;
            case '&': out += "#amp;"; break;
            case '|': out += "#124;"; break;
            case '`': out += "#96;"; break;
            case '\n': out += "<br/>"; break;
            case '\r': break;
            default: out += c;
        }
    return out;
}

std::string draw(const Spec &spec, const DrawingOptions &options) {
    return options.format == DrawingFormat::Dot ? draw_dot(spec, options) : draw_mermaid(spec, options);
}

}  // namespace helder::procedure
