// SPDX-License-Identifier: EUPL-1.2
#include "store/destruction_scope.hh"

#include <set>

#include "access/view.hh"
#include "dossier/checks.hh"

namespace helder::store {
namespace {

// Lists whose items a destruction never takes out: decisions of professionals that govern what
// may happen to others' data (a limit on parents' access, a decision to keep data).
const std::set<std::string_view> kKeptLists = {"access_limits", "retention_decisions"};

// Fields that refer to other items by id: an id taken out is dropped from them.
const std::set<std::string_view> kIdLists = {"based_on", "problem_areas"};
const std::set<std::string_view> kIdFields = {"measure", "decision"};
const std::set<std::string_view> kIdFieldsEmptied = {"concerns_item"};  // "" means the dossier itself

// Who an item is about.
struct People {
    bool household = false;  // the whole household: never one person's alone
    std::set<std::string, std::less<>> ids;
    bool only(std::string_view person) const { return !household && ids.size() == 1 && ids.count(person); }
};

class Eraser {
public:
    Eraser(const json::Value &root, std::string_view person, const access::Policy &policy)
        : root_(root), person_(person), policy_(policy) {
        dossier::each(root.find("household"), "members", [&](const json::Value &m) {
            members_.insert(std::string(m.find("id").as_string()));
            if (m.find("id").as_string() == person) reduced_member_ = m.raw().data();
        });
    }

    // Decides what goes: every item, nested item and view about only the person.
    void decide() {
        for (const std::string &list : access::item_lists()) {
            if (kKeptLists.count(list)) continue;
            const size_t dot = list.find('.');
            const json::Value array = dot == std::string::npos ? root_.find(list) : root_.find(list.substr(0, dot)).find(list.substr(dot + 1));
            for (json::Value item = array.first_child(); item.valid(); item = item.next_sibling()) {
                if (of_item(item, list, true).only(person_)) {
                    remove(item);
                    continue;
                }
                for (json::Value m = item.first_child(); m.valid(); m = m.next_sibling()) {
                    const access::FieldKind *kind = policy_.field(list, m.key());
                    if (!kind) continue;
                    const std::string nested = list + "." + std::string(m.key());
                    if (*kind == access::FieldKind::Items)
                        for (json::Value n = m.first_child(); n.valid(); n = n.next_sibling())
                            if (of_item(n, nested, false).only(person_)) remove(n);
                    if (*kind == access::FieldKind::Views)
                        for (json::Value v = m.first_child(); v.valid(); v = v.next_sibling())
                            if (v.find("member").as_string() == person_) remove(v);
                }
            }
        }
    }

    ErasedVersion write() {
        ErasedVersion out;
        json::Writer w;
        copy(w, root_);
        out.dossier = w.release();
        out.parts_removed = static_cast<int64_t>(removed_.size());
        out.changed = changed_;
        out.removed_texts = std::move(texts_);
        return out;
    }

private:
    // Who an item is about, by the access tables (lib/data/access/fields.tsv): its subjects, the
    // members it names (parties, who is responsible), and, with_nested, the people of what it
    // holds (the facts of a concern, the views of a decision).
    People of_item(const json::Value &item, const std::string &list, bool with_nested) const {
        People p;
        for (std::string &s : access::subjects_of(item, list, policy_)) {
            if (s == access::kHousehold) p.household = true;
            else p.ids.insert(std::move(s));
        }
        for (json::Value m = item.first_child(); m.valid(); m = m.next_sibling()) {
            const access::FieldKind *kind = policy_.field(list, m.key());
            if (!kind) continue;
            if (*kind == access::FieldKind::People)
                for (json::Value id = m.first_child(); id.valid(); id = id.next_sibling())
                    if (id.is_string() && members_.count(std::string(id.as_string()))) p.ids.insert(std::string(id.as_string()));
            if (!with_nested) continue;
            if (*kind == access::FieldKind::Items)
                for (json::Value n = m.first_child(); n.valid(); n = n.next_sibling()) {
                    const People inner = of_item(n, list + "." + std::string(m.key()), false);
                    p.household |= inner.household;
                    p.ids.insert(inner.ids.begin(), inner.ids.end());
                }
            if (*kind == access::FieldKind::Views)
                for (json::Value v = m.first_child(); v.valid(); v = v.next_sibling()) p.ids.insert(std::string(v.find("member").as_string()));
        }
        return p;
    }

    void remove(const json::Value &item) {
        removed_.insert(item.raw().data());
        note_ids(item);
    }

