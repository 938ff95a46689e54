#!/usr/bin/env bash
# Stop exactly the daemons that tooling/cloud/up.sh started, using its pid files.
# Each daemon was started with setsid, so its pid is also its process-group id:
# TERM the group, wait a little, then KILL what is left. OpenStack services
# go first (in parallel), then rabbitmq/epmd/mariadb. Data stays: up.sh restarts.
set -uo pipefail
STATE=${OS_STATE_DIR:-/var/tmp/openstack-ts}
RUN=$STATE/run
BACKEND="rabbitmq epmd mariadb"

alive() { kill -0 "$1" 2>/dev/null; }
# stop_group SECONDS NAME...: TERM all, wait up to SECONDS, KILL the rest
stop_group() {
  local secs=$1 n pid i; shift
  local -A pids=()
  for n in "$@"; do
    [[ -f $RUN/$n.pid ]] || continue
    pid=$(cat "$RUN/$n.pid")
    if alive "$pid"; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
      pids[$n]=$pid
    else
      rm -f "$RUN/$n.pid"
    fi
  done
  for ((i = 0; i < secs * 2; i++)); do
    for n in "${!pids[@]}"; do alive "${pids[$n]}" || { echo "stopped $n (${pids[$n]})"; rm -f "$RUN/$n.pid"; unset "pids[$n]"; }; done
    ((${#pids[@]})) || return 0
    sleep 0.5
  done
  for n in "${!pids[@]}"; do
    kill -KILL -- "-${pids[$n]}" 2>/dev/null || kill -KILL "${pids[$n]}" 2>/dev/null
    echo "killed $n (${pids[$n]})"; rm -f "$RUN/$n.pid"
  done
}

services=()
for f in "$RUN"/*.pid; do
  [[ -e $f ]] || continue
  n=$(basename "$f" .pid)
  [[ " $BACKEND " == *" $n "* ]] || services+=("$n")
done
((${#services[@]})) && stop_group 15 "${services[@]}"
stop_group 30 rabbitmq
stop_group 10 epmd
stop_group 30 mariadb
exit 0
