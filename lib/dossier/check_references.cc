// SPDX-License-Identifier: EUPL-1.2
// References: every id is unique, and every id a dossier item names points to something that
// exists, of the right kind.
#include "dossier/checks.hh"

namespace helder::dossier {
namespace {

constexpr helder_severity kError = HELDER_SEVERITY_ERROR;

struct Kinds {
    bool member = false, professional = false, fact = false, problem_area = false, measure = false, decision = false, any = false;
};

class References {
public:
    explicit References(Checks &c) : c_(c) {}

    void collect() {
        const json::Value root = c_.root;
        auto items = [&](const json::Value &parent, std::string_view key, std::string_view kind) {
            each(parent, key, [&](const json::Value &v) { record(v, kind); });
        };
        items(root.find("household"), "members", "member");
        items(root, "professionals", "professional");
        items(root, "problem_areas", "problem_area");
        each(root, "concerns", [&](const json::Value &concern) {
            record(concern, "concern");
            items(concern, "facts", "fact");
            items(concern, "judgements", "judgement");
        });
        items(root.find("safety"), "assessments", "assessment");
        items(root.find("safety"), "agreements", "agreement");
        items(root.find("plan"), "goals", "goal");
        items(root.find("plan"), "network_support", "network_support");
        for (const char *key : {"decisions", "measures", "consents", "complaints", "statements", "family_texts", "access_limits",
                                "access_objections", "retention_decisions", "procedure_events", "written_instructions", "hearings",
                                "appeals"})
            items(root, key, key);
    }

    void check() {
        const json::Value root = c_.root;
        Kinds members, people, facts, areas, measures, decisions, anything, pros;
        members.member = true;
        people.member = people.professional = true;
        facts.fact = true;
        areas.problem_area = true;
        measures.measure = true;
        decisions.decision = true;
        anything.any = true;
        pros.professional = true;
        // "about" on every item that has one, wherever it is.
        about(root);
        each(root.find("household"), "members", [&](const json::Value &m) { ids(m.find("parents"), members); });
        each(root, "concerns", [&](const json::Value &concern) {
            ids(concern.find("problem_areas"), areas);
            each(concern, "judgements", [&](const json::Value &j) {
                id(j.find("by"), pros);
                ids(j.find("based_on"), facts);
            });
        });
        each(root.find("safety"), "assessments", [&](const json::Value &a) { id(a.find("by"), people); });
        each(root.find("safety"), "agreements", [&](const json::Value &a) { ids(a.find("parties"), people); });
        each(root.find("plan"), "goals", [&](const json::Value &g) {
            ids(g.find("problem_areas"), areas);
            ids(g.find("responsible"), people);
        });
        each(root.find("plan"), "network_support", [&](const json::Value &n) { id(n.find("by"), members); });
        each(root, "decisions", [&](const json::Value &d) {
            each(d, "child_views", [&](const json::Value &v) { child(v.find("member")); });
            each(d, "parent_views", [&](const json::Value &v) { id(v.find("member"), members); });
            ids(d.find("consent_by"), members);
            id(d.find("measure"), measures);
        });
        each(root, "measures", [&](const json::Value &m) { child_and_about(m); });
        for (const char *key : {"consents", "complaints"}) each(root, key, [&](const json::Value &x) { id(x.find("by"), members); });
        // A decision to keep data against a destruction request is a professional's.
        each(root, "retention_decisions", [&](const json::Value &d) { id(d.find("by"), pros); });
        each(root, "statements", [&](const json::Value &s) {
            id(s.find("by"), people);
            const json::Value item = s.find("concerns_item");
            if (item.is_string() && !item.as_string().empty()) id(item, anything);
        });
        each(root, "professionals", [&](const json::Value &p) { ids(p.find("problem_areas"), areas); });
        each(root, "access_limits", [&](const json::Value &l) {
            child(l.find("child"));
            ids(l.find("parents"), members);
            fixed_professional(l.find("decided_by"));
        });
        each(root, "access_objections", [&](const json::Value &o) {
            child(o.find("by"));
            ids(o.find("against"), members);
        });
        // The procedure's records (format 2): the child whose procedure it is, the measure and
        // decision they belong to, who gave an aanwijzing, who was heard and invited.
        each(root, "procedure_events", [&](const json::Value &e) { child_and_about(e); });
        each(root, "written_instructions", [&](const json::Value &w) {
            child_and_about(w);
            id(w.find("measure"), measures);
            id(w.find("given_by"), pros);
        });
        each(root, "hearings", [&](const json::Value &h) {
            id(h.find("measure"), measures);
            id(h.find("decision"), decisions);
            ids(h.find("parents_heard"), members);
            each(h, "children_invited", [&](const json::Value &c) { child(c); });
        });
        each(root, "appeals", [&](const json::Value &a) {
            id(a.find("by"), members);
            id(a.find("measure"), measures);
            id(a.find("decision"), decisions);
        });
        format_two(root);
    }

private:
    void record(const json::Value &item, std::string_view kind) {
        const json::Value id = item.find("id");
        if (!id.is_string()) return;
        const std::string_view key = id.as_string();
        if (!c_.id_kinds.emplace(key, kind).second) c_.add("ref.duplicate_id", kError, id, {{"id", std::string(key)}});
    }

