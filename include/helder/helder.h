/* SPDX-License-Identifier: EUPL-1.2 */
/**
 * @file
 * helder — the whole public API. Include this one header.
 *
 * helder is an embeddable library for the Dutch Toekomstscenario kind- en gezinsbescherming:
 * plain-language checking of Dutch text (text.h), the family dossier (dossier.h), its store
 * (store.h), the procedure's legal deadlines (procedure.h) and the letters a family can send
 * (letter.h). Everything not declared under include/helder/ is internal and may change without
 * notice. See docs/ for the conventions.
 */
#ifndef HELDER_H
#define HELDER_H

#include "helder/version.h"
#include "helder/common.h"
#include "helder/text.h"
#include "helder/dossier.h"
#include "helder/procedure.h"
#include "helder/letter.h"
#include "helder/store.h"

#endif /* HELDER_H */
