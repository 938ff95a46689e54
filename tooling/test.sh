#!/usr/bin/env bash
# All the tests: unit tests, then acceptance tests against real services — the cloud OS_CLOUD
# names, or else the local cloud, started here when it is not running (tooling/cloud, needs root).
# Reports go to $TEST_REPORT_DIR (default .test-reports/); the last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${TEST_REPORT_DIR:-.test-reports}
rm -rf "$out" && mkdir -p "$out"
jest() { node --experimental-vm-modules --disable-warning=ExperimentalWarning node_modules/jest/bin/jest.js "$@"; }

echo "== unit tests"
jest --json --outputFile="$out/unit.json"
unit=$?

acceptance=0
if [[ -z ${OS_CLOUD:-} ]]; then
  if ! bash tooling/cloud/status.sh >/dev/null 2>&1; then
    echo "== starting the local cloud (tooling/cloud/up.sh)"
    bash tooling/cloud/up.sh > "$out/cloud-up.log" 2>&1 || { tail -n 200 "$out/cloud-up.log"; acceptance=1; }
    tail -n 1 "$out/cloud-up.log"
  fi
fi
if [[ $acceptance == 0 ]]; then
  echo "== acceptance tests"
  node_modules/.bin/tsc -b && OSTS_LEFTOVERS_FILE="$out/leftovers.txt" \
    jest -c jest.acceptance.config.js --json --outputFile="$out/acceptance.json"
  acceptance=$?
fi

reports=("$out/unit.json")
[[ -f $out/acceptance.json ]] && reports+=("$out/acceptance.json")
node tooling/scripts/count-tests.mjs "${reports[@]}"
counted=$?
[[ $unit == 0 && $acceptance == 0 && $counted == 0 ]]
