// SPDX-License-Identifier: EUPL-1.2
#include "access/view.hh"

#include <algorithm>
#include <map>

namespace helder::access {
namespace {

bool is_subject_field(const FieldKind *kind) { return kind && (*kind == FieldKind::About || *kind == FieldKind::Owner); }

// Whether a member the reader may see gave a view in this item.
bool view_by_granted(const json::Value &i, const std::string &name, const Grants &grants, const Policy &policy) {
    for (json::Value m = i.first_child(); m.valid(); m = m.next_sibling()) {
        const FieldKind *kind = policy.field(name, m.key());
        if (!kind || *kind != FieldKind::Views) continue;
        for (json::Value v = m.first_child(); v.valid(); v = v.next_sibling())
            if (grants.granted(v.find("member").as_string())) return true;
    }
    return false;
}

class ViewWriter {
public:
    ViewWriter(json::Writer &w, const Grants &g, const Policy &p, ViewResult &r, bool nested = true)
        : w_(w), grants_(g), policy_(p), result_(r), nested_(nested) {}

    void list(const json::Value &array, const std::string &name, const std::string &pointer, bool covered) {
        std::map<std::string, int64_t> withheld;  // reason -> items
        w_.begin_array();
        size_t written = 0;
        for (json::Value i = array.first_child(); i.valid(); i = i.next_sibling()) {
            if (item(i, name, pointer + "/" + std::to_string(written), covered)) ++written;
            else ++withheld[whole_item_reason(i, name)];
        }
        w_.end_array();
        for (const auto &[reason, count] : withheld) {
            result_.withheld.push_back(Withheld{pointer, true, count, reason});
            result_.items_withheld += count;
        }
    }

    bool item(const json::Value &i, const std::string &name, const std::string &pointer, bool covered) {
        const std::vector<std::string> subjects = this->subjects(i, name);
        if (grants_.everything() || covered || purpose_covers(i, name)) {
            if (nested_ || !i.is_object()) {
                copy(i);
            } else {
                w_.begin_object();
                for (json::Value m = i.first_child(); m.valid(); m = m.next_sibling()) {
                    const FieldKind *kind = policy_.field(name, m.key());
                    if (kind && *kind == FieldKind::Items) continue;
                    w_.key(m.key());
                    copy(m);
                }
                w_.end_object();
            }
            shown(subjects);
            return true;
        }
        if (!i.is_object()) return false;
        const bool any = std::any_of(subjects.begin(), subjects.end(), [&](const std::string &s) { return grants_.granted(s); });
        if (!any && !gave_view(i, name)) return nested_only(i, name, pointer);
        const bool all = std::all_of(subjects.begin(), subjects.end(), [&](const std::string &s) { return grants_.granted(s); });
        bool part = false;
        w_.begin_object();
        for (json::Value m = i.first_child(); m.valid(); m = m.next_sibling()) {
            const FieldKind *kind = policy_.field(name, m.key());
            if (!kind) {
                part = true;  // not in the table: never shown in a partial view
                continue;
            }
            switch (*kind) {
            case FieldKind::Shown:
            case FieldKind::Areas:
                w_.key(m.key());
                copy(m);
                break;
            case FieldKind::Text:
                if (all) {
                    w_.key(m.key());
                    copy(m);
                } else {
                    part = true;
                }
                break;
            case FieldKind::Owner:
            case FieldKind::Person:
                // A member the reader may not see, or free text naming someone ("the school
                // nurse"), which is shown only when every person the item is about is granted.
                if (m.is_string() && ((grants_.is_member(m.as_string()) && !grants_.granted(m.as_string())) ||
                                      (!grants_.is_member(m.as_string()) && !grants_.is_professional(m.as_string()) && !all))) {
                    part = true;
                } else {
                    w_.key(m.key());
                    copy(m);
                }
                break;
            case FieldKind::About:
            case FieldKind::People:
                part |= ids(m);
                break;
            case FieldKind::Views:
                part |= views(m);
                break;
            case FieldKind::Items:
                if (!nested_) break;
                w_.key(m.key());
                parents_.push_back(subjects);
                list(m, name + "." + std::string(m.key()), pointer + "/" + std::string(m.key()), false);
                parents_.pop_back();
                break;
            }
        }
        if (part) {
            w_.key("withheld").boolean(true);
            result_.withheld.push_back(Withheld{pointer, false, 1, part_reason(subjects)});
            ++result_.parts_withheld;
        }
        w_.end_object();
        shown(subjects);
        return true;
    }

