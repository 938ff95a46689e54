#!/usr/bin/env bash
# Makes a fresh clone ready: installs pnpm at the version pinned in package.json (when missing or
# different) and the workspace's dependencies (when the lockfile changed since the last install).
# Safe to run before every command; it does nothing when everything is in place.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

want="$(node -p "require('./package.json').packageManager.split('@')[1]")"
have="$(pnpm --version 2>/dev/null || true)"
if [ "$have" != "$want" ]; then
  echo "bootstrap: installing pnpm $want (found: ${have:-none})" >&2
  npm install --global --allow-scripts=pnpm --no-fund --no-audit "pnpm@$want" >&2
  hash -r
fi

stamp="node_modules/.modules.yaml"
if [ ! -f "$stamp" ] || [ pnpm-lock.yaml -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "bootstrap: pnpm install --frozen-lockfile" >&2
  pnpm install --frozen-lockfile --reporter=append-only >&2
  touch "$stamp"
fi
