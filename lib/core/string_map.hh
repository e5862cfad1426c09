// SPDX-License-Identifier: EUPL-1.2
// A hash map from strings to small values that is looked up by string_view without
// allocating: the per-word lookups of a text check go through it. A map can also be read in place
// from an image built at build time (core/image.hh); it copies itself on its first change.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/image.hh"

namespace helder {

template <class V>
class StringMap {
public:
    // Inserts key if absent; returns the stored value either way.
    V &operator[](std::string_view key) {
        own();
        if ((count_ + 1) * 4 >= slots_.size() * 3) grow();
        const auto h = static_cast<uint32_t>(hash(key));
        size_t i = h & (slots_.size() - 1);
        for (;; i = (i + 1) & (slots_.size() - 1)) {
            Slot &s = slots_[i];
            if (s.used == 0) {
                s.used = 1;
                s.hash = h;
                s.key_offset = static_cast<uint32_t>(keys_.size());
                s.key_len = static_cast<uint32_t>(key.size());
                keys_.append(key.data(), key.size());
                s.value = V();
                ++count_;
                return s.value;
            }
            if (s.hash == h && key_of(s) == key) return s.value;
        }
    }

    const V *find(std::string_view key) const {
        if (count_ == 0) return nullptr;
        const auto h = static_cast<uint32_t>(hash(key));
        const Slot *slots = slot_data();
        const size_t mask = slot_count() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot &s = slots[i];
            if (s.used == 0) return nullptr;
            if (s.hash == h && key_of(s) == key) return &s.value;
        }
    }

    size_t size() const { return count_; }

    // Makes room for n keys at once, so that filling the map does not grow it step by step.
    void reserve(size_t n) {
        own();
        size_t slots = slots_.empty() ? 64 : slots_.size();
        while (n * 4 >= slots * 3) slots *= 2;
        if (slots != slots_.size()) rehash(slots);
        keys_.reserve(n * kTypicalKeyBytes);
    }

    template <class F>
    void for_each(F f) const {
        for (size_t i = 0; i < slot_count(); ++i)
            if (slot_data()[i].used) f(key_of(slot_data()[i]), slot_data()[i].value);
    }

    void write_image(image::Writer &out) const {
        out.u64(count_);
        out.array(slot_data(), slot_count());
        out.string(keys());
    }
    // A map that reads the image where it lies: the image must outlive it.
    static StringMap from_image(image::Reader &in) {
        StringMap m;
        m.count_ = in.u64();
        m.view_slots_ = in.array<Slot>(m.view_slot_count_);
        m.view_keys_ = in.string();
        const size_t n = m.view_slot_count_;
        if (n == 0 || (n & (n - 1)) != 0 || m.count_ >= n) throw Failure(HELDER_E_INTERNAL, "the built-in lexicon image is malformed");
        return m;
    }

    // FNV-1a over 8-byte blocks then bytes, finished with a mix: fast for short words.
    static uint64_t hash(std::string_view key) {
        uint64_t h = 0xcbf29ce484222325ULL ^ key.size();
        size_t i = 0;
        for (; i + 8 <= key.size(); i += 8) {
            uint64_t block = 0;
            for (int k = 0; k < 8; ++k) block |= static_cast<uint64_t>(static_cast<unsigned char>(key[i + k])) << (8 * k);
            h = (h ^ block) * 0x100000001b3ULL;
            h ^= h >> 29;
        }
        for (; i < key.size(); ++i) h = (h ^ static_cast<unsigned char>(key[i])) * 0x100000001b3ULL;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        return h;
    }

private:
    // 32 bytes for the lexicon's words: the slots are most of the memory a context touches at start.
    struct Slot {
        uint32_t hash = 0;  // the low half of hash(key): enough to place and to compare first
        uint32_t key_offset = 0, key_len = 0;
        uint32_t used = 0;  // a whole word, so that a slot has no padding (core/image.hh)
        V value{};
    };

    const Slot *slot_data() const { return view_slots_ ? view_slots_ : slots_.data(); }
    size_t slot_count() const { return view_slots_ ? view_slot_count_ : slots_.size(); }
    std::string_view keys() const { return view_slots_ ? view_keys_ : std::string_view(keys_); }
    std::string_view key_of(const Slot &s) const { return keys().substr(s.key_offset, s.key_len); }

    // Before a change: a map read from an image becomes a copy of its own.
    void own() {
        if (!view_slots_) return;
        slots_.assign(view_slots_, view_slots_ + view_slot_count_);
        keys_.assign(view_keys_);
        view_slots_ = nullptr;
        view_slot_count_ = 0;
        view_keys_ = {};
    }

    void grow() { rehash(slots_.empty() ? 64 : slots_.size() * 2); }

    void rehash(size_t slots) {
        std::vector<Slot> old;
        old.swap(slots_);
        slots_.resize(slots);
        for (const Slot &s : old) {
            if (!s.used) continue;
            size_t i = s.hash & (slots_.size() - 1);
            while (slots_[i].used) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = s;
        }
    }

    static constexpr size_t kTypicalKeyBytes = 12;  // a Dutch word form, on average a little less
    std::vector<Slot> slots_;
    std::string keys_;
    size_t count_ = 0;
    // Set while the map reads an image in place.
    const Slot *view_slots_ = nullptr;
    size_t view_slot_count_ = 0;
    std::string_view view_keys_;
};

}  // namespace helder
