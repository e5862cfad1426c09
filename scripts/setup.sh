#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs the Debian packages helder needs to build, test and benchmark (only the missing ones).
# Usage: scripts/setup.sh            everything
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config libicu-dev icu-devtools libhunspell-dev libsqlite3-dev
  # data: Debian's Dutch Hunspell dictionary
  hunspell hunspell-nl
  # tests
  googletest libgtest-dev libcmocka-dev abigail-tools clang libclang-rt-14-dev python3 python3-jsonschema
  perl bsdutils sqlite3
  # known answers: NIST's SHA-256 vectors (tests/internal/sha256_test.cc)
  python3-cryptography-vectors
  # benchmarks and their peers
  libbenchmark-dev ucto
  # the pictures of the procedure in docs/ (scripts/procedure-pictures.sh)
  graphviz
  # the API reference (target api_docs: Doxygen HTML from the public headers)
  doxygen
  # the examples read helder's JSON answers as a vendor's program would: Jansson (C), nlohmann/json (C++)
  libjansson-dev nlohmann-json3-dev
  # the vendor guide's C# and Java declarations, compiled and called (tests/docs/vendor_guide_bindings_test.sh)
  default-jdk-headless libjna-java mono-mcs
  # WebAssembly: Emscripten, and what building ICU, Hunspell and SQLite from source needs
  emscripten tcl make dpkg-dev xz-utils
  # the web page's browser tests (scripts/web-test.sh): Debian's Chromium, driven by playwright-core
  chromium
)

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive

install_missing() {
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Node.js and npm: the machine's own when present (Emscripten and the npm package need them),
# otherwise Debian's.
install_node() {
  echo "setup: installing nodejs and npm"
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends nodejs npm
}

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all Debian packages present"
else
  install_missing
fi
command -v node >/dev/null && command -v npm >/dev/null || install_node

