// SPDX-License-Identifier: EUPL-1.2
#include "law/rights.hh"

#include <algorithm>

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder::law {
namespace {

[[noreturn]] void malformed(size_t line, const std::string &why) {
    throw Failure(HELDER_E_INTERNAL, "rights.tsv line " + std::to_string(line) + ": " + why);
}

std::vector<std::string> split(std::string_view s) {
    std::vector<std::string> out;
    for (size_t start = 0;;) {
        const size_t comma = s.find(',', start);
        out.emplace_back(s.substr(start, comma - start));
        if (comma == std::string_view::npos) return out;
        start = comma + 1;
    }
}

}  // namespace

Rights Rights::load(const LegalFacts &facts) {
    static const std::set<std::string> kPlain = {"always", "able_to_judge", "gezag", "no_gezag", "foster_parent", "measure", "ots",
                                                 "voorlopige_ots", "ots_or_voogdij", "listed"};
    Rights rights;
    for (const auto &row : tsv::parse(resources::get("law/rights.tsv"))) {
        if (row.fields.size() != 6) malformed(row.line, "expected 6 columns");
        Row r;
        r.id = std::string(row.fields[0]);
        if (row.fields[1] != "adult" && row.fields[1] != "child") malformed(row.line, "reader is adult or child");
        r.child = row.fields[1] == "child";
        for (const std::string &c : split(row.fields[2])) {
            const size_t colon = c.find(':');
            const std::string kind = c.substr(0, colon);
            if (colon != std::string::npos && kind == "unless") {
                r.when.emplace_back(c, nullptr);
            } else if (colon != std::string::npos && (kind == "from" || kind == "under")) {
                const LegalFact *f = facts.find(c.substr(colon + 1));
                if (!f) malformed(row.line, "unknown fact " + c);
                r.when.emplace_back(kind, f);
            } else if (kPlain.count(c)) {
                r.when.emplace_back(c, nullptr);
            } else {
                malformed(row.line, "unknown condition " + c);
            }
        }
        if (row.fields[3] != "-" && !(r.fact = facts.find(row.fields[3]))) malformed(row.line, "unknown fact");
        r.text = facts.expand(Message{std::string(row.fields[4]), std::string(row.fields[5])});
        rights.rows_.push_back(std::move(r));
    }
    const std::vector<std::string> ids = rights.ids();
    for (const Row &r : rights.rows_)
        for (const auto &c : r.when)
            if (c.first.rfind("unless:", 0) == 0 && std::find(ids.begin(), ids.end(), c.first.substr(7)) == ids.end())
                malformed(0, r.id + ": unknown right in " + c.first);
    return rights;
}

const Rights::Row &Rights::fixed(std::string_view id, bool child) const {
    for (const Row &r : rows_)
        if (r.id == id && r.child == child) return r;
    throw Failure(HELDER_E_INTERNAL, "rights.tsv has no " + std::string(id));
}

Message Rights::text(std::string_view id, bool child) const {
    const Row &r = fixed(id, child);
    return r.fact ? with_note(r.text, *r.fact, child) : r.text;
}

Message Rights::heading(const RightsReader &r) const { return fixed("heading", r.child).text; }

Message Rights::note(const LegalFact &fact, bool child) const {
    if (fact.label == "VERIFIED") return {};
    // Only the article is less sure than the value: say so, so that the right itself is not read
    // as in doubt.
    if (fact.value_label != fact.label) {
        if (fact.value_label == "VERIFIED") return fixed(fact.label == "SECONDARY" ? "note_article_secondary" : "note_article_unverified", child).text;
        return fixed("note_secondary_article_unverified", child).text;
    }
    if (fact.label == "SECONDARY") return fixed("note_secondary", child).text;
    return fixed("note_unverified", child).text;
}

Message Rights::with_note(Message text, const LegalFact &fact, bool child) const {
    const Message n = note(fact, child);
    if (!n.nl.empty()) {
        text.nl += " " + n.nl;
        text.en += " " + n.en;
    }
    return text;
}

std::vector<std::string> Rights::ids() const {
    std::vector<std::string> out;
    for (const Row &r : rows_)
        if (out.empty() || out.back() != r.id) out.push_back(r.id);
    return out;
}

std::vector<Right> Rights::for_reader(const RightsReader &reader, const std::set<std::string> *listed) const {
    // Where a stage lists a right, the stage stands for the measure the right's conditions name.
    const auto has = [&](const char *kind) { return listed || reader.measures.count(kind) > 0; };
    const auto holds = [&](const std::pair<std::string, const LegalFact *> &c) {
        const std::string &k = c.first;
        if (k == "from") return reader.age >= c.second->value;
        if (k == "under") return reader.age < c.second->value;
        if (k == "able_to_judge") return reader.able_to_judge;
        if (k == "gezag") return reader.gezag;
        if (k == "no_gezag") return !reader.child && !reader.gezag;
        if (k == "foster_parent") return reader.foster_parent;
        if (k == "listed") return listed != nullptr;
        if (k.rfind("unless:", 0) == 0) return !listed || !listed->count(k.substr(7));
        if (k == "measure") return listed || !reader.measures.empty();
        if (k == "ots") return has("ots") || has("voorlopige_ots");
        if (k == "voorlopige_ots") return has("voorlopige_ots");
        if (k == "ots_or_voogdij") return has("ots") || has("voorlopige_ots") || has("voogdij") || has("voorlopige_voogdij");
        return true;  // always
    };
    std::vector<Right> out;
    for (const Row &r : rows_) {
        if (r.child != reader.child || !r.fact) continue;
        if (listed && !listed->count(r.id)) continue;
        bool applies = true;
        for (const auto &c : r.when) applies = applies && holds(c);
        if (!applies) continue;
        out.push_back(Right{r.id, with_note(r.text, *r.fact, reader.child)});
    }
    return out;
}

}  // namespace helder::law
