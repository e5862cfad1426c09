// SPDX-License-Identifier: EUPL-1.2
// What the procedure fuzz targets written against lib/procedure/ (C++, the private headers) share:
// the legal facts, rights and shipped specifications, loaded once, and an invariant check that
// aborts like FUZZ_ASSERT in fuzz_support.h, so that libFuzzer and the replay driver report it.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "procedure/procedures.hh"
#include "dossier/dossier_model.hh"

#define PROCEDURE_FUZZ_ASSERT(cond)                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);      \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

namespace procedure_fuzz {

inline const helder::procedure::Procedures &procedures() {
    static const helder::dossier::DossierModel model;
    static const helder::procedure::Procedures p(model.law());
    return p;
}

}  // namespace procedure_fuzz