    // A member who gave a view in an item sees the item with their own view, even when the item
    // is about others.
    bool gave_view(const json::Value &i, const std::string &name) const { return view_by_granted(i, name, grants_, policy_); }

    // An item the reader may not see that holds items they may see (a concern about the household
    // with a fact about the reader): its id and those items, marked as partly withheld.
    bool nested_only(const json::Value &i, const std::string &name, const std::string &pointer) {
        bool any = false;
        for (json::Value m = i.first_child(); m.valid() && !any; m = m.next_sibling()) {
            const FieldKind *kind = policy_.field(name, m.key());
            if (!kind || *kind != FieldKind::Items) continue;
            const std::string nested = name + "." + std::string(m.key());
            const std::vector<std::string> mine = subjects(i, name);
            for (json::Value n = m.first_child(); n.valid() && !any; n = n.next_sibling()) any = item_shown(n, nested, grants_, policy_, &mine);
        }
        if (!any) return false;
        w_.begin_object();
        for (json::Value m = i.first_child(); m.valid(); m = m.next_sibling()) {
            const FieldKind *kind = policy_.field(name, m.key());
            if (m.key() == "id") {
                w_.key("id");
                copy(m);
            } else if (kind && *kind == FieldKind::Items) {
                w_.key(m.key());
                parents_.push_back(subjects(i, name));
                list(m, name + "." + std::string(m.key()), pointer + "/" + std::string(m.key()), false);
                parents_.pop_back();
            }
        }
        w_.key("withheld").boolean(true);
        result_.withheld.push_back(Withheld{pointer, false, 1, whole_item_reason(i, name)});
        ++result_.parts_withheld;
        w_.end_object();
        return true;
    }

    // The professionals a partial view shows: the fixed professionals, the reader, and those the
    // shown items name (an expert's organisation can say what a family member struggles with).
    void professionals(const json::Value &list) {
        int64_t withheld = 0;
        w_.begin_array();
        for (json::Value p = list.first_child(); p.valid(); p = p.next_sibling()) {
            const std::string_view id = p.find("id").as_string();
            const bool shown = p.find("role").as_string() == "fixed_professional" ||
                               (grants_.reader().kind == Reader::Kind::Professional && id == grants_.reader().id) ||
                               referenced_.count(std::string(id));
            if (shown) json::copy_value(w_, p);
            else ++withheld;
        }
        w_.end_array();
        if (withheld > 0) {
            result_.withheld.push_back(Withheld{"/professionals", true, withheld, std::string(grants_.refusal_reason(""))});
            result_.items_withheld += withheld;
        }
    }

    void household(const json::Value &h) {
        w_.begin_object();
        for (json::Value m = h.first_child(); m.valid(); m = m.next_sibling()) {
            w_.key(m.key());
            if (m.key() != "members") {
                copy(m);
                continue;
            }
            int64_t withheld = 0;
            w_.begin_array();
            for (json::Value member = m.first_child(); member.valid(); member = member.next_sibling()) {
                const std::string_view id = member.find("id").as_string();
                if (grants_.granted(id) || purpose_people_.count(std::string(id))) copy(member);
                else ++withheld;
            }
            w_.end_array();
            if (withheld > 0) {
                result_.withheld.push_back(Withheld{"/household/members", true, withheld, std::string(grants_.refusal_reason(""))});
                result_.items_withheld += withheld;
            }
        }
        w_.end_object();
    }

    // The people in items an expert's purpose covers: their member records are shown too.
    void collect_purpose_people(const json::Value &root) {
        if (!grants_.has_purpose()) return;
        for (const char *name : {"problem_areas", "concerns"})
            for (json::Value i = root.find(name).first_child(); i.valid(); i = i.next_sibling())
                if (purpose_covers(i, name)) remember(i, name);
        for (json::Value i = root.find("plan").find("goals").first_child(); i.valid(); i = i.next_sibling())
            if (purpose_covers(i, "plan.goals")) remember(i, "plan.goals");
    }

    void inherit(const std::vector<std::string> &subjects) { parents_.push_back(subjects); }

private:
    std::vector<std::string> subjects(const json::Value &i, const std::string &name) const {
        return subjects_of(i, name, policy_, parents_.empty() ? nullptr : &parents_.back());
    }

