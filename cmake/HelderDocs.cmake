# SPDX-License-Identifier: EUPL-1.2
# The API reference: Doxygen HTML from the public headers (docs/api/Doxyfile.in), built with
# everything else (target api_docs) when Doxygen is installed (scripts/setup.sh installs it).
# Doxygen's warnings are errors: an undocumented declaration, parameter or return value fails the
# build. The HTML is installed with the development files (share/doc/libhelder-dev/html, the
# libhelder-dev package's documentation folder).
find_package(Doxygen)
if(NOT DOXYGEN_FOUND)
  message(STATUS "Doxygen not found: no API reference (scripts/setup.sh installs doxygen)")
  return()
endif()

set(HELDER_API_DOCS_DIR ${PROJECT_BINARY_DIR}/docs/api)
configure_file(${PROJECT_SOURCE_DIR}/docs/api/Doxyfile.in ${HELDER_API_DOCS_DIR}/Doxyfile @ONLY)
file(GLOB HELDER_API_DOCS_INPUTS ${PROJECT_SOURCE_DIR}/include/helder/*.h ${PROJECT_SOURCE_DIR}/include/helder/*.hpp)
# The stamp is written only when Doxygen succeeds, so a failed run is run again by the next build.
add_custom_command(OUTPUT ${HELDER_API_DOCS_DIR}/html.stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${HELDER_API_DOCS_DIR}/html
  COMMAND Doxygen::doxygen ${HELDER_API_DOCS_DIR}/Doxyfile
  COMMAND ${CMAKE_COMMAND} -E touch ${HELDER_API_DOCS_DIR}/html.stamp
  DEPENDS ${HELDER_API_DOCS_INPUTS} ${PROJECT_BINARY_DIR}/include/helder/version.h ${HELDER_API_DOCS_DIR}/Doxyfile
          ${PROJECT_SOURCE_DIR}/docs/api/mainpage.md ${PROJECT_SOURCE_DIR}/docs/vendor-guide.md
  WORKING_DIRECTORY ${HELDER_API_DOCS_DIR}
  COMMENT "Writing the API reference with Doxygen (warnings are errors)"
  VERBATIM)
add_custom_target(api_docs ALL DEPENDS ${HELDER_API_DOCS_DIR}/html.stamp)

# OPTIONAL: a build of single targets (not ALL) may not have written it.
install(DIRECTORY ${HELDER_API_DOCS_DIR}/html/ DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/libhelder-dev/html COMPONENT dev
        OPTIONAL)
