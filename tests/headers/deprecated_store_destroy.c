/* SPDX-License-Identifier: EUPL-1.2 */
/* Calls the deprecated helder_store_destroy: with -Werror this must not compile (the warning names
 * the replacement), and with HELDER_NO_DEPRECATION_WARNINGS it must (tests/headers/CMakeLists.txt). */
#include "helder/helder.h"

helder_status call_old_name(helder_store *store) { return helder_store_destroy(store, "{}", 2, NULL, NULL); }