    // Checks one id; true when it names something of an allowed kind.
    bool id(const json::Value &v, const Kinds &k) {
        if (!v.is_string()) return false;
        const std::string_view name = v.as_string();
        auto it = c_.id_kinds.find(name);
        const std::string_view kind = it == c_.id_kinds.end() ? std::string_view() : it->second;
        if (k.any && !kind.empty()) return true;
        if ((k.member && kind == "member") || (k.professional && kind == "professional") || (k.fact && kind == "fact") ||
            (k.problem_area && kind == "problem_area") || (k.measure && kind == "measures") || (k.decision && kind == "decisions"))
            return true;
        const char *code = k.any ? "ref.unknown_item" : k.member ? "ref.unknown_member" : k.professional ? "ref.unknown_professional"
                           : k.fact ? "ref.unknown_fact" : k.problem_area ? "ref.unknown_problem_area"
                           : k.measure ? "ref.unknown_measure" : "ref.unknown_decision";
        c_.add(code, kError, v, {{"id", std::string(name)}});
        return false;
    }

    void ids(const json::Value &array, const Kinds &k) {
        for (json::Value v = array.first_child(); v.valid(); v = v.next_sibling()) id(v, k);
    }

    // A member who must be a child (a child's view, the child of a measure).
    void child(const json::Value &who) {
        Kinds k;
        k.member = true;
        if (!id(who, k)) return;
        const Member *m = c_.member(who.as_string());
        if (m && !m->child) c_.add("ref.not_a_child", kError, who, {{"id", std::string(who.as_string())}});
    }

    // An item of one child's (a measure, a procedure event, an aanwijzing) is about that child:
    // access is decided on `about`, so a record whose `about` left the child out would show the
    // child's data to whoever it names instead.
    void child_and_about(const json::Value &item) {
        const json::Value who = item.find("child"), about = item.find("about");
        child(who);
        if (!who.is_string() || !about.is_array()) return;
        for (json::Value a = about.first_child(); a.valid(); a = a.next_sibling())
            if (a.is_string() && a.as_string() == who.as_string()) return;
        c_.add("ref.child_not_in_about", kError, about, {{"id", std::string(who.as_string())}});
    }

    // Only the fixed professional decides to limit parents' access (art. 7.3.11 Jw).
    void fixed_professional(const json::Value &who) {
        Kinds k;
        k.professional = true;
        if (!id(who, k)) return;
        const json::Value p = find_by_id(c_.root.find("professionals"), who.as_string());
        if (p.find("role").as_string() != "fixed_professional")
            c_.add("ref.not_the_fixed_professional", kError, who, {{"id", std::string(who.as_string())}});
    }

    // A field added in format 2 needs "format_version": 2, so that a reader of format 1 is not
    // handed access rules it would silently ignore.
    void format_two(const json::Value &root) {
        if (!root.find("format_version").is_number() || root.find("format_version").as_integer() != 1) return;
        for (const char *key : {"access_limits", "access_objections", "procedure_events", "written_instructions", "hearings", "appeals"})
            if (root.find(key).valid()) c_.add("ref.needs_format_2", kError, Place(root, key), {{"field", key}});
        each(root, "professionals", [&](const json::Value &p) {
            if (p.find("problem_areas").valid()) c_.add("ref.needs_format_2", kError, Place(p, "problem_areas"), {{"field", "problem_areas"}});
        });
        each(root, "decisions", [&](const json::Value &d) {
            if (d.find("requested_measure").valid())
                c_.add("ref.needs_format_2", kError, Place(d, "requested_measure"), {{"field", "requested_measure"}});
        });
    }

    // "about" lists members, on any item at any depth.
    void about(const json::Value &v) {
        Kinds k;
        k.member = true;
        for (json::Value m = v.first_child(); m.valid(); m = m.next_sibling()) {
            if (v.is_object() && m.key() == "about" && m.is_array()) ids(m, k);
            else if (m.is_object() || m.is_array()) about(m);
        }
    }

    Checks &c_;
};

}  // namespace

void check_references(Checks &c) {
    References r(c);
    r.collect();
    r.check();
}

}  // namespace helder::dossier
