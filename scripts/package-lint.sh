#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs lintian on the Debian packages cpack makes from a build (default build/dev); exits 1 when
# lintian reports an error. Not part of the test command (lintian is slow and large): run it before
# a release. Installs lintian when it is missing.
# Usage: scripts/package-lint.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/dev}"
if ! command -v lintian >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends lintian
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cmake --build "$build" >/dev/null
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >/dev/null
report="$(lintian --allow-root "$out"/*.deb || true)"
echo "${report:-lintian: no tags}"
if grep -q '^E: ' <<<"$report"; then exit 1; fi