    // Copies a value, noting the strings in it (ids of the professionals the view names).
    void copy(const json::Value &v) {
        json::copy_value(w_, v);
        note(v);
    }
    void note(const json::Value &v) {
        if (v.is_string()) referenced_.emplace(v.as_string());
        for (json::Value c = v.first_child(); c.valid(); c = c.next_sibling()) note(c);
    }

    void remember(const json::Value &i, const std::string &name) {
        for (std::string &s : subjects(i, name)) purpose_people_.insert(std::move(s));
        for (const char *nested : {"facts", "judgements"})
            for (json::Value n = i.find(nested).first_child(); n.valid(); n = n.next_sibling())
                for (std::string &s : subjects_of(n, name + "." + nested, policy_)) purpose_people_.insert(std::move(s));
    }

    bool purpose_covers(const json::Value &i, const std::string &name) const {
        if (!grants_.has_purpose()) return false;
        if (name == "problem_areas") return grants_.purpose_covers(i.find("id").as_string());
        for (json::Value m = i.first_child(); m.valid(); m = m.next_sibling()) {
            const FieldKind *kind = policy_.field(name, m.key());
            if (!kind || *kind != FieldKind::Areas) continue;
            for (json::Value a = m.first_child(); a.valid(); a = a.next_sibling())
                if (grants_.purpose_covers(a.as_string())) return true;
        }
        return false;
    }

    // An array of ids with the members not granted left out; true when one was.
    bool ids(const json::Value &m) {
        bool left_out = false;
        w_.key(m.key()).begin_array();
        for (json::Value id = m.first_child(); id.valid(); id = id.next_sibling()) {
            if (id.is_string() && grants_.is_member(id.as_string()) && !grants_.granted(id.as_string())) left_out = true;
            else copy(id);
        }
        w_.end_array();
        return left_out;
    }

    // Views, each shown only to those who may see the member who gave it.
    bool views(const json::Value &m) {
        bool left_out = false;
        w_.key(m.key()).begin_array();
        for (json::Value v = m.first_child(); v.valid(); v = v.next_sibling()) {
            if (grants_.granted(v.find("member").as_string())) copy(v);
            else left_out = true;
        }
        w_.end_array();
        return left_out;
    }

    std::string whole_item_reason(const json::Value &i, const std::string &name) const {
        std::string reason;
        for (const std::string &s : subjects(i, name)) {
            if (grants_.granted(s)) continue;
            reason = grants_.refusal_reason(s);
            if (reason == "access_limited") break;
        }
        return reason.empty() ? std::string(grants_.refusal_reason("")) : reason;
    }

    std::string part_reason(const std::vector<std::string> &subjects) const {
        for (const std::string &s : subjects)
            if (!grants_.granted(s) && grants_.refusal_reason(s) == "access_limited") return "access_limited";
        return "other_person";
    }

    void shown(const std::vector<std::string> &subjects) {
        for (const std::string &s : subjects)
            if (s != kHousehold && (grants_.everything() || grants_.granted(s) || purpose_people_.count(s))) result_.shown.insert(s);
    }

