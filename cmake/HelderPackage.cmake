# Debian packages with cpack -G DEB, one for each install component, named as Debian names
# libraries: libhelder1 (the shared library), libhelder-dev (headers, development link, static
# library, pkg-config and CMake files, schemas) and helder-tools (the helder tool and its man page).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME helder)
set(CPACK_PACKAGE_VENDOR "helder")
set(CPACK_PACKAGE_CONTACT "helder maintainers <helder@localhost>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEB_COMPONENT_INSTALL ON)
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
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME libhelder${HELDER_SOVERSION})
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "${PROJECT_DESCRIPTION} (shared library)
 libhelder checks Dutch texts for plain language, validates and stores the
 shared family dossier, and follows the legal-protection procedure, through a
 stable C ABI.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libhelder-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
    "libhelder${HELDER_SOVERSION} (= ${PROJECT_VERSION}), libicu-dev, libhunspell-dev, libsqlite3-dev, pkgconf | pkg-config")
set(CPACK_COMPONENT_DEV_DESCRIPTION "${PROJECT_DESCRIPTION} (development files)
 Headers, the development link, the static library, pkg-config and CMake
 package files, and the JSON schemas of the requests and reports.")

set(CPACK_DEBIAN_TOOLS_PACKAGE_NAME helder-tools)
set(CPACK_DEBIAN_TOOLS_PACKAGE_SECTION text)
set(CPACK_DEBIAN_TOOLS_PACKAGE_DEPENDS "libhelder${HELDER_SOVERSION} (= ${PROJECT_VERSION})")
set(CPACK_COMPONENT_TOOLS_DESCRIPTION "${PROJECT_DESCRIPTION} (command-line tool)
 The helder command checks texts, validates dossiers and computes legal
 deadlines of the procedure.")
include(CPack)
