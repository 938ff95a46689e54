#!/usr/bin/env bash
# Shows whether the local cloud runs: each daemon up.sh started (by pid file) and each API's
# answer. Exit 0 when every daemon runs and every API of the started services answers.
set -uo pipefail
STATE=${OS_STATE_DIR:-/var/tmp/openstack-ts}
RUN=$STATE/run
declare -A URL=(
  [keystone]=http://127.0.0.1:5000/v3 [glance]=http://127.0.0.1:9292/ [placement]=http://127.0.0.1:8778/
  [nova]=http://127.0.0.1:8774/ [neutron]=http://127.0.0.1:9696/ [swift]=http://127.0.0.1:8080/healthcheck
  [cinder]=http://127.0.0.1:8776/ [heat]=http://127.0.0.1:8000/ [barbican]=http://127.0.0.1:9311/
  [ironic]=http://127.0.0.1:6385/ [octavia]=http://127.0.0.1:9876/ [designate]=http://127.0.0.1:9001/
  [manila]=http://127.0.0.1:8786/ [magnum]=http://127.0.0.1:9511/ [mistral]=http://127.0.0.1:8989/
)
ok=0
if ! compgen -G "$RUN/*.pid" >/dev/null; then
  echo "no local cloud in $STATE (start it with: pnpm cloud:up)"; exit 3
fi
for f in "$RUN"/*.pid; do
  n=$(basename "$f" .pid)
  if kill -0 "$(cat "$f")" 2>/dev/null; then printf '%-24s running (pid %s)\n' "$n" "$(cat "$f")"
  else printf '%-24s NOT RUNNING (log: %s)\n' "$n" "$STATE/log/$n.log"; ok=1; fi
done
services=$(cat "$STATE/services" 2>/dev/null || echo keystone)
# swift also runs a proxy with tempauth (Swift's v1 auth) on :8081
[[ " $services " == *" swift "* ]] && services+=" swift-tempauth"
URL[swift-tempauth]=http://127.0.0.1:8081/healthcheck
for s in $services; do
  u=${URL[$s]:-}; [[ -n $u ]] || continue
  c=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$u" || true)
  if [[ $c =~ ^[1-4] ]]; then printf 'api %-20s %s answers %s\n' "$s" "$u" "$c"
  else printf 'api %-20s %s DOES NOT ANSWER (%s)\n' "$s" "$u" "${c:-no answer}"; ok=1; fi
done
[[ -f $STATE/clouds.yaml ]] && echo "clouds.yaml: $STATE/clouds.yaml (clouds local-admin, local-demo)"
exit $ok
