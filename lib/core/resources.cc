// SPDX-License-Identifier: EUPL-1.2
#include "core/resources.hh"

#include <string>

#include "core/result.hh"

namespace helder::resources {

struct Embedded {
    const char *name;
    const unsigned char *data;
    unsigned long size;
};
const Embedded *embedded_table(unsigned long *count);

std::string_view get(std::string_view name) {
    unsigned long count = 0;
    const Embedded *table = embedded_table(&count);
    for (unsigned long i = 0; i < count; ++i)
        if (name == table[i].name)
            return std::string_view(reinterpret_cast<const char *>(table[i].data), table[i].size);
    throw Failure(HELDER_E_NOT_FOUND, "embedded resource not found: " + std::string(name));
}

}  // namespace helder::resources