    json::Writer &w_;
    const Grants &grants_;
    const Policy &policy_;
    ViewResult &result_;
    std::set<std::string> purpose_people_;
    std::set<std::string> referenced_;
    std::vector<std::vector<std::string>> parents_;  // the subjects of the items holding the current one
    const bool nested_;
};

}  // namespace

const std::vector<std::string> &item_lists() {
    static const std::vector<std::string> kLists = {"problem_areas", "concerns",    "safety.assessments", "safety.agreements",
                                                    "plan.goals",    "plan.network_support", "decisions", "measures",
                                                    "consents",      "complaints",  "statements",         "family_texts",
                                                    "access_limits", "access_objections", "retention_decisions",
                                                    "procedure_events", "written_instructions", "hearings", "appeals"};
    return kLists;
}

std::vector<std::string> subjects_of(const json::Value &item, const std::string &list, const Policy &policy,
                                     const std::vector<std::string> *inherited) {
    std::vector<std::string> out;
    for (json::Value m = item.first_child(); m.valid(); m = m.next_sibling()) {
        const FieldKind *kind = policy.field(list, m.key());
        if (!is_subject_field(kind)) continue;
        if (m.is_string()) out.emplace_back(m.as_string());
        for (json::Value id = m.first_child(); id.valid(); id = id.next_sibling())
            if (id.is_string()) out.emplace_back(id.as_string());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.empty() && inherited && !inherited->empty()) return *inherited;
    if (out.empty()) out.emplace_back(kHousehold);
    return out;
}

bool item_shown(const json::Value &item, const std::string &list, const Grants &grants, const Policy &policy,
                const std::vector<std::string> *inherited) {
    if (grants.everything()) return true;
    const std::vector<std::string> subjects = subjects_of(item, list, policy, inherited);
    return std::any_of(subjects.begin(), subjects.end(), [&](const std::string &s) { return grants.granted(s); }) ||
           view_by_granted(item, list, grants, policy);
}

bool field_shown(const json::Value &item, const std::string &list, std::string_view field, const Grants &grants,
                 const Policy &policy, const std::vector<std::string> *inherited) {
    if (grants.everything()) return true;
    const FieldKind *kind = policy.field(list, field);
    if (!kind) return false;
    const json::Value v = item.find(field);
    switch (*kind) {
    case FieldKind::Text: {
        const std::vector<std::string> subjects = subjects_of(item, list, policy, inherited);
        return std::all_of(subjects.begin(), subjects.end(), [&](const std::string &s) { return grants.granted(s); });
    }
    case FieldKind::Owner:
    case FieldKind::Person: {
        if (!v.is_string() || grants.is_professional(v.as_string())) return true;
        if (grants.is_member(v.as_string())) return grants.granted(v.as_string());
        const std::vector<std::string> subjects = subjects_of(item, list, policy, inherited);
        return std::all_of(subjects.begin(), subjects.end(), [&](const std::string &s) { return grants.granted(s); });
    }
    default:
        return true;
    }
}

bool write_item(json::Writer &w, const json::Value &item, const std::string &list, const std::string &pointer,
                const Grants &grants, const Policy &policy, ViewResult &result, const std::vector<std::string> *inherited) {
    ViewWriter v(w, grants, policy, result, false);
    if (inherited) v.inherit(*inherited);
    return v.item(item, list, pointer, false);
}

ViewResult write_view(json::Writer &w, const json::Document &dossier, const Grants &grants, const Policy &policy) {
    ViewResult result;
    const json::Value root = dossier.root();
    if (grants.everything()) {
        json::copy_value(w, root);  // byte for byte as stored
        for (json::Value m = root.find("household").find("members").first_child(); m.valid(); m = m.next_sibling())
            result.shown.emplace(m.find("id").as_string());
        return result;
    }
    ViewWriter v(w, grants, policy, result);
    v.collect_purpose_people(root);
    const auto &lists = item_lists();
    w.begin_object();
    for (json::Value m = root.first_child(); m.valid(); m = m.next_sibling()) {
        const std::string key(m.key());
        if (key == "format_version" || key == "id") {
            w.key(key);
            json::copy_value(w, m);
        } else if (key == "professionals" && m.is_array()) {
            continue;  // written last, once the items it names are known
        } else if (key == "household" && m.is_object()) {
            w.key(key);
            v.household(m);
        } else if ((key == "safety" || key == "plan") && m.is_object()) {
            w.key(key).begin_object();
            for (json::Value l = m.first_child(); l.valid(); l = l.next_sibling()) {
                const std::string name = key + "." + std::string(l.key());
                if (!l.is_array() || std::find(lists.begin(), lists.end(), name) == lists.end()) continue;
                w.key(l.key());
                v.list(l, name, "/" + key + "/" + std::string(l.key()), false);
            }
            w.end_object();
        } else if (m.is_array() && std::find(lists.begin(), lists.end(), key) != lists.end()) {
            w.key(key);
            v.list(m, key, "/" + key, false);
        } else if (!grants.everything()) {
            result.withheld.push_back(Withheld{"/" + key, false, 1, "other_person"});  // unknown: fail closed
            ++result.parts_withheld;
        } else {
            w.key(key);
            json::copy_value(w, m);
        }
    }
    if (root.find("professionals").is_array()) {
        w.key("professionals");
        v.professionals(root.find("professionals"));
    }
    w.end_object();
    return result;
}

void write_withheld(json::Writer &w, const ViewResult &result, const Policy &policy) {
    w.begin_array();
    for (const Withheld &x : result.withheld) {
        const Reason &r = policy.reason(x.reason);
        w.begin_object().key("pointer").string(x.pointer).key("what").string(x.whole_items ? "items" : "part");
        w.key("count").integer(x.count).key("reason").string(r.id).key("article").string(r.article).key("label").string(r.label);
        w.key("message").begin_object().key("nl").string(r.text.nl).key("en").string(r.text.en).end_object();
        w.end_object();
    }
    w.end_array();
}

}  // namespace helder::access