    // The ids of a part taken out and of everything in it (the facts of a concern): what
    // referred to them refers to nothing now.
    void note_ids(const json::Value &v) {
        if (v.is_object() && v.find("id").is_string()) removed_ids_.insert(std::string(v.find("id").as_string()));
        for (json::Value c = v.first_child(); c.valid(); c = c.next_sibling())
            if (c.is_object() || c.is_array()) note_ids(c);
    }

    bool removed(const json::Value &v) const { return removed_.count(v.raw().data()) > 0; }

    // The strings of a part taken out, as they stand in the stored text.
    void collect_texts(const json::Value &v) {
        if (v.is_string()) {
            const std::string_view raw = v.raw();
            if (raw.size() >= 2) texts_.emplace_back(raw.substr(1, raw.size() - 2));
            return;
        }
        for (json::Value c = v.first_child(); c.valid(); c = c.next_sibling()) collect_texts(c);
    }

    void copy(json::Writer &w, const json::Value &v) {
        if (v.is_array()) {
            w.begin_array();
            for (json::Value e = v.first_child(); e.valid(); e = e.next_sibling()) {
                if (removed(e)) {
                    collect_texts(e);
                    changed_ = true;
                } else {
                    copy(w, e);
                }
            }
            w.end_array();
        } else if (v.is_object()) {
            const bool reduced = v.raw().data() == reduced_member_;
            w.begin_object();
            for (json::Value m = v.first_child(); m.valid(); m = m.next_sibling()) {
                const std::string_view key = m.key();
                const bool gone = m.is_string() && removed_ids_.count(std::string(m.as_string()));
                if (reduced && key == "name") {
                    collect_texts(m);
                    w.key(key).string(person_);
                    changed_ |= m.as_string() != person_;
                } else if (kIdFields.count(key) && gone) {
                    changed_ = true;
                } else if (kIdFieldsEmptied.count(key) && gone) {
                    w.key(key).string("");
                    changed_ = true;
                } else if (kIdLists.count(key) && m.is_array() && m.first_child().is_string()) {
                    w.key(key).begin_array();
                    for (json::Value id = m.first_child(); id.valid(); id = id.next_sibling()) {
                        if (id.is_string() && removed_ids_.count(std::string(id.as_string()))) changed_ = true;
                        else copy(w, id);
                    }
                    w.end_array();
                } else {
                    w.key(key);
                    copy(w, m);
                }
            }
            w.end_object();
        } else {
            json::copy_value(w, v);
        }
    }

    const json::Value root_;
    const std::string person_;
    const access::Policy &policy_;
    std::set<std::string, std::less<>> members_;
    const char *reduced_member_ = nullptr;
    std::set<const char *> removed_;  // by where each part starts in the stored text
    std::set<std::string, std::less<>> removed_ids_;
    std::vector<std::string> texts_;
    bool changed_ = false;
};

}  // namespace

ErasedVersion erase_person(const json::Value &dossier, std::string_view person, const access::Policy &policy) {
    Eraser eraser(dossier, person, policy);
    eraser.decide();
    return eraser.write();
}

std::optional<KeepDecision> keep_decision(const json::Value &dossier, std::string_view person, const Date &today) {
    for (json::Value d = dossier.find("retention_decisions").first_child(); d.valid(); d = d.next_sibling()) {
        const json::Value about = d.find("about");
        bool applies = about.size() == 0;
        for (json::Value id = about.first_child(); id.valid(); id = id.next_sibling()) applies |= id.as_string() == person;
        const std::optional<Date> taken = dossier::date_at(d, "date"), until = dossier::date_at(d, "until");
        const bool by_professional = dossier::find_by_id(dossier.find("professionals"), d.find("by").as_string()).valid();
        if (!applies || !by_professional || !taken || today < *taken || (until && *until < today)) continue;
        return KeepDecision{std::string(d.find("id").as_string()), std::string(d.find("kind").as_string()),
                            std::string(d.find("by").as_string()), taken->str(), std::string(d.find("reason").as_string())};
    }
    return std::nullopt;
}

std::optional<std::string> guardianship_measure(const json::Value &dossier) {
    static const std::set<std::string_view> kKinds = {"ots", "voorlopige_ots", "voogdij", "voorlopige_voogdij"};
    for (json::Value m = dossier.find("measures").first_child(); m.valid(); m = m.next_sibling())
        if (kKinds.count(m.find("kind").as_string())) return std::string(m.find("kind").as_string());
    return std::nullopt;
}

}  // namespace helder::store
