#!/usr/bin/env bash
# All the tests: unit tests, then acceptance tests against real services — the cloud OS_CLOUD
# names, or else the local cloud, started here when it is not running (tooling/cloud, needs root).
# Reports go to $TEST_REPORT_DIR (default .test-reports/); the last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${TEST_REPORT_DIR:-.test-reports}
# Only this script's own reports are removed: others may share the folder (.ci/run's runtime matrix).
mkdir -p "$out" && rm -f "$out"/{unit,acceptance,expiry}.json "$out"/leftovers.txt
jest() { node --experimental-vm-modules --disable-warning=ExperimentalWarning node_modules/jest/bin/jest.js "$@"; }

echo "== unit tests"
jest --json --outputFile="$out/unit.json"
unit=$?

acceptance=0
if [[ -z ${OS_CLOUD:-} ]]; then
  if ! bash tooling/cloud/status.sh >/dev/null 2>&1; then
    echo "== starting the local cloud (tooling/cloud/up.sh)"
    # one line per step; the services' own output goes to the log files it names
    bash tooling/cloud/up.sh || acceptance=1
  fi
fi
if [[ $acceptance == 0 ]]; then
  echo "== acceptance tests"
  node_modules/.bin/tsc -b && node tooling/scripts/bundle.mjs && OSTS_LEFTOVERS_FILE="$out/leftovers.txt" \
    jest -c jest.acceptance.config.js --json --outputFile="$out/acceptance.json"
  acceptance=$?
fi

# Token expiry needs short-lived tokens: on the local cloud only, restart Keystone with 60 s tokens
# for that one test file, then restore the default lifetime.
expiry=0
if [[ $acceptance == 0 && -z ${OS_CLOUD:-} ]]; then
  echo "== token expiry (Keystone restarted with 60 s tokens)"
  if bash tooling/cloud/restart-keystone.sh 60 > "$out/keystone-short.log" 2>&1; then
    OSTS_TOKEN_LIFETIME=60 jest -c jest.acceptance.config.js --json --outputFile="$out/expiry.json" packages/identity/acceptance/token-expiry
    expiry=$?
  else
    tail -n 60 "$out/keystone-short.log"; expiry=1
  fi
  bash tooling/cloud/restart-keystone.sh > "$out/keystone-restore.log" 2>&1 || { tail -n 60 "$out/keystone-restore.log"; expiry=1; }
fi

reports=("$out/unit.json")
[[ -f $out/acceptance.json ]] && reports+=("$out/acceptance.json")
[[ -f $out/expiry.json ]] && reports+=("$out/expiry.json")
node tooling/scripts/count-tests.mjs "${reports[@]}"
counted=$?
[[ $unit == 0 && $acceptance == 0 && $expiry == 0 && $counted == 0 ]]
