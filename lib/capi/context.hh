// SPDX-License-Identifier: EUPL-1.2
// What a helder_ctx is: the C handle is this C++ object (the HarfBuzz pattern). Its models are
// built on first use (helder::Lazy, thread-safe): a caller that only asks about the procedure
// never builds the text checker's lexicons, and a text check never compiles the dossier schema.
#pragma once

#include <memory>
#include <utility>

#include "access/policy.hh"
#include "core/lazy.hh"
#include "dossier/dossier_model.hh"
#include "letters/letters.hh"
#include "procedure/procedures.hh"
#include "text/text_model.hh"

struct helder_ctx {
    // The options are checked before (helder::text::TextModel::parse_options): what is left to
    // fail when a model is built is a broken build or memory.
    explicit helder_ctx(helder::text::TextModelOptions text_options)
        : text([options = std::move(text_options)] { return std::make_unique<helder::text::TextModel>(options); }),
          dossier([] { return std::make_unique<helder::dossier::DossierModel>(); }),
          access([this] { return std::make_unique<helder::access::Policy>(dossier->law()); }),
          procedures([this] { return std::make_unique<helder::procedure::Procedures>(dossier->law()); }),
          letters([this] {
              const helder::procedure::Procedures &p = *procedures;
              return std::make_unique<helder::letters::Letters>(p.law(), p.rights(), p.parties());
          }) {}
    helder_ctx(const helder_ctx &) = delete;
    helder_ctx &operator=(const helder_ctx &) = delete;

    helder::Lazy<helder::text::TextModel> text;
    helder::Lazy<helder::dossier::DossierModel> dossier;
    helder::Lazy<helder::access::Policy> access;  // reads dossier->law()
    helder::Lazy<helder::procedure::Procedures> procedures;  // reads dossier->law()
    helder::Lazy<helder::letters::Letters> letters;          // reads procedures' facts, rights and parties
};
