# SPDX-License-Identifier: EUPL-1.2
# ICU, Hunspell and SQLite as one target, helder::deps: Debian's libraries natively, and in the
# WebAssembly build the static libraries that scripts/wasm-deps.sh compiled from Debian's source
# packages (folder given as HELDER_WASM_DEPS).
add_library(helder_deps INTERFACE)
add_library(helder::deps ALIAS helder_deps)
set_target_properties(helder_deps PROPERTIES EXPORT_NAME deps)
if(EMSCRIPTEN)
  set(HELDER_WASM_DEPS "$ENV{HELDER_WASM_DEPS}" CACHE PATH "Output folder of scripts/wasm-deps.sh")
  if(NOT EXISTS "${HELDER_WASM_DEPS}/.complete")
    message(FATAL_ERROR "HELDER_WASM_DEPS (${HELDER_WASM_DEPS}) is not a finished scripts/wasm-deps.sh build")
  endif()
  target_include_directories(helder_deps SYSTEM INTERFACE ${HELDER_WASM_DEPS}/include)
  target_compile_definitions(helder_deps INTERFACE U_STATIC_IMPLEMENTATION HUNSPELL_STATIC)
  target_link_libraries(helder_deps INTERFACE
    ${HELDER_WASM_DEPS}/lib/libhunspell.a ${HELDER_WASM_DEPS}/lib/libicuuc.a ${HELDER_WASM_DEPS}/lib/libicudata.a
    ${HELDER_WASM_DEPS}/lib/libsqlite3.a)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc)
  pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
  pkg_check_modules(SQLITE REQUIRED IMPORTED_TARGET sqlite3)
  target_link_libraries(helder_deps INTERFACE PkgConfig::ICU PkgConfig::HUNSPELL PkgConfig::SQLITE)
endif()
