#include "store/view.hh"

namespace helder::store {
namespace {

class ViewWriter {
public:
    ViewWriter(json::Writer &w, const Access &a) : w_(w), access_(a) {}
    size_t withheld = 0;

    // An array of items, each shown or withheld; nested lists (a concern's facts) filtered too.
    void items(const json::Value &array, bool nested_lists) {
        w_.begin_array();
        for (json::Value item = array.first_child(); item.valid(); item = item.next_sibling()) {
            if (!access_.visible(item)) {
                ++withheld;
                continue;
            }
            if (!nested_lists) {
                json::copy_value(w_, item);
                continue;
            }
            w_.begin_object();
            for (json::Value m = item.first_child(); m.valid(); m = m.next_sibling()) {
                w_.key(m.key());
                if (m.key() == "facts" || m.key() == "judgements") items(m, false);
                else json::copy_value(w_, m);
            }
            w_.end_object();
        }
        w_.end_array();
    }

    // An object whose members are lists of items (safety, plan).
    void lists(const json::Value &object) {
        w_.begin_object();
        for (json::Value m = object.first_child(); m.valid(); m = m.next_sibling()) {
            w_.key(m.key());
            if (m.is_array()) items(m, false);
            else json::copy_value(w_, m);
        }
        w_.end_object();
    }

    void household(const json::Value &h) {
        w_.begin_object();
        for (json::Value m = h.first_child(); m.valid(); m = m.next_sibling()) {
            w_.key(m.key());
            if (m.key() != "members") {
                json::copy_value(w_, m);
                continue;
            }
            w_.begin_array();
            for (json::Value member = m.first_child(); member.valid(); member = member.next_sibling()) {
                if (access_.member_visible(member.find("id").as_string())) json::copy_value(w_, member);
                else ++withheld;
            }
            w_.end_array();
        }
        w_.end_object();
    }

private:
    json::Writer &w_;
    const Access &access_;
};

}  // namespace

size_t write_view(json::Writer &w, const json::Document &dossier, const Access &access) {
    if (access.everything()) {
        json::copy_value(w, dossier.root());
        return 0;
    }
    ViewWriter v(w, access);
    w.begin_object();
    for (json::Value m = dossier.root().first_child(); m.valid(); m = m.next_sibling()) {
        const std::string_view key = m.key();
        w.key(key);
        if (key == "household") v.household(m);
        else if (key == "safety" || key == "plan") v.lists(m);
        else if (key == "concerns") v.items(m, true);
        else if (m.is_array() && key != "professionals") v.items(m, false);
        else json::copy_value(w, m);
    }
    w.end_object();
    return v.withheld;
}

}  // namespace helder::store
