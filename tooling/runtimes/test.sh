#!/usr/bin/env bash
# Every runtime (`pnpm test:runtimes`): the unit tests on Node 20.19 (the engines floor), 22 and 24,
# then the runtime smoke suite on Node 20, 22, 24, Bun and Deno against a real cloud: the one
# OS_CLOUD names, or else the local cloud, started here when it is not running (tooling/cloud, needs
# root). The runtimes come from the npm registry (tooling/runtimes/package.json). Reports go to
# $TEST_REPORT_DIR (default .test-reports/runtimes/); the last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export TEST_REPORT_DIR=${TEST_REPORT_DIR:-.test-reports/runtimes}
rm -f "$TEST_REPORT_DIR"/unit-node*.json "$TEST_REPORT_DIR"/smoke-*.json
bash tooling/bootstrap.sh && node_modules/.bin/tsc -b && node tooling/scripts/bundle.mjs || exit 1

echo "== unit tests on each Node"
bash tooling/runtimes/run-unit.sh 20 22 24
unit=$?

smoke=0
if [[ -z ${OS_CLOUD:-} ]] && ! bash tooling/cloud/status.sh >/dev/null 2>&1; then
  echo "== starting the local cloud (tooling/cloud/up.sh)"
  bash tooling/cloud/up.sh || smoke=1  # one line per step; the services' output goes to the logs it names
fi
if [[ $smoke == 0 ]]; then
  echo "== runtime smoke suite"
  node tooling/runtimes/smoke-run.mjs
  smoke=$?
fi

node tooling/scripts/count-tests.mjs "$TEST_REPORT_DIR"/unit-node*.json "$TEST_REPORT_DIR"/smoke-*.json
counted=$?
[[ $unit == 0 && $smoke == 0 && $counted == 0 ]]
