#!/usr/bin/env bash
# Restarts only the local cloud's Keystone, with the token lifetime given in seconds (default
# Keystone's 3600). The token-expiry acceptance test runs against a short lifetime this way
# without shortening every other test's tokens.
set -euo pipefail
STATE=${OS_STATE_DIR:-/var/tmp/openstack-ts}
pidfile=$STATE/run/keystone.pid
if [[ -f $pidfile ]]; then
  pid=$(cat "$pidfile")
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$pidfile"
fi
OS_TOKEN_EXPIRATION=${1:-3600} OS_SKIP_INSTALL=1 bash "$(dirname "${BASH_SOURCE[0]}")/up.sh"
