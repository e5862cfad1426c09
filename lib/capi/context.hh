// What a helder_ctx is: the C handle is this C++ object (the HarfBuzz pattern).
#pragma once

#include <memory>

#include "access/policy.hh"
#include "dossier/dossier_model.hh"
#include "letters/letters.hh"
#include "procedure/procedures.hh"
#include "text/text_model.hh"

struct helder_ctx {
    std::unique_ptr<helder::text::TextModel> text;
    std::unique_ptr<helder::dossier::DossierModel> dossier;
    std::unique_ptr<helder::access::Policy> access;  // reads dossier->law()
    std::unique_ptr<helder::procedure::Procedures> procedures;  // reads dossier->law()
    std::unique_ptr<helder::letters::Letters> letters;          // reads procedures' facts, rights and parties
};
