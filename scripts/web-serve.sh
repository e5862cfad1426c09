#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Serves the web page (web-demo/, "Mijn rechten") on a local port and prints its address; Ctrl-C
# stops it. The page is static files: any static server that sends .mjs as JavaScript and .wasm as
# application/wasm will do; this one is web-demo/tools/serve.mjs (Node, no dependencies).
# Usage: scripts/web-serve.sh [PORT]      (default 8080; 0 takes a free port)
#   HELDER_WASM_DIST=DIR   take the npm package from DIR instead of wasm/dist (see scripts/web-build.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/web-build.sh"
port="${1:-${HELDER_WEB_PORT:-8080}}"
echo "web-serve: the page is at the address below (on this machine only); Ctrl-C stops the server."
exec node "$root/web-demo/tools/serve.mjs" --port "$port" --root "$root/web-demo"
