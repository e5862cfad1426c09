# SPDX-License-Identifier: EUPL-1.2
# What `cmake --install` puts into a prefix, laid out as Debian libraries are (GNUInstallDirs):
# the public headers, libhelder.so.1 with its development link, libhelder.a, helder.pc, the CMake
# package (find_package(helder) gives helder::helder and helder::helder_static), the helder tool
# and its man page, and the published JSON schemas under share/helder/schemas. The components are
# the Debian packages cpack makes (cmake/HelderPackage.cmake): runtime, dev and tools.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(HELDER_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/helder)

install(TARGETS helder EXPORT helderTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_COMPONENT dev)
install(TARGETS helder_static helder_deps EXPORT helderTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev)
file(GLOB HELDER_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/helder/*.h ${PROJECT_SOURCE_DIR}/include/helder/*.hpp)
install(FILES ${HELDER_PUBLIC_HEADERS} ${PROJECT_BINARY_DIR}/include/helder/version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/helder COMPONENT dev)
file(GLOB HELDER_SCHEMAS ${PROJECT_SOURCE_DIR}/lib/data/schemas/*.schema.json)
install(FILES ${HELDER_SCHEMAS} DESTINATION ${CMAKE_INSTALL_DATADIR}/helder/schemas COMPONENT dev)

install(EXPORT helderTargets NAMESPACE helder:: DESTINATION ${HELDER_CMAKE_DIR} COMPONENT dev)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/templates/helderConfig.cmake.in
  ${PROJECT_BINARY_DIR}/helderConfig.cmake INSTALL_DESTINATION ${HELDER_CMAKE_DIR})
# Same major version: the ABI is stable within a SOVERSION (docs/api-stability.md).
write_basic_package_version_file(${PROJECT_BINARY_DIR}/helderConfigVersion.cmake COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/helderConfig.cmake ${PROJECT_BINARY_DIR}/helderConfigVersion.cmake
  DESTINATION ${HELDER_CMAKE_DIR} COMPONENT dev)

file(RELATIVE_PATH HELDER_PC_TO_PREFIX /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
# ICU, Hunspell and SQLite are in no public header, so helder.pc names only their libraries, for a
# static link, and not the packages: Requires.private would add their include paths (Hunspell's
# /usr/include/hunspell) to every consumer's --cflags.
set(HELDER_PC_LIBS_PRIVATE ${HUNSPELL_STATIC_LDFLAGS} ${ICU_STATIC_LDFLAGS} ${SQLITE_STATIC_LDFLAGS})
list(REMOVE_DUPLICATES HELDER_PC_LIBS_PRIVATE)
list(APPEND HELDER_PC_LIBS_PRIVATE -lstdc++ -lm)
list(JOIN HELDER_PC_LIBS_PRIVATE " " HELDER_PC_LIBS_PRIVATE)
configure_file(${PROJECT_SOURCE_DIR}/cmake/templates/helder.pc.in ${PROJECT_BINARY_DIR}/helder.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/helder.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)

if(HELDER_BUILD_TOOLS)
  install(TARGETS helder_tool RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tools)
  # Compressed, as man pages are installed on Debian.
  add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/man/helder.1.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
    COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/tools/helder.1 > ${PROJECT_BINARY_DIR}/man/helder.1.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/tools/helder.1 VERBATIM)
  add_custom_target(helder_man ALL DEPENDS ${PROJECT_BINARY_DIR}/man/helder.1.gz)
  install(FILES ${PROJECT_BINARY_DIR}/man/helder.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT tools)
endif()
