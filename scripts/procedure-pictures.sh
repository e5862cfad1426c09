#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Draws the shipped procedure specifications with Debian's graphviz into docs/ (the pictures
# docs/procedure.md shows): docs/procedure-law.svg and docs/procedure-toekomstscenario.svg.
# Installs graphviz when `dot` is missing, as scripts/setup.sh installs packages.
# Usage: scripts/procedure-pictures.sh [BUILD_DIR] (default build/dev; the helder tool must be built)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
helder=$build/tools/helder
[ -x "$helder" ] || { echo "procedure-pictures: build the helder tool first ($helder)" >&2; exit 1; }

if ! command -v dot >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "procedure-pictures: run as root or install sudo" >&2; exit 1; }
    sudo=sudo
  fi
  echo "procedure-pictures: installing graphviz"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends graphviz
fi

for spec in law toekomstscenario; do
  "$helder" procedure dot "$spec" | dot -Tsvg > "docs/procedure-$spec.svg.tmp"
  mv "docs/procedure-$spec.svg.tmp" "docs/procedure-$spec.svg"
  echo "procedure-pictures: docs/procedure-$spec.svg ($(dot -V 2>&1))"
done
