// References: every id is unique, and every id a dossier item names points to something that
// exists, of the right kind.
#include "dossier/checks.hh"

namespace helder::dossier {
namespace {

constexpr helder_severity kError = HELDER_SEVERITY_ERROR;

struct Kinds {
    bool member = false, professional = false, fact = false, problem_area = false, measure = false, any = false;
};

class References {
public:
    explicit References(Checks &c) : c_(c) {}

    void collect() {
        const json::Value root = c_.root;
        auto items = [&](const json::Value &parent, std::string_view key, const std::string &base, std::string_view kind) {
            each(parent, key, base, [&](const json::Value &v, const std::string &p) { record(v, p, kind); });
        };
        items(root.find("household"), "members", "/household", "member");
        items(root, "professionals", "", "professional");
        items(root, "problem_areas", "", "problem_area");
        each(root, "concerns", "", [&](const json::Value &concern, const std::string &p) {
            record(concern, p, "concern");
            items(concern, "facts", p, "fact");
            items(concern, "judgements", p, "judgement");
        });
        items(root.find("safety"), "assessments", "/safety", "assessment");
        items(root.find("safety"), "agreements", "/safety", "agreement");
        items(root.find("plan"), "goals", "/plan", "goal");
        items(root.find("plan"), "network_support", "/plan", "network_support");
        for (const char *key : {"decisions", "measures", "consents", "complaints", "statements", "family_texts"})
            items(root, key, "", key);
    }

    void check() {
        const json::Value root = c_.root;
        Kinds members, people, facts, areas, measures, anything;
        members.member = true;
        people.member = people.professional = true;
        facts.fact = true;
        areas.problem_area = true;
        measures.measure = true;
        anything.any = true;
        // "about" on every item that has one, wherever it is.
        about(root, "");
        each(root.find("household"), "members", "/household", [&](const json::Value &m, const std::string &p) {
            ids(m.find("parents"), p + "/parents", members);
        });
        each(root, "concerns", "", [&](const json::Value &concern, const std::string &p) {
            ids(concern.find("problem_areas"), p + "/problem_areas", areas);
            each(concern, "judgements", p, [&](const json::Value &j, const std::string &jp) {
                Kinds pros;
                pros.professional = true;
                id(j.find("by"), jp + "/by", pros);
                ids(j.find("based_on"), jp + "/based_on", facts);
            });
        });
        each(root.find("safety"), "assessments", "/safety", [&](const json::Value &a, const std::string &p) {
            id(a.find("by"), p + "/by", people);
        });
        each(root.find("safety"), "agreements", "/safety", [&](const json::Value &a, const std::string &p) {
            ids(a.find("parties"), p + "/parties", people);
        });
        each(root.find("plan"), "goals", "/plan", [&](const json::Value &g, const std::string &p) {
            ids(g.find("problem_areas"), p + "/problem_areas", areas);
            ids(g.find("responsible"), p + "/responsible", people);
        });
        each(root.find("plan"), "network_support", "/plan", [&](const json::Value &n, const std::string &p) {
            id(n.find("by"), p + "/by", members);
        });
        each(root, "decisions", "", [&](const json::Value &d, const std::string &p) {
            each(d, "child_views", p, [&](const json::Value &v, const std::string &vp) {
                const json::Value who = v.find("member");
                if (id(who, vp + "/member", members)) {
                    const Member *m = c_.member(who.as_string());
                    if (m && !m->child) c_.add("ref.not_a_child", kError, who, vp + "/member", {{"id", std::string(who.as_string())}});
                }
            });
            each(d, "parent_views", p, [&](const json::Value &v, const std::string &vp) {
                id(v.find("member"), vp + "/member", members);
            });
            ids(d.find("consent_by"), p + "/consent_by", members);
            id(d.find("measure"), p + "/measure", measures);
        });
        each(root, "measures", "", [&](const json::Value &m, const std::string &p) {
            const json::Value child = m.find("child");
            if (id(child, p + "/child", members)) {
                const Member *x = c_.member(child.as_string());
                if (x && !x->child) c_.add("ref.not_a_child", kError, child, p + "/child", {{"id", std::string(child.as_string())}});
            }
        });
        for (const char *key : {"consents", "complaints"})
            each(root, key, "", [&](const json::Value &x, const std::string &p) { id(x.find("by"), p + "/by", members); });
        each(root, "statements", "", [&](const json::Value &s, const std::string &p) {
            id(s.find("by"), p + "/by", people);
            const json::Value item = s.find("concerns_item");
            if (item.is_string() && !item.as_string().empty()) id(item, p + "/concerns_item", anything);
        });
    }

private:
    void record(const json::Value &item, const std::string &pointer, std::string_view kind) {
        const json::Value id = item.find("id");
        if (!id.is_string()) return;
        const std::string_view key = id.as_string();
        if (c_.item_ids.count(key)) {
            c_.add("ref.duplicate_id", kError, id, pointer + "/id", {{"id", std::string(key)}});
            return;
        }
        c_.item_ids.emplace(key, pointer);
        c_.id_kinds.emplace(key, kind);
    }

    // Checks one id; true when it names something of an allowed kind.
    bool id(const json::Value &v, const std::string &pointer, const Kinds &k) {
        if (!v.is_string()) return false;
        const std::string_view name = v.as_string();
        auto it = c_.id_kinds.find(name);
        const std::string_view kind = it == c_.id_kinds.end() ? std::string_view() : it->second;
        if (k.any && !kind.empty()) return true;
        if ((k.member && kind == "member") || (k.professional && kind == "professional") || (k.fact && kind == "fact") ||
            (k.problem_area && kind == "problem_area") || (k.measure && kind == "measures"))
            return true;
        const char *code = k.any ? "ref.unknown_item" : k.member ? "ref.unknown_member" : k.professional ? "ref.unknown_professional"
                           : k.fact ? "ref.unknown_fact" : k.problem_area ? "ref.unknown_problem_area" : "ref.unknown_measure";
        c_.add(code, kError, v, pointer, {{"id", std::string(name)}});
        return false;
    }

    void ids(const json::Value &array, const std::string &pointer, const Kinds &k) {
        size_t i = 0;
        for (json::Value v = array.first_child(); v.valid(); v = v.next_sibling(), ++i)
            id(v, pointer + "/" + std::to_string(i), k);
    }

    // "about" lists members, on any item at any depth.
    void about(const json::Value &v, const std::string &pointer) {
        if (v.is_object()) {
            for (json::Value m = v.first_child(); m.valid(); m = m.next_sibling()) {
                std::string p = pointer;
                json::append_pointer_token(p, m.key());
                if (m.key() == "about" && m.is_array()) {
                    Kinds k;
                    k.member = true;
                    ids(m, p, k);
                } else if (m.is_object() || m.is_array()) {
                    about(m, p);
                }
            }
        } else if (v.is_array()) {
            size_t i = 0;
            for (json::Value e = v.first_child(); e.valid(); e = e.next_sibling(), ++i)
                if (e.is_object() || e.is_array()) about(e, pointer + "/" + std::to_string(i));
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
