#!/usr/bin/env bash
# Makes a fresh clone ready: installs pnpm at the version pinned in package.json (when missing or
# different) and the workspace's dependencies (when the lockfile changed since the last install).
# Safe to run before every command; it does nothing when everything is in place. It prints one line
# per thing it does (on stderr); npm's and pnpm's own output goes to .bootstrap.log, whose tail is
# printed when they fail.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log="$root/.bootstrap.log"

# run TITLE COMMAND...: "bootstrap: TITLE … done (Ns)", the command's output in the log (which
# holds this run's commands only)
fresh=1
run() {
  local title=$1 t0=$SECONDS; shift
  printf 'bootstrap: %s … ' "$title" >&2
  if [ "$fresh" = 1 ]; then : >"$log"; fresh=0; fi
  printf '[%(%F %T)T] ---- %s\n' -1 "$*" >>"$log"
  if "$@" >>"$log" 2>&1 </dev/null; then
    printf 'done (%ss)\n' $((SECONDS - t0)) >&2
  else
    local code=$?
    printf 'FAILED (%ss)\n' $((SECONDS - t0)) >&2
    echo "bootstrap: \`$*\` failed (exit $code); last 40 lines of $log:" >&2
    tail -n 40 "$log" >&2
    exit "$code"
  fi
}

want="$(node -p "require('./package.json').packageManager.split('@')[1]")"
have="$(pnpm --version 2>/dev/null || true)"
if [ "$have" != "$want" ]; then
  run "installing pnpm $want (found: ${have:-none}; log: .bootstrap.log)" \
    npm install --global --allow-scripts=pnpm --no-fund --no-audit "pnpm@$want"
  hash -r
fi

stamp="node_modules/.modules.yaml"
if [ ! -f "$stamp" ] || [ pnpm-lock.yaml -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  run "installing the dependencies (pnpm install --frozen-lockfile; log: .bootstrap.log)" \
    pnpm install --frozen-lockfile --reporter=append-only
  touch "$stamp"
fi
