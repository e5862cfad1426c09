#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Tests the web page (web-demo/) in Debian's Chromium through playwright-core: scripted journeys,
# the keyboard, requests to other origins, the quick exit, forget everything, axe-core (WCAG 2.2 AA),
# every Dutch text of the page through helder's own B1 check, and the npm package in a Vite app
# (test/vite.test.mjs: a production build and the dev server). Screenshots: web-demo/test-output/.
# Needs: the npm package in wasm/dist (scripts/wasm-build.sh; or HELDER_WASM_DIST=DIR), chromium
# (scripts/setup.sh), and web-demo's node_modules (installed here with npm ci when missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/web-build.sh"
cd "$root/web-demo"
[ -x /usr/bin/chromium ] || [ -n "${CHROMIUM:-}" ] || { echo "web-test: /usr/bin/chromium is missing: run scripts/setup.sh" >&2; exit 1; }
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
  npm ci --no-audit --no-fund
fi

log="$(mktemp)"
node tools/serve.mjs >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q '^http://' "$log" && break; sleep 0.1; done
url="$(grep -m1 '^http://' "$log")" || { echo "web-test: the static server did not start" >&2; cat "$log" >&2; exit 1; }
echo "web-test: serving web-demo/ at $url"
WEB_DEMO_URL="$url" node --test --test-concurrency=1 test/*.test.mjs
