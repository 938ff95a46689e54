#!/usr/bin/env bash
# The browser test: examples/browser, built from the packages, driven in Debian's headless Chromium
# (playwright-core) against the cloud OS_CLOUD names or the running local cloud, whose CORS allows
# the page's origin (tooling/cloud/up.sh). Installs Debian's chromium when it is missing (root).
# Reports go to $TEST_REPORT_DIR (default .test-reports/): browser.json (Jest's JSON) and the
# screenshots browser.png and browser-auth-error.png; the last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${TEST_REPORT_DIR:-.test-reports}
mkdir -p "$out"
export TEST_REPORT_DIR=$out
if [[ ! -x ${CHROMIUM_PATH:-/usr/bin/chromium} ]]; then
  echo "== installing Debian's chromium (log: $out/chromium-install.log)"
  export DEBIAN_FRONTEND=noninteractive
  get_chromium() { apt-get install -y -q chromium >>"$out/chromium-install.log" 2>&1; }
  # A fresh machine has no package lists yet.
  get_chromium || { apt-get update -qq >>"$out/chromium-install.log" 2>&1 && get_chromium; } || {
    tail -n 30 "$out/chromium-install.log"; echo "chromium could not be installed"; echo "0 passed, 1 failed"; exit 1; }
fi
{ node_modules/.bin/tsc -b && node tooling/scripts/bundle.mjs; } || { echo "0 passed, 1 failed"; exit 1; }
node --experimental-vm-modules --disable-warning=ExperimentalWarning node_modules/jest/bin/jest.js \
  -c jest.browser.config.js --json --outputFile="$out/browser.json"
tests=$?
node tooling/scripts/count-tests.mjs "$out/browser.json"
counted=$?
[[ $tests == 0 && $counted == 0 ]]
