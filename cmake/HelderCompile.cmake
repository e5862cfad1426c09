# SPDX-License-Identifier: EUPL-1.2
# Compiler settings shared by every target of the project.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
                    $<$<COMPILE_LANGUAGE:CXX>:-Wnon-virtual-dtor>)
# Same floating-point results natively and in WebAssembly: no fused multiply-add.
add_compile_options(-ffp-contract=off)

if(HELDER_BUILD_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang" OR NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "HELDER_BUILD_FUZZ needs clang for C and C++ (libFuzzer): use the preset \"fuzz\"")
  endif()
  # The library is compiled with libFuzzer's coverage instrumentation (lib/CMakeLists.txt);
  # the fuzz targets link libFuzzer (tests/fuzz/CMakeLists.txt). docs/fuzzing.md.
endif()

if(HELDER_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()

# Embeds files below BASE into a generated C++ source and adds it to TARGET.
function(helder_embed target base)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded_data.cc)
  string(REPLACE ";" "|" files_arg "${ARGN}")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DBASE=${base} "-DFILES=${files_arg}"
            -P ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
    DEPENDS ${ARGN} ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
    COMMENT "Embedding data files"
    VERBATIM)
  target_sources(${target} PRIVATE ${output})
endfunction()
