# SPDX-License-Identifier: EUPL-1.2
# Debian packages with cpack -G DEB, one for each install component, named as Debian names
# libraries: libhelder1 (the shared library), libhelder-dev (headers, development link, static
# library, pkg-config and CMake files, schemas) and helder-tools (the helder tool and its man page).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME helder)
set(CPACK_PACKAGE_VENDOR "helder")
# Whoever builds the packages for distribution sets their own address.
set(HELDER_PACKAGE_MAINTAINER "helder maintainers <maintainers@helder.invalid>" CACHE STRING
    "Maintainer field of the Debian packages")
set(CPACK_PACKAGE_CONTACT "${HELDER_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEB_COMPONENT_INSTALL ON)
# Each package's first description line is its own synopsis: CPackDeb puts a common summary before
# it unless the summary is CPack's default, so the default is what it gets.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_COMPONENTS_ALL runtime dev tools)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Dependencies of the shared library and the tool from the ELF files themselves (dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The tool links libhelder.so.1 of the runtime package: dpkg-shlibdeps finds it in the build.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${PROJECT_BINARY_DIR}/lib)
# Stripped, as Debian ships binaries (the debug information belongs in a -dbgsym package).
set(CPACK_STRIP_FILES ON)
# The runtime's shlibs file (packages built against libhelder depend on this version or later)
# and an ldconfig trigger, as Debian policy asks, instead of CPack's ldconfig maintainer scripts.
set(HELDER_DEB_CONTROL ${PROJECT_BINARY_DIR}/deb-control)
file(WRITE ${HELDER_DEB_CONTROL}/shlibs "libhelder ${HELDER_SOVERSION} libhelder${HELDER_SOVERSION} (>= ${PROJECT_VERSION})\n")
file(WRITE ${HELDER_DEB_CONTROL}/triggers "activate-noawait ldconfig\n")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_EXTRA ${HELDER_DEB_CONTROL}/shlibs ${HELDER_DEB_CONTROL}/triggers)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME libhelder${HELDER_SOVERSION})
# The spelling check uses Debian's Dutch dictionary when it is there ({"dictionary":"system"}).
set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS hunspell-nl)
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION "library for Dutch child and family protection
libhelder checks Dutch texts for plain language (B1), validates and stores the
shared family dossier, and follows the legal-protection procedure with its
deadlines and each party's rights, through a stable C ABI.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libhelder-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
    "libhelder${HELDER_SOVERSION} (= ${PROJECT_VERSION}), libicu-dev, libhunspell-dev, libsqlite3-dev, pkgconf | pkg-config")
set(CPACK_DEBIAN_DEV_DESCRIPTION "library for Dutch child and family protection - development files
Headers, the development link, the static library, the pkg-config and CMake
package files, and the JSON schemas of the requests and reports of libhelder.")

set(CPACK_DEBIAN_TOOLS_PACKAGE_NAME helder-tools)
set(CPACK_DEBIAN_TOOLS_PACKAGE_SECTION text)
set(CPACK_DEBIAN_TOOLS_PACKAGE_DEPENDS "libhelder${HELDER_SOVERSION} (= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_TOOLS_DESCRIPTION "check Dutch texts for plain language, validate family dossiers
The helder command checks Dutch texts for plain language, validates family
dossiers and computes the legal deadlines of the child-protection procedure.")
# Each package's copyright file and changelog, as Debian packages have them.
set(HELDER_DEB_DOCS ${PROJECT_BINARY_DIR}/deb-docs)
add_custom_command(OUTPUT ${HELDER_DEB_DOCS}/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${HELDER_DEB_DOCS}
  COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/CHANGELOG.md > ${HELDER_DEB_DOCS}/changelog.gz
  DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md VERBATIM)
add_custom_target(helder_deb_docs ALL DEPENDS ${HELDER_DEB_DOCS}/changelog.gz)
foreach(component runtime dev tools)
  string(TOUPPER ${component} upper)
  set(package ${CPACK_DEBIAN_${upper}_PACKAGE_NAME})
  install(FILES ${PROJECT_SOURCE_DIR}/cmake/templates/copyright ${HELDER_DEB_DOCS}/changelog.gz
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()

include(CPack)
